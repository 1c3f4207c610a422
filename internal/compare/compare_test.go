package compare

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

var published = time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)

func analyse(t testing.TB, text string) *doc.Document {
	t.Helper()
	an, err := analyzer.New(analyzer.Options{Published: published})
	if err != nil {
		t.Fatal(err)
	}
	return an.Analyze(doc.Article{Text: text})
}

// cases pair a source with a derived text. want lists the kinds that must
// be reported (each at least once); every other kind must not be. For each
// kind there is a faithful pair that must stay silent.
var cases = []struct {
	name     string
	src, der string
	want     []string
}{
	// Figures.
	{"figure value changed",
		"Rebels killed 40 soldiers near the border on Tuesday.",
		"Rebels killed 70 soldiers near the border on Tuesday.",
		[]string{FigureChanged}},
	{"figure hedge dropped",
		"Rebels killed around 600 soldiers near the border on Tuesday.",
		"Rebels killed 600 soldiers near the border on Tuesday.",
		[]string{FigureChanged}},
	{"figure invented",
		"Floods destroyed homes across the northern province on Tuesday.",
		"Floods destroyed 300 homes across the northern province on Tuesday.",
		[]string{FigureInvented}},
	{"number the figure step does not read changed",
		"The ferry skipper seemed confused, a 311 operator later said in a note to the harbour office.",
		"The ferry skipper seemed confused, a 1822 operator later said in a note to the harbour office.",
		[]string{FigureChanged}},
	{"figure faithful: a number the figure step does not read, kept in a reworded sentence",
		"The ferry skipper seemed confused, a 311 operator later said in a note to the harbour office.",
		"In a note to the harbour office, a 311 operator later said the ferry skipper seemed confused.",
		nil},
	{"figure faithful, reworded",
		"Rebels killed about 40 soldiers near the border on Tuesday.",
		"About 40 soldiers were killed by rebels near the border on Tuesday.",
		nil},
	// Negation and modality.
	{"negation flipped",
		"The finance minister will not meet the union leaders next week.",
		"The finance minister will meet the union leaders next week.",
		[]string{NegationFlipped}},
	{"modality dropped",
		"The number of displaced people could exceed 2,000 by Friday, the agency warned.",
		"The number of displaced people exceeded 2,000 by Friday, the agency warned.",
		[]string{ModalityChanged}},
	{"modality faithful: backshift",
		"The finance minister will meet the union leaders next week.",
		"The finance minister said he would meet the union leaders next week.",
		nil},
	{"modality faithful: set to → will",
		"The two presidents are set to attend a naval parade in Manila next month.",
		"The two presidents will attend a naval parade in Manila next month.",
		nil},
	{"possibility of a short verb stated as fact in a relative clause",
		"The new deal replaces the 1998 pact between the two towns, which set the terms on which the two towns could use the old quarry.",
		"The new deal replaces the 1998 pact between the two towns, which set the terms on which the two towns used the old quarry.",
		[]string{ModalityChanged}},
	{"possibility of a short verb stated as fact inside a quotation",
		"\"But we worry that Tom Brandt may lie, he may spread rumours, and that Ella will have to answer them,\" Okafor said.",
		"\"But we worry that Tom Brandt lied, he may spread rumours, and that Ella will have to answer them,\" Okafor said.",
		[]string{ModalityChanged}},
	{"modality faithful: a short verb kept possible",
		"The new deal replaces the 1998 pact between the two towns, which set the terms on which the two towns could use the old quarry.",
		"The new deal, replacing the 1998 pact between the two towns, set the terms on which the two towns might use the old quarry.",
		nil},
	{"figure hedge made fact inside a merged sentence",
		"Rescuers said the toll could exceed 300. The army said 120 soldiers were deployed to the valley.",
		"The toll exceeded 300 and 120 soldiers were deployed to the valley, rescuers and the army said.",
		[]string{ModalityChanged}},
	// Attribution.
	{"attribution dropped",
		"The army said rebels burned the market in the town of Kelo.",
		"Rebels burned the market in the town of Kelo.",
		[]string{AttributionDropped}},
	{"attribution changed",
		"The army said rebels burned the market in the town of Kelo.",
		"The United Nations said rebels burned the market in the town of Kelo.",
		[]string{AttributionChanged}},
	{"attribution changed around a parenthetical cue",
		// The source's content is in two pieces around "engineers said":
		// the cue's verb is no verb of the content.
		"The bridge, engineers said, was unsafe for lorries.",
		"Inspectors say the bridge was unsafe for lorries.",
		[]string{AttributionChanged}},
	{"attribution dropped from a first-person quote",
		"Opening the fair, the mayor of Tarrow thanked the ferry crews. \"I firmly believe the council will fund our new marina,\" she said.",
		"Opening the fair, the mayor of Tarrow thanked the ferry crews. I firmly believe the council will fund our new marina.",
		[]string{AttributionDropped}},
	{"attribution dropped: a noun report is no cue keeping the speaker",
		"Senator Mara Quill spoke in Dover on Friday. Quill asserts that her annual audit report provides ample transparency.",
		"Senator Mara Quill spoke in Dover on Friday. Her annual audit report provides ample transparency.",
		[]string{AttributionDropped}},
	{"attribution faithful: a quote paragraph runs on from its named speaker",
		"\"We must urgently rebuild the station before the winter storms arrive,\" Fire chief Tom Reyes told reporters on Monday.\n\n\"We lost the roof within an hour.\"",
		"\"We must urgently rebuild the station before the winter storms arrive,\" Fire chief Tom Reyes informed reporters on Monday.\n\n\"We lost the roof within an hour.\"",
		nil},
	{"attribution dropped: a bare quotation whose speaker is gone",
		"An aerospace analyst, Richard Boyd, said that \"the test flight will restore some confidence in the delivery schedule.\"",
		"\"The test flight will restore some confidence in the delivery schedule.\"",
		[]string{AttributionDropped}},
	{"attribution faithful: cue verb synonym",
		"The army said rebels burned the market in the town of Kelo.",
		"Rebels burned the market in the town of Kelo, the army stated.",
		nil},
	{"attribution dropped: a stance the source reports becomes fact",
		"Mayor Ana Ruiz said she hoped the new bridge would open before the harvest festival.",
		"She hoped the new bridge would open before the harvest festival.",
		[]string{AttributionDropped}},
	{"attribution dropped: what a speaker said others had said",
		"The ministry noted the rebels had previously said they would free the hostages in the spring.",
		"The rebels had previously said they would free the hostages in the spring.",
		[]string{AttributionDropped}},
	{"attribution faithful: a nested stance under a synonym cue",
		"Mayor Ana Ruiz said she hoped the new bridge would open before the harvest festival.",
		"Mayor Ana Ruiz stated she hoped the new bridge would open before the harvest festival.",
		nil},
	// Verification.
	{"verification dropped",
		"Rebels shot down a military helicopter over the valley, the army said. Reuters could not independently verify the claim.",
		"Rebels shot down a military helicopter over the valley, the army said.",
		[]string{VerificationDropped}},
	{"verification kept",
		"Rebels shot down a military helicopter over the valley, the army said. Reuters could not independently verify the claim.",
		"Rebels shot down a military helicopter over the valley, the army said, a claim Reuters could not independently verify.",
		nil},
	// Times.
	{"time moved",
		"The ceasefire talks in Geneva collapsed on Tuesday.",
		"The ceasefire talks in Geneva collapsed on Thursday.",
		[]string{TimeMoved}},
	{"time faithful: same day, other words",
		"The ceasefire talks in Geneva collapsed on Tuesday.",
		"The ceasefire talks in Geneva collapsed on March 4.",
		nil},
	{"time faithful: a day inside the week named",
		"The ceasefire talks in Geneva collapsed on Sunday.",
		"The ceasefire talks in Geneva collapsed last weekend.",
		nil},
	// Entities.
	{"entity swapped",
		"Ukrainian drones struck an oil depot near Kursk on Tuesday.",
		"Russian drones struck an oil depot near Kursk on Tuesday.",
		[]string{EntitySwapped}},
	{"nationalities exchanged",
		"North Korean troops fought alongside Russian forces in the Kursk region, Seoul said.",
		"Russian troops fought alongside North Korean forces in the Kursk region, Seoul said.",
		[]string{EntitySwapped}},
	{"place swapped",
		"Police arrested 12 protesters in Nairobi on Monday.",
		"Police arrested 12 protesters in Mombasa on Monday.",
		[]string{EntitySwapped}},
	{"entity invented and statement given to a source",
		"Police arrested 12 protesters in Nairobi on Monday.",
		"Kenyan police arrested 12 protesters in Nairobi on Monday, Amnesty International said.",
		[]string{EntityInvented, AttributionChanged}},
	{"capital swapped while its country stays",
		"Tokyo protested the test. North Korea ignored its critics once more as Pyongyang launched two rockets toward the coast on Friday.",
		"Tokyo protested the test. North Korea ignored its critics once more as Tokyo launched two rockets toward the coast on Friday.",
		[]string{EntitySwapped}},
	{"entity faithful: capital for its country",
		"North Korea ignored its critics once more as Pyongyang launched two rockets toward the coast on Friday.",
		"North Korea ignored its critics once more as the North launched two rockets toward the coast on Friday.",
		nil},
	{"name swapped in a kept speaker's description",
		"Regular exercise can greatly lower stress among nurses, said Helen Ortak, director of the Centre for Nursing Research at the University of Leeds.",
		"Regular exercise can greatly lower stress among nurses, said Helen Ortak, director of the Centre for Nursing Research at Keele University.",
		[]string{EntitySwapped}},
	{"speaker faithful: description shortened",
		"Regular exercise can greatly lower stress among nurses, said Helen Ortak, director of the Centre for Nursing Research at the University of Leeds.",
		"Regular exercise can greatly lower stress among nurses, said Helen Ortak of the Centre for Nursing Research at the University of Leeds.",
		nil},
	{"names exchanged, one of them named twice",
		"At the Harbour Hall venue in Lisbon, Nokia chief Anna Berg unveiled new phones from Nokia.",
		"At the Nokia venue in Lisbon, Nokia chief Anna Berg unveiled new phones from Harbour Hall.",
		[]string{EntitySwapped}},
	{"name replaced in a slot the two texts type differently",
		"Brightleaf makes cartoons. The studio hopes to sell its episodes through Corvana, Brightleaf's parent and owner of KTV. Children loved Moonfall.",
		"Brightleaf makes cartoons. The studio hopes to sell its episodes through Moonfall, Brightleaf's parent and owner of KTV. Children loved Moonfall.",
		[]string{EntitySwapped}},
	{"name swapped in that the source uses elsewhere",
		"Laura Minsk, head of the Centre for Fair Regulation at Boston College, called the rules lawful. The dispute could reach the Supreme Court.",
		"Laura Minsk, head of the Centre for Fair Regulation at Boston College, called the rules lawful. The dispute could reach the Centre for Fair Regulation.",
		[]string{EntitySwapped}},
	{"entity faithful: full name then surname",
		"President Samia Suluhu Hassan opened the new railway line in Dodoma on Monday.",
		"Hassan opened the new railway line in Dodoma on Monday.",
		nil},
	{"unit changed",
		"The fire destroyed 40 hectares of forest.",
		"The fire destroyed 40 square kilometres of forest.",
		[]string{FigureChanged}},
	{"nautical miles turned into kilometres",
		"The Orvane jet has a range of 2,900 to 7,200 nautical miles.",
		"The Orvane jet has a range of 2,900 to 7,200 nautical kilometres.",
		[]string{FigureChanged}},
	{"capacity bound dropped",
		"The Orvane jet can seat up to 150 people.",
		"The Orvane jet can seat 150 people.",
		[]string{FigureChanged}},
	{"measure changed",
		"Medics said 30 villagers were wounded in the explosion.",
		"Medics said 30 villagers were killed in the explosion.",
		[]string{FigureChanged}},
	{"entity faithful: reordered",
		"Ukrainian drones struck an oil depot near Kursk on Tuesday.",
		"An oil depot near Kursk was struck by Ukrainian drones on Tuesday.",
		nil},
	{"denial turned into admission",
		"The rail operator denied that anyone had ever told it about the cracked sleepers.",
		"The rail operator admitted that engineers had told it about the cracked sleepers.",
		[]string{NegationFlipped}},
	{"time moved to a day the source names for something else",
		"The gates were opened on Friday afternoon. The dam broke on Saturday night.",
		"The dam broke on Friday night.",
		[]string{TimeMoved}},
	{"changed figure cited against the closest source figure",
		"The ministry said 17 of the 41 people killed were children.",
		"The ministry said 45 people were killed, 17 of them children.",
		[]string{FigureChanged}},
	{"range start moved inside the range",
		"The survey of 900 residents was carried out March 14-17 by the council.",
		"The survey of 900 residents was carried out March 15-17 by the council.",
		[]string{TimeMoved}},
	{"range end moved",
		"The mill employed Dana Ortiz as its manager from 2003 to 2011.",
		"The mill employed Dana Ortiz as its manager from 2003 to 2009.",
		[]string{TimeMoved}},
	{"year moved into a range the same sentence names",
		"Floods in 2019 cost the valley twice as much as in any year from 2010 to 2019.",
		"Floods in 2016 cost the valley twice as much as in any year from 2010 to 2019.",
		[]string{TimeMoved}},
	{"time faithful: the same range in other words",
		"The mill employed Dana Ortiz as its manager from 2003 to 2011.",
		"Between 2003 and 2011, the mill employed Dana Ortiz as its manager.",
		nil},
	{"weekday moved beside a coarser time of the same sentence",
		"The Coastal Shipping Board announced Tuesday that it is trimming its outlook for cargo traffic this year, and the cut is darkening the mood among the region's smaller harbours.",
		"The Coastal Shipping Board announced Friday that it is trimming its outlook for cargo traffic this year, and the cut is darkening the mood among the region's smaller harbours.",
		[]string{TimeMoved}},
	{"dateline moved to another month of a year the text names",
		"Harbour board orders two new ferries\n\nMarch 10, 2025\n\nThe Tarnby harbour board said today that it has ordered two new ferries from a yard in Velmar.\n\nThe board bought its last ferry earlier this year.",
		"Harbour board orders two new ferries\n\nMay 10, 2025\n\nThe Tarnby harbour board said today that it has ordered two new ferries from a yard in Velmar.\n\nThe board bought its last ferry earlier this year.",
		[]string{TimeMoved}},
	{"time faithful: a dateline kept, a sentence dropped",
		"Harbour board orders two new ferries\n\nMarch 10, 2025\n\nThe Tarnby harbour board said today that it has ordered two new ferries from a yard in Velmar.\n\nThe board bought its last ferry earlier this year.",
		"Harbour board orders two new ferries\n\nMarch 10, 2025\n\nThe Tarnby harbour board said today that it has ordered two new ferries from a yard in Velmar.",
		nil},
	{"year moved into a range the sentence before names",
		"The yard will build two ferries from 2026 to 2028 for the Tarnby line. The board also has options on three more ferries to order by 2030.",
		"The yard will build two ferries from 2026 to 2028 for the Tarnby line. The board also has options on three more ferries to order by 2027.",
		[]string{TimeMoved}},
	{"time faithful: two sentences with a range and a year merged",
		"The yard will build two ferries from 2026 to 2028 for the Tarnby line. The board also has options on three more ferries to order by 2030.",
		"The yard will build two ferries for the Tarnby line from 2026 to 2028, and the board has options on three more to order by 2030.",
		nil},
	{"weekday moved to the day of the dateline",
		"Tarnby opens its new ferry line\n\nMarch 10, 2025\n\nOn Sunday, the Tarnby harbour board opened its new ferry line to Velmar.",
		"Tarnby opens its new ferry line\n\nMarch 10, 2025\n\nOn Monday, the Tarnby harbour board opened its new ferry line to Velmar.",
		[]string{TimeMoved}},
	{"time faithful: reordered, the day restated as its month",
		"Talks collapsed on March 3, 2024, after a deal signed in 2019 expired.",
		"After a deal signed in 2019 expired, talks collapsed in March 2024.",
		nil},
	{"time faithful: reordered, the weekday restated as its week",
		"Talks collapsed on Friday, and the deal expired in 2019.",
		"The deal expired in 2019, and talks collapsed last week.",
		nil},
	{"time faithful: a year beside the date that refines it",
		"The plant closed on March 3, 2019, the company said.",
		"The plant closed in 2019, on March 3, 2019, the company said.",
		nil},
	{"unsupported: a noun that differs from another by a final e",
		"Officials said the plan was approved in 2019.",
		"Officials said the plane was approved in 2019.",
		[]string{Unsupported}},
	{"day moved beside a coarser time of the next sentence",
		"The harbour police logged 40 thefts between January 1 and March 6 alone. Most of them happened in March.",
		"The harbour police logged 40 thefts between January 1 and March 8 alone. Most of them happened in March.",
		[]string{TimeMoved}},
	{"time faithful: clauses swapped",
		"The bridge closed in 2014, and the ferry stopped running in 2016.",
		"The ferry stopped running in 2016, and the bridge closed in 2014.",
		nil},
	{"names exchanged around a cue that cuts them into two statements",
		"Senator Ada Marlow met voters in Tarnby. Peter Halvorsen has been critical of Marlow since they both ran in the party primary.",
		"Senator Ada Marlow met voters in Tarnby. Marlow has been critical of Peter Halvorsen since they both ran in the party primary.",
		[]string{EntitySwapped}},
	{"entity faithful: the same roles in a reordered sentence",
		"Senator Ada Marlow met voters in Tarnby. Peter Halvorsen has been critical of Marlow since they both ran in the party primary.",
		"Senator Ada Marlow met voters in Tarnby. Since they both ran in the party primary, Peter Halvorsen has been critical of Marlow.",
		nil},
	{"name replaced by one the source names nearby, read as a speaker only in the derived text",
		"The first test flight is now planned for 2030, the same year Airbus plans to fly its own freighter.\n\nBoeing had hoped to finish the wing tests before winter.",
		"The first test flight is now planned for 2030, the same year Airbus plans to fly its own freighter.\n\nAirbus had hoped to finish the wing tests before winter.",
		[]string{EntitySwapped}},
	{"negation added to a past verb ending in e, now in its base form",
		"After months of protests over the fees, the council raised the tolls, promising to spend more of the money on repairs.",
		"After months of protests over the fees, the council did not raise the tolls, promising to spend more of the money on repairs.",
		[]string{NegationFlipped}},
	{"negation faithful: a past verb ending in e put in the passive",
		"After months of protests over the fees, the council raised the tolls, promising to spend more of the money on repairs.",
		"After months of protests over the fees, the tolls were raised by the council, which promised to spend more of the money on repairs.",
		nil},
	{"negation added to a verb the attribution step reads as a cue",
		"The Coast Guard has 30 days to answer the auditors.",
		"The Coast Guard does not have 30 days to answer the auditors.",
		[]string{NegationFlipped}},
	{"negation added where the claim left after the cue also stands in another sentence",
		"The Velmar port authority said it would answer the auditors within a month.\n\nThe Coast Guard has 30 days to answer the auditors.",
		"The Velmar port authority said it would answer the auditors within a month.\n\nThe Coast Guard does not have 30 days to answer the auditors.",
		[]string{NegationFlipped}},
	// Unsupported.
	{"unsupported statement",
		"The ceasefire talks in Geneva collapsed on Tuesday.",
		"The ceasefire talks in Geneva collapsed on Tuesday. The president resigned in protest against the new budget.",
		[]string{Unsupported}},
	{"faithful: merged sentences and dropped adjective",
		"The ceasefire talks in Geneva collapsed on Tuesday. The lengthy talks had lasted nine days.",
		"The talks in Geneva, which had lasted nine days, collapsed on Tuesday.",
		nil},
}

