package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// want describes one entity a sentence must yield: its type, canonical
// name, and optionally how many mentions (pronouns included) it groups,
// how many of them are pronouns, and its link and country.
type want struct {
	typ, canonical string
	mentions       int // 0: not checked
	pronouns       int // -1: not checked
	link, country  string
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
		// none lists canonical names that must not be entities.
		none []string
	}{
		{
			name: "titles before names, demonyms linked to their country",
			text: "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok.",
			want: []want{
				{doc.Person, "Kim Jong Un", 1, 0, "", ""},
				{doc.Person, "Vladimir Putin", 1, 0, "", ""},
				{doc.NORP, "North Korean", 1, -1, "North Korea", "PRK"},
				{doc.NORP, "Russian", 1, -1, "Russia", "RUS"},
			},
			none: []string{"North Korean leader Kim Jong Un", "Russian President Vladimir Putin", "President"},
		},
		{
			name: "clerical and administrative titles end an organisation's run",
			text: "NASA Administrator Mike Griffin met Baptist Pastor Stephen Jones on Monday.",
			want: []want{
				{doc.Person, "Mike Griffin", 1, 0, "", ""},
				{doc.Person, "Stephen Jones", 1, 0, "", ""},
			},
			none: []string{"NASA Administrator Mike Griffin", "Baptist Pastor Stephen Jones"},
		},
		{
			name: "a title before a verb starts no organisation",
			text: "At the dinner the Prime Minister thanked Quorvian Airlines for its help.",
			want: []want{{doc.Org, "Quorvian Airlines", 1, 0, "", ""}},
			none: []string{"Prime Minister thanked Quorvian Airlines"},
		},
		{
			name: "a month or weekday after a first name is a surname",
			text: "Prime Minister Helen May met Coach Dan Friday before the vote on May 3.",
			want: []want{
				{doc.Person, "Helen May", 1, 0, "", ""},
				{doc.Person, "Dan Friday", 1, 0, "", ""},
			},
			none: []string{"Helen", "Dan"},
		},
		{
			name: "a title word ending a person's name is a surname",
			text: "A new library bears the name of Martin Luther King. Stephen King sent a letter.",
			want: []want{
				{doc.Person, "Martin Luther King", 1, 0, "", ""},
				{doc.Person, "Stephen King", 1, 0, "", ""},
			},
			none: []string{"Martin Luther"},
		},
		{
			name: "the airline before a flight number",
			text: "Investigators searched for Zorbic Air Flight 318 and Quorvian Airways Flight 9 for two days.",
			want: []want{
				{doc.Org, "Zorbic Air", 1, 0, "", ""},
				{doc.Org, "Quorvian Airways", 1, 0, "", ""},
			},
			none: []string{"Zorbic Air Flight", "Flight"},
		},
		{
			name: "routes and the people of a place name places",
			text: "Anna Berg said flights from Zorbaville to Quorbury resumed, and the people of Blantrop cheered in the Indian capital Delhi.",
			want: []want{
				{doc.GPE, "Zorbaville", 1, 0, "", ""},
				{doc.GPE, "Quorbury", 1, 0, "", ""},
				{doc.GPE, "Blantrop", 1, 0, "", ""},
				{doc.GPE, "Delhi", 1, 0, "", ""},
			},
		},
		{
			name: "a designator after a comma and \"on\" after an organisation's head",
			text: "Anna Berg left Zorbic Consultants, Inc. to join the Council on Quorvian Relations, and the Quorvian Office on Monday agreed.",
			want: []want{
				{doc.Org, "Zorbic Consultants, Inc.", 1, 0, "", ""},
				{doc.Org, "Council on Quorvian Relations", 1, 0, "", ""},
			},
			none: []string{"Zorbic Consultants", "Council", "Quorvian Office on Monday"},
		},
		{
			name: "a stake in a name is no place",
			text: "Anna Berg said the government holds a stake in Zorbic Quorvane, and investors in Blantrop Holdings agreed.",
			want: []want{
				{doc.Org, "Zorbic Quorvane", 1, 0, "", ""},
				{doc.Org, "Blantrop Holdings", 1, 0, "", ""},
			},
		},
		{
			name: "the organisation a speaker heads is no speaker",
			text: "Jane Roe, president and CEO of Zorbic Quorvane Airplanes said the plant would stay open.",
			want: []want{
				{doc.Person, "Jane Roe", 1, 0, "", ""},
				{doc.Org, "Zorbic Quorvane Airplanes", 1, 0, "", ""},
			},
		},
		{
			name: "a kind of organisation before a name",
			text: "Anna Berg flew with German airline Zorbair, and engine maker Quorvane Dynamo denied it.",
			want: []want{
				{doc.Org, "Zorbair", 1, 0, "", ""},
				{doc.Org, "Quorvane Dynamo", 1, 0, "", ""},
			},
		},
		{
			name: "short forms of names merge with the full name",
			text: "Lena Okafor and Kim Jong Un spoke for an hour. Okafor left early, and Kim stayed.",
			want: []want{
				{doc.Person, "Lena Okafor", 2, 0, "", ""},
				{doc.Person, "Kim Jong Un", 2, 0, "", ""},
			},
			none: []string{"Okafor", "Kim"},
		},
		{
			name: "a possessive country and an agency noun is an organisation",
			text: "Germany's foreign ministry said on Friday that the talks would resume.",
			want: []want{
				{doc.Org, "Germany's foreign ministry", 1, 0, "", ""},
				{doc.GPE, "Germany", 1, 0, "", "DEU"},
			},
		},
		{
			name: "a possessive country before an ordinary compound is no agency",
			text: "Japan's army parade drew crowds.",
			want: []want{{doc.GPE, "Japan", 1, 0, "", "JPN"}},
			none: []string{"Japan's army"},
		},
		{
			name: "regions with a lower-case region word",
			text: "Shelling hit the Belgorod region overnight, and Russia's Kursk region was on alert.",
			want: []want{
				{doc.Loc, "Belgorod region", 1, 0, "", ""},
				{doc.Loc, "Kursk region", 1, 0, "", ""},
				{doc.GPE, "Russia", 1, 0, "", "RUS"},
			},
			none: []string{"Belgorod", "Kursk"},
		},
		{
			name: "a capitalised oblast is part of the name",
			text: "Fighting continued in Zaporizhzhia Oblast and Mykolaiv Oblast on Tuesday.",
			want: []want{
				{doc.Loc, "Zaporizhzhia Oblast", 1, 0, "", ""},
				{doc.Loc, "Mykolaiv Oblast", 1, 0, "", ""},
			},
			none: []string{"Tuesday"},
		},
		{
			name: "acronyms and full names of organisations",
			text: "The United Nations warned of famine. A UN convoy reached the town, said the International Rescue Committee (IRC). The IRC gave no figures.",
			want: []want{
				{doc.Org, "United Nations", 2, 0, "", ""},
				{doc.Org, "International Rescue Committee", 3, 0, "", ""},
			},
		},
		{
			name: "spellings of one country are one entity",
			text: "The DPRK denied the report, but North Korea later confirmed it. Pyongyang gave no details.",
			want: []want{
				{doc.GPE, "North Korea", 2, 0, "", "PRK"},
				{doc.GPE, "Pyongyang", 1, 0, "", ""},
			},
		},
		{
			name: "US the country, us the pronoun",
			text: "They told us that US officials and U.S. diplomats had left.",
			want: []want{{doc.GPE, "United States", 2, 0, "", "USA"}},
		},
		{
			name: "named events",
			text: "Veterans of World War II and the Korean War marched, and the army launched Operation Iron Harvest.",
			want: []want{
				{doc.Event, "World War Two", 1, 0, "", ""},
				{doc.Event, "Korean War", 1, 0, "", ""},
				{doc.Event, "Operation Iron Harvest", 1, 0, "", ""},
			},
			none: []string{"Korean"},
		},
		{
			name: "organisation suffixes and heads",
			text: "Halvorsen Freight Ltd. sued the Ministry of Foreign Affairs and Brindle Valley University.",
			want: []want{
				{doc.Org, "Halvorsen Freight Ltd.", 1, 0, "", ""},
				{doc.Org, "Ministry of Foreign Affairs", 1, 0, "", ""},
				{doc.Org, "Brindle Valley University", 1, 0, "", ""},
			},
		},
		{
			name: "sentence-initial ordinary words and months are not names",
			text: "However, officials in Kyiv said the strike happened in April. Separately, Reuters reported a second blast.",
			want: []want{
				{doc.GPE, "Kyiv", 1, 0, "", ""},
				{doc.Org, "Reuters", 1, 0, "", ""},
			},
			none: []string{"However", "April", "Separately"},
		},
		{
			name: "speaker after an appositive, and a pronoun resolved to her",
			text: "\"We will not leave,\" said Anna Berg, a spokeswoman for the agency. She added that talks would go on.",
			want: []want{{doc.Person, "Anna Berg", 2, 1, "", ""}},
		},
		{
			name: "appositive before the verb",
			text: "Tomas Reyes, a doctor at the clinic, said: \"We ran out of beds.\"",
			want: []want{{doc.Person, "Tomas Reyes", 1, 0, "", ""}},
		},
		{
			name: "a nickname in quotes inside a name",
			text: "Robert \"Bobby\" Lane said the vote was close. Lane did not concede.",
			want: []want{{doc.Person, "Robert Lane", 2, 0, "", ""}},
			none: []string{"Bobby", "Robert"},
		},
		{
			name: "dash attribution with a title",
			text: "\"The bridge will reopen in May.\" — Commissioner Okonkwo",
			want: []want{{doc.Person, "Okonkwo", 1, 0, "", ""}},
			none: []string{"Commissioner Okonkwo", "May"},
		},
		{
			name: "gendered titles keep different people apart",
			text: "Anna Lee chaired the meeting. Mr. Lee, her brother, objected.",
			want: []want{
				{doc.Person, "Anna Lee", 2, 1, "", ""},
				{doc.Person, "Lee", 1, 0, "", ""},
			},
		},
		{
			name: "pronoun gender picks the compatible person",
			text: "Peter Novak met Maria Santos in Lisbon. She said the deal was fair, and he agreed.",
			want: []want{
				{doc.Person, "Maria Santos", 2, 1, "", ""},
				{doc.Person, "Peter Novak", 2, 1, "", ""},
				{doc.GPE, "Lisbon", 1, 0, "", ""},
			},
		},
		{
			name: "a pronoun outside a quote skips names inside it",
			text: "Kim Jong Un spoke first. \"Putin is a friend,\" he said.",
			want: []want{
				{doc.Person, "Kim Jong Un", 2, 1, "", ""},
				{doc.Person, "Vladimir Putin", 1, 0, "", ""},
			},
		},
		{
			name: "pronouns beyond the window stay unresolved",
			text: "Ivan Petrov arrived. The rain fell. The roads closed. The schools shut. The river rose. He left.",
			want: []want{{doc.Person, "Ivan Petrov", 1, 0, "", ""}},
		},
		{
			name: "a town before its state or country is a place, not a person",
			text: "The plant in Everett, Washington, and another near Dijon, France, were closed.",
			want: []want{
				{doc.GPE, "Everett", 1, 0, "", ""},
				{doc.GPE, "Dijon", 1, 0, "", ""},
				{doc.GPE, "France", 1, 0, "", "FRA"},
			},
			none: []string{"Everett, Washington"},
		},
		{
			name: "a long title is not a name",
			text: "The company's Chief Operating Officer Dana Whitfield resigned.",
			want: []want{{doc.Person, "Dana Whitfield", 1, 0, "", ""}},
			none: []string{"Operating Officer", "Operating Officer Dana Whitfield"},
		},
		{
			name: "a speech verb makes an unknown surname a person",
			text: "The report was delayed, Haddadin said on Monday.",
			want: []want{{doc.Person, "Haddadin", 1, 0, "", ""}},
		},
		{
			name: "a name before a country or capital in one run",
			text: "Passengers of Garuda Indonesia flew McDonnell Douglas jets, and actor Michael Douglas waved.",
			want: []want{
				{doc.Org, "Garuda Indonesia", 1, 0, "", ""},
				{doc.Org, "McDonnell Douglas", 1, 0, "", ""},
				{doc.Person, "Michael Douglas", 1, 0, "", ""},
			},
			none: []string{"Indonesia", "Douglas"},
		},
		{
			name: "a corporate designator ends a company name",
			text: "The co-founder of Quillon Inc. Laura Voss resigned.",
			want: []want{
				{doc.Org, "Quillon Inc.", 1, 0, "", ""},
				{doc.Person, "Laura Voss", 1, 0, "", ""},
			},
		},
		{
			name: "a demonym before an agency noun is the country's organisation",
			text: "The Russian defence ministry said the Russian military parade would go ahead.",
			want: []want{
				{doc.Org, "Russian defence ministry", 1, 0, "", ""},
				{doc.NORP, "Russian", 2, 0, "Russia", "RUS"},
			},
			none: []string{"Russian military", "Russian military parade"},
		},
		{
			name: "a gendered title in an appositive sets the gender",
			text: "Sam Okoro met Jordan Vale, a spokeswoman for the port. She said talks went well.",
			want: []want{
				{doc.Person, "Jordan Vale", 2, 1, "", ""},
				{doc.Person, "Sam Okoro", 1, 0, "", ""},
			},
		},
		{
			name: "headline case: only known names",
			text: "Putin Hosts Kim For Talks In Moscow\n\nRussian President Vladimir Putin welcomed North Korean leader Kim Jong Un on Tuesday.",
			want: []want{
				{doc.Person, "Vladimir Putin", 2, 0, "", ""},
				{doc.Person, "Kim Jong Un", 2, 0, "", ""},
				{doc.GPE, "Moscow", 1, 0, "", ""},
			},
			none: []string{"Hosts", "Talks", "Putin Hosts Kim For Talks In Moscow"},
		},
		{
			name: "a product's name goes on after it",
			text: "The update runs on Mac OS X Lion and the iPod Nano, the company said.",
			want: []want{
				{doc.Product, "Mac OS X Lion", 1, 0, "", ""},
				{doc.Product, "iPod Nano", 1, 0, "", ""},
			},
			none: []string{"OS X Lion", "Nano"},
		},
		{
			name: "a listed name of several words may open a sentence with a common word",
			text: "Government Accountability Office auditors questioned the budget.",
			want: []want{{doc.Org, "Government Accountability Office", 1, 0, "", ""}},
			none: []string{"Accountability Office"},
		},
		{
			name: "a show after a city is an event",
			text: "Crowds filled the Paris Air Show for a third day as rain held off.",
			want: []want{{doc.Event, "Paris Air Show", 1, 0, "", ""}},
			none: []string{"Paris", "Air Show"},
		},
		{
			name: "an airline's name after a demonym, and a maker named with Aircraft",
			text: "Pilots at Thai Airways International still praise a cargo plane that Douglas Aircraft finished in 1979.",
			want: []want{
				{doc.Org, "Thai Airways International", 1, 0, "", ""},
				{doc.Org, "Douglas Aircraft", 1, 0, "", ""},
			},
			none: []string{"Thai", "Airways International", "Douglas"},
		},
		{
			name: "a maker before a model number in a headline is the aircraft, before a year the company",
			text: "Zorbic Air Takes Its Second Airbus A380\n\nBoeing 2031 Orders Slow\n\nThe plane landed in Toulouse on Monday.",
			want: []want{
				{doc.Product, "Airbus A380", 1, 0, "", ""},
				{doc.Org, "Boeing", 1, 0, "", ""},
			},
			none: []string{"Airbus", "Boeing 2008"},
		},
		{
			name: "a leader's name before the government named after it",
			text: "The party may leave the Zorlawi government. Musharraf met Zorlawi in Lahore.",
			want: []want{{doc.Person, "Zorlawi", 2, 0, "", ""}},
		},
		{
			name: "a named storm is an event, and so is its name alone",
			text: "The impacts of Hurricane Katrina were severe. Sea levels raised the destructive power of Katrina.",
			want: []want{{doc.Event, "Hurricane Katrina", 2, 0, "", ""}},
			none: []string{"Katrina"},
		},
		{
			name: "a US state's postal code or abbreviation after a town, and NZ",
			text: "She moved from Zorbton, NC to Quorville, Mass. and then lived in NZ for a year.",
			want: []want{
				{doc.GPE, "Zorbton", 1, 0, "", ""},
				{doc.GPE, "NC", 1, 0, "", ""},
				{doc.GPE, "Quorville", 1, 0, "", ""},
				{doc.GPE, "Mass.", 1, 0, "", ""},
				{doc.GPE, "New Zealand", 1, 0, "", "NZL"},
			},
		},
		{
			name: "a listed name opening a sentence is taken only when it is the whole run; a city before City",
			text: "The United States Bankruptcy Court in Delaware approved the sale. Buses to Kansas City were delayed.",
			want: []want{
				{doc.Org, "United States Bankruptcy Court", 1, 0, "", ""},
				{doc.GPE, "Kansas City", 1, 0, "", ""},
			},
			none: []string{"Bankruptcy Court", "Kansas"},
		},
		{
			name: "a kind of product right before a name",
			text: "The suite bundles the web browser Zafiri and the chatbot Quillo for users in Oslo.",
			want: []want{
				{doc.Product, "Zafiri", 1, 0, "", ""},
				{doc.Product, "Quillo", 1, 0, "", ""},
			},
		},
		{
			name: "an appositive calling a name a version or a model makes it a product",
			text: "Reviewers liked Zorblix, the latest version of the camera software. Zorblix, the code name for the update, arrives in June.",
			want: []want{{doc.Product, "Zorblix", 2, 0, "", ""}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := analyse(tc.text)
			for _, w := range tc.want {
				e := find(d, w.typ, w.canonical)
				if e == nil {
					t.Errorf("no %s %q", w.typ, w.canonical)
					continue
				}
				if w.mentions > 0 && len(e.Mentions) != w.mentions {
					t.Errorf("%q: %d mentions, want %d", w.canonical, len(e.Mentions), w.mentions)
				}
				if w.pronouns >= 0 {
					n := 0
					for _, m := range e.Mentions {
						if m.Pronoun {
							n++
						}
					}
					if n != w.pronouns {
						t.Errorf("%q: %d pronoun mentions, want %d", w.canonical, n, w.pronouns)
					}
				}
				if w.link != e.Link || (w.country != "" && w.country != e.Country) {
					t.Errorf("%q: link %q country %q, want %q %q", w.canonical, e.Link, e.Country, w.link, w.country)
				}
			}
			for _, n := range tc.none {
				for _, e := range d.Entities {
					if e.Canonical == n {
						t.Errorf("unexpected entity %s %q", e.Type, n)
					}
				}
			}
			if t.Failed() {
				dump(t, d)
			}
		})
	}
}

