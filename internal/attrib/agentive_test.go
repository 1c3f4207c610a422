package attrib

import "testing"

// TestAgentiveCues checks the verbal cues of agentive.go on invented news
// sentences, and sentences whose verbs take no stance.
func TestAgentiveCues(t *testing.T) {
	cases := []wantLines{
		{"a chain verb whose infinitive the parser reads as an adverbial clause",
			"The governor went on to name three towns that had lost their clinics.",
			[]string{"The governor | went on to name | three towns that had lost their clinics | indirect"}},
		{"a stance through a preposition",
			"Okafor railed against the new parking fees.",
			[]string{"Okafor | railed against | the new parking fees | indirect"}},
		{"focused on a topic",
			"The council members focused on the cost of the new bridge.",
			[]string{"The council members | focused on | the cost of the new bridge | indirect"}},
		{"commented on a ruling",
			"The mayor commented on the court's ruling.",
			[]string{"The mayor | commented on | the court's ruling | indirect"}},
		{"a participle clause that opens the sentence takes the main subject",
			"After praising the volunteers, the mayor thanked the donors.",
			[]string{"the mayor | praising | the volunteers | indirect",
				"the mayor | thanked | the donors | indirect"}},
		{"a vehicle verb's purpose infinitive",
			"Moreno used the interview to attack the housing plan.",
			[]string{"Moreno | used the interview to attack | the housing plan | indirect"}},
		{"took to social media to criticize",
			"The senator took to social media to criticize the verdict.",
			[]string{"The senator | took to social media to criticize | the verdict | indirect"}},
		{"focused with an object is no stance",
			"The photographer focused the lens.",
			nil},
		{"a purpose infinitive after another verb is an aim",
			"Hundreds of fans lined up to see the singer.",
			nil},
		{"a prep-only cue with another particle is no stance",
			"The pilot touched down on the runway at noon.",
			nil},
		{"a prep-only cue takes only its own prepositions",
			"The minister touched at the port of Vale on her way home.",
			nil},
		{"a physical event", "The storm destroyed the bridge.", nil},
		{"a figure", "Prices rose 3 percent.", nil},
		{"a result", "The team won the match.", nil},
	}
	checkLines(t, cases)
}