func TestCompareKinds(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Compare(analyse(t, tc.src), analyse(t, tc.der))
			want := map[string]bool{}
			for _, k := range tc.want {
				want[k] = true
				if r.Counts[k] == 0 {
					t.Errorf("want a %s finding, got none", k)
				}
			}
			for _, f := range r.Findings {
				if !want[f.Kind] {
					t.Errorf("unexpected %s: %s (derived %q)", f.Kind, f.Explanation, f.Derived.Text)
				}
			}
			wantVerdict := VerdictFaithful
			if len(tc.want) > 0 {
				wantVerdict = VerdictChangesFacts
			}
			if r.Verdict != wantVerdict {
				t.Errorf("verdict %q, want %q", r.Verdict, wantVerdict)
			}
		})
	}
}

// TestFindingSpans checks that every finding cites text that is really at
// its offsets in the derived (and source) text.
func TestFindingSpans(t *testing.T) {
	for _, tc := range cases {
		sd, dd := analyse(t, tc.src), analyse(t, tc.der)
		r := Compare(sd, dd)
		for _, f := range r.Findings {
			if got := dd.Slice(f.Derived.Start, f.Derived.End); got != f.Derived.Text {
				t.Errorf("%s: derived span %d–%d is %q, finding says %q", tc.name, f.Derived.Start, f.Derived.End, got, f.Derived.Text)
			}
			if f.Source != nil {
				if got := sd.Slice(f.Source.Start, f.Source.End); got != f.Source.Text {
					t.Errorf("%s: source span %d–%d is %q, finding says %q", tc.name, f.Source.Start, f.Source.End, got, f.Source.Text)
				}
			}
			if f.Explanation == "" || strings.Contains(f.Explanation, "\n") {
				t.Errorf("%s: explanation %q is not one sentence", tc.name, f.Explanation)
			}
		}
	}
}

