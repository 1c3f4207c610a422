// Package ner is the statistical named-entity recognizer of crosscheck's
// language core. It labels tokens with BILOU tags over five types — PERSON,
// ORG, GPE, LOC, NORP — using a greedy left-to-right averaged perceptron whose
// features are the word and its shape, affixes and neighbours, the part-of-
// speech tags, the two entity tags already predicted, and matches against a
// gazetteer of countries, capitals and demonyms derived from the world
// countries data. Decoding only allows valid BILOU sequences.
//
// GPE vs LOC: training data marks places without saying which; a place is
// LOC when it is a geographic feature or region — its last word is one of a
// list of feature nouns ("River", "Sea", "Mountains", "Valley", "Peninsula"),
// its first is "Mount"/"Lake"/"Gulf", or it is a continent or a named world
// region ("Middle East") — and GPE (a country, state, city: a place with a
// government) otherwise. See PlaceType.
package ner

import (
	"io"
	"math/rand"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/nlp/lex"
	"github.com/crosscheck-news/crosscheck/internal/nlp/perceptron"
)

// Types the recognizer produces.
var Types = []string{"PERSON", "ORG", "GPE", "LOC", "NORP"}

// Gazetteer kinds.
const (
	GazCountry = 1 + iota
	GazCapital
	GazDemonym
)

// Recognizer is a trained NER model. It is safe for concurrent use.
type Recognizer struct {
	Labels []string // "O", "B-PERSON", …
	// Gazetteer maps a lower-cased, space-separated phrase to its kind.
	Gazetteer map[string]int
	model     *perceptron.Model
	first     map[string][]string // first word → phrases, longest first
	maxLen    int
	prevOK    [][]bool // prevOK[prev][cur]: may cur follow prev?
	endOK     []bool
}

type meta struct {
	Labels    []string
	Gazetteer map[string]int
}

func (r *Recognizer) init() {
	r.first = map[string][]string{}
	for p := range r.Gazetteer {
		ws := strings.Fields(p)
		r.first[ws[0]] = append(r.first[ws[0]], p)
		r.maxLen = max(r.maxLen, len(ws))
	}
	n := len(r.Labels)
	r.prevOK = make([][]bool, n+1) // index n is "sentence start"
	r.endOK = make([]bool, n)
	for p := 0; p <= n; p++ {
		r.prevOK[p] = make([]bool, n)
		pp, pt := "O", ""
		if p < n {
			pp, pt, _ = strings.Cut(r.Labels[p], "-")
		}
		open := pp == "B" || pp == "I"
		for c := 0; c < n; c++ {
			cp, ct, _ := strings.Cut(r.Labels[c], "-")
			inside := cp == "I" || cp == "L"
			r.prevOK[p][c] = (open && inside && ct == pt) || (!open && !inside)
		}
	}
	for c := 0; c < n; c++ {
		cp, _, _ := strings.Cut(r.Labels[c], "-")
		r.endOK[c] = cp != "B" && cp != "I"
	}
}

// gazetteer marks tokens covered by a gazetteer phrase: g[i] is kind*4 +
// position (0 begin, 1 inside, 2 last, 3 unit), or 0.
func (r *Recognizer) gazetteer(lower []string, g []uint8) {
	clear(g)
	var buf [128]byte
	for i := 0; i < len(lower); i++ {
		best, bk := 0, 0
		for n := min(r.maxLen, len(lower)-i); n >= 1; n-- {
			if _, ok := r.first[lower[i]]; !ok {
				break
			}
			b := buf[:0]
			for j := i; j < i+n; j++ {
				if j > i {
					b = append(b, ' ')
				}
				b = append(b, lower[j]...)
			}
			if k, ok := r.Gazetteer[string(b)]; ok {
				best, bk = n, k
				break
			}
		}
		if best == 0 {
			continue
		}
		if best == 1 {
			g[i] = uint8(bk*4 + 3)
			continue
		}
		for j := i; j < i+best; j++ {
			pos := 1
			if j == i {
				pos = 0
			} else if j == i+best-1 {
				pos = 2
			}
			g[j] = uint8(bk*4 + pos)
		}
		i += best - 1
	}
}

