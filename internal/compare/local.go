package compare

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// The checks in this file look at the words of two aligned statements
// directly rather than at the claim step's fields. The claim step reads
// negation and modality off the main predicate of the span it chose; the
// same sentence can get different claim spans in two texts (a quotation
// mark straightened, a cue verb the lexicon lacks), and a modal or a "not"
// in a subordinate clause never reaches the claim's fields. Anchoring a
// negator or a modal to the content word it governs ("did not unveil" →
// unveil) lets a rewrite be judged by what it does to that word, whatever
// the spans.

// verbalNegator are the words that negate the verb after them.
var verbalNegator = map[string]bool{"not": true, "n't": true, "n’t": true, "never": true}

// anyNegator counts every negation, for comparing whole sentences.
var anyNegator = map[string]bool{"not": true, "n't": true, "n’t": true, "never": true, "no": true,
	"neither": true, "nor": true, "without": true, "nothing": true, "none": true, "nobody": true}

// possibleModal are the modals that make a statement a possibility.
var possibleModal = map[string]bool{"could": true, "may": true, "might": true}

// hedgeWord are the words that keep a statement short of fact in a
// derived text: a possibility may be rephrased as "is likely to", "is
// expected to", "would", "plans to".
var hedgeWord = map[string]bool{
	"could": true, "may": true, "might": true, "would": true, "will": true, "should": true, "can": true,
	"must": true, "shall": true, "'ll": true, "’ll": true, "expected": true, "expects": true, "likely": true,
	"possibly": true, "probably": true, "perhaps": true, "potentially": true, "set": true, "plans": true,
	"plan": true, "planned": true, "aims": true, "hopes": true, "intends": true, "to": true, "risk": true,
	"threatens": true, "maybe": true, "unlikely": true, "possible": true, "if": true,
}

// notNegation follows a negator that does not negate what comes next
// ("not only", "not just").
var notNegation = map[string]bool{"only": true, "just": true, "merely": true, "least": true, "simply": true}

// pastBase maps irregular past forms to base forms, so that "could rise"
// and "rose" meet.
var pastBase = map[string]string{
	"rose": "rise", "fell": "fall", "grew": "grow", "became": "become", "began": "begin", "took": "take",
	"made": "make", "gave": "give", "went": "go", "came": "come", "saw": "see", "sought": "seek", "lay": "lie",
	"won": "win", "lost": "lose", "led": "lead", "left": "leave", "met": "meet", "ran": "run", "paid": "pay",
	"sold": "sell", "bought": "buy", "brought": "bring", "held": "hold", "kept": "keep", "found": "find",
	"thought": "think", "spent": "spend", "sent": "send", "built": "build", "struck": "strike",
	"fought": "fight", "drove": "drive", "broke": "break", "chose": "choose", "spoke": "speak",
	"wrote": "write", "knew": "know", "got": "get", "stood": "stand", "understood": "understand",
	"withdrew": "withdraw", "drew": "draw", "threw": "throw", "flew": "fly", "fled": "flee", "shot": "shoot",
	"caught": "catch", "taught": "teach", "fed": "feed", "dealt": "deal", "sank": "sink", "hid": "hide",
	"meant": "mean", "felt": "feel", "heard": "hear",
	"lying": "lie", "dying": "die", "tying": "tie",
}

// verbKey normalises a word for matching across tenses: "leaked" and
// "leak", "involved" and "involve", "tried" and "try", "rose" and "rise".
func verbKey(w string) string {
	if b, ok := pastBase[w]; ok {
		w = b
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case n == 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		// A short verb ending in e takes only a d ("use" → "used", "lie"
		// → "lied"), too short for stem to strip: cut it to what the
		// base form is cut to.
		return w[:2]
	case n == 5 && strings.HasSuffix(w, "ing"):
		return w[:2] // "using" as "use"
	}
	return strings.TrimSuffix(stem(w), "e")
}