func TestIDsInFirstMentionOrder(t *testing.T) {
	d := analyse("Reuters said Kim Jong Un met Vladimir Putin. Putin later met Kim again in Moscow.")
	prev := -1
	for i, e := range d.Entities {
		if e.ID != "e"+string(rune('1'+i)) {
			t.Errorf("entity %d has ID %q", i, e.ID)
		}
		if e.Start <= prev {
			t.Errorf("%s starts at %d, before the previous entity at %d", e.ID, e.Start, prev)
		}
		prev = e.Start
		for k := 1; k < len(e.Mentions); k++ {
			if e.Mentions[k].Start < e.Mentions[k-1].Start {
				t.Errorf("%s: mentions out of order", e.ID)
			}
		}
		for _, m := range e.Mentions {
			if d.Slice(m.Start, m.End) != m.Text {
				t.Errorf("%s: mention %q does not match the text at %d-%d", e.ID, m.Text, m.Start, m.End)
			}
		}
	}
}

func TestNERTags(t *testing.T) {
	// Names the rules cannot see (written in lower case) come from the
	// NER; where the rules have a candidate, the rules win.
	d := doc.New(doc.Article{Text: "Then zorblat quing visited Reuters offices in Oslo."})
	tokenize.Tokenize(d)
	tags := []string{"O", "B-PERSON", "L-PERSON", "O", "U-PERSON", "O", "O", "U-GPE", "O"}
	for i := range d.Tokens {
		d.Tokens[i].Ent = tags[i]
	}
	Extract(d)
	if find(d, doc.Person, "zorblat quing") == nil {
		t.Error("the NER's PERSON span is missing")
	}
	// The gazetteer outranks a wrong NER tag.
	if find(d, doc.Org, "Reuters") == nil {
		t.Error("Reuters should stay an ORG")
	}
	if find(d, doc.GPE, "Oslo") == nil {
		t.Error("Oslo is missing")
	}
	if testing.Verbose() {
		dump(t, d)
	}
}

