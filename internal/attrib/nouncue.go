package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// possNouns are nouns of stance or speech that report what their possessor
// holds or said when the right complement follows: a preposition whose
// object is what the stance is about ("her criticism of the board", "his
// call for a recount") or a to-infinitive that says what was decided or
// promised ("their pledge to strike"). Each noun lists the complements
// it takes; "inf" stands for the to-infinitive. A possessor alone is not
// enough: "his attack" is as often a stroke as a speech, but "his attacks
// on the mayor" is speech, and the complement is what tells (see
// verbalTarget). Nouns that
// annotators mark only now and then ("decision", "plan", "opposition",
// "support for", "comments") are left out, and so is "support of", as
// often money as a view ("the bank's support of local charities"): a rule that fires on all of
// them is wrong more often than right; so is "case against", more often a
// lawsuit than an argument.
var possNouns = map[string]string{}

func init() {
	for _, e := range []string{
		"criticism:of,for,over,on", "criticisms:of", "attack:on,against", "attacks:on,against",
		"call:for,inf", "calls:for,inf", "endorsement:of", "embrace:of", "denunciation:of",
		"condemnation:of", "promise:inf", "promises:inf", "pledge:inf", "vow:inf",
		"questions:about", "insistence:on", "warning:about,against", "warnings:about,against",
		"proposal:inf,for", "proposals:inf,for", "request:for", "requests:for", "appeal:for",
		"appeals:for", "case:for", "claim:of,about", "claims:of,about", "message:of",
		"remarks:about",
	} {
		w, c, _ := strings.Cut(e, ":")
		possNouns[w] += "," + c
	}
}

// possNominal handles a stance noun with a possessor and a complement
// ("the senator's call for a recount", "her vow to resign"): the
// possessor is the source, the noun (with the preposition) the cue, and
// the preposition's object or the infinitive the content. PolNeAR puts the
// preposition in the cue and leaves "to" of an infinitive to the content.
func (x *extractor) possNominal(first, end int) {
	d := x.d
	for k := first + 1; k+2 < end; k++ {
		comps, ok := possNouns[d.Tokens[k].Lower]
		if !ok || syntax.POS(d, k) != "NOUN" || x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		cs := x.claimModifiers(k, first)
		cueEnd, content, ok := x.possComplement(k, end, comps)
		if !ok {
			continue
		}
		if x.insideContent(k) {
			// Inside what someone else said ("she said his call for … was
			// wrong"), the stance is reported, not attributed.
			continue
		}
		var src srcSpan
		if d.Tokens[k].Dep == "obj" {
			// "sharpened her criticism of …": the verb's subject speaks
			// and the verb joins the cue.
			var v int
			if v, src, ok = x.verbLedNoun(k, cs, first); !ok {
				continue
			}
			cs = v
		} else if src, ok = x.possessor(cs, first); !ok || x.verbPrepObject(src.first, first) {
			continue
		}
		x.add(x.mk(src, d.TokenSpan(cs, cueEnd), content, doc.Indirect))
	}
}

// verbLedNoun returns the verb, and its subject, that takes stance noun k
// as its object with a possessive pronoun that refers back to the subject
// ("the governor sharpened her criticism of …", "he repeated his appeal
// for …"), or that puts the stance out with "a" or as a bare plural ("the
// governor launched an attack on …"; see deliverVerbs): PolNeAR makes the
// verb phrase the cue and the subject the source.
func (x *extractor) verbLedNoun(k, cs, first int) (int, srcSpan, bool) {
	d := x.d
	v := d.Tokens[k].Head
	if v < first || v >= cs || syntax.POS(d, v) != "VERB" || x.used[v] || x.inQuote[v] != 0 {
		return 0, srcSpan{}, false
	}
	det, pron := cs-1, false
	switch d.Tokens[det].Lower {
	case "his", "her", "their", "its":
		// "dropped her call for", "lost its case against": only a verb
		// that puts out or presses the stance makes it the subject's.
		if !deliverVerbs[x.lemmaOf(v)] && !pressVerbs[x.lemmaOf(v)] {
			return 0, srcSpan{}, false
		}
		pron = true
	case "a", "an":
		if !deliverVerbs[x.lemmaOf(v)] {
			return 0, srcSpan{}, false
		}
	default:
		// "unleashed withering attacks against …": no determiner.
		if !deliverVerbs[x.lemmaOf(v)] || !strings.HasSuffix(d.Tokens[k].Lower, "s") {
			return 0, srcSpan{}, false
		}
		det = cs
	}
	for i := v + 1; i < det; i++ {
		if p := syntax.POS(d, i); p != "ADP" && p != "ADV" && p != "PART" {
			return 0, srcSpan{}, false
		}
	}
	src, ok := x.subject(v)
	if !ok || src.limit > v || pron && !possAgrees(d, d.Tokens[cs-1].Lower, src) {
		return 0, srcSpan{}, false
	}
	return v, src, true
}

// deliverVerbs put out a stance that has no possessor ("launched an attack
// on", "made a plea for", "issued a call for"): their subject is its
// source.
var deliverVerbs = map[string]bool{"launch": true, "unleash": true, "level": true, "mount": true,
	"issue": true, "deliver": true, "make": true, "renew": true, "repeat": true, "escalate": true,
	"intensify": true, "sharpen": true, "voice": true, "express": true}

