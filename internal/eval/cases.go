package eval

// Case lists: Microsoft Recognizers-Text English specs and Duckling's
// English corpora, read as unit-style cases (an input, a reference time,
// the expected mentions) and run through the whole analyser. The matching
// rules are in docs/quality.md ("Case lists").

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	timexpkg "github.com/crosscheck-news/crosscheck/internal/timex"
)

// Expectation kinds.
const (
	kNumber    = "number"
	kRange     = "range" // a bound or two: lo/hi
	kPercent   = "percent"
	kMoney     = "money"
	kDimension = "dimension"
	kTime      = "time"
)

// want is one expected mention of a case.
type want struct {
	// start, end are code points (end exclusive); whole is set when the
	// expectation covers the whole input (Duckling gives no offsets).
	start, end int
	whole      bool
	text       string
	kind       string
	// Numbers: the value or the bounds, and a unit as crosscheck writes
	// it ("" when any or none will do).
	lo, hi       float64
	hasLo, hasHi bool
	unit         string
	// Times: TimeML values any of which is right, or an interval the
	// predicted times must cover exactly (from, to: end exclusive), or an
	// open interval's anchor (open: the predicted time starts there).
	values   []string
	from, to time.Time
	open     bool
	// instant: [from, to) is one unit of the expected granularity.
	instant bool
	// spans are the intervals Recognizers resolves a value to (its start
	// and end, end exclusive): "the last week of July" is XXXX-07-W05,
	// 2017-07-24 to 2017-07-31, which a time naming that interval
	// exactly, the ISO week 2017-W30, also names.
	spans [][2]time.Time
	// parts: read a predicted mod START, MID or END as the part of its
	// period Duckling names (see modPart).
	parts bool
	// mod is the part of its period a Recognizers value names (START,
	// MID or END: "end of year" is 2018 with mod end); a prediction must
	// name the same part.
	mod string
	// ends: [from, to) is a from–to range written, as Recognizers writes
	// every such range, by the instants its two ends start at ("2014 to
	// 2018" is (2014-01-01,2018-01-01,P4Y), "1-3 pm" ends at 15:00).
	ends bool
	// anyValue: the expected value could not be read; a prediction of
	// the right kind over the span will do.
	anyValue bool
	// rtParts: the expected spans are Recognizers' and a predicted part
	// of the day is read with Recognizers' bounds (see rtPart).
	rtParts bool
	// zoned: the expected times are wall-clock times in the reference
	// time's zone (Duckling converts "8:00 GMT" to it), so a predicted
	// clock time that names its zone is moved into that zone before it
	// is compared (see zoneShift).
	zoned bool
}

// testCase is one input with its reference time and expectations.
type testCase struct {
	input string
	ref   time.Time
	want  []want
}

type rtCase struct {
	Input   string `json:"Input"`
	Context struct {
		ReferenceDateTime string `json:"ReferenceDateTime"`
	} `json:"Context"`
	Results []struct {
		Text       string          `json:"Text"`
		Start      int             `json:"Start"`
		End        int             `json:"End"`
		TypeName   string          `json:"TypeName"`
		Resolution json.RawMessage `json:"Resolution"`
	} `json:"Results"`
}

type rtResolution struct {
	Value  any    `json:"value"`
	Unit   string `json:"unit"`
	ISO    string `json:"isoCurrency"`
	Values []struct {
		Timex string `json:"timex"`
		Type  string `json:"type"`
		Value string `json:"value"`
		Start string `json:"start"`
		End   string `json:"end"`
		Mod   string `json:"Mod"`
	} `json:"values"`
}

