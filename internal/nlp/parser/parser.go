// Package parser is the labeled dependency parser of crosscheck's language
// core: a greedy arc-hybrid transition system (Kuhlmann et al. 2011) scored
// by an averaged perceptron with Zhang & Nivre (2011) style feature
// templates (words, tags, distance, valency, leftmost/rightmost children and
// their labels, label sets), trained with Goldberg & Nivre's (2013) dynamic
// oracle so that it learns to recover from its own mistakes.
//
// Moves: SHIFT; LEFT (the buffer front becomes the head of the stack top);
// RIGHT (the word under the stack top becomes its head). A first perceptron
// picks the move among three classes; a second, with its own small feature
// set, labels the arc a LEFT or RIGHT creates. Splitting the decision keeps
// the parser fast (three classes to score per move instead of a hundred)
// at a small cost in accuracy. The
// artificial root sits at the bottom of the stack and may take its one
// dependent only when the buffer is empty, which guarantees a single root.
// The system builds projective trees; non-projective training sentences
// (about 5% of EWT) are left out of training.
package parser

import (
	"errors"
	"io"
	"math/rand"

	"github.com/crosscheck-news/crosscheck/internal/nlp/lex"
	"github.com/crosscheck-news/crosscheck/internal/nlp/perceptron"
)

// Parser is a trained parser. It is safe for concurrent use.
type Parser struct {
	Labels []string
	// Search is how Parse decodes: greedily unless Search.Width > 1 (see
	// beam.go). It is saved with the model.
	Search Search
	model  *perceptron.Model // moves: shift, left, right
	lmodel *perceptron.Model // labels
}

type meta struct {
	Labels []string
	Search Search `json:",omitzero"`
}

// Moves.
const (
	shift = 0
	left  = 1
	right = 2
)

// node holds what features need about a word of the state.
type node struct {
	lc1, lc2, rc1, rc2 int32 // nearest-to-edge children, -1 none
	nl, nr             int32
	lset, rset         uint64
}

// state is a parser configuration over words 1..n (0 is the root).
type state struct {
	n      int
	stack  []int32
	b      int
	heads  []int32
	labels []int32
	nodes  []node
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	s.heads = grow(s.heads, n+1)
	s.labels = grow(s.labels, n+1)
	if cap(s.nodes) < n+1 {
		s.nodes = make([]node, n+1)
	}
	s.nodes = s.nodes[:n+1]
	for i := range s.nodes {
		s.nodes[i] = node{lc1: -1, lc2: -1, rc1: -1, rc2: -1}
		s.heads[i] = -1
		s.labels[i] = -1
	}
}

func grow(x []int32, n int) []int32 {
	if cap(x) < n {
		return make([]int32, n)
	}
	return x[:n]
}

func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

func (s *state) valid(c int) bool {
	k := len(s.stack)
	switch c {
	case shift:
		return s.b <= s.n
	case left:
		return s.b <= s.n && k >= 2 // s0 is a word, not the root
	default:
		if k < 2 {
			return false
		}
		if k == 2 { // s1 is the root
			return s.b > s.n
		}
		return true
	}
}

// arcOf returns the head and dependent of a LEFT or RIGHT move.
func (s *state) arcOf(c int) (h, d int32) {
	d = s.stack[len(s.stack)-1]
	if c == left {
		return int32(s.b), d
	}
	return s.stack[len(s.stack)-2], d
}

func (s *state) apply(c, l int) {
	if c == shift {
		s.stack = append(s.stack, int32(s.b))
		s.b++
		return
	}
	h, d := s.arcOf(c)
	s.stack = s.stack[:len(s.stack)-1]
	s.arc(h, d, int32(l))
}

func (s *state) arc(h, d, l int32) {
	s.heads[d] = h
	s.labels[d] = l
	nd := &s.nodes[h]
	if d < h {
		if nd.lc1 < 0 || d < nd.lc1 {
			nd.lc2, nd.lc1 = nd.lc1, d
		} else if nd.lc2 < 0 || d < nd.lc2 {
			nd.lc2 = d
		}
		nd.nl++
		nd.lset = nd.lset*31 + uint64(l) + 1
	} else {
		if nd.rc1 < 0 || d > nd.rc1 {
			nd.rc2, nd.rc1 = nd.rc1, d
		} else if nd.rc2 < 0 || d > nd.rc2 {
			nd.rc2 = d
		}
		nd.nr++
		nd.rset = nd.rset*31 + uint64(l) + 1
	}
}