// anchored returns the keys of the content words a trigger word governs
// (the first content word within three tokens after it) and the keys of
// every content word in span.
func anchored(d *doc.Document, span doc.Span, trigger map[string]bool, skip map[string]bool) (marked, all map[string]bool) {
	marked, all = map[string]bool{}, map[string]bool{}
	first := max(d.TokenAt(span.Start), 0)
	limit := first
	for limit < len(d.Tokens) && d.Tokens[limit].Start < span.End {
		limit++
	}
	for i := first; i < limit; i++ {
		t := &d.Tokens[i]
		if t.Start < span.Start {
			continue
		}
		if contentWord(t.Lower) {
			all[verbKey(t.Lower)] = true
		}
		if !trigger[t.Lower] || t.Lower == "may" && !modalMay(d, i) {
			continue
		}
		for j := i + 1; j < limit && j <= i+3; j++ {
			w := d.Tokens[j].Lower
			if skip[w] {
				break
			}
			if contentWord(w) {
				marked[verbKey(w)] = true
				break
			}
		}
	}
	return marked, all
}

// modalMay tells the modal from the month: "May 2", "in May", "May," are
// the month.
func modalMay(d *doc.Document, i int) bool {
	t := &d.Tokens[i]
	if t.Text == "May" && i > 0 && d.Tokens[i-1].Sent == t.Sent {
		return false
	}
	if i+1 < len(d.Tokens) {
		n := d.Tokens[i+1].Text
		if n == "" || n[0] >= '0' && n[0] <= '9' || n == "," || n == "." {
			return false
		}
	}
	return true
}

// localNegation reports a "not" added to or removed from a word both
// statements share.
func (c *checker) localNegation(du, su *unit, sspan *doc.Span) bool {
	dn, dall := c.der.negated(du)
	sn, sall := c.src.negated(su)
	// The finding takes in a cue the negator may stand in.
	dspan := du.span
	if du.claim != nil {
		dspan = withCue(c.der, du)
	}
	for w := range dn {
		if !sn[w] && sall[w] {
			c.add(NegationFlipped, dspan, sspan, "the derived text negates what the source affirms")
			return true
		}
	}
	for w := range sn {
		if !dn[w] && dall[w] {
			c.add(NegationFlipped, dspan, sspan, "the derived text affirms what the source negates")
			return true
		}
	}
	// A derived statement merged from two claims of the source sentence
	// may be aligned to the part its "not" does not touch: a word the
	// derived text negates is held to the whole source sentence too, when
	// that sentence has the word and no negator at all (a sentence that
	// negates something else may be cut differently in the two texts).
	// Only this way round: a summary may keep the affirmed half of "A did
	// not sign, but B signed" and leave the negated half out.
	if len(dn) == 0 || su.sent < 0 || su.sent >= len(c.src.d.Sentences) || negations(c.src.d, su) > 0 {
		return false
	}
	st := c.src.d.Sentences[su.sent]
	_, sall = anchored(c.src.d, c.src.d.Span(st.Start, st.End), verbalNegator, notNegation)
	for w := range dn {
		if sall[w] {
			c.add(NegationFlipped, dspan, sspan, "the derived text negates what the source affirms")
			return true
		}
	}
	return false
}

// negated anchors the verbal negators of a unit and of the cue of its
// attribution, when that cue stands in the unit's sentence: the
// attribution step may read a negated verb as a cue ("does not have 30
// days to answer" the auditors), and a "not" there negates the statement
// as much as one inside the claim's span.
func (s *side) negated(u *unit) (marked, all map[string]bool) {
	marked, all = anchored(s.d, u.span, verbalNegator, notNegation)
	if u.claim == nil || u.claim.Attribution == nil {
		return marked, all
	}
	a := s.attrs[*u.claim.Attribution]
	if a == nil || a.Cue.End <= a.Cue.Start || u.span.Contains(a.Cue) || s.d.SentenceAt(a.Cue.Start) != u.sent {
		return marked, all
	}
	cm, call := anchored(s.d, a.Cue, verbalNegator, notNegation)
	maps.Copy(marked, cm)
	maps.Copy(all, call)
	return marked, all
}

// negations counts the negators in the sentences a unit touches.
func negations(d *doc.Document, u *unit) int { return count(d, u, anyNegator) }

