package ledger

import (
	"context"
	"os"
	"sort"
	"testing"
	"time"
)

// EnvBenchLedger names a prebuilt ledger for the scale benchmarks, e.g. one
// made by `crosscheck gen -n 1000000 | crosscheck ingest --db big.db -`
// (docs/performance.md). Building a million-article ledger takes hours, so
// the benchmarks read one rather than make one.
const EnvBenchLedger = "CROSSCHECK_BENCH_LEDGER"

// scaleQueries mixes what people search a news ledger for: a rare name, a
// common word, a phrase of several words, and each filter.
var scaleQueries = []Query{
	{Text: "Kalulay"},
	{Text: "ferry"},
	{Text: "soldiers killed"},
	{Text: "killed"},
	{Text: "dam wall gave way"},
	{Text: "could not independently verify"},
	{Text: "earthquake", Outlet: "Harbour Times"},
	{Text: "protesters arrested", From: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)},
	{Text: "flood", Entity: "Peru"},
	{Outlet: "Capital Wire"},
	{},
	{Text: "Amina Achieng"},
}

// BenchmarkScaleSearch runs the query mix against the ledger named by
// CROSSCHECK_BENCH_LEDGER and reports latency percentiles over all queries.
func BenchmarkScaleSearch(b *testing.B) {
	ctx := context.Background()
	st := openBenchLedger(b)
	counts, err := st.Counts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var lat []time.Duration
	worst := make([]time.Duration, len(scaleQueries))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, q := range scaleQueries {
			t0 := time.Now()
			if _, err := st.Search(ctx, q); err != nil {
				b.Fatalf("%+v: %v", q, err)
			}
			d := time.Since(t0)
			lat = append(lat, d)
			worst[k] = max(worst[k], d)
		}
	}
	b.StopTimer()
	for k, q := range scaleQueries {
		b.Logf("%-40q outlet=%q entity=%q: worst %v", q.Text, q.Outlet, q.Entity, worst[k])
	}
	reportPercentiles(b, lat)
	b.ReportMetric(float64(counts["articles"]), "articles")
}

// openBenchLedger opens the ledger named by CROSSCHECK_BENCH_LEDGER, or
// skips the benchmark; the ledger closes when the benchmark ends.
func openBenchLedger(b *testing.B) Store {
	path := os.Getenv(EnvBenchLedger)
	if path == "" {
		b.Skip(EnvBenchLedger + " is not set: build a large ledger first (see docs/performance.md)")
	}
	st, err := Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	at := func(p float64) float64 {
		return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.5), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}

// BenchmarkScaleStory reads what a story page shows — the story, its
// articles, their figures, the series and the conflicts between them — for
// stories spread over the ledger named by CROSSCHECK_BENCH_LEDGER, and
// reports latency percentiles. The ledger must hold saved stories.
func BenchmarkScaleStory(b *testing.B) {
	ctx := context.Background()
	st := openBenchLedger(b)
	total, err := st.Stories(ctx, 1, 0)
	if err != nil || len(total) == 0 {
		b.Fatalf("no saved stories in %s: %v", os.Getenv(EnvBenchLedger), err)
	}
	// Stories from the largest to the long tail.
	var ids []string
	for _, off := range []int{0, 10, 100, 1000, 5000, 20000, 50000, 100000, 150000, 200000} {
		ss, err := st.Stories(ctx, 5, off)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range ss {
			ids = append(ids, s.ID)
		}
	}
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, id := range ids {
			t0 := time.Now()
			s, err := st.Story(ctx, id)
			if err != nil {
				b.Fatal(err)
			}
			arts := make([]string, len(s.Articles))
			for j, a := range s.Articles {
				arts[j] = a.ID
			}
			es, err := st.ArticleEstimates(ctx, arts)
			if err != nil {
				b.Fatal(err)
			}
			BuildSeries(es)
			FindConflicts(es)
			lat = append(lat, time.Since(t0))
		}
	}
	b.StopTimer()
	reportPercentiles(b, lat)
	b.ReportMetric(float64(len(ids)), "stories")
}
