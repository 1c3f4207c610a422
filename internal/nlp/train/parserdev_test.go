package train

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"github.com/crosscheck-news/crosscheck/internal/cputime"
	"github.com/crosscheck-news/crosscheck/internal/nlp"
	"github.com/crosscheck-news/crosscheck/internal/nlp/conllu"
	"github.com/crosscheck-news/crosscheck/internal/nlp/parser"
)

// parserDevData is what TestParserDev trains and scores on: the parser's
// training sentences with jackknifed tags, as `crosscheck train` builds
// them, and EWT dev tagged by the embedded tagger.
type parserDevData struct {
	Train, Dev []parser.GoldSentence
}

// TestParserDev trains parsers as `crosscheck train` does (EWT train + GUM,
// jackknifed tags, 10 passes, pruned and quantised as shipped) and prints
// UAS, LAS and parsing speed on EWT dev (gold tokens, tags of the embedded
// tagger) for each way of decoding. It is a measurement, not a check, and
// takes minutes, so it runs only when asked:
//
//	CROSSCHECK_PARSER_DEV=g,b4i6   parsers to train: g greedy, bK beam K
//	                               (bKmM: with margin M; iN: N passes, not
//	                               10), each with
//	CROSSCHECK_PARSER_SEEDS=1,2    these seeds (default 1), each decoded
//	CROSSCHECK_PARSER_DECODE=1,2m3 these ways too (width, m margin)
//	CROSSCHECK_PARSER_LIMIT=N      train on the first N sentences only
//	CROSSCHECK_PARSER_ROUNDS=3     decode that many times, keep the best speed
//
// The tagged data are cached in the temporary directory; each parser is
// saved there too and reloaded instead of retrained when present.
func TestParserDev(t *testing.T) {
	kinds := os.Getenv("CROSSCHECK_PARSER_DEV")
	if kinds == "" {
		t.Skip("set CROSSCHECK_PARSER_DEV=g,b4 to measure the parser on EWT dev")
	}
	data := parserDev(t)
	tr := data.Train
	if lim, _ := strconv.Atoi(os.Getenv("CROSSCHECK_PARSER_LIMIT")); lim > 0 && lim < len(tr) {
		tr = tr[:lim]
	}
	seeds := envList("CROSSCHECK_PARSER_SEEDS", "1")
	type run struct {
		name   string
		p      parser.Parser
		search parser.Search
		tps    float64 // best speed over the rounds
	}
	var runs []*run
	for _, kind := range strings.Split(kinds, ",") {
		kind, it, _ := strings.Cut(kind, "i")
		for _, seed := range seeds {
			sd, _ := strconv.ParseInt(seed, 10, 64)
			name := fmt.Sprintf("%s-s%d-n%d", kind, sd, len(tr))
			iters := 10
			if n, _ := strconv.Atoi(it); n > 0 {
				iters = n
				name += fmt.Sprintf("-i%d", n)
			}
			p := devParser(t, name, tr, parser.Options{Iterations: iters, Seed: sd, Beam: parseSearch(kind[1:])})
			runs = append(runs, &run{name: name, p: *p, search: p.Search})
			for _, dec := range envList("CROSSCHECK_PARSER_DECODE", "") {
				runs = append(runs, &run{name: name, p: *p, search: parseSearch(dec)})
			}
		}
	}
	// Speeds wander with the machine's load: every way of decoding runs
	// once a round, and the best round counts.
	rounds, _ := strconv.Atoi(os.Getenv("CROSSCHECK_PARSER_ROUNDS"))
	var uas, las []float64
	for r := 0; r < max(rounds, 1); r++ {
		for _, x := range runs {
			x.p.Search = x.search
			u, l, tps := scoreDev(&x.p, data.Dev)
			if r == 0 {
				uas, las = append(uas, u), append(las, l)
			}
			x.tps = max(x.tps, tps)
		}
	}
	for i, x := range runs {
		t.Logf("%-16s decode %-6s UAS %.2f LAS %.2f  %6.0f tokens per CPU-second", x.name, fmt.Sprintf("%d/%g", x.search.Width, x.search.Margin), uas[i], las[i], x.tps)
	}
}

func envList(name, def string) []string {
	v := os.Getenv(name)
	if v == "" {
		v = def
	}
	var out []string
	for _, f := range strings.Split(v, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// parseSearch reads "4" or "4m2.5" (width 4, margin 2.5); "" is greedy.
func parseSearch(s string) parser.Search {
	w, m, _ := strings.Cut(s, "m")
	width, _ := strconv.Atoi(w)
	margin, _ := strconv.ParseFloat(m, 32)
	return parser.Search{Width: width, Margin: float32(margin)}
}

// devParser trains (or reloads) the parser called name.
func devParser(t *testing.T, name string, tr []parser.GoldSentence, o parser.Options) *parser.Parser {
	path := filepath.Join(os.TempDir(), "crosscheck-parserdev-"+name+".bin.gz")
	if b, err := os.ReadFile(path); err == nil {
		if p, err := parser.Load(bytes.NewReader(b)); err == nil {
			return p
		}
	}
	t0 := time.Now()
	o.Log = t.Logf
	p := parser.Train(tr, o)
	p.Prune(parserPrune)
	var b bytes.Buffer
	if err := p.Save(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s trained in %v, %d bytes", name, time.Since(t0).Round(time.Second), b.Len())
	p, err := parser.Load(&b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// scoreDev returns UAS and LAS (punctuation included, as nlpeval counts)
// and the parser's speed in tokens per CPU-second.
func scoreDev(p *parser.Parser, dev []parser.GoldSentence) (uas, las, tps float64) {
	var sc parser.Scratch
	n, h, l := 0, 0, 0
	var heads, labels []int
	cpu0 := cputime.Process()
	for _, s := range dev {
		k := len(s.Heads) - 1
		heads, labels = make([]int, k+1), make([]int, k+1)
		p.Parse(s.Sentence, k, heads, labels, &sc)
		for i := 1; i <= k; i++ {
			n++
			if heads[i] == s.Heads[i] {
				h++
				if p.Labels[labels[i]] == s.Labels[i] {
					l++
				}
			}
		}
	}
	cpu := cputime.Process() - cpu0
	return 100 * float64(h) / float64(n), 100 * float64(l) / float64(n), float64(n) / cpu.Seconds()
}

// parserDev reads the cached data or builds them: jackknifed training tags
// (4 folds, seed 1, as `crosscheck train` makes them) mapped onto the
// embedded tagger's classes.
func parserDev(t *testing.T) *parserDevData {
	path := filepath.Join(os.TempDir(), "crosscheck-parserdev-data.gob")
	var d parserDevData
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		if err := gob.NewDecoder(f).Decode(&d); err == nil {
			return &d
		}
	}
	c, err := ReadCorpus(corpora.Dir(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	train := append(append([]conllu.Sentence{}, c.EWTTrain...), c.GUMTrain...)
	tags := jackknifeTags(train, m.Tagger, Options{Jackknife: 4, Seed: 1, Log: t.Logf})
	d.Train, _ = parserSentences(train, tags, m.Tagger)
	for _, s := range c.EWTDev {
		_, _, pt := predictTags(m.Tagger, forms(&s, 0, len(s.Words)))
		d.Dev = append(d.Dev, goldSentence(&s, pt, nil))
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&d); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return &d
}
