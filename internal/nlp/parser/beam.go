package parser

import (
	"slices"

	"github.com/crosscheck-news/crosscheck/internal/nlp/perceptron"
)

// Beam search (Zhang & Clark 2008; Zhang & Nivre 2011): instead of
// committing to the best move at every step, the parser keeps the Width
// highest-scoring partial parses, a parse's score being the sum of the move
// scores along it. Every parse of n words takes exactly 2n moves in the
// arc-hybrid system, so all of them end together and their sums compare
// fairly. Forced moves (see onlyValid) are not scored, in training as in
// decoding, so they add nothing to a sum.
//
// A beam only pays with a model trained for it: the move model is then
// trained globally (Huang et al. 2012, max-violation): each training
// sentence is decoded with the beam beside the best-scoring correct parse,
// and the perceptron is updated once, on the prefixes where the beam's best
// outscores the correct one by the most. A parse is correct while its
// accumulated dynamic-oracle cost is zero (the costs of the arc-hybrid
// system add up to the loss of the best reachable tree), so any of the
// correct move orders may be the one learnt, the model's favourite one.

// Search is how the parser decodes.
type Search struct {
	// Width is the number of partial parses kept; 0 or 1 decodes greedily.
	Width int
	// Margin, when positive, also drops every candidate that scores more
	// than Margin below the step's best, so that the beam widens only where
	// the model hesitates (the idea of Choi & McCallum's selectional
	// branching); 0 keeps Width candidates whatever their scores.
	Margin float32
}

// item is a partial parse in the beam.
type item struct {
	st    state
	score float32
	loss  int32 // training: accumulated dynamic-oracle cost
	hist  int32 // training: history node of the last move, -1 at the start
	label int32 // label of the last move's arc
}

// cand is a move proposed from an item of the beam.
type cand struct {
	parent int32
	move   int32
	loss   int32
	score  float32
}

// beam holds the buffers of a beam search; they are reused from sentence
// to sentence.
type beam struct {
	cur, next []item
	cands     []cand
	uses      []int32
	feats     []uint64
	scores    [3]float32
}

func (b *beam) start(n, width int) {
	if cap(b.cur) < width {
		b.cur = make([]item, width)
		b.next = make([]item, width)
	}
	b.cur = b.cur[:1]
	b.cur[0].st.reset(n)
	b.cur[0].score, b.cur[0].loss, b.cur[0].hist = 0, 0, -1
}

// expand proposes every valid move of every item, scored by score; with
// gold heads gh it also sets each candidate's accumulated cost.
func (b *beam) expand(c *ctx, score func([]uint64, []float32), gh []int32) {
	b.cands = b.cands[:0]
	for i := range b.cur {
		it := &b.cur[i]
		var costs [3]int
		if gh != nil {
			costs[0], costs[1], costs[2] = moveCosts(&it.st, gh)
		}
		if m := onlyValid(&it.st); m >= 0 {
			b.cands = append(b.cands, cand{int32(i), int32(m), it.loss + int32(costs[m]), it.score})
			continue
		}
		c.s = &it.st
		b.feats = features(b.feats[:0], c)
		score(b.feats, b.scores[:])
		for m := shift; m <= right; m++ {
			if it.st.valid(m) {
				b.cands = append(b.cands, cand{int32(i), int32(m), it.loss + int32(costs[m]), it.score + b.scores[m]})
			}
		}
	}
}

// choose keeps the best candidates under s, best first (ties in the order
// proposed, so that decoding is deterministic).
func (b *beam) choose(s Search) []cand {
	slices.SortStableFunc(b.cands, func(x, y cand) int {
		switch {
		case x.score > y.score:
			return -1
		case x.score < y.score:
			return 1
		}
		return 0
	})
	k := min(len(b.cands), max(s.Width, 1))
	if s.Margin > 0 {
		floor := b.cands[0].score - s.Margin
		for k > 1 && b.cands[k-1].score < floor {
			k--
		}
	}
	return b.cands[:k]
}

