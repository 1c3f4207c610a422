package attrib

import "testing"

// TestPronounStanceVerbs checks that a verb before his/her/its/their and
// a stance noun leads the cue only when it puts out or presses the stance
// ("repeated its call for", "stepped up his criticism of"), and that the
// legal "case against" is no stance.
func TestPronounStanceVerbs(t *testing.T) {
	checkLines(t, []wantLines{
		{"a verb that repeats the stance",
			"The union renewed its call for a strike.",
			[]string{"The union | renewed its call for | a strike | indirect"}},
		{"a verb that presses the stance",
			"The coach stepped up his criticism of the league.",
			[]string{"The coach | stepped up his criticism of | the league | indirect"}},
		{"a verb that drops the stance",
			"The mayor dropped her call for a curfew after the rain.",
			nil},
		{"a lawsuit lost",
			"The bakery lost its case against the landlord in county court.",
			nil},
		{"a lawsuit won",
			"The tenant won her case against the building owner last spring.",
			nil},
		{"a prosecution's case",
			"The state's case against the banker rests on a single email.",
			nil},
	})
}
