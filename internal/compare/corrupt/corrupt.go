// Package corrupt makes labelled rewrites of real articles for measuring
// compare, in the spirit of FactCC (Kryściński et al., 2020): each
// corruption changes one fact in one place — an entity swapped, a number or
// its unit changed, a hedge removed, a negation flipped, an attribution
// dropped or moved to another source, a date shifted, a sentence from
// another article inserted — and records where, so that a detector can be
// held to finding it at the right place. Controls are unchanged copies and
// light edits that keep every fact (paragraphs reordered, cue verbs swapped
// for synonyms, quote style and spacing changed), on which a detector must
// stay silent.
//
// Targets come from the analyser's spans (figures, times, entities,
// attributions, claims and the dependency parse), so the generator works on
// any news text without annotation. It is deterministic: the same document,
// kind and random source give the same sample.
package corrupt

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/nlp"
)

// Corruption and control kinds.
const (
	EntitySwap      = "entity_swap"
	NumberChange    = "number_change"
	HedgeRemoval    = "hedge_removal"
	NegationFlip    = "negation_flip"
	AttributionDrop = "attribution_drop"
	DateShift       = "date_shift"
	Unsupported     = "unsupported"
	Unchanged       = "unchanged"
	LightEdit       = "light_edit"
)

// Corruptions lists the kinds that change facts, in report order.
var Corruptions = []string{EntitySwap, NumberChange, HedgeRemoval, NegationFlip, AttributionDrop, DateShift, Unsupported}

// Controls lists the kinds that keep every fact.
var Controls = []string{Unchanged, LightEdit}

// LightVariants lists the light edits MakeLight can make.
var LightVariants = []string{"cue_synonym", "reorder", "style"}

// Sample is one derived text with its label.
type Sample struct {
	Kind string
	// Variant says which rewrite of the kind was made ("swap", "unit",
	// "modal", "add_not", "reassign", "reorder"…).
	Variant string
	// Text is the derived article.
	Text string
	// Spans are where the derived text now states something the source
	// does not, in code points of Text; empty for controls.
	Spans []doc.Span
	// Accept lists the compare finding kinds that name this change.
	Accept []string
	// Before and After are the edited stretch in the source and in Text,
	// for listings.
	Before, After string
}

// Control reports whether the sample keeps every fact of its source.
func (s Sample) Control() bool { return s.Kind == Unchanged || s.Kind == LightEdit }

// Make rewrites the analysed source d with one corruption (or control) of
// kind, choosing the target with rng. donor is another article, the
// supplier of inserted sentences for Unsupported. ok is false when d offers
// no target for the kind (an article without dates cannot have one moved).
func Make(d *doc.Document, kind string, rng *rand.Rand, donor *doc.Document) (Sample, bool) {
	g := newGen(d, rng)
	switch kind {
	case Unchanged:
		return Sample{Kind: Unchanged, Variant: "copy", Text: d.Article.Text}, true
	case LightEdit:
		return g.lightEdit()
	case EntitySwap:
		return g.entitySwap()
	case NumberChange:
		return g.numberChange()
	case HedgeRemoval:
		return g.hedgeRemoval()
	case NegationFlip:
		return g.negationFlip()
	case AttributionDrop:
		return g.attributionDrop()
	case DateShift:
		return g.dateShift()
	case Unsupported:
		return g.unsupported(donor)
	}
	return Sample{}, false
}

// MakeLight makes the named light edit (one of LightVariants); ok is false
// when d offers no place for it.
func MakeLight(d *doc.Document, variant string, rng *rand.Rand) (Sample, bool) {
	g := newGen(d, rng)
	switch variant {
	case "cue_synonym":
		return g.cueSynonyms()
	case "reorder":
		return g.reorder()
	case "style":
		return g.style()
	}
	return Sample{}, false
}

// newGen prepares a generator on a copy of d whose tokens carry parts of
// speech and the dependency parse (the analyser's pipeline does not keep
// them): finding the verb to negate or the modal to drop needs them. d is
// left as it was.
func newGen(d *doc.Document, rng *rand.Rand) *gen {
	// The analyser parses only the sentences attribution may read, so the
	// copy is annotated afresh, on its own tokens.
	c := *d
	c.Tokens = slices.Clone(d.Tokens)
	nlp.Annotate(&c)
	return &gen{d: &c, rng: rng, runes: []rune(d.Article.Text)}
}

type gen struct {
	d     *doc.Document
	rng   *rand.Rand
	runes []rune
}

// edit replaces code points [Start, End) of the source with Text.
type edit struct {
	start, end int
	text       string
}

// apply makes the edits (sorted by start, not overlapping) and returns the
// new text and where each edit's text now lies.
func (g *gen) apply(edits ...edit) (string, []doc.Span) {
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })
	var b strings.Builder
	spans := make([]doc.Span, len(edits))
	at, pos := 0, 0
	for i, e := range edits {
		b.WriteString(string(g.runes[at:e.start]))
		pos += e.start - at
		b.WriteString(e.text)
		n := utf8.RuneCountInString(e.text)
		spans[i] = doc.Span{Start: pos, End: pos + n, Text: e.text}
		pos += n
		at = e.end
	}
	b.WriteString(string(g.runes[at:]))
	return b.String(), spans
}

// widen returns the span of the new text from a to b (source code points
// around a single edit e), shifted by the edit's change in length: the
// region of interest that holds the edit.
func widen(text string, e edit, a, b int) doc.Span {
	delta := utf8.RuneCountInString(e.text) - (e.end - e.start)
	r := []rune(text)
	end := min(b+delta, len(r))
	if end <= a {
		end = min(a+1, len(r))
	}
	return doc.Span{Start: a, End: end, Text: string(r[a:end])}
}

func (g *gen) slice(a, b int) string { return string(g.runes[a:b]) }

// pick returns a random index below n.
func (g *gen) pick(n int) int { return g.rng.IntN(n) }

// shuffled returns 0..n-1 in a random order, so that a generator can try
// targets until one fits.
func (g *gen) shuffled(n int) []int {
	p := g.rng.Perm(n)
	return p
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func one(kinds ...string) []string { return kinds }

// accept lists for each corruption the finding kinds that name it.
var (
	acceptEntity      = one(compare.EntitySwapped, compare.EntityInvented)
	acceptFigure      = one(compare.FigureChanged, compare.FigureInvented)
	acceptHedge       = one(compare.FigureChanged, compare.ModalityChanged)
	acceptNegation    = one(compare.NegationFlipped)
	acceptDrop        = one(compare.AttributionDropped)
	acceptReassign    = one(compare.AttributionChanged)
	acceptTime        = one(compare.TimeMoved)
	acceptUnsupported = one(compare.Unsupported, compare.EntityInvented, compare.FigureInvented)
)
