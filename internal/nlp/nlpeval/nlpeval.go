// Package nlpeval measures crosscheck's language core against held-out gold
// data in ../shared/data: UD English EWT test (tagging, lemmas, dependencies
// with gold tokens; tokens, sentences, tags and dependencies from raw text),
// Universal NER EWT test and MEANTIME (airbus + apple) for named entities.
// None of these sets trains the shipped models.
package nlpeval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	mt "github.com/crosscheck-news/crosscheck/internal/meantime"
	"github.com/crosscheck-news/crosscheck/internal/nlp"
	"github.com/crosscheck-news/crosscheck/internal/nlp/conllu"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// PRF is a precision / recall / F1 triple (percentages) with the gold count.
type PRF struct {
	P, R, F float64
	Gold    int
}

func prf(tp, pred, gold int) PRF {
	var p, r, f float64
	if pred > 0 {
		p = 100 * float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = 100 * float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{p, r, f, gold}
}

// Report holds every number the evaluation measures.
type Report struct {
	// Gold tokens, EWT test.
	Words                       int
	UPOS, XPOS, UAS, LAS, Lemma float64
	WordsPerSecond              float64
	RawTokens, RawSentences     PRF // from raw text
	RawUPOS, RawLAS             PRF // aligned F1 from raw text
	UNER                        map[string]PRF
	MEANTIME                    map[string]PRF
	LoadTime                    time.Duration
}

// Map flattens the report into named numbers ("ewt.upos", "uner.f1.PER").
func (r *Report) Map() map[string]float64 {
	m := map[string]float64{
		"ewt.words": float64(r.Words), "ewt.upos": r.UPOS, "ewt.xpos": r.XPOS, "ewt.uas": r.UAS,
		"ewt.las": r.LAS, "ewt.lemma": r.Lemma, "ewt.words_per_second": r.WordsPerSecond,
		"ewt.raw.token_f1": r.RawTokens.F, "ewt.raw.sentence_f1": r.RawSentences.F,
		"ewt.raw.upos_f1": r.RawUPOS.F, "ewt.raw.las_f1": r.RawLAS.F,
		"models.load_ms": float64(r.LoadTime.Microseconds()) / 1000,
	}
	for k, v := range r.UNER {
		m["uner.f1."+k] = v.F
		m["uner.p."+k] = v.P
		m["uner.r."+k] = v.R
	}
	for k, v := range r.MEANTIME {
		m["meantime.f1."+k] = v.F
		m["meantime.p."+k] = v.P
		m["meantime.r."+k] = v.R
	}
	return m
}

// String prints the report as text.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "UD EWT test, gold tokens (%d words, %.0f words/s):\n", r.Words, r.WordsPerSecond)
	fmt.Fprintf(&b, "  UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  lemma %.2f\n", r.UPOS, r.XPOS, r.UAS, r.LAS, r.Lemma)
	fmt.Fprintf(&b, "UD EWT test, raw text (F1):\n")
	fmt.Fprintf(&b, "  tokens %.2f (P %.2f R %.2f)  sentences %.2f (P %.2f R %.2f)  UPOS %.2f  LAS %.2f\n",
		r.RawTokens.F, r.RawTokens.P, r.RawTokens.R, r.RawSentences.F, r.RawSentences.P, r.RawSentences.R, r.RawUPOS.F, r.RawLAS.F)
	for _, set := range []struct {
		name string
		m    map[string]PRF
	}{{"Universal NER EWT test", r.UNER}, {"MEANTIME airbus+apple (named mentions)", r.MEANTIME}} {
		fmt.Fprintf(&b, "%s, span F1:\n", set.name)
		keys := make([]string, 0, len(set.m))
		for k := range set.m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v := set.m[k]
			fmt.Fprintf(&b, "  %-8s P %6.2f  R %6.2f  F1 %6.2f  (gold %d)\n", k, v.P, v.R, v.F, v.Gold)
		}
	}
	fmt.Fprintf(&b, "models loaded in %v\n", r.LoadTime.Round(time.Millisecond))
	return b.String()
}