// TestExamplesAgainstThemselves: an article compared with itself is
// faithful, and every statement aligns with full coverage.
func TestExamplesAgainstThemselves(t *testing.T) {
	paths, err := filepath.Glob("../../examples/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no bundled examples: %v", err)
	}
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		arts, errs, err := reader.ReadFile(p, reader.Options{})
		if err != nil || len(errs) > 0 || len(arts) != 1 {
			t.Fatalf("%s: %v %v", p, err, errs)
		}
		r := Compare(an.Analyze(arts[0]), an.Analyze(arts[0]))
		if r.Verdict != VerdictFaithful || len(r.Findings) > 0 {
			t.Errorf("%s against itself: verdict %q, findings %+v", p, r.Verdict, r.Findings)
		}
		for _, a := range r.Alignments {
			if a.Coverage < 1 {
				t.Errorf("%s: %q aligned with coverage %.2f", p, a.Derived.Text, a.Coverage)
			}
		}
	}
}

// TestUnrelatedArticles: two different bundled stories share almost
// nothing, so most statements must come out unsupported.
func TestUnrelatedArticles(t *testing.T) {
	paths, _ := filepath.Glob("../../examples/*.txt")
	if len(paths) < 2 {
		t.Skip("need two bundled examples")
	}
	an, _ := analyzer.New(analyzer.Options{})
	read := func(p string) doc.Article {
		arts, _, err := reader.ReadFile(p, reader.Options{})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %v", p, err)
		}
		return arts[0]
	}
	r := Compare(an.Analyze(read(paths[0])), an.Analyze(read(paths[1])))
	if r.Verdict != VerdictChangesFacts || r.Counts[Unsupported] < len(r.Alignments)/2 {
		t.Errorf("unrelated articles: verdict %q, %d unsupported of %d", r.Verdict, r.Counts[Unsupported], len(r.Alignments))
	}
}

