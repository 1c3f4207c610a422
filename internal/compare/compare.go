// Package compare checks a derived text (a summary, a rewrite, a wire copy
// reworked by another outlet) against the source it came from, and reports
// every place where the derived text changes the facts: figures changed or
// invented, entities swapped or invented, attributions changed or dropped,
// verification caveats dropped, negation or modality flipped, times moved,
// and statements with no support in the source.
//
// Both texts are analysed by the analyzer first; compare works only on the
// resulting documents. Each statement of the derived document (a claim, or a
// sentence the claim step found nothing in) is aligned to the statement of
// the source that best covers its content words, weighted by IDF over the two
// documents, because a rewrite reorders and rephrases but keeps the content
// words; sentence position only breaks ties. Aligned pairs are then compared
// field by field. Faithful light edits (reordering, a cue verb swapped for a
// synonym, a dropped adjective, sentences merged or split) must not alarm, so
// every check compares normalised values rather than surface text.
package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// SchemaVersion names the JSON contract of a Report
// (docs/schema/compare.schema.json).
const SchemaVersion = "crosscheck/compare/v1"

// Finding kinds.
const (
	FigureChanged         = "figure_changed"
	FigureInvented        = "figure_invented"
	EntitySwapped         = "entity_swapped"
	EntityInvented        = "entity_invented"
	AttributionChanged    = "attribution_changed"
	AttributionDropped    = "attribution_dropped"
	VerificationDropped   = "verification_dropped"
	NegationFlipped       = "negation_flipped"
	ModalityChanged       = "modality_changed"
	TimeMoved             = "time_moved"
	Unsupported           = "unsupported"
	VerdictFaithful       = "faithful"
	VerdictChangesFacts   = "changes facts"
	supportCoverage       = 0.5  // share of a statement's weight a source statement must cover
	weakSupportCoverage   = 0.3  // … when the whole source covers it (merged sentences)
	wholeSourceCoverage   = 0.75 // share the whole source must cover then
	relativeFigureEpsilon = 1e-9
)

// Kinds lists every finding kind in report order.
var Kinds = []string{
	FigureChanged, FigureInvented, EntitySwapped, EntityInvented,
	AttributionChanged, AttributionDropped, VerificationDropped,
	NegationFlipped, ModalityChanged, TimeMoved, Unsupported,
}

// Finding is one change the derived text makes. Derived cites the span in
// the derived text; Source the best-matching span in the source, or nil when
// the source has nothing to match.
type Finding struct {
	ID          string    `json:"id"`
	Kind        string    `json:"kind"`
	Derived     doc.Span  `json:"derived"`
	Source      *doc.Span `json:"source"`
	Explanation string    `json:"explanation"`
}

// Alignment records which source statement a derived statement was matched
// to and how much of its content the source covers (0..1).
type Alignment struct {
	Derived  doc.Span  `json:"derived"`
	Source   *doc.Span `json:"source"`
	Coverage float64   `json:"coverage"`
}

// Report is the result of comparing a derived document with its source.
type Report struct {
	Schema     string         `json:"schema"`
	Source     doc.Article    `json:"source"`
	Derived    doc.Article    `json:"derived"`
	Verdict    string         `json:"verdict"`
	Findings   []Finding      `json:"findings"`
	Counts     map[string]int `json:"counts"`
	Alignments []Alignment    `json:"alignments"`
}

// unit is one statement: a claim, or a sentence without claims.
type unit struct {
	span   doc.Span
	sent   int
	claim  *doc.Claim // nil for a sentence unit
	words  []int32    // sorted, distinct term ids
	weight float64
	figs   []*doc.Figure
	times  []*doc.Time
	ents   []*doc.Entity
}

type side struct {
	d     *doc.Document
	units []unit
	figs  map[string]*doc.Figure
	ents  map[string]*doc.Entity
	// entList holds every entity in document order.
	entList []*doc.Entity
	// sentWords are the term ids of each sentence.
	sentWords [][]int32
	attrs     map[string]*doc.Attribution
}

