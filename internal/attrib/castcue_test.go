package attrib

import "testing"

// TestCastCues checks "cast X as Y" as a portrayal, and the senses of
// "cast" that portray no one.
func TestCastCues(t *testing.T) {
	checkLines(t, []wantLines{
		{"cast a rival as",
			"Governor Almeida cast her challenger as a friend of the landlords.",
			[]string{"Governor Almeida | cast | her challenger as a friend of the landlords | indirect"}},
		{"cast oneself as, with have",
			"The mayor has cast himself as the reformer of the water board.",
			[]string{"The mayor | has cast | himself as the reformer of the water board | indirect"}},
		{"the stage's passive",
			"Mira Holt was cast as the queen in the spring revival.",
			nil},
		{"a shadow cast",
			"The storm cast a shadow over the harvest fair.",
			nil},
	})
}
