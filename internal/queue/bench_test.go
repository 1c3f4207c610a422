package queue_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/internal/queue"
	"github.com/crosscheck-news/crosscheck/internal/queue/queuetest"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// BenchmarkWorker measures a worker draining the queue in-process
// (GOMAXPROCS jobs at once): b.N distinct articles made from the bundled
// examples are queued outside the timer, then worked until the queue is
// empty. It reports articles/s.
func BenchmarkWorker(b *testing.B) {
	dsn := queuetest.FreshDB(b)
	ctx := context.Background()
	pool, err := queue.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer pool.Close()
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob("../../examples/*.txt")
	var texts []string
	for _, p := range paths {
		arts, _, err := reader.ReadFile(p, reader.Options{})
		if err != nil {
			b.Fatal(err)
		}
		for _, a := range arts {
			texts = append(texts, a.Text)
		}
	}
	// Each article is an example with a numbered line before it, so every
	// one is new to the ledger.
	f, err := os.Create(filepath.Join(b.TempDir(), "bench.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := range b.N {
		rec := map[string]string{"published": "2025-07-28", "text": fmt.Sprintf("Bulletin %d.\n\n%s", i, texts[i%len(texts)])}
		if err := enc.Encode(rec); err != nil {
			b.Fatal(err)
		}
	}
	f.Close()
	sum, err := queue.Enqueue(ctx, pool, []string{f.Name()}, queue.EnqueueOptions{})
	if err != nil || sum.Queued != b.N {
		b.Fatalf("enqueue: %+v %v", sum, err)
	}
	b.ResetTimer()
	ws, err := queue.Work(ctx, pool, an, queue.WorkerOptions{
		Concurrency: runtime.GOMAXPROCS(0), Until: queue.Idle, PollInterval: 50 * time.Millisecond,
	})
	b.StopTimer()
	if err != nil || ws.Stored != b.N {
		b.Fatalf("worker: %+v %v", ws, err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
