package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// lightCues are light-verb phrases by which a subject takes a position:
// the verb carries little meaning and the noun after it says what kind of
// stance it is ("made clear that", "took issue with", "raised questions
// about"). PolNeAR marks the whole phrase, preposition included, as the cue
// and the clause or the preposition's object as the content. Each entry is
// the verb's lemma and the words after it; "*" stands for up to two
// determiners, possessives or adjectives ("took a shot at", "took his aim
// at", "drew a sharp contrast with").
var lightCues = [][]string{}

func init() {
	for _, p := range []string{
		"make clear", "make it clear", "make * case", "make * case for", "make * point",
		"make no mention of", "make no * mention of", "make no secret of",
		"take issue with", "take aim at", "take * shot at", "take * shots at", "take * swipe at",
		"take * swipes at", "take credit for", "take * credit for",
		"raise questions about", "raise * questions about", "throw * support behind",
		"draw attention to", "express * support for", "voice * support for",
		"weigh in on", "come out against", "come out in support of", "come out in favor of",
		"come out in favour of",
		"draw * contrast with", "draw * contrasts with", "draw * contrast between", "draw * contrasts between",
		"draw * distinction between",
		"take * stance against", "take * stance on", "take * stand against", "take * stand on",
		"take * position on", "turn * fire on", "hold * fire on",
		"give * account of", "give * preview of", "give * speech on", "give * speeches on", "give * speech about",
		"give * speeches about", "give * support to", "give * blessing to", "give * endorsement to",
		"give * shout out to", "give * shoutout to",
		"hold forth on", "turn * attention to", "turn * attention toward", "turn * attention towards",
		"make fun of", "make light of", "poke fun at",
	} {
		lightCues = append(lightCues, strings.Fields(p))
	}
	lightStanceFrom = len(lightCues)
	for _, p := range lightStances {
		lightCues = append(lightCues, strings.Fields(p))
	}
}

// lightStances are light-verb phrases that name the stance by a noun of
// feeling or judgment: "expressed concern that …", "voiced opposition to
// …", "raised doubts about …", "cast doubt on …". A phrase with its
// preposition comes before the bare one, so that "expressed concern about"
// takes the preposition into the cue; the bare one needs a clause after it
// ("expressed hope that …"), as lightVerbs checks.
var lightStances = []string{
	"express * concern about", "express * concern over", "express * concerns about", "express * concerns over",
	"express * concern", "express * concerns", "express * hope", "express * confidence",
	"express * frustration with", "express * frustration over", "express * frustration at", "express * frustration",
	"express * doubt about", "express * doubts about", "express * doubt", "express * doubts",
	"express * skepticism about", "express * regret", "express * alarm", "express * disappointment",
	"express * opposition to", "voice * concern about", "voice * concerns about", "voice * concern over",
	"voice * concerns over", "voice * concern", "voice * concerns", "voice * opposition to",
	"voice * frustration with", "voice * doubts about", "raise * concerns about", "raise * concern about",
	"raise * doubts about", "raise * concerns", "cast doubt on", "cast * doubt on", "pour cold water on",
	"sound * alarm about", "sound * alarm over", "pin * hopes on", "throw * weight behind",
	"heap praise on", "pay tribute to", "lend * support to", "offer * support for", "offer * support to",
	"show * support for", "hold * opinion of", "hold * opinions of", "hold * view of", "hold * views of",
	"hold * views on", "turn against", "raise * concern", "have nothing but praise for", "have * praise for",
	"have * words for", "have * doubts about", "have * doubt about", "put * faith in", "share * concerns about",
	"share * concern about", "leave no doubt", "raise * fears about", "raise * fears",
}

// lightStanceFrom is the index in lightCues of the first of lightStances.
var lightStanceFrom int

