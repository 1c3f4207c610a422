package entity

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// unerType maps our types onto Universal NER's PER, ORG and LOC.
func unerType(t string) string {
	switch t {
	case doc.Person:
		return "PER"
	case doc.Org:
		return "ORG"
	case doc.GPE, doc.Loc:
		return "LOC"
	}
	return ""
}

// TestUNER measures PER/ORG/LOC span+type scores on the Universal NER
// English Web Treebank test set (web text: answers, e-mail, reviews, blogs),
// a harder register than news for a rule-based recogniser.
func TestUNER(t *testing.T) {
	path := filepath.Join(sharedData(t), "uner-ewt", "en_ewt-ud-test.iob2")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("UNER test set not readable: %v", err)
	}
	defer f.Close()
	var score prf
	var b strings.Builder
	var gold []span
	pos, open, openTyp, docs := 0, -1, "", 0
	flush := func() {
		if b.Len() == 0 {
			return
		}
		docs++
		d := doc.New(doc.Article{Text: b.String()})
		tokenize.Tokenize(d)
		Extract(d)
		pred := map[span]bool{}
		for _, e := range d.Entities {
			if typ := unerType(e.Type); typ != "" {
				for _, m := range e.Mentions {
					if !m.Pronoun && !strings.Contains(m.Text, "'s ") {
						pred[span{m.Start, m.End, typ}] = true
					}
				}
			}
		}
		g := map[span]bool{}
		for _, s := range gold {
			g[s] = true
		}
		for p := range pred {
			if g[p] {
				score.tp++
			} else {
				score.fp++
				if os.Getenv("CROSSCHECK_EVAL_VERBOSE") != "" {
					t.Logf("FP %s %q", p.typ, d.Slice(p.start, p.end))
				}
			}
		}
		for s := range g {
			if !pred[s] {
				score.fn++
			}
		}
		b.Reset()
		gold = gold[:0]
		pos = 0
	}
	closeSpan := func() {
		if open >= 0 {
			gold = append(gold, span{open, pos, openTyp})
			open = -1
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# newdoc") {
			closeSpan()
			flush()
			continue
		}
		if line == "" {
			closeSpan()
			// One paragraph per sentence, so sentence starts are known.
			if b.Len() > 0 {
				b.WriteString("\n")
				pos++
			}
			continue
		}
		if line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			continue
		}
		tag := cols[2]
		if strings.HasPrefix(tag, "I-") && open >= 0 {
			// continue the open span
		} else {
			closeSpan()
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte(' ')
			pos++
		}
		if strings.HasPrefix(tag, "B-") || (strings.HasPrefix(tag, "I-") && open < 0) {
			open, openTyp = pos, tag[2:]
		}
		b.WriteString(cols[1])
		pos += len([]rune(cols[1]))
	}
	closeSpan()
	flush()
	p, r, f1 := score.scores()
	t.Logf("UNER EWT test PER/ORG/LOC (span+type, %d docs, web text): P %.1f R %.1f F1 %.1f (tp %d fp %d fn %d)",
		docs, p, r, f1, score.tp, score.fp, score.fn)
	if f1 < 30 {
		t.Errorf("UNER F1 %.1f fell under 30", f1)
	}
}
