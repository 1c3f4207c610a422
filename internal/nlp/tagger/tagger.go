// Package tagger is the part-of-speech tagger of crosscheck's language core:
// a greedy left-to-right averaged perceptron (Collins 2002, in the style of
// spaCy's first tagger) that predicts the universal tag (UPOS) and the Penn
// tag (XPOS) together as one joint class, so that the two always agree.
//
// Features look at the word, its lower case, prefixes, suffixes and shape,
// two words either side and the two tags already predicted on the left.
// Frequent unambiguous words ("the", ",", "said") are tagged from a tag
// dictionary learned from the treebank, which is both faster and more
// accurate than scoring them.
package tagger

import (
	"io"
	"math/rand"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/nlp/lex"
	"github.com/crosscheck-news/crosscheck/internal/nlp/perceptron"
)

// Tagger is a trained tagger. It is safe for concurrent use.
type Tagger struct {
	Classes []string // "UPOS XPOS"
	UPOS    []string
	XPOS    []string
	dict    map[string]int
	// amb maps a known word to the hash of its ambiguity class: the set of
	// tags it had in training ("that": DT IN WDT). It stands in for the
	// tags to the right, which a left-to-right tagger has not predicted yet.
	amb   map[string]uint64
	model *perceptron.Model
}

type meta struct {
	Classes []string
	Dict    map[string]int
	Amb     map[string]uint64
}

// Scratch holds the per-goroutine buffers of a tagging run.
type Scratch struct {
	feats  []uint64
	scores []float32
	amb    []uint64
}

const nfeat = 40

// Tag tags a sentence. lx holds the tokens' hashes (lex.Compute), lower the
// lower-cased forms; out receives the class index of each token.
func (t *Tagger) Tag(lx []lex.Lex, lower []string, out []int, s *Scratch) {
	if cap(s.feats) < nfeat {
		s.feats = make([]uint64, 0, nfeat)
	}
	if len(s.scores) != len(t.Classes) {
		s.scores = make([]float32, len(t.Classes))
	}
	s.amb = t.ambiguity(lower, s.amb[:0])
	for i := range lx {
		if c, ok := t.dict[lower[i]]; ok {
			out[i] = c
			continue
		}
		f := features(s.feats[:0], lx, s.amb, out, i)
		t.model.Score(f, s.scores)
		out[i] = perceptron.Argmax(s.scores)
	}
}

// Split returns the UPOS and XPOS of class c.
func (t *Tagger) Split(c int) (string, string) { return t.UPOS[c], t.XPOS[c] }

func at(lx []lex.Lex, i int) *lex.Lex {
	if i < 0 || i >= len(lx) {
		return &lex.None
	}
	return &lx[i]
}

func tagAt(tags []int, i int) uint64 {
	if i < 0 {
		return 0xfff1
	}
	return uint64(tags[i]) + 1
}

func (t *Tagger) ambiguity(lower []string, out []uint64) []uint64 {
	for _, w := range lower {
		out = append(out, t.amb[w]) // 0 for unknown words
	}
	return out
}

func ambAt(a []uint64, i int) uint64 {
	if i < 0 || i >= len(a) {
		return 1
	}
	return a[i]
}

// features appends the feature keys for token i; tags[:i] are predicted.
func features(f []uint64, lx []lex.Lex, amb []uint64, tags []int, i int) []uint64 {
	w := &lx[i]
	p1, p2 := at(lx, i-1), at(lx, i-2)
	n1, n2 := at(lx, i+1), at(lx, i+2)
	t1, t2 := tagAt(tags, i-1), tagAt(tags, i-2)
	M, M2, M3 := perceptron.Mix, perceptron.Mix2, perceptron.Mix3
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	f = append(f,
		M(0, 0),
		M(1, w.Lower),
		M(2, w.Suf3),
		M(3, w.Pre1),
		M(4, t1),
		M(5, t2),
		M2(6, t1, t2),
		M2(7, w.Lower, t1),
		M(8, p1.Lower),
		M(9, p1.Suf3),
		M(10, p2.Lower),
		M(11, n1.Lower),
		M(12, n1.Suf3),
		M(13, n2.Lower),
		M(14, w.Shape),
		M(15, w.Suf2),
		M(16, w.Suf4),
		M(17, w.Suf1),
		M(18, w.Pre2),
		M(19, p1.Shape),
		M(20, n1.Shape),
		M2(21, p1.Lower, w.Lower),
		M2(22, w.Lower, n1.Lower),
		M2(23, t1, n1.Lower),
		M2(24, first, w.Shape),
		M(25, w.Word),
		M(26, uint64(w.Flags)),
		M2(27, t1, w.Suf3),
		M3(28, t1, w.Lower, n1.Lower),
		M2(29, n1.Lower, n2.Lower),
		M2(30, p1.Lower, n1.Lower),
		M2(31, t1, uint64(w.Flags)),
		M(32, ambAt(amb, i)),
		M(33, ambAt(amb, i+1)),
		M(34, ambAt(amb, i+2)),
		M2(35, t1, ambAt(amb, i)),
		M2(36, ambAt(amb, i), ambAt(amb, i+1)),
		M3(37, t1, ambAt(amb, i), ambAt(amb, i+1)),
		M2(38, w.Lower, ambAt(amb, i+1)),
		M2(39, ambAt(amb, i+1), n1.Lower),
	)
	return f
}

