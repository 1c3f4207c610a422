package web

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

// Chart is a figure series laid out as an SVG: estimates over publication
// date, one mark per source, ranges as bars, open bounds as arrows,
// conflicting estimates ringed and joined by a dashed line.
type Chart struct {
	Name                   string
	W, H                   int
	Left, Right, Top, Base float64
	Log                    bool
	YTicks, XTicks         []Tick
	Marks                  []ChartMark
	Links                  []Link
	Sources                []SourceKey
	Rows                   []ChartRow
}

// Tick is an axis label.
type Tick struct {
	Pos   float64
	Label string
}

// ChartMark is one estimate.
type ChartMark struct {
	X, Y, Y2 float64 // Y2 is the other end of a range
	// Shape is point, range, lower (arrow up), upper (arrow down) or
	// approx.
	Shape    string
	Class    string // source colour
	Conflict bool
	Title    string
	Anchor   string // link to the figure in its article
}

// Link joins two conflicting estimates.
type Link struct {
	X1, Y1, X2, Y2 float64
	Title          string
}

// SourceKey is a legend entry.
type SourceKey struct{ Name, Class string }

// ChartRow is the text-table fallback row.
type ChartRow struct {
	Published, Source, Outlet, Value, Bound, Text, Article, Figure string
	Conflict                                                       bool
}

const palette = 8

// BuildChart lays out one series; conflicts are those of the story (only
// the pairs inside this series are drawn).
func BuildChart(s ledger.Series, conflicts []ledger.Conflict) Chart {
	c := Chart{Name: s.Name(), W: 720, H: 300, Left: 64, Right: 700, Top: 20, Base: 250}
	inConflict := map[string]bool{}
	key := func(e ledger.Estimate) string { return e.Article + "/" + e.Figure }
	for _, cf := range conflicts {
		inConflict[key(cf.A)] = true
		inConflict[key(cf.B)] = true
	}
	// Sources: the speaker, else the outlet.
	srcOf := func(e ledger.Estimate) string {
		if e.Source != "" {
			return e.Source
		}
		if e.Outlet != "" {
			return e.Outlet
		}
		return "unknown source"
	}
	srcClass := map[string]string{}
	for _, e := range s.Estimates {
		n := srcOf(e)
		if _, ok := srcClass[n]; !ok {
			cls := fmt.Sprintf("src%d", len(srcClass)%palette)
			srcClass[n] = cls
			c.Sources = append(c.Sources, SourceKey{n, cls})
		}
	}
	// Y scale.
	lo, hi := math.Inf(1), 0.0
	for _, e := range s.Estimates {
		lo = math.Min(lo, e.Low)
		hi = math.Max(hi, e.High)
	}
	if hi <= 0 {
		hi = 1
	}
	c.Log = lo > 0 && hi/lo > 50
	var y func(float64) float64
	if c.Log {
		l0 := math.Floor(math.Log10(lo))
		l1 := math.Ceil(math.Log10(hi * 1.2))
		if l1 <= l0 {
			l1 = l0 + 1
		}
		y = func(v float64) float64 {
			v = math.Max(v, math.Pow(10, l0))
			return c.Base - (math.Log10(v)-l0)/(l1-l0)*(c.Base-c.Top)
		}
		for p := l0; p <= l1; p++ {
			v := math.Pow(10, p)
			c.YTicks = append(c.YTicks, Tick{y(v), ledger.FormatNumber(v)})
		}
	} else {
		step := niceStep(hi * 1.15 / 5)
		top := math.Ceil(hi*1.15/step) * step
		y = func(v float64) float64 { return c.Base - v/top*(c.Base-c.Top) }
		for v := 0.0; v <= top+step/2; v += step {
			c.YTicks = append(c.YTicks, Tick{y(v), ledger.FormatNumber(v)})
		}
	}
	// X scale: publication days; undated estimates sit at the left.
	var days []time.Time
	for _, e := range s.Estimates {
		if t, ok := day(e.Published); ok {
			days = append(days, t)
		}
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	var first, last time.Time
	if len(days) > 0 {
		first, last = days[0], days[len(days)-1]
	}
	span := last.Sub(first).Hours() / 24
	plotL, plotR := c.Left+30, c.Right-30
	x := func(t time.Time, ok bool) float64 {
		if !ok || span == 0 {
			return (plotL + plotR) / 2
		}
		return plotL + t.Sub(first).Hours()/24/span*(plotR-plotL)
	}
	if len(days) > 0 {
		c.XTicks = append(c.XTicks, Tick{x(first, true), first.Format("2 Jan 2006")})
		if span > 0 {
			c.XTicks = append(c.XTicks, Tick{x(last, true), last.Format("2 Jan 2006")})
		}
		if span >= 4 {
			mid := first.Add(last.Sub(first) / 2).Truncate(24 * time.Hour)
			c.XTicks = append(c.XTicks, Tick{x(mid, true), mid.Format("2 Jan")})
		}
	}
	// Marks, spread sideways when several fall on one day.
	perDay := map[string]int{}
	for _, e := range s.Estimates {
		perDay[dayKey(e.Published)]++
	}
	seen := map[string]int{}
	pos := map[string][2]float64{}
	for _, e := range s.Estimates {
		t, ok := day(e.Published)
		dk := dayKey(e.Published)
		n, i := perDay[dk], seen[dk]
		seen[dk]++
		px := x(t, ok) + (float64(i)-float64(n-1)/2)*16
		m := ChartMark{X: px, Y: y(e.High), Y2: y(e.Low), Class: srcClass[srcOf(e)], Conflict: inConflict[key(e)],
			Anchor: "/article/" + e.Article + "#" + e.Figure}
		switch {
		case e.Bound == doc.Lower:
			m.Shape, m.Y, m.Y2 = "lower", y(e.Low), y(e.Low)
		case e.Bound == doc.Upper:
			m.Shape, m.Y, m.Y2 = "upper", y(e.High), y(e.High)
		case e.Low != e.High:
			m.Shape = "range"
		case e.Bound == doc.Approx:
			m.Shape, m.Y, m.Y2 = "approx", y(e.Low*1.1), y(e.Low*0.9)
		default:
			m.Shape = "point"
		}
		value := ledger.Describe(e)
		when := e.Published
		if when == "" {
			when = "undated"
		}
		m.Title = fmt.Sprintf("%s (%s, %s): %s %s — “%s”", srcOf(e), dash(e.Outlet), when, value, s.Measure, e.Text)
		if m.Conflict {
			m.Title += " · in conflict with another source"
		}
		c.Marks = append(c.Marks, m)
		cy := (m.Y + m.Y2) / 2
		pos[key(e)] = [2]float64{px, cy}
		c.Rows = append(c.Rows, ChartRow{Published: when, Source: srcOf(e), Outlet: e.Outlet, Value: value, Bound: e.Bound,
			Text: e.Text, Article: e.Article, Figure: e.Figure, Conflict: m.Conflict})
	}
	for _, cf := range conflicts {
		a, okA := pos[key(cf.A)]
		b, okB := pos[key(cf.B)]
		if okA && okB {
			c.Links = append(c.Links, Link{a[0], a[1], b[0], b[1], cf.Explanation})
		}
	}
	return c
}

func dash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func day(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

func dayKey(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

// niceStep rounds a raw tick step to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	switch f := raw / p; {
	case f <= 1:
		return p
	case f <= 2:
		return 2 * p
	case f <= 5:
		return 5 * p
	}
	return 10 * p
}
