package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// This file refines the source and content spans the rules in attrib.go
// and parsed.go found, once every attribution of the document is known, by
// the conventions PolNeAR and PARC annotate with. Each rule was kept only
// where it raised exact-span F1 on both PolNeAR dev and train.

// refineContents adjusts the spans of the attributions found, once all of
// them are known: a parenthetical cue's content gets its first part (see
// frontPart), a source after its cue runs to the sentence end (see
// sourceToEnd), and an indirect or mixed content keeps the rest of a
// quotation that opens inside it (see closeQuoteEnd) but stops before a
// verb phrase or clause coordinated with the cue's (see coordEnd).
func (x *extractor) refineContents(quotes []quote) {
	d := x.d
	n := len(x.out)
	for i := range x.out {
		x.trimEdges(&x.out[i])
	}
	for i := 0; i < n; i++ {
		if a, ok := x.frontPart(i); ok {
			x.out = append(x.out, a)
		}
		if a, ok := x.accordingRest(i); ok {
			x.out = append(x.out, a)
		}
		if a, ok := x.cutCue(&x.out[i]); ok {
			x.out = append(x.out, a)
		}
		if a, ok := x.relativePart(&x.out[i]); ok {
			x.out = append(x.out, a)
		}
		a := &x.out[i]
		x.sourceToEnd(a)
		x.sourceOccasion(a)
		x.sourceAside(a)
		x.trimSource(a)
		x.cueAdverb(a)
		x.cueTimePrep(a)
		x.cueHearerTo(a)
		x.cueWeekday(a)
		x.cueOccasion(a)
		x.cueFinalAdverb(a)
		x.cueInfinitive(a)
		x.cuePrep(a)
		x.sourceComma(a)
		if a.Kind != doc.Indirect && a.Kind != doc.Mixed {
			continue
		}
		c, e := d.TokenAt(a.Content.Start), d.TokenAt(a.Content.End-1)
		if c < 0 || e < c {
			continue
		}
		e++
		if nc := x.quoteStart(quotes, c, e); nc != c {
			a.Content = d.TokenSpan(nc, e)
			c = nc
		}
		ne := x.closeQuoteEnd(quotes, c, e)
		if k := x.cueHead(a.Cue); k >= 0 && k < c && ne == e {
			ne = x.coordEnd(k, c, ne)
			ne = x.subordinateEnd(k, c, ne)
			ne = x.nominalEnd(k, c, ne)
			ne = x.occasionEnd(k, c, ne)
		}
		if ne != e {
			a.Content = d.TokenSpan(c, ne)
		}
	}
	x.dropEmptyContents()
}

// dropEmptyContents removes the attributions a rule above left without a
// content (see cueHearerTo).
func (x *extractor) dropEmptyContents() {
	keep := x.out[:0]
	for _, a := range x.out {
		if a.Content.End > a.Content.Start || len(a.Parts) > 0 {
			keep = append(keep, a)
		}
	}
	x.out = keep
}

// closeQuoteEnd returns where content [c, e) ends when a quotation that
// opens inside it closes after it: `said that "the plan is dead."` keeps
// the stop and the closing mark, and a quotation running on over further
// sentences of the paragraph keeps them all ("… tougher. … like gaming the
// ref.").
func (x *extractor) closeQuoteEnd(quotes []quote, c, e int) int {
	d := x.d
	for _, q := range quotes {
		if q.open < c || q.open >= e || q.close < e {
			continue
		}
		if len(q.segments) > 1 || d.Sentences[d.Tokens[q.close].Sent].Paragraph != d.Sentences[d.Tokens[q.open].Sent].Paragraph {
			return e
		}
		return q.close + 1
	}
	return e
}

// cueHead returns the token of the cue span whose head lies outside it —
// the verb the cue's words hang on — or -1 without a parse.
func (x *extractor) cueHead(cue doc.Span) int {
	d := x.d
	if cue.End <= cue.Start {
		return -1
	}
	f, l := d.TokenAt(cue.Start), d.TokenAt(cue.End-1)
	if f < 0 || l < f {
		return -1
	}
	best := -1
	for k := f; k <= l; k++ {
		t := &d.Tokens[k]
		if t.Dep == "" {
			return -1
		}
		if t.Head >= f && t.Head <= l {
			continue
		}
		if best < 0 || t.POS == "VERB" && d.Tokens[best].POS != "VERB" {
			best = k
		}
	}
	return best
}

