package compare

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// sharedData finds ../shared/data beside the repository root (the directory
// holding go.mod), or "" when it is not there.
func sharedData(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "data")
	if st, err := os.Stat(p); err != nil || !st.IsDir() {
		return ""
	}
	return p
}

// TestSeedAgainstItself: the canonical seed article compared with itself
// is faithful and every statement is fully covered.
func TestSeedAgainstItself(t *testing.T) {
	data := sharedData(t)
	if data == "" {
		t.Skip("../shared/data is not present beside the repository; skipping the seed comparison")
	}
	arts, errs, err := reader.ReadFile(filepath.Join(data, "seed", "kursk-parade-2025.txt"), reader.Options{})
	if err != nil || len(errs) > 0 || len(arts) != 1 {
		t.Skipf("seed article unreadable: %v %v", err, errs)
	}
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := Compare(an.Analyze(arts[0]), an.Analyze(arts[0]))
	if r.Verdict != VerdictFaithful {
		for _, f := range r.Findings {
			t.Errorf("%s: %s (%q)", f.Kind, f.Explanation, f.Derived.Text)
		}
	}
	if len(r.Alignments) < 5 {
		t.Errorf("only %d statements checked in the seed", len(r.Alignments))
	}
}
