package web

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

// Node is a piece of the highlighted article: plain text, or a mark
// around further nodes. html/template renders the tree, so every piece of
// article text is escaped like any other value.
type Node struct {
	Text string
	Mark *Mark
	Kids []Node
}

// Mark is one highlight.
type Mark struct {
	// ID is the anchor of the span's first piece; a span split where it
	// crosses another keeps its ID, focus and footnote number on the first
	// piece only.
	ID string
	// Class selects the colour ("hl hl-person").
	Class string
	// Label is the kind shown in the details ("Figure").
	Label string
	// Tip is the details text.
	Tip string
	// Sentence marks the invisible sentence wrappers the claims link to.
	Sentence bool
}

// span is an annotation to highlight, in code points.
type span struct {
	start, end int
	prio       int // lower is outer when spans start and end together
	mark       Mark
}

// Nesting order for spans over the same text: sentences outermost, then
// finding items, quote content, sources, cues, verification, times,
// figures, entities innermost.
const (
	pSentence = iota
	pFinding
	pContent
	pSource
	pCue
	pVerification
	pTime
	pFigure
	pEntity
)

var entityClass = map[string]string{
	doc.Person: "hl-person", doc.Org: "hl-org", doc.GPE: "hl-place", doc.Loc: "hl-place",
	doc.NORP: "hl-norp", doc.Event: "hl-event", doc.Product: "hl-event",
}

var entityLabel = map[string]string{
	doc.Person: "Person", doc.Org: "Organisation", doc.GPE: "Place", doc.Loc: "Place",
	doc.NORP: "Nationality or group", doc.Event: "Event", doc.Product: "Product",
}

