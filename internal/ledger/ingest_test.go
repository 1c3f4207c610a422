package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

func newAnalyzer(t testing.TB) *analyzer.Analyzer {
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return an
}

func TestIngestIsIdempotent(t *testing.T) {
	ctx := context.Background()
	st := openSQLite(t)
	an := newAnalyzer(t)
	dir := t.TempDir()
	// A directory with the examples, a copy of one under another name
	// (same text, so a duplicate within the run) and a hidden file.
	for _, name := range []string{"border-clash.txt", "dam-collapse.txt", "plant-closure.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "examples", name))
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Join(dir, "nested"), 0o755)
		os.WriteFile(filepath.Join(dir, "nested", name), b, 0o644)
		if name == "dam-collapse.txt" {
			os.WriteFile(filepath.Join(dir, "copy.txt"), b, 0o644)
		}
	}
	os.WriteFile(filepath.Join(dir, ".hidden.txt"), []byte("Hidden text that must not be read."), 0o644)

	var last ledger.Progress
	sum, err := ledger.Ingest(ctx, st, an, []string{dir}, ledger.IngestOptions{Workers: 2, BatchSize: 2, Progress: func(p ledger.Progress) { last = p }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 4 || sum.New != 3 || sum.Duplicate != 1 || len(sum.Failed) != 0 {
		t.Fatalf("first ingest %+v: want 4 read, 3 new, 1 duplicate", sum)
	}
	if !last.Done || last.New != 3 || last.FilesDone != 4 || last.FilesTotal != 4 {
		t.Errorf("final progress %+v", last)
	}
	before, _ := st.Counts(ctx)
	sum, err = ledger.Ingest(ctx, st, an, []string{dir}, ledger.IngestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Duplicate != 4 {
		t.Fatalf("second ingest %+v: want all 4 duplicates", sum)
	}
	after, _ := st.Counts(ctx)
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s: %d rows after re-ingest, %d before", k, after[k], v)
		}
	}
}

func TestIngestMalformedJSONL(t *testing.T) {
	ctx := context.Background()
	st := openSQLite(t)
	in := strings.Join([]string{
		`{"outlet":"Harbour Post","published":"2025-03-01","title":"Ferry sinks","text":"A ferry sank off the coast on Saturday. Officials said 12 passengers had died."}`,
		`{"outlet":"Harbour Post","title":"broken", "text": }`,
		`{"outlet":"Valley Times","published":"2025-03-02","title":"Rescue ends","text":"Rescuers ended the search on Sunday, police said."}`,
	}, "\n") + "\n"
	sum, err := ledger.Ingest(ctx, st, newAnalyzer(t), []string{"-"}, ledger.IngestOptions{Stdin: strings.NewReader(in), Reader: reader.Options{Format: "jsonl"}})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 2 || len(sum.Failed) != 1 {
		t.Fatalf("summary %+v: want 2 new and 1 failure", sum)
	}
	var re *reader.Error
	if !errors.As(sum.Failed[0], &re) || re.Record != 2 {
		t.Errorf("failure %v should name line 2", sum.Failed[0])
	}
	hits, err := st.Search(ctx, ledger.Query{Text: "rescuers"})
	if err != nil || len(hits) != 1 || hits[0].Outlet != "Valley Times" {
		t.Errorf("the line after the broken one did not land: %+v %v", hits, err)
	}
}

func TestIngestMissingInput(t *testing.T) {
	st := openSQLite(t)
	sum, err := ledger.Ingest(context.Background(), st, newAnalyzer(t), []string{filepath.Join(t.TempDir(), "nope.txt"), "../../examples/dam-collapse.txt"}, ledger.IngestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 || len(sum.Failed) != 1 || !strings.Contains(sum.Failed[0].Error(), "nope.txt") {
		t.Errorf("summary %+v: want the example stored and nope.txt reported", sum)
	}
}

// BenchmarkIngest measures read + analyse + store into SQLite for
// news-length articles (the three examples, made unique per iteration so
// none is skipped as a duplicate). Reports articles/s.
func BenchmarkIngest(b *testing.B) {
	var texts [][]byte
	for _, name := range []string{"border-clash.txt", "dam-collapse.txt", "plant-closure.txt"} {
		t, err := os.ReadFile(filepath.Join("..", "..", "examples", name))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
	}
	dir := b.TempDir()
	const perRun = 60
	an := newAnalyzer(b)
	st, err := ledger.OpenSQLite(context.Background(), filepath.Join(dir, "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	b.ResetTimer()
	total := 0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		in := filepath.Join(dir, fmt.Sprintf("in%d", i))
		os.MkdirAll(in, 0o755)
		for j := 0; j < perRun; j++ {
			t := append([]byte{}, texts[j%len(texts)]...)
			t = append(t, fmt.Sprintf("\n\nEditor's note: revision %d-%d.\n", i, j)...)
			os.WriteFile(filepath.Join(in, fmt.Sprintf("a%03d.txt", j)), t, 0o644)
		}
		b.StartTimer()
		sum, err := ledger.Ingest(context.Background(), st, an, []string{in}, ledger.IngestOptions{})
		if err != nil || sum.New != perRun {
			b.Fatalf("%+v %v", sum, err)
		}
		total += sum.New
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPut measures storing alone: analysed example documents written
// into SQLite in batches of 64 under fresh IDs. Reports articles/s.
func BenchmarkPut(b *testing.B) {
	an := newAnalyzer(b)
	var docs []*doc.Document
	for _, name := range []string{"border-clash.txt", "dam-collapse.txt", "plant-closure.txt"} {
		arts, _, err := reader.ReadFile(filepath.Join("..", "..", "examples", name), reader.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, an.Analyze(arts[0]))
	}
	st, err := ledger.OpenSQLite(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	batch := make([]*doc.Document, 64)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range batch {
			d := *docs[j%len(docs)]
			d.Article.ID = fmt.Sprintf("%08d%08d", i, j)
			batch[j] = &d
		}
		if r, err := st.Put(context.Background(), batch); err != nil || r.Added != len(batch) {
			b.Fatalf("%+v %v", r, err)
		}
	}
	b.ReportMetric(float64(b.N*len(batch))/b.Elapsed().Seconds(), "articles/s")
}
