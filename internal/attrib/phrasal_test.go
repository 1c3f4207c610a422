package attrib

import "testing"

// TestPhrasalStances checks verb-particle phrases by which a subject takes
// a side on something: the phrase through its preposition is the cue and
// the preposition's object the content.
func TestPhrasalStances(t *testing.T) {
	cases := []wantLines{
		{"weighed in on a topic",
			"The harbour master weighed in on the dredging plan.",
			[]string{"The harbour master | weighed in on | the dredging plan | indirect"}},
		{"came out against a proposal",
			"Councillor Rhea Lind came out against the new toll.",
			[]string{"Councillor Rhea Lind | came out against | the new toll | indirect"}},
		{"came out in support of someone",
			"The teachers' union has come out in support of Dario Pell.",
			[]string{"The teachers' union | has come out in support of | Dario Pell | indirect"}},
		{"spoke out against a plan",
			"Local fishermen spoke out against the wind farm.",
			[]string{"Local fishermen | spoke out against | the wind farm | indirect"}},
		{"lashed out at a rival",
			"The coach lashed out at the league's referees.",
			[]string{"The coach | lashed out at | the league's referees | indirect"}},
		{"came out of a building is no stance",
			"The miners came out of the shaft at dawn.",
			nil},
		{"weighed in at a weight is no stance",
			"The boxer weighed in at ninety kilos.",
			nil},
	}
	checkLines(t, cases)
}

// TestContrastCues checks light-verb phrases by which a subject sets
// itself against someone, with up to two words between verb and noun.
func TestContrastCues(t *testing.T) {
	cases := []wantLines{
		{"drew a contrast with a rival",
			"The mayor drew a sharp contrast with her predecessor.",
			[]string{"The mayor | drew a sharp contrast with | her predecessor | indirect"}},
		{"drew a distinction between two plans",
			"The minister drew a clear distinction between the two rail plans.",
			[]string{"The minister | drew a clear distinction between | the two rail plans | indirect"}},
		{"a drawn contrast in art is no stance",
			"The painter drew a portrait with charcoal.",
			nil},
	}
	checkLines(t, cases)
}

// TestLightCueTimes checks a time between a light-verb phrase and its
// clause, which joins the cue, and graded adjectives inside the phrase.
func TestLightCueTimes(t *testing.T) {
	cases := []wantLines{
		{"a weekday before the clause",
			"Party officials made clear Tuesday that they would not fund the ferry.",
			[]string{"Party officials | made clear Tuesday | that they would not fund the ferry | indirect"}},
		{"a span of weeks before the clause",
			"Councillor Brek has been making the case for weeks that the levy is too low.",
			[]string{"Councillor Brek | has been making the case for weeks | that the levy is too low | indirect"}},
		{"a graded adjective",
			"The mayor is making an increasingly urgent case that the pier must close.",
			[]string{"The mayor | is making an increasingly urgent case | that the pier must close | indirect"}},
		{"no mention with an adjective",
			"The charter makes no specific mention of ferries.",
			[]string{"The charter | makes no specific mention of | ferries | indirect"}},
		{"a time with no clause after it is no cue",
			"The team made clear progress on Tuesday.",
			nil},
	}
	checkLines(t, cases)
}

// TestMakeSpeechMore checks "make" with a speech noun after a participle
// adjective, and a reference with its topic after "to".
func TestMakeSpeechMore(t *testing.T) {
	cases := []wantLines{
		{"a participle adjective before the noun",
			"Treasurer Ada Pell made conflicting statements about the pension fund.",
			[]string{"Treasurer Ada Pell | made conflicting statements about | the pension fund | indirect"}},
		{"references to a topic",
			"Senator Pell made repeated references to the harbour audit.",
			[]string{"Senator Pell | made repeated references to | the harbour audit | indirect"}},
		{"a plea to a hearer is still no cue",
			"The priest made a plea to the crowd.",
			nil},
	}
	checkLines(t, cases)
}