// Compare aligns every statement of derived to the statements of source and
// reports what derived changes. Both documents must come from the analyzer.
func Compare(source, derived *doc.Document) *Report {
	terms := map[string]int32{}
	src := newSide(source, terms, false)
	der := newSide(derived, terms, true)
	// Sentence terms first, so that idf covers every term (one seen only
	// in an attribution's source weighs nothing).
	src.sentWords, der.sentWords = sentenceWords(source, terms), sentenceWords(derived, terms)
	idf := idfWeights(terms, src, der)
	src.weigh(idf)
	der.weigh(idf)
	srcAll := allWords(source, terms)

	r := &Report{
		Schema:     SchemaVersion,
		Source:     source.Article,
		Derived:    derived.Article,
		Findings:   []Finding{},
		Counts:     map[string]int{},
		Alignments: []Alignment{},
	}
	c := &checker{src: src, der: der, r: r}
	for i := range der.units {
		du := &der.units[i]
		if du.weight == 0 && len(du.figs) == 0 {
			// A statement of nothing but a date (a dateline) has no words
			// to align by; its date must still be found in the source.
			c.times(du, nil)
			continue
		}
		best, cov := src.align(du, idf, der)
		var sspan *doc.Span
		if best != nil {
			s := best.span
			sspan = &s
		}
		r.Alignments = append(r.Alignments, Alignment{Derived: du.span, Source: sspan, Coverage: round(cov)})
		whole := coverage(du, srcAll, idf)
		// Weak word coverage still counts as support when the rest of the
		// source covers the statement (merged sentences) or when the best
		// match gives the same figure (a reworded sentence whose changed
		// unit or measure is reported below, not hidden as "unsupported").
		// A fragment of a few words that the claim step cut from a sentence
		// ("On Tuesday's episode of"), all of them in the source, is no
		// new statement: where a claim boundary falls must not decide it.
		fragment := len(du.words) <= 4 && len(du.figs) == 0 && whole >= 0.9
		supported := du.weight == 0 || fragment || cov >= supportCoverage || src.pairCoverage(du, best, idf) >= supportCoverage ||
			cov >= weakSupportCoverage && (whole >= wholeSourceCoverage || best != nil && figureAffinity(du, best) == 1)
		if !supported {
			c.add(Unsupported, du.span, sspan, "no statement in the source supports this; the closest covers "+pct(cov)+" of its content words")
			continue
		}
		c.pair(du, best)
	}
	for _, f := range r.Findings {
		r.Counts[f.Kind]++
	}
	r.Verdict = VerdictFaithful
	if len(r.Findings) > 0 {
		r.Verdict = VerdictChangesFacts
	}
	return r
}

func round(x float64) float64 { return math.Round(x*100) / 100 }

func pct(x float64) string { return fmt.Sprintf("%d%%", int(math.Round(x*100))) }

func newSide(d *doc.Document, terms map[string]int32, derived bool) *side {
	s := &side{d: d, figs: map[string]*doc.Figure{}, ents: map[string]*doc.Entity{}, attrs: map[string]*doc.Attribution{}}
	for i := range d.Figures {
		s.figs[d.Figures[i].ID] = &d.Figures[i]
	}
	for i := range d.Entities {
		s.ents[d.Entities[i].ID] = &d.Entities[i]
		s.entList = append(s.entList, &d.Entities[i])
	}
	for i := range d.Attributions {
		s.attrs[d.Attributions[i].ID] = &d.Attributions[i]
	}
	hasClaim := make([]bool, len(d.Sentences))
	outer := outerAttributions(d)
	for i := range d.Claims {
		cl := &d.Claims[i]
		if a := outer[attrID(cl)]; a != nil {
			cl = withAttribution(cl, a)
		}
		if cl.Sentence >= 0 && cl.Sentence < len(hasClaim) {
			hasClaim[cl.Sentence] = true
		}
		u := unit{span: doc.Span{Start: cl.Start, End: cl.End, Text: cl.Text}, sent: cl.Sentence, claim: cl}
		for _, id := range cl.Entities {
			if e := s.ents[id]; e != nil {
				u.ents = append(u.ents, e)
			}
		}
		s.units = append(s.units, u)
	}
	for i, st := range d.Sentences {
		if !hasClaim[i] {
			s.units = append(s.units, unit{span: d.Span(st.Start, st.End), sent: i})
		}
	}
	// The derived text's remainders leave attribution sources and cues
	// out; the source keeps them (evidence for derived claims that fold
	// their attribution in) but also holds every remainder the derived
	// text would cut from the same sentence, so that a statement copied
	// unchanged always finds itself in the source: a remainder that starts
	// after an attribution's source exists only in the derived cut.
	s.addRemainders(true)
	if !derived {
		s.addRemainders(false)
	}
	sort.SliceStable(s.units, func(i, j int) bool { return s.units[i].span.Start < s.units[j].span.Start })
	for i := range s.units {
		u := &s.units[i]
		u.words = words(d, u.span, terms)
		// Entities mentioned inside the unit by name, besides those the
		// claim step listed (it can miss a name inside a clause it does not
		// read as the claim's subject or object).
		for j := range d.Entities {
			e := &d.Entities[j]
			if slices.Contains(u.ents, e) {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start >= u.span.Start && m.End <= u.span.End && !m.Pronoun {
					u.ents = append(u.ents, e)
					break
				}
			}
		}
	}
	// Figures and times go to the unit whose span holds them, else to a
	// unit of the same sentence (a figure inside an attribution's source).
	for i := range d.Figures {
		f := &d.Figures[i]
		if u := s.unitFor(f.Start, f.End, f.Sentence); u != nil {
			u.figs = append(u.figs, f)
		}
	}
	for i := range d.Times {
		t := &d.Times[i]
		if u := s.unitFor(t.Start, t.End, t.Sentence); u != nil {
			u.times = append(u.times, t)
		}
	}
	return s
}

