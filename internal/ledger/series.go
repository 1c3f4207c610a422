package ledger

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Series is every estimate of one measure of one group, across articles:
// "North Korean troops killed", from each source that gave a number.
type Series struct {
	Measure string
	// Group is the group counted (an entity's canonical name), or the
	// counted phrase when the figure names no group.
	Group     string
	Estimates []Estimate
}

// Name is the series as people say it: "killed (North Korea)".
func (s Series) Name() string {
	if s.Group == "" {
		return s.Measure
	}
	return s.Measure + " (" + s.Group + ")"
}

// seriesKey is the group a figure counts: its group entity, else its counted
// phrase, lower-cased.
func seriesKey(e Estimate) string {
	if e.Group != "" {
		return strings.ToLower(e.Group)
	}
	return strings.ToLower(strings.TrimSpace(e.Counted))
}

// comparable reports whether an estimate can take part in a series: it has
// a value, counts something nameable, and is not a part of a larger figure
// or a money, percentage or measurement figure (which need units to compare).
func comparable(e Estimate) bool {
	if !e.HasValue || e.PartOf != "" || e.Unit != "" || seriesKey(e) == "" {
		return false
	}
	switch e.Measure {
	case "", doc.Other, doc.Money, doc.Percent:
		return false
	}
	return true
}

// BuildSeries gathers the comparable estimates into series by measure and
// group, ordered by size (most estimates first) then name; estimates inside a
// series are ordered by publication date.
func BuildSeries(es []Estimate) []Series {
	idx := map[string]int{}
	var out []Series
	for _, e := range es {
		if !comparable(e) {
			continue
		}
		k := e.Measure + "\x00" + seriesKey(e)
		i, ok := idx[k]
		if !ok {
			g := e.Group
			if g == "" {
				g = strings.TrimSpace(e.Counted)
			}
			i = len(out)
			idx[k] = i
			out = append(out, Series{Measure: e.Measure, Group: g})
		}
		out[i].Estimates = append(out[i].Estimates, e)
	}
	for i := range out {
		sort.SliceStable(out[i].Estimates, func(a, b int) bool {
			return out[i].Estimates[a].Published < out[i].Estimates[b].Published
		})
	}
	sort.SliceStable(out, func(a, b int) bool {
		if len(out[a].Estimates) != len(out[b].Estimates) {
			return len(out[a].Estimates) > len(out[b].Estimates)
		}
		return out[a].Name() < out[b].Name()
	})
	return out
}

// Interval is the range of values an estimate allows.
type Interval struct{ Low, High float64 }

// approxSlack is how far "around 600" reaches either side: news rounding
// rarely strays more than a tenth.
const approxSlack = 0.1

// Allowed is the interval of values the estimate is consistent with: "more
// than 600" allows [600, ∞), "up to 600" [0, 600], "around 600" [540, 660].
func Allowed(e Estimate) Interval {
	lo, hi := e.Low, e.High
	switch e.Bound {
	case doc.Lower:
		return Interval{lo, math.Inf(1)}
	case doc.Upper:
		return Interval{0, hi}
	case doc.Approx:
		return Interval{lo * (1 - approxSlack), hi * (1 + approxSlack)}
	}
	return Interval{lo, hi}
}

// subsumes reports whether measure outer counts a superset of inner:
// casualties include the killed, wounded, captured and missing.
func subsumes(outer, inner string) bool {
	if outer != doc.Casualties {
		return false
	}
	switch inner {
	case doc.Killed, doc.Wounded, doc.Captured, doc.Missing:
		return true
	}
	return false
}

// cumulative measures only grow over time, so a later larger figure is an
// update.
func cumulative(m string) bool {
	switch m {
	case doc.Killed, doc.Wounded, doc.Casualties, doc.Captured, doc.Missing, doc.Arrested, doc.Displaced, doc.Evacuated, doc.Affected:
		return true
	}
	return false
}

// Conflict is two estimates from different articles that cannot both hold.
type Conflict struct {
	A, B        Estimate
	Explanation string
}

