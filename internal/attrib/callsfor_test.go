package attrib

import "testing"

// TestCallsFor checks the plural noun "calls for" without a possessor,
// and that a verb "calls for" or a noun "calls" without "for" is left to
// the other rules.
func TestCallsFor(t *testing.T) {
	checkLines(t, []wantLines{
		{"group adjective as the source",
			`The leak renewed Labour calls for an inquiry into the contract.`,
			[]string{`Labour | calls for | an inquiry | indirect`}},
		{"no source",
			`The council met amid calls for a recount in the northern wards.`,
			[]string{`∅ | calls for | a recount | indirect`}},
		{"a subject noun before: a verb, not this rule",
			`Former harbor chairman calls for new ferry timetable`,
			[]string{`Former harbor chairman | calls for | new ferry timetable | indirect`}},
		{"phone calls are no demand",
			`The office logged forty calls from angry tenants.`,
			nil},
	})
}