// outerAttributions maps the ID of every attribution whose cue lies inside
// another attribution's content to the outermost such attribution. A cue
// nested in reported content ("Trump said he wants to build a wall") may or
// may not be an attribution of its own depending on how the clause parses,
// and the attribution step drops most of them; a light rewrite that changes
// the outer cue can change the parse. Read through the outer attribution,
// the nested claim has the same speaker in both texts whichever way the
// parse went: the speaker who reported it.
func outerAttributions(d *doc.Document) map[string]*doc.Attribution {
	out := map[string]*doc.Attribution{}
	for i := range d.Attributions {
		a := &d.Attributions[i]
		if a.Cue.End <= a.Cue.Start {
			continue
		}
		var best *doc.Attribution
		for j := range d.Attributions {
			b := &d.Attributions[j]
			if j == i || b.Cue.End <= b.Cue.Start || !b.InContent(a.Cue.Start, a.Cue.End) {
				continue
			}
			if best == nil || b.Content.End-b.Content.Start > best.Content.End-best.Content.Start {
				best = b
			}
		}
		if best != nil {
			out[a.ID] = best
		}
	}
	return out
}

func attrID(cl *doc.Claim) string {
	if cl.Attribution == nil {
		return ""
	}
	return *cl.Attribution
}

// withAttribution returns a copy of cl attributed as a is, leaving the
// analysed document as it was.
func withAttribution(cl *doc.Claim, a *doc.Attribution) *doc.Claim {
	c := *cl
	id := a.ID
	c.Attribution = &id
	c.Asserter = a.Speaker
	return &c
}

// addRemainders adds, for each sentence with claims, the stretch of it no
// claim covers when it holds at least minRemainder content words: the claim
// step sometimes takes a subordinate clause for the claim and leaves the
// main statement out, and an uncovered statement would go unchecked. In the
// derived text, attribution sources and cues ("union officials told
// reporters") are not statements to check; in the source they stay, as
// evidence for derived claims that fold their attribution in.
func (s *side) addRemainders(derived bool) {
	const minRemainder = 3
	d := s.d
	for si, st := range d.Sentences {
		// Claims and the sources and cues of attributions ("union
		// officials told reporters") are covered already.
		var claims []doc.Span
		for i := range s.units {
			if s.units[i].claim != nil && s.units[i].sent == si {
				claims = append(claims, s.units[i].span)
			}
		}
		if len(claims) == 0 {
			continue
		}
		for _, a := range d.Attributions {
			if derived && a.Sentence == si {
				claims = append(claims, a.Cue)
				if a.Source != nil {
					claims = append(claims, *a.Source)
				}
			}
		}
		first, last, n := -1, -1, 0
		for i := st.First; i < st.Limit && i < len(d.Tokens); i++ {
			t := &d.Tokens[i]
			covered := false
			for _, cl := range claims {
				if t.Start < cl.End && cl.Start < t.End {
					covered = true
					break
				}
			}
			if covered {
				if n >= minRemainder {
					break
				}
				first, n = -1, 0
				continue
			}
			if first < 0 {
				first = i
			}
			last = i
			if contentWord(t.Lower) {
				n++
			}
		}
		if n >= minRemainder && first >= 0 {
			sp := d.TokenSpan(first, last+1)
			if !slices.ContainsFunc(s.units, func(u unit) bool { return u.span.Start == sp.Start && u.span.End == sp.End }) {
				s.units = append(s.units, unit{span: sp, sent: si})
			}
		}
	}
}

