package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// cutCue takes the cue out of a content that runs across it, as PolNeAR
// writes a content the cue interrupts: the writer's hedge "The vote | is
// expected | to slip to March" has the content "The vote … to slip to
// March" with the cue left out. crosscheck's spans are contiguous, so the
// part after the cue stays in a and the part before it comes back as a
// second attribution with the same source and cue, as for a quotation its
// cue interrupts (see frontPart).
func (x *extractor) cutCue(a *doc.Attribution) (doc.Attribution, bool) {
	d := x.d
	if a.Kind == doc.Direct || a.Cue.End <= a.Cue.Start || a.Cue.Start <= a.Content.Start || a.Cue.End >= a.Content.End {
		return doc.Attribution{}, false
	}
	c, e := d.TokenAt(a.Content.Start), d.TokenAt(a.Content.End-1)
	cs, ce := d.TokenAt(a.Cue.Start), d.TokenAt(a.Cue.End-1)
	if c < 0 || e < c || cs <= c || ce < cs || ce >= e {
		return doc.Attribution{}, false
	}
	l := cs
	for l > c && edgePunct(d.Tokens[l-1].Text) {
		l--
	}
	r := ce + 1
	for r <= e && edgePunct(d.Tokens[r].Text) {
		r++
	}
	if l <= c || r > e {
		return doc.Attribution{}, false
	}
	b := *a
	b.Content = d.TokenSpan(c, l)
	a.Content = d.TokenSpan(r, e+1)
	return b, true
}

// sourceOpeners are words that open the clause or phrase around a source,
// never the source itself: "after a harbor survey showed …", "as the
// tallies came in", "now even pilots who opposed the dredging admit".
var sourceOpeners = map[string]bool{
	"after": true, "as": true, "with": true, "while": true, "because": true, "since": true, "before": true,
	"when": true, "once": true, "if": true, "although": true, "though": true, "even": true, "until": true,
	"unless": true, "whereas": true,
}

// trimSource drops from a source the words that belong to the sentence
// around it: an opening subordinator or focus adverb ("after a CNN poll
// showed") and a closing time adjunct ("Clinton on Tuesday said"). The
// annotators leave both out; they keep a quantifier the source scan left
// behind (see quantifierStart).
func (x *extractor) trimSource(a *doc.Attribution) {
	d := x.d
	f, l, ok := sourceTokens(d, a)
	if !ok {
		return
	}
	nf, nl := f, l
	for nf+1 < nl && sourceOpeners[d.Tokens[nf].Lower] {
		nf++
	}
	if nl-2 > nf && d.Tokens[nl-2].Lower == "on" && isTimeWord(d.Tokens[nl-1].Lower) && syntax.POS(d, nl-3) != "VERB" {
		// "Clinton on Tuesday", not a relative clause's "the memo the
		// board released on Friday".
		nl -= 2
	}
	if a.Source.End <= a.Cue.Start {
		nl = x.timeTail(nf, nl)
	}
	if nf == f {
		nf = x.quantifierStart(f, nl)
	}
	if nf == f {
		nf = x.participleStart(f, nl)
	}
	if nf == f && nl == l {
		return
	}
	old := a.Source.Text
	x.setSource(a, nf, nl)
	for i := range x.out {
		if b := &x.out[i]; b.Source != nil && b.Speaker == old {
			b.Speaker = b.Source.Text
		}
	}
}

// quantifierStart returns where source [f, l) starts with the quantifier
// before it that belongs to it: "About four in 10 voters", "at least two
// senators", "Both the mayor and the council", "Neither Cruz nor Rubio".
func (x *extractor) quantifierStart(f, l int) int {
	d := x.d
	if f < 1 || x.used[f-1] || d.Tokens[f-1].Sent != d.Tokens[f].Sent {
		return f
	}
	num := syntax.POS(d, f) == "NUM" || x.quantityAt(f)
	switch p := d.Tokens[f-1].Lower; p {
	case "about", "nearly", "almost", "roughly", "approximately", "some":
		if num {
			return f - 1
		}
	case "least", "than":
		if num && f >= 2 {
			switch q := d.Tokens[f-2].Lower; {
			case p == "least" && q == "at", p == "than" && (q == "more" || q == "fewer" || q == "less"):
				return f - 2
			}
		}
	case "both", "neither", "either":
		want := "and"
		if p == "neither" {
			want = "nor"
		} else if p == "either" {
			want = "or"
		}
		for j := f; j < l; j++ {
			if d.Tokens[j].Lower == want {
				return f - 1
			}
		}
	}
	return f
}

// subordinators open a clause that comes before the sentence's main clause:
// "While Lee praised the plan, the council voted it down."
var subordinators = map[string]bool{
	"while": true, "when": true, "though": true, "although": true, "as": true, "if": true, "because": true,
	"after": true, "before": true, "since": true, "once": true, "whereas": true, "even": true, "until": true,
	"unless": true,
}