// advance makes the chosen candidates the new beam; label gives the label
// of an arc move from a state. A parent's state is copied for all its
// children but the last, which takes the parent's buffers.
func (b *beam) advance(chosen []cand, label func(s *state, move int) int) {
	if cap(b.uses) < len(b.cur) {
		b.uses = make([]int32, cap(b.cur))
	}
	b.uses = b.uses[:len(b.cur)]
	clear(b.uses)
	for _, cd := range chosen {
		b.uses[cd.parent]++
	}
	b.next = b.next[:len(chosen)]
	for j, cd := range chosen {
		nx, p := &b.next[j], &b.cur[cd.parent]
		b.uses[cd.parent]--
		if b.uses[cd.parent] == 0 {
			nx.st, p.st = p.st, nx.st
		} else {
			nx.st.copyFrom(&p.st)
		}
		nx.score, nx.loss, nx.hist = cd.score, cd.loss, p.hist
		l := 0
		if cd.move != shift {
			l = label(&nx.st, int(cd.move))
		}
		nx.label = int32(l)
		nx.st.apply(int(cd.move), l)
	}
	b.cur, b.next = b.next, b.cur
}

// copyFrom makes s a copy of o, reusing s's buffers.
func (s *state) copyFrom(o *state) {
	s.n, s.b = o.n, o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.heads = append(s.heads[:0], o.heads...)
	s.labels = append(s.labels[:0], o.labels...)
	s.nodes = append(s.nodes[:0], o.nodes...)
}

// parseBeam is Parse with a beam.
func (p *Parser) parseBeam(sent Sentence, n int, heads, labels []int, sc *Scratch) {
	sc.prepare(p)
	if sc.beam == nil {
		sc.beam = &beam{}
	}
	b := sc.beam
	b.start(n, p.Search.Width)
	c := ctx{lx: sent.Lex, tags: sent.Tags}
	label := func(s *state, move int) int {
		c.s = s
		h, d := s.arcOf(move)
		sc.feats = labelFeatures(sc.feats[:0], &c, h, d, move)
		p.lmodel.Score(sc.feats, sc.lscores)
		return perceptron.Argmax(sc.lscores)
	}
	for !b.cur[0].st.terminal() {
		b.expand(&c, p.model.Score, nil)
		b.advance(b.choose(p.Search), label)
	}
	s := &b.cur[0].st
	for i := 1; i <= n; i++ {
		heads[i] = int(s.heads[i])
		labels[i] = int(s.labels[i])
	}
}

// histNode is one move of a partial parse seen in training, linked to the
// move before it.
type histNode struct {
	parent int32
	move   int32
	label  int32
}

// beamTrainer trains the move model globally (see the top of this file);
// labels are learnt as in greedy training, on correct arcs.
type beamTrainer struct {
	tr, ltr *perceptron.Trainer
	search  Search
	b       beam
	gold    item // the best-scoring correct parse
	hist    []histNode
	lscores []float32
	lfeats  []uint64
	chains  [2][]histNode
	replay  [2]state
	// for the log: sentences seen, updated, and labels learnt and right
	sentences, updates, labels, labelsRight int
}

// push records a move after node parent and returns the new node.
func (t *beamTrainer) push(parent int32, move, label int32) int32 {
	t.hist = append(t.hist, histNode{parent, move, label})
	return int32(len(t.hist) - 1)
}

// sentence trains on one sentence with gold heads gh and labels gl.
func (t *beamTrainer) sentence(sent *GoldSentence, gh, gl []int32) {
	n := len(gh) - 1
	t.tr.Tick()
	t.sentences++
	t.hist = t.hist[:0]
	b := &t.b
	b.start(n, t.search.Width)
	c := ctx{lx: sent.Lex, tags: sent.Tags}
	t.gold.st.reset(n)
	t.gold.score, t.gold.hist = 0, -1
	goldIn := 0 // the gold parse's index in the beam, -1 when not there
	label := func(s *state, move int) int {
		h, d := s.arcOf(move)
		if gh[d] == h {
			return int(gl[d])
		}
		return t.predictLabel(&c, s, h, d, move)
	}
	maxV := float32(-1)
	var vPred, vGold int32 = -1, -1
	for !b.cur[0].st.terminal() {
		b.expand(&c, t.tr.Score, gh)
		t.stepGold(&c, goldIn, gh, gl)
		chosen := b.choose(t.search)
		b.advance(chosen, label)
		goldIn = -1
		for j := range b.cur {
			it := &b.cur[j]
			it.hist = t.push(it.hist, chosen[j].move, it.label)
			if it.loss == 0 && (goldIn < 0 || it.score > b.cur[goldIn].score) {
				goldIn = j
			}
		}
		if goldIn >= 0 && b.cur[goldIn].score >= t.gold.score {
			t.gold.score, t.gold.hist = b.cur[goldIn].score, b.cur[goldIn].hist
		} else {
			goldIn = -1
		}
		if top := &b.cur[0]; top.loss > 0 {
			if v := top.score - t.gold.score; v >= 0 && v > maxV {
				maxV, vPred, vGold = v, top.hist, t.gold.hist
			}
		}
	}
	if vPred >= 0 {
		t.updates++
		t.update(&c, n, vGold, vPred)
	}
}

