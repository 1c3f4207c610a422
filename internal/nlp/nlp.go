// Package nlp is crosscheck's statistical language core: for every sentence
// of a tokenised document it predicts parts of speech (UPOS and Penn tags),
// lemmas, a labeled dependency tree and BILOU named-entity tags, with models
// trained from Universal Dependencies English (EWT, GUM) and Universal NER
// and embedded in the binary (see internal/nlp/models and `crosscheck
// train`).
//
// Annotate is the pipeline step for the whole core. Models load once per
// process, on first use.
//
// Measured on UD English EWT test with gold tokens (nlpeval; the models never
// saw it): UPOS 95.5, XPOS 94.7, UAS 85.0, LAS 81.5, lemmas 96.4; from raw
// text, token F1 97.2 and sentence F1 84.8. Named entities: span F1 68.4 on
// Universal NER EWT test (web text; P 74.1, R 63.4; trained on GUM and UNER
// dev) and 67.7 on MEANTIME's named mentions (news; P 66.9, R 68.5; the
// gold of the entities task, internal/meantime),
// labelled a document at a time: the NER reads what the rest of the
// article says about a word and ner.Recognizer.Harmonize makes one name
// keep one type. The four models take 15 MB compressed, about 115 MB of
// memory once loaded (the weight tables in huge pages where the system
// offers them), and annotate some 100 to 150 thousand tokens per
// CPU-second depending on the machine's load (BenchmarkAnnotate, tokenizer
// included); scoring is bound by memory latency (docs/performance.md).
// AnnotateIf, the analyser's step, parses only the sentences a caller names.
package nlp

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/nlp/lemma"
	"github.com/crosscheck-news/crosscheck/internal/nlp/lex"
	"github.com/crosscheck-news/crosscheck/internal/nlp/models"
	"github.com/crosscheck-news/crosscheck/internal/nlp/ner"
	"github.com/crosscheck-news/crosscheck/internal/nlp/parser"
	"github.com/crosscheck-news/crosscheck/internal/nlp/tagger"
)

// Models is a loaded set of models.
type Models struct {
	Tagger *tagger.Tagger
	Lemma  *lemma.Lemmatizer
	Parser *parser.Parser
	NER    *ner.Recognizer
	// LoadTime is how long loading took.
	LoadTime time.Duration

	pool sync.Pool
}

var (
	once    sync.Once
	loaded  *Models
	loadErr error
)

// Default returns the embedded models, loading them on first call.
func Default() (*Models, error) {
	once.Do(func() { loaded, loadErr = Load(models.FS) })
	return loaded, loadErr
}

// Load reads the four model files from fsys (as `crosscheck train` writes them).
func Load(fsys fs.FS) (*Models, error) {
	start := time.Now()
	m := &Models{}
	var wg sync.WaitGroup
	errs := make([]error, 4)
	open := func(i int, name string, f func(io.Reader) error) {
		defer wg.Done()
		// A bytes.Reader is an io.ByteReader, which lets the decompressor
		// skip its own buffering.
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs[i] = err
			return
		}
		if err := f(bytes.NewReader(b)); err != nil {
			errs[i] = fmt.Errorf("%s: %w", name, err)
		}
	}
	wg.Add(4)
	go open(0, models.TaggerFile, func(r io.Reader) (err error) { m.Tagger, err = tagger.Load(r); return })
	go open(2, models.NERFile, func(r io.Reader) (err error) { m.NER, err = ner.Load(r); return })
	go open(1, models.ParserFile, func(r io.Reader) (err error) { m.Parser, err = parser.Load(r); return })
	go open(3, models.LemmaFile, func(r io.Reader) error {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return err
		}
		m.Lemma, err = lemma.Load(zr)
		return err
	})
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	m.LoadTime = time.Since(start)
	return m, nil
}

// work holds the per-sentence buffers of one Annotate call.
type work struct {
	lx      []lex.Lex // index 0 is the parser's root slot
	lower   []string
	tags    []int
	ptags   []int
	heads   []int
	labels  []int
	ents    []int
	ts      tagger.Scratch
	ps      parser.Scratch
	ns      ner.Scratch
	words   []string // the document's tokens, for document evidence
	lowers  []string
	docb    []uint8
	labels2 []string // the document's NER labels, for harmonize
}

func (w *work) size(n int) {
	if cap(w.lx) < n+1 {
		c := max(n+1, 64)
		w.lx = make([]lex.Lex, c)
		w.lower = make([]string, c)
		w.tags = make([]int, c)
		w.ptags = make([]int, c)
		w.heads = make([]int, c)
		w.labels = make([]int, c)
		w.ents = make([]int, c)
	}
}

// Annotate fills POS, Tag, Lemma, Head, Dep and Ent of d's tokens with the
// embedded models. It is the analyser's pipeline step; when the models
// cannot be loaded it records a warning and leaves the tokens as they are.
func Annotate(d *doc.Document) {
	m, err := Default()
	if err != nil {
		d.Warnings = append(d.Warnings, "nlp: models not loaded: "+err.Error())
		return
	}
	m.Annotate(d)
}

