package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// More verbs and documents of issuing. A group that "fired back a
// response saying …", "signed an open letter urging …", "filed a lawsuit
// alleging …" or "carried signs reading …" is the one PolNeAR marks as
// the source: the document only carries the words.
func init() {
	for _, w := range strings.Fields(`fire sign draft plant carry place revise launch pen author submit
		circulate distribute deliver hold display print produce`) {
		issueVerbs[w] = true
	}
	for _, w := range strings.Fields(`lawsuit lawsuits suit complaint website site article articles
		sign signs banner banners poster posters flyer flyers mailer mailers report reports piece
		note book essay brief motion resolution document documents spot commercial commercials
		editorial blog broadcast`) {
		messageNouns[w] = true
	}
}

// issuingSubject returns the subject of issuing verb v, which must come
// before v: its own nsubj, or, where the parser hung v on another verb as
// a conjunct or a complement ("declined to comment, then issued a
// statement"; "helped draft a report"), the subject of that verb; or the
// noun a participle modifies ("both men, who met Monday, issued …" parsed
// as "men issued"). It returns -1 when there is none.
func (x *extractor) issuingSubject(v int) int {
	d := x.d
	for hop := 0; hop < 3 && v >= 0; hop++ {
		if j := syntax.Child(d, v, "nsubj"); j >= 0 {
			if j > v || hop > 0 && d.Tokens[j].Dep != "nsubj" {
				// A passive subject of the verb v hangs on is the one
				// acted on, not the one issuing.
				return -1
			}
			return j
		}
		h := d.Tokens[v].Head
		if h < 0 || h > v {
			return -1
		}
		switch d.Tokens[v].Dep {
		case "conj", "xcomp":
			v = h
		case "acl":
			if syntax.POS(d, h) == "NOUN" || syntax.POS(d, h) == "PROPN" {
				return h
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// messageHead returns the message noun a source stands for: a message
// noun inside the span, or, when the source is the relative pronoun of a
// clause on a message ("released a video that says …": "that"), the
// message it refers to. It returns -1 when there is none.
func (x *extractor) messageHead(src srcSpan) int {
	d := x.d
	h := -1
	for i := src.first; i < src.limit; i++ {
		if messageNouns[d.Tokens[i].Lower] && d.Tokens[i].POS == "NOUN" {
			h = i
		}
	}
	if h >= 0 || src.limit != src.first+1 {
		return h
	}
	switch d.Tokens[src.first].Lower {
	case "that", "which":
	default:
		return -1
	}
	v := d.Tokens[src.first].Head
	if v < 0 || d.Tokens[v].Dep != "acl:relcl" {
		return -1
	}
	n := d.Tokens[v].Head
	if n < 0 || n >= src.first || !messageNouns[d.Tokens[n].Lower] {
		return -1
	}
	return n
}

// relativeIssuer reports whether j is the relative pronoun subject of a
// clause of issuing ("the group, which released a statement …"): PolNeAR
// marks the pronoun itself as the source there.
func (x *extractor) relativeIssuer(j, v int) bool {
	d := x.d
	switch d.Tokens[j].Lower {
	case "which", "who":
		return d.Tokens[j].Head == v && d.Tokens[v].Dep == "acl:relcl"
	}
	return false
}