// Input is one sentence to label: token hashes, lower-cased forms and tag
// class ids from the tagger.
type Input struct {
	Lex   []lex.Lex
	Lower []string
	Tags  []int
}

// Scratch holds per-goroutine buffers.
type Scratch struct {
	feats  []uint64
	scores []float32
	gaz    []uint8
}

func tagAt(t []int, i int) uint64 {
	if i < 0 || i >= len(t) {
		return 0xffff
	}
	return uint64(t[i]) + 1
}

func gazAt(g []uint8, i int) uint64 {
	if i < 0 || i >= len(g) {
		return 0xff
	}
	return uint64(g[i])
}

func at(lx []lex.Lex, i int) *lex.Lex {
	if i < 0 || i >= len(lx) {
		return &lex.None
	}
	return &lx[i]
}

func features(f []uint64, in *Input, gaz []uint8, ents []int, i int) []uint64 {
	w := &in.Lex[i]
	p1, p2, n1, n2 := at(in.Lex, i-1), at(in.Lex, i-2), at(in.Lex, i+1), at(in.Lex, i+2)
	e1, e2 := tagAt(ents, i-1), tagAt(ents, i-2)
	t0, tp, tn := tagAt(in.Tags, i), tagAt(in.Tags, i-1), tagAt(in.Tags, i+1)
	g0, gp, gn := gazAt(gaz, i), gazAt(gaz, i-1), gazAt(gaz, i+1)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	M, M2, M3 := perceptron.Mix, perceptron.Mix2, perceptron.Mix3
	f = append(f,
		M(0, 0), M(1, w.Word), M(2, w.Lower), M(3, w.Shape), M(4, w.Suf3), M(5, w.Pre2),
		M(6, uint64(w.Flags)), M(7, p1.Word), M(8, p2.Lower), M(9, n1.Word), M(10, n2.Lower),
		M(11, p1.Shape), M(12, n1.Shape), M(13, t0), M(14, tp), M(15, tn),
		M(16, e1), M(17, e2), M2(18, e1, w.Word), M2(19, e1, t0), M2(20, e1, e2),
		M(21, g0), M2(22, g0, w.Shape), M(23, gp), M(24, gn), M2(25, w.Lower, n1.Lower),
		M2(26, p1.Lower, w.Lower), M3(27, uint64(p1.Flags), uint64(w.Flags), uint64(n1.Flags)),
		M2(28, first, w.Shape), M2(29, e1, uint64(w.Flags)), M3(30, tp, t0, tn), M(31, w.Suf4),
		M2(32, e1, p1.Lower), M2(33, t0, w.Shape), M(34, p1.Suf3), M(35, n1.Suf3),
	)
	return f
}

// Label labels a sentence; out receives label indices into r.Labels.
func (r *Recognizer) Label(in *Input, out []int, s *Scratch) {
	n := len(in.Lex)
	if cap(s.gaz) < n {
		s.gaz = make([]uint8, n)
	}
	s.gaz = s.gaz[:n]
	r.gazetteer(in.Lower, s.gaz)
	if len(s.scores) != len(r.Labels) {
		s.scores = make([]float32, len(r.Labels))
	}
	prev := len(r.Labels)
	for i := 0; i < n; i++ {
		s.feats = features(s.feats[:0], in, s.gaz, out, i)
		r.model.Score(s.feats, s.scores)
		out[i] = r.best(prev, s.scores, i == n-1)
		prev = out[i]
	}
}

func (r *Recognizer) best(prev int, scores []float32, last bool) int {
	b := -1
	for c, sc := range scores {
		if !r.prevOK[prev][c] || (last && !r.endOK[c]) {
			continue
		}
		if b < 0 || sc > scores[b] {
			b = c
		}
	}
	return b
}

// Sentence is a training sentence with BILOU labels.
type Sentence struct {
	Input
	Labels []string
}

// Options control training.
type Options struct {
	Iterations int
	Seed       int64
	Log        func(format string, args ...any)
}