// TestMovedTimeCitesItsCounterpart checks that a moved weekday is set
// against the weekday it replaced, not the coarser year beside it.
func TestMovedTimeCitesItsCounterpart(t *testing.T) {
	src := "The Coastal Shipping Board announced Tuesday that it is trimming its outlook for cargo traffic this year, and the cut is darkening the mood among the region's smaller harbours."
	r := Compare(analyse(t, src), analyse(t, strings.Replace(src, "Tuesday", "Friday", 1)))
	if len(r.Findings) != 1 || r.Findings[0].Kind != TimeMoved || r.Findings[0].Source == nil || r.Findings[0].Source.Text != "Tuesday" {
		t.Fatalf("want one time_moved citing Tuesday, got %+v", r.Findings)
	}
}

// TestMovedDatelineCitesSourceDateline: a dateline has no words to align
// by, so its moved date is set against the source's dateline.
func TestMovedDatelineCitesSourceDateline(t *testing.T) {
	src := "Harbour board orders two new ferries\n\nMarch 10, 2025\n\nThe Tarnby harbour board said today that it has ordered two new ferries.\n\nThe board bought its last ferry earlier this year."
	r := Compare(analyse(t, src), analyse(t, strings.Replace(src, "March 10", "May 10", 1)))
	if len(r.Findings) != 1 || r.Findings[0].Kind != TimeMoved || r.Findings[0].Source == nil || r.Findings[0].Source.Text != "March 10, 2025" {
		t.Fatalf("want one time_moved citing March 10, 2025, got %+v", r.Findings)
	}
}

