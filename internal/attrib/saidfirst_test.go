package attrib

import "testing"

// TestSaidFirst checks the inverted lead-in "Said X, "…"" on invented
// sentences, and a fronted "Asked …" that names no speaker.
func TestSaidFirst(t *testing.T) {
	checkLines(t, []wantLines{
		{"said, a name and a relative clause, a quotation",
			"The orchard closed after ninety years. Said Marta Quill, who picked apples there as a girl, “We will miss the smell of the cider press.”",
			[]string{"Marta Quill, who picked apples there as a girl, | Said | “We will miss the smell of the cider press.” | direct"}},
		{"said and a bare name",
			"The orchard closed after ninety years. Said Lindqvist, “Nobody wanted to buy the land.”",
			[]string{"Lindqvist | Said | “Nobody wanted to buy the land.” | direct"}},
		{"a fronted question names no speaker",
			"Asked about the land, the owner said, “Nobody wanted to buy it.”",
			[]string{"∅ | Asked about | the land | indirect",
				"the owner | said | “Nobody wanted to buy it.” | direct"}},
	})
}
