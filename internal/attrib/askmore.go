package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// This file widens the question rule of askedClause (attrib.go). News
// reports a question put to a speaker in more shapes than "Asked whether
// …, X said": the question may close the sentence after a tag ("…, she
// said, when asked whether …"; "…, Okafor said, asked about …"), be a
// single word ("When asked why, …"), open with "which" or "whom", or have
// an adverb between the verb and the question ("asked specifically what
// …"). PolNeAR marks all of these with the question as content and the
// asker, usually unnamed, as source.

// askTrailing reports whether the "asked" at k follows a comma, directly
// or after an opener such as "when" ("…, she said, when asked whether …";
// "…, Okafor said, asked about the delay"). Such a clause may run to the
// sentence's end, since the speaker was named before it.
func (x *extractor) askTrailing(k, first int) bool {
	d := x.d
	p := k - 1
	if p >= first && d.Tokens[p].Lower == "being" {
		p--
	}
	if p > first && isAskOpener(d.Tokens[p].Lower) {
		p--
	}
	return p > first && d.Tokens[p].Text == ","
}

// bareAsked reports whether the "asked" at k is a participle after a
// comma that opens a question or its topic directly (", asked about the
// delay", ", asked whether …"): a reduced "when asked" clause, unlike
// "…, asked him" or "…, asked for a refund".
func (x *extractor) bareAsked(k, first, end int) bool {
	d := x.d
	if k-1 <= first || d.Tokens[k-1].Text != "," || k+1 >= end {
		return false
	}
	w := d.Tokens[k+1].Lower
	return (w == "about" || w == "if" || isAskWh(w)) && x.taggedBefore(first, k)
}

// taggedBefore reports whether a verb of saying ("said", "says") comes
// before k in the sentence, so that a participle clause after it describes
// the speaker's answer ("…, Okafor said, asked about the delay"); an aside
// inside the subject ("Mayor Lindqvist, asked about the budget, had said")
// is left to the rule for interrupted subjects.
func (x *extractor) taggedBefore(first, k int) bool {
	for i := first; i < k; i++ {
		if tagVerbs[x.d.Tokens[i].Lower] {
			return true
		}
	}
	return false
}

// isAskWh reports whether w opens an indirect question after "asked",
// counting "which", "whom" and "who" besides the wh-words of isWh.
func isAskWh(w string) bool {
	return isWh(w) || w == "which" || w == "whom" || w == "who"
}

// askAdverb returns the end of a manner adverb right after "asked" at k
// ("asked specifically what", "asked directly whether"), which PolNeAR
// reads with the cue, or k+1 when there is none.
func (x *extractor) askAdverb(k, end int) int {
	d := x.d
	a := k + 1
	if a+1 < end && d.Tokens[a].POS == "ADV" && strings.HasSuffix(d.Tokens[a].Lower, "ly") && isAskWh(d.Tokens[a+1].Lower) {
		return a + 1
	}
	return k + 1
}

// shortQuestion reports whether the single token at c, closed by a comma
// at c+1, is a whole question ("When asked why, …").
func (x *extractor) shortQuestion(c, end int) bool {
	d := x.d
	return c+1 < end && d.Tokens[c+1].Text == "," && isAskWh(d.Tokens[c].Lower)
}

// keptQuestion reports whether a is a question askedClause read in a
// clause after a speech tag ("…, the mayor said, when asked whether the
// ferry would run"): the tag's content may run over the clause, yet
// PolNeAR marks the question on its own, so dropNested keeps it.
func (x *extractor) keptQuestion(a doc.Attribution) bool {
	d := x.d
	if a.Source != nil || a.Cue.End <= a.Cue.Start {
		return false
	}
	k := d.TokenAt(a.Cue.Start)
	if k < 0 || d.Tokens[k].Lower != "asked" {
		return false
	}
	first, _ := x.sentBounds(k)
	return x.askTrailing(k, first)
}

// askSkip skips what may stand between "asked" and the question: a time
// ("asked Tuesday whether"), or a phrase of place or occasion ("asked at
// a briefing whether"). Unlike skipSpeechPP it stops at "about", which
// opens the question's topic ("asked Tuesday about the levy").
func (x *extractor) askSkip(c, end int) int {
	d := x.d
	for c < end && d.Tokens[c].Lower != "about" {
		n := x.skipSpeechPP(c, end)
		if n == c {
			break
		}
		c = x.skipOne(c, n)
	}
	return c
}

// skipOne moves past the time word or the prepositional phrase at c that
// skipSpeechPP would skip up to n, one step at a time, stopping at an
// "about" the phrase swallowed ("at the briefing about the levy").
func (x *extractor) skipOne(c, n int) int {
	if isTimeWord(x.d.Tokens[c].Lower) {
		return c + 1
	}
	for i := c + 1; i < n; i++ {
		if x.d.Tokens[i].Lower == "about" {
			return i
		}
	}
	return n
}