// lightMatch returns the end of the light-verb cue that verb k opens (the
// token after its last word), or -1, and the index in lightCues of the
// phrase found.
func (x *extractor) lightMatch(k, end int) (int, int) {
	d := x.d
	l := strings.ToLower(d.Tokens[k].Lemma)
	if l == "" || syntax.POS(d, k) != "VERB" {
		return -1, -1
	}
	for pi, p := range lightCues {
		if p[0] != l {
			continue
		}
		i := k + 1
		ok := true
		for _, w := range p[1:] {
			if w == "*" {
				// One or two ("took a shot at", "drew a sharp contrast
				// with"), and an adverb grading one ("an increasingly
				// urgent case").
				for n := 0; n < 3 && i < end && isFiller(d, i) && (n < 2 || syntax.POS(d, i-1) == "ADV"); n++ {
					i++
				}
				continue
			}
			if i >= end || d.Tokens[i].Lower != w {
				ok = false
				break
			}
			i++
		}
		if ok {
			return i, pi
		}
	}
	return -1, -1
}

// isFiller reports whether token i can fill a light-verb phrase's optional
// slot: a determiner, possessive or adjective, or an adverb that grades
// the adjective after it ("an increasingly urgent case").
func isFiller(d *doc.Document, i int) bool {
	switch syntax.POS(d, i) {
	case "DET", "ADJ":
		return true
	case "ADV":
		return i+1 < len(d.Tokens) && syntax.POS(d, i+1) == "ADJ"
	}
	return false
}

// lightVerbs adds the attributions whose cue is a light-verb phrase, for
// the verbs of sentence [first, end) not yet used.
func (x *extractor) lightVerbs(first, end int) {
	d := x.d
	for k := first; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		ce, pi := x.lightMatch(k, end)
		if ce < 0 || ce >= end || x.usedRange(k, ce) {
			continue
		}
		src, ok := x.verbSource(k)
		if !ok {
			continue
		}
		if pi >= lightStanceFrom && (!x.feelingHolder(src) || x.complementOfCue(k)) {
			// "The merger raised fresh doubts about the plant": a
			// feeling needs someone who holds it; and in "The merger,
			// they said, raised doubts" the phrase is what they said.
			continue
		}
		c := ce
		for c < end && (d.Tokens[c].Text == "," || d.Tokens[c].Text == ":") {
			c++
		}
		prep := syntax.POS(d, ce-1) == "ADP"
		if t := x.lightTimeEnd(ce, end); !prep && t > ce && t < end && d.Tokens[t].Lower == "that" {
			// "made clear Monday that …": the time joins the cue.
			ce, c = t, t
		}
		if c >= end || !prep && d.Tokens[c].Lower != "that" && !x.clauseFollows(c, end) {
			continue
		}
		x.addPhraseCue(src, k, ce, c, x.contentEnd(c, end))
	}
}

// verbSource returns the source of verb k: the surface subject, or the
// parse's.
func (x *extractor) verbSource(k int) (srcSpan, bool) {
	if src, ok := x.subject(k); ok {
		return src, true
	}
	return x.parsedSource(k)
}

// addPhraseCue adds the attribution of a phrase cue from verb k to ce
// ("made clear", "made three statements about") with the content [c, e)
// less a trailing comma or semicolon, when any content is left.
func (x *extractor) addPhraseCue(src srcSpan, k, ce, c, e int) {
	d := x.d
	for e > c && (d.Tokens[e-1].Text == "," || d.Tokens[e-1].Text == ";") {
		e--
	}
	if e <= c {
		return
	}
	x.mark(src.first, src.limit)
	x.mark(k, ce)
	x.add(x.mk(src, d.TokenSpan(x.cueStart(k), ce), d.TokenSpan(c, e), doc.Indirect))
}

// dropNested removes attributions whose cue lies inside another
// attribution's content when the cue verb is the clausal complement of a
// verb outside the cue, or a verb of stance (not of saying) in an adverbial
// or relative clause: in "Trump said he would support Cruz" and "Clinton
// said voters who want change will back her" the annotators attribute the
// clause to the outer speaker and leave "support" and "want" alone. On
// PolNeAR train such nested complements were annotated 33 times out of
// 529, and the nested stance verbs in those clauses 101 times out of 505.
func (x *extractor) dropNested() {
	d := x.d
	if len(x.out) < 2 {
		return
	}
	drop := make([]bool, len(x.out))
	for i, a := range x.out {
		v := x.cueVerb(a.Cue)
		if v < 0 {
			continue
		}
		dep := d.Tokens[v].Dep
		if !depIs(dep, "ccomp", "xcomp") && !(!strong[d.Tokens[v].Lower] && !reportForms[d.Tokens[v].Lower] && depIs(dep, "advcl", "acl")) {
			continue
		}
		if _, ok := x.closingTag(a); ok {
			// A closing tag reports the whole sentence (nestedtag.go).
			continue
		}
		if x.keptQuestion(a) {
			continue
		}
		drop[i] = x.cueNestedIn(i, drop, nil)
	}
	x.removeDropped(drop)
}