// modals lists the classes of the modal and hedging words in the
// sentences a unit touches ("could" and "might" are one class, "will" and
// "expected" another), in order.
func modals(d *doc.Document, u *unit) string {
	var out []string
	last := max(d.SentenceAt(max(u.span.End-1, u.span.Start)), u.sent)
	for si := max(u.sent, 0); si <= last && si < len(d.Sentences); si++ {
		for _, t := range d.SentenceTokens(si) {
			if modalWord[t.Lower] {
				out = append(out, modalClass(t.Lower))
			}
		}
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// modalWord are the words a claim's modality is read from.
var modalWord = map[string]bool{}

func init() {
	for w := range hedgeWord {
		if w != "to" && w != "if" {
			modalWord[w] = true
		}
	}
	for _, w := range []string{"going", "due", "scheduled", "ought", "need", "needs", "unclear"} {
		modalWord[w] = true
	}
}

func count(d *doc.Document, u *unit, set map[string]bool) int {
	n := 0
	last := max(d.SentenceAt(max(u.span.End-1, u.span.Start)), u.sent)
	for si := max(u.sent, 0); si <= last && si < len(d.Sentences); si++ {
		for _, t := range d.SentenceTokens(si) {
			if set[t.Lower] {
				n++
			}
		}
	}
	return n
}

// localModality reports a possibility ("could leak") stated as fact
// ("leaked") on a word both statements share.
func (c *checker) localModality(du, su *unit, sspan *doc.Span) {
	if c.reported(ModalityChanged, du.span) {
		return
	}
	sm, _ := anchored(c.src.d, su.span, possibleModal, nil)
	if len(sm) == 0 {
		return
	}
	dm, dall := anchored(c.der.d, du.span, hedgeWord, nil)
	for w := range sm {
		if !dm[w] && dall[w] {
			c.add(ModalityChanged, du.span, sspan, fmt.Sprintf("the source says this only may happen (%q); the derived text states it as fact", wordFor(c.src.d, su.span, w)))
			return
		}
	}
}

// wordFor is the first word of span whose verbKey is key, for quoting
// the word rather than its key ("use", not "us").
func wordFor(d *doc.Document, span doc.Span, key string) string {
	for i := max(d.TokenAt(span.Start), 0); i < len(d.Tokens) && d.Tokens[i].Start < span.End; i++ {
		if t := &d.Tokens[i]; t.Start >= span.Start && verbKey(t.Lower) == key {
			return t.Text
		}
	}
	return key
}

// speechVerb are the forms of verbs that report what someone said; with
// the speaker named beside them they keep a statement attributed even when
// the attribution step did not link the two. Forms, not stems: the stem
// of "note" must not match "not".
var speechVerb = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`say tell state add note write tweet insist claim argue warn
		explain announce declare confirm report respond ask acknowledge admit stress emphasise emphasize
		recall allege assert estimate suggest predict promise pledge vow concede contend counter
		complain remark observe comment mention inform reveal indicate quote describe
		accuse`) {
		e := strings.TrimSuffix(w, "e")
		for _, f := range []string{w, w + "s", w + "es", w + "ed", w + "d", w + "ing", e + "ing"} {
			speechVerb[f] = true
		}
	}
	for _, f := range strings.Fields(`said told wrote denied denies deny reply replies replied
		testify testifies testified according vowed pledged admitted`) {
		speechVerb[f] = true
	}
	delete(speechVerb, "stat")
}

