package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// colonQuote attributes a quotation that follows a colon inside a
// paragraph when beforeQuote found no `X said:` right before it. News
// writing introduces quotes with a colon after two kinds of lead-in:
//
//   - a clause whose verb is no plain verb of saying, or is kept from the
//     colon by its object or a particle: `Mr. Ruiz fired back: "…"`,
//     `the coach summed up the season in one line: "…"`. PolNeAR (and
//     PARC before it) keeps everything from the verb to the colon in the
//     cue, and the verb's subject is the source.
//   - a bare name or a document: `… doesn't surprise analyst Ana Roy: "…"`,
//     `More from the audit: "…"`, `Sen. Pat Dale (D-Ore.): "…"`. The colon
//     alone is the cue.
//
// Quotations that open a paragraph after a colon are leadIn's.
func (x *extractor) colonQuote(open int, content doc.Span) (doc.Attribution, bool) {
	d := x.d
	colon := open - 1
	if colon < 1 || d.Tokens[colon].Text != ":" || x.used[colon] || x.inQuote[colon] != 0 || x.startsParagraph(open) {
		return doc.Attribution{}, false
	}
	if d.Sentences[d.Tokens[colon].Sent].Paragraph != d.Sentences[d.Tokens[open].Sent].Paragraph {
		return doc.Attribution{}, false
	}
	if a, verb, ok := x.colonVerbLead(colon, content); ok || verb {
		// A verb whose subject we cannot find ("…, telling the paper:")
		// leaves the noun phrase before the colon a hearer or a place, not
		// the speaker.
		return a, ok
	}
	return x.colonNameLead(colon, content)
}

// colonLeadSpan is how far left of the colon colonVerbLead looks for the
// lead-in's verb: far enough for an object and an adjunct ("gave the
// crowd a preview of the speech:"), not so far that the verb belongs to an
// earlier clause.
const colonLeadSpan = 10

// colonVerbLead finds the lead-in verb nearest the colon and its subject;
// verb reports whether there was a verb at all. A dash ends the search: in
// a digest line "Turnout held up - Ana Roy: "…"" the words before the dash
// are the editor's heading, and the name after it is the speaker.
func (x *extractor) colonVerbLead(colon int, content doc.Span) (a doc.Attribution, verb, ok bool) {
	d := x.d
	first, _ := x.sentBounds(colon)
	for k := colon - 1; k >= first && k >= colon-colonLeadSpan; k-- {
		if x.inQuote[k] != 0 || x.used[k] || isDash(d.Tokens[k].Text) {
			return a, false, false
		}
		t := &d.Tokens[k]
		if syntax.POS(d, k) != "VERB" || t.Lower != t.Text || nonStance[t.Lower] || x.inNounClause(k, first) {
			// A verb in a clause on a noun ("a letter that was mailed to
			// parents:", "a cap bearing the slogan:") is no lead-in.
			continue
		}
		v, chain := x.governingVerb(k, first)
		src, found := x.subject(v)
		if !found || src.limit > v || src.limit-src.first == 1 && isRelativePronoun(d.Tokens[src.first].Lower) {
			return a, true, false
		}
		// An infinitive chain is one verb group and one cue ("went so far
		// as to say:"); a participle's governing verb may carry a report of
		// its own ("said …, adding:"), so the cue starts at the participle.
		c := k
		if chain {
			c = v
		}
		return x.mk(src, d.TokenSpan(x.cueStart(c), colon+1), content, doc.Direct), true, true
	}
	return a, false, false
}

// colonNameLead takes the noun phrase right before the colon for the
// source when it names someone (a proper noun) or a text that speaks for
// its authors ("the report", "the editorial"), and no preposition but
// "from" governs it: a byline ("…," by Ann Cole: "…") names the writer of
// an excerpt, not a speaker.
func (x *extractor) colonNameLead(colon int, content doc.Span) (doc.Attribution, bool) {
	d := x.d
	last := colon - 1
	start := syntax.NounPhraseEndingAt(d, last)
	first, _ := x.sentBounds(colon)
	if start < first || start < 0 {
		return doc.Attribution{}, false
	}
	for k := last - 1; k > start; k-- {
		if isDash(d.Tokens[k].Text) {
			start = k + 1
			break
		}
	}
	head := last
	if d.Tokens[last].Text == ")" {
		for head > start && d.Tokens[head].Text != "(" {
			head--
		}
		head--
	}
	if head < start || !(syntax.POS(d, head) == "PROPN" || speakingTexts[d.Tokens[head].Lower]) {
		return doc.Attribution{}, false
	}
	for k := start; k <= last; k++ {
		if x.used[k] || x.inQuote[k] != 0 {
			return doc.Attribution{}, false
		}
	}
	if start > first && syntax.POS(d, start-1) == "ADP" && d.Tokens[start-1].Lower != "from" {
		// "on Twitter:", "in Italian:", "with the mayor:": a channel, a
		// language or a party to the talk; "More from the audit:" is the
		// audit speaking.
		return doc.Attribution{}, false
	}
	cue := d.TokenSpan(colon, colon+1)
	if x.invertedLead(start - 1) {
		cue = d.TokenSpan(start-1, start)
	}
	return x.mk(x.source(start, colon), cue, content, doc.Direct), true
}

// speakingTexts are documents that news quotes as if they spoke.
var speakingTexts = map[string]bool{"report": true, "statement": true, "editorial": true, "memo": true, "letter": true,
	"study": true, "survey": true, "analysis": true, "release": true, "tweet": true, "post": true, "email": true,
	"e-mail": true, "transcript": true, "announcement": true, "ad": true, "complaint": true, "filing": true, "ruling": true,
	"lawsuit": true, "audit": true, "indictment": true, "affidavit": true, "order": true, "opinion": true, "decision": true}

// governingVerb climbs from verb k to the verb whose subject speaks when k
// has none of its own: an infinitive or a participle hangs from the verb
// of the clause ("went as far as to predict:", "spoke briefly before adding:", "took
// to the radio, warning:"). It stays within the sentence and stops at a
// verb that has a subject. chain reports whether every step was an
// infinitive ("to say"), which forms one verb group with its governor.
func (x *extractor) governingVerb(k, first int) (v int, chain bool) {
	d := x.d
	chain = true
	for n := 0; n < 4; n++ {
		if _, ok := x.subject(k); ok {
			return k, chain
		}
		switch d.Tokens[k].Dep {
		case "xcomp", "advcl", "conj":
		default:
			return k, chain
		}
		if k == 0 || d.Tokens[k-1].Lower != "to" {
			chain = false
		}
		h := d.Tokens[k].Head
		if h >= first && h < k && syntax.POS(d, h) == "ADV" {
			// "went as far as to predict": the infinitive hangs from "far".
			h = d.Tokens[h].Head
		}
		if h < first || h >= k || syntax.POS(d, h) != "VERB" {
			return k, chain
		}
		k = h
	}
	return k, chain
}

// invertedLead reports whether the word at k opens its sentence with a verb
// of saying in the past tense that its speaker follows: "Added the mayor:
// …", "Said Ruiz: …". The verb is then the cue, not the colon.
func (x *extractor) invertedLead(k int) bool {
	d := x.d
	if k < 0 || !x.startsSentence(k) && !(k > 0 && x.startsSentence(k-1) && syntax.IsQuote(d.Tokens[k-1].Text)) {
		return false
	}
	w := d.Tokens[k].Lower
	return cueLemma[w] != "" && strings.HasSuffix(w, "ed") || w == "said" || w == "wrote" || w == "told"
}