func (s *side) unitFor(start, end, sent int) *unit {
	var same *unit
	for i := range s.units {
		u := &s.units[i]
		if start >= u.span.Start && end <= u.span.End {
			return u
		}
		if same == nil && u.sent == sent {
			same = u
		}
	}
	return same
}

// idfWeights gives each term log(1 + N/df) over the statements of both
// documents, so words every statement shares count little.
func idfWeights(terms map[string]int32, sides ...*side) []float64 {
	df := make([]int, len(terms))
	n := 0
	for _, s := range sides {
		for _, u := range s.units {
			n++
			for _, w := range u.words {
				df[w]++
			}
		}
	}
	idf := make([]float64, len(terms))
	for i, c := range df {
		if c > 0 {
			idf[i] = math.Log(1 + float64(n)/float64(c))
		}
	}
	return idf
}

func (s *side) weigh(idf []float64) {
	for i := range s.units {
		u := &s.units[i]
		u.weight = 0
		for _, w := range u.words {
			u.weight += idf[w]
		}
	}
}

// allWords is the set of terms of the whole text, attributions included,
// for judging support of a statement merged from several sentences.
func allWords(d *doc.Document, terms map[string]int32) map[int32]bool {
	m := map[int32]bool{}
	for _, w := range words(d, d.Span(0, d.Runes()), terms) {
		m[w] = true
	}
	return m
}

func coverage(u *unit, set map[int32]bool, idf []float64) float64 {
	if u.weight == 0 {
		return 1
	}
	var w float64
	for _, t := range u.words {
		if set[t] {
			w += idf[t]
		}
	}
	return w / u.weight
}

// pairCoverage is the share of du's weight that best and one other source
// statement cover together, the most any pair reaches: a derived sentence
// merged from two source sentences is supported by the two.
func (s *side) pairCoverage(du, best *unit, idf []float64) float64 {
	if best == nil || du.weight == 0 {
		return 0
	}
	top := 0.0
	for i := range s.units {
		su := &s.units[i]
		if su == best || su.sent < best.sent-3 || su.sent > best.sent+3 {
			continue
		}
		var w float64
		for _, t := range du.words {
			if contains(best.words, t) || contains(su.words, t) {
				w += idf[t]
			}
		}
		top = max(top, w/du.weight)
	}
	return top
}

func contains(sorted []int32, t int32) bool {
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= t })
	return i < len(sorted) && sorted[i] == t
}

// shared is the IDF weight of the terms two sorted term lists share.
func shared(a, b []int32, idf []float64) float64 {
	var w float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			w += idf[a[i]]
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return w
}

// align finds the source statement that best covers du. The score is the
// share of du's weight the candidate covers, plus a little cosine so that of
// two candidates covering as much the tighter one wins, plus less still for
// relative position, so that ties go to the statement in the same place.
func (s *side) align(du *unit, idf []float64, der *side) (*unit, float64) {
	derSents := len(der.d.Sentences)
	ctx, ctxWeight := der.context(du, idf)
	var best *unit
	bestScore, bestCov := -1.0, 0.0
	for i := range s.units {
		su := &s.units[i]
		if su.weight == 0 {
			continue
		}
		w := shared(du.words, su.words, idf)
		cov := 1.0
		if du.weight > 0 {
			cov = w / du.weight
		}
		cos := w / math.Sqrt(du.weight*su.weight+1e-12)
		score := cov + 0.25*cos + 0.2*figureAffinity(du, su) + 0.1*speakerAffinity(du, su)
		if ctxWeight > 0 && su.sent >= 0 && su.sent < len(s.sentWords) {
			score += 0.3 * shared(ctx, s.sentWords[su.sent], idf) / ctxWeight
		}
		if w == 0 && du.weight > 0 {
			continue
		}
		score -= 0.001 * math.Abs(relPos(su.sent, len(s.d.Sentences))-relPos(du.sent, derSents))
		if score > bestScore {
			best, bestScore, bestCov = su, score, cov
		}
	}
	return best, bestCov
}

// context gives, for a claim cut down to a word or two ("the GAO"), the
// terms of its sentence and their weight (0 otherwise): of two source
// statements that cover the claim alike, the one whose sentence holds more
// of the rest of the derived sentence (its speaker and cue, "The Air Force
// does not have 60 days to respond to") is meant. Longer statements carry
// their own evidence (and a summary's sentence draws on several: a bonus
// for every statement upset the summary tests).
func (der *side) context(du *unit, idf []float64) ([]int32, float64) {
	const shortClaim = 2
	if du.claim == nil || len(du.words) > shortClaim || du.sent < 0 || du.sent >= len(der.sentWords) {
		return nil, 0
	}
	dw := der.sentWords[du.sent]
	var total float64
	for _, t := range dw {
		total += idf[t]
	}
	return dw, total
}

