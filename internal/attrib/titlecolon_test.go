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

// TestTitleColonLabels checks that a topic label before a headline's
// colon is no speaker, and that a named speaker with a topic still is.
func TestTitleColonLabels(t *testing.T) {
	checkLines(t, []wantLines{
		{"a speaker with a topic",
			"Councillor Brandt on the tram: We cannot afford another delay\n\nShe spoke at noon.",
			[]string{"Councillor Brandt on the tram | : | We cannot afford another delay | direct"}},
		{"live coverage",
			"Live coverage: Wildfire forces thousands from their homes\n\nCrews worked overnight.",
			nil},
		{"a season in a place",
			"Tourist season in Portugal: Where to go before the crowds arrive\n\nPrices rise in June.",
			nil},
		{"figures for a month",
			"Gas prices in April: Drivers pay less for a fourth week\n\nThe survey came out Friday.",
			nil},
		{"a year's contest",
			"Midterms 2030: Twelve governor races to watch\n\nThe map is wide.",
			nil},
		{"a possessor's contest",
			"Oregon senator's race: Hale edges ahead of Moreno\n\nThe poll closed Monday.",
			nil},
		{"a journey label",
			"Path to the final: Underdogs win again in extra time\n\nThe crowd stayed late.",
			nil},
	})
}
