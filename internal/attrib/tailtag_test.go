package attrib

import "testing"

// TestTailTag checks report tags that close their sentence after a comma
// with a speaker phrase the subject scan cannot read, and endings that are
// no tag.
func TestTailTag(t *testing.T) {
	checkLines(t, []wantLines{
		{"a speaker with an adjective and a preposition",
			"The council has approved the levy, an aide close to Mayor Diaz said.",
			[]string{"an aide close to Mayor Diaz | said | The council has approved the levy | indirect"}},
		{"a speaker with an adjective phrase",
			"Ortiz will not run again, people briefed on her plans said.",
			[]string{"people briefed on her plans | said | Ortiz will not run again | indirect"}},
		{"a newspaper's present tense the tagger reads as a noun",
			"The school will close next week, the Dover Tribune reports.",
			[]string{"the Dover Tribune | reports | The school will close next week | indirect"}},
		{"a noun that is also a verb form is no tag",
			"Lena Ortiz won the vote easily in her home county.",
			nil},
		{"a noun after a comma is no tag",
			"The delegates left the hall, full of hope.",
			nil},
	})
}
