package attrib

import "testing"

// TestPossessiveNounCues checks stance nouns with a possessor and a
// complement ("the mayor's call for …", "her pledge to …"), the verb that
// takes such a noun as its object with a pronoun for its own subject, and
// the near misses that must stay silent.
func TestPossessiveNounCues(t *testing.T) {
	checkLines(t, []wantLines{
		{"a name's call for",
			"The mayor's call for a curfew came after a week of looting.",
			[]string{"The mayor's | call for | a curfew | indirect"}},
		{"an adjective's preposition leaves the stance the possessor's",
			"The senator remained firm in her criticism of the ferry contract.",
			[]string{"her | criticism of | the ferry contract | indirect"}},
		{"a pronoun's attacks on",
			"Her attacks on the zoning board dominated the meeting.",
			[]string{"Her | attacks on | the zoning board | indirect"}},
		{"an infinitive ends with its own clause",
			"His pledge to repave every road has won him votes.",
			[]string{"His | pledge | to repave every road | indirect"}},
		{"the verb's subject owns the stance",
			"The union sharpened its criticism of the hospital board.",
			[]string{"The union | sharpened its criticism of | the hospital board | indirect"}},
		{"someone else's call",
			"Few parents followed his call for calm.",
			nil},
		{"no complement",
			"His attacks were fierce.",
			nil},
		{"an attack by arms",
			"The rebels' attack on the convoy killed four drivers.",
			nil},
		{"the stance a verb's preposition is about",
			"The council retreated from its call for a levy.",
			nil},
		{"a stance inside someone's words",
			"Ms. Ortiz said his attacks on the chef were unfair.",
			[]string{"Ms. Ortiz | said | his attacks on the chef were unfair | indirect"}},
	})
}

// TestNominalClaimInsideContent checks that a possessor's claim with its
// "that" clause is no attribution of its own inside another speaker's
// content, and still is one outside it.
func TestNominalClaimInsideContent(t *testing.T) {
	checkLines(t, []wantLines{
		{"inside another speaker's words",
			"Critics argued that the minister's claim that the bridge was safe was false.",
			[]string{"Critics | argued | that the minister's claim that the bridge was safe was false | indirect"}},
		{"on its own",
			"Engineers laughed at the minister's claim that the bridge was safe.",
			[]string{"the minister's | claim | that the bridge was safe | indirect"}},
	})
}

// TestDeliveredNounCues checks a stance noun without a possessor that a
// verb of delivery puts out ("launched an attack on", "made a plea for"):
// the verb's subject is the source and the verb phrase the cue.
func TestDeliveredNounCues(t *testing.T) {
	checkLines(t, []wantLines{
		{"launched an attack on",
			"The governor launched an attack on the pension board.",
			[]string{"The governor | launched an attack on | the pension board | indirect"}},
		{"made a plea for (found before too; must stay whole)",
			"The mayor made a plea for patience.",
			[]string{"The mayor | made a plea for | patience | indirect"}},
		{"an attack by arms",
			"The rebels launched an attack on the convoy.",
			nil},
		{"a verb that puts nothing out",
			"The panel received a call for reform.",
			nil},
	})
}
