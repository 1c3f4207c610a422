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
			// PolNeAR marks the description as part of the source.
			[]string{"Steve Grubbs, an Iowa operative currently working for Rand Paul | said | Under the plan, candidates have more room to walk away | indirect"}},
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