// Evaluate measures the embedded models on the data under dataDir.
func Evaluate(dataDir string) (Report, error) {
	m, err := nlp.Default()
	if err != nil {
		return Report{}, err
	}
	return EvaluateModels(m, dataDir)
}

// EvaluateModels measures m on the data under dataDir.
func EvaluateModels(m *nlp.Models, dataDir string) (Report, error) {
	r := Report{LoadTime: m.LoadTime}
	test, err := conllu.ReadFile(filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-test.conllu"))
	if err != nil {
		return r, err
	}
	goldTokens(m, test, &r)
	rawText(m, test, &r)
	if r.UNER, err = uner(m, filepath.Join(dataDir, "uner-ewt", "en_ewt-ud-test.iob2")); err != nil {
		return r, err
	}
	if r.MEANTIME, err = meantime(m, filepath.Join(dataDir, "meantime", "intra-doc_annotation")); err != nil {
		return r, err
	}
	return r, nil
}

// docFromWords builds a tokenised document with the given sentences of
// words, separated by spaces.
func docFromWords(sents [][]string) *doc.Document {
	var b strings.Builder
	for _, s := range sents {
		for _, w := range s {
			b.WriteString(w)
			b.WriteByte(' ')
		}
	}
	d := doc.New(doc.Article{Text: b.String()})
	bpos, rpos := 0, 0
	for si, s := range sents {
		st := doc.Sentence{First: len(d.Tokens), Start: rpos}
		for _, w := range s {
			n := len([]rune(w))
			d.Tokens = append(d.Tokens, doc.Token{Text: w, Lower: strings.ToLower(w), Start: rpos, End: rpos + n,
				ByteStart: bpos, ByteEnd: bpos + len(w), SpaceAfter: true, Sent: si, Head: -1})
			rpos += n + 1
			bpos += len(w) + 1
		}
		st.Limit = len(d.Tokens)
		st.End = rpos - 1
		d.Sentences = append(d.Sentences, st)
	}
	return d
}

func goldTokens(m *nlp.Models, test []conllu.Sentence, r *Report) {
	sents := make([][]string, len(test))
	for i, s := range test {
		for _, w := range s.Words {
			sents[i] = append(sents[i], w.Form)
		}
	}
	d := docFromWords(sents)
	start := time.Now()
	m.Annotate(d)
	r.WordsPerSecond = float64(len(d.Tokens)) / time.Since(start).Seconds()
	var nu, nx, nh, nl, nlem, n int
	k := 0
	for _, s := range test {
		first := k
		for _, w := range s.Words {
			t := d.Tokens[k]
			n++
			if t.POS == w.UPOS {
				nu++
			}
			if t.Tag == w.XPOS {
				nx++
			}
			if strings.EqualFold(t.Lemma, w.Lemma) && t.Lemma == w.Lemma {
				nlem++
			}
			gh := -1
			if w.Head > 0 {
				gh = first + w.Head - 1
			}
			if t.Head == gh {
				nh++
				if t.Dep == w.Deprel {
					nl++
				}
			}
			k++
		}
	}
	pct := func(a int) float64 { return 100 * float64(a) / float64(max(n, 1)) }
	r.Words, r.UPOS, r.XPOS, r.UAS, r.LAS, r.Lemma = n, pct(nu), pct(nx), pct(nh), pct(nl), pct(nlem)
}

type bspan struct{ a, b int }

// rawText rebuilds each test document's text from the sentences' text
// (sentences joined by a space, paragraphs by a blank line), runs the
// tokenizer and the models on it, and scores tokens (against UD's
// syntactic words: "don't" is "do" "n't") and sentences by exact character
// spans, and UPOS and labeled attachment over aligned words (a head is
// right when its span is the gold head's span).
func rawText(m *nlp.Models, test []conllu.Sentence, r *Report) {
	var docs [][]conllu.Sentence
	for _, s := range test {
		if s.NewDoc || len(docs) == 0 {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], s)
	}
	var tokTP, tokPred, tokGold, senTP, senPred, senGold, posTP, lasTP, words int
	for _, ds := range docs {
		var b strings.Builder
		type gw struct {
			upos, dep string
			head      bspan
		}
		gold := map[bspan]gw{}
		goldTok := map[bspan]bool{}
		goldSen := map[bspan]bool{}
		for si, s := range ds {
			if si > 0 {
				if s.NewPar {
					b.WriteString("\n\n")
				} else {
					b.WriteByte(' ')
				}
			}
			base := b.Len()
			b.WriteString(s.Text)
			// Locate the words in the sentence text ("don't" → "do" "n't").
			ws := s.WordSpans()
			spans := make([]bspan, len(ws))
			for i, x := range ws {
				spans[i] = bspan{-1, -1}
				if x[0] >= 0 {
					spans[i] = bspan{base + x[0], base + x[1]}
					goldTok[spans[i]] = true
				}
			}
			words += len(s.Words)
			first, last := -1, -1
			for i, w := range s.Words {
				if spans[i].a < 0 {
					continue
				}
				if first < 0 {
					first = spans[i].a
				}
				last = spans[i].b
				h := bspan{-1, -1}
				if w.Head > 0 {
					h = spans[w.Head-1]
				}
				gold[spans[i]] = gw{w.UPOS, w.Deprel, h}
			}
			if first >= 0 {
				goldSen[bspan{first, last}] = true
			}
		}
		d := doc.New(doc.Article{Text: b.String()})
		tokenize.Tokenize(d)
		m.Annotate(d)
		tokGold += len(goldTok)
		tokPred += len(d.Tokens)
		senGold += len(goldSen)
		senPred += len(d.Sentences)
		for _, t := range d.Tokens {
			sp := bspan{t.ByteStart, t.ByteEnd}
			if goldTok[sp] {
				tokTP++
			}
			g, ok := gold[sp]
			if !ok {
				continue
			}
			if t.POS == g.upos {
				posTP++
			}
			h := bspan{-1, -1}
			if t.Head >= 0 {
				ht := d.Tokens[t.Head]
				h = bspan{ht.ByteStart, ht.ByteEnd}
			}
			if h == g.head && t.Dep == g.dep {
				lasTP++
			}
		}
		for _, s := range d.Sentences {
			if s.Limit > s.First && goldSen[bspan{d.Tokens[s.First].ByteStart, d.Tokens[s.Limit-1].ByteEnd}] {
				senTP++
			}
		}
	}
	r.RawTokens = prf(tokTP, tokPred, tokGold)
	r.RawSentences = prf(senTP, senPred, senGold)
	r.RawUPOS = prf(posTP, tokPred, words)
	r.RawLAS = prf(lasTP, tokPred, words)
}