// stepGold moves the gold parse on by its best-scoring zero-cost move,
// learning the label of the arc it makes. When the gold parse is item
// goldIn of the beam, its moves were scored by expand.
func (t *beamTrainer) stepGold(c *ctx, goldIn int, gh, gl []int32) {
	b := &t.b
	src := &t.gold.st
	gm, gs := -1, float32(0)
	if goldIn >= 0 {
		src = &b.cur[goldIn].st
		for _, cd := range b.cands {
			if int(cd.parent) == goldIn && cd.loss == 0 && (gm < 0 || cd.score > gs) {
				gm, gs = int(cd.move), cd.score
			}
		}
	} else {
		cs, cl, cr := moveCosts(src, gh)
		costs := [3]int{cs, cl, cr}
		if m := onlyValid(src); m >= 0 {
			gm, gs = m, t.gold.score
		} else {
			c.s = src
			b.feats = features(b.feats[:0], c)
			t.tr.Score(b.feats, b.scores[:])
			for m := shift; m <= right; m++ {
				if src.valid(m) && costs[m] == 0 && (gm < 0 || b.scores[m] > b.scores[gm]) {
					gm = m
				}
			}
			gs = t.gold.score + b.scores[gm]
		}
	}
	l := 0
	if gm != shift {
		h, d := src.arcOf(gm)
		l = int(gl[d])
		t.labels++
		t.ltr.Tick()
		if p := t.predictLabel(c, src, h, d, gm); p == l {
			t.labelsRight++
		} else {
			t.ltr.Update(l, p, t.lfeats)
		}
	}
	if src != &t.gold.st {
		t.gold.st.copyFrom(src)
		t.gold.hist = b.cur[goldIn].hist
	}
	t.gold.st.apply(gm, l)
	t.gold.score = gs
	t.gold.hist = t.push(t.gold.hist, int32(gm), int32(l))
}

// predictLabel is the label model's current choice for the arc h → d made
// by move from s; its features stay in t.lfeats.
func (t *beamTrainer) predictLabel(c *ctx, s *state, h, d int32, move int) int {
	c.s = s
	t.lfeats = labelFeatures(t.lfeats[:0], c, h, d, move)
	t.ltr.Score(t.lfeats, t.lscores)
	return perceptron.Argmax(t.lscores)
}

// update replays the parses ending at history nodes gold and pred from the
// start and moves the weights of each scored move's features up for gold
// and down for pred; the moves the two share at the start would cancel, so
// they are only replayed, not scored.
func (t *beamTrainer) update(c *ctx, n int, gold, pred int32) {
	t.chains[0] = t.chain(t.chains[0][:0], gold)
	t.chains[1] = t.chain(t.chains[1][:0], pred)
	g, p := t.chains[0], t.chains[1]
	s := &t.replay[0]
	s.reset(n)
	k := 0
	for k < len(g) && k < len(p) && g[k] == p[k] {
		s.apply(int(g[k].move), int(g[k].label))
		k++
	}
	t.replay[1].copyFrom(s)
	t.addMoves(c, &t.replay[0], g[k:], 1)
	t.addMoves(c, &t.replay[1], p[k:], -1)
}

// chain appends the moves ending at node h, first move first.
func (t *beamTrainer) chain(ch []histNode, h int32) []histNode {
	for ; h >= 0; h = t.hist[h].parent {
		ch = append(ch, t.hist[h])
	}
	slices.Reverse(ch)
	return ch
}

// addMoves applies moves to s, adding d to the weights of each scored one.
func (t *beamTrainer) addMoves(c *ctx, s *state, moves []histNode, d float32) {
	c.s = s
	for _, h := range moves {
		m := int(h.move)
		if onlyValid(s) < 0 {
			t.b.feats = features(t.b.feats[:0], c)
			t.tr.Add(m, t.b.feats, d)
		}
		s.apply(m, int(h.label))
	}
}
