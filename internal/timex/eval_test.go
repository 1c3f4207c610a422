package timex

// A quick measurement of the tagger against the public corpora in
// ../shared/data. The official scorer is `crosscheck eval`; this one stays
// private so the tagger can be tuned without it. Assertions are sanity
// floors only: the numbers are printed with t.Logf (go test -v -run Eval).
//
// Scoring:
//   - TimeML (TimeBank + AQUAINT) and MEANTIME follow TempEval-3: strict span
//     F1 (same start and end), relaxed span F1 (overlap, one-to-one), and
//     value F1 (relaxed matches whose normalised values are equal, over all
//     system and all gold expressions). ISO weeks are compared zero-padded
//     ("W7" = "W07"), the only formatting difference between the corpora and
//     TimeML as we write it.
//   - Duckling gives an instant (or an interval's start) and a grain. We
//     format it as TimeML at that grain: Year "2013", Quarter "2013-Q1",
//     Month "2013-02", Week the ISO week "2013-W07", Day "2013-02-15", Hour
//     and Minute "2013-02-12T15:00", Second "…T15:00:30". A case passes when
//     one expression covers the whole input (up to two leading words TimeML
//     leaves out of a span aside: "on", "at", "from", "between", "the"…, see
//     ducklingLeaders) and has that value. A second, looser figure
//     counts an input as compatible when Duckling's instant lies inside the
//     period our value names (2013-02-18 inside "2013-W08").
//     Duckling reads inputs with no context and looks forward ("friday" is
//     the next one); crosscheck reads news and looks back unless the
//     sentence says otherwise, so both case lists are read with
//     Options{Direction: Future}, as a calendar or search box would call us.
//     For an interval Duckling gives the start: our Match.Value, which is the
//     start of a Range.
//   - Recognizers-Text gives expected spans and TIMEX values per input. A
//     case passes when every expected result is found with the same text
//     and timex and nothing else is found; inputs with no expected result
//     pass only when nothing is found. Recognizers writes a clock time
//     without a date as "T15" and an interval as "(start,end,duration)";
//     its resolved instants are compared with ours at our grain instead
//     (recognizersMatch): a bare time is compared as a time of day, an
//     interval's ends must lie in our Range's ends, or both in the one
//     period we name and fill it ("the 1990s" is 1990-01-01 to 2000-01-01, end
//     exclusive); an end we give as PRESENT_REF must be the reference day.
//     Recognizers takes leading prepositions into its spans
//     ("after 2010"), TimeML does not: up to two (recLeaders) are ignored.

import (
	"encoding/json"
	"encoding/xml"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/meantime"
)

// sharedData finds ../shared/data next to the module root.
func sharedData(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Skip(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found")
		}
		dir = parent
	}
	data := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("shared corpora not available at %s: skipping measurement", data)
	}
	return data
}

type goldTimex struct {
	start, end int
	typ, value string
}

type evalDoc struct {
	name string
	text string
	ref  time.Time
	gold []goldTimex
	// ignore is a span (the dateline) whose system matches are not scored.
	ignore [2]int
	// limit, when positive, ends the annotated part of the text: MEANTIME
	// annotates only the first sentences of each article.
	limit int
}

var attrRe = regexp.MustCompile(`(\w+)="([^"]*)"`)

func attrs(tag string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRe.FindAllStringSubmatch(tag, -1) {
		m[a[1]] = a[2]
	}
	return m
}

func parseRef(v string) time.Time {
	v = strings.TrimSpace(v)
	if len(v) == 8 && allDigits(v) {
		v = v[:4] + "-" + v[4:6] + "-" + v[6:]
	}
	if len(v) < 10 {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return time.Time{}
	}
	return t
}

