package attrib

import "testing"

// TestSpeakTopic checks that "speak" is a cue only with a topic after it.
func TestSpeakTopic(t *testing.T) {
	checkLines(t, []wantLines{
		{"spoke about a topic",
			"The governor spoke about the new ferry schedule.",
			[]string{"The governor | spoke about | the new ferry schedule | indirect"}},
		{"spoke to a crowd is no view",
			"The governor spoke to the harbor workers union on Friday.",
			nil},
		{"spoke with a hearer is no view",
			"The governor spoke with the mayor of Dover.",
			nil},
		{"the connective 'That said' is no report",
			"That said, the levy will pass in May.",
			nil},
		{"speaking on condition of anonymity is no view",
			"An aide, speaking on the condition of anonymity, was not at the meeting.",
			nil},
		{"a time after 'spoke on' does not hide the topic after it",
			"The senator spoke on Tuesday about the harbor tax.",
			[]string{"The senator | spoke | about the harbor tax | indirect"}},
		{"spoke against a plan has a target",
			"The mayor spoke against the toll road at the council.",
			[]string{"The mayor | spoke against | the toll road at the council | indirect"}},
	})
}