// TestNegationInMergedStatement: the derived text negates the first of
// two claims the source keeps apart and the claim step merges into one
// statement, which aligns to the stretch between them; the "not" is still
// held to the source sentence. (The analyser also gives the merged
// statement a different speaker; only the negation is asserted here.)
func TestNegationInMergedStatement(t *testing.T) {
	src := "Video shows that Brandt had his arms in the air, contradicting Norland police’s earlier claim that Brandt had refused to keep his arms up."
	der := strings.Replace(src, "Brandt had his arms", "Brandt did not have his arms", 1)
	r := Compare(analyse(t, src), analyse(t, der))
	for _, f := range r.Findings {
		if f.Kind == NegationFlipped && strings.Contains(f.Derived.Text, "did not have") {
			return
		}
	}
	t.Fatalf("want a negation_flipped finding on “did not have”, got %+v", r.Findings)
}

// TestVerbKey: a base form and its inflections share a key, short verbs
// included, and different verbs do not.
func TestVerbKey(t *testing.T) {
	for _, tc := range [][2]string{
		{"use", "used"}, {"use", "using"}, {"lie", "lied"}, {"lie", "lying"}, {"owe", "owed"},
		{"leak", "leaked"}, {"try", "tried"}, {"rise", "rose"}, {"need", "needs"},
	} {
		if verbKey(tc[0]) != verbKey(tc[1]) {
			t.Errorf("verbKey(%q) = %q, verbKey(%q) = %q: want them equal", tc[0], verbKey(tc[0]), tc[1], verbKey(tc[1]))
		}
	}
	for _, tc := range [][2]string{{"need", "ned"}, {"lie", "let"}, {"used", "user"}} {
		if verbKey(tc[0]) == verbKey(tc[1]) {
			t.Errorf("verbKey(%q) = verbKey(%q) = %q: want them apart", tc[0], tc[1], verbKey(tc[0]))
		}
	}
}

