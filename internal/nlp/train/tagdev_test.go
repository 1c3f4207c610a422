package train

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"github.com/crosscheck-news/crosscheck/internal/nlp/conllu"
	"github.com/crosscheck-news/crosscheck/internal/nlp/tagger"
)

// TestTaggerDev trains the tagger as `crosscheck train` does and prints its
// EWT dev accuracy with and without the second pass, for each seed in
// CROSSCHECK_TAGGER_DEV ("1,2"). It is a measurement, not a check, and
// takes minutes, so it runs only when asked. CROSSCHECK_TAGGER_OUT names a
// file to write the last tagger trained to.
func TestTaggerDev(t *testing.T) {
	seeds := os.Getenv("CROSSCHECK_TAGGER_DEV")
	if seeds == "" {
		t.Skip("set CROSSCHECK_TAGGER_DEV=1,2 to measure the tagger on EWT dev")
	}
	c, err := ReadCorpus(corpora.Dir(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	train := tagSents(append(append([]conllu.Sentence{}, c.EWTTrain...), c.GUMTrain...))
	for _, s := range strings.Split(seeds, ",") {
		seed, _ := strconv.ParseInt(s, 10, 64)
		t0 := time.Now()
		tg := tagger.Train(train, tagger.Options{Iterations: 8, Seed: seed, Stack: taggerStack})
		var b bytes.Buffer
		if err := tg.Save(&b); err != nil {
			t.Fatal(err)
		}
		if out := os.Getenv("CROSSCHECK_TAGGER_OUT"); out != "" {
			// For benchmarking: the class order does not depend on
			// the seed or the second pass, so the file can stand in
			// for the shipped tagger beside the shipped parser.
			if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if tg, err = tagger.Load(&b); err != nil {
			t.Fatal(err)
		}
		u1, x1 := devAccuracy(tg.FirstPass(), c.EWTDev)
		u2, x2 := devAccuracy(tg, c.EWTDev)
		tagger.SumFirst = true
		u3, x3 := devAccuracy(tg, c.EWTDev)
		tagger.SumFirst = false
		t.Logf("seed %d (%v): first pass UPOS %.2f XPOS %.2f; two passes UPOS %.2f XPOS %.2f; summed %.2f %.2f", seed, time.Since(t0).Round(time.Second), u1, x1, u2, x2, u3, x3)
	}
}

func devAccuracy(tg *tagger.Tagger, dev []conllu.Sentence) (upos, xpos float64) {
	n, u, x := 0, 0, 0
	for _, s := range dev {
		_, _, pt := predictTags(tg, forms(&s, 0, len(s.Words)))
		for i, w := range s.Words {
			pu, px := tg.Split(pt[i])
			n++
			if pu == w.UPOS {
				u++
			}
			if px == w.XPOS {
				x++
			}
		}
	}
	return 100 * float64(u) / float64(n), 100 * float64(x) / float64(n)
}