func loadTimeML(t *testing.T, dir string) []evalDoc {
	var docs []evalDoc
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.tml"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		var ref time.Time
		if k := strings.Index(s, `functionInDocument="CREATION_TIME"`); k >= 0 {
			open := strings.LastIndex(s[:k], "<TIMEX3")
			end := k + strings.IndexByte(s[k:], '>')
			ref = parseRef(attrs(s[open:end])["value"])
		}
		ts := strings.Index(s, "<TEXT>")
		te := strings.Index(s, "</TEXT>")
		if ts < 0 || te < 0 {
			continue
		}
		body := s[ts+len("<TEXT>") : te]
		var sb strings.Builder
		runes := 0
		var gold []goldTimex
		var open *goldTimex
		for i := 0; i < len(body); {
			if body[i] == '<' {
				j := strings.IndexByte(body[i:], '>')
				tag := body[i : i+j+1]
				switch {
				case strings.HasPrefix(tag, "<TIMEX3"):
					a := attrs(tag)
					open = &goldTimex{start: runes, typ: a["type"], value: a["value"]}
				case tag == "</TIMEX3>" && open != nil:
					open.end = runes
					gold = append(gold, *open)
					open = nil
				}
				i += j + 1
				continue
			}
			j := strings.IndexByte(body[i:], '<')
			if j < 0 {
				j = len(body) - i
			}
			chunk := html.UnescapeString(body[i : i+j])
			sb.WriteString(chunk)
			runes += utf8.RuneCountInString(chunk)
			i += j
		}
		docs = append(docs, evalDoc{name: filepath.Base(f), text: sb.String(), ref: ref, gold: gold, ignore: [2]int{-1, -1}})
	}
	return docs
}

