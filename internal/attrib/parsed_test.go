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
	cases := []struct {
		name, text string
		want       []string // "source | cue | content | kind"
	}{
		{"subject with a relative clause",
			"The memo that the committee released on Friday says the agency ignored the warnings.",
			[]string{"The memo that the committee released on Friday | says | the agency ignored the warnings | indirect"}},
		{"passive with an agent",
			"The registration issue was first reported by The Washington Post.",
			[]string{"The Washington Post | was first reported | The registration issue | indirect"}},
		{"preposition joins the cue",
			"The senator talked about the economy.",
			[]string{"The senator | talked about | the economy | indirect"}},
		{"possessive determiner in the source",
			"His campaign manager believes the polls are wrong.",
			[]string{"His campaign manager | believes | the polls are wrong | indirect"}},
		{"inverted cue with a long appositive",
			`"The tariffs will hurt farmers," said Chad Bown, an expert on trade at the Peterson Institute.`,
			[]string{`Chad Bown, an expert on trade at the Peterson Institute | said | "The tariffs will hurt farmers," | direct`}},
		{"a misparsed conjunct does not take the trailing source",
			"It is a common practice among supporters, experts said.",
			[]string{"experts | said | It is a common practice among supporters | indirect"}},
		{"according to a phrase the tagger misreads",
			"It helped 105,000 farmers increase their yields, according to the foundation's tally.",
			[]string{"the foundation's tally | according to | It helped 105,000 farmers increase their yields | according_to"}},
		{"a surname the tagger reads as an adjective",
			`"He has a record of beating the establishment," Bright said.`,
			[]string{`Bright | said | "He has a record of beating the establishment," | direct`}},
		{"inverted cue with a description the appositive scan cannot close",
			"Under the plan, candidates have more room to walk away, said Steve Grubbs, an Iowa operative currently working for Rand Paul.",
			[]string{"Steve Grubbs | said | Under the plan, candidates have more room to walk away | indirect"}},
		{"a statement issued",
			"The ministry issued a statement.",
			[]string{"The ministry | issued | a statement | indirect"}},
		{"a chain verb joins the cue",
			"Clinton is continuing to insist she will release the transcripts.",
			[]string{"Clinton | is continuing to insist | she will release the transcripts | indirect"}},
		{"went on to say",
			"The senator went on to say the bill was dead.",
			[]string{"The senator | went on to say | the bill was dead | indirect"}},
		{"going to is a future, not a chain",
			"We are going to tell the bigots.",
			nil},
		{"a quotation that runs on past the sentence rule's content",
			`According to the newspaper, "America's gun laws empower dealers. Very few people are disqualified."`,
			[]string{`the newspaper | According to | "America's gun laws empower dealers. Very few people are disqualified." | according_to`}},
		{"a quotation right after a cue's content continues it",
			`The ministry called the report "a fabrication." "It is a lie from start to end."`,
			[]string{`The ministry | called | the report "a fabrication." | mixed`,
				`The ministry | called | "It is a lie from start to end." | direct`}},
		{"a question put in a passive",
			"Sanders was asked to name a specific decision.",
			[]string{"∅ | was asked | to name a specific decision | indirect"}},
		{"asked about a topic",
			"Asked about her own vote, Lee shrugged.",
			[]string{"∅ | Asked about | her own vote | indirect"}},
		{"a light-verb phrase with a clause",
			"Devine made it clear that his boss wanted something firmer.",
			[]string{"Devine | made it clear | that his boss wanted something firmer | indirect"}},
		{"a light-verb phrase with its preposition",
			"Clinton took a shot at the senator.",
			[]string{"Clinton | took a shot at | the senator | indirect"}},
		{"a surname the tagger reads as a verb opens the sentence",
			"Cook said Carter stopped the practice.",
			[]string{"Cook | said | Carter stopped the practice | indirect"}},
		{"the particle back joins the cue",
			"The Clinton campaign pushed back against the attack.",
			[]string{"The Clinton campaign | pushed back | against the attack | indirect"}},
		{"put it",
			`As Vulture put it, "Hello, it's the Biebs."`,
			[]string{`Vulture | put it | "Hello, it's the Biebs." | direct`}},
		{"a stance verb in the content of a cue is no cue of its own",
			"Trump said he wants to build a wall.",
			[]string{"Trump | said | he wants to build a wall | indirect"}},
		{"nor is one in a relative clause inside it",
			"Clinton said voters who want change will back her.",
			[]string{"Clinton | said | voters who want change will back her | indirect"}},
		{"any finite verb tags a quotation closed by a comma",
			`"Skater bros all think they are rebels," scoffed Arianna Gil, 22.`,
			[]string{`Arianna Gil, 22 | scoffed | "Skater bros all think they are rebels," | direct`}},
		{"a source the surface scan cannot close, and the quotation after its cue's adjunct",
			"“We are revolutionizing politics,” Jeff Weaver, Sanders’ campaign manager, said in a statement. “The leaders are the members of Congress of tomorrow.”",
			[]string{"Jeff Weaver, Sanders’ campaign manager, | said | “We are revolutionizing politics,” | direct",
				"Jeff Weaver, Sanders’ campaign manager, | said | “The leaders are the members of Congress of tomorrow.” | direct"}},
		{"a finding whose verb the tagger reads as a noun",
			"Recent polling shows that Bill Clinton is popular.",
			[]string{"Recent polling | shows | that Bill Clinton is popular | indirect"}},
		{"a trailing finding",
			"He raised $2 million last month, fundraising documents show.",
			[]string{"fundraising documents | show | He raised $2 million last month | indirect"}},
		{"verification is not attribution",
			"Reuters could not independently verify the footage.",
			nil},
		{"an action verb is no cue",
			"The company built a new plant in Ohio.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyseParsed(t, c.text)
			var got []string
			for _, a := range d.Attributions {
				got = append(got, show(a))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("%s\n got: %q\nwant: %q", c.text, got, c.want)
			}
		})
	}
}