// sentenceWords lists the terms of each sentence of d.
func sentenceWords(d *doc.Document, terms map[string]int32) [][]int32 {
	out := make([][]int32, len(d.Sentences))
	for i, st := range d.Sentences {
		out[i] = words(d, d.Span(st.Start, st.End), terms)
	}
	return out
}

// relPos is a sentence's relative position in its text, 0..1.
func relPos(sent, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(sent) / float64(n)
}

// figureAffinity rewards a candidate that shares a figure value or measure
// with du: numbers are left out of the word bags (a changed number must not
// break the alignment) but still say which statement is meant.
func figureAffinity(du, su *unit) float64 {
	a := 0.0
	for _, f := range du.figs {
		for _, g := range su.figs {
			if sameValues(f, g) {
				a = 1
			} else if f.Measure == g.Measure && f.Measure != doc.Other && f.Measure != "" && a < 0.5 {
				a = 0.5
			}
		}
	}
	return a
}

// speakerAffinity is 1 when both statements are attributed to the same
// speaker: of two statements with similar words, the one the same person
// made is meant.
func speakerAffinity(du, su *unit) float64 {
	if du.claim == nil || su.claim == nil {
		return 0
	}
	a, b := du.claim.Asserter, su.claim.Asserter
	if a == "" || b == "" || a == "article" || b == "article" {
		return 0
	}
	if sameSpeaker(a, b) {
		return 1
	}
	return 0
}

// checker compares aligned pairs and collects findings.
type checker struct {
	src, der *side
	r        *Report
	// sentDone holds, per sentence-level check, the (derived, source)
	// sentence pairs it has already judged.
	sentDone map[[3]int]bool
}

// Checks that read whole aligned sentences.
const (
	sentSwap = iota
	sentNumbers
)

// firstSentPair reports whether check has not yet judged the sentences
// of du and su, and marks them judged: several statements of a sentence
// align to the same source sentence.
func (c *checker) firstSentPair(check int, du, su *unit) bool {
	if du.sent < 0 || su.sent < 0 || du.sent >= len(c.der.d.Sentences) || su.sent >= len(c.src.d.Sentences) {
		return false
	}
	key := [3]int{check, du.sent, su.sent}
	if c.sentDone[key] {
		return false
	}
	if c.sentDone == nil {
		c.sentDone = map[[3]int]bool{}
	}
	c.sentDone[key] = true
	return true
}

// sentenceSpan is the span of sentence si of s.
func (s *side) sentenceSpan(si int) doc.Span {
	st := s.d.Sentences[si]
	return s.d.Span(st.Start, st.End)
}

func (c *checker) add(kind string, d doc.Span, s *doc.Span, expl string) {
	c.r.Findings = append(c.r.Findings, Finding{
		ID: fmt.Sprintf("x%d", len(c.r.Findings)+1), Kind: kind, Derived: d, Source: s, Explanation: expl,
	})
}

