// Package claim builds the unit the ledger stores: one factual statement,
// with what it is about (subject), what it says of it (predicate), its
// negation and modality, the figures, times and entities inside it, who
// asserts it (an attribution's source or the article's own voice), and how
// far it is verified.
//
// Claims come from attribution contents (asserted by their source) and from
// the article's own sentences, split at clause boundaries ("; ", ", while").
// The package also links verification markers to the claims they bear on,
// since only here are both known.
package claim

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// Extract appends claims to d.Claims and fills Verification.AppliesTo and
// Claim.Verification.
func Extract(d *doc.Document) {
	var out []doc.Claim
	ix := newIndex(d)
	// covered marks the tokens that belong to an attribution (its source,
	// cue or content); the rest is the article's own voice.
	covered := make([]bool, len(d.Tokens))
	for ai := range d.Attributions {
		a := &d.Attributions[ai]
		for _, p := range a.ContentSpans() {
			cover(d, covered, p)
		}
		cover(d, covered, a.Cue)
		if a.Source != nil {
			cover(d, covered, *a.Source)
		}
		pieces := a.ContentSpans()
		if writersHedge(a) || len(pieces) > 1 && a.Kind == doc.Indirect && !hasVerb(d, pieces[0]) && !loneRelative(pieces[0].Text) {
			// The writer's hedge is one claim, cue and all: "The minister
			// | is not expected | to resign" reads as a hedged, negated
			// claim about the minister. So is a subject the cue cuts off
			// its predicate: "The bridge, | engineers said, | will open in
			// May" is one claim, not "The bridge" and "will open in May".
			pieces = []doc.Span{a.Content}
		}
		for _, p := range pieces {
			first := d.TokenAt(p.Start)
			last := d.TokenAt(p.End - 1)
			if first < 0 || last < 0 {
				continue
			}
			if loneRelative(p.Text) {
				// "which" of "the levy, which the mayor said | was unfair":
				// the part of a content that only stands for its gap.
				continue
			}
			c := build(d, ix, first, last+1)
			id := a.ID
			c.Attribution = &id
			c.Asserter = a.Speaker
			out = append(out, c)
		}
	}
	for si := range d.Sentences {
		out = append(out, ownVoice(d, ix, covered, si)...)
	}
	slices.SortStableFunc(out, func(a, b doc.Claim) int { return cmp.Compare(a.Start, b.Start) })
	for i := range out {
		out[i].ID = "c" + strconv.Itoa(len(d.Claims)+i+1)
	}
	d.Claims = append(d.Claims, out...)
	linkVerification(d)
}

// cover marks the tokens inside span sp.
func cover(d *doc.Document, covered []bool, sp doc.Span) {
	if sp.End <= sp.Start {
		return
	}
	k := d.TokenAt(sp.Start)
	if k < 0 {
		return
	}
	for ; k < len(d.Tokens) && d.Tokens[k].End <= sp.End; k++ {
		covered[k] = true
	}
}

// ownVoice returns the article's own claims in sentence si: stretches of
// tokens outside every attribution, split into clauses.
func ownVoice(d *doc.Document, ix *index, covered []bool, si int) []doc.Claim {
	s := d.Sentences[si]
	var out []doc.Claim
	k := s.First
	for k < s.Limit {
		if covered[k] {
			k++
			continue
		}
		j := k
		for j < s.Limit && !covered[j] {
			j++
		}
		for _, cl := range clauses(d, k, j) {
			if !substantive(d, cl[0], cl[1]) || (k > s.First && j < s.Limit && danglingAdjunct(d, cl[0], cl[1])) {
				continue
			}
			c := build(d, ix, cl[0], cl[1])
			c.Asserter = "article"
			out = append(out, c)
		}
		k = j
	}
	return out
}

// clauses splits tokens [first, limit) at "; " and at ", while/whereas/but"
// when a new subject and verb follow.
func clauses(d *doc.Document, first, limit int) [][2]int {
	var out [][2]int
	start := first
	for k := first; k < limit; k++ {
		w := d.Tokens[k].Lower
		split := w == ";"
		if !split && (w == "while" || w == "whereas" || w == "but") && k > first && d.Tokens[k-1].Text == "," && hasFiniteVerb(d, k+1, limit) {
			split = true
		}
		if split {
			out = append(out, [2]int{start, k})
			start = k + 1
		}
	}
	out = append(out, [2]int{start, limit})
	return out
}

func hasFiniteVerb(d *doc.Document, first, limit int) bool {
	for k := first; k < limit && k < first+12; k++ {
		p := syntax.POS(d, k)
		if p == "VERB" || p == "AUX" {
			return true
		}
	}
	return false
}