// loadRecognizers reads a Recognizers-Text spec file. Its Start/End count
// UTF-16 units with End inclusive; they become code points, end exclusive
// (checked against the result's Text, which Recognizers lower-cases).
func loadRecognizers(path string, limit int) ([]testCase, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	raw = []byte(strings.TrimPrefix(string(raw), "\ufeff"))
	var rc []rtCase
	if err := json.Unmarshal(raw, &rc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []testCase
	for _, c := range rc {
		tc := testCase{input: c.Input, ref: time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)}
		if t, err := time.Parse("2006-01-02T15:04:05", c.Context.ReferenceDateTime); err == nil {
			tc.ref = t
		}
		for _, r := range c.Results {
			w := want{text: r.Text}
			w.start, w.end = utf16ToRunes(c.Input, r.Start, r.End+1)
			var res rtResolution
			_ = json.Unmarshal(r.Resolution, &res)
			// A result whose value cannot be read ("null", a timex
			// without a date) is matched by its span alone.
			if !rtWant(&w, r.TypeName, res) {
				w.values, w.hasLo, w.hasHi, w.from = nil, false, false, time.Time{}
				w.anyValue = true
			}
			tc.want = append(tc.want, w)
		}
		out = append(out, tc)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	return out, nil
}

// utf16ToRunes converts UTF-16 offsets of s to code points.
func utf16ToRunes(s string, a, b int) (int, int) {
	u, r := 0, 0
	ra, rb := -1, -1
	for _, c := range s {
		if u >= a && ra < 0 {
			ra = r
		}
		if u >= b && rb < 0 {
			rb = r
		}
		if c >= 0x10000 {
			u += 2
		} else {
			u++
		}
		r++
	}
	if ra < 0 {
		ra = r
	}
	if rb < 0 {
		rb = r
	}
	return ra, rb
}

// rtWant fills w from a Recognizers result; false when the result is of
// no kind crosscheck reports.
func rtWant(w *want, typ string, res rtResolution) bool {
	val, _ := res.Value.(string)
	switch {
	case typ == "number":
		w.kind = kNumber
		return setNum(w, val)
	case typ == "percentage":
		w.kind, w.unit = kPercent, "percent"
		return setNum(w, strings.TrimSuffix(val, "%"))
	case typ == "numberrange":
		w.kind = kRange
		return setRange(w, val)
	case typ == "currency":
		w.kind = kMoney
		w.unit = res.ISO
		if w.unit == "" {
			w.unit = currencyCodes[strings.ToLower(res.Unit)]
		}
		if f, ok := subunits[strings.ToLower(res.Unit)]; ok {
			if !setNum(w, val) {
				return false
			}
			w.lo, w.hi, w.unit = w.lo*f.factor, w.hi*f.factor, f.code
			return true
		}
		return setNum(w, val)
	case typ == "dimension":
		w.kind = kDimension
		w.unit = unitSymbols[strings.ToLower(res.Unit)]
		return setNum(w, val)
	case strings.HasPrefix(typ, "datetimeV2."):
		w.kind = kTime
		w.rtParts = true
		for _, v := range res.Values {
			if strings.HasPrefix(v.Timex, "(") {
				// A range "(2016-11-07,2016-11-14,P7D)": its two ends.
				parts := strings.Split(strings.Trim(v.Timex, "()"), ",")
				if len(parts) == 3 {
					// Recognizers ranges end before their second value (the
					// third part is the length).
					f, _, ok1 := timexInterval(parts[0])
					t, _, ok2 := timexInterval(parts[1])
					if ok1 && ok2 {
						w.from, w.to, w.ends = f, t, true
					}
				}
				continue
			}
			w.values = append(w.values, v.Timex)
			switch m := strings.ToUpper(v.Mod); m {
			case "START", "MID", "END":
				w.mod = m
			}
			for _, x := range []string{v.Value, v.Start, v.End} {
				if x != "" && v.Type != "duration" && v.Type != "set" {
					w.values = append(w.values, x)
				}
			}
			if v.Start != "" && v.End != "" && v.Type != "duration" && v.Type != "set" {
				f, _, ok1 := timexInterval(v.Start)
				t, _, ok2 := timexInterval(v.End)
				if ok1 && ok2 && f.Before(t) {
					w.spans = append(w.spans, [2]time.Time{f, t})
				}
			}
		}
		return len(w.values) > 0 || !w.from.IsZero()
	}
	return false
}

func setNum(w *want, v string) bool {
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil {
		return false
	}
	w.lo, w.hi, w.hasLo, w.hasHi = f, f, true, true
	return true
}

// setRange reads "(20,35]", "[30,)", "(,100]"; openness is not compared.
func setRange(w *want, v string) bool {
	inner := strings.Trim(strings.TrimSpace(v), "[]()")
	a, b, ok := strings.Cut(inner, ",")
	if !ok {
		return false
	}
	var err error
	if a = strings.TrimSpace(a); a != "" {
		if w.lo, err = strconv.ParseFloat(a, 64); err != nil {
			return false
		}
		w.hasLo = true
	}
	if b = strings.TrimSpace(b); b != "" {
		if w.hi, err = strconv.ParseFloat(b, 64); err != nil {
			return false
		}
		w.hasHi = true
	}
	return w.hasLo || w.hasHi
}

// currencyCodes maps the currency names Recognizers and Duckling write to
// ISO codes; a name missing here is compared by value only.
var currencyCodes = map[string]string{
	"dollar": "USD", "united states dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR",
	"pound": "GBP", "british pound": "GBP", "gbp": "GBP", "£": "GBP", "japanese yen": "JPY", "jpy": "JPY",
	"chinese yuan": "CNY", "cny": "CNY", "canadian dollar": "CAD", "australian dollar": "AUD",
	"rupee": "INR", "inr": "INR", "bitcoin": "BTC", "finnish markka": "FIM", "swiss franc": "CHF",
	"mexican peso": "MXN", "turkish lira": "TRY", "hong kong dollar": "HKD", "new zealand dollar": "NZD",
	"peseta": "ESP", "netherlands guilder": "NLG", "aed": "AED", "krw": "KRW", "sgd": "SGD", "mnt": "MNT",
	"uah": "UAH", "nok": "NOK", "sek": "SEK", "dkk": "DKK", "ils": "ILS", "php": "PHP", "myr": "MYR",
	"idr": "IDR", "sar": "SAR", "qar": "QAR", "kwd": "KWD", "egp": "EGP", "rub": "RUB", "vnd": "VND",
	"brl": "BRL", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "hkd": "HKD", "bgn": "BGN", "try": "TRY",
	"gel": "GEL", "lkr": "LKR", "lak": "LAK", "crc": "CRC", "pts": "ESP", "chf": "CHF", "cent": "",
}

// subunits are written by Recognizers and Duckling in their own unit
// ("10 cents" → 10 Cent); crosscheck writes the main unit (0.10).
var subunits = map[string]struct {
	factor float64
	code   string
}{
	"cent": {0.01, ""}, "pence": {0.01, "GBP"}, "penny": {0.01, "GBP"}, "sen": {0.01, ""}, "satoshi": {1e-8, "BTC"},
}

// unitSymbols maps unit names to crosscheck's symbols (internal/figure);
// a name missing here is compared by value only.
var unitSymbols = map[string]string{
	"foot": "ft", "meter": "m", "metre": "m", "m": "m", "mile": "mi", "pound": "lb", "gallon": "gal", "ton": "t",
	"metric ton": "t", "kilometer per hour": "km/h", "kilogram": "kg", "inch": "in", "square meter": "m²",
	"kilometer": "km", "kilometre": "km", "millimeter": "mm", "millimetre": "mm", "milliliter": "ml",
	"millilitre": "ml", "barrel": "bbl", "ounce": "oz", "acre": "acre", "mile per hour": "mph",
	"square kilometer": "km²", "megabyte": "MB", "cup": "cup", "gram": "g", "centimetre": "cm",
	"centimeter": "cm", "litre": "l", "liter": "l", "degree": "°", "celsius": "°C", "fahrenheit": "°F",
	"microgram": "µg", "hectolitre": "hl", "yard": "yd",
}

// unitScale converts crosscheck's units to a base unit per dimension, so
// that an expectation in grams accepts a figure in kilograms.
var unitScale = map[string]struct {
	dim    string
	factor float64
}{
	"mg": {"mass", 1e-3}, "g": {"mass", 1}, "kg": {"mass", 1e3}, "t": {"mass", 1e6}, "lb": {"mass", 453.59237},
	"oz": {"mass", 28.349523125}, "µg": {"mass", 1e-6},
	"mm": {"length", 1e-3}, "cm": {"length", 1e-2}, "m": {"length", 1}, "km": {"length", 1e3},
	"in": {"length", 0.0254}, "ft": {"length", 0.3048}, "yd": {"length", 0.9144}, "mi": {"length", 1609.344},
	"ml": {"volume", 1e-3}, "l": {"volume", 1}, "hl": {"volume", 100}, "gal": {"volume", 3.785411784},
}

// duckling is the converted corpus: dimension → groups of inputs sharing
// an expected value.
type duckling struct {
	Dimensions map[string][]struct {
		Expected string   `json:"expected"`
		Inputs   []string `json:"inputs"`
	} `json:"dimensions"`
}

// ducklingRef is Duckling's test context: 2013-02-12T04:30 at UTC-2.
var ducklingRef = time.Date(2013, 2, 12, 4, 30, 0, 0, time.FixedZone("", -2*3600))

var (
	reDuckTuple = regexp.MustCompile(`\((-?\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\)`)
	reDuckNum   = regexp.MustCompile(`^(simple|under|above|between) (\S+) (\(([^,]+), ?([^)]+)\)|\S+)`)
)

// loadDuckling reads one dimension of the Duckling corpus, a case per input.
func loadDuckling(path, dim string, limit int) ([]testCase, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var dk duckling
	if err := json.Unmarshal(raw, &dk); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	groups, ok := dk.Dimensions[dim]
	if !ok {
		return nil, fmt.Errorf("%s: no dimension %s", path, dim)
	}
	var out []testCase
	for _, g := range groups {
		w, ok := ducklingWant(dim, g.Expected)
		if !ok {
			return nil, fmt.Errorf("%s: %s: cannot read expected value %q", path, dim, g.Expected)
		}
		for _, in := range g.Inputs {
			w := w
			w.whole, w.start, w.end, w.text = true, 0, utf8.RuneCountInString(in), in
			out = append(out, testCase{input: in, ref: ducklingRef, want: []want{w}})
			if limit > 0 && len(out) >= limit {
				return out, nil
			}
		}
	}
	return out, nil
}

// ducklingWant reads an expected value as Duckling writes it.
func ducklingWant(dim, e string) (want, bool) {
	var w want
	switch dim {
	case "Numeral":
		w.kind = kNumber
		return w, setNum(&w, strings.Trim(strings.TrimPrefix(e, "NumeralValue "), "()"))
	case "Time":
		w.kind, w.parts, w.zoned = kTime, true, true
		ts := reDuckTuple.FindAllStringSubmatch(e, -1)
		if len(ts) == 0 {
			return w, false
		}
		fs := strings.Fields(e[strings.LastIndex(e, ")")+1:])
		if len(fs) == 0 {
			return w, false
		}
		gran := fs[0]
		t0 := duckTime(ts[0])
		switch {
		case len(ts) == 2:
			w.from, w.to = t0, duckTime(ts[1])
		case strings.HasPrefix(e, "datetimeOpenInterval"):
			w.from, w.open = t0, true
		default:
			w.from, w.to, w.instant = t0, addGran(t0, gran), true
		}
		return w, true
	}
	m := reDuckNum.FindStringSubmatch(e)
	if m == nil {
		return w, false
	}
	w.kind = kDimension
	unit := strings.ToLower(m[2])
	switch {
	case dim == "AmountOfMoney":
		w.kind = kMoney
		if unit == "unnamed" {
			w.kind = kNumber
		} else {
			w.unit = currencyCodes[unit]
		}
	case unit == "unnamed":
		w.kind = kNumber
	default:
		w.unit = unitSymbols[unit]
	}
	a, b := m[3], m[3]
	if m[4] != "" {
		a, b = m[4], m[5]
	}
	lo, err1 := strconv.ParseFloat(strings.TrimSpace(a), 64)
	hi, err2 := strconv.ParseFloat(strings.TrimSpace(b), 64)
	if err1 != nil || err2 != nil {
		return w, false
	}
	if f, ok := subunits[unit]; ok {
		lo, hi, w.unit, w.kind = lo*f.factor, hi*f.factor, f.code, kMoney
	}
	switch m[1] {
	case "simple":
		w.lo, w.hi, w.hasLo, w.hasHi = lo, lo, true, true
	case "under":
		w.hi, w.hasHi = lo, true
	case "above":
		w.lo, w.hasLo = lo, true
	case "between":
		w.lo, w.hi, w.hasLo, w.hasHi = lo, hi, true, true
	}
	if m[1] != "simple" && w.kind == kNumber {
		w.kind = kRange
	}
	return w, true
}

func duckTime(m []string) time.Time {
	n := make([]int, 6)
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	return time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.UTC)
}

