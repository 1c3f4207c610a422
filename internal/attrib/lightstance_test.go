package attrib

import "testing"

// TestLightStances checks light-verb phrases whose noun names the stance.
func TestLightStances(t *testing.T) {
	cases := []wantLines{
		{"a noun of feeling with a clause",
			"The mayor expressed concern that the levee would not hold.",
			[]string{"The mayor | expressed concern | that the levee would not hold | indirect"}},
		{"a noun of feeling with its preposition",
			"Several council members voiced concerns about the new parking fees.",
			[]string{"Several council members | voiced concerns about | the new parking fees | indirect"}},
		{"doubts raised about something",
			"The auditor raised doubts about the port's figures.",
			[]string{"The auditor | raised doubts about | the port's figures | indirect"}},
		{"a newspaper holds views",
			"The paper raised concerns about the harbour budget.",
			[]string{"The paper | raised concerns about | the harbour budget | indirect"}},
		{"a feeling needs someone who holds it",
			"The new tariff raised doubts about the port's future.",
			nil},
		{"waters hold no feeling",
			"Rising waters raised concerns about the old dam.",
			nil},
		{"numbers hold no feeling",
			"The latest numbers raised doubts about the recovery.",
			nil},
		{"events hold no feeling",
			"Recent events raised concerns about security at the port.",
			nil},
		{"a name that ends in a thing's word holds one",
			"The United States voiced concerns about the old dam.",
			[]string{"The United States | voiced concerns about | the old dam | indirect"}},
		{"people named by their ending do",
			"Local farmers raised concerns about the old dam.",
			[]string{"Local farmers | raised concerns about | the old dam | indirect"}},
		{"a bare noun of feeling with nothing after it makes no light cue",
			"The mayor expressed concern.",
			nil},
	}
	checkLines(t, cases)
}

// TestMoreSpeechVerbs checks verbs of speech and judgment the parse pass
// reads beyond the older lists.
func TestMoreSpeechVerbs(t *testing.T) {
	cases := []wantLines{
		{"mused with a clause",
			"The senator mused that the port might close by winter.",
			[]string{"The senator | mused | that the port might close by winter | indirect"}},
		{"savaged an object",
			"The governor savaged the budget plan.",
			[]string{"The governor | savaged | the budget plan | indirect"}},
	}
	checkLines(t, cases)
}
