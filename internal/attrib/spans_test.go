package attrib

import (
	"strings"
	"testing"
)

// TestRefinedSpans checks the span conventions refineContents applies, on
// parsed text.
func TestRefinedSpans(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "source | cue | content"
	}{
		{"a quotation inside the content keeps its stop, closing mark and further sentences",
			`Moreno told the Courier that "they dropped Nina because she was loyal. They are rigging the vote."`,
			[]string{`Moreno | told | that "they dropped Nina because she was loyal. They are rigging the vote."`}},
		{"a verb phrase joined to the cue's is not reported",
			"Okafor criticized the state of public transit and touted her plans to fix the network.",
			[]string{"Okafor | criticized | the state of public transit", "Okafor | touted | her plans to fix the network"}},
		{"a relative clause after the content is the writer's",
			"Whitlock has acknowledged the scale of the housing shortage, which makes him an outlier among his colleagues.",
			[]string{"Whitlock | has acknowledged | the scale of the housing shortage"}},
		{"a clause after a comma and a conjunction is not reported",
			"The mayor said the bill was dead, but the council disagreed with him.",
			[]string{"The mayor | said | the bill was dead"}},
		{"an including list goes on with the object",
			"The minister announced new measures, including a curfew and a ban on gatherings.",
			[]string{"The minister | announced | new measures, including a curfew and a ban on gatherings"}},
		{"a part singled out goes on with the object",
			"The mayor praised the plan, particularly its focus on buses.",
			[]string{"The mayor | praised | the plan, particularly its focus on buses"}},
		{"the object of 'against' after the cue is the content",
			"Mayor Lina Voss warned against a hasty sale of the depot.",
			[]string{"Mayor Lina Voss | warned against | a hasty sale of the depot"}},
		{"the hearer after 'to' is no content; what it was about is",
			"The minister complained to party officials about the delay.",
			[]string{"The minister | complained | about the delay"}},
		{"a parenthetical cue's content has two parts",
			"The merger, they said, raised fresh doubts about the future of the plant.",
			[]string{"they | said | raised fresh doubts about the future of the plant", "they | said | The merger"}},
		{"a source after its cue runs to the sentence end",
			`"The scheme pays off," said Helen Voss, who was a regional director for the charity and is one of the new trustees.`,
			[]string{`Helen Voss, who was a regional director for the charity and is one of the new trustees | said | "The scheme pays off,"`}},
		{"a participle after the source is not part of it",
			`"It lifts the back catalog," said Owen Marsh, chairman of the label, noting that old albums sell again.`,
			[]string{`Owen Marsh, chairman of the label, | said | "It lifts the back catalog,"`}},
		{"an aside after the source is not part of it",
			"Ms. Alvarez, in a short phone call on Tuesday, said her budget was a fair compromise.",
			[]string{"Ms. Alvarez | said | her budget was a fair compromise"}},
		{"a participle clause after the source is not part of it",
			"Ms. Alvarez, speaking to a group of farmers on Tuesday, said her budget was a fair compromise.",
			[]string{"Ms. Alvarez | said | her budget was a fair compromise"}},
		{"a manner adverb after the cue's verb is part of the cue",
			`"We are so sorry you are leaving," Lena said sarcastically.`,
			[]string{`Lena | said sarcastically | "We are so sorry you are leaving,"`}},
		{"an adverb before the content is part of the cue",
			"Moreno argued insistently that the plan would fail.",
			[]string{"Moreno | argued insistently | that the plan would fail"}},
		{"a connective after the cue's verb is not part of the cue",
			"Moreno said however that the plan would fail.",
			[]string{"Moreno | said | that the plan would fail"}},
		{"a preposition that opens a time is not part of the cue nor the time part of the content",
			"Multiple outlets reported on Wednesday the agency had been warned.",
			[]string{"Multiple outlets | reported | the agency had been warned"}},
		{"an appositive is part of the source",
			"Nora Bell, a former union leader, said the offer was insulting.",
			[]string{"Nora Bell, a former union leader, | said | the offer was insulting"}},
		{"a name before its appositive is part of the source",
			"Dana Holt, a 47-year-old nurse from Dayton, Ohio, says the clinic will close.",
			[]string{"Dana Holt, a 47-year-old nurse from Dayton, Ohio, | says | the clinic will close"}},
		{"a source after its cue keeps the comma that closes its appositive",
			`"The plan works," said Lena Ortiz, a nurse at the county clinic, adding that it was cheap.`,
			[]string{`Lena Ortiz, a nurse at the county clinic, | said | "The plan works,"`}},
		{"a bare name after its cue does not keep the comma",
			`"The plan works," said Ortiz, adding that it was cheap.`,
			[]string{`Ortiz | said | "The plan works,"`}},
		{"an object's content stops before the writer's adjunct after a comma",
			"Moreno attacked the governor, with whom she clashed at the debate over the budget.",
			[]string{"Moreno | attacked | the governor"}},
		{"an object's content stops before a concession after a comma",
			"Moreno welcomed the ruling, despite doubts about its reach.",
			[]string{"Moreno | welcomed | the ruling"}},
		{"an object's appositive stays in the content",
			"Moreno praised Tom Diaz, the mayor of Linden, for the new bridge.",
			[]string{"Moreno | praised | Tom Diaz, the mayor of Linden, for the new bridge"}},
		{"a content does not open with the comma after its cue",
			"The turning point, Reyes wrote, came on Monday, when the board released a memo.",
			[]string{"Reyes | wrote | came on Monday, when the board released a memo", "Reyes | wrote | The turning point"}},
		{"a content does not end with the comma before a coordinated verb",
			"In her address, Okafor urged lawmakers to join the camp of transit supporters, and criticized the council.",
			[]string{"Okafor | urged | lawmakers to join the camp of transit supporters"}},
		{"who made a survey is part of an according to source",
			"According to a tally of ballots kept by volunteers for the Velm Courier, the ferry levy is ahead.",
			[]string{"a tally of ballots kept by volunteers for the Velm Courier | According to | the ferry levy is ahead"}},
		{"an object before 'and' is not part of the next clause's source",
			"Voss shared a photo of the flooded depot and the Harbor Ledger reported that repairs would take a year.",
			[]string{"the Harbor Ledger | reported | that repairs would take a year"}},
		{"a first speaker with a prepositional phrase stays in a coordinated source",
			"Nurses at the clinic and the fire chief said three rooms were flooded.",
			[]string{"Nurses at the clinic and the fire chief | said | three rooms were flooded"}},
		{"a first speaker with an 'of' phrase stays in a coordinated source",
			"Heads of the two guilds and the warden said the toll was unfair.",
			[]string{"Heads of the two guilds and the warden | said | the toll was unfair"}},
		{"the one argued with is the hearer and the topic is the content",
			"Okafor argued with the guild about the wool tax.",
			[]string{"Okafor | argued | about the wool tax"}},
		{"coordinated speakers stay one source",
			"Councillor Ortiz and Mayor Reyes said the plan was sound.",
			[]string{"Councillor Ortiz and Mayor Reyes | said | the plan was sound"}},
		{"a participle's source is the speaker of the cue before it, not the cue",
			"Two ferries retire in spring, the harbour master told us, adding that a new hull was ordered.",
			[]string{"the harbour master | adding | that a new hull was ordered"}},
		{"the occasion of speaking is not part of a source after its cue",
			`"The pier is safe," said Mayor Lina Voss in a statement.`,
			[]string{`Mayor Lina Voss | said | "The pier is safe,"`}},
		{"the occasion of speaking is not part of a source before its cue",
			"Mayor Lina Voss in a radio interview said the pier was safe.",
			[]string{"Mayor Lina Voss | said | the pier was safe"}},
		{"an occasion after a bare common noun says who the speakers are",
			"Hecklers at the rally said the toll was a scam.",
			[]string{"Hecklers at the rally | said | the toll was a scam"}},
		{"an occasion inside an appositive stays in the source",
			`"The kiln is safe," said Ilsa Brenn, a guest on the podcast.`,
			[]string{`Ilsa Brenn, a guest on the podcast | said | "The kiln is safe,"`}},
		{"an occasion after a closed appositive is cut",
			`"The kiln is safe," said Ilsa Brenn, a guest of the guild, in a statement.`,
			[]string{`Ilsa Brenn, a guest of the guild, | said | "The kiln is safe,"`}},
		{"a phrase that goes on after the occasion noun stays in the source",
			"Readers of the column in the weekly paper say the tone is fair.",
			[]string{"Readers of the column in the weekly paper | say | the tone is fair"}},
		{"an occasion inside a relative clause stays in the source",
			`"The pier is safe," said Lina Voss, who spoke to the council in a long speech.`,
			[]string{`Lina Voss, who spoke to the council in a long speech | said | "The pier is safe,"`}},
		{"an according to inside a sentence reports both parts",
			"Attendance, according to the club, has doubled over the same stretch.",
			[]string{"the club | according to | Attendance", "the club | according to | has doubled over the same stretch"}},
		{"words that lead into a quotation are not part of it",
			`Then he added quietly: "There is always a storm that can find you, right out of a clear sky."`,
			[]string{`he | added | "There is always a storm that can find you, right out of a clear sky."`}},
		{"a lead-in line's verb before its colon is part of the cue",
			"The quarrel went on for an hour.\n\nThen Marek Dobrin resumed:\n\n\"Nobody in this valley will pay for a bridge to nowhere.\"",
			[]string{`Marek Dobrin | resumed: | "Nobody in this valley will pay for a bridge to nowhere."`}},
		{"a lead-in line's verb phrase runs to its colon",
			"The council met late.\n\nThe mayor then wrote in a short note:\n\n\"We regret the delay and will reopen the pier on Friday.\"",
			[]string{`The mayor | then wrote in a short note: | "We regret the delay and will reopen the pier on Friday."`}},
		{"a relative clause that reports is not part of the source",
			"Marta Ruiz, who said last week that the levy would fail, argued on Monday that the count was flawed.",
			[]string{"Marta Ruiz | argued | that the count was flawed", "who | said | that the levy would fail"}},
		{"a relative clause that describes stays in the source",
			"Marta Ruiz, who chairs the finance board, argued on Monday that the count was flawed.",
			[]string{"Marta Ruiz, who chairs the finance board, | argued | that the count was flawed"}},
		{"a name before two appositives is part of the source",
			"Ilsa Varnum, treasurer of Quillby Mills, a weaving cooperative with forty looms, argued the wool tax was unfair.",
			[]string{"Ilsa Varnum, treasurer of Quillby Mills, a weaving cooperative with forty looms, | argued | the wool tax was unfair"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := attributionLines(t, c.text)
			for _, w := range c.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %q; got:\n%s", w, strings.Join(got, "\n"))
				}
			}
		})
	}
}