// Sentence is the input of one parse: token hashes and tag ids (from the
// tagger) for words 1..n; index 0 of both is ignored.
type Sentence struct {
	Lex  []lex.Lex
	Tags []int
}

type ctx struct {
	s    *state
	lx   []lex.Lex
	tags []int
}

func (c *ctx) w(i int32) uint64 {
	if i < 0 || int(i) > c.s.n {
		return 1
	}
	if i == 0 {
		return 2
	}
	return c.lx[i].Lower
}

func (c *ctx) p(i int32) uint64 {
	if i < 0 || int(i) > c.s.n {
		return 1
	}
	if i == 0 {
		return 2
	}
	return uint64(c.tags[i]) + 3
}

func (c *ctx) l(i int32) uint64 {
	if i < 0 {
		return 1
	}
	return uint64(c.s.labels[i]) + 3
}

func dist(a, b int32) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	if d > 5 {
		if d < 10 {
			return 6
		}
		return 7
	}
	return uint64(d)
}

// features appends the feature keys of the configuration.
func features(f []uint64, c *ctx) []uint64 {
	s := c.s
	k := len(s.stack)
	s0, s1, s2 := int32(-1), int32(-1), int32(-1)
	if k > 0 {
		s0 = s.stack[k-1]
	}
	if k > 1 {
		s1 = s.stack[k-2]
	}
	if k > 2 {
		s2 = s.stack[k-3]
	}
	b0, b1, b2 := int32(-1), int32(-1), int32(-1)
	if s.b <= s.n {
		b0 = int32(s.b)
	}
	if s.b+1 <= s.n {
		b1 = int32(s.b + 1)
	}
	if s.b+2 <= s.n {
		b2 = int32(s.b + 2)
	}
	var n0, nb node
	n0 = node{lc1: -1, lc2: -1, rc1: -1, rc2: -1}
	nb, n1 := n0, n0
	if s0 >= 0 {
		n0 = s.nodes[s0]
	}
	if b0 >= 0 {
		nb = s.nodes[b0]
	}
	if s1 >= 0 {
		n1 = s.nodes[s1]
	}
	M, M2, M3 := perceptron.Mix, perceptron.Mix2, perceptron.Mix3
	s0w, s0p := c.w(s0), c.p(s0)
	s1w, s1p := c.w(s1), c.p(s1)
	b0w, b0p := c.w(b0), c.p(b0)
	b1w, b1p := c.w(b1), c.p(b1)
	b2w, b2p := c.w(b2), c.p(b2)
	s2p := c.p(s2)
	s0lp, s0rp, b0lp := c.p(n0.lc1), c.p(n0.rc1), c.p(nb.lc1)
	s0ll, s0rl, b0ll := c.l(n0.lc1), c.l(n0.rc1), c.l(nb.lc1)
	var d uint64 = 0
	if s0 >= 0 && b0 >= 0 {
		d = dist(s0, b0)
	}
	var d01 uint64 = 0
	if s0 >= 0 && s1 >= 0 {
		d01 = dist(s1, s0)
	}
	f = append(f,
		M(0, 0),
		M2(1, s0w, s0p), M(2, s0w), M(3, s0p),
		M2(4, b0w, b0p), M(5, b0w), M(6, b0p),
		M2(7, b1w, b1p), M(8, b1w), M(9, b1p),
		M2(10, b2w, b2p), M(11, b2w), M(12, b2p),
		M2(13, s1w, s1p), M(14, s1w), M(15, s1p),
		M(16, s2p),
		// pairs
		M3(17, s0w, s0p, b0w*31+b0p), M3(18, s0w, s0p, b0w), M3(19, s0w, b0w, b0p),
		M3(20, s0w, s0p, b0p), M3(21, s0p, b0w, b0p), M2(22, s0w, b0w), M2(23, s0p, b0p),
		M2(24, b0p, b1p), M2(25, s1w, s0w), M2(26, s1p, s0p), M2(27, s1p, b0p),
		M3(28, s1w, s0w, b0w), M2(29, s1w, s0p), M2(30, s1p, s0w),
		// triples
		M3(31, b0p, b1p, b2p), M3(32, s0p, b0p, b1p), M3(33, s1p, s0p, b0p),
		M3(34, s0p, s0lp, b0p), M3(35, s0p, s0rp, b0p), M3(36, s0p, b0p, b0lp),
		M3(37, s1p, s0p, s0lp), M3(38, s1p, s0p, s0rp), M3(39, s2p, s1p, s0p),
		// distance
		M2(40, s0w, d), M2(41, s0p, d), M2(42, b0w, d), M2(43, b0p, d),
		M3(44, s0w, b0w, d), M3(45, s0p, b0p, d), M3(46, s1p, s0p, d01), M3(47, s1w, s0w, d01),
		// valency
		M2(48, s0w, uint64(n0.nr)), M2(49, s0p, uint64(n0.nr)), M2(50, s0w, uint64(n0.nl)),
		M2(51, s0p, uint64(n0.nl)), M2(52, b0w, uint64(nb.nl)), M2(53, b0p, uint64(nb.nl)),
		// children
		M(54, c.w(n0.lc1)), M(55, s0lp), M(56, s0ll),
		M(57, c.w(n0.rc1)), M(58, s0rp), M(59, s0rl),
		M(60, c.w(nb.lc1)), M(61, b0lp), M(62, b0ll),
		M(63, c.w(n0.lc2)), M(64, c.p(n0.lc2)), M(65, c.l(n0.lc2)),
		M(66, c.w(n0.rc2)), M(67, c.p(n0.rc2)), M(68, c.l(n0.rc2)),
		M(69, c.w(nb.lc2)), M(70, c.p(nb.lc2)), M(71, c.l(nb.lc2)),
		M3(72, s0p, s0lp, c.p(n0.lc2)), M3(73, s0p, s0rp, c.p(n0.rc2)), M3(74, b0p, b0lp, c.p(nb.lc2)),
		M3(75, s0p, s0ll, c.l(n0.lc2)), M3(76, s0p, s0rl, c.l(n0.rc2)), M3(77, b0p, b0ll, c.l(nb.lc2)),
		M2(78, s1p, c.p(n1.rc1)), M2(79, s1p, c.l(n1.rc1)), M2(80, s1p, c.l(n1.lc1)),
		// label sets
		M2(81, s0w, n0.rset), M2(82, s0p, n0.rset), M2(83, s0w, n0.lset), M2(84, s0p, n0.lset),
		M2(85, b0w, nb.lset), M2(86, b0p, nb.lset),
		// shapes/suffixes of unknown-ish words
		M2(87, s0p, c.suf(s0)), M2(88, b0p, c.suf(b0)),
		M3(89, s0p, b0p, uint64(len(s.stack))),
	)
	return f
}