func (c *checker) pair(du, su *unit) {
	var sspan *doc.Span
	if su != nil {
		s := su.span
		sspan = &s
	}
	c.figures(du, su)
	c.bareNumbers(du, su)
	c.entities(du, su, sspan)
	c.orderSwap(du, su)
	c.times(du, su)
	if su == nil {
		return
	}
	negFound := c.localNegation(du, su, sspan)
	if du.claim == nil || su.claim == nil {
		c.looseAttribution(du, su, sspan)
		c.localModality(du, su, sspan)
		return
	}
	defer c.localModality(du, su, sspan)
	dc, sc := du.claim, su.claim
	// The claim fields may differ only because the claim step cut the
	// same sentence differently (a straightened quotation mark moves a
	// claim's boundary): when the sentences hold as many negators, that
	// is not a flip.
	sameNegators := negations(c.der.d, du) == negations(c.src.d, su)
	if negFound {
	} else if dd, sd := c.cueDenies(c.der, du), c.cueDenies(c.src, su); dd != sd {
		// What flipped is the cue ("denied" → "admitted"): the marks
		// take it in with the content it governs.
		dspan, ss := withCue(c.der, du), withCue(c.src, su)
		if sd {
			c.add(NegationFlipped, dspan, &ss, fmt.Sprintf("in the source %s denies this; in the derived text %s asserts it", sc.Asserter, dc.Asserter))
		} else {
			c.add(NegationFlipped, dspan, &ss, fmt.Sprintf("in the source %s asserts this; in the derived text %s denies it", sc.Asserter, dc.Asserter))
		}
	} else if dc.Negated != sc.Negated && !sameNegators {
		if dc.Negated {
			c.add(NegationFlipped, du.span, sspan, "the derived text negates what the source affirms")
		} else {
			c.add(NegationFlipped, du.span, sspan, "the derived text affirms what the source negates")
		}
	}
	// As with negation, a modality read off differently cut claims of
	// sentences with the same modals is no change.
	if dm, sm := modalClass(dc.Modality), modalClass(sc.Modality); dm != sm && modals(c.der.d, du) != modals(c.src.d, su) {
		switch {
		case dm == "" && sm == "future":
			c.add(ModalityChanged, du.span, sspan, fmt.Sprintf("the source says this %s happen; the derived text states it as fact", sc.Modality))
		case dm == "":
			c.add(ModalityChanged, du.span, sspan, fmt.Sprintf("the source hedges this with %q; the derived text states it as fact", sc.Modality))
		case sm == "":
			c.add(ModalityChanged, du.span, sspan, fmt.Sprintf("the source states this as fact; the derived text hedges it with %q", dc.Modality))
		default:
			c.add(ModalityChanged, du.span, sspan, fmt.Sprintf("the source says %q; the derived text says %q", sc.Modality, dc.Modality))
		}
	}
	c.attribution(du, su, sspan)
	c.verification(du, su, sspan)
}

// modalClass groups modals that say the same thing about certainty, so that
// reported-speech backshift ("will" → "would") and synonyms ("may" →
// "might") do not alarm.
func modalClass(m string) string {
	m = strings.ToLower(strings.TrimSpace(m))
	if m == "" {
		return ""
	}
	first := m
	if i := strings.IndexByte(m, ' '); i > 0 {
		first = m[:i]
	}
	switch first {
	case "will", "would", "shall", "'ll", "going", "expected", "expects", "expect", "set", "plans", "plan", "planned", "due", "scheduled", "is", "are", "was", "were":
		// "is set to attend" and "will attend" say the same about the
		// future; "is to" too.
		return "future"
	case "could", "may", "might", "can", "possibly", "perhaps", "likely", "probably":
		return "possible"
	case "must", "should", "ought", "need", "needs", "have", "has", "had":
		return "necessary"
	}
	return m
}

func (c *checker) figures(du, su *unit) {
	for _, f := range du.figs {
		df := doc.Span{Start: f.Start, End: f.End, Text: f.Text}
		// The same value in the aligned statement, then anywhere in the
		// source (a merged or split sentence).
		var match *doc.Figure
		if su != nil {
			match = findSame(f, su.figs)
			// A same-valued figure of another kind in the aligned
			// statement ("41 Shots" for "shot at 41 times") yields to one
			// that agrees in unit and measure close by: a statement
			// aligned to part of its sentence may leave its twin out.
			if match != nil && (match.Unit != f.Unit || match.Measure != f.Measure) {
				if g := findSame(f, c.nearbyFigures(su)); g != nil && g.Unit == f.Unit && g.Measure == f.Measure {
					match = g
				}
			}
		}
		var near *doc.Figure
		if match == nil {
			// The same value elsewhere in the source counts for a merged
			// or split sentence only when it counts the same thing and the
			// aligned statement has no figure of its own for it; "31
			// wounded" turned into "13 wounded" is not excused by "13
			// killed" two paragraphs on, nor the company's 1,150 jobs
			// turned into 1,400 by the union's "nearly 1,400".
			match = findSameAll(f, c.src.d.Figures)
			far := match != nil && su != nil && (match.Sentence < su.sent-1 || match.Sentence > su.sent+1)
			if match != nil && (far || !(match.Measure == f.Measure && match.Unit == f.Unit)) && su != nil {
				if g := findSame(f, c.nearbyFigures(su)); g != nil {
					match = g
				} else if near = counterpart(f, c.nearbyFigures(su)); near != nil {
					match = nil
				}
			}
		}
		if match != nil {
			c.figureFields(f, match, df, du, su)
			continue
		}
		// A figure of the same measure or counting the same thing in the
		// aligned statement: the value was changed.
		if su != nil && near == nil {
			near = counterpart(f, su.figs)
			if near == nil && len(su.figs) == 1 && len(du.figs) == 1 {
				near = su.figs[0]
			}
		}
		if near != nil {
			sp := doc.Span{Start: near.Start, End: near.End, Text: near.Text}
			c.add(FigureChanged, df, &sp, fmt.Sprintf("the source gives %s where the derived text gives %s", describe(near), describe(f)))
			continue
		}
		var sspan *doc.Span
		if su != nil {
			s := su.span
			sspan = &s
		}
		c.add(FigureInvented, df, sspan, fmt.Sprintf("the source gives no figure of %s%s", describe(f), countedSuffix(f)))
	}
}