func TestResolvePronoun(t *testing.T) {
	d := analyse("Maria Santos arrived late. She apologised. The minister, Peter Novak, said nothing.")
	she := -1
	for i, tk := range d.Tokens {
		if tk.Text == "She" {
			she = i
		}
	}
	ei, ok := ResolvePronoun(d, she)
	if !ok || d.Entities[ei].Canonical != "Maria Santos" {
		t.Fatalf("ResolvePronoun(She) = %d, %v", ei, ok)
	}
	if _, ok := ResolvePronoun(d, 0); ok {
		t.Error("a name token is not a pronoun")
	}
	if _, ok := ResolvePronoun(d, len(d.Tokens)); ok {
		t.Error("out of range index must not resolve")
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	for _, text := range []string{"", "   ", "\"", "A.", "'s 's 's", "He said she said.", "US$ 5 US$", "They met the President", "Mr.", "Talks with Gen.", "Robert \"Bobby"} {
		d := analyse(text)
		for _, e := range d.Entities {
			if e.Start < 0 || e.End > d.Runes() || e.Start >= e.End {
				t.Errorf("%q: bad entity span %+v", text, e)
			}
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	text := ""
	for range 20 {
		text += "In a significant development, North Korean leader Kim Jong Un and Russian President Vladimir Putin " +
			"met in Vladivostok, Reuters reported. Germany's foreign ministry said the talks in the Belgorod region " +
			"were \"constructive\", while Anna Berg, a spokeswoman for the United Nations, said she could not confirm it. " +
			"Halvorsen Freight Ltd. and the Ministry of Foreign Affairs declined to comment on World War II claims.\n\n"
	}
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	toks := d.Tokens
	b.SetBytes(int64(len(toks))) // "bytes" here are tokens: MB/s reads as million tokens/s
	b.ResetTimer()
	for b.Loop() {
		d.Entities = d.Entities[:0]
		d.Tokens = toks
		Extract(d)
	}
}

func TestEntityAt(t *testing.T) {
	text := "North Korean leader Kim Jong Un said, while South Korea's intelligence agency estimated losses. Officials in Seoul agreed."
	d := analyse(text)
	tests := []struct{ span, want string }{
		{"North Korean leader Kim Jong Un", "Kim Jong Un"},
		{"South Korea's intelligence agency", "South Korea's intelligence agency"},
		{"Officials in Seoul", "Seoul"},
	}
	for _, tc := range tests {
		s := strings.Index(text, tc.span)
		ei, ok := EntityAt(d, s, s+len(tc.span)) // ASCII: bytes are code points
		if !ok || d.Entities[ei].Canonical != tc.want {
			got := ""
			if ok {
				got = d.Entities[ei].Canonical
			}
			t.Errorf("EntityAt(%q) = %q, want %q", tc.span, got, tc.want)
		}
	}
	if _, ok := EntityAt(d, 0, 3); ok {
		t.Error("a span with no mention inside must not resolve")
	}
}

// TestConcurrent runs Extract on several documents at once, as the
// analyser does; run with -race.
func TestConcurrent(t *testing.T) {
	texts := []string{
		"North Korean leader Kim Jong Un met Russian President Vladimir Putin. He smiled.",
		"Germany's foreign ministry said Anna Berg, a spokeswoman, would attend. She agreed.",
		"The United Nations and the UN refugee agency warned of famine in Gaza.",
	}
	done := make(chan []string)
	for i := range 6 {
		go func(text string) {
			d := analyse(text)
			var names []string
			for _, e := range d.Entities {
				names = append(names, e.Type+":"+e.Canonical)
			}
			done <- names
		}(texts[i%len(texts)])
	}
	for range 6 {
		if names := <-done; len(names) == 0 {
			t.Error("no entities")
		}
	}
}

func TestDefiniteDescriptions(t *testing.T) {
	text := "The Interior Ministry said 12 people died. Frontier Watch, a Singapore-based group that tracks clashes, " +
		"counted 30. The ministry later added two more, and the group said it would check. " +
		"Norder Stahl will close the plant, the company said, but the bus company will keep running."
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	Extract(d)
	want := map[string][]string{
		"Interior Ministry": {"Interior Ministry", "The ministry"},
		"Frontier Watch":    {"Frontier Watch", "the group"},
		"Norder Stahl":      {"Norder Stahl", "the company"},
	}
	for canonical, mentions := range want {
		var got []string
		for _, e := range d.Entities {
			if e.Canonical == canonical {
				for _, m := range e.Mentions {
					got = append(got, m.Text)
				}
			}
		}
		if strings.Join(got, "|") != strings.Join(mentions, "|") {
			t.Errorf("%s: mentions %q, want %q", canonical, got, mentions)
		}
	}
}

// A default guess of the rules over which the NER sees no entity is
// dropped; without NER labels it stays.
func TestNERFiltersGuesses(t *testing.T) {
	for _, withNER := range []bool{false, true} {
		d := doc.New(doc.Article{Text: "Yesterday Vladimir Putin toured Blorp Tech."})
		tokenize.Tokenize(d)
		if withNER {
			tags := []string{"O", "B-PERSON", "L-PERSON", "O", "O", "O", "O"}
			for i := range d.Tokens {
				d.Tokens[i].Ent = tags[i]
			}
		}
		Extract(d)
		if got := find(d, doc.Org, "Blorp Tech") != nil; got == withNER {
			t.Errorf("with NER labels %v: guess kept = %v", withNER, got)
		}
		if find(d, doc.Person, "Vladimir Putin") == nil {
			t.Errorf("with NER labels %v: Putin is missing", withNER)
		}
	}
}

// A rule's guessed person that the NER calls an organisation is one.
func TestNERRetypesGuessedPerson(t *testing.T) {
	d := doc.New(doc.Article{Text: "Yesterday Zorblat said profits rose."})
	tokenize.Tokenize(d)
	tags := []string{"O", "U-ORG", "O", "O", "O", "O"}
	for i := range d.Tokens {
		d.Tokens[i].Ent = tags[i]
	}
	Extract(d)
	if find(d, doc.Org, "Zorblat") == nil {
		t.Errorf("Zorblat should be an ORG")
		dump(t, d)
	}
}

// tagO marks every token but the first two, a person's name, as outside
// any NER span.
func tagO(d *doc.Document) {
	for i := range d.Tokens {
		d.Tokens[i].Ent = "O"
	}
	d.Tokens[0].Ent, d.Tokens[1].Ent = "B-PERSON", "L-PERSON"
}

// A one-word name the NER misses survives its filter when the article
// keeps repeating it, and not when it is a capitalised common word or a
// thing with an article.
func TestRecurringNameSurvivesFilter(t *testing.T) {
	tests := []struct {
		text, name string
		keep       bool
	}{
		{"Anna Berg thinks Zorblat cut jobs. Analysts expect Zorblat to recover. Rivals of Zorblat gained.", "Zorblat", true},
		{"Anna Berg thinks Zorblat cut jobs. Analysts expect Zorblat to recover.", "Zorblat", false},
		{"Anna Berg thinks the Zorblat fell. Analysts expect the Zorblat to recover. Rivals of Zorblat gained.", "Zorblat", false},
	}
	for _, tt := range tests {
		d := doc.New(doc.Article{Text: tt.text})
		tokenize.Tokenize(d)
		tagO(d)
		Extract(d)
		got := false
		for _, e := range d.Entities {
			got = got || e.Canonical == tt.name
		}
		if got != tt.keep {
			t.Errorf("%q: kept %v, want %v", tt.text, got, tt.keep)
			dump(t, d)
		}
	}
}

// Pronouns after a guessed name decide between person and organisation.
func TestPronounsTypeGuessedNames(t *testing.T) {
	tests := []struct {
		text, typ string
	}{
		{"Yesterday Zorblat announced that he would resign. On Monday Zorblat warned that he was tired.", doc.Person},
		{"Yesterday Zorblat announced that it would cut jobs. On Monday Zorblat warned that it was tired.", doc.Org},
		// A pronoun after a name behind a preposition belongs to the subject.
		{"Jane Roe, founder of Zorblat, said her plan worked. Rivals of Zorblat agreed with her.", doc.Org},
		// One pronoun among many mentions is not enough.
		{"Zorblat cut jobs. Analysts like Zorblat shares. Critics sued Zorblat, and later he paid.", doc.Org},
	}
	for _, tt := range tests {
		d := doc.New(doc.Article{Text: tt.text})
		tokenize.Tokenize(d)
		Extract(d)
		e := find(d, tt.typ, "Zorblat")
		if e == nil {
			t.Errorf("%q: Zorblat should be %s", tt.text, tt.typ)
			dump(t, d)
		}
	}
}

// A maker's name before a model number names the model, not the maker,
// whatever the NER makes of it.
func TestMakerAndModelIsProduct(t *testing.T) {
	d := doc.New(doc.Article{Text: "Anna Berg said the airline ordered ten Airbus A380 jets and one Boeing 787 Dreamliner."})
	tokenize.Tokenize(d)
	tagO(d)
	Extract(d)
	for _, name := range []string{"Airbus A380", "Boeing 787 Dreamliner"} {
		if find(d, doc.Product, name) == nil {
			t.Errorf("%s should be a PRODUCT", name)
			dump(t, d)
		}
	}
	for _, name := range []string{"Airbus", "Boeing", "A380"} {
		if find(d, doc.Org, name) != nil {
			t.Errorf("%s should not be an ORG", name)
		}
	}
}

func TestModelCode(t *testing.T) {
	for s, want := range map[string]bool{
		"A380": true, "C-130": true, "A400M": true, "B747": true,
		"G20": false, "G-20": false, "NATO": false, "F-16": false, "ABCD123": false, "A3800XL": false,
	} {
		if got := modelCode(s); got != want {
			t.Errorf("modelCode(%q) = %v, want %v", s, got, want)
		}
	}
}

// An acronym spelling an organisation's initials is that organisation,
// even where the NER sees nothing.
func TestAcronymOfNamedOrganisation(t *testing.T) {
	d := doc.New(doc.Article{Text: "Anna Berg spoke at the Trans-Quorvian Shipping Council (TQSC) summit. Later TQSC leaders met the Quorvian Trade Authority, which QTA staff had prepared."})
	tokenize.Tokenize(d)
	tagO(d)
	Extract(d)
	for _, c := range []struct {
		name     string
		mentions int
	}{{"Trans-Quorvian Shipping Council", 3}, {"Quorvian Trade Authority", 2}} {
		e := find(d, doc.Org, c.name)
		if e == nil || len(e.Mentions) != c.mentions {
			t.Errorf("%s should be an ORG with %d mentions", c.name, c.mentions)
			dump(t, d)
		}
	}
}

// An organisation's first word stands for it where the first pass was
// cautious, as in a title line.
func TestOrganisationByFirstWord(t *testing.T) {
	d := analyse("Zorblat unveils new phone\n\nZorblat Computer today introduced a new phone, its first since 2019.")
	e := find(d, doc.Org, "Zorblat Computer")
	if e == nil || len(e.Mentions) != 2 {
		t.Errorf("Zorblat Computer should be an ORG with 2 mentions")
		dump(t, d)
	}
	if find(d, doc.Person, "Zorblat Computer") != nil {
		t.Errorf("a first-word short form made the organisation a person")
	}
}

// Capitals for emphasis are no acronyms when the tagger saw an adjective
// or adverb; an all-capital noun still may be one.
func TestShoutingIsNoName(t *testing.T) {
	d := doc.New(doc.Article{Text: "Anna Berg said the food was AWESOME and VERY cheap, and ZORBCO agreed."})
	tokenize.Tokenize(d)
	for i := range d.Tokens {
		switch d.Tokens[i].Text {
		case "AWESOME":
			d.Tokens[i].POS = "ADJ"
		case "VERY":
			d.Tokens[i].POS = "ADV"
		case "ZORBCO":
			d.Tokens[i].POS = "PROPN"
		}
	}
	Extract(d)
	for _, w := range []string{"AWESOME", "VERY"} {
		if find(d, doc.Org, w) != nil {
			t.Errorf("%s should not be an ORG", w)
		}
	}
	if find(d, doc.Org, "ZORBCO") == nil {
		t.Errorf("ZORBCO should be an ORG")
		dump(t, d)
	}
}

// A guessed organisation of plain words that the NER calls a person, over
// exactly the same words, is a person.
func TestNERRetypesGuessedOrganisation(t *testing.T) {
	d := doc.New(doc.Article{Text: "Yesterday Zorvel Quandry met reporters."})
	tokenize.Tokenize(d)
	tags := []string{"O", "B-PERSON", "L-PERSON", "O", "O", "O"}
	for i := range d.Tokens {
		d.Tokens[i].Ent = tags[i]
	}
	Extract(d)
	if find(d, doc.Person, "Zorvel Quandry") == nil {
		t.Errorf("Zorvel Quandry should be a PERSON")
		dump(t, d)
	}
}

// The NER's person over a guessed name yields to the article's "its" and
// ", which".
func TestItsOverridesNERPerson(t *testing.T) {
	d := doc.New(doc.Article{Text: "Zorvel Quandry will close its plant. Zorvel Quandry, which is based in Hamburg, blamed prices."})
	tokenize.Tokenize(d)
	for i := range d.Tokens {
		d.Tokens[i].Ent = "O"
	}
	for _, i := range []int{0, 7} {
		d.Tokens[i].Ent, d.Tokens[i+1].Ent = "B-PERSON", "L-PERSON"
	}
	Extract(d)
	if find(d, doc.Org, "Zorvel Quandry") == nil {
		t.Errorf("Zorvel Quandry should be an ORG")
		dump(t, d)
	}
}

// TestNERPersonTitles checks the NER's person spans against the titles
// list: a title alone is no person, and a person span ending in a title
// after a word that is no first name is the employer before the title.
func TestNERPersonTitles(t *testing.T) {
	for _, c := range []struct {
		text string
		tags []string
		typ  string
		name string // "" : no entity of typ may be found
		none string
	}{
		{"Zorblat CEO , Mia Lenz , spoke .", []string{"B-PERSON", "L-PERSON", "O", "B-PERSON", "L-PERSON", "O", "O", "O"}, doc.Org, "Zorblat", "Zorblat CEO"},
		{"said Ada Brenner , Chairman and founder", []string{"O", "B-PERSON", "L-PERSON", "O", "U-PERSON", "O", "O"}, doc.Person, "Ada Brenner", "Chairman"},
	} {
		d := doc.New(doc.Article{Text: c.text})
		tokenize.Tokenize(d)
		if len(d.Tokens) != len(c.tags) {
			t.Fatalf("%q: %d tokens, %d tags", c.text, len(d.Tokens), len(c.tags))
		}
		for i := range d.Tokens {
			d.Tokens[i].Ent = c.tags[i]
		}
		Extract(d)
		if find(d, c.typ, c.name) == nil {
			t.Errorf("%q: no %s %q", c.text, c.typ, c.name)
			dump(t, d)
		}
		for _, e := range d.Entities {
			if e.Canonical == c.none {
				t.Errorf("%q: unexpected %s %q", c.text, e.Type, c.none)
			}
		}
	}
}

// TestShortOrgForms checks that the first words of a named organisation
// stand for it: "Quorvia Eastern" of "Quorvia Eastern Airlines", and the
// NER's lone "Zorbat" of "Zorbat Grumman" is the organisation, not a place.
func TestShortOrgForms(t *testing.T) {
	d := doc.New(doc.Article{Text: "Zorbat Grumman Corp. and Quorvia Eastern Airlines bid. The award went to Zorbat . The board of Quorvia Eastern met . The Blorp Valley Relief Fund works across the Blorp Valley . Apple showed the iPhone Zorg , and the Zorg sold ."})
	tokenize.Tokenize(d)
	for i := range d.Tokens {
		d.Tokens[i].Ent = "O"
		if d.Tokens[i].Text == "Zorbat" && i > 0 {
			d.Tokens[i].Ent = "U-GPE"
		}
		if d.Tokens[i].Text == "Zorg" && d.Tokens[i-1].Text == "the" {
			d.Tokens[i].Ent = "U-ORG"
		}
	}
	Extract(d)
	e := find(d, doc.Org, "Zorbat Grumman Corp.")
	if e == nil || len(e.Mentions) != 2 {
		t.Errorf("Zorbat Grumman Corp.: %+v, want two mentions", e)
	}
	e = find(d, doc.Org, "Quorvia Eastern Airlines")
	if e == nil || len(e.Mentions) != 2 {
		t.Errorf("Quorvia Eastern Airlines: %+v, want two mentions", e)
	}
	// The last word of a product's name is the product.
	if e := find(d, doc.Product, "iPhone Zorg"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("iPhone Zorg: %+v, want two mentions", e)
	}
	// A prefix that is a place of its own stays one.
	if find(d, doc.Loc, "Blorp Valley") == nil {
		t.Error("Blorp Valley should stay a place")
	}
	if t.Failed() {
		dump(t, d)
	}
}

// TestListedNameLongerThanRun checks that a listed name is taken whole
// where the capitalised run stops short of it: "of" joins no run after
// "States", yet "United States of America" is one country's name.
func TestListedNameLongerThanRun(t *testing.T) {
	for _, c := range []struct{ text, mention string }{
		{"Her band will tour the United States of America next spring.", "United States of America"},
		{"A trade team from the People's Republic of China arrived late.", "People's Republic of China"},
	} {
		d := analyse(c.text)
		if len(d.Entities) != 1 || len(d.Entities[0].Mentions) != 1 || d.Entities[0].Mentions[0].Text != c.mention {
			t.Errorf("%q: want one mention %q", c.text, c.mention)
			dump(t, d)
		}
	}
}

// TestImperativeOpensNoName checks that a verb opening a sentence is no
// part of the name after it ("Call Zorbix"), while a tagged verb that is
// a name the article repeats stays ("Zorbix delivers … Zorbix said").
func TestImperativeOpensNoName(t *testing.T) {
	for _, c := range []struct {
		text, verb, want, none string
	}{
		{"Call Zorbix Support today.", "Call", "Zorbix Support", "Call Zorbix Support"},
		{"Quorvex Airlines delivers jets. Quorvex Airlines said so.", "Quorvex", "Quorvex Airlines", "Airlines"},
		{"Hope Zorbicks spoke on Monday.", "Hope", "Hope Zorbicks", "Zorbicks"},
	} {
		d := doc.New(doc.Article{Text: c.text})
		tokenize.Tokenize(d)
		for i := range d.Tokens {
			d.Tokens[i].Ent = "O"
			d.Tokens[i].POS = "PROPN"
			if d.Tokens[i].Text == c.verb && i == 0 {
				d.Tokens[i].POS = "VERB"
			}
		}
		Extract(d)
		got := map[string]bool{}
		for _, e := range d.Entities {
			got[e.Canonical] = true
		}
		if !got[c.want] || got[c.none] {
			t.Errorf("%q: entities %v, want %q and not %q", c.text, got, c.want, c.none)
		}
	}
}

// TestPronounGenderAgreement: a pronoun goes to the nearest person whose
// gender, known from the article itself, agrees; when none does it stays
// unresolved rather than given to the wrong person.
func TestPronounGenderAgreement(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // canonical name the first "She"/"He" resolves to; "" unresolved
	}{
		{"Jarek Voss and his wife, Lena Voss, opened a bakery in Veldor. She said business was slow.", "Lena Voss"},
		{"Her husband, Ostin Marr, opened the meeting in Veldor. She said the cranes were old.", ""},
		{"Ostin Marr, her husband, opened the meeting in Veldor. She said the cranes were old.", ""},
		{"Ostin Marr, the brother of the mayor, opened the meeting. She said the cranes were old.", ""},
		{"Quill Farrow's daughter, Nessa Farrow, met Ostin Marr. He said the cranes were old.", "Ostin Marr"},
		{"Mr. Tarin Osk met reporters in Veldor on Tuesday. She said the budget was late.", ""},
		{"The actress Mira Tolan spoke after Senator Paz Orrin. She said the festival would go ahead.", "Mira Tolan"},
		{"Congressman Arlo Brisk spoke after Senator Ilse Marov. She said the festival would go ahead.", "Ilse Marov"},
		{"Dana Ortiz presented her own plan in Veldor. She said the plan would pass.", "Dana Ortiz"},
	} {
		d := analyse(tc.text)
		got := ""
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if m.Pronoun && (m.Text == "She" || m.Text == "He") {
					got = e.Canonical
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: pronoun resolved to %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestResolvePronounFallbackGender: the fallback for a pronoun Extract left
// alone does not hand "she" to a person whose resolved pronouns are "he".
func TestResolvePronounFallbackGender(t *testing.T) {
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{"Tarin Osk lost his keys in Veldor. She laughed.", false},
		{"Lena Osk lost her keys in Veldor. She laughed.", true},
	} {
		d := analyse(tc.text)
		she := -1
		for i, tk := range d.Tokens {
			if tk.Text == "She" {
				she = i
			}
		}
		// Leave "She" to the fallback.
		for ei := range d.Entities {
			e := &d.Entities[ei]
			e.Mentions = slices.DeleteFunc(e.Mentions, func(m doc.Mention) bool { return m.Text == "She" })
		}
		ei, ok := ResolvePronoun(d, she)
		if ok != tc.ok {
			t.Errorf("%q: ResolvePronoun(She) = %d, %v, want ok %v", tc.text, ei, ok, tc.ok)
		}
	}
}

// TestAmbiguousPronounSetsNoGender: a "she" that could be either of two
// people does not make the one it was given to a woman, so a later "he"
// can still be his.
func TestAmbiguousPronounSetsNoGender(t *testing.T) {
	d := analyse("Kelo Brandt met Dana Ortiz in Veldor on Tuesday. She thanked the crowd. Later Kelo Brandt said he was pleased with the talks.")
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Pronoun && m.Text == "he" {
				if e.Canonical != "Kelo Brandt" {
					t.Errorf("he resolved to %q, want Kelo Brandt", e.Canonical)
				}
				return
			}
		}
	}
	t.Error("he left unresolved, want Kelo Brandt")
}