func (c *ctx) suf(i int32) uint64 {
	if i <= 0 {
		return 1
	}
	return c.lx[i].Suf3
}

// labelFeatures appends the features that choose the label of the arc
// h → d; dir is the move (left or right).
func labelFeatures(f []uint64, c *ctx, h, d int32, dir int) []uint64 {
	s := c.s
	nd := s.nodes[d]
	nh := s.nodes[h]
	dv := uint64(dir)
	hw, hp, dw, dp := c.w(h), c.p(h), c.w(d), c.p(d)
	M2, M3 := perceptron.Mix2, perceptron.Mix3
	dd := dist(h, d)
	f = append(f,
		M2(100, dv, 0),
		M2(101, dv, dw), M2(102, dv, dp), M2(103, dv, hw), M2(104, dv, hp),
		M3(105, dv, hp, dp), M3(106, dv, hw, dp), M3(107, dv, hp, dw), M3(108, dv, hw, dw),
		M3(109, dv, dd, hp*31+dp),
		M3(110, dv, dp, c.l(nd.lc1)), M3(111, dv, dp, c.l(nd.rc1)), M3(112, dv, dp, nd.lset*7+nd.rset),
		M3(113, dv, hp, c.l(nh.lc1)), M3(114, dv, hp, c.l(nh.rc1)),
		M3(115, dv, dp, c.suf(d)), M3(116, dv, hp, c.suf(h)),
		M3(117, dv, dp, c.p(d+1)), M3(118, dv, dp, c.p(d-1)), M3(119, dv, hp, c.p(h+1)), M3(120, dv, hp, c.p(h-1)),
		M3(121, dv, dp, c.w(nd.lc1)), M3(122, dv, hp, uint64(nh.nl)*16+uint64(nh.nr)),
		M3(123, dv, hp*31+dp, c.l(nd.lc1)*131+c.l(nd.rc1)),
	)
	return f
}

// Scratch holds the per-goroutine buffers of a parse.
type Scratch struct {
	st      state
	feats   []uint64
	scores  []float32
	lscores []float32
	beam    *beam
}

// prepare sizes the score buffers for p.
func (sc *Scratch) prepare(p *Parser) {
	if len(sc.scores) != 3 {
		sc.scores = make([]float32, 3)
	}
	if len(sc.lscores) != len(p.Labels) {
		sc.lscores = make([]float32, len(p.Labels))
	}
}

