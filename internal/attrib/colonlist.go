package attrib

import "github.com/crosscheck-news/crosscheck/internal/syntax"

// nameList reports whether tokens [start, end) after a "Label:" are a
// roster rather than a statement: "Ohio: Ann Lee, Bo Park, Cy Diaz, …"
// lists the people a story polled or thanked, and a list of names with no
// verb says nothing. Four commas and no verb make a list.
func (x *extractor) nameList(start, end int) bool {
	d := x.d
	commas := 0
	for k := start; k < end; k++ {
		switch syntax.POS(d, k) {
		case "VERB", "AUX":
			return false
		}
		if d.Tokens[k].Text == "," {
			commas++
		}
	}
	return commas >= 4
}

// loneSpeaker reports whether a one-word label before a paragraph's colon
// can be a speaker: a name or a noun ("Critics: …"), not a sentence
// adverb or a pronoun the writer opens with ("So: …", "Still: …", "It: …").
func (x *extractor) loneSpeaker(first, colon int) bool {
	if colon-first != 1 {
		return true
	}
	switch syntax.POS(x.d, first) {
	case "ADV", "PRON", "CCONJ", "SCONJ", "DET", "INTJ":
		return false
	}
	return true
}