// TestStandsAndOpinions checks phrases of taking a stand, turning on
// someone, and holding an opinion.
func TestStandsAndOpinions(t *testing.T) {
	cases := []wantLines{
		{"took a tough stance against",
			"Mayor Ilse Varga has taken a tough stance against the casino.",
			[]string{"Mayor Ilse Varga | has taken a tough stance against | the casino | indirect"}},
		{"turned against a bill",
			"Senator Pell turned against the fishing bill.",
			[]string{"Senator Pell | turned against | the fishing bill | indirect"}},
		{"turned her fire on a rival",
			"Councillor Lind turned her fire on the harbour board.",
			[]string{"Councillor Lind | turned her fire on | the harbour board | indirect"}},
		{"held a favourable opinion of someone",
			"Most farmers held a favorable opinion of the new minister.",
			[]string{"Most farmers | held a favorable opinion of | the new minister | indirect"}},
		{"raised concern with a clause",
			"Local doctors raised concern that the clinic would close.",
			[]string{"Local doctors | raised concern | that the clinic would close | indirect"}},
		{"a view from a place is no opinion",
			"The cabin held a fine view of the lake.",
			nil},
		{"a car turned against traffic is no stance",
			"The truck turned against the flow of traffic.",
			nil},
	}
	checkLines(t, cases)
}

// TestHaveStances checks "have" and its kin with a noun of judgment: praise,
// words, doubts or faith held about someone.
func TestHaveStances(t *testing.T) {
	cases := []wantLines{
		{"nothing but praise",
			"Coach Dana Roe had nothing but praise for the young goalkeeper.",
			[]string{"Coach Dana Roe | had nothing but praise for | the young goalkeeper | indirect"}},
		{"no such praise",
			"Roe had no such praise for the referees.",
			[]string{"Roe | had no such praise for | the referees | indirect"}},
		{"harsh words",
			"The bishop had harsh words for the casino owners.",
			[]string{"The bishop | had harsh words for | the casino owners | indirect"}},
		{"no doubts about",
			"Senator Pell has no doubts about the ferry plan.",
			[]string{"Senator Pell | has no doubts about | the ferry plan | indirect"}},
		{"faith put in someone",
			"Many growers have put their faith in the new minister.",
			[]string{"Many growers | have put their faith in | the new minister | indirect"}},
		{"left no doubt with a clause",
			"The union leader left no doubt that a strike would follow.",
			[]string{"The union leader | left no doubt | that a strike would follow | indirect"}},
		{"a thing has words for nobody",
			"The menu had words for every dish in three languages.",
			nil},
	}
	checkLines(t, cases)
}

// TestGiveCues checks "give" with a noun of speech or backing: what it is
// about or whom it backs is the content.
func TestGiveCues(t *testing.T) {
	cases := []wantLines{
		{"an account of events",
			"The lighthouse keeper gave a vivid account of the shipwreck.",
			[]string{"The lighthouse keeper | gave a vivid account of | the shipwreck | indirect"}},
		{"a speech on a topic",
			"Governor Ilse Varga gave a long speech on rural broadband.",
			[]string{"Governor Ilse Varga | gave a long speech on | rural broadband | indirect"}},
		{"support to someone",
			"The farmers' union gave its full support to Dario Pell.",
			[]string{"The farmers' union | gave its full support to | Dario Pell | indirect"}},
		{"a gift to someone is no cue",
			"The club gave a new bicycle to the winner.",
			nil},
	}
	checkLines(t, cases)
}

// TestAttentionAndMockery checks phrases of turning to a subject, holding
// forth on it, and mocking someone.
func TestAttentionAndMockery(t *testing.T) {
	cases := []wantLines{
		{"turned her attention to a rival",
			"Mayor Ilse Varga then turned her attention to the port authority.",
			[]string{"Mayor Ilse Varga | then turned her attention to | the port authority | indirect"}},
		{"held forth on a topic",
			"The old admiral held forth on naval history.",
			[]string{"The old admiral | held forth on | naval history | indirect"}},
		{"made fun of someone",
			"The comedian made fun of the tax inspectors.",
			[]string{"The comedian | made fun of | the tax inspectors | indirect"}},
		{"fun had at a place is no cue",
			"The children had fun at the fair.",
			nil},
	}
	checkLines(t, cases)
}
