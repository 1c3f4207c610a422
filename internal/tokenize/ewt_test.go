package tokenize

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/nlp/conllu"
)

func ewtTest(t *testing.T) []conllu.Sentence {
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			t.Skip("no go.mod found")
		}
		dir = filepath.Dir(dir)
	}
	p := filepath.Join(dir, "..", "shared", "data", "ud-ewt", "en_ewt-ud-test.conllu")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("UD EWT not found at %s (../shared/data relative to the repository root)", p)
	}
	ss, err := conllu.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// TestEWT measures token and sentence F1 against UD English EWT test, with
// each document's text rebuilt from its sentences (paragraphs separated by
// blank lines), and guards against regressions.
func TestEWT(t *testing.T) {
	ss := ewtTest(t)
	type span struct{ a, b int }
	var tp, pred, gold, stp, spred, sgold int
	miss := map[string]int{}
	flush := func(text string, toks map[span]bool, sents map[span]bool) {
		d := doc.New(doc.Article{Text: text})
		Tokenize(d)
		pred += len(d.Tokens)
		gold += len(toks)
		for _, tk := range d.Tokens {
			if toks[span{tk.ByteStart, tk.ByteEnd}] {
				tp++
			} else {
				miss[tk.Text]++
			}
		}
		spred += len(d.Sentences)
		sgold += len(sents)
		for _, s := range d.Sentences {
			if sents[span{d.Tokens[s.First].ByteStart, d.Tokens[s.Limit-1].ByteEnd}] {
				stp++
			}
		}
	}
	var b strings.Builder
	toks, sents := map[span]bool{}, map[span]bool{}
	for _, s := range ss {
		if s.NewDoc && b.Len() > 0 {
			flush(b.String(), toks, sents)
			b.Reset()
			toks, sents = map[span]bool{}, map[span]bool{}
		}
		if b.Len() > 0 {
			if s.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		base := b.Len()
		b.WriteString(s.Text)
		first, last := -1, -1
		for _, ws := range s.WordSpans() {
			if ws[0] < 0 {
				continue
			}
			sp := span{base + ws[0], base + ws[1]}
			toks[sp] = true
			if first < 0 {
				first = sp.a
			}
			last = sp.b
		}
		sents[span{first, last}] = true
	}
	flush(b.String(), toks, sents)
	f1 := func(tp, p, g int) float64 { return 200 * float64(tp) / float64(p+g) }
	tf, sf := f1(tp, pred, gold), f1(stp, spred, sgold)
	t.Logf("EWT test: token F1 %.2f (%d gold, %d predicted), sentence F1 %.2f (%d gold, %d predicted)", tf, gold, pred, sf, sgold, spred)
	type kv struct {
		k string
		v int
	}
	var top []kv
	for k, v := range miss {
		top = append(top, kv{k, v})
	}
	sort.Slice(top, func(i, j int) bool { return top[i].v > top[j].v || top[i].v == top[j].v && top[i].k < top[j].k })
	if testing.Verbose() {
		for _, x := range top[:min(len(top), 40)] {
			t.Logf("  wrong token %q ×%d", x.k, x.v)
		}
	}
	if tf < 97 || sf < 83 {
		t.Errorf("below the floor: token F1 %.2f (≥ 97), sentence F1 %.2f (≥ 83)", tf, sf)
	}
}