// subordinateEnd returns where content [c, e) of cue verb k ends when the
// cue sits in a clause that opens the sentence with a subordinator: the
// content stops at the comma after which the main clause's subject comes
// ("While Lee praised the ferry plan, the council voted it down": the
// content of "praised" is "the ferry plan"). A content that follows a comma or colon after its cue
// ("As the Post reported, …") is the main clause itself and runs on.
func (x *extractor) subordinateEnd(k, c, e int) int {
	d := x.d
	if k < 0 || c <= k || c < 1 || d.Tokens[k].Dep == "" || d.Tokens[k].Dep == "root" {
		return e
	}
	switch d.Tokens[c-1].Text {
	case ",", ":", ";":
		return e
	}
	f, _ := x.sentBounds(k)
	for f < k && (syntax.IsQuote(d.Tokens[f].Text) || d.Tokens[f].Lower == "and" || d.Tokens[f].Lower == "but" || d.Tokens[f].Lower == "so") {
		f++
	}
	if !subordinators[d.Tokens[f].Lower] {
		return e
	}
	for j := c + 1; j+1 < e; j++ {
		if d.Tokens[j].Text != "," || x.inQuote[j] != 0 {
			continue
		}
		for q := j + 1; q < e && q < j+9; q++ {
			h := d.Tokens[q].Head
			if strings.HasPrefix(d.Tokens[q].Dep, "nsubj") && h > q && h < len(d.Tokens) && d.Tokens[h].Dep == "root" {
				return j
			}
		}
	}
	return e
}

// dashSpeaker reports whether the phrase at i, after a dash that follows a
// quotation, can be the quotation's speaker (`"…" — Commissioner Lee`): it
// opens with a capital that is not an article. After a scare quote the
// dash more often opens the writer's gloss (`the "blue wall" — a phrase
// …`, `"cap and trade" — the levy …`): none of 22 such dashes on PolNeAR
// train whose phrase opens with an article or a lower-case word was a cue.
func (x *extractor) dashSpeaker(i int) bool {
	t := &x.d.Tokens[i]
	if !isUpper(t.Text) {
		return false
	}
	switch t.Lower {
	case "a", "an", "the":
		return false
	}
	return true
}

// relativePart returns the relative pronoun that stands for a gap in a's
// content as a first part of it: in "the rule, which Lee said was unfair",
// PolNeAR's content is "which | was unfair" (on PolNeAR train 29 of 30
// such contents of "which" include it). The pronoun must come right before
// the source, not after a preposition ("in which he says …" is a
// different construction) and not be the subject or adverbial the parse
// gives it in the clause of the cue. "that" and "who" are left alone: as
// complementizer or subject they are more often outside the content.
func (x *extractor) relativePart(a *doc.Attribution) (doc.Attribution, bool) {
	d := x.d
	if a.Source == nil || a.Kind != doc.Indirect && a.Kind != doc.Mixed || a.Source.End > a.Cue.Start || a.Content.Start < a.Cue.End {
		return doc.Attribution{}, false
	}
	r := d.TokenAt(a.Source.Start) - 1
	if r < 1 || d.Tokens[r].Sent != d.Tokens[r+1].Sent || x.inQuote[r] != 0 {
		return doc.Attribution{}, false
	}
	switch d.Tokens[r].Lower {
	case "which", "what":
	default:
		return doc.Attribution{}, false
	}
	if syntax.POS(d, r-1) == "ADP" {
		return doc.Attribution{}, false
	}
	switch dep := d.Tokens[r].Dep; {
	case dep == "", depIs(dep, "obl", "fixed", "root", "mark", "nsubj"), strings.HasPrefix(dep, "advcl"):
		return doc.Attribution{}, false
	}
	b := *a
	b.Content = d.TokenSpan(r, r+1)
	if d.Tokens[r-1].Text == "," {
		x.closeRelative(a)
	}
	return b, true
}

// closeRelative ends the content of a cue inside a relative clause set off
// by commas at the comma that closes the clause, where the main clause's
// predicate resumes: in "The levy, which the mayor said was unfair, was
// scrapped", the mayor said only that it "was unfair".
func (x *extractor) closeRelative(a *doc.Attribution) {
	d := x.d
	c, e := d.TokenAt(a.Content.Start), d.TokenAt(a.Content.End-1)
	if c < 0 || e < c {
		return
	}
	for k := c + 1; k < e; k++ {
		if d.Tokens[k].Text != "," || x.inQuote[k] != 0 {
			continue
		}
		n := k + 1
		if n < e && syntax.POS(d, n) == "ADV" {
			n++
		}
		if n > e {
			return
		}
		if p := syntax.POS(d, n); p == "VERB" || p == "AUX" {
			a.Content = d.TokenSpan(c, k)
		}
		return
	}
}

// quoteContinues reports whether the quotation opening at token c goes on
// with a sentence begun before its cue: `The board, a clerk said, "has
// spent the grant"` opens in lower case.
func (x *extractor) quoteContinues(c int) bool {
	d := x.d
	if c+1 >= len(d.Tokens) || !syntax.IsQuote(d.Tokens[c].Text) {
		return false
	}
	w := d.Tokens[c+1].Text
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// barePolls reports whether noun phrase [f, e) is polls in general — "the
// polls", "most polls", "national polls" — rather than a poll someone
// took. "leads in the polls" is the horse race, which PolNeAR marks as an
// attribution only now and then: none of the 18 trailing "in" cues of
// this kind crosscheck gave on PolNeAR train matched a gold cue.
func barePolls(d *doc.Document, f, e int) bool {
	return e-f <= 2 && d.Tokens[e-1].Lower == "polls"
}

// sourceTokens returns the tokens [f, l) of a's source, and false when it
// has none or its offsets fall outside the tokens.
func sourceTokens(d *doc.Document, a *doc.Attribution) (f, l int, ok bool) {
	if a.Source == nil {
		return 0, 0, false
	}
	f, l = d.TokenAt(a.Source.Start), d.TokenAt(a.Source.End-1)
	if f < 0 || l < f {
		return 0, 0, false
	}
	return f, l + 1, true
}
