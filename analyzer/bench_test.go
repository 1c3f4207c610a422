package analyzer

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
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
	cpu0 := cpuTime()
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
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N*len(arts))/cpu.Seconds(), "articles/cpu-s")
	}
}

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