// addGran returns t plus one unit of a Duckling granularity.
func addGran(t time.Time, g string) time.Time {
	switch g {
	case "Year":
		return t.AddDate(1, 0, 0)
	case "Quarter":
		return t.AddDate(0, 3, 0)
	case "Month":
		return t.AddDate(0, 1, 0)
	case "Week":
		return t.AddDate(0, 0, 7)
	case "Day":
		return t.AddDate(0, 0, 1)
	case "Hour":
		return t.Add(time.Hour)
	case "Minute":
		return t.Add(time.Minute)
	}
	return t.Add(time.Second)
}

// timexInterval reads a TimeML date value as the interval it names, in
// wall-clock time (UTC stands for "no zone"): 2013, 2013-Q1, 2013-02,
// 2013-W07, 2013-02-12, 2013-02-12T15, …T15:30, …T15:30:05, and parts of
// the day …TMO (04–12), TAF (12–19), TEV (18–24), TNI (20–24).
func timexInterval(v string) (from, to time.Time, ok bool) {
	v = strings.TrimSpace(strings.Replace(v, " ", "T", 1))
	date, clock, hasClock := strings.Cut(v, "T")
	num := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	if wk, ok := strings.CutSuffix(date, "-WE"); ok && !hasClock {
		// A weekend, "2013-W07-WE": Saturday and Sunday of the ISO week.
		f, _, ok := timexInterval(wk)
		if !ok || !strings.Contains(wk, "-W") {
			return from, to, false
		}
		return f.AddDate(0, 0, 5), f.AddDate(0, 0, 7), true
	}
	parts := strings.Split(date, "-")
	y, okY := num(parts[0])
	if okY && len(parts) == 1 && !hasClock && (len(parts[0]) == 3 || len(parts[0]) == 2) {
		// TimeML writes a decade with three digits ("199", the 1990s)
		// and a century with two ("14", the fifteenth century).
		span := 10
		if len(parts[0]) == 2 {
			span = 100
		}
		from = time.Date(y*span, 1, 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(span, 0, 0), true
	}
	if !okY || len(parts[0]) != 4 {
		return from, to, false
	}
	switch {
	case len(parts) == 1:
		from = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(1, 0, 0), true
	case len(parts) == 2 && (parts[1] == "H1" || parts[1] == "H2"):
		from = time.Date(y, time.Month(1+6*(int(parts[1][1]-'0')-1)), 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(0, 6, 0), true
	case len(parts) == 2 && strings.HasPrefix(parts[1], "Q"):
		q, ok := num(parts[1][1:])
		if !ok || q < 1 || q > 4 {
			return from, to, false
		}
		from = time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(0, 3, 0), true
	case len(parts) == 2 && strings.HasPrefix(parts[1], "W"):
		wk, ok := num(parts[1][1:])
		if !ok {
			return from, to, false
		}
		// ISO week 1 holds 4 January; weeks start on Monday.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		from = mon.AddDate(0, 0, 7*(wk-1))
		return from, from.AddDate(0, 0, 7), true
	case len(parts) == 2:
		m, ok := num(parts[1])
		if !ok {
			return from, to, false
		}
		from = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return from, from.AddDate(0, 1, 0), true
	case len(parts) == 3:
		m, ok1 := num(parts[1])
		d, ok2 := num(parts[2])
		if !ok1 || !ok2 {
			return from, to, false
		}
		from = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if !hasClock {
			return from, from.AddDate(0, 0, 1), true
		}
	default:
		return from, to, false
	}
	switch clock {
	case "MO":
		return from.Add(4 * time.Hour), from.Add(12 * time.Hour), true
	case "AF":
		return from.Add(12 * time.Hour), from.Add(19 * time.Hour), true
	case "EV":
		return from.Add(18 * time.Hour), from.Add(24 * time.Hour), true
	case "NI":
		return from.Add(20 * time.Hour), from.Add(24 * time.Hour), true
	}
	hms := strings.Split(strings.TrimRight(clock, "Z"), ":")
	step := []time.Duration{time.Hour, time.Minute, time.Second}
	if len(hms) > 3 {
		return from, to, false
	}
	for i, p := range hms {
		n, ok := num(strings.SplitN(p, ".", 2)[0])
		if !ok {
			return from, to, false
		}
		from = from.Add(time.Duration(n) * step[i])
	}
	return from, from.Add(step[len(hms)-1]), true
}

// modPart narrows the interval [from, to) of TimeML value v to the part
// its mod names. TimeML writes "early March" as 2013-03 with mod START and
// gives the part no bounds; Duckling writes the same words as an interval,
// cutting a month in thirds at the 11th and the 21st, a year's beginning
// as January to March and its end as September to December, a week's
// beginning as Monday to Wednesday and its end as Friday to Sunday, and
// the parts of the day as below. Read that way, a prediction meets "the
// end of the month" only when it says the end of that month, and the
// whole month does not meet it; a morning is Duckling's morning, not the
// scorer's own 04-12 (timexInterval). Other mods and periods keep their
// whole interval.
func modPart(v, mod string, from, to time.Time) (time.Time, time.Time) {
	if strings.HasSuffix(v, "-WE") {
		// TimeML's weekend is Saturday and Sunday; Duckling's starts on
		// Friday at 18:00.
		return from.Add(-6 * time.Hour), to
	}
	if pod := len(v) - 3; pod == 10 && v[pod] == 'T' {
		// Parts of the day: TimeML gives them no bounds either; Duckling's
		// morning is midnight to noon (its start, "early", before 9),
		// its afternoon noon to 19:00, its evening and night 18:00 to
		// midnight (the night's end, "late", from 21:00).
		day := from.Truncate(24 * time.Hour)
		h := func(n int) time.Time { return day.Add(time.Duration(n) * time.Hour) }
		switch v[pod+1:] {
		case "MO":
			if mod == "START" {
				return h(0), h(9)
			}
			return h(0), h(12)
		case "AF":
			return h(12), h(19)
		case "EV":
			return h(18), h(24)
		case "NI":
			if mod == "END" {
				return h(21), h(24)
			}
			return h(18), h(24)
		}
		return from, to
	}
	parts := strings.Split(v, "-")
	switch {
	case len(parts) == 2 && len(parts[1]) == 2 && parts[1][0] != 'Q' && parts[1][0] != 'H' && parts[1][0] != 'W': // a month
		switch mod {
		case "START":
			return from, from.AddDate(0, 0, 10)
		case "MID":
			return from.AddDate(0, 0, 10), from.AddDate(0, 0, 20)
		case "END":
			return from.AddDate(0, 0, 20), to
		}
	case len(parts) == 1 && len(v) == 4: // a year
		switch mod {
		case "START":
			return from, from.AddDate(0, 3, 0)
		case "END":
			return from.AddDate(0, 8, 0), to
		}
	case len(parts) == 2 && strings.HasPrefix(parts[1], "W"): // an ISO week
		switch mod {
		case "START":
			return from, from.AddDate(0, 0, 3)
		case "END":
			return from.AddDate(0, 0, 4), to
		}
	}
	return from, to
}

// normTimex makes TimeML values comparable: "2016-11-07 16:00:00" and
// "2016-11-07T16:00" and "2016-11-07T16" are the same hour, and PT1.5H
// and PT1H30M the same duration (see normDuration).
func normTimex(v string) string {
	if d, ok := normDuration(v); ok {
		return d
	}
	v = strings.ToUpper(strings.TrimSpace(strings.Replace(v, " ", "T", 1)))
	if len(v) == 8 && v[2] == ':' && v[5] == ':' { // a bare clock time
		v = "T" + v
	}
	for strings.Contains(v, "T") && strings.HasSuffix(v, ":00") {
		v = v[:len(v)-3]
	}
	// TimeML writes midnight at the end of a day, T24:00; Recognizers at
	// the start of the next, T00. They are the same instant.
	if v == "T24" {
		return "T00"
	}
	if d, ok := strings.CutSuffix(v, "T24"); ok && len(d) == 10 {
		if t, err := time.Parse("2006-01-02", d); err == nil {
			return t.AddDate(0, 0, 1).Format("2006-01-02") + "T00"
		}
	}
	return v
}

// normDuration writes a TimeML duration with numbers in one form, so that
// the same length written with a fraction or with smaller units compares
// equal: Recognizers writes "one and a half hours" PT1.5H and "a year and
// a quarter" P1.25Y, crosscheck PT1H30M and P1Y3M. Years and months become
// months, hours, minutes and seconds become seconds; weeks and days are
// kept as they are, since P1W and P7D are different granularities in
// TimeML. A value with an X or an unknown unit is not a number and is
// left alone (false).
func normDuration(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 3 || v[0] != 'P' {
		return "", false
	}
	var months, weeks, days, secs float64
	inTime := false
	num := ""
	for _, c := range v[1:] {
		switch {
		case c == 'T' && num == "":
			inTime = true
		case c >= '0' && c <= '9' || c == '.':
			num += string(c)
		default:
			n, err := strconv.ParseFloat(num, 64)
			if err != nil {
				return "", false
			}
			num = ""
			switch {
			case c == 'Y' && !inTime:
				months += 12 * n
			case c == 'M' && !inTime:
				months += n
			case c == 'W' && !inTime:
				weeks += n
			case c == 'D' && !inTime:
				days += n
			case c == 'H' && inTime:
				secs += 3600 * n
			case c == 'M' && inTime:
				secs += 60 * n
			case c == 'S' && inTime:
				secs += n
			default:
				return "", false
			}
		}
	}
	if num != "" {
		return "", false
	}
	g := func(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
	return "P" + g(months) + "M" + g(weeks) + "W" + g(days) + "DT" + g(secs) + "S", true
}

// near compares numbers with a relative tolerance of one in a million.
func near(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }

// figureMatches reports whether a predicted figure has the expected value,
// bounds and unit.
func figureMatches(w want, f doc.Figure) bool {
	if (w.kind == kNumber || w.kind == kRange) && isPercent(f) && !w.anyValue {
		// A percentage is a number in hundredths, as a dimension is
		// converted between units: crosscheck writes the proportion "one
		// out of three" as 33.3 percent, the spec as the number 1/3.
		if figureValueMatches(w, f) {
			return true
		}
		sc := func(p *float64) *float64 {
			if p == nil {
				return nil
			}
			v := *p / 100
			return &v
		}
		g := f
		g.Value, g.Low, g.High = sc(f.Value), sc(f.Low), sc(f.High)
		return figureValueMatches(w, g)
	}
	switch w.kind {
	case kPercent:
		if f.Unit != "percent" && f.Measure != doc.Percent {
			return false
		}
	case kMoney:
		if f.Measure != doc.Money || w.unit != "" && f.Unit != w.unit {
			return false
		}
	case kDimension:
		if f.Unit == "" {
			return false
		}
		if w.unit != "" && f.Unit != w.unit {
			// Another unit of the same dimension ("0.002 kg" for 2 g)
			// matches when the quantities are equal.
			a, okA := unitScale[f.Unit]
			b, okB := unitScale[w.unit]
			if !okA || !okB || a.dim != b.dim {
				return false
			}
			w.lo, w.hi = w.lo*b.factor/a.factor, w.hi*b.factor/a.factor
		}
	}
	if w.anyValue {
		return true
	}
	return figureValueMatches(w, f)
}

// figureValueMatches compares a figure's value or bounds with the
// expected ones.
func figureValueMatches(w want, f doc.Figure) bool {
	get := func(p *float64) (float64, bool) {
		if p == nil {
			return 0, false
		}
		return *p, true
	}
	v, hasV := get(f.Value)
	lo, hasLo := get(f.Low)
	hi, hasHi := get(f.High)
	if hasV && !hasLo && !hasHi {
		lo, hi, hasLo, hasHi = v, v, true, true
	}
	switch {
	case w.hasLo && w.hasHi && w.lo == w.hi:
		return hasV && near(v, w.lo) || hasLo && hasHi && near(lo, w.lo) && near(hi, w.hi)
	case w.hasLo && w.hasHi:
		return hasLo && hasHi && near(lo, w.lo) && near(hi, w.hi)
	case w.hasLo:
		// "more than 30": the lower bound only.
		return f.Bound == doc.Lower && (hasLo && near(lo, w.lo) || hasV && near(v, w.lo))
	case w.hasHi:
		return f.Bound == doc.Upper && (hasHi && near(hi, w.hi) || hasV && near(v, w.hi))
	}
	return false
}

// timesMatch reports whether the predicted times resolve w: one of them
// has an accepted value; or, for an instant at some granularity, one
// starts exactly there and is no coarser (a minute for "4pm" passes, a
// day does not); or together they cover exactly w's interval; or, for an
// open interval, one starts at its anchor. A time with a Range covers
// both its ends; against a range written by where its ends start
// (want.ends, Recognizers), a Range whose ends start at the same two
// instants names the same interval; a time naming exactly an interval
// Recognizers resolves a value to (want.spans) has that value.
// PRESENT_REF is the reference time.
func timesMatch(w want, ts []doc.Time, ref time.Time) bool {
	if w.anyValue {
		return len(ts) > 0
	}
	for _, t := range ts {
		if w.mod != "" && t.Mod != w.mod {
			continue
		}
		n := normTimex(t.Value)
		for _, v := range w.values {
			nv := normTimex(v)
			if n == nv || strings.HasPrefix(nv, "T") && strings.HasSuffix(n, nv) || dayEnd(t) == nv {
				return true
			}
		}
	}
	for _, sp := range w.spans {
		for _, t := range ts {
			if w.mod != "" && t.Mod != w.mod {
				continue
			}
			f, e, ok := timexInterval(t.Value)
			if ok && w.rtParts {
				f, e = rtPart(t.Value, f, e)
			}
			if ok && t.Range == nil && f.Equal(sp[0]) && e.Equal(sp[1]) {
				return true
			}
		}
	}
	if w.from.IsZero() {
		return false
	}
	var lo, hi time.Time
	found := false
	for _, t := range ts {
		f, e, ok := timexInterval(t.Value)
		shift := zoneShift(w, t, ref)
		f, e = f.Add(shift), e.Add(shift)
		if t.Range != nil {
			// An interval ("July 13 through 15") spans from its first
			// end's start to its last end's end.
			f0, _, ok0 := timexInterval(t.Range[0])
			_, e1, ok1 := timexInterval(t.Range[1])
			f0, e1 = f0.Add(shift), e1.Add(shift)
			if ok0 && ok1 {
				f, e, ok = f0, e1, true
			}
			if w.ends && t.Type != doc.Duration {
				// The same range written by where its ends start (see
				// want.ends): crosscheck's ends are the expressions'
				// values. Read only that way, "2014 to 2017" does not
				// cover [2014-01-01, 2018-01-01). The units a counted
				// duration spans ("the next 3 days") are read as covering,
				// as Recognizers writes them (end exclusive).
				s1, _, ok2 := timexInterval(t.Range[1])
				if ok0 && ok2 && f0.Equal(w.from) && s1.Equal(w.to) {
					return true
				}
				continue
			}
		}
		if ok && t.Range == nil && w.parts {
			f, e = modPart(t.Value, t.Mod, f, e)
		}
		if t.Value == "PRESENT_REF" {
			f = time.Date(ref.Year(), ref.Month(), ref.Day(), ref.Hour(), ref.Minute(), ref.Second(), 0, time.UTC)
			e, ok = f.Add(time.Second), true
		}
		if !ok {
			continue
		}
		if f.Equal(w.from) && (w.open || w.instant && !e.After(w.to)) {
			return true
		}
		if t.Range != nil && !w.open && f.Equal(w.from) && e.Equal(w.to) {
			// One interval names it exactly; the expression it is
			// counted in ("the first 2 weeks of 2021": 2021) is its
			// anchor, as any one time with the right value will do.
			return true
		}
		if !found || f.Before(lo) {
			lo = f
		}
		if !found || e.After(hi) {
			hi = e
		}
		found = true
	}
	return found && !w.open && lo.Equal(w.from) && hi.Equal(w.to)
}

// rtPart gives a part of the day the bounds Recognizers resolves it to
// (morning 08:00–12:00, afternoon 12:00–16:00, evening 16:00–20:00, night
// 20:00–23:59:59), as modPart gives it Duckling's: TimeML names the part
// of the day without bounds, so "Tuesday afternoon", 2016-11-08TAF, is the
// afternoon Recognizers resolves to 2016-11-08 12:00–16:00. Other values
// keep their interval.
func rtPart(v string, from, to time.Time) (time.Time, time.Time) {
	if len(v) != 13 || v[10] != 'T' {
		return from, to
	}
	day := from.Truncate(24 * time.Hour)
	h := func(n int) time.Time { return day.Add(time.Duration(n) * time.Hour) }
	switch v[11:] {
	case "MO":
		return h(8), h(12)
	case "AF":
		return h(12), h(16)
	case "EV":
		return h(16), h(20)
	case "NI":
		return h(20), h(24).Add(-time.Second)
	}
	return from, to
}

// dayEnd is the last second of a day predicted with mod END ("the end of
// tomorrow", 2016-11-08 END), normalised: Recognizers writes the end of a
// day as that instant, 2016-11-08T23:59:59, TimeML as the day and its mod.
// Empty for any other time: the day without the mod is not its end.
func dayEnd(t doc.Time) string {
	if t.Mod != "END" || len(t.Value) != 10 || t.Value[0] == 'X' {
		return ""
	}
	return normTimex(t.Value + "T23:59:59")
}

// zoneShift is what moves predicted time t into the zone of the reference
// time when the expectation is written in that zone (want.zoned): a clock
// time with a known zone ("Thursday 8:00 GMT", value T08:00, zone GMT)
// names 06:00 at UTC-2, and comparing its written 08:00 with an expected
// 06:00 would compare two different instants. Zero otherwise.
func zoneShift(w want, t doc.Time, ref time.Time) time.Duration {
	if !w.zoned || t.Zone == "" {
		return 0
	}
	off, ok := timexpkg.ZoneOffset(t.Zone)
	if !ok {
		return 0
	}
	_, refOff := ref.Zone()
	return time.Duration(refOff)*time.Second - time.Duration(off)*time.Minute
}

// caseSet is one file of cases, its name in the report and its kind of
// mention: figures or times.
type caseSet struct {
	name  string
	cases []testCase
	times bool
	// only keeps the figures a file is about (money in the currency
	// file); nil keeps all.
	only func(doc.Figure) bool
	// alarm picks, among the kept figures, those that fail a case when no
	// expectation covers them; nil picks all. The NumberRange model
	// reports ranges and bounds only, so its spec never lists the plain
	// numbers in its inputs ("One-fourth is a fraction number" expects
	// nothing): a plain number there is not a false alarm, though it may
	// still meet an expectation ("equals 20" is [20,20]).
	alarm func(doc.Figure) bool
}

// scoreCases runs the cases through the analyser. A case passes when
// every expectation is met by a prediction overlapping it (sharing a
// token) with the right value, and, where the expectations have offsets
// (Recognizers), no prediction of the kind lies outside them (of the
// alarm kind, where the file sets one).
func scoreCases(an *analyzer.Analyzer, cs caseSet, nErr int) (map[string]float64, []string) {
	pass, results, found := 0, 0, 0
	var misses []string
	for _, c := range cs.cases {
		d := an.Analyze(doc.Article{Text: c.input, Published: c.ref})
		toks := tokenRanges(c.input)
		type pred struct{ s, e int }
		var ps []pred
		if cs.times {
			for _, t := range d.Times {
				ps = append(ps, pred{t.Start, t.End})
			}
		} else {
			for _, f := range d.Figures {
				if cs.only == nil || cs.only(f) {
					ps = append(ps, pred{f.Start, f.End})
				}
			}
		}
		figs := d.Figures
		if !cs.times && cs.only != nil {
			figs = nil
			for _, f := range d.Figures {
				if cs.only(f) {
					figs = append(figs, f)
				}
			}
		}
		ok := true
		covered := make([]bool, len(ps))
		whole := false
		for _, w := range c.want {
			results++
			whole = whole || w.whole
			ws := Span{{w.start, w.end}}
			var hit bool
			var times []doc.Time
			for i, p := range ps {
				if !ws.Overlaps(Span{{p.s, p.e}}, toks) {
					continue
				}
				covered[i] = true
				if cs.times {
					times = append(times, d.Times[i])
				} else if figureMatches(w, figs[i]) {
					hit = true
				}
			}
			if cs.times {
				hit = timesMatch(w, times, c.ref)
			}
			if hit {
				found++
			} else {
				ok = false
			}
		}
		if !whole {
			for i, cv := range covered {
				ok = ok && (cv || cs.alarm != nil && !cs.alarm(figs[i]))
			}
		}
		if ok {
			pass++
		} else if len(misses) < nErr {
			misses = append(misses, fmt.Sprintf("%s: %s want %s got %s", cs.name, jsonq(c.input), describeWants(c.want), describePreds(d, cs.times)))
		}
	}
	m := map[string]float64{"cases": float64(len(cs.cases)), "passed": float64(pass)}
	if len(cs.cases) > 0 {
		m["pass_rate"] = round(100 * float64(pass) / float64(len(cs.cases)))
	}
	if results > 0 {
		m["result_recall"] = round(100 * float64(found) / float64(results))
	}
	return m, misses
}

func describeWants(ws []want) string {
	if len(ws) == 0 {
		return "nothing"
	}
	var parts []string
	for _, w := range ws {
		s := fmt.Sprintf("%q", w.text)
		switch {
		case w.kind == kTime && len(w.values) > 0:
			s += "=" + strings.Join(w.values, "|")
		case w.kind == kTime && w.open:
			s += " from " + w.from.Format("2006-01-02T15:04:05")
		case w.kind == kTime:
			s += fmt.Sprintf(" [%s, %s)", w.from.Format("2006-01-02T15:04:05"), w.to.Format("2006-01-02T15:04:05"))
		case w.hasLo && w.hasHi && w.lo == w.hi:
			s += fmt.Sprintf("=%g", w.lo)
		default:
			s += fmt.Sprintf("=%s", rangeString(w))
		}
		if w.unit != "" {
			s += " " + w.unit
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func rangeString(w want) string {
	lo, hi := "", ""
	if w.hasLo {
		lo = strconv.FormatFloat(w.lo, 'g', -1, 64)
	}
	if w.hasHi {
		hi = strconv.FormatFloat(w.hi, 'g', -1, 64)
	}
	return "[" + lo + "," + hi + "]"
}

func describePreds(d *doc.Document, times bool) string {
	var parts []string
	if times {
		for _, t := range d.Times {
			parts = append(parts, fmt.Sprintf("%q=%s", t.Text, t.Value))
		}
	} else {
		for _, f := range d.Figures {
			s := fmt.Sprintf("%q", f.Text)
			switch {
			case f.Value != nil:
				s += "=" + strconv.FormatFloat(*f.Value, 'g', -1, 64)
			default:
				s += "=" + f.Bound
				if f.Low != nil {
					s += " " + strconv.FormatFloat(*f.Low, 'g', -1, 64)
				}
				if f.High != nil {
					s += ".." + strconv.FormatFloat(*f.High, 'g', -1, 64)
				}
			}
			if f.Unit != "" {
				s += " " + f.Unit
			}
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, ", ")
}

// caseSpec names a Recognizers spec file, its key in the report and the
// figures it is about.
type caseSpec struct {
	name, path string
	only       func(doc.Figure) bool
	alarm      func(doc.Figure) bool
}

func isBound(f doc.Figure) bool {
	return f.Bound == doc.Lower || f.Bound == doc.Upper || f.Bound == doc.Range
}
func isPercent(f doc.Figure) bool { return f.Measure == doc.Percent || f.Unit == "percent" }
func isMoney(f doc.Figure) bool   { return f.Measure == doc.Money }

// isDimension picks the figures the Recognizers DimensionModel is about: a
// non-money unit other than a temperature scale. Temperatures have their
// own model (TemperatureModel), and the Dimension spec expects nothing in
// "Water boils at 100° Celsius"; a bare degree stays in, as the spec reads
// "rotate 90 degrees" as an angle.
func isDimension(f doc.Figure) bool {
	return f.Unit != "" && !isMoney(f) && !isPercent(f) && f.Unit != "°C" && f.Unit != "°F"
}

// figureSpecs and figureDims name the case files of the figures task.
var (
	figureSpecs = []caseSpec{
		{"recognizers_number", "Number/English/NumberModel.json", nil, nil},
		{"recognizers_numberrange", "Number/English/NumberRangeModel.json", nil, isBound},
		{"recognizers_percent", "Number/English/PercentModel.json", isPercent, nil},
		{"recognizers_currency", "NumberWithUnit/English/CurrencyModel.json", isMoney, nil},
		{"recognizers_dimension", "NumberWithUnit/English/DimensionModel.json", isDimension, nil},
	}
	figureDims = []struct{ name, dim string }{
		{"duckling_numeral", "Numeral"}, {"duckling_quantity", "Quantity"}, {"duckling_amountofmoney", "AmountOfMoney"},
	}
)

func runCaseSets(r *Report, an *analyzer.Analyzer, o Options, task string, specs []caseSpec, dims []struct{ name, dim string }, times bool) error {
	for _, s := range specs {
		p := filepath.Join(o.Data, "recognizers-text", "Specs", s.path)
		cs, err := loadRecognizers(p, o.Limit)
		if err != nil {
			return fmt.Errorf("recognizers-text: %w", err)
		}
		m, misses := scoreCases(an, caseSet{name: s.name, cases: cs, times: times, only: s.only, alarm: s.alarm}, o.Errors)
		r.set(task, s.name, m, misses)
	}
	for _, dm := range dims {
		cs, err := loadDuckling(filepath.Join(o.Data, "duckling", "duckling-en.json"), dm.dim, o.Limit)
		if err != nil {
			return fmt.Errorf("duckling: %w", err)
		}
		m, misses := scoreCases(an, caseSet{name: dm.name, cases: cs, times: times}, o.Errors)
		r.set(task, dm.name, m, misses)
	}
	return nil
}

func runDates(r *Report, an *analyzer.Analyzer, o Options) error {
	return runCaseSets(r, an, o, "dates",
		[]caseSpec{{"recognizers_datetime", "DateTime/English/DateTimeModel.json", nil, nil}},
		[]struct{ name, dim string }{{"duckling_time", "Time"}}, true)
}
