package attrib

import "testing"

// TestPassiveByAgents checks that a passive stance cue with a "by" agent
// takes the agent as its source and the patient as its content.
func TestPassiveByAgents(t *testing.T) {
	checkLines(t, []wantLines{
		{"a participle with its agent",
			"Farm cooperatives backed by Governor Alvarez have little choice but to comply.",
			[]string{"Governor Alvarez | backed by | Farm cooperatives | indirect"}},
		{"an active cue keeps its order",
			"Governor Alvarez backed the farm cooperatives.",
			[]string{"Governor Alvarez | backed | the farm cooperatives | indirect"}},
		{"an agent that holds no view leaves no attribution",
			"Farm cooperatives backed by cheap loans have little choice but to comply.",
			nil},
	})
}