// cueVerb returns the verb (or stance adjective: "said he was confident
// that …") of a cue span whose head lies outside the cue, or -1 when the
// cue has none (a colon, "according to").
func (x *extractor) cueVerb(sp doc.Span) int {
	d := x.d
	if sp.End <= sp.Start {
		return -1
	}
	f, l := d.TokenAt(sp.Start), d.TokenAt(sp.End-1)
	if f < 0 || l < 0 {
		return -1
	}
	for k := l; k >= f; k-- {
		t := &d.Tokens[k]
		if (t.POS == "VERB" || t.POS == "ADJ" && adjCues[t.Lower]) && (t.Head < f || t.Head > l) {
			return k
		}
	}
	return -1
}

// findingForms are verbs by which a poll, a study or a record says
// something: "a poll shows Sanders leading", "the report found that …",
// "…, records show."
var findingForms = map[string]bool{}

// findingHeads head the noun phrases that report findings.
var findingHeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`show shows showed shown find finds found reveal reveals revealed indicate
		indicates indicated suggest suggests suggested`) {
		findingForms[w] = true
	}
	for _, w := range strings.Fields(`poll polls polling survey surveys study studies report reports record records
		document documents data analysis analyses figures numbers results email emails filing filings review
		audit research census statistics ledger ledgers video footage transcript transcripts memo letter
		tally investigation probe records`) {
		findingHeads[w] = true
	}
}

// findings adds the attributions of findings whose verb the tagger may
// misread as a noun ("Recent polling shows that …"), whose verb the parse
// pass leaves alone ("a poll found"), or that trail or interrupt the
// clause they report (", records show.", "…, F.A.A. records show, the
// Cessna has flown …").
func (x *extractor) findings(first, end int) {
	d := x.d
	for k := first + 1; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || !findingForms[d.Tokens[k].Lower] {
			continue
		}
		h := k - 1
		for h > first && (syntax.POS(d, h) == "ADV" || syntax.POS(d, h) == "AUX") {
			h--
		}
		if !findingHeads[d.Tokens[h].Lower] || x.used[h] || x.inQuote[h] != 0 {
			continue
		}
		s := syntax.NounPhraseEndingAt(d, h)
		if s < first || s > h {
			s = h
		}
		cs, ce := x.cueStart(k), x.cueEnd(k)
		if cs <= h {
			cs = h + 1
		}
		src := srcSpan{s, h + 1}
		var content doc.Span
		if ce >= end || d.Tokens[ce].Text == "," {
			// "…, fundraising documents show." and "…, records show, …":
			// the content is the clause before the comma.
			comma := s - 1
			if comma-1 > first && d.Tokens[comma-1].Text == "," && strings.HasSuffix(d.Tokens[comma].Lower, "ing") {
				// "fundraising documents": a modifier the tagger read as
				// a verb.
				s, comma = comma, comma-1
			}
			if comma <= first || d.Tokens[comma].Text != "," {
				continue
			}
			src.first = comma + 1
			content = d.TokenSpan(first, comma)
		} else {
			if d.Tokens[k].POS == "VERB" && cueLemma[d.Tokens[k].Lower] != "find" {
				// The sentence rules and the parse read a tagged verb.
				continue
			}
			if sub, ok := x.subject(k); ok && sub.first <= h && sub.limit > h {
				src = sub
			}
			c, e, ok := x.verbClause(k, end)
			if !ok {
				continue
			}
			content = d.TokenSpan(c, e)
		}
		x.mark(src.first, src.limit)
		x.mark(cs, ce)
		x.add(x.mk(src, d.TokenSpan(cs, ce), content, doc.Indirect))
	}
}