// Parse parses a sentence of n words (sent.Lex[1:n+1]); heads[i] receives
// the head of word i (0 for the root) and labels[i] its label index, for
// i in 1..n.
func (p *Parser) Parse(sent Sentence, n int, heads, labels []int, sc *Scratch) {
	sc.prepare(p)
	if p.Search.Width > 1 {
		p.parseBeam(sent, n, heads, labels, sc)
		return
	}
	s := &sc.st
	s.reset(n)
	c := ctx{s: s, lx: sent.Lex, tags: sent.Tags}
	for !s.terminal() {
		best := onlyValid(s)
		if best < 0 {
			sc.feats = features(sc.feats[:0], &c)
			p.model.Score(sc.feats, sc.scores)
			best = bestValid(s, sc.scores)
		}
		l := 0
		if best != shift {
			h, d := s.arcOf(best)
			sc.feats = labelFeatures(sc.feats[:0], &c, h, d, best)
			p.lmodel.Score(sc.feats, sc.lscores)
			l = perceptron.Argmax(sc.lscores)
		}
		s.apply(best, l)
	}
	for i := 1; i <= n; i++ {
		heads[i] = int(s.heads[i])
		labels[i] = int(s.labels[i])
	}
}

// onlyValid returns the move when exactly one is valid — the first SHIFT,
// a SHIFT after the stack has emptied, the RIGHTs once the buffer is
// done, about one move in nine — and -1 otherwise: a forced move needs no
// scoring.
func onlyValid(s *state) int {
	only := -1
	for c := shift; c <= right; c++ {
		if s.valid(c) {
			if only >= 0 {
				return -1
			}
			only = c
		}
	}
	return only
}

func bestValid(s *state, scores []float32) int {
	best := -1
	for c, sc := range scores {
		if s.valid(c) && (best < 0 || sc > scores[best]) {
			best = c
		}
	}
	return best
}

// GoldSentence is a training sentence: words 1..n with gold heads (0 root)
// and label names; index 0 is ignored.
type GoldSentence struct {
	Sentence
	Heads  []int
	Labels []string
}

// Options control training.
type Options struct {
	Iterations int
	Seed       int64
	// Explore is the probability of following the model's own (possibly
	// wrong) move after the first iteration; Goldberg & Nivre use 0.9.
	Explore float64
	// Beam, when its Width is above 1, trains the move model globally
	// with that beam (see beam.go) instead of greedily with the dynamic
	// oracle, and makes it the parser's Search.
	Beam Search
	Log  func(format string, args ...any)
}

// moveCosts computes the dynamic-oracle cost of SHIFT, LEFT and RIGHT
// (unlabeled) in state s with gold heads gh.
func moveCosts(s *state, gh []int32) (cs, cl, cr int) {
	k := len(s.stack)
	inBuf := func(i int32) bool { return int(i) >= s.b && int(i) <= s.n }
	if s.b <= s.n {
		b := int32(s.b)
		// SHIFT: b loses heads in the stack other than s0, and dependents in
		// the stack.
		for j := 0; j < k; j++ {
			x := s.stack[j]
			if gh[b] == x && j != k-1 {
				cs++
			}
			if x != 0 && gh[x] == b {
				cs++
			}
		}
	}
	if k >= 2 {
		s0, s1 := s.stack[k-1], s.stack[k-2]
		deps := 0
		for i := s.b; i <= s.n; i++ {
			if gh[i] == s0 {
				deps++
			}
		}
		h := gh[s0]
		// LEFT: s0's head must be b; s1 and the rest of the buffer are lost.
		if s.b <= s.n {
			cl = deps
			if h != int32(s.b) && (h == s1 || (inBuf(h) && h != int32(s.b))) {
				cl++
			}
		}
		// RIGHT: s0's head must be s1; heads in the buffer are lost.
		cr = deps
		if h != s1 && inBuf(h) {
			cr++
		}
	}
	return
}

