package compare

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
)

// TestIdenticalCopies: every PolNeAR dev article compared with a second,
// independent analysis of the same text is faithful, and every statement
// of the copy finds itself in full. The derived text cuts its statements
// differently from the source (attribution sources and cues are left out
// of its remainders), so this fails when a statement of the copy has no
// counterpart among the source's units.
func TestIdenticalCopies(t *testing.T) {
	dir := filepath.Join(corpora.Dir(t), "polnear", "dev", "text")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Skipf("no PolNeAR dev texts in %s: %v", dir, err)
	}
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range names {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		art := doc.Article{Text: string(b)}
		r := Compare(an.Analyze(art), an.Analyze(art))
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		for _, f := range r.Findings {
			t.Errorf("%s: false alarm %s at %q: %s", name, f.Kind, f.Derived.Text, f.Explanation)
		}
		for _, a := range r.Alignments {
			if a.Coverage < 1 {
				t.Errorf("%s: %q covered only %.2f by its own copy", name, a.Derived.Text, a.Coverage)
			}
		}
	}
}
