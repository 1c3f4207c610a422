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
			`Trump told Fox that "they hit Matt because he was soft. They are gaming the system."`,
			[]string{`Trump | told | that "they hit Matt because he was soft. They are gaming the system."`}},
		{"a verb phrase joined to the cue's is not reported",
			"Sanders criticized the issue of systemic racism and highlighted her plans to combat the problem.",
			[]string{"Sanders | criticized | the issue of systemic racism", "Sanders | highlighted | her plans to combat the problem"}},
		{"a relative clause after the content is the writer's",
			"Graham has acknowledged the reality of climate change, which makes him an outlier among Republicans.",
			[]string{"Graham | has acknowledged | the reality of climate change"}},
		{"a clause after a comma and a conjunction is not reported",
			"The mayor said the bill was dead, but the council disagreed with him.",
			[]string{"The mayor | said | the bill was dead"}},
		{"a parenthetical cue's content has two parts",
			"The outreach, they said, raised new worries about the scope of the feeling.",
			[]string{"they | said | raised new worries about the scope of the feeling", "they | said | The outreach"}},
		{"a source after its cue runs to the sentence end",
			`"The program works," said Ron Weiser, who was a national co-chair for the campaign and is one of the new vice chairs.`,
			[]string{`Ron Weiser, who was a national co-chair for the campaign and is one of the new vice chairs | said | "The program works,"`}},
		{"a participle after the source is not part of it",
			`"It refreshes the library," said Peter Rice, chairman of the group, noting that old episodes sell again.`,
			[]string{`Peter Rice, chairman of the group | said | "It refreshes the library,"`}},
		{"an aside after the source is not part of it",
			"Mr. Trump, in a brief interview on Saturday, said his plane was a true luxury.",
			[]string{"Mr. Trump | said | his plane was a true luxury"}},
		{"an appositive is part of the source",
			"Howard Dean, a former party chairman, said the remark was outrageous.",
			[]string{"Howard Dean, a former party chairman, | said | the remark was outrageous"}},
		{"a content does not open with the comma after its cue",
			"The breaking point, Ash wrote, came on Friday, when the counsel sent out an agenda.",
			[]string{"Ash | wrote | came on Friday, when the counsel sent out an agenda", "Ash | wrote | The breaking point"}},
		{"a content does not end with the comma before a coordinated verb",
			"In his speech, Graham urged Republicans to join the ranks of climate change believers, and criticized the party.",
			[]string{"Graham | urged | Republicans to join the ranks of climate change believers"}},
		{"an according to inside a sentence reports both parts",
			"Fundraising, according to the campaign, has surged in the same period.",
			[]string{"the campaign | according to | Fundraising", "the campaign | according to | has surged in the same period"}},
		{"words that lead into a quotation are not part of it",
			`Then she added warily: "There is always something that can come at you, drop from the sky."`,
			[]string{`she | added | "There is always something that can come at you, drop from the sky."`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyseParsed(t, c.text)
			var got []string
			for _, a := range d.Attributions {
				src := ""
				if a.Source != nil {
					src = a.Source.Text
				}
				got = append(got, src+" | "+a.Cue.Text+" | "+a.Content.Text)
			}
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
