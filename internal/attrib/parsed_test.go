package attrib

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/nlp"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// analyseParsed runs the tokenizer and the statistical core before
// attribution, as the analyser does.
func analyseParsed(t *testing.T, text string) *doc.Document {
	t.Helper()
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	nlp.Annotate(d)
	if len(d.Warnings) > 0 {
		t.Skipf("language core not available: %v", d.Warnings)
	}
	Extract(d)
	return d
}

// TestParsedCues checks the attributions only the parse can give: a
// subject far from its verb, a passive agent, a verb joined to an earlier
// one, a cue with its preposition, and verbs that are no cue.
func TestParsedCues(t *testing.T) {
	cases := []wantLines{
		{"subject with a relative clause",
			"The memo that the committee released on Friday says the agency ignored the warnings.",
			[]string{"The memo that the committee released on Friday | says | the agency ignored the warnings | indirect"}},
		{"passive with an agent",
			"The billing error was first reported by The Lakeside Courier.",
			[]string{"The Lakeside Courier | was first reported | The billing error | indirect"}},
		{"preposition joins the cue",
			"The senator talked about the economy.",
			[]string{"The senator | talked about | the economy | indirect"}},
		{"possessive determiner in the source",
			"His campaign manager believes the polls are wrong.",
			[]string{"His campaign manager | believes | the polls are wrong | indirect"}},
		{"inverted cue with a long appositive",
			`"The levy will hurt bakers," said Mira Castell, an analyst of food prices at the Orland Institute.`,
			[]string{`Mira Castell, an analyst of food prices at the Orland Institute | said | "The levy will hurt bakers," | direct`}},
		{"a misparsed conjunct does not take the trailing source",
			"It is a common practice among supporters, experts said.",
			[]string{"experts | said | It is a common practice among supporters | indirect"}},
		{"according to a phrase the tagger misreads",
			"It helped 42,000 fishermen double their catch, according to the charity's tally.",
			[]string{"the charity's tally | according to | It helped 42,000 fishermen double their catch | according_to"}},
		{"a surname the tagger reads as an adjective",
			`"She has a habit of surprising the experts," Bright said.`,
			[]string{`Bright | said | "She has a habit of surprising the experts," | direct`}},
		{"inverted cue with a description the appositive scan cannot close",
			"Under the deal, tenants have more time to move out, said Carla Jimenez, an Ohio lawyer currently working for the tenants' union.",
			// PolNeAR marks the description as part of the source.
			[]string{"Carla Jimenez, an Ohio lawyer currently working for the tenants' union | said | Under the deal, tenants have more time to move out | indirect"}},
		{"a statement issued",
			"The ministry issued a statement.",
			[]string{"The ministry | issued | a statement | indirect"}},
		{"a chain verb joins the cue",
			"The mayor is continuing to insist he will hand over the contracts.",
			[]string{"The mayor | is continuing to insist | he will hand over the contracts | indirect"}},
		{"went on to say",
			"The senator went on to say the bill was dead.",
			[]string{"The senator | went on to say | the bill was dead | indirect"}},
		{"going to is a future, not a chain",
			"We are going to tell the landlords.",
			nil},
		{"a quotation that runs on past the sentence rule's content",
			`According to the magazine, "The state's zoning rules favor builders. Very few projects are rejected."`,
			[]string{`the magazine | According to | "The state's zoning rules favor builders. Very few projects are rejected." | according_to`}},
		{"a quotation right after a cue's content continues it",
			`The ministry called the report "a fabrication." "It is a lie from start to end."`,
			[]string{`The ministry | called | the report "a fabrication." | mixed`,
				`The ministry | called | "It is a lie from start to end." | direct`}},
		{"a question put in a passive",
			"Okafor was asked to name a single example.",
			[]string{"∅ | was asked | to name a single example | indirect"}},
		{"asked about a topic",
			"Asked about her own vote, Lee shrugged.",
			[]string{"∅ | Asked about | her own vote | indirect"}},
		{"a light-verb phrase with a clause",
			"Haskell made it clear that her client wanted a quicker deal.",
			[]string{"Haskell | made it clear | that her client wanted a quicker deal | indirect"}},
		{"a light-verb phrase with its preposition",
			"Moreno took a shot at the governor.",
			[]string{"Moreno | took a shot at | the governor | indirect"}},
		{"a surname the tagger reads as a verb opens the sentence",
			"Wade said Holloway dropped the plan.",
			[]string{"Wade | said | Holloway dropped the plan | indirect"}},
		{"the particle back joins the cue",
			"The Okafor campaign pushed back against the ad.",
			[]string{"The Okafor campaign | pushed back against | the ad | indirect"}},
		{"put it",
			`As Slate put it, "Look, it's the remake."`,
			[]string{`Slate | put it | "Look, it's the remake." | direct`}},
		{"a stance verb in the content of a cue is no cue of its own",
			"Moreno said she wants to cap the rents.",
			[]string{"Moreno | said | she wants to cap the rents | indirect"}},
		{"nor is one in a relative clause inside it",
			"Moreno said voters who want lower rents will back her.",
			[]string{"Moreno | said | voters who want lower rents will back her | indirect"}},
		{"any finite verb tags a quotation closed by a comma",
			`"Gym regulars all think they are athletes," scoffed Dana Whitt, 31.`,
			[]string{`Dana Whitt, 31 | scoffed | "Gym regulars all think they are athletes," | direct`}},
		{"a source the surface scan cannot close, and the quotation after its cue's adjunct",
			"“We are rebuilding the party,” Lena Ortiz, Moreno’s campaign chair, said in a statement. “Our volunteers are the council members of the next decade.”",
			[]string{"Lena Ortiz, Moreno’s campaign chair, | said in a statement | “We are rebuilding the party,” | direct",
				"Lena Ortiz, Moreno’s campaign chair, | said in a statement | “Our volunteers are the council members of the next decade.” | direct"}},
		{"a finding whose verb the tagger reads as a noun",
			"Recent polling shows that Governor Hale is popular.",
			[]string{"Recent polling | shows | that Governor Hale is popular | indirect"}},
		{"a trailing finding",
			"She raised $3 million last quarter, donation records show.",
			[]string{"donation records | show | She raised $3 million last quarter | indirect"}},
		{"an adjective with its preposition",
			"The union has long been critical of the new pension rules.",
			[]string{"The union | has long been critical of | the new pension rules | indirect"}},
		{"an adjective with a clause",
			"Farmers in the valley are convinced that the dam will fail.",
			[]string{"Farmers in the valley | are convinced | that the dam will fail | indirect"}},
		{"an adjective with an infinitive",
			"The mayor was eager to reopen the harbor.",
			[]string{"The mayor | was eager | to reopen the harbor | indirect"}},
		{"an adjective after a comma shares the clause's subject",
			"The organizers kept working, confident that the crowd would come.",
			[]string{"The organizers | confident | that the crowd would come | indirect"}},
		{"an adjective after a noun describes it",
			"Moreno was not the only senator worried about the cost.",
			[]string{"the only senator | worried about | the cost | indirect"}},
		{"a stance adjective in the content of a cue is no cue of its own",
			"Moreno said she was confident that the vote would pass.",
			[]string{"Moreno | said | she was confident that the vote would pass | indirect"}},
		{"an adjective of knowing",
			"The mayor was aware of the leak.",
			[]string{"The mayor | was aware of | the leak | indirect"}},
		{"an expletive subject is no source",
			"It is unclear whether the council will vote.",
			nil},
		{"critical to is essential, not a judgement",
			"The harbor is critical to the town's economy.",
			nil},
		{"an adjective that describes is no cue",
			"The bridge is ready for traffic.",
			nil},
		{"willingness is no stance",
			"The tenants are willing to pay more.",
			nil},
		{"verification is not attribution",
			"Reuters could not independently verify the footage.",
			nil},
		{"a participle describing a speaker shares its noun",
			"The council heard from officials demanding lower fuel taxes.",
			[]string{"officials | demanding | lower fuel taxes | indirect"}},
		{"a prepositional cue before a question clause",
			"The union focuses on how many workers lost their jobs.",
			[]string{"The union | focuses on | how many workers lost their jobs | indirect"}},
		{"a question clause after a verb that is no cue",
			"The crew worked on how the bridge would be rebuilt.",
			nil},
		{"an infinitive under an adjective that is no cue",
			"Older voters were more likely to say that the economy is weak.",
			[]string{"Older voters | were more likely to say | that the economy is weak | indirect"}},
		{"an infinitive under a verb that is no cue keeps that verb in the cue",
			"The mayor chose not to respond to the charges.",
			[]string{"The mayor | chose not to respond to | the charges | indirect"}},
		{"an infinitive under a cue stays its content",
			"The mayor wants to build a new harbor.",
			[]string{"The mayor | wants | to build a new harbor | indirect"}},
		{"an infinitive that is no cue",
			"The engineers were able to repair the bridge.",
			nil},
		{"a noun that looks like a cue",
			"The references list ran to four pages.",
			nil},
		{"a participle that describes a plan",
			"The council approved a detailed plan for the harbor.",
			nil},
		{"a participle describing a thing that holds no view",
			"Crews cleared a road leading to the harbor.",
			nil},
		{"an action verb is no cue",
			"The company built a new plant in Ohio.",
			nil},
	}
	checkLines(t, cases)
}

// wantLines is a case whose attributions, parsed, must be exactly want
// ("source | cue | content | kind", one line per content piece).
type wantLines struct {
	name, text string
	want       []string
}

func checkLines(t *testing.T, cases []wantLines) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyseParsed(t, c.text)
			var got []string
			for _, a := range d.Attributions {
				got = append(got, show(a)...)
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, c.want)
			}
		})
	}
}

// TestPhysicalVerbsNoCue checks that verbs with a common physical sense
// report nothing: a stadium trashed or a window bashed is no view.
func TestPhysicalVerbsNoCue(t *testing.T) {
	checkLines(t, []wantLines{
		{"trash", "Fans trashed the stadium after the final.", nil},
		{"savage", "A dog savaged a child in the park.", nil},
		{"bash", "Rioters bashed the windows of the bank.", nil},
	})
}