// bareNumbers reports a number the figure and time steps read as neither
// (a "911 caller", a model number) that the derived text changed: a
// number of the derived statement written nowhere in the source, standing
// between the same two words as a number of the aligned statement that
// the derived statement no longer has.
func (c *checker) bareNumbers(du, su *unit) {
	// The whole sentences: a number in an attribution's source ("a 911
	// caller told") stands outside every derived statement.
	if su == nil || !c.firstSentPair(sentNumbers, du, su) {
		return
	}
	dspan, sspan := c.der.sentenceSpan(du.sent), c.src.sentenceSpan(su.sent)
	for _, k := range c.der.numberTokens(dspan, true) {
		t := &c.der.d.Tokens[k]
		if c.src.hasNumber(t.Text) {
			continue
		}
		dPrev, dNext := neighbours(c.der.d, doc.Span{Start: t.Start, End: t.End})
		// The source's number may be a figure: the figure step reads
		// some numbers and not others ("311 callers", "1822 callers").
		for _, j := range c.src.numberTokens(sspan, false) {
			st := &c.src.d.Tokens[j]
			sp := doc.Span{Start: st.Start, End: st.End, Text: st.Text}
			sPrev, sNext := neighbours(c.src.d, sp)
			if dPrev != sPrev || dNext != sNext || c.der.hasNumber(st.Text) {
				continue
			}
			c.add(FigureChanged, doc.Span{Start: t.Start, End: t.End, Text: t.Text}, &sp, fmt.Sprintf("the source gives %s where the derived text gives %s", quote(st.Text), quote(t.Text)))
			break
		}
	}
}

