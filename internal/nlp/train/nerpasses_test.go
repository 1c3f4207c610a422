package train

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"github.com/crosscheck-news/crosscheck/internal/nlp/tagger"
)

// Spans count only when bounds and type both match; a broken BILOU
// sequence names nothing.
func TestCompareSpans(t *testing.T) {
	for _, c := range []struct {
		name       string
		gold, pred []string
		want       counts
	}{
		{"exact", []string{"B-PERSON", "L-PERSON", "O", "U-GPE"}, []string{"B-PERSON", "L-PERSON", "O", "U-GPE"}, counts{2, 0, 0}},
		{"wrong type", []string{"U-ORG", "O"}, []string{"U-PERSON", "O"}, counts{0, 1, 1}},
		{"short span", []string{"B-ORG", "I-ORG", "L-ORG"}, []string{"O", "B-ORG", "L-ORG"}, counts{0, 1, 1}},
		{"broken", []string{"B-ORG", "L-ORG"}, []string{"B-ORG", "L-GPE"}, counts{0, 0, 1}},
		{"interrupted", []string{"B-ORG", "I-ORG", "L-ORG"}, []string{"B-ORG", "I-GPE", "L-ORG"}, counts{0, 0, 1}},
		{"spurious", []string{"O", "O"}, []string{"O", "U-NORP"}, counts{0, 1, 0}},
	} {
		if got := compareSpans(c.gold, c.pred); got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
	if f := (counts{tp: 3, fp: 1, fn: 2}).f1(); f < 66.6 || f > 66.7 {
		t.Errorf("F1 of 3/1/2 = %.2f, want 66.67", f)
	}
}

// The selection runs end to end on a few documents: every candidate gets
// one score per fold, and the held-out folds are labelled well above zero.
func TestSelectNERPassesSmall(t *testing.T) {
	dd := corpora.Dir(t)
	c, err := ReadCorpus(dd, 3)
	if err != nil {
		t.Fatal(err)
	}
	tg := tagger.Train(tagSents(append(c.EWTTrain, c.GUMTrain...)), tagger.Options{Iterations: 2, Seed: 1})
	scores, best, err := SelectNERPasses(dd, tg, 2, []int{1, 3}, Options{Limit: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("scores %+v, best %d", scores, best)
	if len(scores) != 2 || (best != 1 && best != 3) {
		t.Fatalf("scores %+v, best %d", scores, best)
	}
	for _, s := range scores {
		if len(s.Fold) != 2 || s.F1 <= 10 || s.F1 > 100 || s.UNERF1 <= 0 {
			t.Errorf("implausible scores %+v", s)
		}
	}
	if _, _, err := SelectNERPasses(dd, tg, 1, []int{5}, Options{Limit: 3}); err == nil {
		t.Error("one fold accepted")
	}
}

// Holding documents out of the NER training data removes them with their
// UNER copies and lower-cased copies; keeping all gives NERData's list.
func TestNERTrainingFolds(t *testing.T) {
	dd := corpora.Dir(t)
	c, err := ReadCorpus(dd, 2)
	if err != nil {
		t.Fatal(err)
	}
	tg := tagger.Train(tagSents(c.GUMTrain), tagger.Options{Iterations: 1, Seed: 1})
	b, _, err := nerBaseData(dd, c, tg, nil, Options{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	size := func(keep func(int) bool) (gum, uner int) {
		for i := range b.sents {
			if keep == nil || keep(i) {
				if b.uner[i] {
					uner++
				} else {
					gum++
				}
			}
		}
		return gum, uner
	}
	for _, keep := range []func(int) bool{nil, func(i int) bool { return b.doc[i]%2 == 0 }} {
		gum, uner := size(keep)
		n := gum + unerCopies*uner
		want := n + (n+lowerEvery-1)/lowerEvery
		if got := len(b.training(tg, keep, nil, Options{})); got != want {
			t.Errorf("got %d training sentences, want %d (GUM %d, UNER %d)", got, want, gum, uner)
		}
	}
	if b.doc[len(b.doc)-1] < 3 || !b.uner[len(b.uner)-1] || b.uner[0] {
		t.Errorf("documents or sources misnumbered: last doc %d", b.doc[len(b.doc)-1])
	}
}

// With several seeds every fold is trained once per seed: the first seed's
// score is the one a run with that seed alone gives, and the pooled score
// lies between the seeds' own.
func TestSelectNERPassesSeeds(t *testing.T) {
	dd := corpora.Dir(t)
	c, err := ReadCorpus(dd, 3)
	if err != nil {
		t.Fatal(err)
	}
	tg := tagger.Train(tagSents(append(c.EWTTrain, c.GUMTrain...)), tagger.Options{Iterations: 2, Seed: 1})
	one, _, err := SelectNERPasses(dd, tg, 2, []int{2}, Options{Limit: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	two, _, err := SelectNERPasses(dd, tg, 2, []int{2}, Options{Limit: 3, Seed: 9, Seeds: []int64{1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	s := two[0]
	if len(s.Seed) != 2 || len(s.SeedUNER) != 2 || len(s.Fold) != 2 {
		t.Fatalf("scores %+v: want two seeds and two folds", s)
	}
	if s.Seed[0] != one[0].F1 || s.SeedUNER[0] != one[0].UNERF1 {
		t.Errorf("seed 1 pooled with seed 2 scored %.2f/%.2f, alone %.2f/%.2f", s.Seed[0], s.SeedUNER[0], one[0].F1, one[0].UNERF1)
	}
	if lo, hi := min(s.Seed[0], s.Seed[1]), max(s.Seed[0], s.Seed[1]); s.F1 < lo-1e-9 || s.F1 > hi+1e-9 {
		t.Errorf("pooled F1 %.2f outside the seeds' %.2f–%.2f", s.F1, lo, hi)
	}
	if len(one[0].Seed) != 1 || one[0].Seed[0] != one[0].F1 {
		t.Errorf("one seed: per-seed %v, F1 %.2f", one[0].Seed, one[0].F1)
	}
}
