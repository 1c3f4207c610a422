package ledger_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

// sharedData finds ../shared/data next to the repository root, or skips.
func sharedData(t *testing.T) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found")
		}
		dir = parent
	}
	data := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("shared data not found at %s; skipping the test on the seed article", data)
	}
	return data
}

// TestSeedSeries ingests the canonical example (published 2025-08-28) and
// checks the North Korean series it yields: the killed toll that is stated
// as a part of the troops deployed still belongs to the killed series.
func TestSeedSeries(t *testing.T) {
	seed := filepath.Join(sharedData(t), "seed", "kursk-parade-2025.txt")
	an, err := analyzer.New(analyzer.Options{Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	st := openSQLite(t)
	ctx := context.Background()
	if sum, err := ledger.Ingest(ctx, st, an, []string{seed}, ledger.IngestOptions{}); err != nil || sum.New != 1 {
		t.Fatalf("%+v %v", sum, err)
	}
	es, err := st.Estimates(ctx, "North Korean")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range ledger.BuildSeries(es) {
		for _, e := range s.Estimates {
			got[s.Name()] = ledger.Describe(e) + " / " + e.Source + " / " + e.Published
		}
	}
	for name, want := range map[string]string{
		"killed (North Korea)":     "around 600 / South Korea's intelligence agency / 2025-08-28",
		"deployed (North Korea)":   "15,000",
		"casualties (North Korea)": "more than 6,000",
	} {
		if !strings.HasPrefix(got[name], want) {
			t.Errorf("%s: %q, want %q", name, got[name], want)
		}
	}
}