// speakerKept reports whether the derived text still gives du to speaker
// although the attribution step did not link them: a speech verb outside
// the statement and the speaker named (by a word of the name, an alias the
// analyser resolved, or a pronoun it resolved) in the statement's sentence
// (or the next one, for a quotation that runs on). The cue may sit inside
// the statement's span: when the attribution step misses a cue, the claim
// step takes the whole sentence, speaker and cue included.
func (c *checker) speakerKept(du *unit, speaker string) bool {
	d := c.der.d
	if len(d.Sentences) == 0 {
		return false
	}
	first := max(du.sent, 0)
	last := max(d.SentenceAt(max(du.span.End-1, du.span.Start)), first)
	// A quotation that runs on past the statement: its speaker is named
	// where it closes, up to a few sentences on.
	quotes := func(s string) int {
		return strings.Count(s, "\"") + strings.Count(s, "“") + strings.Count(s, "”") + strings.Count(s, "``") + strings.Count(s, "''")
	}
	if q := quotes(du.span.Text); q%2 == 1 {
		for k := last + 1; k < len(d.Sentences) && k <= last+5; k++ {
			q += quotes(d.Slice(d.Sentences[k].Start, d.Sentences[k].End))
			if q%2 == 0 {
				last = k
				break
			}
		}
		if q%2 == 1 {
			last++
		}
	}
	last = min(last, len(d.Sentences)-1)
	sp := doc.Span{Start: d.Sentences[first].Start, End: d.Sentences[last].End}
	// Which tokens of the range name the speaker: a word of the name, the
	// pronoun itself for an unresolved "he", the last word of an all-generic
	// speaker ("the agency"), or a mention of an entity the analyser
	// resolved to the speaker (an alias, a pronoun).
	lo, hi := d.Sentences[first].First, d.Sentences[last].Limit
	is := make([]bool, hi-lo)
	low := strings.ToLower(speaker)
	want := contentSet(speaker)
	generic := strings.Fields(low)
	for i := lo; i < hi; i++ {
		w := d.Tokens[i].Lower
		is[i-lo] = pronoun[low] && w == low || want[stem(w)] || len(want) == 0 && len(generic) > 0 && w == generic[len(generic)-1]
	}
	if !pronoun[low] {
		for i := range d.Entities {
			e := &d.Entities[i]
			if !sameSpeaker(e.Canonical, speaker) {
				continue
			}
			for _, m := range e.Mentions {
				if sp.Start <= m.Start && m.End <= sp.End {
					for k := max(d.TokenAt(m.Start), lo); k < hi && d.Tokens[k].Start < m.End; k++ {
						is[k-lo] = true
					}
				}
			}
		}
	}
	// A finite speech verb with the speaker as its subject before it
	// ("X, a spokesman for Y, said") or after it ("said X", "according
	// to X"); "refused to pledge" is no cue.
	for k := lo; k < hi; k++ {
		if !speechVerb[d.Tokens[k].Lower] || k > lo && d.Tokens[k-1].Lower == "to" || speechNoun(d, k, hi) {
			continue
		}
		for j := max(lo, k-10); j <= min(hi-1, k+4); j++ {
			if is[j-lo] && j != k {
				return true
			}
		}
	}
	return false
}

// speechNoun reports whether the speech word at token k is a noun, the
// subject of the verb after it ("her annual audit report provides ample
// transparency", "the report says"): the parts of speech are not
// always tagged, and a noun reports nothing.
func speechNoun(d *doc.Document, k, hi int) bool {
	w := d.Tokens[k].Lower
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "said" || w == "told" || w == "wrote" || k+1 >= hi {
		return false
	}
	// After a name or a pronoun it is that subject's verb: "everything
	// Trump states is a lie".
	if k > 0 && d.Tokens[k-1].Sent == d.Tokens[k].Sent {
		p := d.Tokens[k-1]
		if pronoun[p.Lower] || p.Text != p.Lower && (k < 2 || d.Tokens[k-2].Sent == p.Sent) {
			return false
		}
	}
	return subjectVerb[d.Tokens[k+1].Lower]
}

// subjectVerb are finite verbs common right after a noun subject.
var subjectVerb = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"says": true, "said": true, "shows": true, "showed": true, "provides": true, "provided": true,
	"finds": true, "found": true, "suggests": true, "suggested": true, "concludes": true, "concluded": true,
}

// voice is who asserts a unit without a claim: the speaker of an
// attribution whose content holds it, else the article.
func (s *side) voice(u *unit) string {
	if u.claim != nil {
		return u.claim.Asserter
	}
	for _, a := range s.d.Attributions {
		if a.InContent(u.span.Start, u.span.End) {
			return a.Speaker
		}
	}
	return "article"
}