// Train learns a recognizer; gaz is the gazetteer (phrase → kind).
func Train(sents []Sentence, gaz map[string]int, opt Options) *Recognizer {
	if opt.Iterations == 0 {
		opt.Iterations = 10
	}
	r := &Recognizer{Labels: []string{"O"}, Gazetteer: gaz}
	for _, t := range Types {
		for _, p := range []string{"B-", "I-", "L-", "U-"} {
			r.Labels = append(r.Labels, p+t)
		}
	}
	r.init()
	lid := map[string]int{}
	for i, l := range r.Labels {
		lid[l] = i
	}
	tr := perceptron.NewTrainer(len(r.Labels))
	rng := rand.New(rand.NewSource(opt.Seed))
	scores := make([]float32, len(r.Labels))
	var f []uint64
	var gz []uint8
	var pred []int
	for it := 0; it < opt.Iterations; it++ {
		good, total := 0, 0
		for _, j := range rng.Perm(len(sents)) {
			s := &sents[j]
			n := len(s.Lex)
			gz = append(gz[:0], make([]uint8, n)...)
			r.gazetteer(s.Lower, gz)
			pred = append(pred[:0], make([]int, n)...)
			prev := len(r.Labels)
			for i := 0; i < n; i++ {
				tr.Tick()
				f = features(f[:0], &s.Input, gz, pred, i)
				tr.Score(f, scores)
				g := lid[s.Labels[i]]
				p := r.best(prev, scores, i == n-1)
				// An unconstrained argmax keeps learning even when the
				// constraint happens to rescue the prediction.
				if a := perceptron.Argmax(scores); a != g {
					p2 := p
					if p == g {
						p2 = a
					}
					tr.Update(g, p2, f)
				}
				if p == g {
					good++
				}
				total++
				pred[i] = p
				prev = p
			}
		}
		if opt.Log != nil {
			opt.Log("ner iteration %d: train token accuracy %.2f%%", it+1, 100*float64(good)/float64(max(total, 1)))
		}
	}
	r.model = tr.Average(0.001)
	return r
}

// Save writes the recognizer.
func (r *Recognizer) Save(w io.Writer) error {
	return perceptron.SaveBundle(w, meta{Labels: r.Labels, Gazetteer: r.Gazetteer}, r.model)
}

// Load reads a recognizer written by Save.
func Load(rd io.Reader) (*Recognizer, error) {
	var m meta
	ms, err := perceptron.LoadBundle(rd, &m)
	if err != nil {
		return nil, err
	}
	r := &Recognizer{Labels: m.Labels, Gazetteer: m.Gazetteer, model: ms[0]}
	r.init()
	return r, nil
}

// Prune drops weights below thr (see perceptron.Model.Prune).
func (r *Recognizer) Prune(thr float32) { r.model = r.model.Prune(thr) }

// Stats describes the model size.
func (r *Recognizer) Stats() (features, weights int) { return r.model.Features(), r.model.Weights() }

var locLast = map[string]bool{}
var locFirst = map[string]bool{}
var locWhole = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`river rivers sea seas ocean mountain mountains mountain hills hill valley desert
		island islands isles peninsula gulf bay coast strait straits channel lake lakes canyon forest forests park
		plateau plain plains basin delta range falls beach glacier cape reef volcano highlands lowlands border
		region heights steppe sound archipelago`) {
		locLast[w] = true
	}
	for _, w := range strings.Fields(`mount mt. lake gulf cape isle`) {
		locFirst[w] = true
	}
	for _, w := range []string{"africa", "asia", "europe", "antarctica", "australasia", "oceania", "north america",
		"south america", "latin america", "central america", "middle east", "the middle east", "near east", "far east",
		"east asia", "southeast asia", "south asia", "central asia", "eastern europe", "western europe", "the west",
		"the balkans", "balkans", "scandinavia", "caucasus", "the caucasus", "sahel", "the sahel", "arctic", "the arctic",
		"mediterranean", "the mediterranean", "caribbean", "the caribbean", "siberia", "donbas", "the donbas",
		"sub-saharan africa", "north africa", "west africa", "east africa", "the gulf", "persian gulf", "horn of africa"} {
		locWhole[w] = true
	}
}

// PlaceType decides GPE or LOC for a place name given as words.
func PlaceType(words []string) string {
	if len(words) == 0 {
		return "GPE"
	}
	all := strings.ToLower(strings.Join(words, " "))
	if locWhole[all] || locLast[strings.ToLower(words[len(words)-1])] || locFirst[strings.ToLower(words[0])] {
		return "LOC"
	}
	return "GPE"
}