// pressVerbs keep up, step up or tone down a stance the subject already
// holds ("stepped up his attacks on", "toned down her criticism of"); with a
// possessive pronoun they lead the cue as deliverVerbs do.
var pressVerbs = map[string]bool{"continue": true, "step": true, "ramp": true, "reiterate": true,
	"double": true, "broaden": true, "soften": true, "temper": true, "reaffirm": true, "ratchet": true,
	"stiffen": true, "harden": true, "tone": true, "keep": true}

// possAgrees reports whether possessive pronoun poss can refer to the
// subject src: "their" to a plural, "his" and "her" to a singular of the
// right gender when the subject is a pronoun. "Lee dismissed her call" and
// "voters answered his call" are someone else's calls.
func possAgrees(d *doc.Document, poss string, src srcSpan) bool {
	head := d.Tokens[src.limit-1]
	if src.limit-src.first == 1 {
		switch head.Lower {
		case "he":
			return poss == "his"
		case "she":
			return poss == "her"
		case "it":
			return poss == "its"
		case "they", "we":
			return poss == "their"
		}
	}
	plural := head.Tag == "NNS" || head.Tag == "NNPS"
	if poss == "their" {
		return plural || head.Tag == "NN"
	}
	return !plural
}

// verbPrepObject reports whether the noun phrase that starts at b is the
// object of a preposition that belongs to a verb ("retreated from her
// call for …", "gave up on his vow to …"): the stance is then
// what the verb is about, and PolNeAR annotates the verb, if anything.
// An adjective's preposition ("firm in her criticism of …") or a
// noun's ("won votes with his calls for …") leaves the stance the
// possessor's.
func (x *extractor) verbPrepObject(b, first int) bool {
	d := x.d
	if b-2 < first || syntax.POS(d, b-1) != "ADP" {
		return false
	}
	switch syntax.POS(d, b-2) {
	case "VERB", "ADV", "ADP", "PART":
		return true
	}
	return false
}

// possessor returns the possessive before the cue that starts at cs: a
// possessive pronoun, or a noun phrase with "'s" (or, after a word ending
// in s, a plural's bare apostrophe), the mark included.
func (x *extractor) possessor(cs, first int) (srcSpan, bool) {
	d := x.d
	if cs-1 < first {
		return srcSpan{}, false
	}
	switch p := d.Tokens[cs-1].Lower; {
	case p == "his" || p == "her" || p == "their" || p == "its" || p == "our" || p == "my":
		return srcSpan{cs - 1, cs}, true
	case isPossessiveMark(p) && cs-2 >= first && (len(p) > 1 || strings.HasSuffix(d.Tokens[cs-2].Lower, "s")):
		a := syntax.NounPhraseEndingAt(d, cs-2)
		if a < first || a < 0 || x.used[a] {
			return srcSpan{}, false
		}
		return srcSpan{a, cs}, true
	}
	return srcSpan{}, false
}

// isPossessiveMark reports whether w is the token of a possessive "'s" or
// of a plural's bare apostrophe ("the unions' demand").
func isPossessiveMark(w string) bool {
	return w == "'s" || w == "’s" || w == "'" || w == "’"
}

// possComplement returns the end of the cue and the content of stance
// noun k when one of comps follows it: an infinitive ("to" and all up to
// the clause's end, "not" included), or the preposition's noun phrase or
// gerund.
func (x *extractor) possComplement(k, end int, comps string) (int, doc.Span, bool) {
	d := x.d
	has := func(w string) bool { return strings.Contains(","+comps+",", ","+w+",") }
	p := k + 1
	if d.Tokens[p].Lower == "not" {
		p++
	}
	if p+1 >= end || x.inQuote[p] != 0 {
		return 0, doc.Span{}, false
	}
	if has("inf") && d.Tokens[p].Lower == "to" && syntax.POS(d, p+1) == "VERB" && d.Tokens[p+1].Tag == "VB" {
		e := x.contentEnd(k+1, end)
		if d.Tokens[p+1].Head == k {
			// The parse knows where the infinitive ends: "his pledge
			// to cut fares won the vote" says nothing of the vote.
			_, e = syntax.Subtree(d, p+1)
		}
		// Neither the subtree nor contentEnd is safe from the sentence's
		// own verb: "the airline's promise to refund tickets helped calm
		// its customers".
		e = x.stopAtMainVerb(p+1, min(e, end))
		return k + 1, d.TokenSpan(k+1, min(e, end)), true
	}
	if p != k+1 || !has(d.Tokens[p].Lower) {
		return 0, doc.Span{}, false
	}
	c := p + 1
	e := syntax.NounPhraseStartingAt(d, c, true)
	if syntax.POS(d, c) == "VERB" && d.Tokens[c].Tag == "VBG" {
		e = x.contentEnd(c, end)
	}
	if e <= c || e > end || isAttackNoun(d, k) && !x.verbalTarget(c, e) || otherCallSense(d, k, c, e) {
		return 0, doc.Span{}, false
	}
	return c, d.TokenSpan(c, e), true
}

// insideContent reports whether token k lies in the content of an
// attribution found before: a stance or claim there is reported, not
// attributed. (cueNestedIn asks it of a relation's cue against the others
// when they are pruned, and extractor.inside of a whole span.)
func (x *extractor) insideContent(k int) bool {
	p := x.d.Tokens[k].Start
	for _, a := range x.out {
		if a.Content.Start <= p && p < a.Content.End {
			return true
		}
	}
	return false
}