// substantive: a claim needs a verb and a few words; a question, a
// dangling phrase or punctuation is not one.
func substantive(d *doc.Document, first, limit int) bool {
	words := 0
	verb := false
	for k := first; k < limit; k++ {
		p := syntax.POS(d, k)
		if p != "PUNCT" {
			words++
		}
		if p == "VERB" || p == "AUX" {
			verb = true
		}
		if d.Tokens[k].Text == "?" {
			return false
		}
	}
	return words >= 3 && verb
}

// danglingAdjunct reports whether tokens [first, limit), left over between
// two attributed stretches of one sentence, are a piece of the attributed
// statement rather than a statement of the article's: no verb with a tense
// (a past participle counts as one — the tagger calls some past tenses
// VBN — unless it modifies a noun), and a preposition or subordinator at
// the start or a conjunction at the end ("the chief voiced her regret | for
// failing to warn the residents and | thanked the crews"). A stretch after the last attribution is the
// writer's own and is kept ("…, the mayor said, before touring the
// streets"). Without Penn tags (the fast path) nothing is dropped.
func danglingAdjunct(d *doc.Document, first, limit int) bool {
	for first < limit && trimmable(d.Tokens[first].Text) {
		first++
	}
	for limit > first && trimmable(d.Tokens[limit-1].Text) {
		limit--
	}
	if first >= limit {
		return false
	}
	for k := first; k < limit; k++ {
		switch d.Tokens[k].Tag {
		case "":
			return false
		case "VBD", "VBZ", "VBP", "MD":
			return false
		case "VBN":
			// A participle that modifies a noun ("the fallen workers")
			// carries no tense of its own; any other may be a clause's verb.
			if d.Tokens[k].Dep != "amod" {
				return false
			}
		}
	}
	edge := func(k int) string { return syntax.POS(d, k) }
	switch edge(first) {
	case "ADP", "SCONJ":
		return true
	}
	return edge(limit-1) == "CCONJ"
}

// build makes a claim of tokens [first, limit) with its subject, predicate,
// negation, modality and contained annotations.
func build(d *doc.Document, ix *index, first, limit int) doc.Claim {
	// Trim punctuation and quote marks at both ends.
	for first < limit && trimmable(d.Tokens[first].Text) {
		first++
	}
	for limit > first && trimmable(d.Tokens[limit-1].Text) {
		limit--
	}
	sp := d.TokenSpan(first, limit)
	c := doc.Claim{Start: sp.Start, End: sp.End, Text: sp.Text, Figures: []string{}, Times: []string{}, Entities: []string{}}
	if first < len(d.Tokens) {
		c.Sentence = d.Tokens[first].Sent
	}
	subjFirst, subjLimit := Subject(d, first, limit)
	if subjLimit > subjFirst {
		s := d.TokenSpan(subjFirst, subjLimit)
		c.Subject = &s
	}
	c.Predicate, c.Negated, c.Modality = Predicate(d, subjLimit, limit)
	c.Figures = ix.figures.within(c.Start, c.End, c.Figures)
	c.Times = ix.times.within(c.Start, c.End, c.Times)
	c.Entities = ix.entities.within(c.Start, c.End, c.Entities)
	return c
}

func trimmable(s string) bool {
	switch s {
	case ".", ",", ";", ":", "!", "\"", "“", "”", "'", "‘", "’", "—", "–", "-":
		return true
	}
	return false
}

// Subject returns the subject noun phrase of the clause in tokens [first,
// limit): it skips a complementiser ("that"), leading adverbials ("However,",
// "During the meeting,"), and takes in coordination ("Kim and Putin").
func Subject(d *doc.Document, first, limit int) (int, int) {
	k := first
	if k < limit && (d.Tokens[k].Lower == "that" || d.Tokens[k].Lower == "whether") {
		k++
	}
	// A leading adverbial ends at the first comma within a few tokens.
	if k < limit {
		p := syntax.POS(d, k)
		if p == "ADP" || p == "ADV" || p == "SCONJ" || p == "CCONJ" {
			for j := k; j < limit && j < k+12; j++ {
				if d.Tokens[j].Text == "," {
					k = j + 1
					break
				}
			}
			if k < limit && syntax.POS(d, k) == "CCONJ" {
				k++
			}
		}
	}
	if k >= limit {
		return k, k
	}
	end := syntax.NounPhraseStartingAt(d, k, true)
	if end <= k {
		// "It is known that …", "There were …": no nominal subject.
		return k, k
	}
	// Coordination: "Kim and Putin", "North Korea and Russia".
	for end+1 < limit && (d.Tokens[end].Lower == "and" || d.Tokens[end].Lower == "or") {
		e2 := syntax.NounPhraseStartingAt(d, end+1, true)
		if e2 <= end+1 {
			break
		}
		end = e2
	}
	if end > limit {
		end = limit
	}
	return k, end
}

