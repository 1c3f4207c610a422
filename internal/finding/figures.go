package finding

import (
	"fmt"
	"math"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// within says which measures are part of which: the dead, wounded, captured
// and missing are all casualties.
var within = map[string]string{
	doc.Killed: doc.Casualties, doc.Wounded: doc.Casualties, doc.Captured: doc.Casualties, doc.Missing: doc.Casualties,
}

var measureWords = map[string]string{
	doc.Killed: "deaths", doc.Wounded: "the wounded", doc.Casualties: "casualties (killed, wounded, captured or missing)",
	doc.Captured: "the captured", doc.Missing: "the missing", doc.Deployed: "those deployed", doc.Displaced: "the displaced",
	doc.Arrested: "arrests", doc.Evacuated: "the evacuated", doc.Affected: "those affected", doc.Money: "money",
	doc.Percent: "a percentage",
}

// maxPairFindings bounds the pairwise figure findings of one document: a
// run-on text or a table with thousands of figures would otherwise yield
// findings by the million. A document that reaches it carries a warning.
const maxPairFindings = 100

// human measures count people something happened to.
var human = map[string]bool{
	doc.Killed: true, doc.Wounded: true, doc.Casualties: true, doc.Captured: true, doc.Missing: true,
	doc.Displaced: true, doc.Evacuated: true, doc.Affected: true,
}

// interval is what a figure allows: [lo, hi], hi = +Inf for lower bounds.
type interval struct{ lo, hi float64 }

// approxSlack is how far "around 600" may stray: 15 % either way.
const approxSlack = 0.15

func span(f *doc.Figure) (interval, bool) {
	switch {
	case f.Low != nil && f.High != nil && f.Bound == doc.Range:
		return interval{*f.Low, *f.High}, true
	case f.Value == nil && f.Low != nil && f.High != nil:
		return interval{*f.Low, *f.High}, true
	case f.Value == nil:
		return interval{}, false
	}
	v := *f.Value
	switch f.Bound {
	case doc.Lower:
		return interval{v, math.Inf(1)}, true
	case doc.Upper:
		return interval{0, v}, true
	case doc.Approx:
		return interval{v * (1 - approxSlack), v * (1 + approxSlack)}, true
	}
	return interval{v, v}, true
}

func asserter(sp map[string]string, f *doc.Figure) string {
	if f.Attribution == nil {
		return "the article"
	}
	if s, ok := sp[*f.Attribution]; ok {
		return s
	}
	return "the article"
}

// speakers maps attribution IDs to speakers, built once per document so
// comparing figures does not scan every attribution for every pair.
func speakers(d *doc.Document) map[string]string {
	m := make(map[string]string, len(d.Attributions))
	for _, a := range d.Attributions {
		m[a.ID] = a.Speaker
	}
	return m
}

// sameGroup reports whether both figures count the same people. Which
// figures without a group may be compared at all is decided when they are
// bucketed (see figureFindings).
func sameGroup(a, b *doc.Figure) bool {
	return a.Group == b.Group
}

// lastWordOf returns the last word of s.
func lastWordOf(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// figureFindings compares every pair of figures on the same group and a
// comparable measure: a conflict where they cannot both hold, a spread
// (explained) where they differ but can.
func figureFindings(d *doc.Document) []doc.Finding {
	var out []doc.Finding
	sc := newScenes(d)
	sp := speakers(d)
	pairwise, truncated := 0, false
	defer func() {
		if truncated {
			d.Warnings = append(d.Warnings, fmt.Sprintf("findings: figure comparisons stopped after %d findings (text with very many figures)", maxPairFindings))
		}
	}()
	// Only figures on the same group can be compared: bucket them first,
	// and compare each with at most the next 200 of its bucket.
	buckets := map[string][]int{}
	var keys []string
	// An article whose human tolls name no group at all (one disaster, one
	// town) counts one group: its victims. Where some tolls name a group,
	// those without one are never compared.
	grouped := false
	for i := range d.Figures {
		if d.Figures[i].Group != "" && human[d.Figures[i].Measure] {
			grouped = true
		}
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		k := f.Group
		if k == "" && !grouped && human[f.Measure] {
			k = "~victims"
		}
		if k == "" || f.Measure == "" || f.Measure == doc.Other {
			continue
		}
		if _, ok := buckets[k]; !ok {
			keys = append(keys, k)
		}
		buckets[k] = append(buckets[k], i)
	}
	for _, k := range keys {
		idx := buckets[k]
		// Parts of a figure on the same measure ("17 of the 41 killed were
		// children") count a subgroup and are compared with nothing; "600
		// of the 15,000 deployed have died" is a toll like any other.
		whole := idx[:0:0]
		for _, i := range idx {
			f := &d.Figures[i]
			if f.PartOf != nil {
				if w := figureByID(d, *f.PartOf); w != nil && w.Measure == f.Measure {
					continue
				}
			}
			whole = append(whole, i)
		}
		out = append(out, sourceFindings(d, sc, sp, whole)...)
		for x := range whole {
			for y := x + 1; y < len(whole) && y <= x+50; y++ {
				if pairwise >= maxPairFindings {
					truncated = true
					break
				}
				a, b := &d.Figures[whole[x]], &d.Figures[whole[y]]
				if a.Measure == b.Measure && asserter(sp, a) != asserter(sp, b) {
					continue // summarised by sourceFindings
				}
				if f, ok := compareFigures(d, sc, sp, a, b); ok {
					out = append(out, f)
					pairwise++
				}
			}
		}
	}
	return out
}

func compareFigures(d *doc.Document, sc *scenes, sp map[string]string, a, b *doc.Figure) (doc.Finding, bool) {
	if a.Measure == "" || b.Measure == "" || a.Measure == doc.Other || b.Measure == doc.Other {
		return doc.Finding{}, false
	}
	if a.PartOf != nil && *a.PartOf == b.ID || b.PartOf != nil && *b.PartOf == a.ID {
		return doc.Finding{}, false
	}
	if a.Unit != b.Unit || !sameGroup(a, b) {
		return doc.Finding{}, false
	}
	// A figure from another time is an update, not a conflict.
	if !compatible(sc.of(a.Sentence), sc.of(b.Sentence)) {
		return doc.Finding{}, false
	}
	ia, okA := span(a)
	ib, okB := span(b)
	if !okA || !okB {
		return doc.Finding{}, false
	}
	items := []doc.Ref{ref(d, "figure", a.ID, a.Start, a.End), ref(d, "figure", b.ID, b.Start, b.End)}
	srcA, srcB := asserter(sp, a), asserter(sp, b)
	sameVoice := srcA == srcB
	// says renders one figure for an explanation: "“around 600” (South
	// Korea's intelligence agency) counts deaths".
	says := func(f *doc.Figure, src string) string {
		return fmt.Sprintf("%q (%s) counts %s", f.Text, src, measureWords[f.Measure])
	}
	group := groupName(a)
	switch {
	case a.Measure == b.Measure:
		if ia.hi < ib.lo || ib.hi < ia.lo {
			if sameVoice {
				return doc.Finding{Kind: doc.FindingFigureConflict, Items: items, Contradiction: true, Explanation: fmt.Sprintf(
					"%s gives both %q and %q for %s (%s): the two ranges do not overlap, so they cannot both hold.",
					capital(srcA), a.Text, b.Text, measureWords[a.Measure], group)}, true
			}
			return doc.Finding{Kind: doc.FindingFigureConflict, Items: items, Explanation: fmt.Sprintf(
				"Sources disagree on %s of %s: %s says %q, %s says %q, and the ranges do not overlap.",
				measureWords[a.Measure], group, srcA, a.Text, srcB, b.Text)}, true
		}
		if !sameVoice && ratio(ia, ib) >= 2 {
			return doc.Finding{Kind: doc.FindingSpread, Items: items, Explanation: fmt.Sprintf(
				"Not a contradiction: %s says %q and %s says %q for %s (%s); the estimates can both hold but differ by a factor of about %s.",
				srcA, a.Text, srcB, b.Text, measureWords[a.Measure], group, factor(ia, ib))}, true
		}
		return doc.Finding{}, false
	case within[a.Measure] == b.Measure || within[b.Measure] == a.Measure:
		part, whole, ip, iw := a, b, ia, ib
		srcP, srcW := srcA, srcB
		if within[b.Measure] == a.Measure {
			part, whole, ip, iw = b, a, ib, ia
			srcP, srcW = srcB, srcA
		}
		if ip.lo > iw.hi {
			return doc.Finding{Kind: doc.FindingFigureConflict, Items: items, Contradiction: sameVoice, Explanation: fmt.Sprintf(
				"%s, more than %s, although %s are part of %s: they cannot both hold.",
				says(part, srcP), says(whole, srcW), measureWords[part.Measure], shortMeasure(whole.Measure))}, true
		}
		expl := fmt.Sprintf("Not a contradiction: %s, while %s — different measures", says(whole, srcW), says(part, srcP))
		if srcP != srcW {
			expl += " from different sources"
		}
		expl += fmt.Sprintf("; %s are part of %s, so both can hold", measureWords[part.Measure], shortMeasure(whole.Measure))
		if r := ratio(ia, ib); r >= 2 {
			expl += fmt.Sprintf(", and the figures differ by a factor of about %s", factor(ia, ib))
		}
		return doc.Finding{Kind: doc.FindingSpread, Items: items, Explanation: expl + "."}, true
	}
	return doc.Finding{}, false
}

func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// sourceFindings sums up, for each measure of one group, what different
// sources say: one finding that lists every estimate — a conflict between
// sources when some of their ranges cannot both hold, a spread when they
// can but differ by a factor of two or more. It is never a contradiction:
// the article reports the sources; it does not assert both.
func sourceFindings(d *doc.Document, sc *scenes, sp map[string]string, idx []int) []doc.Finding {
	var out []doc.Finding
	byMeasure := map[string][]int{}
	var measures []string
	for _, i := range idx {
		m := d.Figures[i].Measure
		if _, ok := byMeasure[m]; !ok {
			measures = append(measures, m)
		}
		byMeasure[m] = append(byMeasure[m], i)
	}
	for _, m := range measures {
		fs := byMeasure[m]
		sources := map[string]bool{}
		for _, i := range fs {
			sources[asserter(sp, &d.Figures[i])] = true
		}
		if len(sources) < 2 || len(fs) < 2 {
			continue
		}
		disjoint := false
		lo, hi := math.Inf(1), 0.0
		var items []doc.Ref
		var parts []string
		// Checked pairwise for a few figures; for many (run-on text, a
		// table) only against the nearest 50, which bounds the work.
		for x, i := range fs {
			a := &d.Figures[i]
			ia, ok := span(a)
			if !ok {
				continue
			}
			p := point(ia)
			lo, hi = math.Min(lo, p), math.Max(hi, p)
			items = append(items, ref(d, "figure", a.ID, a.Start, a.End))
			if len(parts) < 8 {
				parts = append(parts, fmt.Sprintf("%s %q", asserter(sp, a), a.Text))
			} else if len(parts) == 8 {
				parts = append(parts, "and others")
			}
			for _, j := range fs[x+1 : min(len(fs), x+51)] {
				b := &d.Figures[j]
				ib, ok := span(b)
				if !ok || asserter(sp, a) == asserter(sp, b) || !compatible(sc.of(a.Sentence), sc.of(b.Sentence)) {
					continue
				}
				if ia.hi < ib.lo || ib.hi < ia.lo {
					disjoint = true
				}
			}
		}
		if len(items) < 2 {
			continue
		}
		what := fmt.Sprintf("%s (%s)", measureWords[m], groupName(&d.Figures[fs[0]]))
		switch {
		case disjoint:
			out = append(out, doc.Finding{Kind: doc.FindingFigureConflict, Items: items, Explanation: fmt.Sprintf(
				"Sources disagree on %s: %s; some of these ranges do not overlap, so not all of them can be right (the article reports them, it does not contradict itself).",
				what, strings.Join(parts, ", "))})
		case lo > 0 && hi/lo >= 2:
			out = append(out, doc.Finding{Kind: doc.FindingSpread, Items: items, Explanation: fmt.Sprintf(
				"Not a contradiction: for %s, %s; the ranges can all hold but differ by a factor of about %s.",
				what, strings.Join(parts, ", "), factor(interval{lo, lo}, interval{hi, hi}))})
		}
	}
	return out
}

// shortMeasure names a measure without its gloss ("casualties").
func shortMeasure(m string) string { return strings.SplitN(measureWords[m], " (", 2)[0] }

func groupName(f *doc.Figure) string {
	if f.Group != "" {
		return f.Group
	}
	if f.Counted != nil && human[f.Measure] {
		return strings.ToLower(lastWordOf(f.Counted.Text))
	}
	if f.Counted != nil {
		return f.Counted.Text
	}
	return "the same group"
}

// point is the figure's representative value: the bound itself for open
// bounds, the middle of a range.
func point(i interval) float64 {
	if math.IsInf(i.hi, 1) {
		return i.lo
	}
	return (i.lo + i.hi) / 2
}

func ratio(a, b interval) float64 {
	pa, pb := point(a), point(b)
	if pa <= 0 || pb <= 0 {
		return 0
	}
	return math.Max(pa, pb) / math.Min(pa, pb)
}

func factor(a, b interval) string {
	r := ratio(a, b)
	if r >= 10 {
		return fmt.Sprintf("%.0f", r)
	}
	return fmt.Sprintf("%.1f", r)
}

func figureByID(d *doc.Document, id string) *doc.Figure {
	for i := range d.Figures {
		if d.Figures[i].ID == id {
			return &d.Figures[i]
		}
	}
	return nil
}