type espan struct {
	a, b int
	typ  string
}

// predictedSpans reads entity spans from BILOU tags, mapping types with
// mapType ("" drops the entity).
func predictedSpans(toks []doc.Token, mapType func(string) string) []espan {
	var out []espan
	start := -1
	for i, t := range toks {
		if len(t.Ent) < 3 {
			start = -1
			continue
		}
		p, typ := t.Ent[0], t.Ent[2:]
		switch p {
		case 'U':
			if mt := mapType(typ); mt != "" {
				out = append(out, espan{i, i + 1, mt})
			}
			start = -1
		case 'B':
			start = i
		case 'L':
			if start >= 0 {
				if mt := mapType(typ); mt != "" {
					out = append(out, espan{start, i + 1, mt})
				}
			}
			start = -1
		}
	}
	return out
}

func score(gold, pred [][]espan) map[string]PRF {
	type cnt struct{ tp, p, g int }
	c := map[string]*cnt{"ALL": {}}
	get := func(t string) *cnt {
		if c[t] == nil {
			c[t] = &cnt{}
		}
		return c[t]
	}
	for i := range gold {
		gs := map[espan]bool{}
		for _, g := range gold[i] {
			gs[g] = true
			get(g.typ).g++
			c["ALL"].g++
		}
		for _, p := range pred[i] {
			get(p.typ).p++
			c["ALL"].p++
			if gs[p] {
				get(p.typ).tp++
				c["ALL"].tp++
			}
		}
	}
	out := map[string]PRF{}
	for k, v := range c {
		out[k] = prf(v.tp, v.p, v.g)
	}
	return out
}

