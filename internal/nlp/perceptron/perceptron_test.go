package perceptron

import (
	"bytes"
	"io/fs"
	"math"
	"math/rand"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/nlp/models"
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

// asTable returns m laid out as plain rows of float weights (buildTable),
// the reference the faster layouts must match.
func asTable(m *Model) *Model {
	t := &Model{NClasses: m.NClasses, keys: m.keys, rowStart: m.rowStart, cls: m.cls, w: m.w, mask: m.mask}
	t.buildTable()
	return t
}

// sameScores scores random feature sets — known features, unknown ones and
// features whose fingerprint matches a known one — with m and with the
// reference layout and fails unless every score is bit for bit the same.
func sameScores(t *testing.T, name string, m *Model, rng *rand.Rand) {
	t.Helper()
	ref := asTable(m)
	a, b := make([]float32, m.NClasses), make([]float32, m.NClasses)
	for round := 0; round < 2000; round++ {
		n := 1 + rng.Intn(200) // beyond maxBatch too
		feats := make([]uint64, n)
		for j := range feats {
			k := m.keys[rng.Intn(len(m.keys))]
			switch rng.Intn(3) {
			case 0:
				feats[j] = rng.Uint64()
			case 1:
				feats[j] = k ^ uint64(rng.Intn(1<<16))<<8 // same fingerprint, maybe another slot
			default:
				feats[j] = k
			}
		}
		m.Score(feats, a)
		ref.Score(feats, b)
		for c := range a {
			if math.Float32bits(a[c]) != math.Float32bits(b[c]) {
				t.Fatalf("%s: class %d scores %v, reference %v", name, c, a[c], b[c])
			}
		}
	}
}

// Every layout of the shipped models scores exactly as plain rows do.
func TestLayoutsScoreAlike(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, name := range []string{models.TaggerFile, models.ParserFile, models.NERFile} {
		b, err := fs.ReadFile(models.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		var meta any
		ms, err := LoadBundle(bytes.NewReader(b), &meta)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range ms {
			if m.dense == nil && m.slots == nil {
				t.Errorf("%s model %d: not laid out for speed", name, i)
			}
			sameScores(t, name, m, rng)
		}
	}
}

// Mean scores every feature vector with the mean of its models' scores,
// also where a feature has weights in one model only.
func TestMean(t *testing.T) {
	a := toyTrain().Average(0)
	tr := NewTrainer(3)
	for it := 0; it < 4; it++ {
		tr.Tick()
		tr.Update(2, 0, []uint64{Mix(1, Hash("a")), Mix(2, Hash("d"))})
		tr.Tick()
	}
	b := tr.Average(0)
	m := Mean(a, b)
	sa, sb, sm := make([]float32, 3), make([]float32, 3), make([]float32, 3)
	for _, f := range [][]uint64{
		{Mix(1, Hash("a")), Mix(0, 0)}, {Mix(2, Hash("d"))}, {Mix(1, Hash("b")), Mix(2, Hash("d"))}, {Mix(9, 9)},
	} {
		a.Score(f, sa)
		b.Score(f, sb)
		m.Score(f, sm)
		for c := range sm {
			if want := (sa[c] + sb[c]) / 2; math.Abs(float64(sm[c]-want)) > 1e-5 {
				t.Errorf("features %v, class %d: mean model scores %f, want %f", f, c, sm[c], want)
			}
		}
	}
	if m.Features() != a.Features()+1 {
		t.Errorf("mean model has %d features, want %d", m.Features(), a.Features()+1)
	}
}
