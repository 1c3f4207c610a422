package attrib

import "testing"

// TestTitleColon checks headlines of the form "speaker: claim" whose
// speaker is more than a run of names.
func TestTitleColon(t *testing.T) {
	checkLines(t, []wantLines{
		{"a lowercase noun after the name",
			"Ruiz campaign: Harbour tax plan would hurt fishermen\n\nThe campaign spoke on Monday.",
			[]string{"Ruiz campaign | : | Harbour tax plan would hurt fishermen | direct"}},
		{"an addressee after the name",
			"Okafor to city council: The tram line will be finished by spring\n\nThe mayor spoke at noon.",
			[]string{"Okafor to city council | : | The tram line will be finished by spring | direct"}},
		{"a possessive and an adjective",
			"Farmers' new demand: Water prices must be frozen for a decade\n\nThe union met on Friday.",
			[]string{"Farmers' new demand | : | Water prices must be frozen for a decade | direct"}},
		{"a question is the headline's own",
			"Senator Lund: Reformer or another career politician?\n\nThe race is close.",
			nil},
		{"a clause before the colon is no speaker",
			"The One Road Both Towns Need: A Bridge Over The Tarn\n\nThe towns met on Friday.",
			nil},
	})
}
