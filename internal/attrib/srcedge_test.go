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