// looseAttribution checks a derived statement without a claim (the claim
// step finds none in a short plain sentence such as "It's gutless
// leadership.") against its source statement: words the source gives to
// someone that the derived text states in its own voice.
func (c *checker) looseAttribution(du, su *unit, sspan *doc.Span) {
	if du.claim != nil {
		return
	}
	sv, dv := c.src.voice(su), c.der.voice(du)
	if sv == "" || sv == "article" || dv != "" && dv != "article" {
		return
	}
	if c.sentenceAttributes(du.sent, sv) || c.speakerKept(du, sv) || c.quoted(du, sv) || c.reported(AttributionDropped, du.span) {
		return
	}
	c.add(AttributionDropped, du.span, sspan, fmt.Sprintf("the source attributes this to %s; the derived text states it as fact", sv))
}

// orderSwap reports two names that exchanged places around the same words
// ("Harwick Bank refused to lend Veltro" → "Veltro refused to lend
// Harwick Bank"). A passive rewrite ("… was criticised by …") puts
// "by" between them on one side only and is not a swap.
func (c *checker) orderSwap(du, su *unit) {
	if su == nil {
		return
	}
	c.swapIn(du.span, su.span, du.ents, su.ents)
	// The claim step may cut the two names into different statements
	// ("Halvorsen has been critical of Marlow" reads as Halvorsen's
	// attribution of a claim "Marlow"), so the whole sentences are held
	// against each other too, once per pair of sentences.
	if c.firstSentPair(sentSwap, du, su) {
		c.swapIn(c.der.sentenceSpan(du.sent), c.src.sentenceSpan(su.sent), c.der.entList, c.src.entList)
	}
}

// swapIn reports the first pair of names of dents and sents that stand in
// dspan and sspan in opposite orders around the same words.
func (c *checker) swapIn(dspan, sspan doc.Span, dents, sents []*doc.Entity) {
	// Every naming mention counts, not only the first: a name can stand
	// twice in one statement ("Apple center …, Apple CEO …") and the
	// exchanged one need not be the first.
	type pos struct {
		e    *doc.Entity
		d, s []doc.Span
	}
	var both []pos
	for _, e := range dents {
		dm := namedMentions(e, dspan)
		if len(dm) == 0 {
			continue
		}
		for _, se := range sents {
			if entityKey(se) != entityKey(e) {
				continue
			}
			if sm := namedMentions(se, sspan); len(sm) > 0 {
				both = append(both, pos{e, dm, sm})
			}
			break
		}
	}
	for i := range both {
		for j := range both {
			a, b := both[i], both[j]
			if i == j || entityKey(a.e) == entityKey(b.e) || sameSpeaker(a.e.Canonical, b.e.Canonical) {
				continue
			}
			for _, ad := range a.d {
				for _, bd := range b.d {
					if ad.Start >= bd.Start || ad.Overlaps(bd) {
						continue
					}
					for _, as := range a.s {
						for _, bs := range b.s {
							if as.Start < bs.Start || as.Overlaps(bs) {
								continue
							}
							dw, dby := between(c.der.d, ad.End, bd.Start)
							sw, sby := between(c.src.d, bs.End, as.Start)
							if len(dw) == 0 || dby != sby || !sameWords(dw, sw) || c.reported(EntitySwapped, ad) {
								continue
							}
							sp := bs
							c.add(EntitySwapped, ad, &sp, fmt.Sprintf("roles exchanged: the source has %s before %s, the derived text the other way round", b.e.Canonical, a.e.Canonical))
							return
						}
					}
				}
			}
		}
	}
}

// namedMentions are e's naming mentions inside span.
func namedMentions(e *doc.Entity, span doc.Span) []doc.Span {
	var out []doc.Span
	for _, m := range e.Mentions {
		if m.Start >= span.Start && m.End <= span.End && named(m, e) {
			out = append(out, doc.Span{Start: m.Start, End: m.End, Text: m.Text})
		}
	}
	return out
}

// between returns the content-word keys between code points a and b and
// whether "by" stands there.
func between(d *doc.Document, a, b int) (map[string]bool, bool) {
	out := map[string]bool{}
	by := false
	for i := max(d.TokenAt(a), 0); i < len(d.Tokens) && d.Tokens[i].Start < b; i++ {
		t := &d.Tokens[i]
		if t.Start < a {
			continue
		}
		if t.Lower == "by" {
			by = true
		}
		if contentWord(t.Lower) {
			out[verbKey(t.Lower)] = true
		}
	}
	return out, by
}

func sameWords(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}
