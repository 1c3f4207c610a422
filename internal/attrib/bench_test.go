package attrib

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// BenchmarkExtract measures the attribution step alone on the bundled
// example articles (tokenised once, outside the timer): the step's share
// of the analyser's per-article budget (docs/performance.md).
func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob("../../examples/*.txt")
	if len(paths) == 0 {
		b.Skip("no example articles")
	}
	var docs []*doc.Document
	words := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d := doc.New(doc.Article{Text: string(raw)})
		tokenize.Tokenize(d)
		docs = append(docs, d)
		words += len(d.Tokens)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			d.Attributions = d.Attributions[:0]
			Extract(d)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
