package train

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/internal/nlp/ner"
	"github.com/crosscheck-news/crosscheck/internal/nlp/tagger"
)

// PassScore is the held-out span F1 of recognizers trained with Passes
// passes: per fold and per seed, and micro-averaged over the folds and
// seeds (all of them, and their UNER dev part alone).
type PassScore struct {
	Passes int
	Fold   []float64
	Seed   []float64
	F1     float64
	UNERF1 float64
	// SeedUNER is the UNER dev part's F1 per seed.
	SeedUNER []float64
}

// counts are span-level true positives, false positives and misses.
type counts struct{ tp, fp, fn int }

func (c *counts) add(d counts) { c.tp, c.fp, c.fn = c.tp+d.tp, c.fp+d.fp, c.fn+d.fn }

func (c counts) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	return 200 * float64(c.tp) / float64(2*c.tp+c.fp+c.fn)
}

// SelectNERPasses chooses the NER's number of training passes without
// looking at an evaluation set: the NER's own training material (GUM and
// UNER dev, as NERData builds it) is split by document into folds, a
// recognizer is trained on the other folds for each candidate number of
// passes, and the held-out fold is labelled as the analyser labels an
// article (Label, then Harmonize) and scored by exact span and type. It
// returns the scores and the candidate with the best micro F1 (the fewest
// passes on a tie). tg tags the sentences, as in NER. With o.Seeds every
// fold is trained once per seed and the counts are pooled, so the score
// of a change to the recognizer is not one seed's luck.
func SelectNERPasses(dataDir string, tg *tagger.Tagger, folds int, passes []int, o Options) ([]PassScore, int, error) {
	if folds < 2 || len(passes) == 0 {
		return nil, 0, fmt.Errorf("select passes: need at least 2 folds and one candidate")
	}
	c, err := ReadCorpus(dataDir, o.Limit)
	if err != nil {
		return nil, 0, err
	}
	b, gaz, err := nerBaseData(dataDir, c, tg, nil, o)
	if err != nil {
		return nil, 0, err
	}
	cues := CueWords()
	seeds := o.Seeds
	if len(seeds) == 0 {
		seeds = []int64{o.Seed}
	}
	scores := make([]PassScore, len(passes))
	all := make([]counts, len(passes))
	uner := make([]counts, len(passes))
	// bySeed[i][k] and unerBySeed[i][k]: candidate i, seed k, all folds.
	bySeed := make([][]counts, len(passes))
	unerBySeed := make([][]counts, len(passes))
	for i, p := range passes {
		scores[i].Passes = p
		bySeed[i] = make([]counts, len(seeds))
		unerBySeed[i] = make([]counts, len(seeds))
	}
	var sb *silverBase
	if o.Silver {
		sb = silverData(c, tg, gaz)
	}
	var base, baseUNER counts
	for f := 0; f < folds; f++ {
		tr := b.training(tg, func(i int) bool { return b.doc[i]%folds != f }, nil, o)
		for i, p := range passes {
			var fold counts
			for k, seed := range seeds {
				r := ner.Train(tr, gaz, cues, nerOptions(o, p, seed))
				held := func(d int) bool { return d%folds == f }
				if sb != nil {
					// The silver names are typed by this fold's own
					// gold-only model: a model that had seen the
					// held-out documents would pass their names on.
					fa, fu := b.score(r, held)
					base.add(fa)
					baseUNER.add(fu)
					o.logf("fold %d/%d, %d passes, seed %d: gold-only held-out span F1 %.2f", f+1, folds, p, seed, fa.f1())
					silver, kept, dropped, names := sb.label(r, gaz, o)
					o.logf("silver: %d sentences kept (%d names), %d left out", kept, names, dropped)
					r = ner.Train(b.training(tg, func(i int) bool { return b.doc[i]%folds != f }, silver, o), gaz, cues, nerOptions(o, p, seed))
				}
				fa, fu := b.score(r, held)
				fold.add(fa)
				bySeed[i][k].add(fa)
				unerBySeed[i][k].add(fu)
				uner[i].add(fu)
				o.logf("fold %d/%d, %d passes, seed %d: held-out span F1 %.2f", f+1, folds, p, seed, fa.f1())
			}
			all[i].add(fold)
			scores[i].Fold = append(scores[i].Fold, fold.f1())
		}
	}
	if sb != nil {
		o.logf("gold-only (pooled over every candidate): all %.2f, UNER %.2f", base.f1(), baseUNER.f1())
	}
	best := 0
	for i := range scores {
		for k := range seeds {
			scores[i].Seed = append(scores[i].Seed, bySeed[i][k].f1())
			scores[i].SeedUNER = append(scores[i].SeedUNER, unerBySeed[i][k].f1())
		}
		scores[i].F1, scores[i].UNERF1 = all[i].f1(), uner[i].f1()
		if scores[i].F1 > scores[best].F1 || scores[i].F1 == scores[best].F1 && passes[i] < passes[best] {
			best = i
		}
	}
	return scores, passes[best], nil
}

// score labels the documents that held accepts with r and counts their
// spans against the gold ones, over all of them and over the UNER ones.
func (b *nerBase) score(r *ner.Recognizer, held func(doc int) bool) (all, uner counts) {
	var sc ner.Scratch
	for a := 0; a < len(b.sents); {
		e := a + 1
		for e < len(b.sents) && b.doc[e] == b.doc[a] {
			e++
		}
		if held(b.doc[a]) {
			var words, gold, pred []string
			var docb []uint8
			for i := a; i < e; i++ {
				s := &b.sents[i]
				out := make([]int, len(s.Lex))
				r.Label(&s.Input, out, &sc)
				for _, l := range out {
					pred = append(pred, r.Labels[l])
				}
				words = append(words, b.words[i]...)
				gold = append(gold, s.Labels...)
				docb = append(docb, s.Doc...)
			}
			r.Harmonize(words, docb, pred)
			d := compareSpans(gold, pred)
			all.add(d)
			if b.uner[a] {
				uner.add(d)
			}
		}
		a = e
	}
	return all, uner
}

// compareSpans counts the spans of pred that match a span of gold exactly
// (bounds and type), the others, and the gold spans missed.
func compareSpans(gold, pred []string) counts {
	g := map[span]bool{}
	for _, s := range bilouSpans(gold) {
		g[s] = true
	}
	var c counts
	for _, s := range bilouSpans(pred) {
		if g[s] {
			c.tp++
			delete(g, s)
		} else {
			c.fp++
		}
	}
	c.fn = len(g)
	return c
}

// bilouSpans reads the well-formed spans of BILOU labels (B-…L- of one
// type, or U-); broken sequences name nothing.
func bilouSpans(labels []string) []span {
	var out []span
	start := -1
	for i, l := range labels {
		if len(l) < 3 {
			start = -1
			continue
		}
		switch l[0] {
		case 'U':
			out = append(out, span{i, i + 1, l[2:]})
			start = -1
		case 'B':
			start = i
		case 'I':
			if start < 0 || labels[start][2:] != l[2:] {
				start = -1
			}
		case 'L':
			if start >= 0 && labels[start][2:] == l[2:] {
				out = append(out, span{start, i + 1, l[2:]})
			}
			start = -1
		}
	}
	return out
}
