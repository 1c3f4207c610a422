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
	lat, each := timeEach(b, len(scaleQueries), func(k int) error {
		_, err := st.Search(ctx, scaleQueries[k])
		return err
	})
	for k, q := range scaleQueries {
		med, worst := medianWorst(each[k])
		b.Logf("%-34q outlet=%-14q entity=%-6q median %8.1f ms  worst %8.1f ms", q.Text, q.Outlet, q.Entity, med, worst)
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

// medianWorst returns the median and the largest of one query's latencies,
// in milliseconds: the median shows what a query costs, the worst what a
// cold cache or a busy machine made of it.
func medianWorst(ds []time.Duration) (float64, float64) {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return ms(s[len(s)/2]), ms(s[len(s)-1])
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

// BenchmarkScaleEntity reads entity pages (limit 50, as the web UI asks) on
// the ledger named by CROSSCHECK_BENCH_LEDGER: the names most often found in
// the newest articles, which are the pages whose cost grows with the
// ledger, and one found once.
func BenchmarkScaleEntity(b *testing.B) {
	ctx := context.Background()
	st := openBenchLedger(b)
	s, ok := st.(*sqlStore)
	if !ok {
		b.Skip("not a SQL ledger")
	}
	rows, err := s.rdb.QueryContext(ctx, s.rebind(`SELECT canonical FROM (SELECT canonical, COUNT(*) AS n FROM entities
		WHERE article_id IN (SELECT id FROM articles ORDER BY seq DESC LIMIT 2000) GROUP BY canonical) t ORDER BY n DESC, canonical LIMIT 6`))
	if err != nil {
		b.Fatal(err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			b.Fatal(err)
		}
		names = append(names, n)
	}
	rows.Close()
	var rare string
	if err := s.rdb.QueryRowContext(ctx, s.rebind(`SELECT canonical FROM entities WHERE article_id = (SELECT id FROM articles ORDER BY seq DESC LIMIT 1) ORDER BY id LIMIT 1`)).Scan(&rare); err == nil {
		names = append(names, rare)
	}
	if len(names) == 0 {
		b.Skip("no entities")
	}
	lat, each := timeEach(b, len(names), func(k int) error {
		_, err := st.Entity(ctx, names[k], 50)
		return err
	})
	for k, n := range names {
		med, worst := medianWorst(each[k])
		b.Logf("%-40q median %8.1f ms  worst %8.1f ms", n, med, worst)
	}
	reportPercentiles(b, lat)
}

// timeEach runs each of n queries once per benchmark iteration and returns
// every latency and the latencies of each query.
func timeEach(b *testing.B, n int, query func(k int) error) (all []time.Duration, each [][]time.Duration) {
	each = make([][]time.Duration, n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range n {
			t0 := time.Now()
			if err := query(k); err != nil {
				b.Fatalf("query %d: %v", k, err)
			}
			d := time.Since(t0)
			all = append(all, d)
			each[k] = append(each[k], d)
		}
	}
	b.StopTimer()
	return all, each
}