// numberTokens are the indices of the tokens in span written in digits;
// when bare, only those that no figure or time of the text covers.
func (s *side) numberTokens(span doc.Span, bare bool) []int {
	var out []int
	d := s.d
	for i := max(d.TokenAt(span.Start), 0); i < len(d.Tokens) && d.Tokens[i].Start < span.End; i++ {
		t := &d.Tokens[i]
		if t.Start < span.Start || !allDigits(t.Text) || bare && s.covered(t.Start, t.End) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// covered reports whether a figure or a time of the text spans start..end.
func (s *side) covered(start, end int) bool {
	for i := range s.d.Figures {
		if f := &s.d.Figures[i]; f.Start < end && start < f.End {
			return true
		}
	}
	for i := range s.d.Times {
		if t := &s.d.Times[i]; t.Start < end && start < t.End {
			return true
		}
	}
	return false
}

// hasNumber reports whether a token of the text is written as text.
func (s *side) hasNumber(text string) bool {
	for i := range s.d.Tokens {
		if s.d.Tokens[i].Text == text {
			return true
		}
	}
	return false
}

func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// nearbyFigures are the figures of the aligned statement and of the source
// sentences around it, where a derived sentence that folds a quote and its
// attribution together finds its counterparts.
func (c *checker) nearbyFigures(su *unit) []*doc.Figure {
	out := append([]*doc.Figure(nil), su.figs...)
	for i := range c.src.d.Figures {
		g := &c.src.d.Figures[i]
		if g.Sentence >= su.sent-2 && g.Sentence <= su.sent+2 && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

func (c *checker) figureFields(f, g *doc.Figure, df doc.Span, du, su *unit) {
	sp := doc.Span{Start: g.Start, End: g.End, Text: g.Text}
	// "could exceed 6,000" → "exceeded 6,000": the bound is the same, the
	// possibility became a fact. Reported here only when the derived
	// statement carries no modal of its own (else the claim check sees it).
	claimLevel := du.claim != nil && su != nil && su.claim != nil && modalClass(su.claim.Modality) != ""
	if modalHedge(g.Hedge) && !modalHedge(f.Hedge) && (du.claim == nil || du.claim.Modality == "") && !claimLevel {
		c.add(ModalityChanged, df, &sp, fmt.Sprintf("the source says %s; the derived text states %s as fact", quote(g.Text), quote(f.Text)))
		return
	}
	if f.Bound != g.Bound {
		c.add(FigureChanged, df, &sp, fmt.Sprintf("the source gives %s (%s) where the derived text gives %s (%s)", quote(g.Text), boundWord(g.Bound), quote(f.Text), boundWord(f.Bound)))
		return
	}
	if f.Unit != g.Unit {
		c.add(FigureChanged, df, &sp, fmt.Sprintf("the unit changed from %s to %s", orNone(g.Unit), orNone(f.Unit)))
		return
	}
	if f.Measure != g.Measure && specific(f.Measure) && specific(g.Measure) {
		c.add(FigureChanged, df, &sp, fmt.Sprintf("the source counts %s %s; the derived text says %s", quote(g.Text), g.Measure, f.Measure))
	}
}

// modalHedge reports whether a figure's hedge holds a modal ("could
// exceed", "may reach").
func modalHedge(h string) bool {
	for _, w := range strings.Fields(strings.ToLower(h)) {
		if modalClass(w) == "possible" {
			return true
		}
	}
	return false
}

func specific(m string) bool { return m != "" && m != doc.Other }

func orNone(s string) string {
	if s == "" {
		return "a plain count"
	}
	return s
}

func boundWord(b string) string {
	switch b {
	case doc.Exact:
		return "exact"
	case doc.Approx:
		return "approximate"
	case doc.Lower:
		return "a lower bound"
	case doc.Upper:
		return "an upper bound"
	case doc.Range:
		return "a range"
	}
	return b
}

func quote(s string) string { return "“" + s + "”" }

func describe(f *doc.Figure) string {
	return quote(f.Text)
}

func countedSuffix(f *doc.Figure) string {
	if f.Counted != nil && f.Counted.Text != "" {
		return " " + f.Counted.Text
	}
	return ""
}

func eqp(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= relativeFigureEpsilon*math.Max(1, math.Abs(*a))
}

func sameValues(f, g *doc.Figure) bool {
	if f.Value != nil && g.Value != nil {
		return eqp(f.Value, g.Value)
	}
	return eqp(f.Low, g.Low) && eqp(f.High, g.High)
}

// findSame returns the figure of figs with f's value, preferring one that
// also has f's unit and measure, then f's unit, then f's measure: "2GB"
// is the "2GB" of the statement, not the "2" beside it.
func findSame(f *doc.Figure, figs []*doc.Figure) *doc.Figure {
	var best *doc.Figure
	bestScore := -1
	for _, g := range figs {
		if !sameValues(f, g) {
			continue
		}
		score := 0
		if g.Unit == f.Unit {
			score += 2
		}
		if g.Measure == f.Measure {
			score++
		}
		if score > bestScore {
			best, bestScore = g, score
		}
	}
	return best
}

func findSameAll(f *doc.Figure, figs []doc.Figure) *doc.Figure {
	var first *doc.Figure
	for i := range figs {
		g := &figs[i]
		if sameValues(f, g) {
			if g.Measure == f.Measure && g.Unit == f.Unit {
				return g
			}
			if first == nil {
				first = g
			}
		}
	}
	return first
}

// counterpart finds the source figure that counts what f counts: the same
// specific measure, or the same head noun of the counted phrase.
func counterpart(f *doc.Figure, figs []*doc.Figure) *doc.Figure {
	// Of the figures with the same measure, the closest in value: "45
	// killed, 17 of them children" against "17 of the 41 killed" means 41.
	var best *doc.Figure
	bestDist := math.Inf(1)
	for _, g := range figs {
		if specific(f.Measure) && f.Measure == g.Measure && g.Unit == f.Unit {
			if d := math.Abs(mid(f) - mid(g)); d < bestDist {
				best, bestDist = g, d
			}
		}
	}
	if best != nil {
		return best
	}
	fh := countedHead(f)
	if fh == "" {
		return nil
	}
	for _, g := range figs {
		if countedHead(g) == fh {
			return g
		}
	}
	return nil
}

// mid is a figure's value, or the middle of its range.
func mid(f *doc.Figure) float64 {
	switch {
	case f.Value != nil:
		return *f.Value
	case f.Low != nil && f.High != nil:
		return (*f.Low + *f.High) / 2
	case f.Low != nil:
		return *f.Low
	case f.High != nil:
		return *f.High
	}
	return 0
}

func countedHead(f *doc.Figure) string {
	if f.Counted == nil {
		return ""
	}
	fs := strings.Fields(strings.ToLower(f.Counted.Text))
	if len(fs) == 0 {
		return ""
	}
	return stem(strings.Trim(fs[len(fs)-1], ".,;:!?\"'“”’"))
}
