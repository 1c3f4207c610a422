package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// adjCues are adjectives (and participles used as adjectives) by which a
// subject takes a position through a copula: "was critical of the deal",
// "are confident that …", "is eager to …", "remain opposed to …". PolNeAR
// marks the copula, the adjective and its preposition as the cue and the
// preposition's object, the clause or the infinitive as the content. Only
// adjectives that judge, fear, hope, know or doubt are listed ("was clear
// that", "is aware of"; an "it" subject is never a source): "ready",
// "happy to" and "willing" more often describe than attribute ("is
// willing to" was a cue 5 times out of 22 on PolNeAR), and "committed to"
// is more often dedication than a stance (1 in 5).
var adjCues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`critical supportive skeptical sceptical confident convinced opposed
		concerned worried eager optimistic pessimistic hopeful doubtful wary fearful afraid adamant
		dismissive hostile enamored enthusiastic unconvinced unsure uncertain proud angry furious upset
		frustrated disappointed pleased satisfied unhappy vocal determined reluctant
		insistent clear unclear aware sure certain`) {
		adjCues[w] = true
	}
}

// adjPreps are the prepositions by which an adjective cue takes its
// content: "critical of", "worried about", "opposed to", "angry at".
var adjPreps = map[string]bool{"of": true, "about": true, "to": true, "with": true, "at": true, "over": true, "on": true, "by": true}

// adjectives adds the attributions whose cue is an adjective with a
// copula, for sentence [first, end): the adjective's subject is the source.
func (x *extractor) adjectives(first, end int) {
	d := x.d
	for k := first + 1; k < end; k++ {
		t := &d.Tokens[k]
		if x.used[k] || x.inQuote[k] != 0 || t.Dep == "" || !adjCues[t.Lower] {
			continue
		}
		if p := t.POS; p != "ADJ" && p != "VERB" {
			continue
		}
		cop := -1
		for _, ch := range x.children(k) {
			if ch < k && depIs(d.Tokens[ch].Dep, "cop", "aux:pass") {
				cop = ch
			}
		}
		cs := cop
		var src srcSpan
		var ok bool
		if cop < 0 {
			cs = k
			for cs-1 > first && x.adjModifier(cs-1, k) {
				cs--
			}
			src, ok = x.adjDetached(k, cs)
		} else if j := syntax.Child(d, k, "nsubj"); j >= 0 && j < cop {
			src, ok = x.adjSource(j, cop)
		}
		if !ok {
			continue
		}
		ce, c, e, ok := x.adjContent(k, end)
		if !ok {
			continue
		}
		for cs-1 >= src.limit && x.adjModifier(cs-1, k) {
			cs--
		}
		x.add(x.mk(src, d.TokenSpan(cs, ce), d.TokenSpan(c, e), doc.Indirect))
	}
}

// adjModifier reports whether token i before the copula belongs to the
// adjective's cue: an auxiliary, a negation or an adverb on it ("has long
// been critical of", "is not convinced").
func (x *extractor) adjModifier(i, k int) bool {
	t := &x.d.Tokens[i]
	return t.Head == k && depIs(t.Dep, "aux", "advmod") && t.POS != "PROPN" && x.inQuote[i] == 0
}

// adjSource returns the subject phrase headed by j, ending before the
// copula, when it can hold a view and is not taken by another attribution.
func (x *extractor) adjSource(j, cop int) (srcSpan, bool) {
	d := x.d
	w := d.Tokens[j].Lower
	if w == "it" || w == "there" || w == "this" || w == "that" || w == "which" {
		return srcSpan{}, false
	}
	f, l := x.phrase(j)
	l = min(l, cop)
	for l > f && d.Tokens[l-1].Text == "," {
		l--
	}
	if f >= l || x.inQuoteRange(f, l) || !x.canHoldView(f, l) {
		return srcSpan{}, false
	}
	src := srcSpan{f, l}
	if x.usedRange(f, l) && !x.sharesSource(src) {
		return srcSpan{}, false
	}
	return src, true
}

// adjContent returns the end of adjective k's cue and its content
// [c, e): the object of a preposition that follows the adjective directly
// ("critical of the plan"), which joins the cue, or its clause or
// infinitive ("confident that …", "eager to …").
func (x *extractor) adjContent(k, end int) (ce, c, e int, ok bool) {
	d := x.d
	ce, c, e = k+1, -1, -1
	for _, ch := range x.children(k) {
		if ch <= k {
			continue
		}
		switch dep := d.Tokens[ch].Dep; {
		case depIs(dep, "ccomp", "xcomp") && c < 0:
			c, e = syntax.Subtree(d, ch)
		case depIs(dep, "obl", "nmod", "advcl") && c < 0:
			cas := syntax.Child(d, ch, "case", "mark")
			if cas != k+1 || !adjPreps[d.Tokens[cas].Lower] {
				continue
			}
			if d.Tokens[k].Lower == "critical" && d.Tokens[cas].Lower != "of" {
				// "critical to the plan" is "essential", not a judgement.
				return 0, 0, 0, false
			}
			_, l := syntax.Subtree(d, ch)
			ce, c, e = cas+1, cas+1, l
		}
	}
	if c < 0 || c < ce {
		return 0, 0, 0, false
	}
	e = x.contentEnd(c, min(e, end))
	for e > c && (d.Tokens[e-1].Text == "," || d.Tokens[e-1].Text == ";" || d.Tokens[e-1].Text == ":") {
		e--
	}
	if e-c < 1 {
		return 0, 0, 0, false
	}
	return ce, c, e, true
}

// adjDetached returns the source of an adjective cue without a copula
// that starts at cs: set off by a comma after its clause, it shares the
// clause's subject ("The aides cancelled two rallies, wary of tiring
// the candidate"); right after a noun, it describes that noun ("the
// only senators worried about the cost").
func (x *extractor) adjDetached(k, cs int) (srcSpan, bool) {
	d := x.d
	h := d.Tokens[k].Head
	if h < 0 || h >= cs {
		return srcSpan{}, false
	}
	switch dep := d.Tokens[k].Dep; {
	case depIs(dep, "advcl", "acl", "amod", "dep", "conj", "parataxis") && cs > 0 && d.Tokens[cs-1].Text == ",":
		if p := d.Tokens[h].POS; p != "VERB" && p != "AUX" && p != "ADJ" {
			return srcSpan{}, false
		}
		j := syntax.Child(d, h, "nsubj")
		if j < 0 || j > h || strings.HasSuffix(d.Tokens[j].Dep, ":pass") {
			return srcSpan{}, false
		}
		return x.adjSource(j, h)
	case depIs(dep, "acl", "amod") && h == cs-1:
		if p := d.Tokens[h].POS; p != "NOUN" && p != "PROPN" && p != "PRON" {
			return srcSpan{}, false
		}
		src, ok := x.adjSource(h, cs)
		for ok && src.limit-src.first > 1 && syntax.Negators[d.Tokens[src.first].Lower] {
			// "was not the only senator worried about …": the negation
			// belongs to the clause.
			src.first++
		}
		return src, ok
	}
	return srcSpan{}, false
}
