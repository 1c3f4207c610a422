package attrib

import "strings"

// trailingSource returns the source of a participle clause set off by a
// comma at the end of a reported clause ("The chief said the plant would
// close, hinting at further cuts"). The parser often hangs the participle
// on the last verb before it, inside the cue's complement, where it would
// share the subject of the reported clause ("the plant"); in news English
// such a participle after a verb of saying is almost always the speaker's
// second act, so it shares the subject of the cue verb above that
// complement instead.
func (x *extractor) trailingSource(k int) (srcSpan, bool) {
	d := x.d
	t := &d.Tokens[k]
	if !depIs(t.Dep, "advcl") || !strings.HasSuffix(t.Lower, "ing") || k == 0 || d.Tokens[k-1].Text != "," || t.Head < 0 || t.Head >= k {
		return srcSpan{}, false
	}
	// Climb from the participle's head to the complement clause it lies in.
	v := t.Head
	for depth := 0; depth < 4 && v >= 0; depth++ {
		tv := &d.Tokens[v]
		if depIs(tv.Dep, "ccomp") && tv.Head >= 0 && tv.Head < v {
			c := tv.Head
			if d.Tokens[c].POS != "VERB" || !x.reportVerb(c) {
				return srcSpan{}, false
			}
			return x.parsedSource(c)
		}
		if !depIs(tv.Dep, "conj", "xcomp", "advcl", "obl", "obj") || tv.Head < 0 {
			return srcSpan{}, false
		}
		v = tv.Head
	}
	return srcSpan{}, false
}

// reportVerb reports whether verb c is a cue of saying or thinking whose
// complement is another's words: the surface rules' lexicon or the parse
// pass's.
func (x *extractor) reportVerb(c int) bool {
	t := x.tok(c)
	l := lexLemma(t)
	return cueLemma[t.Lower] != "" || parseCueLemmas[l] && !parseNonCue[l]
}
