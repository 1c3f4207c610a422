package timex

import (
	"sort"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Rules for readings that news text makes wrong, applied to the
// expressions the grammars found.

// dropAges removes durations that are ages: "Mr. Reupke, 52 years old",
// "employees 55 years old or older". An age describes a person, not a
// time of the story, and TimeBank leaves it untagged.
func dropAges(d *doc.Document, ms []Match) []Match {
	out := ms[:0]
	for _, m := range ms {
		if m.Type == doc.Duration && nextWord(d, m.End) == "old" {
			continue
		}
		out = append(out, m)
	}
	return out
}

// nextWord is the lower-case token that starts at or after code point
// end, "" at the end of the text.
func nextWord(d *doc.Document, end int) string {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= end })
	if i == len(d.Tokens) {
		return ""
	}
	return d.Tokens[i].Lower
}

// article reports whether w is the indefinite article, which a count
// reads as one but which does not start a clock time ("Wednesday night at
// a rally" is no 1 o'clock).
func article(w string) bool { return w == "a" || w == "an" }

// yearAloneEnds are the tokens after which "the year" is the current one
// of a business report ("For the year, volume was flat", "the first nine
// months of the year."): the phrase ends there. Before anything else it
// is a year the sentence goes on to name ("the year before", "the year
// 2000", "the year he was born") and is left alone.
var yearAloneEnds = map[string]bool{",": true, ".": true, ";": true, ":": true, "?": true, "!": true, "'s": true, "’s": true}