// Predicate returns the verb group and its object's words starting at token
// i ("suffered heavy casualties", "is not expected to attend"), whether it
// is negated, and its modal.
func Predicate(d *doc.Document, i, limit int) (string, bool, string) {
	var words []string
	neg := false
	modal := ""
	sawVerb := false
	k := i
	for ; k < limit && len(words) < 10; k++ {
		t := &d.Tokens[k]
		p := syntax.POS(d, k)
		w := t.Lower
		if syntax.Negators[w] || w == "denied" || w == "denies" {
			neg = true
		}
		if modal == "" && syntax.Modals[w] && w != "set" || w == "set" && k+1 < limit && d.Tokens[k+1].Lower == "to" {
			modal = w
			if w == "expected" || w == "set" || w == "plans" || w == "planned" {
				modal = w + " to"
			}
		}
		if p == "PUNCT" {
			if sawVerb {
				break
			}
			continue
		}
		if p == "VERB" || p == "AUX" {
			sawVerb = true
		} else if sawVerb && (p == "ADP" || p == "SCONJ" || p == "CCONJ") && len(words) > 1 {
			break
		}
		if !sawVerb && p != "ADV" && p != "PART" {
			continue
		}
		words = append(words, t.Text)
	}
	return strings.Join(words, " "), neg, modal
}

// statusRank orders verification statuses from weakest to strongest.
var statusRank = map[string]int{doc.Confirmed: 1, doc.Unclear: 2, doc.Unverified: 3, doc.Disputed: 4, doc.Denied: 5}

// linkVerification decides which claims each marker applies to: the claims
// that mention what the marker is about ("the footage") in the sentences
// around it, the previous sentence's claims for "This could not be
// verified", and the claim that holds an "allegedly".
func linkVerification(d *doc.Document) {
	for vi := range d.Verification {
		m := &d.Verification[vi]
		m.AppliesTo = m.AppliesTo[:0]
		var targets []int
		switch {
		case m.Target == nil || isAnaphoric(m.Target.Text):
			if m.Status == doc.Unverified && m.Target == nil && m.Agent == "" {
				// "allegedly", "reportedly": the claim that holds it.
				targets = containing(d, m.Start, m.End)
			} else {
				targets = inSentence(d, m.Sentence-1)
			}
		default:
			targets = mentioning(d, m)
			if len(targets) == 0 {
				targets = containing(d, m.Start, m.End)
			}
		}
		for _, ci := range targets {
			c := &d.Claims[ci]
			if c.Attribution != nil && ownContent(d, *c.Attribution, m) {
				// "The authority denied that it was warned": the denial's
				// own content is what the authority says, not what it denies.
				continue
			}
			m.AppliesTo = append(m.AppliesTo, c.ID)
			m.AppliesTo = append(m.AppliesTo, c.Figures...)
			if statusRank[m.Status] > statusRank[c.Verification] {
				c.Verification = m.Status
			}
		}
	}
}

// ownContent reports whether attribution id's cue is marker m itself.
func ownContent(d *doc.Document, id string, m *doc.Verification) bool {
	for _, a := range d.Attributions {
		if a.ID == id {
			return a.Cue.Start < m.End && m.Start < a.Cue.End
		}
	}
	return false
}

func isAnaphoric(s string) bool {
	switch strings.ToLower(s) {
	case "this", "that", "these", "those", "it", "the report", "the reports", "the claim", "the claims",
		"the allegation", "the allegations", "the figure", "the figures", "the account", "the video", "the footage",
		"the images", "the information":
		return true
	}
	return false
}

func containing(d *doc.Document, start, end int) []int {
	var out []int
	for i, c := range d.Claims {
		if c.Start <= start && end <= c.End {
			out = append(out, i)
		}
	}
	return out
}

func inSentence(d *doc.Document, si int) []int {
	var out []int
	for i, c := range d.Claims {
		if c.Sentence == si {
			out = append(out, i)
		}
	}
	return out
}

// generic nouns say too little to tie a marker to a claim.
var generic = map[string]bool{
	"scale": true, "number": true, "exact": true, "extent": true, "region": true, "area": true, "time": true,
	"way": true, "part": true, "details": true, "detail": true, "size": true, "nature": true, "cause": true,
	"country": true, "people": true, "things": true, "thing": true, "fact": true, "case": true,
}

