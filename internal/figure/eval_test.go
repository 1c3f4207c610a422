package figure

// Measurements against public corpora in ../shared/data. They log numbers
// and assert only sanity floors: the corpora are for measuring, and the
// rules are tuned on hand-written sentences, not on these files.

import (
	"encoding/json"
	"encoding/xml"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/numparse"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// sharedData finds ../shared/data next to the repository root.
func sharedData(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Skip("no working directory")
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("go.mod not found above the package")
		}
		dir = parent
	}
	data := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Skip("../shared/data is absent; corpus measurements skipped")
	}
	return data
}

// verbose reports whether to log each failure (FIGURE_EVAL_VERBOSE=1).
var verbose = os.Getenv("FIGURE_EVAL_VERBOSE") != ""

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b))
}

type meantimeDoc struct {
	Tokens []struct {
		ID   string `xml:"t_id,attr"`
		Sent string `xml:"sentence,attr"`
		Text string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Values []struct {
			Type    string `xml:"type,attr"`
			Anchors []struct {
				ID string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"VALUE"`
		Timexes []struct {
			Anchors []struct {
				ID string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"TIMEX3"`
		// Every markable, to find the annotated part of the article.
		Any []struct {
			Anchors []struct {
				ID string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:",any"`
	} `xml:"Markables"`
}

// TestMeantimeValues measures figures against MEANTIME VALUE mentions
// (quantities, money, percentages): span-overlap precision, recall and F1,
// and how often the value read agrees with the gold mention's number. Gold
// TIMEX3 spans stand in for the time step, as they do in the pipeline.
func TestMeantimeValues(t *testing.T) {
	root := filepath.Join(sharedData(t), "meantime", "intra-doc_annotation")
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.xml"))
	if len(files) == 0 {
		t.Skip("no MEANTIME files")
	}
	var tp, fp, fn, valOK, valN int
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var md meantimeDoc
		if err := xml.Unmarshal(raw, &md); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		// MEANTIME annotates the title and the first sentences only; figures
		// past the last annotated sentence are neither right nor wrong.
		sentOf := map[string]int{}
		for _, tk := range md.Tokens {
			sentOf[tk.ID], _ = strconv.Atoi(tk.Sent)
		}
		lastSent := 0
		for _, mk := range md.Markables.Any {
			for _, a := range mk.Anchors {
				lastSent = max(lastSent, sentOf[a.ID])
			}
		}
		annotatedEnd := 0
		// Rebuild the text: tokens joined by spaces, sentences by newlines.
		var b strings.Builder
		pos := map[string][2]int{}
		prevSent := ""
		rpos := 0
		for i, tk := range md.Tokens {
			if i > 0 {
				sep := " "
				if tk.Sent != prevSent {
					sep = "\n\n"
				}
				b.WriteString(sep)
				rpos += len(sep)
			}
			prevSent = tk.Sent
			n := len([]rune(tk.Text))
			pos[tk.ID] = [2]int{rpos, rpos + n}
			if sentOf[tk.ID] <= lastSent {
				annotatedEnd = rpos + n
			}
			b.WriteString(tk.Text)
			rpos += n
		}
		d := doc.New(doc.Article{Text: b.String()})
		tokenize.Tokenize(d)
		span := func(ids []string) (int, int, bool) {
			s, e := math.MaxInt, -1
			for _, id := range ids {
				p, ok := pos[id]
				if !ok {
					return 0, 0, false
				}
				s, e = min(s, p[0]), max(e, p[1])
			}
			return s, e, e > s
		}
		for _, tx := range md.Markables.Timexes {
			var ids []string
			for _, a := range tx.Anchors {
				ids = append(ids, a.ID)
			}
			if s, e, ok := span(ids); ok {
				d.Times = append(d.Times, doc.Time{Start: s, End: e})
			}
		}
		sort.Slice(d.Times, func(i, j int) bool { return d.Times[i].Start < d.Times[j].Start })
		Extract(d)
		used := make([]bool, len(d.Figures))
		for _, v := range md.Markables.Values {
			var ids []string
			for _, a := range v.Anchors {
				ids = append(ids, a.ID)
			}
			s, e, ok := span(ids)
			if !ok {
				continue
			}
			gold := doc.Span{Start: s, End: e, Text: d.Slice(s, e)}
			hit := -1
			for i, fg := range d.Figures {
				if !used[i] && gold.Overlaps(doc.Span{Start: fg.Start, End: fg.End}) {
					hit = i
					break
				}
			}
			if hit < 0 {
				fn++
				if verbose {
					t.Logf("missed %s %q", v.Type, gold.Text)
				}
				continue
			}
			used[hit] = true
			tp++
			if gv, ok := goldValue(gold.Text); ok {
				valN++
				fg := d.Figures[hit]
				got := fg.Value
				if got == nil {
					got = fg.Low
				}
				if got != nil && near(*got, gv) {
					valOK++
				} else if verbose {
					t.Logf("value %q: got %v, gold %v", gold.Text, fmtPtr(got), gv)
				}
			}
		}
		for i, u := range used {
			if !u && d.Figures[i].Start < annotatedEnd {
				fp++
				if verbose {
					f := d.Figures[i]
					ctx := d.Slice(max(0, f.Start-30), min(d.Runes(), f.End+30))
					t.Logf("spurious %q in %q", f.Text, ctx)
				}
			}
		}
	}
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	f1 := 2 * p * r / math.Max(1e-9, p+r)
	t.Logf("MEANTIME VALUE: gold %d, found %d; overlap P %.1f R %.1f F1 %.1f; value accuracy %.1f%% (%d/%d)",
		tp+fn, tp+fp, 100*p, 100*r, 100*f1, 100*float64(valOK)/float64(max(1, valN)), valOK, valN)
	if f1 < 0.5 {
		t.Errorf("MEANTIME VALUE F1 %.2f is below the sanity floor 0.5", f1)
	}
}

func fmtPtr(p *float64) string {
	if p == nil {
		return "nil"
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}

// goldValue reads the number of a gold mention independently of the
// extractor: the first run of tokens numparse.Words accepts, with currency
// symbols and separators stripped.
func goldValue(s string) (float64, bool) {
	ws := strings.Fields(strings.ToLower(s))
	for i := range ws {
		w := strings.TrimLeft(ws[i], "$#£€~")
		w = strings.TrimPrefix(w, "us$")
		w = strings.TrimSuffix(w, "%")
		for _, suf := range []string{"gb", "ghz", "mb", "tb", "km", "mm"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) && isDigit(w[len(w)-len(suf)-1]) {
				w = strings.TrimSuffix(w, suf)
			}
		}
		rest := append([]string{w}, ws[i+1:]...)
		if v, n, ok := numparse.Words(rest); ok && n > 0 {
			return v, true
		}
	}
	return 0, false
}

type rtCase struct {
	Input        string `json:"Input"`
	NotSupported string `json:"NotSupported"`
	ByDesign     string `json:"NotSupportedByDesign"`
	Results      []struct {
		Text       string `json:"Text"`
		Resolution struct {
			Value string `json:"value"`
			Unit  string `json:"unit"`
		} `json:"Resolution"`
	} `json:"Results"`
}

func loadRT(t *testing.T, rel string) []rtCase {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(sharedData(t), "recognizers-text", "Specs", rel))
	if err != nil {
		t.Skipf("recognizers-text spec %s absent", rel)
	}
	var cs []rtCase
	if err := json.Unmarshal(raw, &cs); err != nil {
		t.Fatal(err)
	}
	return cs
}

// rtExpect parses a Recognizers-Text resolution: "1234", "15%",
// "[20,30)", "(,100]".
func rtExpect(v string) (lo, hi float64, hasLo, hasHi, ok bool) {
	v = strings.TrimSuffix(strings.TrimSpace(v), "%")
	if strings.HasPrefix(v, "[") || strings.HasPrefix(v, "(") {
		inner := strings.Trim(v, "[]()")
		a, b, found := strings.Cut(inner, ",")
		if !found {
			return
		}
		var err error
		if a = strings.TrimSpace(a); a != "" {
			if lo, err = strconv.ParseFloat(a, 64); err != nil {
				return
			}
			hasLo = true
		}
		if b = strings.TrimSpace(b); b != "" {
			if hi, err = strconv.ParseFloat(b, 64); err != nil {
				return
			}
			hasHi = true
		}
		return lo, hi, hasLo, hasHi, true
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return
	}
	return x, x, true, true, true
}

// quantityHas reports whether some quantity carries the bound(s).
func quantityHas(qs []Quantity, lo, hi float64, hasLo, hasHi bool) bool {
	okLo, okHi := !hasLo, !hasHi
	for _, q := range qs {
		vals := []*float64{q.Value, q.Low, q.High}
		for i, p := range vals {
			if p == nil {
				continue
			}
			if hasLo && near(*p, lo) && i != 2 {
				okLo = true
			}
			if hasHi && near(*p, hi) && i != 1 {
				okHi = true
			}
		}
	}
	return okLo && okHi
}

// TestRecognizersSpecs runs the Recognizers-Text English Number,
// NumberRange, Percent, Currency and Dimension specs as case lists. A case
// passes when every expected value is read and, for cases expecting
// nothing, nothing is read. Cases the reference implementation itself marks
// as unsupported in some languages are counted like the others.
func TestRecognizersSpecs(t *testing.T) {
	specs := []struct {
		name, rel string
		floor     float64
	}{
		{"Number", "Number/English/NumberModel.json", 0.3},
		{"NumberRange", "Number/English/NumberRangeModel.json", 0.2},
		{"Percent", "Number/English/PercentModel.json", 0.4},
		{"Currency", "NumberWithUnit/English/CurrencyModel.json", 0.3},
		{"Dimension", "NumberWithUnit/English/DimensionModel.json", 0.2},
	}
	total, passedAll := 0, 0
	for _, sp := range specs {
		cs := loadRT(t, sp.rel)
		pass := 0
		for _, c := range cs {
			qs := ParseQuantity(c.Input)
			// Each model reports its own kind only: the number models leave
			// "the 180ml liquid" to the dimension model, the currency model
			// ignores "3 times".
			qs = slices.DeleteFunc(qs, func(q Quantity) bool {
				switch sp.name {
				case "Number", "NumberRange":
					return q.Unit != ""
				case "Percent":
					return q.Unit != doc.Percent
				case "Currency":
					return !isCurrency(q.Unit)
				case "Dimension":
					return q.Unit == "" || q.Unit == doc.Percent || q.Unit == "times" || isCurrency(q.Unit)
				}
				return false
			})
			ok := true
			if len(c.Results) == 0 {
				ok = len(qs) == 0
			}
			for _, r := range c.Results {
				lo, hi, hasLo, hasHi, parsed := rtExpect(r.Resolution.Value)
				if !parsed || !quantityHas(qs, lo, hi, hasLo, hasHi) {
					ok = false
				}
			}
			if ok {
				pass++
			} else if verbose {
				var got []string
				for _, q := range qs {
					got = append(got, q.Text+"="+fmtPtr(q.Value)+"/"+fmtPtr(q.Low)+"/"+fmtPtr(q.High))
				}
				var exp []string
				for _, r := range c.Results {
					exp = append(exp, r.Text+"="+r.Resolution.Value)
				}
				t.Logf("%s fail: %q got %q want %q", sp.name, c.Input, got, exp)
			}
		}
		rate := float64(pass) / float64(max(1, len(cs)))
		t.Logf("Recognizers %s: %d/%d pass (%.1f%%)", sp.name, pass, len(cs), 100*rate)
		if rate < sp.floor {
			t.Errorf("Recognizers %s pass rate %.2f below sanity floor %.2f", sp.name, rate, sp.floor)
		}
		if sp.name == "Number" || sp.name == "NumberRange" {
			total += len(cs)
			passedAll += pass
		}
	}
	t.Logf("Recognizers Number+NumberRange: %d/%d pass (%.1f%%)", passedAll, total, 100*float64(passedAll)/float64(max(1, total)))
}

// duckling expected values: "NumeralValue 33", "NumeralValue (-504)",
// "simple Dollar 10", "between Gram (100,1000) Nothing", "under EUR 7".
func ducklingExpect(s string) (lo, hi float64, hasLo, hasHi, ok bool) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return
	}
	num := func(x string) (float64, bool) {
		x = strings.Trim(x, "(),")
		v, err := strconv.ParseFloat(x, 64)
		return v, err == nil
	}
	switch f[0] {
	case "NumeralValue":
		v, ok := num(strings.Join(f[1:], ""))
		return v, v, true, true, ok
	case "simple", "under", "above":
		if len(f) < 3 {
			return
		}
		v, ok := num(f[2])
		return v, v, f[0] != "under", f[0] != "above", ok
	case "between":
		rest := strings.Join(f[2:], " ")
		i, j := strings.IndexByte(rest, '('), strings.IndexByte(rest, ')')
		if i < 0 || j < i {
			return
		}
		a, b, _ := strings.Cut(rest[i+1:j], ",")
		va, ok1 := num(a)
		vb, ok2 := num(b)
		return va, vb, true, true, ok1 && ok2
	}
	return
}

// TestDucklingCorpora runs Duckling's English Numeral, Quantity and
// AmountOfMoney examples: an input passes when the quantities read from it
// carry the expected value (or bounds).
func TestDucklingCorpora(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(sharedData(t), "duckling", "duckling-en.json"))
	if err != nil {
		t.Skip("duckling corpus absent")
	}
	var dk struct {
		Dimensions map[string][]struct {
			Expected string   `json:"expected"`
			Inputs   []string `json:"inputs"`
		} `json:"dimensions"`
	}
	if err := json.Unmarshal(raw, &dk); err != nil {
		t.Fatal(err)
	}
	for _, dim := range []string{"Numeral", "Quantity", "AmountOfMoney"} {
		pass, n := 0, 0
		for _, g := range dk.Dimensions[dim] {
			lo, hi, hasLo, hasHi, ok := ducklingExpect(g.Expected)
			if !ok {
				continue
			}
			for _, in := range g.Inputs {
				n++
				qs := ParseQuantity(in)
				if quantityHas(qs, lo, hi, hasLo, hasHi) {
					pass++
				} else if verbose {
					var got []string
					for _, q := range qs {
						got = append(got, q.Text+"="+fmtPtr(q.Value)+"/"+fmtPtr(q.Low)+"/"+fmtPtr(q.High))
					}
					t.Logf("Duckling %s fail: %q got %q want %s", dim, in, got, g.Expected)
				}
			}
		}
		rate := float64(pass) / float64(max(1, n))
		t.Logf("Duckling %s: %d/%d pass (%.1f%%)", dim, pass, n, 100*rate)
		if rate < 0.3 {
			t.Errorf("Duckling %s pass rate %.2f below sanity floor 0.3", dim, rate)
		}
	}
}