func loadMeantime(t *testing.T, dir string) []evalDoc {
	var docs []evalDoc
	files, _ := filepath.Glob(filepath.Join(dir, "intra-doc_annotation", "*", "*.xml"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var x meantime.Document
		if err := xml.Unmarshal(b, &x); err != nil {
			t.Logf("%s: %v", f, err)
			continue
		}
		text, starts, ends := x.Text()
		pos := map[string][2]int{}
		for i, tk := range x.Tokens {
			pos[tk.ID] = [2]int{starts[i], ends[i]}
		}
		d := evalDoc{name: filepath.Base(f), text: text, ignore: [2]int{-1, -1}}
		// The annotated part ends with the last sentence any markable
		// (entity, event, time, value) is anchored in.
		sentOf := map[string]int{}
		for _, tk := range x.Tokens {
			sentOf[tk.ID] = tk.Sentence
		}
		last := 0
		for _, m := range anchorRe.FindAllStringSubmatch(string(b), -1) {
			last = max(last, sentOf[m[1]])
		}
		for _, tk := range x.Tokens {
			if tk.Sentence <= last {
				d.limit = pos[tk.ID][1]
			}
		}
		for _, tx := range x.Markables.Timexes {
			if len(tx.Anchors) == 0 {
				continue
			}
			s, e := 1<<30, -1
			for _, a := range tx.Anchors {
				p := pos[a.ID]
				s, e = min(s, p[0]), max(e, p[1])
			}
			if tx.Function == "CREATION_TIME" {
				d.ref = parseRef(tx.Value)
				d.ignore = [2]int{s, e}
				continue
			}
			d.gold = append(d.gold, goldTimex{start: s, end: e, typ: tx.Type, value: tx.Value})
		}
		docs = append(docs, d)
	}
	return docs
}

var anchorRe = regexp.MustCompile(`<token_anchor t_id="(\d+)"`)

func canonValue(v string) string { return CanonicalValue(v) }

type score struct{ gold, sys, strict, relaxed, value, typ int }

func (s *score) add(d evalDoc, sys []Match, misses map[string]int) {
	var kept []Match
	for _, m := range sys {
		if m.Start < d.ignore[1] && d.ignore[0] < m.End || d.limit > 0 && m.Start >= d.limit {
			continue
		}
		kept = append(kept, m)
	}
	s.gold += len(d.gold)
	s.sys += len(kept)
	used := make([]bool, len(kept))
	for _, g := range d.gold {
		best := -1
		for k, m := range kept {
			if used[k] || m.Start >= g.end || g.start >= m.End {
				continue
			}
			if best < 0 || (m.Start == g.start && m.End == g.end) {
				best = k
			}
		}
		if best < 0 {
			if misses != nil {
				k := "MISS " + strings.ToLower(d.text[byteOff(d.text, g.start):byteOff(d.text, g.end)]) + " = " + g.value
				if os.Getenv("TIMEX_CTX") != "" {
					a, b := byteOff(d.text, max(0, g.start-60)), byteOff(d.text, g.end+30)
					k += " | " + strings.ReplaceAll(d.text[a:b], "\n", " ")
				}
				misses[k]++
			}
			continue
		}
		m := kept[best]
		used[best] = true
		s.relaxed++
		if m.Start == g.start && m.End == g.end {
			s.strict++
		}
		if canonValue(m.Value) == canonValue(g.value) {
			s.value++
		} else if misses != nil {
			k := "VAL  " + strings.ToLower(m.Text) + " = " + m.Value + " gold " + g.value
			if os.Getenv("TIMEX_CTX") != "" {
				a, b := byteOff(d.text, max(0, g.start-90)), byteOff(d.text, g.end+40)
				k += " | " + d.ref.Format("2006-01-02") + " | " + strings.ReplaceAll(d.text[a:b], "\n", " ")
			}
			misses[k]++
		}
		if m.Type == g.typ {
			s.typ++
		}
	}
	if misses != nil {
		for k, m := range kept {
			if !used[k] {
				misses["FP   "+strings.ToLower(m.Text)+" = "+m.Value]++
			}
		}
	}
}

func byteOff(s string, r int) int {
	for i := range s {
		if r == 0 {
			return i
		}
		r--
	}
	return len(s)
}

func f1(c, sys, gold int) (p, r, f float64) {
	if sys > 0 {
		p = float64(c) / float64(sys)
	}
	if gold > 0 {
		r = float64(c) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return 100 * p, 100 * r, 100 * f
}

func (s score) log(t *testing.T, name string) (relaxedF, valueF float64) {
	_, _, sf := f1(s.strict, s.sys, s.gold)
	rp, rr, rf := f1(s.relaxed, s.sys, s.gold)
	_, _, vf := f1(s.value, s.sys, s.gold)
	_, _, tf := f1(s.typ, s.sys, s.gold)
	t.Logf("%s: gold %d system %d | strict F1 %.1f | relaxed P %.1f R %.1f F1 %.1f | value F1 %.1f | type F1 %.1f",
		name, s.gold, s.sys, sf, rp, rr, rf, vf, tf)
	return rf, vf
}

func logMisses(t *testing.T, misses map[string]int, n int) {
	if os.Getenv("TIMEX_MISSES") == "" {
		return
	}
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range misses {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	for i, x := range all {
		if i >= n {
			break
		}
		t.Logf("%4d %s", x.v, x.k)
	}
}

func TestEvalTimeML(t *testing.T) {
	data := sharedData(t)
	docs := loadTimeML(t, filepath.Join(data, "timeml"))
	if len(docs) == 0 {
		t.Skip("no TimeML documents")
	}
	var s score
	misses := map[string]int{}
	for _, d := range docs {
		s.add(d, Find(d.text, d.ref), misses)
	}
	rf, vf := s.log(t, "TBAQ ("+strconv.Itoa(len(docs))+" docs)")
	logMisses(t, misses, 1000)
	if rf < 50 || vf < 35 {
		t.Errorf("TimeML scores below sanity floor: relaxed %.1f value %.1f", rf, vf)
	}
}

func TestEvalMeantime(t *testing.T) {
	data := sharedData(t)
	docs := loadMeantime(t, filepath.Join(data, "meantime"))
	if len(docs) == 0 {
		t.Skip("no MEANTIME documents")
	}
	var s score
	misses := map[string]int{}
	for _, d := range docs {
		s.add(d, Find(d.text, d.ref), misses)
	}
	rf, vf := s.log(t, "MEANTIME ("+strconv.Itoa(len(docs))+" docs)")
	logMisses(t, misses, 80)
	if rf < 40 || vf < 25 {
		t.Errorf("MEANTIME scores below sanity floor: relaxed %.1f value %.1f", rf, vf)
	}
}

var ducklingRe = regexp.MustCompile(`^(\w+)(?: (?:After|Before))? \(+(\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\)(?:, \([^)]*\)\))? (\w+)`)

// ducklingValue formats Duckling's expected instant as TimeML at its grain.
func ducklingValue(exp string) (string, time.Time, bool) {
	m := ducklingRe.FindStringSubmatch(exp)
	if m == nil {
		return "", time.Time{}, false
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	y, mo, d, h, mi, s := n(2), n(3), n(4), n(5), n(6), n(7)
	grain := m[8]
	if strings.HasPrefix(m[1], "datetimeHoliday") || strings.HasPrefix(m[1], "datetimeIntervalHoliday") {
		grain = "Day"
	}
	g := map[string]string{"Year": GrainYear, "Quarter": GrainQuarter, "Month": GrainMonth, "Week": GrainWeek,
		"Day": GrainDay, "Hour": GrainHour, "Minute": GrainMinute, "Second": GrainSecond}[grain]
	if g == "" {
		return "", time.Time{}, false
	}
	inst := time.Date(y, time.Month(mo), d, h, mi, s, 0, time.UTC)
	return FormatAt(inst, g), inst, true
}

func TestEvalDuckling(t *testing.T) {
	data := sharedData(t)
	b, err := os.ReadFile(filepath.Join(data, "duckling", "duckling-en.json"))
	if err != nil {
		t.Skip(err)
	}
	var x struct {
		Dimensions map[string][]struct {
			Expected string   `json:"expected"`
			Inputs   []string `json:"inputs"`
		} `json:"dimensions"`
	}
	if err := json.Unmarshal(b, &x); err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.FixedZone("UTC-2", -2*3600))
	total, pass, compat, instTotal, instPass := 0, 0, 0, 0, 0
	misses := map[string]int{}
	for _, g := range x.Dimensions["Time"] {
		want, inst, ok := ducklingValue(g.Expected)
		interval := strings.Contains(g.Expected, "Interval")
		for _, in := range g.Inputs {
			total++
			if !interval {
				instTotal++
			}
			if !ok {
				continue
			}
			if ducklingPass(in, want, inst, ref, false) {
				compat++
			}
			if ducklingPass(in, want, inst, ref, true) {
				pass++
				if !interval {
					instPass++
				}
			} else {
				misses[in+" = "+want+" got "+describe(FindWith(in, ref, fwd))]++
			}
		}
	}
	t.Logf("Duckling Time: %d/%d inputs pass (%.1f%%); instants only %d/%d (%.1f%%); compatible at our grain %d/%d (%.1f%%)",
		pass, total, 100*float64(pass)/float64(total), instPass, instTotal, 100*float64(instPass)/float64(instTotal),
		compat, total, 100*float64(compat)/float64(total))
	logMisses(t, misses, 400)
	if pass*20 < total {
		t.Errorf("Duckling pass rate below sanity floor")
	}
}

// fwd is how the case lists are read: both specify a forward default
// ("friday" is the coming one), whole intervals and times converted to the
// reference time's zone, unlike news.
var fwd = Options{Direction: Future, Intervals: true, ConvertZones: true}

func describe(ms []Match) string {
	var parts []string
	for _, m := range ms {
		parts = append(parts, "["+m.Text+"|"+m.Value+"]")
	}
	return strings.Join(parts, " ")
}

// ducklingLeaders are prepositions (and "the") before a time that TimeML
// leaves out of the span.
var ducklingLeaders = map[string]bool{
	"on": true, "at": true, "in": true, "by": true, "for": true, "from": true, "between": true, "during": true,
	"around": true, "about": true, "after": true, "before": true, "@": true, "approximately": true, "the": true,
}

// ducklingPass checks one input. exact wants our value to equal
// Duckling's at Duckling's grain; otherwise it is enough that Duckling's
// instant lies in the period we name ("the beginning of next week" =
// 2013-W08 START holds Duckling's 2013-02-18).
func ducklingPass(in, want string, inst time.Time, ref time.Time, exact bool) bool {
	low := strings.ToLower(in)
	// Up to two leading words TimeML keeps outside a span: "from the 13th
	// to the 15th of July", "between 3:30pm and 6 pm".
	skip := 0
	for k := 0; k < 2; k++ {
		sp := strings.IndexByte(low[skip:], ' ')
		if sp < 0 || !ducklingLeaders[low[skip:skip+sp]] {
			break
		}
		skip += sp + 1
	}
	core := strings.TrimRight(in[skip:], ".!? ")
	start, end := utf8.RuneCountInString(in[:skip]), utf8.RuneCountInString(in[:skip])+utf8.RuneCountInString(core)
	for _, m := range FindWith(in, ref, fwd) {
		if m.Start > start || m.End < end {
			continue
		}
		if m.Value == want {
			return true
		}
		if g := Granularity(m.Value); !exact && g != GrainUnknown && g != GrainRef && g != GrainDuration &&
			FormatAt(inst, g) == CanonicalValue(m.Value) {
			return true
		}
	}
	return false
}

func TestEvalRecognizers(t *testing.T) {
	data := sharedData(t)
	b, err := os.ReadFile(filepath.Join(data, "recognizers-text", "Specs", "DateTime", "English", "DateTimeModel.json"))
	if err != nil {
		t.Skip(err)
	}
	b = []byte(strings.TrimPrefix(string(b), "\ufeff"))
	var cases []struct {
		Input   string
		Context struct{ ReferenceDateTime string }
		Results []struct {
			Text       string
			TypeName   string
			Resolution struct {
				Values []recValue `json:"values"`
			}
		}
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	pass, neg, negPass := 0, 0, 0
	misses := map[string]int{}
	for _, c := range cases {
		ref, err := time.Parse("2006-01-02T15:04:05", c.Context.ReferenceDateTime)
		if err != nil {
			ref = time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)
		}
		got := FindWith(c.Input, ref, fwd)
		ok := len(got) == len(c.Results)
		if len(c.Results) == 0 {
			neg++
		}
		for _, r := range c.Results {
			found := false
			want := ""
			if len(r.Resolution.Values) > 0 {
				want = r.Resolution.Values[0].Timex
			}
			for _, m := range got {
				if !sameRecText(r.Text, m.Text) {
					continue
				}
				if m.Value == want {
					found = true
				}
				// Recognizers leaves "december 27" as XXXX-12-27 in the
				// timex and gives the resolved readings as values; a
				// resolved value of ours counts when it is one of them.
				for _, v := range r.Resolution.Values {
					if v.Value != "" && recognizersValue(v.Value) == m.Value || recognizersMatch(v, m, ref) {
						found = true
					}
				}
			}
			if !found {
				ok = false
				misses[r.Text+" = "+want+" got "+describe(got)]++
			}
		}
		if ok {
			pass++
			if len(c.Results) == 0 {
				negPass++
			}
		} else if len(c.Results) == 0 {
			misses["NEG "+c.Input+" got "+describe(got)]++
		}
	}
	t.Logf("Recognizers DateTime: %d/%d cases pass (%.1f%%); of them %d/%d inputs with nothing to find",
		pass, len(cases), 100*float64(pass)/float64(len(cases)), negPass, neg)
	logMisses(t, misses, 300)
	if pass*10 < len(cases) {
		t.Errorf("Recognizers pass rate below sanity floor")
	}
}

// recLeaders are the words Recognizers takes into a span and TimeML
// leaves out ("after 2010", "between 2 and 4pm", "in 5 minutes"): the
// time is the same, the preposition tells how a claim relates to it.
var recLeaders = map[string]bool{
	"in": true, "on": true, "at": true, "by": true, "for": true, "after": true, "before": true, "around": true,
	"about": true, "between": true, "from": true, "since": true, "until": true, "till": true, "during": true,
	"approximately": true, "within": true,
}

// sameRecText compares a Recognizers span with ours, allowing up to two
// leading prepositions that TimeML keeps outside the span.
func sameRecText(theirs, ours string) bool {
	for k := 0; k < 3; k++ {
		if strings.EqualFold(theirs, ours) {
			return true
		}
		sp := strings.IndexByte(theirs, ' ')
		if sp < 0 || !recLeaders[strings.ToLower(theirs[:sp])] {
			return false
		}
		theirs = theirs[sp+1:]
	}
	return false
}

type recValue struct {
	Timex string `json:"timex"`
	Value string `json:"value"`
	Start string `json:"start"`
	End   string `json:"end"`
}

// recInstant reads a Recognizers resolved instant: "2016-11-07",
// "2016-11-07 05:00:00", or a bare clock time "17:00:00" on day.
func recInstant(v string, day time.Time) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	if t, err := time.Parse("15:04:05", v); err == nil {
		return time.Date(day.Year(), day.Month(), day.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC), true
	}
	return time.Time{}, false
}

// atOurGrain tells whether the instant t lies in the period our value v
// names, written at v's grain.
func atOurGrain(t time.Time, v string) bool {
	g := Granularity(v)
	if g == GrainUnknown || g == GrainRef || g == GrainDuration || g == GrainPartDay {
		return false
	}
	return FormatAt(t, g) == CanonicalValue(v)
}

// recognizersMatch compares a Recognizers resolution with a match at our
// grain. A bare clock time ("T15", value "15:00:00") names no day, so
// only our time of day is compared; a single value must have our
// precision. A range passes when its start lies in our start and its
// end in our end; a range we name as one period ("the 1990s", "next
// quarter") passes when both its ends lie in that period, the end being
// exclusive.
func recognizersMatch(v recValue, m Match, ref time.Time) bool {
	if v.Value != "" && v.Start == "" {
		t, ok := recInstant(v.Value, ref)
		// Same precision: a day for a date, a clock time for a time.
		g := Granularity(m.Value)
		same := g == GrainDay
		if len(v.Value) != 10 {
			same = g == GrainHour || g == GrainMinute || g == GrainSecond
		}
		if ok && same && len(v.Value) == 8 && len(m.Value) > 11 {
			// A bare clock time names no day: only the time counts.
			return m.Range == nil && m.Value[11:] == FormatAt(t, Granularity(m.Value))[11:]
		}
		return ok && same && m.Range == nil && atOurGrain(t, m.Value)
	}
	if v.Start == "" || v.End == "" {
		return false
	}
	s, ok1 := recInstant(v.Start, ref)
	e, ok2 := recInstant(v.End, ref)
	if !ok1 || !ok2 || !atOurGrain(s, m.Value) {
		return false
	}
	if m.Range != nil {
		if m.Range[1] == "PRESENT_REF" {
			// "between January and now": now is the reference.
			return FormatAt(e, GrainDay) == FormatAt(ref, GrainDay)
		}
		return atOurGrain(e, m.Range[1])
	}
	// The range must be the whole period, not a part of it.
	return e.After(s) && atOurGrain(e.Add(-time.Second), m.Value) &&
		!atOurGrain(s.Add(-time.Second), m.Value) && !atOurGrain(e, m.Value)
}

// recognizersValue writes a Recognizers resolved value the way TimeML
// does: "2016-11-07 00:05:00" → "2016-11-07T00:05".
func recognizersValue(v string) string {
	if len(v) == 19 && v[10] == ' ' {
		v = v[:10] + "T" + v[11:16]
	}
	return v
}
