package attrib

// hedgedHolder gives the subject of a hedge with an infinitive ("the
// senator seemed to welcome the plan", "the union is expected to reject
// the offer") as the source when it can hold a view: the infinitive then
// reports the subject's own stance or act, and PolNeAR marks the subject
// as its source more often than it leaves the hedge sourceless. A subject
// that holds no view ("the day seemed to mark a turn") leaves the writer's
// hedge as it was. h is the verb's subject, -1 for none; the subject must
// lie within [first, cs), before the cue.
func (x *extractor) hedgedHolder(h, first, cs int) (srcSpan, bool) {
	if h < first || h >= cs || x.used[h] || x.inQuote[h] != 0 {
		return srcSpan{}, false
	}
	switch x.d.Tokens[h].Lower {
	case "it", "there", "this", "that", "which", "what":
		return srcSpan{}, false
	}
	f, l := x.phrase(h)
	l = min(l, cs)
	if f >= l || !x.canHoldView(f, l) {
		return srcSpan{}, false
	}
	return srcSpan{f, l}, true
}
