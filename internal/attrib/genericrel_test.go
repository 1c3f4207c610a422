package attrib

import "testing"

// TestGenericRelatives checks that a restrictive "who said" clause that
// only defines the subject's group reports nothing, on invented sentences,
// while a non-restrictive one still does.
func TestGenericRelatives(t *testing.T) {
	checkLines(t, []wantLines{
		{"a group defined by what it says, subject of the main verb",
			"Anglers who say the river is overfished were split on the new quota.",
			nil},
		{"a non-restrictive clause after a comma",
			"The ferry captain, who said the river was too shallow, cancelled the crossing.",
			[]string{"who | said | the river was too shallow | indirect"}},
		{"one person picked out by what she said keeps her claim",
			"The lifeguard who said she saw a fin near the pier was praised by the council.",
			[]string{"who | said | she saw a fin near the pier | indirect"}},
	})
}