func TestStem(t *testing.T) {
	for _, tc := range [][2]string{
		{"troops", "troop"}, {"killed", "kill"}, {"killing", "kill"}, {"casualties", "casualty"},
		{"marches", "march"}, {"press", "press"}, {"status", "status"}, {"reportedly", "report"},
	} {
		if got := stem(tc[0]); got != tc[1] && stem(got) != tc[1] {
			t.Errorf("stem(%q) = %q, want %q", tc[0], got, tc[1])
		}
	}
}

// TestChangedFigureCitesClosest: the finding for an altered total cites the
// source's total, not another figure of the same measure.
func TestChangedFigureCitesClosest(t *testing.T) {
	r := Compare(analyse(t, "The ministry said 17 of the 41 people killed were children."),
		analyse(t, "The ministry said 45 people were killed, 17 of them children."))
	for _, f := range r.Findings {
		if f.Kind == FigureChanged && (f.Derived.Text != "45" || f.Source == nil || f.Source.Text != "41") {
			t.Errorf("figure finding %q → %+v, want 45 against 41", f.Derived.Text, f.Source)
		}
	}
}

// TestSummariesOfExample compares two hand-written summaries of the bundled
// dam-collapse example: a faithful one (reordered, merged, cue verbs
// swapped, details dropped) that must stay silent, and an altered one with
// one planted change per line that must be caught kind by kind.
func TestSummariesOfExample(t *testing.T) {
	read := func(p string) *doc.Document { return readExample(t, p) }
	src := read("../../examples/dam-collapse.txt")
	faithful := Compare(src, read("testdata/dam-collapse-faithful.txt"))
	for _, f := range faithful.Findings {
		t.Errorf("faithful summary: false alarm %s: %s (%q)", f.Kind, f.Explanation, f.Derived.Text)
	}
	altered := Compare(src, read("testdata/dam-collapse-altered.txt"))
	// Planted: Saturday → Friday night; 41 → 45 killed; "around 60" → 60;
	// "could exceed 150" → "exceeded 150" without its source or caveat;
	// denied → admitted; an invented inquiry.
	for kind, n := range map[string]int{
		TimeMoved: 1, FigureChanged: 2, ModalityChanged: 1, AttributionDropped: 1,
		VerificationDropped: 1, NegationFlipped: 1, Unsupported: 1,
	} {
		if altered.Counts[kind] != n {
			t.Errorf("altered summary: %d %s findings, want %d", altered.Counts[kind], kind, n)
		}
	}
	if len(altered.Findings) != 8 {
		for _, f := range altered.Findings {
			t.Logf("%s: %s", f.Kind, f.Explanation)
		}
		t.Errorf("altered summary: %d findings, want the 8 planted", len(altered.Findings))
	}
}

