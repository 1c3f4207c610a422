package attrib

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

func analyse(text string) *doc.Document {
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	Extract(d)
	return d
}

// show writes an attribution as "source | cue | content | kind", one line
// per piece of a discontinuous content.
func show(a doc.Attribution) []string {
	src := "∅"
	if a.Source != nil {
		src = a.Source.Text
	}
	var out []string
	for _, c := range a.ContentSpans() {
		out = append(out, fmt.Sprintf("%s | %s | %s | %s", src, a.Cue.Text, c.Text, a.Kind))
	}
	return out
}

func TestAttributions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "source | cue | content | kind"
	}{
		{"speaker after appositive",
			`"The water rose faster than anyone expected," said Anna Berg, a spokeswoman for the agency.`,
			[]string{`Anna Berg, a spokeswoman for the agency | said | "The water rose faster than anyone expected," | direct`}},
		{"appositive before cue with colon",
			`Anna Berg, a doctor, said: "We ran out of beds by noon."`,
			[]string{`Anna Berg, a doctor, | said: | "We ran out of beds by noon." | direct`}},
		{"name then cue after quote",
			`"We will rebuild," Mayor Ortiz said on Tuesday.`,
			[]string{`Mayor Ortiz | said | "We will rebuild," | direct`}},
		{"indirect with that",
			`The coast guard estimates that around 300 migrants have drowned.`,
			[]string{`The coast guard | estimates | that around 300 migrants have drowned | indirect`}},
		{"two attributions joined by while",
			`Some aid groups suggest that the toll could exceed 1,500, while the coast guard estimates that 300 have drowned.`,
			[]string{`Some aid groups | suggest | that the toll could exceed 1,500 | indirect`,
				`the coast guard | estimates | that 300 have drowned | indirect`}},
		{"according to, leading",
			`According to the United Nations, more than 2,000 people fled the town.`,
			[]string{`the United Nations | According to | more than 2,000 people fled the town | according_to`}},
		{"according to, trailing",
			`More than 2,000 people fled the town, according to local officials.`,
			[]string{`local officials | according to | More than 2,000 people fled the town | according_to`}},
		{"it as the speaker of a verb of saying",
			`It said the border crossing would reopen.`,
			[]string{`It | said | the border crossing would reopen | indirect`}},
		{"it as a dummy subject",
			`It is said that the border crossing would reopen.`,
			nil},
		{"a hedge without a source",
			`The verdict is widely expected to arrive before the holidays.`,
			[]string{`∅ | is widely expected | The verdict | indirect`, `∅ | is widely expected | to arrive before the holidays | indirect`}},
		{"seeming as a hedge",
			`Indeed, the receipts appear to be forged.`,
			[]string{`∅ | appear | Indeed, the receipts | indirect`, `∅ | appear | to be forged | indirect`}},
		{"appearing is not always a hedge",
			`The governor appeared on television as expected.`,
			nil},
		{"participle after a quotation's comma",
			`Mr. Pratt said the plan was "reckless," adding that the board had lost the vote.`,
			[]string{`Mr. Pratt | said | the plan was "reckless," | mixed`, `Mr. Pratt | adding | that the board had lost the vote | indirect`}},
		{"appositive closed by a comma after a quotation",
			`"It counts," Dana Pruitt, a historian at Lakeview College, told reporters.`,
			[]string{`Dana Pruitt, a historian at Lakeview College, | told | "It counts," | direct`}},
		{"closing double apostrophe after the stop",
			"He said we are at ''the start of a very long winter.''",
			[]string{"He | said | we are at ''the start of a very long winter.'' | mixed"}},
		{"told reporters",
			`The governor told reporters that the dam had been inspected in March.`,
			[]string{`The governor | told | that the dam had been inspected in March | indirect`}},
		{"said in a statement without that",
			`The ministry said in a statement the border crossing would reopen.`,
			[]string{`The ministry | said | the border crossing would reopen | indirect`}},
		{"trailing indirect",
			`The border crossing will reopen next week, officials said.`,
			[]string{`officials | said | The border crossing will reopen next week | indirect`}},
		{"dash attribution",
			`"Nobody is above the rules." — Commissioner Lee`,
			[]string{`Commissioner Lee | — | "Nobody is above the rules." | direct`}},
		{"nickname is not a quote",
			`Robert "Bobby" Lane said the team would appeal.`,
			[]string{`Robert "Bobby" Lane | said | the team would appeal | indirect`}},
		{"mixed quote",
			`He also promised a "golden era" for the miners.`,
			[]string{`He | also promised | a "golden era" for the miners | mixed`}},
		{"negated progressive cue with a curly apostrophe",
			`But Attorney General Ana Ruiz isn’t saying whether the charity broke any laws.`,
			[]string{`Attorney General Ana Ruiz | isn’t saying | whether the charity broke any laws | indirect`}},
		{"said goodbye is not an attribution",
			`The minister said goodbye to the delegation.`,
			nil},
		{"parenthetical where and when left out of the source",
			`Mr. Lee, in a short call on Sunday, said the plant was safe.`,
			[]string{`Mr. Lee | said | the plant was safe | indirect`}},
		{"age and appositive with a reduced relative",
			`Rosa Leon, 63, a teacher raised in Quito, said she wanted change.`,
			[]string{`Rosa Leon, 63, a teacher raised in Quito, | said | she wanted change | indirect`}},
		{"relative pronoun source",
			`Berg, who said the dam was sound, resigned.`,
			[]string{`who | said | the dam was sound | indirect`}},
		{"according to before a relative clause",
			`According to county officials, the account that she used was closed in May.`,
			[]string{`county officials | According to | the account that she used was closed in May | according_to`}},
		{"participle after a direct quote shares its source",
			`"We have a plan," she said, adding that the town would be rebuilt.`,
			[]string{`she | said | "We have a plan," | direct`, `she | adding | that the town would be rebuilt | indirect`}},
		{"participle after a leading adverbial",
			`At a rally in Dover on Tuesday, Senator Ann Cole of Maine endorsed the plan, saying that it would save jobs.`,
			[]string{`Senator Ann Cole of Maine | endorsed | the plan | indirect`, `Senator Ann Cole of Maine | saying | that it would save jobs | indirect`}},
		{"weak cue with a clause and no that",
			`Polls show working-class voters could decide the race in Ohio.`,
			[]string{`Polls | show | working-class voters could decide the race in Ohio | indirect`}},
		{"belief verb with a clause",
			`Party members believe he can win the county again.`,
			[]string{`Party members | believe | he can win the county again | indirect`}},
		{"stance verb with an object",
			`Senator Cole echoed the criticism of the trade deal.`,
			[]string{`Senator Cole | echoed | the criticism of the trade deal | indirect`}},
		{"an action is not a stance",
			`Rebels killed 40 soldiers near the border on Tuesday.`,
			nil},
		{"any verb before a colon introduces a quote",
			`Lee retorted: "You read the letters, and they are absurd."`,
			[]string{`Lee | retorted: | "You read the letters, and they are absurd." | direct`}},
		{"second verb of a coordinated subject",
			`Dunmore admitted the mistake but said his office would reissue the letter.`,
			[]string{`Dunmore | admitted | the mistake | indirect`, `Dunmore | said | his office would reissue the letter | indirect`}},
		{"subject with a participle phrase",
			`A poll released Wednesday found that Lee leads by nine points.`,
			[]string{`A poll released Wednesday | found | that Lee leads by nine points | indirect`}},
		{"a question put to the speaker",
			`Asked whether the dam was safe, Lee said the engineers had not finished.`,
			[]string{`∅ | Asked | whether the dam was safe | indirect`, `Lee | said | the engineers had not finished | indirect`}},
		{"participle of a stance verb",
			`"They are dangerous," she said, referring to the new rules on permits.`,
			[]string{`she | said | "They are dangerous," | direct`, `she | referring to | the new rules on permits | indirect`}},
		{"content stops before a trailing according to",
			`The senator said the vote was rigged, according to two aides.`,
			[]string{`two aides | according to | The senator said the vote was rigged | according_to`, `The senator | said | the vote was rigged | indirect`}},
		{"infinitive stays in the content",
			`The mayor declined to comment on the report.`,
			[]string{`The mayor | declined | to comment on the report | indirect`}},
		{"a poll as the source, leading",
			`In a city poll published last Monday, 64 percent of voters backed the levy.`,
			[]string{`a city poll published last Monday | In | 64 percent of voters backed the levy | according_to`,
				`64 percent of voters | backed | the levy | indirect`}},
		{"a poll as the source, trailing",
			`Lee holds a nine-point lead over Ortiz in a new university poll.`,
			[]string{`a new university poll | in | Lee holds a nine-point lead over Ortiz | according_to`}},
		{"a day after the cue is no source",
			`Quinn, who on Monday backed Lee, said Thursday the ruling was fair.`,
			[]string{`Quinn, who on Monday backed Lee, | said | the ruling was fair | indirect`}},
		{"a finite verb is no participle of the subject",
			`On Monday, the trade ministry announced it shipped 31,000 cars in May.`,
			[]string{`the trade ministry | announced | it shipped 31,000 cars in May | indirect`}},
		{"as X reported",
			`As The Courier reported, the council had approved the plan in March.`,
			[]string{`The Courier | reported | the council had approved the plan in March | indirect`}},
		{"as reported by X",
			`As reported by local radio, investigators found the cracks in 2023.`,
			[]string{`local radio | reported | investigators found the cracks in 2023 | indirect`,
				`investigators | found | the cracks in 2023 | indirect`}},
		{"restrictive relative clause in the source",
			`Two engineers who talked to the Gazette said the dam had been neglected for years.`,
			[]string{`Two engineers who talked to the Gazette | said | the dam had been neglected for years | indirect`}},
		{"progressive cue",
			`The mayor is once again questioning the cost of the bridge.`,
			[]string{`The mayor | is once again questioning | the cost of the bridge | indirect`}},
		{"an action in the progressive is no stance",
			`Workers are building a new bridge across the river.`,
			nil},
		{"a possessor's claim",
			`Reporters checked the mayor's claim that the bridge was safe.`,
			[]string{`the mayor's | claim | that the bridge was safe | indirect`}},
		{"lead-in line with a verb: the line after the subject is the cue, as PolNeAR marks it",
			"The mayor issued the following statement:\n\n\"We expect a full report by Friday.\"",
			[]string{`The mayor | issued the following statement: | "We expect a full report by Friday." | direct`}},
		{"lead-in line",
			"And from the chairwoman:\n\n\"We expect a full report by Friday.\"",
			[]string{`the chairwoman | : | "We expect a full report by Friday." | direct`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyse(c.text)
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

func TestQuoteAcrossParagraphs(t *testing.T) {
	text := "\"The first wave hit the lower town before dawn. Nobody had warned us.\n\n" +
		"\"By the time the sirens sounded, the water was at the windows,\" said Maria Kovac, a shopkeeper."
	d := analyse(text)
	if len(d.Attributions) != 1 {
		t.Fatalf("want one attribution for a quote across paragraphs, got %d: %v", len(d.Attributions), d.Attributions)
	}
	a := d.Attributions[0]
	if a.Source == nil || a.Source.Text != "Maria Kovac, a shopkeeper" {
		t.Errorf("source = %v", a.Source)
	}
	if !strings.HasPrefix(a.Content.Text, "\"The first wave") || !strings.HasSuffix(a.Content.Text, "windows,\"") {
		t.Errorf("content = %q", a.Content.Text)
	}
}

func TestStrayQuoteMarkDoesNotBreakLaterQuotes(t *testing.T) {
	text := "The report called the plan \"reckless.\n\n" +
		"\"We will appeal,\" said Tom Reyes, the union's lawyer."
	d := analyse(text)
	var found bool
	for _, a := range d.Attributions {
		if a.Source != nil && strings.HasPrefix(a.Source.Text, "Tom Reyes") && a.Content.Text == "\"We will appeal,\"" {
			found = true
		}
	}
	if !found {
		var got []string
		for _, a := range d.Attributions {
			got = append(got, show(a)...)
		}
		t.Errorf("the quote after a stray mark was lost: %q", got)
	}
}

// With a dependency parse, the cue's nsubj is the source and its ccomp the
// content, even where the surface rules would not find them.
func TestParsedAttribution(t *testing.T) {
	d := doc.New(doc.Article{Text: "Investigators in the port city on Monday concluded the fire started in a warehouse."})
	tokenize.Tokenize(d)
	// Investigators(0) in(1) the(2) port(3) city(4) on(5) Monday(6)
	// concluded(7) the(8) fire(9) started(10) in(11) a(12) warehouse(13) .(14)
	heads := []int{7, 4, 4, 4, 0, 6, 7, -1, 9, 10, 7, 13, 13, 10, 7}
	deps := []string{"nsubj", "case", "det", "compound", "nmod", "case", "obl", "root", "det", "nsubj", "ccomp", "case", "det", "obl", "punct"}
	for i := range d.Tokens {
		d.Tokens[i].Head, d.Tokens[i].Dep = heads[i], deps[i]
	}
	Extract(d)
	var got []string
	for _, a := range d.Attributions {
		got = append(got, show(a)...)
	}
	want := "Investigators in the port city | concluded | the fire started in a warehouse | indirect"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSayWithComparativeContent(t *testing.T) {
	d := analyse("Residents said more than 60 homes were damaged.")
	if len(d.Attributions) != 1 || d.Attributions[0].Content.Text != "more than 60 homes were damaged" {
		var got []string
		for _, a := range d.Attributions {
			got = append(got, show(a)...)
		}
		t.Errorf("got %q", got)
	}
}

func TestWhContent(t *testing.T) {
	d := analyse("The coach told a podcast host on Sunday how tired the players were after the trip.")
	if len(d.Attributions) != 1 || d.Attributions[0].Content.Text != "how tired the players were after the trip" {
		var got []string
		for _, a := range d.Attributions {
			got = append(got, show(a)...)
		}
		t.Errorf("got %q", got)
	}
}