// Sentence is one training sentence.
type Sentence struct {
	Words, UPOS, XPOS []string
}

// Options control training.
type Options struct {
	Iterations int
	Seed       int64
	Log        func(format string, args ...any)
}

// Train learns a tagger from sentences.
func Train(sents []Sentence, opt Options) *Tagger {
	if opt.Iterations == 0 {
		opt.Iterations = 8
	}
	t := &Tagger{}
	cid := map[string]int{}
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for i, w := range s.Words {
			c := s.UPOS[i] + " " + s.XPOS[i]
			k, ok := cid[c]
			if !ok {
				k = len(t.Classes)
				cid[c] = k
				t.Classes = append(t.Classes, c)
			}
			lw := strings.ToLower(w)
			if counts[lw] == nil {
				counts[lw] = map[int]int{}
			}
			counts[lw][k]++
		}
	}
	t.splitClasses()
	t.dict = map[string]int{}
	for w, m := range counts {
		n, best, bc := 0, 0, 0
		for c, k := range m {
			n += k
			if k > best || (k == best && c < bc) {
				best, bc = k, c
			}
		}
		if n >= 20 && float64(best)/float64(n) >= 0.99 {
			t.dict[w] = bc
		}
	}
	t.amb = map[string]uint64{}
	for w, m := range counts {
		n := 0
		for _, k := range m {
			n += k
		}
		if n < 2 {
			continue
		}
		var cls []int
		for c, k := range m {
			if k*20 >= n { // tags under 5% of a word's uses are noise
				cls = append(cls, c)
			}
		}
		sort.Ints(cls)
		h := uint64(0x51)
		for _, c := range cls {
			h = h*1000003 + uint64(c) + 1
		}
		t.amb[w] = h
	}
	type inst struct {
		lx    []lex.Lex
		lower []string
		gold  []int
		amb   []uint64
	}
	data := make([]inst, len(sents))
	for j, s := range sents {
		in := inst{lx: make([]lex.Lex, len(s.Words)), lower: make([]string, len(s.Words)), gold: make([]int, len(s.Words))}
		for i, w := range s.Words {
			in.lower[i] = strings.ToLower(w)
			lex.Compute(w, in.lower[i], &in.lx[i])
			in.gold[i] = cid[s.UPOS[i]+" "+s.XPOS[i]]
		}
		in.amb = t.ambiguity(in.lower, nil)
		data[j] = in
	}
	tr := perceptron.NewTrainer(len(t.Classes))
	rng := rand.New(rand.NewSource(opt.Seed))
	scores := make([]float32, len(t.Classes))
	var f []uint64
	pred := make([]int, 0, 256)
	for it := 0; it < opt.Iterations; it++ {
		correct, total := 0, 0
		for _, j := range rng.Perm(len(data)) {
			in := &data[j]
			pred = append(pred[:0], make([]int, len(in.gold))...)
			for i := range in.gold {
				if c, ok := t.dict[in.lower[i]]; ok {
					pred[i] = c
					continue
				}
				tr.Tick()
				f = features(f[:0], in.lx, in.amb, pred, i)
				tr.Score(f, scores)
				g := perceptron.Argmax(scores)
				tr.Update(in.gold[i], g, f)
				pred[i] = g
				if g == in.gold[i] {
					correct++
				}
				total++
			}
		}
		if opt.Log != nil {
			opt.Log("tagger iteration %d: train accuracy (non-dictionary words) %.2f%%", it+1, 100*float64(correct)/float64(max(total, 1)))
		}
	}
	t.model = tr.Average(0.001)
	return t
}

func (t *Tagger) splitClasses() {
	t.UPOS = make([]string, len(t.Classes))
	t.XPOS = make([]string, len(t.Classes))
	for i, c := range t.Classes {
		u, x, _ := strings.Cut(c, " ")
		t.UPOS[i], t.XPOS[i] = u, x
	}
}

// Save writes the tagger.
func (t *Tagger) Save(w io.Writer) error {
	return perceptron.SaveBundle(w, meta{Classes: t.Classes, Dict: t.dict, Amb: t.amb}, t.model)
}

// Load reads a tagger written by Save.
func Load(r io.Reader) (*Tagger, error) {
	var m meta
	ms, err := perceptron.LoadBundle(r, &m)
	if err != nil {
		return nil, err
	}
	t := &Tagger{Classes: m.Classes, dict: m.Dict, amb: m.Amb, model: ms[0]}
	t.splitClasses()
	return t, nil
}

// Stats describes the model size.
func (t *Tagger) Stats() (features, weights int) { return t.model.Features(), t.model.Weights() }

// Prune drops weights below thr (see perceptron.Model.Prune).
func (t *Tagger) Prune(thr float32) { t.model = t.model.Prune(thr) }