// TestCueEdges checks the cue's words alone where a rule moves only its
// edge: the "to" before a hearer leaves it, the "to" of "pointed to" stays.
func TestCueEdges(t *testing.T) {
	cases := []struct{ text, cue string }{
		{"Lee apologized to his supporters for the remarks.", "apologized"},
		{"Lee has twice complained to party officials about the logo.", "has twice complained"},
		{"Lee pointed to the new figures from the county.", "pointed to"},
		{"Lee responded to the charges in a long letter.", "responded to"},
		{"Lee announced on Monday the closure of the depot.", "announced"},
		{"Lee said recently that the depot would close.", "said"},
		{"Lee said sarcastically that the depot would close.", "said sarcastically"},
		{"Lee responded to Monday's letter with a statement.", "responded to"},
		{"Lee pointed to March figures showing a rise.", "pointed to"},
		{`"The pier is safe," Lee said Friday.`, "said Friday"},
		{`"The pier is safe," Lee said Friday morning.`, "said Friday morning"},
		{"Lee said Friday that the pier was safe.", "said"},
		{"Lee warned against a hasty sale of the depot.", "warned against"},
		{"Lee joked about the broken clock on the depot.", "joked about"},
		{"The council agreed with Lee on the sale of the depot.", "agreed with"},
	}
	for _, c := range cases {
		d := analyseParsed(t, c.text)
		var got []string
		for _, a := range d.Attributions {
			got = append(got, a.Cue.Text)
		}
		if len(got) != 1 || got[0] != c.cue {
			t.Errorf("%q: cues %q, want [%q]", c.text, got, c.cue)
		}
	}
}

// TestHearerOnly checks that a verb of speaking whose only complement is
// its hearer makes no attribution, while one with a topic after the hearer
// reports the topic.
func TestHearerOnly(t *testing.T) {
	checkLines(t, []wantLines{
		{"a hearer and a time", "Mayor Lina Voss spoke to the chamber of commerce on Tuesday.", nil},
		{"a hearer and a place", "Voss was talking to reporters outside the depot.", nil},
		{"a hearer and a topic", "Voss talked to reporters about the budget.", []string{"Voss | talked | about the budget | indirect"}},
	})
}