// maxSentence caps the words parsed as one sentence: text the splitter
// could not break (lists, tables) is parsed in pieces of this size.
const maxSentence = 250

// Annotate annotates d with m.
func (m *Models) Annotate(d *doc.Document) { m.annotate(d, nil) }

// AnnotateIf is Annotate, but parses only the sentences for which parse,
// given the sentence's tokens already tagged and lemmatised, returns true;
// the others keep Head -1 and an empty Dep (no parse), as readers of the
// parse expect of a sentence the core did not reach. Parsing is the costliest
// part of the core, and most of an article's sentences have nothing for the
// parse to decide.
func AnnotateIf(d *doc.Document, parse func([]doc.Token) bool) {
	m, err := Default()
	if err != nil {
		d.Warnings = append(d.Warnings, "nlp: models not loaded: "+err.Error())
		return
	}
	m.annotate(d, parse)
}

func (m *Models) annotate(d *doc.Document, parse func([]doc.Token) bool) {
	w, _ := m.pool.Get().(*work)
	if w == nil {
		w = &work{}
	}
	w.words, w.lowers = w.words[:0], w.lowers[:0]
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.Lower == "" {
			t.Lower = lowerASCII(t.Text)
		}
		w.words, w.lowers = append(w.words, t.Text), append(w.lowers, t.Lower)
	}
	if cap(w.docb) < len(d.Tokens) {
		w.docb = make([]uint8, len(d.Tokens))
	}
	w.docb = w.docb[:len(d.Tokens)]
	m.NER.DocFeatures(w.words, w.lowers, w.docb)
	for _, s := range d.Sentences {
		for a := s.First; a < s.Limit; a += maxSentence {
			m.sentence(d.Tokens[a:min(s.Limit, a+maxSentence)], a, w, parse)
		}
	}
	m.harmonize(d, w)
	m.pool.Put(w)
}

// sentence annotates one sentence, parsing it when parse is nil or says so.
func (m *Models) sentence(toks []doc.Token, first int, w *work, parse func([]doc.Token) bool) {
	n := len(toks)
	if n == 0 {
		return
	}
	w.size(n)
	lx, lower := w.lx[1:n+1], w.lower[:n]
	for i := range toks {
		t := &toks[i]
		if t.Lower == "" {
			t.Lower = lowerASCII(t.Text)
		}
		lower[i] = t.Lower
		lex.Compute(t.Text, t.Lower, &lx[i])
	}
	tags := w.tags[:n]
	m.Tagger.Tag(lx, lower, tags, &w.ts)
	for i := range toks {
		t := &toks[i]
		t.POS, t.Tag = m.Tagger.Split(tags[i])
		t.Lemma = m.Lemma.Lemma(t.Text, t.Lower, t.Tag)
	}
	if parse != nil && !parse(toks) {
		for i := range toks {
			toks[i].Head, toks[i].Dep = -1, ""
		}
		m.entities(toks, first, w, lx, lower, tags)
		return
	}
	ptags := w.ptags[:n+1]
	copy(ptags[1:], tags)
	m.Parser.Parse(parser.Sentence{Lex: w.lx[:n+1], Tags: ptags}, n, w.heads, w.labels, &w.ps)
	for i := range toks {
		t := &toks[i]
		h := w.heads[i+1]
		if h <= 0 {
			t.Head = -1
		} else {
			t.Head = first + h - 1
		}
		if l := w.labels[i+1]; l >= 0 {
			t.Dep = m.Parser.Labels[l]
		}
	}
	m.entities(toks, first, w, lx, lower, tags)
}

func (m *Models) entities(toks []doc.Token, first int, w *work, lx []lex.Lex, lower []string, tags []int) {
	n := len(toks)
	ents := w.ents[:n]
	m.NER.Label(&ner.Input{Lex: lx, Lower: lower, Tags: tags, Doc: w.docb[first : first+n]}, ents, &w.ns)
	for i := range toks {
		toks[i].Ent = m.NER.Labels[ents[i]]
	}
}

// harmonize makes the NER's labels consistent across the document (see
// ner.Recognizer.Harmonize). w.words holds the document's tokens.
func (m *Models) harmonize(d *doc.Document, w *work) {
	w.labels2 = w.labels2[:0]
	found := false
	for i := range d.Tokens {
		e := d.Tokens[i].Ent
		found = found || e != "O" && e != ""
		w.labels2 = append(w.labels2, e)
	}
	if !found {
		return
	}
	m.NER.Harmonize(w.words, w.docb, w.labels2)
	for i := range d.Tokens {
		d.Tokens[i].Ent = w.labels2[i]
	}
}

// lowerASCII lower-cases s, allocating only when it changes.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return toLower(s)
		}
	}
	return s
}
