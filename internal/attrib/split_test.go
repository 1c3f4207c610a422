package attrib

import (
	"slices"
	"strings"
	"testing"
)

// attributionLines renders d's attributions as "source | cue | content".
func attributionLines(t *testing.T, text string) []string {
	t.Helper()
	d := analyseParsed(t, text)
	var got []string
	for _, a := range d.Attributions {
		src := ""
		if a.Source != nil {
			src = a.Source.Text
		}
		for _, c := range a.ContentSpans() {
			got = append(got, src+" | "+a.Cue.Text+" | "+c.Text)
		}
	}
	return got
}

// TestCutCue checks that a content the cue interrupts comes in two parts
// that leave the cue out, and that other contents stay whole.
func TestCutCue(t *testing.T) {
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"a hedge with an auxiliary",
			"The final ruling is expected to arrive before the harvest festival.",
			[]string{" | is expected | to arrive before the harvest festival", " | is expected | The final ruling"},
			[]string{" | is expected | The final ruling is expected to arrive before the harvest festival"}},
		{"a hedge with seem",
			"The new ferry schedule seems to confuse most of the commuters.",
			[]string{" | seems | to confuse most of the commuters", " | seems | The new ferry schedule"},
			nil},
		{"a cue before its content is left alone",
			"The harbor master said the ferry would sail at dawn.",
			[]string{"The harbor master | said | the ferry would sail at dawn"},
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := attributionLines(t, c.text)
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got:\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, w := range c.not {
				if slices.Contains(got, w) {
					t.Errorf("unexpected %q", w)
				}
			}
		})
	}
}

// TestTrimSource checks the source conventions trimSource applies: no
// opening subordinator or focus adverb, a quantifier kept.
func TestTrimSource(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a subordinator before a finding",
			"The markets rallied a day after a new harbor survey showed that shipping volumes had recovered.",
			"a new harbor survey | showed | that shipping volumes had recovered"},
		{"a focus adverb",
			"So even shipping analysts who favor a port tax agree that the rebate is too small.",
			"shipping analysts who favor a port tax | agree | that the rebate is too small"},
		{"an approximate number",
			"About four in 10 ferry passengers say that the new schedule is worse.",
			"About four in 10 ferry passengers | say | that the new schedule is worse"},
		{"at least",
			"At least three council members said the budget would fail.",
			"At least three council members | said | the budget would fail"},
		{"both with a conjunction",
			"Both the mayor and the harbor board said the pier would close.",
			"Both the mayor and the harbor board | said | the pier would close"},
		{"a plain source is left alone",
			"The farmers said on Tuesday that the harvest was poor.",
			"The farmers | said | that the harvest was poor"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := attributionLines(t, c.text); !slices.Contains(got, c.want) {
				t.Errorf("missing %q; got:\n%s", c.want, strings.Join(got, "\n"))
			}
		})
	}
}

// TestSubordinateEnd checks that a content inside a clause that opens the
// sentence stops before the main clause, and that a main clause reported
// after "As X reported," is left whole.
func TestSubordinateEnd(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"while",
			"While Lee praised the new ferry plan, the council voted it down on Monday.",
			"Lee | praised | the new ferry plan"},
		{"though",
			"Though the minister criticized the harbor tax, her party approved it.",
			"the minister | criticized | the harbor tax"},
		{"a content after the cue's comma is the main clause",
			"As the Courier reported, the ferry will stop running, and the pier will close.",
			"the Courier | reported | the ferry will stop running"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := attributionLines(t, c.text); !slices.Contains(got, c.want) {
				t.Errorf("missing %q; got:\n%s", c.want, strings.Join(got, "\n"))
			}
		})
	}
}

// TestDashSpeaker checks that a dash after a quotation names its speaker
// only when a name follows, not the writer's gloss of a scare quote.
func TestDashSpeaker(t *testing.T) {
	cases := []wantNot{
		{"a name after the dash",
			`"We will rebuild the pier before the summer." - Harbor Commissioner Dana Lee`,
			`Harbor Commissioner Dana Lee | - | "We will rebuild the pier before the summer."`, ""},
		{"a gloss after a hyphen",
			`The senator called the plan "a tax on sunlight" - a charge the utility rejects.`,
			"", `a charge | - | "a tax on sunlight"`},
		{"a gloss after a dash",
			`Critics dubbed the levy the "rain tax" — a label the council disputes.`,
			"", `a label | — | "rain tax"`},
	}
	checkWantNot(t, cases)
}

// TestRelativePart checks that a relative pronoun filling the gap of a
// content comes as its first part, and that a subject relative does not.
func TestRelativePart(t *testing.T) {
	cases := []wantNot{
		{"which as the object of the content's clause",
			"The council approved the harbor levy, which the mayor said was unfair to fishermen.",
			"the mayor | said | which", ""},
		{"a relative clause set off by commas ends its content",
			"The harbor levy, which the mayor said was unfair, was scrapped on Monday.",
			"the mayor | said | was unfair", "the mayor | said | was unfair, was scrapped on Monday"},
		{"which after a preposition",
			"The council approved a plan under which the mayor said the pier would close.",
			"", "the mayor | said | which"},
	}
	checkWantNot(t, cases)
}

// TestQuotedFrontPart checks that a quotation finishing a sentence its cue
// interrupts gets the sentence's first half as a part, and that a
// quotation of its own after a fronted adverbial does not.
func TestQuotedFrontPart(t *testing.T) {
	cases := []wantNot{
		{"a quotation in lower case continues the sentence",
			`The ferry board, a clerk said, "has already spent the whole grant."`,
			"a clerk | said | The ferry board", ""},
		{"a quotation of its own",
			`On the budget, Lee said, "We will cut the ferry fares."`,
			"", "Lee | said | On the budget"},
	}
	checkWantNot(t, cases)
}

// TestBarePolls checks that "in the polls" at a sentence end is no source
// while a named poll there still is.
func TestBarePolls(t *testing.T) {
	cases := []wantNot{
		{"the horse race",
			"The harbor commissioner has struggled to gain ground in the polls.",
			"", "the polls | in | The harbor commissioner has struggled to gain ground"},
		{"a named poll",
			"The harbor commissioner trails by nine points in a new Courier poll.",
			"a new Courier poll | in | The harbor commissioner trails by nine points", ""},
	}
	checkWantNot(t, cases)
}

// wantNot is a case whose attribution lines must hold want and must not
// hold not ("source | cue | content"; either may be empty).
type wantNot struct {
	name, text string
	want, not  string
}

func checkWantNot(t *testing.T, cases []wantNot) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := attributionLines(t, c.text)
			if c.want != "" && !slices.Contains(got, c.want) {
				t.Errorf("missing %q; got:\n%s", c.want, strings.Join(got, "\n"))
			}
			if c.not != "" && slices.Contains(got, c.not) {
				t.Errorf("unexpected %q", c.not)
			}
		})
	}
}
