package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// withSource returns the subject of a participle cue that "with" opens
// ("…, with 41 percent of residents saying they trust her", "with rival Tom
// Diaz calling the result a fraud"): the noun phrase between "with" and the
// participle. The parse hangs such a participle on the main clause, whose
// subject is then taken for the speaker's, which it never is.
func (x *extractor) withSource(k int) (srcSpan, bool) {
	d := x.d
	if !strings.HasSuffix(d.Tokens[k].Lower, "ing") || syntax.POS(d, k) != "VERB" {
		return srcSpan{}, false
	}
	first, _ := x.sentBounds(k)
	cs := x.cueStart(k) // "with Diaz loudly promising": the adverb is the cue's
	for i := cs; i < k; i++ {
		if syntax.POS(d, i) == "AUX" {
			// "with the judge she hopes to replace": a clause of its
			// own, not a participle that "with" opens.
			return srcSpan{}, false
		}
	}
	for j := cs - 1; j >= first && j >= k-12; j-- {
		t := &d.Tokens[j]
		if t.Lower == "with" {
			if j+1 >= cs || !(x.canHoldView(j+1, cs) || x.hasNumber(j+1, cs)) {
				return srcSpan{}, false
			}
			return srcSpan{j + 1, cs}, true
		}
		if x.inQuote[j] != 0 || syntax.POS(d, j) == "PUNCT" {
			return srcSpan{}, false
		}
		if p := syntax.POS(d, j); p == "AUX" || p == "VERB" && t.Tag != "VBN" && t.Tag != "VBG" || p == "SCONJ" {
			return srcSpan{}, false
		}
	}
	return srcSpan{}, false
}

// hasNumber reports whether [f, l) holds a number: a poll's share ("with
// 41 percent saying", "with roughly two in five backing") speaks for the
// respondents it counts.
func (x *extractor) hasNumber(f, l int) bool {
	for i := f; i < l; i++ {
		if syntax.POS(x.d, i) == "NUM" {
			return true
		}
	}
	return false
}