// coordEnd ends content [c, e) of cue verb k before what the cue does not
// report: a verb phrase coordinated with the cue's verb ("praised the plan
// and promised to sign it"; after a clause only where the parse joins the
// verb to the cue), a clause coordinated after a comma ("said the bill was
// dead, but the council disagreed"), and a non-restrictive relative clause
// (", which makes him an outlier"), which annotators leave to the writer.
func (x *extractor) coordEnd(k, c, e int) int {
	d := x.d
	nominal := true
	depth := 0
	for j := c + 1; j < e-1; j++ {
		if p := syntax.POS(d, j-1); p == "VERB" || p == "AUX" {
			nominal = false
		}
		t := d.Tokens[j].Lower
		switch t {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		}
		if depth != 0 || x.inQuote[j] != 0 {
			continue
		}
		if t == "," && (d.Tokens[j+1].Lower == "which" || d.Tokens[j+1].Lower == "who") && j > c+1 {
			return j
		}
		if t != "and" && t != "but" {
			continue
		}
		comma := d.Tokens[j-1].Text == ","
		n := j + 1
		for n < e && (syntax.POS(d, n) == "ADV" || d.Tokens[n].Lower == "then") {
			n++
		}
		if n >= e {
			break
		}
		cut := j
		if comma {
			cut = j - 1
		}
		p := syntax.POS(d, n)
		tag := d.Tokens[n].Tag
		finite := (p == "VERB" || p == "AUX") && (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD")
		if finite {
			if nominal {
				return cut
			}
			if d.Tokens[n].Dep != "" && d.Tokens[n].Head == k {
				return cut
			}
			continue
		}
		if d.Tokens[n].Lower == "that" {
			continue
		}
		if x.clauseFollows(n, e) {
			if comma {
				return cut
			}
		}
	}
	return e
}

// frontPart returns the first part of a content that a parenthetical cue
// interrupts: "The merger, they said, raised fresh doubts" reports the
// whole sentence, the cue inside it. PolNeAR marks one discontinuous
// content; crosscheck, as for a quotation interrupted by its cue, a second
// attribution with the same source and cue.
func (x *extractor) frontPart(i int) (doc.Attribution, bool) {
	d := x.d
	a := x.out[i]
	if a.Source == nil {
		return doc.Attribution{}, false
	}
	sf, cl, c := d.TokenAt(a.Source.Start), d.TokenAt(a.Cue.End-1), d.TokenAt(a.Content.Start)
	if sf < 1 || cl < sf || c != cl+2 || d.Tokens[cl+1].Text != "," || d.Tokens[sf-1].Text != "," {
		return doc.Attribution{}, false
	}
	if a.Kind == doc.Direct && !x.quoteContinues(c) {
		// `On the budget, Lee said, "We will …"`: a quotation that opens
		// a sentence of its own follows a fronted adverbial, not the
		// first half of a sentence the cue interrupts.
		return doc.Attribution{}, false
	}
	first, _ := x.sentBounds(sf)
	f := first
	// Start after anything another attribution holds earlier in the sentence.
	for j, b := range x.out {
		if j == i {
			continue
		}
		for _, sp := range []doc.Span{b.Content, b.Cue} {
			if sp.End > sp.Start && sp.End <= a.Source.Start {
				if l := d.TokenAt(sp.End - 1); l >= f && d.Tokens[l].Sent == d.Tokens[sf].Sent {
					f = l + 1
				}
			}
		}
	}
	for f < sf-1 && (d.Tokens[f].Text == "," || syntax.IsQuote(d.Tokens[f].Text) && x.inQuote[f] == 0) {
		f++
	}
	if sf-1-f < 1 || x.usedRange(f, sf-1) {
		return doc.Attribution{}, false
	}
	b := a
	b.Content = d.TokenSpan(f, sf-1)
	return b, true
}

// sourceToEnd widens a source that follows its cue at the end of a
// sentence ("…," said Helen Voss, who was a regional director … and is one
// of the new trustees.) to the sentence end: a description there,
// relative clause and all, belongs to the source. A participle (",
// noting …"), a clause (", has surged since") or a quotation that resumes
// stops it.
func (x *extractor) sourceToEnd(a *doc.Attribution) {
	d := x.d
	if a.Source == nil || a.Source.Start < a.Cue.End || a.Content.Start > a.Cue.Start {
		return
	}
	f, l := d.TokenAt(a.Source.Start), d.TokenAt(a.Source.End-1)
	if f < 0 || l < f || isDash(a.Cue.Text) || f > 0 && d.Tokens[f-1].Lower == "by" {
		// A passive's agent ("questioned by auditors last year") is
		// its own phrase: what follows it is the writer's.
		return
	}
	l++
	_, lim := x.sentBounds(f)
	end := lim
	for end > l && (isFinal(d.Tokens[end-1].Text) || syntax.IsQuote(d.Tokens[end-1].Text) && x.inQuote[end-1] == 0) {
		end--
	}
	stop := end
	for j := l; j < end; j++ {
		t := &d.Tokens[j]
		if x.inQuote[j] != 0 || x.used[j] || t.Text == ";" || t.Text == "(" || isDash(t.Text) {
			stop = j
			break
		}
		if t.Text == "," && j+1 < end && (d.Tokens[j+1].Tag == "VBG" || x.clauseAfter(j+1, end)) {
			stop = j
			break
		}
	}
	if stop <= l {
		return
	}
	if stop < end {
		for stop > l && d.Tokens[stop-1].Text == "," {
			stop--
		}
	}
	if stop > l {
		x.setSource(a, f, stop)
	}
}

// setSource makes tokens [f, l) the source of a and of every attribution
// that shares a's source and cue (a quotation its cue interrupts).
func (x *extractor) setSource(a *doc.Attribution, f, l int) {
	old, src := *a.Source, x.d.TokenSpan(f, l)
	for i := range x.out {
		if b := &x.out[i]; b.Source != nil && *b.Source == old && b.Cue == a.Cue {
			b.Source = &src
		}
	}
}

// sourceAside cuts an aside off a source before its cue: "The Ledger,
// for one, noted", "Mr. Diaz, in a short phone call, said", "Reyes, with
// open glee, chided", "Ortiz, speaking to nurses, said". A
// prepositional phrase, an adverb or a participle clause set off by commas
// describes the occasion, not the speaker; an appositive noun
// phrase ("Dean, a former party chairman,"), an origin ("Rawlings, 59, of
// Ashton, Md.,") or members ("Republicans, like Armitage,") stay.
func (x *extractor) sourceAside(a *doc.Attribution) {
	d := x.d
	if a.Source == nil || a.Source.End > a.Cue.Start {
		return
	}
	f, l := d.TokenAt(a.Source.Start), d.TokenAt(a.Source.End-1)
	if f < 0 || l <= f {
		return
	}
	for j := f + 1; j < l; j++ {
		if d.Tokens[j].Text != "," || x.inQuote[j] != 0 {
			continue
		}
		if x.asideAt(j + 1) {
			x.setSource(a, f, j)
			return
		}
	}
}

// asideAt reports whether the words at i, after a comma inside a source,
// open an aside rather than an appositive.
func (x *extractor) asideAt(i int) bool {
	d := x.d
	w := d.Tokens[i].Lower
	switch w {
	case "who", "which", "whose", "whom", "of", "like", "including", "then", "now":
		// A relative clause is as often kept as not; the rest name an
		// origin, members or an age ("then 38").
		return false
	}
	switch syntax.POS(d, i) {
	case "ADP", "ADV", "SCONJ":
		return true
	}
	// A participle clause ("Ortiz, speaking to a nurses' union, said")
	// tells what the speaker was doing, not who they are.
	return d.Tokens[i].Tag == "VBG"
}

func isDash(s string) bool {
	switch s {
	case "-", "–", "—", "―", "--":
		return true
	}
	return false
}

// trimEdges drops the punctuation a reported content neither opens nor
// ends with in PolNeAR — a comma, semicolon, colon, dash or bracket left
// over from the clause around it ("cautioned, as did the campaign, that").
// A direct quotation keeps its marks.
func (x *extractor) trimEdges(a *doc.Attribution) {
	d := x.d
	if a.Kind == doc.Direct {
		return
	}
	c, e := d.TokenAt(a.Content.Start), d.TokenAt(a.Content.End-1)
	if c < 0 || e < c {
		return
	}
	e++
	nc, ne := c, e
	for nc < ne && edgePunct(d.Tokens[nc].Text) && d.Tokens[nc].Text != "(" {
		nc++
	}
	for ne > nc && edgePunct(d.Tokens[ne-1].Text) && d.Tokens[ne-1].Text != ")" {
		ne--
	}
	if ne > nc && (nc != c || ne != e) {
		a.Content = d.TokenSpan(nc, ne)
	}
}

func edgePunct(s string) bool {
	switch s {
	case ",", ";", ":", "(", ")":
		return true
	}
	return isDash(s)
}

// accordingRest returns the second part of the content of an "according
// to" set in the middle of a sentence: "At the root of the delay,
// according to Mara Lind, was a choice by the council" reports the whole
// sentence around the cue, as an attribution sharing source and cue, when
// the first part is no clause of its own and the rest has a verb. Where
// the first part is only a conjunction ("But according to aides, he …"),
// the rest replaces it.
func (x *extractor) accordingRest(i int) (doc.Attribution, bool) {
	d := x.d
	a := &x.out[i]
	if a.Kind != doc.AccordingTo || a.Source == nil || a.Content.End > a.Cue.Start || a.Source.Start < a.Cue.End {
		return doc.Attribution{}, false
	}
	sl := d.TokenAt(a.Source.End - 1)
	if sl < 0 || sl+2 >= len(d.Tokens) || d.Tokens[sl+1].Text != "," || d.Tokens[sl+1].Sent != d.Tokens[sl].Sent {
		return doc.Attribution{}, false
	}
	_, lim := x.sentBounds(sl)
	f, end := sl+2, lim
	for end > f && (isFinal(d.Tokens[end-1].Text) || syntax.IsQuote(d.Tokens[end-1].Text) && x.inQuote[end-1] == 0) {
		end--
	}
	end = x.contentEnd(f, end)
	for end > f && edgePunct(d.Tokens[end-1].Text) {
		end--
	}
	if end-f < 2 || x.usedRange(f, end) {
		return doc.Attribution{}, false
	}
	c, e := d.TokenAt(a.Content.Start), d.TokenAt(a.Content.End-1)
	if c < 0 || e < c || hasFinite(d, c, e+1) || !hasFinite(d, f, end) {
		// A clause before the cue is whole; what follows the source is
		// then an appositive or a clause of the writer's.
		return doc.Attribution{}, false
	}
	if x.onlyConnective(c, e+1) {
		a.Content = d.TokenSpan(f, end)
		return doc.Attribution{}, false
	}
	b := *a
	b.Content = d.TokenSpan(f, end)
	return b, true
}

// onlyConnective reports whether tokens [f, l) are only a conjunction or a
// connective adverb ("But", "And yet", "So").
func (x *extractor) onlyConnective(f, l int) bool {
	for k := f; k < l; k++ {
		switch syntax.POS(x.d, k) {
		case "CCONJ", "PUNCT":
		default:
			return false
		}
	}
	return true
}

// hasFinite reports whether tokens [f, l) hold a finite verb or auxiliary.
func hasFinite(d *doc.Document, f, l int) bool {
	for k := f; k < l; k++ {
		if p := syntax.POS(d, k); p == "VERB" || p == "AUX" {
			switch d.Tokens[k].Tag {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// clauseAfter reports whether the stretch from i to the next comma (or
// end) is a clause of its own: a finite verb not inside a relative clause.
func (x *extractor) clauseAfter(i, end int) bool {
	d := x.d
	switch d.Tokens[i].Lower {
	case "who", "which", "whose", "whom", "that":
		return false
	}
	l := i
	for l < end && d.Tokens[l].Text != "," {
		if w := d.Tokens[l].Lower; w == "who" || w == "which" || w == "whose" || w == "that" {
			return false
		}
		l++
	}
	return hasFinite(d, i, l)
}

// quoteStart returns where content [c, e) starts when a few words before a
// colon or comma lead into a quotation that runs to its end: in "added
// warily: "There's always something."" or "put it: "The barbarians are
// inside."" the quotation is what was said, the words before it the
// manner or the hearer.
func (x *extractor) quoteStart(quotes []quote, c, e int) int {
	d := x.d
	for j := c; j < e && j <= c+6; j++ {
		if x.inQuote[j] != 0 {
			return c
		}
		if p := syntax.POS(d, j); p == "VERB" || p == "AUX" {
			return c
		}
		if t := d.Tokens[j].Text; t != ":" && t != "," || j+1 >= e {
			continue
		}
		for _, q := range quotes {
			if q.open == j+1 && q.close >= e-1 {
				return j + 1
			}
		}
		return c
	}
	return c
}

// sourceComma gives a source the comma after it exactly when the source
// holds an appositive: PolNeAR closes "Lena Ortiz, a nurse at the clinic,"
// with its comma, before the cue or after it ("…," said Lena Ortiz, a
// nurse at the clinic, adding …), but never a bare name ("Ortiz, who …").
// On PolNeAR train a source with a comma inside keeps the one after it
// about 920 times in 1,025; one without keeps it 5 times in 750.
func (x *extractor) sourceComma(a *doc.Attribution) {
	d := x.d
	f, l, ok := sourceTokens(d, a)
	if !ok {
		return
	}
	last := l
	if d.Tokens[l-1].Text == "," {
		last = l - 1
	}
	appos := false
	for k := f + 1; k < last-1; k++ {
		if d.Tokens[k].Text == "," && x.inQuote[k] == 0 {
			appos = true
		}
	}
	switch {
	case appos && last == l && l+1 < len(d.Tokens) && d.Tokens[l].Text == "," && x.inQuote[l] == 0 &&
		d.Tokens[l+1].Sent == d.Tokens[l].Sent && !isFinal(d.Tokens[l+1].Text) && !x.usedBy(l, a):
		x.setSource(a, f, l+1)
	case !appos && last < l && last > f:
		x.setSource(a, f, last)
	}
}

// usedBy reports whether token i belongs to the cue or content of a.
func (x *extractor) usedBy(i int, a *doc.Attribution) bool {
	t := x.d.Tokens[i]
	for _, sp := range append([]doc.Span{a.Cue}, a.ContentSpans()...) {
		if t.Start >= sp.Start && t.End <= sp.End {
			return true
		}
	}
	return false
}

// nominalEnd ends a content that is the cue verb's object noun phrase — no
// verb before its first comma ("attacked the governor, with whom she
// clashed …", "welcomed the ruling, despite doubts …") — at that comma:
// what follows is the writer's adjunct, concession or comparison. An
// appositive, a place or a list member after the comma ("Tom Diaz, the
// mayor of Linden", "Paris, Texas", "the mayor, the council and …") does
// not end it, nor does a phrase that is only the hearer or the time before
// the real complement ("told the Ledger, however, that …", "remarked this
// week, with a smile, she would …"), nor a continuation of the object
// ("announced new measures, including a curfew", "praised the plan,
// particularly its focus on buses"). PolNeAR dev content exact 53.90 -> 54.05,
// train 51.64 -> 51.71, relation overlap unchanged.
func (x *extractor) nominalEnd(k, c, e int) int {
	d := x.d
	switch syntax.POS(d, c) {
	case "DET", "NOUN", "PROPN", "ADJ", "NUM":
	default:
		if d.Tokens[c].Tag != "PRP$" {
			return e
		}
	}
	depth := 0
	for j := c; j+1 < e; j++ {
		switch d.Tokens[j].Text {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		}
		if x.inQuote[j] != 0 || depth != 0 {
			continue
		}
		if p := syntax.POS(d, j); p == "VERB" || p == "AUX" {
			return e
		}
		if d.Tokens[j].Text != "," || j == c {
			continue
		}
		switch syntax.POS(d, j+1) {
		case "PROPN", "NOUN", "NUM", "ADJ", "CCONJ", "PUNCT", "DET":
			return e
		}
		if p := syntax.POS(d, j+1); (p == "VERB" || p == "AUX") && hasFinite(d, j+1, e) {
			// "Tom Diaz, spent …", "the program, run by …, has
			// brought": the phrase is a subject and the clause goes on.
			return e
		}
		for i := c; i < j; i++ {
			if isTimeWord(d.Tokens[i].Lower) {
				// "remarked this week, with a smile, she would …": a
				// time before the comma, the content after it.
				return e
			}
		}
		for i := j + 1; i < e; i++ {
			if d.Tokens[i].Lower == "that" && d.Tokens[i-1].Text == "," {
				return e
			}
			if d.Tokens[i].Head == k && depIs(d.Tokens[i].Dep, "ccomp", "xcomp", "obj") {
				// "told the Ledger, however, that …": the cue's complement
				// comes after the comma; the phrase was its hearer.
				return e
			}
		}
		if x.clauseFollows(j+1, e) {
			// "On Saturday, he has …": the content is the clause after
			// the comma, not the phrase before it.
			return e
		}
		switch d.Tokens[j+1].Lower {
		case "that", "whether", "if", "how", "what", "why":
			// The complement the cue reports, after a hearer or a place.
			return e
		}
		// The phrase before the comma must be the cue verb's object, not
		// the subject of a clause that goes on after it.
		obj := false
		for i := c; i < j; i++ {
			if h := d.Tokens[i].Head; h == k && depIs(d.Tokens[i].Dep, "obj", "iobj", "obl", "xcomp") {
				obj = true
			}
		}
		if !obj {
			return e
		}
		if x.inQuote[j+1] != 0 || objectGoesOn[d.Tokens[j+1].Lower] {
			return e
		}
		return j
	}
	return e
}

// objectGoesOn open a continuation of the object after its comma: the
// members or the part the speaker singles out, which is the substance of
// what was announced or praised.
var objectGoesOn = map[string]bool{"including": true, "such": true, "particularly": true, "especially": true,
	"notably": true, "plus": true, "among": true, "namely": true, "chiefly": true, "mainly": true, "specifically": true}

// cueAdverb widens a cue over the manner adverb that follows its verb:
// "said sarcastically", "noted repeatedly", "argued insistently that",
// "asked again". PolNeAR keeps an adverb the verb governs in the cue after
// it as before it ("have vigorously denied"): on train an adverb right
// after the cue's verb is in the cue about 220 times in 280, the
// exceptions mostly connectives and times ("so", "however", "there",
// "earlier", "ago"); only "-ly" adverbs and "again" are taken. PolNeAR cue
// exact train 66.69 -> 66.77, dev 69.97 -> 70.07.
func (x *extractor) cueAdverb(a *doc.Attribution) {
	d := x.d
	k := x.cueHead(a.Cue)
	l := d.TokenAt(a.Cue.End - 1)
	if k < 0 || l < 0 || l+1 >= len(d.Tokens) {
		return
	}
	j := l + 1
	t := &d.Tokens[j]
	if syntax.POS(d, j) != "ADV" || t.Dep != "advmod" || t.Head != k || x.inQuote[j] != 0 || t.Sent != d.Tokens[l].Sent {
		return
	}
	if !strings.HasSuffix(t.Lower, "ly") && t.Lower != "again" || t.Lower == "only" || t.Lower == "early" || timeAdverbs[t.Lower] {
		return
	}
	for _, sp := range a.ContentSpans() {
		if t.Start < sp.End && sp.Start < t.End {
			return
		}
	}
	if a.Source != nil && t.Start < a.Source.End && a.Source.Start < t.End {
		return
	}
	x.setCue(a, d.Span(a.Cue.Start, t.End))
}

// setCue gives a and every attribution that shares its cue the cue c.
func (x *extractor) setCue(a *doc.Attribution, c doc.Span) {
	old := a.Cue
	for i := range x.out {
		if x.out[i].Cue == old {
			x.out[i].Cue = c
		}
	}
}

// timeAdverbs are "-ly" adverbs of time or of sequence, which the
// annotators leave out of the cue as they do other times ("said recently
// that …", "said previously").
var timeAdverbs = map[string]bool{"recently": true, "previously": true, "initially": true, "finally": true,
	"separately": true, "currently": true, "formerly": true, "lately": true, "subsequently": true,
	"originally": true, "eventually": true, "immediately": true, "shortly": true, "earlier": true, "presently": true}

// cueTimePrep drops from a cue the preposition that opens a time rather
// than what the cue is about: "announced on Monday the lawsuit", "as the
// paper reported on Saturday, …" — the cue is "announced", "reported".
func (x *extractor) cueTimePrep(a *doc.Attribution) {
	d := x.d
	f, l := d.TokenAt(a.Cue.Start), d.TokenAt(a.Cue.End-1)
	if f < 0 || l <= f || l+1 >= len(d.Tokens) || syntax.POS(d, l) != "ADP" {
		return
	}
	if !isTimeWord(d.Tokens[l+1].Lower) && !monthNames[d.Tokens[l+1].Lower] {
		return
	}
	if !x.wholeTime(l+1, len(d.Tokens)) {
		// "responded to Monday's letter", "pointed to March figures":
		// the time only qualifies what the cue is about.
		return
	}
	// A content the scan opened at the time ("reported on Wednesday the
	// agency had …") starts after it.
	x.cueWithoutLast(a, f, l, func(b *doc.Attribution, c int) {
		e := d.TokenAt(b.Content.End - 1)
		n := c
		for n < e && (isTimeWord(d.Tokens[n].Lower) || monthNames[d.Tokens[n].Lower] || syntax.POS(d, n) == "NUM") {
			n++
		}
		if n > c && n < e {
			b.Content = d.TokenSpan(n, e+1)
		}
	})
}

// cueWithoutLast ends a's cue, [f, l], before its last word l, in every
// attribution that shares the cue; where such an attribution's content is
// one piece opening right after l (at c), opened lets the caller move it.
func (x *extractor) cueWithoutLast(a *doc.Attribution, f, l int, opened func(b *doc.Attribution, c int)) {
	x.recue(a, x.d.TokenSpan(f, l), l+1, opened)
}

// recue gives a and every attribution that shares its cue the cue c; where
// such an attribution's content is one piece opening at token at, opened
// lets the caller move it.
func (x *extractor) recue(a *doc.Attribution, c doc.Span, at int, opened func(b *doc.Attribution, c int)) {
	d := x.d
	old := a.Cue
	for i := range x.out {
		b := &x.out[i]
		if b.Cue != old {
			continue
		}
		b.Cue = c
		if d.TokenAt(b.Content.Start) == at && len(b.Parts) == 0 {
			opened(b, at)
		}
	}
}

// wholeTime reports whether the time that opens at t is a preposition's
// whole object: the word after it (its day, month, year and clock words
// skipped) is neither a possessive ending nor a noun it would qualify.
func (x *extractor) wholeTime(t, end int) bool {
	d := x.d
	n := t
	for n < end && (isTimeWord(d.Tokens[n].Lower) || monthNames[d.Tokens[n].Lower] || syntax.POS(d, n) == "NUM") {
		n++
	}
	if n >= end {
		return true
	}
	switch w := d.Tokens[n].Text; {
	case w == "'s" || w == "’s" || w == "'" || w == "’":
		return false
	}
	switch syntax.POS(d, n) {
	case "NOUN", "PROPN", "ADJ", "PART":
		return false
	}
	return true
}

var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true}

// cueHearerTo drops from a cue the "to" that opens the hearer of a verb of
// speaking: "complained to party officials about …", "apologized to his
// supporters", "talked to reporters" — PolNeAR's cue is the verb, while
// "pointed to", "referred to" and "responded to" keep it, their object
// being what the cue is about. On PolNeAR train a "to" after these verbs
// is left out of the cue about 45 times in 48; after "point", "refer" and
// "respond" it is in it about 95 times in 100.
func (x *extractor) cueHearerTo(a *doc.Attribution) {
	d := x.d
	f, l := d.TokenAt(a.Cue.Start), d.TokenAt(a.Cue.End-1)
	if f < 0 || l <= f || d.Tokens[l].Lower != "to" || syntax.POS(d, l) != "ADP" {
		return
	}
	if !hearerVerbs[d.Tokens[l-1].Lemma] {
		return
	}
	// A content that opens at the hearer ("complained to party officials
	// about the delay") is what comes after it.
	only := onlyHearer[d.Tokens[l-1].Lemma]
	x.cueWithoutLast(a, f, l, func(b *doc.Attribution, c int) {
		if sf, sl, ok := x.topicAfterHearer(c); ok {
			b.Content = d.TokenSpan(sf, sl)
			return
		}
		if only {
			// "talked to the rowing club", "spoke to nurses on Monday":
			// the hearer is all there is, and a hearer reports nothing.
			b.Content = doc.Span{}
		}
	})
}

// topicAfterHearer returns the "about" or "over" phrase that follows a
// hearer opening at c ("complained to party officials about the delay",
// "argued with the council over the budget"): the topic, which is the
// content, where the hearer is not.
func (x *extractor) topicAfterHearer(c int) (int, int, bool) {
	d := x.d
	_, lim := x.sentBounds(c)
	for n := c + 1; n < lim && n < c+8; n++ {
		if w := d.Tokens[n].Lower; (w == "about" || w == "over") && d.Tokens[n].Head > n {
			sf, sl := syntax.Subtree(d, d.Tokens[n].Head)
			if sf != n || x.usedRange(sf, sl) || x.inQuote[n] != 0 {
				return 0, 0, false
			}
			for sl > sf && d.Tokens[sl-1].POS == "PUNCT" {
				sl--
			}
			return sf, sl, true
		}
		if d.Tokens[n].Text == "," || syntax.POS(d, n) == "VERB" || syntax.POS(d, n) == "AUX" {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// onlyHearer are the verbs of speaking whose "to" phrase is only ever the
// hearer: "talked to the rowing club" says nothing of what was said. On
// PolNeAR train such a hearer taken for the content made a false relation
// 15 times in 18 ("speaks to the worries of …", a topic, is the rest).
var onlyHearer = map[string]bool{"speak": true, "talk": true}

var hearerVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`say write talk speak complain apologize apologise explain insist confide disclose
		report proclaim reiterate describe admit add acknowledge assert claim suggest imply recommend tweet announce
		confess boast brag joke mention whisper shout yell`) {
		hearerVerbs[w] = true
	}
}

// sourceReportCut ends a source before a non-restrictive relative clause
// that makes a report of its own: in "Ruiz, who said the levy would fail,
// voted for it" the clause is Ruiz's attribution, with "who" as its source,
// and PolNeAR's source of "voted" is "Ruiz" alone. A relative clause that
// only describes ("Ruiz, who chairs the board, said") stays, as the
// annotators keep it about as often as they cut it. On PolNeAR train the
// clause is cut 16 times in 19 where an attribution's cue lies in it.
func (x *extractor) sourceReportCut() {
	d := x.d
	for i := range x.out {
		a := &x.out[i]
		f, l, ok := sourceTokens(d, a)
		if !ok {
			continue
		}
		if b := x.speakerInside(a); b != nil {
			// "…, Mr. Ortiz said, adding …": the participle's source
			// took in the other cue with its speaker.
			bf, bl, _ := sourceTokens(d, b)
			x.setSource(a, bf, bl)
			continue
		}
		for j := f + 1; j+1 < l; j++ {
			if d.Tokens[j].Text != "," || x.inQuote[j] != 0 || !isRelPron(d.Tokens[j+1].Lower) {
				continue
			}
			if x.cueWithin(a, d.Tokens[j+1].Start, d.Tokens[l-1].End) {
				x.setSource(a, f, j)
			}
			break
		}
	}
}

// speakerInside returns the attribution whose source and cue both lie
// inside a's source, its cue ending it ("this month, Mr. Ortiz said,"),
// or nil.
func (x *extractor) speakerInside(a *doc.Attribution) *doc.Attribution {
	d := x.d
	_, l, _ := sourceTokens(d, a)
	for l > 0 && d.Tokens[l-1].Text == "," {
		l--
	}
	end := d.Tokens[l-1].End
	for i := range x.out {
		b := &x.out[i]
		if b == a || b.Source == nil || b.Cue.End != end || b.Cue.Start < a.Source.Start || b.Source.Start < a.Source.Start || b.Source.End > b.Cue.Start {
			continue
		}
		return b
	}
	return nil
}

// cueWithin reports whether an attribution other than a has its cue inside
// the characters [s, e).
func (x *extractor) cueWithin(a *doc.Attribution, s, e int) bool {
	for i := range x.out {
		if b := &x.out[i]; b != a && b.Cue.End > b.Cue.Start && b.Cue.Start >= s && b.Cue.End <= e {
			return true
		}
	}
	return false
}

// cueWeekday widens a cue that ends its sentence over the weekday after
// it: `"…," Lee said Friday.` — PolNeAR keeps the day in such a cue more
// often than not (train 31 times in 49 where the content comes first);
// where the content follows ("said Friday that …") it is split evenly and
// left out.
func (x *extractor) cueWeekday(a *doc.Attribution) {
	d := x.d
	l := d.TokenAt(a.Cue.End - 1)
	if l < 0 || a.Content.Start > a.Cue.Start || l+1 >= len(d.Tokens) || !isWeekday(d.Tokens[l+1].Lower) {
		return
	}
	e := l + 2
	if e < len(d.Tokens) && dayParts[d.Tokens[e].Lower] {
		e++
	}
	_, lim := x.sentBounds(l)
	if e < lim && !isFinal(d.Tokens[e].Text) && !syntax.IsQuote(d.Tokens[e].Text) {
		return
	}
	x.setCue(a, d.Span(a.Cue.Start, d.Tokens[e-1].End))
}

// dayParts are the parts of a day that may follow a weekday ("Tuesday
// night"); the cue keeps them with the day.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// cuePrep widens a cue over the "against", "about" or "with" that opens
// its content: "warned against", "pushed back against", "joked about", "was
// asked about", "agreed with" — PolNeAR keeps the preposition in the cue (on
// train 8 times in 8 for "against", 9 in 12 for "about", 7 in 11 for
// "with") and the content is its object. After "say", "add" and "tell" the
// preposition stays out ("said about the plan that …" marks only the verb).
func (x *extractor) cuePrep(a *doc.Attribution) {
	d := x.d
	l := d.TokenAt(a.Cue.End - 1)
	p := l + 1
	if l < 0 || p+1 >= len(d.Tokens) || len(a.Parts) > 0 || d.TokenAt(a.Content.Start) != p || x.inQuote[p] != 0 {
		return
	}
	switch d.Tokens[p].Lower {
	case "against":
	case "about", "with":
		switch x.lemmaOf(l) {
		case "say", "add", "tell":
			return
		}
	default:
		return
	}
	if syntax.POS(d, p) != "ADP" || d.TokenAt(a.Content.End-1) <= p {
		return
	}
	if d.Tokens[p].Lower == "with" {
		if sf, sl, ok := x.topicAfterHearer(p + 1); ok {
			// "argued with the council about the budget": the
			// one argued with is the hearer; the topic is the content.
			a.Content = d.TokenSpan(sf, sl)
			return
		}
	}
	x.recue(a, d.Span(a.Cue.Start, d.Tokens[p].End), p, func(b *doc.Attribution, c int) {
		b.Content = d.Span(d.Tokens[c+1].Start, b.Content.End)
	})
}

// sourceOccasion ends a source before the occasion of speaking: `"…,"
// said Mayor Reyes in a statement.`, "Mayor Reyes in a radio interview said" —
// the source is "Mayor Reyes" both times. A preposition after a verb (a
// relative clause's "who spoke at the rally") stays, and before the cue
// the occasion must close the source ("readers of the column in the
// weekly paper say" is one phrase).
func (x *extractor) sourceOccasion(a *doc.Attribution) {
	d := x.d
	f, l, ok := sourceTokens(d, a)
	if !ok {
		return
	}
	for j := f + 1; j < l; j++ {
		if x.inQuote[j] != 0 {
			return
		}
		if x.occasionAt(j, l) && !hasVerb(d, f, j) && x.speakerBefore(f, j) && (a.Source.Start > a.Cue.Start || occasionNouns[d.Tokens[l-1].Lower]) {
			for j > f+1 && d.Tokens[j-1].Text == "," {
				j--
			}
			x.setSource(a, f, j)
			return
		}
	}
}

// speakerBefore reports whether the words [f, j) before an occasion name
// the speaker alone, so that the occasion can be cut off after them: a name
// or pronoun ("Mayor Reyes in a statement", "she in an interview") or "the"
// and one singular noun ("the mayor in a statement"). After a bare common
// noun or inside a description the phrase says who the speakers are
// ("protesters at the rally", "a clerk at the hearing", "Tom Diaz, a
// producer on the podcast"), unless a comma closes the description.
func (x *extractor) speakerBefore(f, j int) bool {
	d := x.d
	if d.Tokens[j-1].Text == "," {
		// "Tom Diaz, a producer on the podcast, in a statement": a
		// comma closes the description before the occasion.
		return true
	}
	for k := f; k < j; k++ {
		if d.Tokens[k].Text == "," {
			return false
		}
	}
	switch p := syntax.POS(d, j-1); {
	case p == "PROPN" || p == "PRON":
		return true
	case j-f == 2 && d.Tokens[f].Lower == "the" && d.Tokens[j-1].Tag == "NN":
		return true
	}
	return false
}

// occasionAt reports whether a preposition at j opens the occasion of
// speaking rather than more of the speaker's description: "…," said Mayor
// Reyes in a statement; "in an interview", "during the debate". The
// annotators leave these out of a source after its cue. A time there ("in
// April", "at the time") is left alone: it as often belongs to the
// description ("the minister at the time", "who voted for him in 2008").
func (x *extractor) occasionAt(j, end int) bool {
	d := x.d
	switch d.Tokens[j].Lower {
	case "in", "at", "on", "during":
	default:
		return false
	}
	if syntax.POS(d, j) != "ADP" {
		return false
	}
	for k := j + 1; k < end && k <= j+5; k++ {
		w := d.Tokens[k].Lower
		if w == "," || syntax.POS(d, k) == "ADP" {
			return false
		}
		if occasionNouns[w] {
			return true
		}
	}
	return false
}

// occasionNouns name the occasions and media of speaking.
var occasionNouns = map[string]bool{"statement": true, "statements": true, "interview": true, "interviews": true,
	"speech": true, "tweet": true, "tweets": true, "post": true, "filing": true, "email": true, "e-mail": true,
	"letter": true, "release": true, "appearance": true, "op-ed": true, "column": true, "call": true,
	"briefing": true, "remarks": true, "blog": true, "video": true, "memo": true, "conference": true,
	"address": true, "testimony": true, "hearing": true, "debate": true, "rally": true, "podcast": true}

// hasVerb reports whether tokens [f, l) hold a verb or an auxiliary.
func hasVerb(d *doc.Document, f, l int) bool {
	for k := f; k < l; k++ {
		if p := syntax.POS(d, k); p == "VERB" || p == "AUX" {
			return true
		}
	}
	return false
}