// Train learns a parser.
func Train(sents []GoldSentence, opt Options) *Parser {
	if opt.Iterations == 0 {
		opt.Iterations = 12
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	p := &Parser{}
	lid := map[string]int{}
	for _, s := range sents {
		for _, l := range s.Labels[1:] {
			if _, ok := lid[l]; !ok {
				lid[l] = len(p.Labels)
				p.Labels = append(p.Labels, l)
			}
		}
	}
	tr := perceptron.NewTrainer(3)
	ltr := perceptron.NewTrainer(len(p.Labels))
	rng := rand.New(rand.NewSource(opt.Seed))
	scores := make([]float32, 3)
	lscores := make([]float32, len(p.Labels))
	var costs [3]int
	var feats, lfeats []uint64
	var st state
	type gold struct{ h, l []int32 }
	golds := make([]gold, len(sents))
	for j, s := range sents {
		g := gold{make([]int32, len(s.Heads)), make([]int32, len(s.Heads))}
		for i := 1; i < len(s.Heads); i++ {
			g.h[i] = int32(s.Heads[i])
			g.l[i] = int32(lid[s.Labels[i]])
		}
		golds[j] = g
	}
	if opt.Beam.Width > 1 {
		bt := &beamTrainer{tr: tr, ltr: ltr, search: opt.Beam, lscores: lscores}
		for it := 0; it < opt.Iterations; it++ {
			bt.sentences, bt.updates, bt.labels, bt.labelsRight = 0, 0, 0, 0
			for _, j := range rng.Perm(len(sents)) {
				bt.sentence(&sents[j], golds[j].h, golds[j].l)
			}
			if opt.Log != nil {
				opt.Log("parser iteration %d (beam %d): %.2f%% sentences updated, %.2f%% labels right", it+1, opt.Beam.Width,
					100*float64(bt.updates)/float64(max(bt.sentences, 1)), 100*float64(bt.labelsRight)/float64(max(bt.labels, 1)))
			}
		}
		p.Search = opt.Beam
		p.model = tr.Average(0.001)
		p.lmodel = ltr.Average(0.001)
		return p
	}
	for it := 0; it < opt.Iterations; it++ {
		good, total, lgood, ltotal := 0, 0, 0, 0
		for _, j := range rng.Perm(len(sents)) {
			sent := &sents[j]
			g := golds[j]
			n := len(sent.Heads) - 1
			st.reset(n)
			c := ctx{s: &st, lx: sent.Lex, tags: sent.Tags}
			for !st.terminal() {
				tr.Tick()
				feats = features(feats[:0], &c)
				tr.Score(feats, scores)
				pred := bestValid(&st, scores)
				costs[0], costs[1], costs[2] = moveCosts(&st, g.h)
				minc := 1 << 30
				for cc := range costs {
					if st.valid(cc) {
						minc = min(minc, costs[cc])
					}
				}
				best := -1
				for cc := range costs {
					if st.valid(cc) && costs[cc] == minc && (best < 0 || scores[cc] > scores[best]) {
						best = cc
					}
				}
				total++
				if costs[pred] != minc {
					tr.Update(best, pred, feats)
				} else {
					good++
				}
				next := best
				if it > 0 && rng.Float64() < opt.Explore {
					next = pred
				}
				l := 0
				if next != shift {
					h, d := st.arcOf(next)
					ltr.Tick()
					lfeats = labelFeatures(lfeats[:0], &c, h, d, next)
					ltr.Score(lfeats, lscores)
					l = perceptron.Argmax(lscores)
					if g.h[d] == h {
						// Labels are learned on correct arcs only.
						ltotal++
						if l == int(g.l[d]) {
							lgood++
						} else {
							ltr.Update(int(g.l[d]), l, lfeats)
						}
						l = int(g.l[d])
					}
				}
				st.apply(next, l)
			}
		}
		if opt.Log != nil {
			opt.Log("parser iteration %d: %.2f%% optimal moves, %.2f%% labels right", it+1,
				100*float64(good)/float64(max(total, 1)), 100*float64(lgood)/float64(max(ltotal, 1)))
		}
	}
	p.model = tr.Average(0.001)
	p.lmodel = ltr.Average(0.001)
	return p
}

// Save writes the parser.
func (p *Parser) Save(w io.Writer) error {
	return perceptron.SaveBundle(w, meta{Labels: p.Labels, Search: p.Search}, p.model, p.lmodel)
}

// Load reads a parser written by Save.
func Load(r io.Reader) (*Parser, error) {
	var m meta
	ms, err := perceptron.LoadBundle(r, &m)
	if err != nil {
		return nil, err
	}
	if len(ms) != 2 {
		return nil, errors.New("parser: expected a move model and a label model")
	}
	return &Parser{Labels: m.Labels, Search: m.Search, model: ms[0], lmodel: ms[1]}, nil
}

// Stats describes the model size.
func (p *Parser) Stats() (features, weights int) {
	return p.model.Features() + p.lmodel.Features(), p.model.Weights() + p.lmodel.Weights()
}

// Prune drops weights below thr (see perceptron.Model.Prune).
func (p *Parser) Prune(thr float32) {
	p.model = p.model.Prune(thr)
	p.lmodel = p.lmodel.Prune(thr)
}
