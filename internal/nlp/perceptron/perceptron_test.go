package perceptron

import (
	"bytes"
	"testing"
)

// A toy problem: the class is the feature seen, with a distractor feature
// that is shared by every instance.
func toyTrain() *Trainer {
	tr := NewTrainer(3)
	data := []struct {
		feats []uint64
		class int
	}{
		{[]uint64{Mix(1, Hash("a")), Mix(0, 0)}, 0},
		{[]uint64{Mix(1, Hash("b")), Mix(0, 0)}, 1},
		{[]uint64{Mix(1, Hash("c")), Mix(0, 0)}, 2},
	}
	scores := make([]float32, 3)
	for it := 0; it < 5; it++ {
		for _, d := range data {
			tr.Tick()
			tr.Score(d.feats, scores)
			tr.Update(d.class, Argmax(scores), d.feats)
		}
	}
	return tr
}

func TestTrainAndRoundTrip(t *testing.T) {
	m := toyTrain().Average(0)
	scores := make([]float32, 3)
	for c, w := range []string{"a", "b", "c"} {
		m.Score([]uint64{Mix(1, Hash(w)), Mix(0, 0)}, scores)
		if got := Argmax(scores); got != c {
			t.Errorf("%s: class %d, want %d (scores %v)", w, got, c, scores)
		}
	}
	var buf bytes.Buffer
	if err := SaveBundle(&buf, map[string]int{"x": 1}, m); err != nil {
		t.Fatal(err)
	}
	var meta map[string]int
	ms, err := LoadBundle(&buf, &meta)
	if err != nil || len(ms) != 1 || meta["x"] != 1 {
		t.Fatalf("LoadBundle: %v %v %v", err, len(ms), meta)
	}
	a, b := make([]float32, 3), make([]float32, 3)
	f := []uint64{Mix(1, Hash("b")), Mix(0, 0), Mix(7, 7)}
	m.Score(f, a)
	ms[0].Score(f, b)
	for i := range a {
		if d := a[i] - b[i]; d > 1e-3 || d < -1e-3 {
			t.Errorf("class %d: %f before save, %f after", i, a[i], b[i])
		}
	}
	if ms[0].Features() != m.Features() || ms[0].Weights() != m.Weights() {
		t.Errorf("size changed: %d/%d vs %d/%d", ms[0].Features(), ms[0].Weights(), m.Features(), m.Weights())
	}
}

func TestPrune(t *testing.T) {
	m := toyTrain().Average(0)
	p := m.Prune(1e9)
	if p.Weights() != 0 || p.Features() != 0 {
		t.Errorf("pruning everything left %d weights", p.Weights())
	}
	scores := []float32{1, 2, 3}
	p.Score([]uint64{Mix(1, Hash("a"))}, scores)
	if scores[0] != 0 || scores[2] != 0 {
		t.Errorf("empty model scored %v", scores)
	}
	if q := m.Prune(0); q.Weights() != m.Weights() {
		t.Errorf("Prune(0) dropped weights: %d → %d", m.Weights(), q.Weights())
	}
}

func TestMixSeparatesTemplates(t *testing.T) {
	h := Hash("word")
	if Mix(1, h) == Mix(2, h) || Mix2(3, h, 1) == Mix2(3, 1, h) {
		t.Error("templates or argument order collide")
	}
}

// Tables of every size come back zeroed, full length and writable, whether
// they live on the Go heap or in memory of their own.
func TestHotSlice(t *testing.T) {
	m := &Model{}
	for _, n := range []int{0, 1, 1000, 3 << 20} {
		s := hotSlice[ent](m, n)
		if len(s) != n {
			t.Fatalf("len %d, want %d", len(s), n)
		}
		for i := range s {
			if s[i] != (ent{}) {
				t.Fatalf("n=%d: element %d not zero", n, i)
			}
			s[i] = ent{uint32(i), 1}
		}
		if n > 0 && s[n-1].cls != uint32(n-1) {
			t.Errorf("n=%d: write lost", n)
		}
	}
}
