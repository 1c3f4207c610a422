package ner

import (
	"math"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/nlp/lex"
)

func TestPlaceType(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"Kursk"}, "GPE"},
		{[]string{"North", "Korea"}, "GPE"},
		{[]string{"Dnipro", "River"}, "LOC"},
		{[]string{"Mount", "Elbrus"}, "LOC"},
		{[]string{"Middle", "East"}, "LOC"},
		{[]string{"Africa"}, "LOC"},
		{[]string{"Black", "Sea"}, "LOC"},
		{[]string{"New", "York"}, "GPE"},
	} {
		if got := PlaceType(c.words); got != c.want {
			t.Errorf("PlaceType(%v) = %s, want %s", c.words, got, c.want)
		}
	}
}

func TestGazetteerMatch(t *testing.T) {
	r := &Recognizer{Labels: []string{"O"}, Gazetteer: map[string]int{"north korea": GazCountry, "korea": GazCountry, "seoul": GazCapital, "russian": GazDemonym}}
	r.init()
	lower := []string{"north", "korea", "and", "russian", "troops", "near", "seoul"}
	g := make([]uint8, len(lower))
	r.gazetteer(lower, g)
	want := []uint8{GazCountry*4 + 0, GazCountry*4 + 2, 0, GazDemonym*4 + 3, 0, 0, GazCapital*4 + 3}
	for i := range want {
		if g[i] != want[i] {
			t.Errorf("token %q: %d, want %d", lower[i], g[i], want[i])
		}
	}
}

func TestBILOUConstraints(t *testing.T) {
	r := &Recognizer{Labels: []string{"O", "B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON", "B-ORG", "L-ORG"}}
	r.init()
	start := len(r.Labels)
	// After B-PERSON only I-PERSON or L-PERSON may follow.
	scores := []float32{5, 0, 1, 2, 0, 9, 9}
	if got := r.Labels[r.best(1, scores, false)]; got != "L-PERSON" {
		t.Errorf("after B-PERSON chose %s", got)
	}
	// A sentence cannot start inside an entity nor end open.
	scores = []float32{0, 0, 9, 9, 1, 0, 0}
	if got := r.Labels[r.best(start, scores, false)]; got != "U-PERSON" {
		t.Errorf("at start chose %s", got)
	}
	scores = []float32{0, 9, 0, 0, 1, 9, 0}
	if got := r.Labels[r.best(0, scores, true)]; got != "U-PERSON" {
		t.Errorf("at end chose %s", got)
	}
}

