package nlpeval

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/corpora"
)

// TestEvaluate runs the full evaluation of the embedded models and fails
// when a number drops below the floor it had when the models were trained
// (a regression guard, not the targets).
func TestEvaluate(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation takes a few seconds")
	}
	r, err := Evaluate(corpora.Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.String())
	m := r.Map()
	for k, floor := range map[string]float64{
		"ewt.upos": 95, "ewt.xpos": 94, "ewt.uas": 84, "ewt.las": 80.5, "ewt.lemma": 96,
		"ewt.raw.token_f1": 97, "ewt.raw.sentence_f1": 84, "uner.f1.ALL": 57, "meantime.f1.ALL": 24,
	} {
		if m[k] < floor {
			t.Errorf("%s = %.2f, below the floor %.1f", k, m[k], floor)
		}
	}
}