// Highlight builds the article text as a tree of nested marks. Offsets are
// code points (the document model's); spans that cross are split at the
// crossing so the HTML nests, and spans outside the text are dropped.
func Highlight(d *doc.Document) []Node {
	runes := []rune(d.Article.Text)
	var spans []span
	add := func(start, end, prio int, m Mark) {
		if start < 0 || end > len(runes) || start >= end {
			return
		}
		spans = append(spans, span{start, end, prio, m})
	}
	for i, s := range d.Sentences {
		add(s.Start, s.End, pSentence, Mark{ID: "s" + strconv.Itoa(i), Sentence: true})
	}
	for _, e := range d.Entities {
		cls := entityClass[e.Type]
		if cls == "" {
			cls = "hl-event"
		}
		label := entityLabel[e.Type]
		if label == "" {
			label = e.Type
		}
		tip := fmt.Sprintf("%s: %s · %d mention%s", label, e.Canonical, len(e.Mentions), plural(len(e.Mentions)))
		if e.Link != "" && e.Link != e.Canonical {
			tip += " · refers to " + e.Link
		}
		if e.Country != "" {
			tip += " · " + e.Country
		}
		for j, m := range e.Mentions {
			id := e.ID
			if j > 0 {
				id = e.ID + "-" + strconv.Itoa(j+1)
			}
			t := tip
			if m.Pronoun {
				t = "Pronoun for " + e.Canonical + " · " + tip
			}
			add(m.Start, m.End, pEntity, Mark{ID: id, Class: "hl " + cls, Label: label, Tip: t})
		}
		if len(e.Mentions) == 0 {
			add(e.Start, e.End, pEntity, Mark{ID: e.ID, Class: "hl " + cls, Label: label, Tip: tip})
		}
	}
	for _, t := range d.Times {
		tip := fmt.Sprintf("Time (%s): %s", strings.ToLower(t.Type), t.Value)
		if t.Mod != "" {
			tip += " · " + strings.ToLower(t.Mod)
		}
		if t.Range != nil {
			tip += fmt.Sprintf(" · from %s to %s", t.Range[0], t.Range[1])
		}
		if t.Anchor != nil {
			tip += " · relative to “" + t.Anchor.Text + "”"
		}
		add(t.Start, t.End, pTime, Mark{ID: t.ID, Class: "hl hl-time", Label: "Time", Tip: tip})
	}
	speakers := map[string]string{}
	for _, at := range d.Attributions {
		speakers[at.ID] = at.Speaker
	}
	for _, f := range d.Figures {
		add(f.Start, f.End, pFigure, Mark{ID: f.ID, Class: "hl hl-figure", Label: "Figure", Tip: FigureTip(f, speakers)})
	}
	for _, at := range d.Attributions {
		who := at.Speaker
		if who == "" {
			who = "an unnamed source"
		}
		kind := strings.ReplaceAll(at.Kind, "_", " ")
		if at.Source != nil {
			add(at.Source.Start, at.Source.End, pSource, Mark{ID: at.ID + "-src", Class: "hl hl-source", Label: "Source",
				Tip: fmt.Sprintf("Source: %s · %s statement", who, kind)})
		}
		add(at.Cue.Start, at.Cue.End, pCue, Mark{ID: at.ID + "-cue", Class: "hl hl-cue", Label: "Cue",
			Tip: fmt.Sprintf("Cue “%s” · %s statement by %s", at.Cue.Text, kind, who)})
		// A discontinuous content is marked piece by piece, so that the
		// cue or source that interrupts it keeps its own mark.
		for i, c := range at.ContentSpans() {
			id := at.ID
			if i > 0 {
				id = fmt.Sprintf("%s-%d", at.ID, i+1)
			}
			add(c.Start, c.End, pContent, Mark{ID: id, Class: "hl hl-content", Label: "Attributed content",
				Tip: fmt.Sprintf("What %s said (%s)", who, kind)})
		}
	}
	for _, v := range d.Verification {
		tip := "Verification: " + v.Status
		if v.Agent != "" {
			tip += " · checked by " + v.Agent
		}
		if v.Target != nil {
			tip += " · about “" + v.Target.Text + "”"
		}
		add(v.Start, v.End, pVerification, Mark{ID: v.ID, Class: "hl hl-verify", Label: "Verification", Tip: tip})
	}
	for _, f := range d.Findings {
		what := "Finding (" + strings.ReplaceAll(f.Kind, "_", " ") + ")"
		if f.Contradiction {
			what = "Contradiction (" + strings.ReplaceAll(f.Kind, "_", " ") + ")"
		}
		for j, it := range f.Items {
			add(it.Start, it.End, pFinding, Mark{ID: f.ID + "-" + strconv.Itoa(j+1), Class: "hl hl-finding", Label: what, Tip: what + ": " + f.Explanation})
		}
	}
	return tree(runes, 0, len(runes), spans)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// FigureTip describes a figure in one line.
func FigureTip(f doc.Figure, speakers map[string]string) string {
	var b strings.Builder
	b.WriteString("Figure: ")
	e := ledger.Estimate{Bound: f.Bound}
	switch {
	case f.Value != nil:
		e.Low, e.High = *f.Value, *f.Value
	case f.Low != nil && f.High != nil:
		e.Low, e.High = *f.Low, *f.High
	case f.Low != nil:
		e.Low, e.High = *f.Low, *f.Low
	case f.High != nil:
		e.Low, e.High = *f.High, *f.High
	}
	b.WriteString(ledger.Describe(e))
	if f.Unit != "" {
		b.WriteString(" " + f.Unit)
	}
	b.WriteString(" (" + f.Bound)
	if f.Hedge != "" {
		b.WriteString(", “" + f.Hedge + "”")
	}
	b.WriteString(")")
	if f.Measure != "" && f.Measure != doc.Other {
		b.WriteString(" · " + f.Measure)
	}
	if f.Counted != nil {
		b.WriteString(" · counts “" + f.Counted.Text + "”")
	}
	if f.Group != "" {
		b.WriteString(" · group: " + f.Group)
	}
	if f.Attribution != nil {
		if s := speakers[*f.Attribution]; s != "" {
			b.WriteString(" · given by " + s)
		}
	} else {
		b.WriteString(" · in the article's own voice")
	}
	return b.String()
}

// tree nests the spans inside [lo, hi): each span's children are the spans
// that start inside it; a child that runs past its parent's end is split
// there and its remainder continues among the parent's siblings.
func tree(runes []rune, lo, hi int, spans []span) []Node {
	sortSpans(spans)
	var out []Node
	pos := lo
	for len(spans) > 0 {
		s := spans[0]
		spans = spans[1:]
		if s.start < pos {
			s.start = pos
		}
		if s.start >= s.end {
			continue
		}
		if s.start > pos {
			out = append(out, Node{Text: string(runes[pos:s.start])})
		}
		var inner, rest []span
		for _, t := range spans {
			switch {
			case t.start >= s.end:
				rest = append(rest, t)
			case t.end <= s.end:
				inner = append(inner, t)
			default:
				a, b := t, t
				a.end = s.end
				b.start = s.end
				b.mark.ID = "" // the continuation is not a second anchor
				inner = append(inner, a)
				rest = append(rest, b)
			}
		}
		m := s.mark
		out = append(out, Node{Mark: &m, Kids: tree(runes, s.start, s.end, inner)})
		pos = s.end
		spans = rest
		sortSpans(spans)
	}
	if pos < hi {
		out = append(out, Node{Text: string(runes[pos:hi])})
	}
	return out
}

func sortSpans(s []span) {
	sort.SliceStable(s, func(i, j int) bool {
		if s[i].start != s[j].start {
			return s[i].start < s[j].start
		}
		if s[i].end != s[j].end {
			return s[i].end > s[j].end
		}
		return s[i].prio < s[j].prio
	})
}

// PlainText rebuilds the text of a tree, for tests: highlighting must never
// add, drop or reorder a character.
func PlainText(ns []Node) string {
	var b strings.Builder
	var walk func([]Node)
	walk = func(ns []Node) {
		for _, n := range ns {
			if n.Mark == nil {
				b.WriteString(n.Text)
				continue
			}
			walk(n.Kids)
		}
	}
	walk(ns)
	return b.String()
}
