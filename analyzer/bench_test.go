package analyzer

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/cputime"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// benchCorpus is the bundled examples: news-length articles written for
// crosscheck, with quotes, figures, times and contradictions.
func benchCorpus(b *testing.B) ([]doc.Article, int) {
	paths, _ := filepath.Glob("../examples/*.txt")
	var arts []doc.Article
	words := 0
	for _, p := range paths {
		got, _, err := reader.ReadFile(p, reader.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range got {
			arts = append(arts, a)
			words += len(strings.Fields(a.Text))
		}
	}
	if len(arts) == 0 {
		b.Fatal("no example articles")
	}
	return arts, words
}

// BenchmarkAnalyze measures the whole pipeline on one core: run it with
// `go test ./analyzer -run '^$' -bench Analyze -cpu 1 -benchmem`.
func BenchmarkAnalyze(b *testing.B) { benchAnalyze(b, Options{}) }

// BenchmarkAnalyzeFast measures it without the statistical language core
// (Options.Fast).
func BenchmarkAnalyzeFast(b *testing.B) { benchAnalyze(b, Options{Fast: true}) }

func benchAnalyze(b *testing.B, opts Options) {
	arts, words := benchCorpus(b)
	a, err := New(opts)
	if err != nil {
		b.Fatal(err)
	}
	if !opts.Fast {
		a.Analyze(arts[0]) // load the models before the clock starts
	}
	cpu0 := cputime.Process()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, art := range arts {
			a.Analyze(art)
		}
	}
	b.StopTimer()
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(arts))/sec, "articles/s")
	b.ReportMetric(float64(b.N*words)/sec, "words/s")
	// On a shared machine wall time swings with the neighbours' load; the
	// process's CPU time (garbage collection on other cores included) much
	// less.
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N*len(arts))/cpu.Seconds(), "articles/cpu-s")
	}
}
