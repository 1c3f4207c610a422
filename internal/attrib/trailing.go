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

// parseOverShared returns the parse's subject for the participle k (",
// arguing …") where it should replace the source [s, lim) that the surface
// rule shares with the last attribution before it in the sentence: that
// attribution's cue is not on the participle's chain of heads (it sits in a
// relative clause, "Ortiz, who says the budget is sound, cut the grant,
// arguing …", or in another nested clause), and the parse names a speaker
// that is no time and no dateline. Where no attribution comes before, the
// surface scan for the main clause's subject stands: the parse's subject
// there lost on PolNeAR train. Measured: relation overlap train 71.00 →
// 71.01, dev 74.00 → 74.15.
func (x *extractor) parseOverShared(k, s, lim int) (srcSpan, bool) {
	d := x.d
	if s < 0 || !depIs(d.Tokens[k].Dep, "advcl") {
		return srcSpan{}, false
	}
	ps, ok := x.parsedSource(k)
	if !ok || ps.first == s && ps.limit == lim {
		return srcSpan{}, false
	}
	if t := x.timeSource(x.dropDateline(ps)); t != ps || !x.canHoldView(ps.first, ps.limit) {
		return srcSpan{}, false
	}
	// The cue whose source was shared: keep it where the participle hangs
	// on it.
	for j := len(x.out) - 1; j >= 0; j-- {
		a := x.out[j]
		if a.Source == nil || a.Cue.End <= a.Cue.Start {
			continue
		}
		ci := d.TokenAt(a.Cue.Start)
		if ci < 0 || d.Tokens[ci].Sent != d.Tokens[k].Sent || ci >= k {
			continue
		}
		cj := d.TokenAt(a.Cue.End - 1)
		for v, depth := d.Tokens[k].Head, 0; v >= 0 && depth < 4; v, depth = d.Tokens[v].Head, depth+1 {
			if v >= ci && v <= cj {
				return srcSpan{}, false
			}
		}
		return ps, true
	}
	return ps, true
}
