package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// colonMessage reads a sentence that names a message and then gives it
// after a colon: "The union sent the board a blunt message: the strike
// goes on", "The senators had two questions: who knew, and when",
// "The agency's verdict: the bridge must close". The words after the colon
// are the content; the source is the noun's possessor or the subject of
// the verb before it, and the cue runs from that verb (or the noun) to the
// colon, as PolNeAR marks it. Quotations after a colon are the quotation
// pass's; a noun that names no message ("three choices:", "the result:")
// introduces no one's words.
func (x *extractor) colonMessage(first, end int) {
	d := x.d
	if x.titleCase(first, end) {
		// A headline's "Angry Voters Have Point: …" is headlineVerbs' and
		// colonLines' to read; its title-case tags are no guide here.
		return
	}
	for k := first + 2; k+3 < end; k++ {
		if d.Tokens[k].Text != ":" || x.used[k] || x.inQuote[k] != 0 || x.inQuote[k+1] != 0 || syntax.IsQuote(d.Tokens[k+1].Text) {
			continue
		}
		n := k - 1
		if !colonMessageNouns[d.Tokens[n].Lower] || syntax.POS(d, n) != "NOUN" || x.used[n] {
			continue
		}
		if !x.hasVerb(k+1, end) {
			continue
		}
		content := d.TokenSpan(k+1, end)
		// The verb comes first, as in verbLedNoun: "the engineer repeated
		// her warning: …" is the engineer's, once. A verb that does not
		// send the message ("voters face a question:", "fans got their
		// answer:") leaves it no one's.
		if v := x.messageVerb(n, first); v >= 0 {
			if x.used[v] || !messageSenders[x.lemmaOf(v)] && !deliverVerbs[x.lemmaOf(v)] {
				continue
			}
			src, ok := x.subject(v)
			if !ok || src.limit > v {
				continue
			}
			x.add(x.mk(src, d.TokenSpan(x.cueStart(v), k+1), content, doc.Indirect))
			return
		}
		if src, ok := x.possessorOf(n, first); ok && !x.actionReply(n, k+1, end) {
			x.add(x.mk(src, d.TokenSpan(n, k+1), content, doc.Indirect))
			return
		}
	}
}

// messageSenders, with deliverVerbs, are verbs whose subject sends the
// message they take ("sent the board a message:", "had one question:",
// "offered a prediction:").
var messageSenders = map[string]bool{"send": true, "ask": true, "give": true, "offer": true, "have": true, "pose": true,
	"raise": true, "put": true, "add": true, "file": true, "lodge": true, "post": true, "write": true}

// messageVerb returns the verb nearest before message noun n, within six
// tokens, or -1: the verb that utters it ("sent the board a message").
func (x *extractor) messageVerb(n, first int) int {
	d := x.d
	for v := n - 1; v >= first && v >= n-6; v-- {
		if p := syntax.POS(d, v); p == "VERB" || p == "AUX" {
			return v
		}
	}
	return -1
}

// actionReply reports whether a reply noun at n ("response", "answer")
// is answered by a deed after the colon at c-1: a pronoun and a verb in the
// past that is no cue ("The city's response: it hired 40 officers").
func (x *extractor) actionReply(n, c, end int) bool {
	d := x.d
	switch d.Tokens[n].Lower {
	case "response", "answer", "reply", "retort":
	default:
		return false
	}
	if c+1 >= end || syntax.POS(d, c) != "PRON" || d.Tokens[c+1].Tag != "VBD" {
		return false
	}
	return cueLemma[d.Tokens[c+1].Lower] == ""
}

// hasVerb reports whether tokens [first, end) make a clause: the words
// after the colon must say something, not list things. With a parse a
// clause has a subject (the tagger reads many plural nouns in a list as
// verbs); without one a verb must do.
func (x *extractor) hasVerb(first, end int) bool {
	d := x.d
	parsed := false
	for k := first; k < end; k++ {
		dep := d.Tokens[k].Dep
		if dep != "" {
			parsed = true
		}
		if strings.HasPrefix(dep, "nsubj") || strings.HasPrefix(dep, "csubj") || dep == "expl" {
			return true
		}
	}
	if parsed {
		return false
	}
	for k := first; k < end; k++ {
		if p := syntax.POS(d, k); p == "VERB" || p == "AUX" {
			return true
		}
	}
	return false
}

// colonMessageNouns name something said: the words after a colon that follows
// them are its content.
var colonMessageNouns = map[string]bool{"message": true, "messages": true, "argument": true, "arguments": true,
	"question": true, "questions": true, "answer": true, "answers": true, "demand": true, "demands": true,
	"warning": true, "warnings": true, "advice": true, "verdict": true, "conclusion": true, "conclusions": true,
	"findings": true, "plea": true, "promise": true, "pitch": true, "retort": true, "reply": true,
	"response": true, "complaint": true, "complaints": true, "prediction": true, "explanation": true,
	"assessment": true, "diagnosis": true, "recommendation": true, "recommendations": true, "point": true}

// possessorOf is possessor past the modifiers that may stand between the
// owner and noun n ("Her argument:", "the agency's two new verdicts:"; see
// claimModifiers), without the "'s" itself, as a message's owner is
// written before a colon.
func (x *extractor) possessorOf(n, first int) (srcSpan, bool) {
	src, ok := x.possessor(x.claimModifiers(n, first), first)
	if ok && src.limit > src.first+1 && isPossessiveMark(x.d.Tokens[src.limit-1].Lower) {
		src.limit--
	}
	return src, ok
}
