package parser

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/nlp/lex"
)

// Tag ids of the tiny treebank below.
const (
	tPROPN = iota
	tVERB
	tDET
	tNOUN
	tADP
	tPUNCT
	tPRON
	tADJ
	tAUX
)

// tinyTreebank is a handful of invented sentences with their trees: word,
// tag, head (1-based, 0 the root) and label.
func tinyTreebank() []GoldSentence {
	type w struct {
		form string
		tag  int
		head int
		dep  string
	}
	trees := [][]w{
		{{"Velik", tPROPN, 2, "nsubj"}, {"said", tVERB, 0, "root"}, {"the", tDET, 4, "det"}, {"ferry", tNOUN, 5, "nsubj"},
			{"left", tVERB, 2, "ccomp"}, {".", tPUNCT, 2, "punct"}},
		{{"The", tDET, 2, "det"}, {"council", tNOUN, 5, "nsubj"}, {"of", tADP, 4, "case"}, {"Orvane", tPROPN, 2, "nmod"},
			{"approved", tVERB, 0, "root"}, {"a", tDET, 8, "det"}, {"new", tADJ, 8, "amod"}, {"bridge", tNOUN, 5, "obj"},
			{".", tPUNCT, 5, "punct"}},
		{{"She", tPRON, 2, "nsubj"}, {"visited", tVERB, 0, "root"}, {"Tobrin", tPROPN, 2, "obj"}, {"in", tADP, 5, "case"},
			{"May", tPROPN, 2, "obl"}, {".", tPUNCT, 2, "punct"}},
		{{"Officials", tNOUN, 4, "nsubj"}, {"in", tADP, 3, "case"}, {"Dresk", tPROPN, 1, "nmod"}, {"denied", tVERB, 0, "root"},
			{"the", tDET, 6, "det"}, {"report", tNOUN, 4, "obj"}, {".", tPUNCT, 4, "punct"}},
		{{"The", tDET, 2, "det"}, {"mayor", tNOUN, 4, "nsubj"}, {"was", tAUX, 4, "cop"}, {"angry", tADJ, 0, "root"},
			{".", tPUNCT, 4, "punct"}},
		{{"Pell", tPROPN, 2, "nsubj"}, {"thinks", tVERB, 0, "root"}, {"the", tDET, 4, "det"}, {"plan", tNOUN, 6, "nsubj"},
			{"will", tAUX, 6, "aux"}, {"fail", tVERB, 2, "ccomp"}, {".", tPUNCT, 2, "punct"}},
	}
	var out []GoldSentence
	for _, ws := range trees {
		n := len(ws)
		g := GoldSentence{Sentence: Sentence{Lex: make([]lex.Lex, n+1), Tags: make([]int, n+1)}, Heads: make([]int, n+1), Labels: make([]string, n+1)}
		for i, x := range ws {
			lex.Compute(x.form, strings.ToLower(x.form), &g.Lex[i+1])
			g.Tags[i+1], g.Heads[i+1], g.Labels[i+1] = x.tag, x.head, x.dep
		}
		out = append(out, g)
	}
	return out
}

// parseAll parses every sentence and counts the words whose head and
// label are right.
func parseAll(p *Parser, sents []GoldSentence, parse func(Sentence, int, []int, []int, *Scratch)) (heads, labels, words int) {
	var sc Scratch
	for _, s := range sents {
		n := len(s.Heads) - 1
		h, l := make([]int, n+1), make([]int, n+1)
		parse(s.Sentence, n, h, l, &sc)
		for i := 1; i <= n; i++ {
			words++
			if h[i] == s.Heads[i] {
				heads++
				if p.Labels[l[i]] == s.Labels[i] {
					labels++
				}
			}
		}
	}
	return
}

// Trained globally with a beam, the parser must learn its (separable)
// training sentences, and a reloaded model must decode the same way.
func TestBeamTrainingLearns(t *testing.T) {
	tb := tinyTreebank()
	for _, s := range []Search{{Width: 2}, {Width: 4}, {Width: 4, Margin: 5}} {
		p := Train(tb, Options{Iterations: 10, Seed: 1, Beam: s})
		if p.Search != s {
			t.Fatalf("search %+v, want %+v", p.Search, s)
		}
		h, l, n := parseAll(p, tb, p.Parse)
		if h != n || l != n {
			t.Errorf("beam %+v: %d heads and %d labels right of %d training words", s, h, l, n)
		}
		var b bytes.Buffer
		if err := p.Save(&b); err != nil {
			t.Fatal(err)
		}
		q, err := Load(&b)
		if err != nil {
			t.Fatal(err)
		}
		if q.Search != s {
			t.Errorf("reloaded search %+v, want %+v", q.Search, s)
		}
	}
}

// A beam of one is greedy decoding: the beam machinery (state copies,
// labels, the choice of candidates) must give exactly the greedy parse.
func TestBeamOfOneIsGreedy(t *testing.T) {
	tb := tinyTreebank()
	p := Train(tb[:3], Options{Iterations: 2, Seed: 1})
	p.Search = Search{Width: 1}
	var g, b Scratch
	for _, s := range tb {
		n := len(s.Heads) - 1
		gh, gl := make([]int, n+1), make([]int, n+1)
		bh, bl := make([]int, n+1), make([]int, n+1)
		p.Parse(s.Sentence, n, gh, gl, &g)
		p.parseBeam(s.Sentence, n, bh, bl, &b)
		for i := 1; i <= n; i++ {
			if gh[i] != bh[i] || gl[i] != bl[i] {
				t.Errorf("word %d: greedy %d/%d, beam of one %d/%d", i, gh[i], gl[i], bh[i], bl[i])
			}
		}
	}
}

// With a margin, only candidates close to the best survive, however wide
// the beam.
func TestChooseMargin(t *testing.T) {
	b := beam{cands: []cand{{move: shift, score: 1}, {move: left, score: 9}, {move: right, score: 7.5}, {move: shift, score: 8.9}}}
	got := b.choose(Search{Width: 8, Margin: 1})
	if len(got) != 2 || got[0].score != 9 || got[1].score != 8.9 {
		t.Errorf("margin 1: %+v, want the candidates scoring 9 and 8.9", got)
	}
	b.cands = append(b.cands[:0], cand{score: 1}, cand{score: 9}, cand{score: 7.5})
	if got := b.choose(Search{Width: 2}); len(got) != 2 || got[1].score != 7.5 {
		t.Errorf("width 2: %+v, want the best two", got)
	}
}

// A greedy parser's file must not mention the search, so that the files
// of parsers trained before beam search existed stay byte for byte what
// `crosscheck train` writes.
func TestGreedyFileHasNoSearch(t *testing.T) {
	p := Train(tinyTreebank()[:2], Options{Iterations: 1, Seed: 1})
	var b bytes.Buffer
	if err := p.Save(&b); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(`"Search"`)) {
		t.Error("a greedy parser's metadata names a search")
	}
}