// mentioning returns the claims near marker m (three sentences before, two
// after) that share a content noun with its target, other than the claim
// that holds the marker itself.
func mentioning(d *doc.Document, m *doc.Verification) []int {
	var stems []string
	first := d.TokenAt(m.Target.Start)
	last := d.TokenAt(m.Target.End - 1)
	if first < 0 || last < 0 {
		return nil
	}
	for k := first; k <= last; k++ {
		if syntax.POS(d, k) != "NOUN" || generic[d.Tokens[k].Lower] {
			continue
		}
		stems = append(stems, stem(d.Tokens[k].Lower))
	}
	if len(stems) == 0 {
		return nil
	}
	var out []int
	for i, c := range d.Claims {
		if c.Sentence < m.Sentence-3 || c.Sentence > m.Sentence+2 {
			continue
		}
		if c.Start <= m.Start && m.End <= c.End {
			continue
		}
		cf := d.TokenAt(c.Start)
		cl := d.TokenAt(c.End - 1)
		if cf < 0 || cl < 0 {
			continue
		}
	match:
		for k := cf; k <= cl; k++ {
			w := d.Tokens[k].Lower
			for _, s := range stems {
				if strings.HasPrefix(w, s) {
					out = append(out, i)
					break match
				}
			}
		}
	}
	return out
}

// stem cuts a noun to a prefix that its verb and plural share
// ("deployment" → "deploy", "casualties" → "casualt").
func stem(w string) string {
	for _, suf := range []string{"ments", "ment", "ies", "ions", "ion", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// index finds the annotations inside a span by binary search, so building
// claims stays linear in the size of the article.
type index struct{ figures, times, entities spans }

type spanRef struct {
	start, end int
	id         string
}

// spans is sorted by start.
type spans []spanRef

func newIndex(d *doc.Document) *index {
	mentions := 0
	for i := range d.Entities {
		mentions += len(d.Entities[i].Mentions)
	}
	// Sized up front, and read in place: figures and entities are large
	// structs, and growing the lists cost an allocation per doubling.
	ix := &index{
		figures:  make(spans, 0, len(d.Figures)),
		times:    make(spans, 0, len(d.Times)),
		entities: make(spans, 0, mentions),
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		ix.figures = append(ix.figures, spanRef{f.Start, f.End, f.ID})
	}
	for i := range d.Times {
		t := &d.Times[i]
		ix.times = append(ix.times, spanRef{t.Start, t.End, t.ID})
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			ix.entities = append(ix.entities, spanRef{m.Start, m.End, e.ID})
		}
	}
	for _, s := range []spans{ix.figures, ix.times, ix.entities} {
		sort.Slice(s, func(i, j int) bool { return s[i].start < s[j].start })
	}
	return ix
}

// within appends the IDs of the spans inside [start, end), each once.
// A claim holds a handful of IDs, so a linear scan of out finds duplicates
// without a map's allocations; a map takes over only for long lists (one
// huge sentence), where the scan would turn quadratic.
func (s spans) within(start, end int, out []string) []string {
	const scanMax = 32
	i := sort.Search(len(s), func(i int) bool { return s[i].start >= start })
	var seen map[string]bool
	for ; i < len(s) && s[i].start < end; i++ {
		if s[i].end > end {
			continue
		}
		id := s[i].id
		if seen == nil && len(out) >= scanMax {
			seen = make(map[string]bool, 2*len(out))
			for _, o := range out {
				seen[o] = true
			}
		}
		if seen != nil {
			if seen[id] {
				continue
			}
			seen[id] = true
		} else if slices.Contains(out, id) {
			continue
		}
		out = append(out, id)
	}
	return out
}

// hasVerb reports whether span sp holds a verb or auxiliary (by the
// tagger's tags, or the guesser's without them).
func hasVerb(d *doc.Document, sp doc.Span) bool {
	k := d.TokenAt(sp.Start)
	if k < 0 {
		return false
	}
	for ; k < len(d.Tokens) && d.Tokens[k].End <= sp.End; k++ {
		if p := syntax.POS(d, k); p == "VERB" || p == "AUX" {
			return true
		}
	}
	return false
}

// writersHedge reports whether a is the writer's hedge around a claim:
// no source, and a cue that stands between the pieces of its content ("The
// senator | is expected | to vote").
func writersHedge(a *doc.Attribution) bool {
	if a.Source != nil || a.Cue.End <= a.Cue.Start || len(a.Parts) < 2 {
		return false
	}
	return a.Parts[0].End <= a.Cue.Start && a.Parts[len(a.Parts)-1].Start >= a.Cue.End
}

// loneRelative reports whether a content is only a relative pronoun, which
// attrib gives as the first part of a content whose gap it fills; it
// carries no claim of its own.
func loneRelative(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "which", "what", "who", "whom", "that":
		return true
	}
	return false
}
