package attrib

import "testing"

// TestColonLeadRelativeClause checks that the verb of a lead-in colon is
// not taken from a clause that modifies a noun ("a notice that was sent
// by the club:", "fans who hope for a title:", "a banner reading:"): the
// clause's subject is no speaker, and "that" or "who" never is.
func TestColonLeadRelativeClause(t *testing.T) {
	checkLines(t, []wantLines{
		{"a relative clause after the statement",
			"The principal said in a letter that was mailed to parents:\n\n\"Classes will resume on Monday.\"",
			[]string{`The principal | said in a letter that was mailed to parents: | "Classes will resume on Monday." | direct`}},
		{"a relative clause after the subject",
			"The airline, in a notice that was emailed to passengers:\n\n\"All flights are delayed until noon.\"",
			[]string{`∅ |  | "All flights are delayed until noon." | direct`}},
		{"a participle after an object",
			`The striker wore a cap bearing the slogan: "Ban the levy."`,
			[]string{`The striker | wore a cap bearing the slogan: | "Ban the levy." | direct`}},
		{"who in a noun's clause",
			`Her tip for cooks who dream of opening a bakery: "Start with bread."`,
			nil},
		{"a plain lead-in still counts",
			`The referee gave both captains a blunt reminder: "Keep your hands down."`,
			[]string{`The referee | gave both captains a blunt reminder: | "Keep your hands down." | direct`}},
	})
}
