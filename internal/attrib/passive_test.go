package attrib

import "testing"

// TestPassiveAgentIsSource checks that a passive cue with an agent takes
// the agent as its source and its subject as content.
func TestPassiveAgentIsSource(t *testing.T) {
	cases := []wantLines{
		{"a passive with an agent",
			"Mayor Okafor was criticized by Senator Dana Lee.",
			[]string{"Senator Dana Lee | was criticized | Mayor Okafor | indirect"}},
		{"an agent named by a noun for people",
			"Mayor Okafor has been called reckless by the city's auditors.",
			[]string{"the city's auditors | has been called | Mayor Okafor | indirect",
				"the city's auditors | has been called | reckless | indirect"}},
		{"a label stays in the content",
			"The mayor has been called a bully by fellow councillors.",
			[]string{"fellow councillors | has been called | The mayor | indirect",
				"fellow councillors | has been called | a bully | indirect"}},
		{"a charge the parser hangs on the agent is content, not source",
			"The mayor was accused by rivals of lying about the budget.",
			[]string{"rivals | was accused | The mayor | indirect",
				"rivals | was accused | of lying about the budget | indirect"}},
		{"a time after the agent is no part of it",
			"The figures were questioned by auditors last year.",
			[]string{"auditors | were questioned | The figures | indirect"}},
		{"a passive without an agent keeps no source",
			"Okafor was asked to name a single example.",
			[]string{"∅ | was asked | to name a single example | indirect"}},
	}
	checkLines(t, cases)
}
