package attrib

import "testing"

// TestItSeems checks the impersonal hedge "it seems (that) …" as a cue with
// no source and the clause after it as the content.
func TestItSeems(t *testing.T) {
	checkLines(t, []wantLines{
		{"with that",
			"It seems that the ferry company will raise its fares in spring.",
			[]string{"∅ | seems | the ferry company will raise its fares in spring | indirect"}},
		{"with a modal and as if",
			"It would appear as if the orchard owners had given up on the harvest.",
			[]string{"∅ | would appear | the orchard owners had given up on the harvest | indirect"}},
		{"a bare clause",
			"It seems the rowing club has lost its best coach.",
			[]string{"∅ | seems | the rowing club has lost its best coach | indirect"}},
		{"an adjective with a clause after it",
			"It now seems likely that the bakery will close before winter.",
			[]string{"∅ | now seems | likely that the bakery will close before winter | indirect"}},
		{"that as a determiner",
			"It seemed that way to the hikers on the ridge.",
			nil},
		{"that evening is a time",
			"It appeared that evening on the front page of the village bulletin.",
			nil},
		{"that as an adverb",
			"It appeared that tall only from the river bank.",
			nil},
	})
}

// TestSeemsPredicate checks the hedge on a predicate ("X seemed tired") as
// a sourceless cue around the subject and the predicate, and a stance
// adjective after it as the subject's own stance.
func TestSeemsPredicate(t *testing.T) {
	checkLines(t, []wantLines{
		{"an adjective",
			"The harbour master seemed relieved after the storm passed.",
			[]string{"∅ | seemed | The harbour master | indirect", "∅ | seemed | relieved after the storm passed | indirect"}},
		{"like and a modal",
			"The new footbridge may seem like a luxury to the villagers.",
			[]string{"∅ | may seem | The new footbridge | indirect", "∅ | may seem | like a luxury to the villagers | indirect"}},
		{"a stance adjective with a clause",
			"The mayor seemed hopeful that the pitch would dry out by Sunday.",
			[]string{"The mayor | seemed hopeful | that the pitch would dry out by Sunday | indirect"}},
		{"a place after appear",
			"The cellist appeared on the evening news.",
			nil},
		{"a time after appear",
			"The lanterns will appear next week in the square.",
			nil},
		{"an object of make",
			"Their bright jackets made them seem younger than they were.",
			nil},
	})
}

// TestSeemsToSay checks that a hedge on a verb of saying or judging
// ("seemed to concede") is read as one attribution, the subject's, and
// not also as the writer's hedge.
func TestSeemsToSay(t *testing.T) {
	checkLines(t, []wantLines{
		{"a verb of saying after the hedge",
			"The harbour master seemed to concede that the pier was lost.",
			[]string{"The harbour master | seemed to concede | that the pier was lost | indirect"}},
		{"a verb of blame after the hedge",
			"Okafor appeared to blame the ferry company for the delays.",
			[]string{"Okafor | appeared to blame | the ferry company | indirect"}},
		{"any other verb stays the writer's hedge",
			"The old pier seemed to sink deeper into the mud.",
			[]string{"∅ | seemed | The old pier | indirect", "∅ | seemed | to sink deeper into the mud | indirect"}},
	})
}