// verbClause returns the content after a cue verb at k, up to end: what
// follows it that does not open with a preposition (other than "that")
// and runs to at least two words.
func (x *extractor) verbClause(k, end int) (c, e int, ok bool) {
	d := x.d
	c = x.contentStart(k, end)
	if c >= end || syntax.POS(d, c) == "ADP" && d.Tokens[c].Lower != "that" {
		return 0, 0, false
	}
	e = x.contentEnd(c, end)
	return c, e, e-c >= 2
}

// feelingHolder reports whether a light stance's source can hold a
// feeling: a name, a person's pronoun, a noun of sourceNouns, a relative
// pronoun ("who voiced concerns"), or a noun for people by its ending
// ("auditor", "advocates", "protesters", "economists", "delegates"). "The merger raised
// fresh doubts" names no one.
func (x *extractor) feelingHolder(src srcSpan) bool {
	d := x.d
	if src.limit <= src.first {
		return false
	}
	h := d.Tokens[src.limit-1]
	thing := !isUpper(h.Text) && (notPeople[h.Lower] || strings.HasSuffix(h.Lower, "ments"))
	if src.limit-src.first == 1 && isRelPron(d.Tokens[src.first].Lower) ||
		sourceNouns[h.Lower] || !thing && x.canHoldView(src.first, src.limit) {
		// A noun of the press or of a state ("the paper", "states")
		// holds views; another common thing does not, even where
		// canHoldView's looser reading takes it ("Recent events
		// raised …"; a capital at the sentence start makes no name of
		// a thing, while "The United States" is one).
		return true
	}
	if thing {
		return false
	}
	for i := src.first; i < src.limit; i++ {
		if d.Tokens[i].POS != "NOUN" {
			continue
		}
		if peopleNoun(d.Tokens[i].Lower) {
			return true
		}
	}
	return false
}

// peopleNoun reports whether w is a noun for people by its ending
// ("lawmaker", "auditors", "economists", "residents", "delegates"). The
// endings are shared by many things, so "-ment(s)" and a list of common
// things are left out: "Rising waters raised concerns" and "the latest
// numbers raised doubts" name no one who could hold a view.
func peopleNoun(w string) bool {
	if notPeople[w] || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ments") {
		return false
	}
	for _, suf := range peopleSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

var peopleSuffixes = []string{"er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ants", "ents", "ates"}

// notPeople are common things with a people noun's ending.
var notPeople = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`water waters number numbers paper papers order orders letter letters matter matters
		center centers centre centres power powers border borders tower towers river rivers computer computers
		container containers offer offers answer answers layer layers filter filters chapter chapters meter meters
		register registers barrier barriers corner corners disorder disorders cover covers marker markers folder
		folders quarter quarters headquarters weather summer winter fever cancer shelter shelters danger dangers
		pressure pressures theater theaters theatre career careers
		error errors door doors floor floors factor factors sector sectors color colors colour colours favor
		favors labor labour honor honors mirror mirrors motor motors rumor rumors rumour rumours terror horror
		humor behavior behaviors behaviour harbor harbors corridor corridors vapor tumor tumors
		events incidents accidents percents talents contents extents patents currents
		plants restaurants grants pants elephants warrants
		states rates dates debates updates estates gates plates climates templates mandates crates`) {
		notPeople[w] = true
	}
}

// complementOfCue reports whether verb k is the clausal complement of a cue
// verb ("they said … raised doubts"), whose content it then is.
func (x *extractor) complementOfCue(k int) bool {
	t := &x.d.Tokens[k]
	return depIs(t.Dep, "ccomp", "parataxis") && t.Head >= 0 && x.isCue(t.Head)
}

// reportForms are the forms of "report" and "reveal", verbs of saying that
// the lexicon counts as weak (they need a clause or a sentence end): in an
// adverbial clause inside another report ("… after the Ledger reported
// that …") they are a report of their own, as "said" is.
var reportForms = map[string]bool{"report": true, "reports": true, "reported": true, "reveal": true, "reveals": true, "revealed": true}