func TestHarmonize(t *testing.T) {
	r := &Recognizer{Gazetteer: map[string]int{"china": GazCountry, "nato": GazOrg, "senator": GazTitle, "president": GazTitle,
		"russian": GazDemonym, "ceo": GazTitle, "u.s.": GazCountry, "new zealand": GazCountry, "korea": GazCountry,
		"south korea": GazCountry, "washington": GazCapital, "san marcos": GazCity},
		Words: map[string]uint8{"paul": CueFirstName, "inc.": CueOrgSuffix, "the": CueCommon}}
	for _, c := range []struct {
		name        string
		words, ents string
		want        string
	}{
		{"majority type wins",
			"Boeing said . Boeing rose . Boeing fell",
			"U-ORG O O U-PERSON O O U-ORG O",
			"U-ORG O O U-ORG O O U-ORG O"},
		{"a tie keeps each label",
			"Apple . Apple",
			"U-ORG O U-GPE",
			"U-ORG O U-GPE"},
		{"a known place is no person",
			"in China today",
			"O U-PERSON O",
			"O U-GPE O"},
		{"a known organisation is no person",
			"NATO said",
			"U-PERSON O",
			"U-ORG O"},
		{"a maker of models is no person",
			"Boeing said ; the Boeing 737 flew",
			"U-PERSON O O O O O O",
			"U-ORG O O O O O O"},
		{"a surname after a title stays a person",
			"Senator McCain said ; McCain A380 jokes flew",
			"O U-PERSON O O U-PERSON O O O",
			"O U-PERSON O O U-PERSON O O O"},
		{"an unknown lone name keeps its label",
			"Vince said",
			"U-PERSON O",
			"U-PERSON O"},
		{"a surname of a named person is that person",
			"Paul Nesbit said . Nesbit added",
			"B-PERSON L-PERSON O O U-ORG O",
			"B-PERSON L-PERSON O O U-PERSON O"},
		{"a missed repeat of a longer name is labelled",
			"Northrop Grumman won ; Northrop Grumman said",
			"B-ORG L-ORG O O O O O",
			"B-ORG L-ORG O O B-ORG L-ORG O"},
		{"lower-case repeats are not names",
			"White House said ; white house paint",
			"B-ORG L-ORG O O O O O",
			"B-ORG L-ORG O O O O O"},
		{"titles and nationalities are not part of a name",
			"Russian President Vladimir Putin spoke",
			"B-PERSON I-PERSON I-PERSON L-PERSON O",
			"U-NORP O B-PERSON L-PERSON O"},
		{"a place's GPE or LOC is PlaceType's, whatever the model said",
			"Troops left Asia for Kursk by the Dnipro River",
			"O O U-GPE O U-LOC O O B-GPE L-GPE",
			"O O U-LOC O U-GPE O O B-LOC L-LOC"},
		{"a known place ending a 'person' makes no surname",
			"Smart China ran . China said",
			"B-PERSON L-PERSON O O U-PERSON O",
			"B-PERSON L-PERSON O O U-GPE O"},
		{"a known place of several words is no person",
			"Rain in San Marcos fell",
			"O O B-PERSON L-PERSON O",
			"O O B-GPE L-GPE O"},
		{"a legal form joins the company's name, labelled or not",
			"Fees went to Zorbit , Inc. and Bolt Widget Ltd. today",
			"O O O U-ORG O O O O O O O",
			"O O O B-ORG I-ORG L-ORG O B-ORG I-ORG L-ORG O"},
		{"a legal form starting a longer span leaves it",
			"Paid to Zorbit , Inc. of Springfield , Ohio",
			"O O U-ORG O B-ORG I-ORG L-ORG O O",
			"O O B-ORG I-ORG L-ORG O O O O"},
		{"a sentence's first common word is not the company's",
			"The Zorbit Inc. board met",
			"O O O O O",
			"O B-ORG L-ORG O O"},
		{"a capitalised form after a lower-case word names nothing",
			"we saw inc. numbers",
			"O O O O",
			"O O O O"},
		{"two people are two names",
			"Kim and Putin met",
			"B-PERSON I-PERSON L-PERSON O",
			"U-PERSON O U-PERSON O"},
		{"a one-word name labelled twice is labelled where missed",
			"Canon said ; Canon fixed it ; call Canon",
			"U-ORG O O U-ORG O O O O O",
			"U-ORG O O U-ORG O O O O U-ORG"},
		{"but not once",
			"Canon said ; call Canon",
			"U-ORG O O O O",
			"U-ORG O O O O"},
		{"nor when the document writes it in lower case",
			"Bush said ; Bush won ; a bush ; call Bush",
			"U-PERSON O O U-PERSON O O O O O O O",
			"U-PERSON O O U-PERSON O O O O O O O"},
		{"nor before a model number",
			"Boeing said ; Boeing won ; a Boeing 737",
			"U-ORG O O U-ORG O O O O O",
			"U-ORG O O U-ORG O O O O O"},
		{"a one-word person the document calls it is an organisation",
			"Boeing said it would ; Boeing won",
			"U-PERSON O O O O U-PERSON O",
			"U-ORG O O O O U-ORG O"},
		{"but not one it also calls he",
			"Vince said it would ; Vince said he won",
			"U-PERSON O O O O U-PERSON O O O",
			"U-PERSON O O O O U-PERSON O O O"},
		{"nor a first name",
			"Paul said it would",
			"U-PERSON O O O",
			"U-PERSON O O O"},
		{"a title inside a person's name ends what comes before it",
			"NASA CEO Mike Griffin spoke ; U.S. President Joe Biden spoke ; Apple Inc. CEO Tim Cook spoke ; Acme CEO Ann Lee spoke",
			"B-PERSON I-PERSON I-PERSON L-PERSON O O B-PERSON I-PERSON I-PERSON L-PERSON O O B-PERSON I-PERSON I-PERSON I-PERSON L-PERSON O O B-PERSON I-PERSON I-PERSON L-PERSON O",
			"U-ORG O B-PERSON L-PERSON O O U-GPE O B-PERSON L-PERSON O O B-ORG L-ORG O B-PERSON L-PERSON O O O O B-PERSON L-PERSON O"},
		{"a name closed a word early takes the unclaimed capitalised word after it",
			"Muhammed Usman Saddique , 24 ; Paul Nesbit ; Vince Kaminski ; John Smith Street",
			"B-PERSON L-PERSON O O O O U-PERSON O O U-PERSON O O B-PERSON L-PERSON U-GPE",
			"B-PERSON I-PERSON L-PERSON O O O B-PERSON L-PERSON O U-PERSON O O B-PERSON L-PERSON U-GPE"},
		{"a company's officer or stock after a repeated name makes it an organisation",
			"Apple CEO Tim Cook said ; Apple rose ; Apple shares fell",
			"O O B-PERSON L-PERSON O O U-PERSON O O O O O",
			"U-ORG O B-PERSON L-PERSON O O U-ORG O O U-ORG O O"},
		{"but a surname stays a person",
			"Joe Ford said ; Ford shares fell",
			"B-PERSON L-PERSON O O O O O",
			"B-PERSON L-PERSON O O U-PERSON O O"},
		{"a place ending in a country without a comma is two places",
			"in Invercargill New Zealand ; in South Korea ; in North Korea",
			"O B-GPE I-GPE L-GPE O O B-GPE L-GPE O O B-GPE L-GPE",
			"O U-GPE B-GPE L-GPE O O B-GPE L-GPE O O B-GPE L-GPE"},
		{"a bracket ends a name",
			"WASHINGTON ( Reuters ) said",
			"B-ORG I-ORG L-ORG O O",
			"U-GPE O U-ORG O O"},
		{"an unlabelled surname of a named person is that person, but not starting a sentence",
			"Steve Jobs said ; he cut jobs . Jobs was there , and Jobs resigned",
			"B-PERSON L-PERSON O O O O O O O O O O O O O",
			"B-PERSON L-PERSON O O O O O O O O O O O U-PERSON O"},
		{"no entities, nothing to do",
			"it rained",
			"O O",
			"O O"},
	} {
		words, ents := strings.Fields(c.words), strings.Fields(c.ents)
		docb := make([]uint8, len(words))
		lower := make([]string, len(words))
		for i, w := range words {
			lower[i] = strings.ToLower(w)
		}
		r.DocFeatures(words, lower, docb)
		r.Harmonize(words, docb, ents)
		if got := strings.Join(ents, " "); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}

func TestCaseMode(t *testing.T) {
	for _, c := range []struct {
		text string
		want uint64
	}{
		{"The minister met Kim in Seoul on Monday .", caseNormal},
		{"i went to new york last week", caseLower},
		{"Airbus Parent EADS Wins Tanker Contract", caseTitle},
		{"BOEING WINS BIG AIR FORCE CONTRACT", caseUpper},
		{"Hi there", caseNormal},
	} {
		ws := strings.Fields(c.text)
		lx := make([]lex.Lex, len(ws))
		for i, w := range ws {
			lex.Compute(w, strings.ToLower(w), &lx[i])
		}
		if got := caseMode(lx); got != c.want {
			t.Errorf("caseMode(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestModel(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"737", true}, {"A380", true}, {"787-8", true}, {"A400M", true},
		{"2008", false}, {"15", false}, {"$40", false}, {"3.5", false}, {"Boeing", false},
	} {
		if got := model(c.w); got != c.want {
			t.Errorf("model(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// sent builds a training sentence from "word/LABEL" tokens (O when no
// label is given); tags are left zero.
func sent(text string) Sentence {
	var s Sentence
	for _, tok := range strings.Fields(text) {
		w, l, ok := strings.Cut(tok, "/")
		if !ok {
			l = "O"
		}
		var x lex.Lex
		lex.Compute(w, strings.ToLower(w), &x)
		s.Lex = append(s.Lex, x)
		s.Lower = append(s.Lower, strings.ToLower(w))
		s.Tags = append(s.Tags, 0)
		s.Labels = append(s.Labels, l)
	}
	return s
}

// SpanScores types a span the model was told is a name; the type the
// invented training sentences give its context scores highest, and the
// scores of a second span are read with the first one's type as history.
func TestSpanScores(t *testing.T) {
	var train []Sentence
	for _, text := range []string{
		"Mr./O Alden/B-PERSON Roe/L-PERSON said he would stay",
		"Mrs./O Bea/B-PERSON Sorel/L-PERSON said she would go",
		"shares/O of/O Brinco/U-ORG rose after Brinco/U-ORG said it grew",
		"shares/O of/O Talvex/U-ORG fell",
		"we/O flew/O to/O Karsholm/U-GPE last week",
		"we/O drove/O to/O Orvieto/U-GPE yesterday",
	} {
		train = append(train, sent(text))
	}
	r := Train(train, map[string]int{}, map[string]uint8{}, Options{Iterations: 5, Seed: 1})
	in := sent("Mr. Dana Quill said shares of Welk rose")
	types, none := r.SpanScores(&in.Input, [][2]int{{1, 3}, {6, 7}}, &Scratch{})
	if len(types) != 2 || len(none) != 2 {
		t.Fatalf("got %d type scores and %d none scores, want 2 and 2", len(types), len(none))
	}
	for k, want := range []string{"PERSON", "ORG"} {
		best := 0
		for i := range types[k] {
			if types[k][i] > types[k][best] {
				best = i
			}
		}
		if Types[best] != want {
			t.Errorf("span %d typed %s (%v), want %s", k, Types[best], types[k], want)
		}
	}
}

// Words labelled Unknown teach nothing: a corpus of nothing else trains
// no weight at all.
func TestUnknownLearnsNothing(t *testing.T) {
	s := sent("Alden Roe said")
	for i := range s.Labels {
		s.Labels[i] = Unknown
	}
	r := Train([]Sentence{s}, map[string]int{}, map[string]uint8{}, Options{Iterations: 2, Seed: 1})
	if _, w := r.Stats(); w != 0 {
		t.Errorf("%d weights learnt from unknown labels", w)
	}
}

// A mixed recognizer scores every word with the mean of the scores of the
// recognizers its seeds train.
func TestTrainMix(t *testing.T) {
	var train []Sentence
	for _, text := range []string{
		"Mr./O Alden/B-PERSON Roe/L-PERSON said he would stay",
		"shares/O of/O Brinco/U-ORG rose after Brinco/U-ORG said it grew",
		"we/O flew/O to/O Karsholm/U-GPE last week",
		"Talvex/U-ORG hired Bea/B-PERSON Sorel/L-PERSON in Orvieto/U-GPE",
	} {
		train = append(train, sent(text))
	}
	o := Options{Iterations: 3, Seed: 4}
	one := Train(train, map[string]int{}, map[string]uint8{}, o)
	o.Seed = 5
	two := Train(train, map[string]int{}, map[string]uint8{}, o)
	o.Seed, o.Mix = 4, 2
	mix := Train(train, map[string]int{}, map[string]uint8{}, o)
	in := sent("Mr. Dana Quill said shares of Welk rose in Karsholm")
	ents := make([]int, len(in.Lex))
	var s Scratch
	n, mode := mix.prepare(&in.Input, &s)
	s1, s2, sm := make([]float32, len(mix.Labels)), make([]float32, len(mix.Labels)), make([]float32, len(mix.Labels))
	for i := 0; i < n; i++ {
		f := features(nil, &in.Input, s.gaz, s.cues, mode, ents, i)
		one.model.Score(f, s1)
		two.model.Score(f, s2)
		mix.model.Score(f, sm)
		for c := range sm {
			if want := (s1[c] + s2[c]) / 2; math.Abs(float64(sm[c]-want)) > 1e-4 {
				t.Fatalf("word %d, label %s: mixed score %f, want the mean %f", i, mix.Labels[c], sm[c], want)
			}
		}
	}
}
