package attrib

import "testing"

// TestParticipleStart checks that a participle opening the sentence before
// the source is kept in it, and that a participle with a pronoun after it,
// "including" or one in mid-sentence is not.
func TestParticipleStart(t *testing.T) {
	cases := []wantLines{
		{"a retired officer",
			"Retired admiral Jonas Vikstrom said the harbor defenses were outdated.",
			[]string{"Retired admiral Jonas Vikstrom | said | the harbor defenses were outdated | indirect"}},
		{"after a conjunction",
			"But striking dockworkers say the new contract cuts their pensions.",
			[]string{"striking dockworkers | say | the new contract cuts their pensions | indirect"}},
		{"near miss: a pronoun after the participle",
			"Hearing them, the referee said the match would go on.",
			[]string{"the referee | said | the match would go on | indirect"}},
	}
	checkLines(t, cases)
}

// TestQuantityStart checks that an approximator before a share without a
// digit stays in the source, and that one before a plain noun does not.
func TestQuantityStart(t *testing.T) {
	cases := []wantLines{
		{"nearly half",
			"Nearly half of the anglers surveyed said the trout season was too short.",
			[]string{"Nearly half of the anglers surveyed | said | the trout season was too short | indirect"}},
		{"about two-thirds",
			"About two-thirds of the tenants said the boiler was broken.",
			[]string{"About two-thirds of the tenants | said | the boiler was broken | indirect"}},
		{"near miss: the word after the approximator is no share",
			"Nearly furious, tenants said the boiler was broken again.",
			[]string{"tenants | said | the boiler was broken again | indirect"}},
		{"nearly all",
			"Nearly all tenants said the boiler was broken again.",
			[]string{"Nearly all tenants | said | the boiler was broken again | indirect"}},
	}
	checkLines(t, cases)
}

// TestTimeTail checks that a time closing a source before its cue is cut
// off, and that a time inside a description or a relative clause stays.
func TestTimeTail(t *testing.T) {
	cases := []wantLines{
		{"a poll in a month",
			"A Harbor Institute poll in June found that most residents opposed the toll.",
			[]string{"A Harbor Institute poll | found | that most residents opposed the toll | indirect"}},
		{"at the time",
			"Mayor Ines Oduya at the time said the pier was safe.",
			[]string{"Mayor Ines Oduya | said | the pier was safe | indirect"}},
		{"near miss: the time dates a relative clause",
			"Residents who moved to the island in 2015 say the ferry is too expensive.",
			[]string{"Residents who moved to the island in 2015 | say | the ferry is too expensive | indirect"}},
		{"near miss: the time dates an appositive",
			"Ines Oduya, the mayor in 2015, said the pier was safe.",
			[]string{"Ines Oduya, the mayor in 2015, | said | the pier was safe | indirect"}},
	}
	checkLines(t, cases)
}
