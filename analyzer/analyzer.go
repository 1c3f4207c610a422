// Package analyzer turns an Article into a fully annotated doc.Document:
// tokens and sentences, entities, times, figures, attributions,
// verification markers, claims and inside-article findings.
//
// It is crosscheck's public entry point for other Go programs; the CLI, the
// ledger and the HTTP server are thin layers over it. An Analyzer is safe for
// concurrent use: it holds only read-only resources (gazetteers, models)
// loaded once per process.
package analyzer

import (
	"fmt"
	"slices"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/attrib"
	"github.com/crosscheck-news/crosscheck/internal/claim"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/figure"
	"github.com/crosscheck-news/crosscheck/internal/finding"
	"github.com/crosscheck-news/crosscheck/internal/lang"
	"github.com/crosscheck-news/crosscheck/internal/nlp"
	"github.com/crosscheck-news/crosscheck/internal/timex"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
	"github.com/crosscheck-news/crosscheck/internal/verify"
)

// Options tune an Analyzer.
type Options struct {
	// Published, when set, overrides every article's publication date as the
	// anchor for relative times.
	Published time.Time
	// Fast leaves out the statistical language core (tagger, lemmatizer,
	// parser, NER), which takes most of the analysis time: attribution
	// and names then rest on the rules and gazetteer alone, a few points
	// less accurate (docs/quality.md measures both), about five times
	// faster (docs/performance.md). For bulk ingest where throughput
	// matters more than the last points of recall.
	Fast bool
}

// Analyzer runs the analysis pipeline.
type Analyzer struct {
	opts  Options
	steps []step
}

// step is one stage of the pipeline. Each stage reads what earlier stages
// wrote to the document and adds its own annotations.
type step struct {
	name string
	run  func(*doc.Document)
}

// New builds an Analyzer with the models and gazetteers it needs.
func New(opts Options) (*Analyzer, error) {
	a := &Analyzer{opts: opts}
	a.steps = []step{
		{"tokenize", tokenize.Tokenize},
		// The whole core: tags, lemmas and NER labels everywhere, and the
		// parse where attribution may read it (parsing every sentence would
		// cost a third more and change nothing).
		{"language core", languageCore},
		{"entities", entity.Extract},
		{"times", timex.Tag},
		{"figures", figure.Extract},
		{"unread numbers", warnUnreadNumbers},
		{"attributions", attrib.Extract},
		{"figure sources", attrib.LinkFigures},
		{"figure sides", figure.ResolveSides},
		{"verification", verify.Extract},
		{"claims", claim.Extract},
		{"findings", finding.Extract},
	}
	if opts.Fast {
		a.steps = slices.DeleteFunc(a.steps, func(s step) bool { return s.name == "language core" })
	}
	return a, nil
}

func languageCore(d *doc.Document) { nlp.AnnotateIf(d, attrib.NeedsParse) }

// Analyze analyses one article. It never panics: a failure inside a step is
// recovered, recorded in Document.Warnings, and the steps after it still run
// on what is there.
func (a *Analyzer) Analyze(art doc.Article) *doc.Document {
	if !a.opts.Published.IsZero() {
		art.Published = a.opts.Published
	}
	d := doc.New(art)
	if foreign(d) {
		// The rules and models read English: mark the article and give
		// only its tokens and sentences rather than mis-analyse it.
		runStep(d, a.steps[0])
		d.Warnings = append(d.Warnings, fmt.Sprintf("language: the text is in %q, not English; only tokens and sentences were analysed", d.Article.Language))
		normalize(d)
		return d
	}
	for _, s := range a.steps {
		runStep(d, s)
	}
	normalize(d)
	return d
}

// foreign decides whether an article is not in English: by the language
// its reader found, or else by detection, which then fills
// Article.Language when it is sure.
func foreign(d *doc.Document) bool {
	if d.Article.Language != "" {
		return !lang.English(d.Article.Language)
	}
	if lang.LooksEnglish(d.Article.Text) {
		// The fast path: English function words everywhere.
		d.Article.Language = "en"
		return false
	}
	code, ok := lang.Detect(d.Article.Text)
	if !ok {
		return false
	}
	d.Article.Language = code
	return !lang.English(code)
}

// normalize makes every list non-nil so the JSON contract always has
// arrays, never nulls.
func normalize(d *doc.Document) {
	if d.Sentences == nil {
		d.Sentences = []doc.Sentence{}
	}
	if d.Entities == nil {
		d.Entities = []doc.Entity{}
	}
	if d.Times == nil {
		d.Times = []doc.Time{}
	}
	if d.Figures == nil {
		d.Figures = []doc.Figure{}
	}
	if d.Attributions == nil {
		d.Attributions = []doc.Attribution{}
	}
	if d.Verification == nil {
		d.Verification = []doc.Verification{}
	}
	if d.Claims == nil {
		d.Claims = []doc.Claim{}
	}
	if d.Findings == nil {
		d.Findings = []doc.Finding{}
	}
	if d.Warnings == nil {
		d.Warnings = []string{}
	}
}

func runStep(d *doc.Document, s step) {
	defer func() {
		if r := recover(); r != nil {
			d.Warnings = append(d.Warnings, fmt.Sprintf("%s step failed and was skipped: %v", s.name, r))
		}
	}()
	s.run(d)
}