// TestBorderClashSummaries: a faithful summary of the bundled border-clash
// example stays silent; an altered one is caught change by change.
func TestBorderClashSummaries(t *testing.T) {
	read := func(p string) *doc.Document { return readExample(t, p) }
	src := read("../../examples/border-clash.txt")
	for _, f := range Compare(src, read("testdata/border-clash-faithful.txt")).Findings {
		t.Errorf("faithful summary: false alarm %s: %s (%q)", f.Kind, f.Explanation, f.Derived.Text)
	}
	r := Compare(src, read("testdata/border-clash-altered.txt"))
	// Planted: 31 → 13 wounded; "between 30 and 45" → 45; denied →
	// admitted; "may have been killed" stated as fact without its source;
	// last Thursday → Friday; "has offered to host" → "will not host".
	want := []planted{
		{FigureChanged, "13"},
		{FigureChanged, "45"},
		{NegationFlipped, "admitted"},
		{ModalityChanged, "Up to 60 Cambodian soldiers were killed"},
		{AttributionDropped, "Up to 60 Cambodian soldiers were killed"},
		{TimeMoved, "Friday"},
		{NegationFlipped, "Malaysia will not host talks next week"},
	}
	wantPlanted(t, r, want)
}

// TestPlantClosureSummaries: a faithful summary of the bundled
// plant-closure example (coreferent "the company", "US" for "Washington")
// stays silent; an altered one is caught change by change.
func TestPlantClosureSummaries(t *testing.T) {
	read := func(p string) *doc.Document { return readExample(t, p) }
	src := read("../../examples/plant-closure.txt")
	for _, f := range Compare(src, read("testdata/plant-closure-faithful.txt")).Findings {
		t.Errorf("faithful summary: false alarm %s: %s (%q)", f.Kind, f.Explanation, f.Derived.Text)
	}
	r := Compare(src, read("testdata/plant-closure-altered.txt"))
	// Planted: March → April; the company's 1,150 → 1,400; the union's
	// "nearly 1,400" → 1,400; a union claim stated as fact without its
	// source or caveat; "could disappear" → "will disappear" without the
	// economists; an invented reopening.
	want := []planted{
		{TimeMoved, "April"},
		{FigureChanged, "1,400"},
		{AttributionDropped, "Forty agency workers"},
		{VerificationDropped, "Forty agency workers"},
		{ModalityChanged, "2,500"},
		{AttributionDropped, "2,500"},
		{Unsupported, "reopen"},
	}
	wantPlanted(t, r, want)
	changed := 0
	for _, f := range r.Findings {
		if f.Kind == FigureChanged && f.Source != nil && (f.Source.Text == "1,150" || strings.Contains(f.Source.Text, "nearly 1,400")) {
			changed++
		}
	}
	if changed != 2 {
		t.Errorf("want both 1,400s reported, against 1,150 and “nearly 1,400”; got %d", changed)
	}
}