// FindConflicts compares the comparable estimates of each group pairwise,
// across articles (inside-article contradictions are the analyser's
// findings), and returns the pairs that cannot both hold:
//
//   - the same measure, published on the same day, with disjoint intervals;
//   - the same cumulative measure (killed, wounded…) on different days where
//     the later figure is below what the earlier one allows (a later,
//     larger toll is an update, not a conflict); measures that can fall
//     (deployed) are compared only on the same day;
//   - a part larger than its whole: more killed than casualties, whenever
//     the casualty figure is not older than the other.
//
// Different measures that do not contain each other (killed, deployed),
// different groups, figures placed in different countries, figures that name
// no group and articles without a publication date are never compared.
func FindConflicts(es []Estimate) []Conflict {
	groups := map[string][]Estimate{}
	var keys []string
	for _, e := range es {
		// Without a group, "17 people" in two articles may well be two
		// different events: only figures with a group are compared.
		if !comparable(e) || e.Group == "" {
			continue
		}
		k := seriesKey(e)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], e)
	}
	sort.Strings(keys)
	var out []Conflict
	for _, k := range keys {
		g := groups[k]
		sort.SliceStable(g, func(i, j int) bool { return g[i].Published < g[j].Published })
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				if c, ok := conflict(g[i], g[j]); ok {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// conflict decides one pair; a is not published after b.
func conflict(a, b Estimate) (Conflict, bool) {
	if a.Article == b.Article {
		return Conflict{}, false
	}
	ia, ib := Allowed(a), Allowed(b)
	day := func(e Estimate) string {
		if len(e.Published) >= 10 {
			return e.Published[:10]
		}
		return e.Published
	}
	if day(a) == "" || day(b) == "" {
		// Without both dates neither "same day" nor "which came first" is
		// known, and either figure may be an update of the other.
		return Conflict{}, false
	}
	if differentPlaces(a.Places, b.Places) {
		return Conflict{}, false
	}
	sameDay := day(a) == day(b)
	switch {
	case a.Measure == b.Measure:
		if ia.High >= ib.Low && ib.High >= ia.Low {
			return Conflict{}, false
		}
		if !sameDay && (!cumulative(a.Measure) || ib.Low > ia.High) {
			// A later, larger toll is an update; troops deployed or
			// people displaced can go down as well as up between days.
			return Conflict{}, false
		}
		why := "both cannot hold"
		if !sameDay && cumulative(a.Measure) {
			why = "a later toll cannot be lower than an earlier one"
		}
		return Conflict{A: a, B: b, Explanation: fmt.Sprintf("%s gives %s %s, but %s gives %s: %s.",
			who(a), describe(a), a.Measure, who(b), describe(b), why)}, true
	case subsumes(a.Measure, b.Measure) || subsumes(b.Measure, a.Measure):
		whole, part := a, b
		if subsumes(b.Measure, a.Measure) {
			whole, part = b, a
		}
		iw, ip := Allowed(whole), Allowed(part)
		if ip.Low <= iw.High {
			return Conflict{}, false
		}
		// A newer part against an older whole is an update of the part.
		if whole.Published < part.Published && day(whole) != day(part) {
			return Conflict{}, false
		}
		return Conflict{A: a, B: b, Explanation: fmt.Sprintf("%s gives %s %s, more than the %s %s %s gives: %s are part of %s.",
			who(part), describe(part), part.Measure, describe(whole), whole.Measure, who(whole), part.Measure, whole.Measure)}, true
	}
	return Conflict{}, false
}

// differentPlaces reports whether two figures clearly count in different
// places: both name places, no name is shared, and the places' countries are
// all known and disjoint ("killed in Kursk" against "killed in Donetsk" are
// different scopes). Places without a country ("Sudzha" against "the Kursk
// region") may contain each other and are not told apart.
func differentPlaces(a, b []Place) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	ca := map[string]bool{}
	for _, p := range a {
		if p.Country == "" {
			return false
		}
		ca[p.Country] = true
	}
	for _, p := range b {
		if p.Country == "" || ca[p.Country] {
			return false
		}
		for _, q := range a {
			if strings.EqualFold(p.Name, q.Name) {
				return false
			}
		}
	}
	return true
}

// who names an estimate's source and outlet: "Ukraine's military (Kyiv
// Independent, 2025-01-12)".
func who(e Estimate) string {
	src := e.Source
	if src == "" {
		src = e.Outlet
		if src == "" {
			src = "an article"
		}
		if e.Published != "" {
			src += " (" + e.Published + ")"
		}
		return src
	}
	var meta []string
	if e.Outlet != "" {
		meta = append(meta, e.Outlet)
	}
	if e.Published != "" {
		meta = append(meta, e.Published)
	}
	if len(meta) > 0 {
		src += " (" + strings.Join(meta, ", ") + ")"
	}
	return src
}

// describe writes an estimate's value with its bound: "more than 600",
// "between 10 and 20", "around 3,000".
func describe(e Estimate) string {
	switch e.Bound {
	case doc.Lower:
		return "more than " + FormatNumber(e.Low)
	case doc.Upper:
		return "up to " + FormatNumber(e.High)
	case doc.Approx:
		return "around " + FormatNumber(e.Low)
	}
	if e.Low != e.High {
		return "between " + FormatNumber(e.Low) + " and " + FormatNumber(e.High)
	}
	return FormatNumber(e.Low)
}

// Describe is describe for the CLI.
func Describe(e Estimate) string { return describe(e) }

// FormatNumber writes n with thousands separators and no trailing zeros.
func FormatNumber(n float64) string {
	if math.IsInf(n, 0) || math.IsNaN(n) {
		return strconv.FormatFloat(n, 'f', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(n), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if n < 0 {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}
