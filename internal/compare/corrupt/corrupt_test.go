package corrupt

import (
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

func load(t *testing.T, name string) *doc.Document {
	t.Helper()
	arts, errs, err := reader.ReadFile(filepath.Join("testdata", name), reader.Options{})
	if err != nil || len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("%s: %v %v", name, err, errs)
	}
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return an.Analyze(arts[0])
}

func rng(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(1, seed)) }

var (
	digits  = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	negWord = regexp.MustCompile(`\bnot\b|n't\b`)
	hedges  = regexp.MustCompile(`\b(?:around|about|could|nearly|more than|up to|at least)\b`)
	dayName = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,2})\b`)
)

// TestCorruptions: each kind rewrites the project's own short article in
// one place, says where, and the change is the one the kind names.
func TestCorruptions(t *testing.T) {
	src := load(t, "harbour-fire.txt")
	donor := load(t, "council-vote.txt")
	orig := src.Article.Text
	// Make reads the analysed document and must leave it as it found it
	// (the same source serves every kind); the tokens stand for the rest.
	origTokens := slices.Clone(src.Tokens)
	check := map[string]func(s Sample) bool{
		EntitySwap: func(s Sample) bool { return strings.Contains(s.Text, s.After) && s.Before != s.After },
		NumberChange: func(s Sample) bool {
			return !slices.Equal(digits.FindAllString(orig, -1), digits.FindAllString(s.Text, -1)) ||
				s.Variant != "value"
		},
		HedgeRemoval: func(s Sample) bool {
			return len(hedges.FindAllString(s.Text, -1)) == len(hedges.FindAllString(orig, -1))-1
		},
		NegationFlip: func(s Sample) bool {
			d := len(negWord.FindAllString(s.Text, -1)) - len(negWord.FindAllString(orig, -1))
			return d == 1 || d == -1
		},
		AttributionDrop: func(s Sample) bool {
			if s.Variant == "reassign" {
				return strings.Contains(s.Text, s.After)
			}
			return len(s.Text) < len(orig) && strings.Contains(s.Text, s.After) && !strings.Contains(s.Text, s.Before)
		},
		DateShift: func(s Sample) bool {
			return !slices.Equal(dayName.FindAllString(orig, -1), dayName.FindAllString(s.Text, -1))
		},
		Unsupported: func(s Sample) bool {
			return strings.Contains(donor.Article.Text, s.After) && strings.Count(s.Text, ".") == strings.Count(orig, ".")+1
		},
	}
	for _, kind := range Corruptions {
		for seed := range uint64(6) {
			s, ok := Make(src, kind, rng(seed), donor)
			if !ok {
				t.Errorf("%s seed %d: no target in the test article", kind, seed)
				continue
			}
			if s.Kind != kind || s.Control() || s.Text == orig || len(s.Spans) == 0 || len(s.Accept) == 0 {
				t.Errorf("%s seed %d: bad sample %+v", kind, seed, s)
				continue
			}
			runes := []rune(s.Text)
			for _, sp := range s.Spans {
				if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End || string(runes[sp.Start:sp.End]) != sp.Text {
					t.Errorf("%s seed %d: span %+v does not match the text", kind, seed, sp)
				}
			}
			if !check[kind](s) {
				t.Errorf("%s/%s seed %d: %q → %q does not make the change\n%s", kind, s.Variant, seed, s.Before, s.After, s.Text)
			}
			again, _ := Make(src, kind, rng(seed), donor)
			if again.Text != s.Text || !slices.Equal(again.Spans, s.Spans) {
				t.Errorf("%s seed %d: not deterministic", kind, seed)
			}
		}
	}
	if src.Article.Text != orig || !slices.Equal(src.Tokens, origTokens) {
		t.Error("Make changed its source document")
	}
}

// TestControls: unchanged copies are the text itself; light edits change
// the text but not its words (reordering, style) or only cue verbs.
func TestControls(t *testing.T) {
	src := load(t, "harbour-fire.txt")
	orig := src.Article.Text
	if s, ok := Make(src, Unchanged, rng(0), nil); !ok || s.Text != orig || !s.Control() || len(s.Spans) != 0 {
		t.Errorf("unchanged copy: %+v", s)
	}
	words := func(s string) []string {
		f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
		slices.Sort(f)
		return f
	}
	cues := map[string]bool{"said": true, "stated": true, "told": true, "reporters": true, "informed": true, "says": true, "states": true}
	noCues := func(s string) []string {
		return slices.DeleteFunc(words(s), func(w string) bool { return cues[w] })
	}
	for _, v := range LightVariants {
		s, ok := MakeLight(src, v, rng(3))
		if !ok {
			t.Errorf("%s: no place for it in the test article", v)
			continue
		}
		if s.Kind != LightEdit || !s.Control() || s.Text == orig || s.Variant != v {
			t.Errorf("%s: bad sample %+v", v, s)
		}
		switch v {
		case "cue_synonym":
			if !slices.Equal(noCues(s.Text), noCues(orig)) {
				t.Errorf("cue synonyms changed more than cues:\n%s", s.Text)
			}
		default:
			if !slices.Equal(words(s.Text), words(orig)) {
				t.Errorf("%s changed the words:\n%s", v, s.Text)
			}
		}
	}
	if _, ok := Make(src, "no such kind", rng(0), nil); ok {
		t.Error("an unknown kind made a sample")
	}
}

func TestMorphology(t *testing.T) {
	for _, c := range []struct{ base, past, third string }{
		{"exceed", "exceeded", "exceeds"}, {"rise", "rose", "rises"}, {"carry", "carried", "carries"},
		{"reach", "reached", "reaches"}, {"close", "closed", "closes"}, {"admit", "admitted", "admits"},
		{"visit", "", "visits"},
	} {
		if got := past(c.base); got != c.past {
			t.Errorf("past(%q) = %q, want %q", c.base, got, c.past)
		}
		if got := third(c.base); got != c.third {
			t.Errorf("third(%q) = %q, want %q", c.base, got, c.third)
		}
	}
}