// readExample reads one article file and analyses it.
func readExample(t *testing.T, p string) *doc.Document {
	t.Helper()
	an, _ := analyzer.New(analyzer.Options{})
	arts, _, err := reader.ReadFile(p, reader.Options{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("%s: %v", p, err)
	}
	return an.Analyze(arts[0])
}

// planted is a change made on purpose in an altered summary: the finding
// kind that must report it and a piece of the derived text it must cite.
type planted struct{ kind, derived string }

func wantPlanted(t *testing.T, r *Report, want []planted) {
	t.Helper()
	for _, w := range want {
		found := false
		for _, f := range r.Findings {
			if f.Kind == w.kind && strings.Contains(f.Derived.Text, w.derived) {
				found = true
			}
		}
		if !found {
			t.Errorf("altered summary: no %s finding on %q", w.kind, w.derived)
		}
	}
}

func TestNameHelpers(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"the attack on the USS Cole in Aden", "USS Cole", true},
		{"said Tom Coleman of the agency", "Cole", false},
		{"Cole, the destroyer", "Cole", true},
		{"in Pyongyang.", "Pyongyang", true},
		{"anything", "", false},
	} {
		if got := hasWords(tc.text, tc.name); got != tc.want {
			t.Errorf("hasWords(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Brookings", "the Brookings Institution", true},
		{"Vladimir Putin", "Putin", true},
		{"Tax Policy Center", "Tax Foundation", false},
		{"", "Putin", false},
	} {
		if got := nameVariant(tc.a, tc.b); got != tc.want {
			t.Errorf("nameVariant(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSubjectEntityNamesOnly: a subject holding only a pronoun resolved
// to someone has no subject entity for the roles-exchanged check.
func TestSubjectEntityNamesOnly(t *testing.T) {
	oz := &doc.Entity{Canonical: "Mehmet Oz", Type: doc.Person, Mentions: []doc.Mention{
		{Start: 0, End: 2, Text: "HE", Pronoun: true},
		{Start: 40, End: 42, Text: "Oz"},
	}}
	u := &unit{ents: []*doc.Entity{oz}}
	for _, tc := range []struct {
		sub  doc.Span
		want *doc.Entity
	}{
		{doc.Span{Start: 0, End: 10}, nil},
		{doc.Span{Start: 30, End: 50}, oz},
	} {
		if got := subjectEntity(nil, u, &tc.sub); got != tc.want {
			t.Errorf("subject %d–%d: got %v, want %v", tc.sub.Start, tc.sub.End, got, tc.want)
		}
	}
}

// TestInQuotes checks the quotation test on analysed text: a statement
// between quotation marks (closing punctuation inside or out) is quoted,
// one that only starts or ends a quotation is not.
func TestInQuotes(t *testing.T) {
	text := "Ruiz spoke at the premiere. \"We have no context for the present.\" Few people know the story, she said."
	d := analyse(t, text)
	span := func(s string) doc.Span {
		i := strings.Index(text, s)
		return d.Span(len([]rune(text[:i])), len([]rune(text[:i]))+len([]rune(s)))
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"We have no context for the present", true},
		{"We have no context for the present.", true},
		{"Few people know the story", false},
		{"Ruiz spoke at the premiere", false},
	} {
		if got := inQuotes(d, span(tc.s)); got != tc.want {
			t.Errorf("inQuotes(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestApposed checks that a speaker named before an apposition taken for
// the attribution's source is that source's speaker.
func TestApposed(t *testing.T) {
	d := analyse(t, "Even Norway, Iceland's closest ally and its main market for fish, said it was firmly opposed to the whaling plan.")
	c := &checker{src: newSide(d, map[string]int32{}, false)}
	var cl *doc.Claim
	for i := range d.Claims {
		if d.Claims[i].Attribution != nil {
			cl = &d.Claims[i]
		}
	}
	if cl == nil {
		t.Fatal("no attributed claim")
	}
	// The step reads either the name or the apposition as the source,
	// depending on the parse; take the apposition, as a rewrite's parse
	// may.
	a := c.src.attrs[*cl.Attribution]
	text := d.Article.Text
	app := "Iceland's closest ally and its main market for fish"
	i := strings.Index(text, app)
	sp := d.Span(len([]rune(text[:i])), len([]rune(text[:i]))+len([]rune(app)))
	a.Source = &sp
	for _, tc := range []struct {
		speaker string
		want    bool
	}{{"Norway", true}, {"Sweden", false}, {"Iceland's closest ally", false}} {
		if got := c.apposed(c.src, cl, tc.speaker); got != tc.want {
			t.Errorf("apposed(%q) = %v, want %v", tc.speaker, got, tc.want)
		}
	}
}