func toUNER(t string) string {
	switch t {
	case "PERSON":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC":
		return "LOC"
	}
	return ""
}

// uner scores the NER on a Universal NER file, one document (`# newdoc`)
// at a time so that document-level decisions see what a real article
// gives them and no more.
func uner(m *nlp.Models, path string) (map[string]PRF, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	type udoc struct{ sents, tags [][]string }
	var docs []udoc
	var cw, ct []string
	endSent := func() {
		if len(cw) > 0 {
			if len(docs) == 0 {
				docs = append(docs, udoc{})
			}
			d := &docs[len(docs)-1]
			d.sents, d.tags = append(d.sents, cw), append(d.tags, ct)
		}
		cw, ct = nil, nil
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			endSent()
			continue
		}
		if line[0] == '#' {
			if strings.HasPrefix(line, "# newdoc") {
				endSent()
				docs = append(docs, udoc{})
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		cw, ct = append(cw, f[1]), append(ct, f[2])
	}
	endSent()
	var gold, pred [][]espan
	for _, ud := range docs {
		d := docFromWords(ud.sents)
		m.Annotate(d)
		for i, s := range d.Sentences {
			ts := ud.tags[i]
			var g []espan
			for j := 0; j < len(ts); j++ {
				if len(ts[j]) > 2 && ts[j][0] == 'B' {
					typ := ts[j][2:]
					k := j + 1
					for k < len(ts) && ts[k] == "I-"+typ {
						k++
					}
					g = append(g, espan{j, k, typ})
					j = k - 1
				}
			}
			gold = append(gold, g)
			pred = append(pred, predictedSpans(d.Tokens[s.First:s.Limit], toUNER))
		}
	}
	return score(gold, pred), nil
}

func toMEANTIME(t string) string {
	switch t {
	case "PERSON":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC":
		return "LOC"
	}
	return ""
}

// meantime scores named mentions of persons, organisations and locations in
// the airbus and apple corpora against the gold the analyser's entity score
// reads too (meantime.Document.Names: names and premodifying names, without
// the appositions wrapped round them), over the annotated sentences of each
// document; a predicted name there that the gold lacks counts against
// precision, as in the entities task.
func meantime(m *nlp.Models, dir string) (map[string]PRF, error) {
	var gold, pred [][]espan
	for _, corpus := range []string{"corpus_airbus", "corpus_apple"} {
		files, err := filepath.Glob(filepath.Join(dir, corpus, "*.xml"))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("nlpeval: no MEANTIME files in %s", filepath.Join(dir, corpus))
		}
		for _, f := range files {
			md, err := mt.Read(f)
			if err != nil {
				return nil, err
			}
			// Tokens → sentences, and each token's place in its sentence.
			var sents [][]string
			var at [][2]int
			var number []int // MEANTIME's number of each sentence
			for i, t := range md.Tokens {
				if i == 0 || t.Sentence != md.Tokens[i-1].Sentence {
					sents = append(sents, nil)
					number = append(number, t.Sentence)
				}
				at = append(at, [2]int{len(sents) - 1, len(sents[len(sents)-1])})
				sents[len(sents)-1] = append(sents[len(sents)-1], t.Text)
			}
			g := make([][]espan, len(sents))
			for _, n := range md.Names() {
				a, z := at[n.First], at[n.Limit-1]
				if a[0] == z[0] {
					g[a[0]] = append(g[a[0]], espan{a[1], z[1] + 1, n.Type})
				}
			}
			d := docFromWords(sents)
			m.Annotate(d)
			for i, s := range d.Sentences {
				if number[i] >= mt.AnnotatedSentences {
					continue
				}
				gold = append(gold, g[i])
				pred = append(pred, predictedSpans(d.Tokens[s.First:s.Limit], toMEANTIME))
			}
		}
	}
	return score(gold, pred), nil
}
