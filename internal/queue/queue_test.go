package queue_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/queue"
	"github.com/crosscheck-news/crosscheck/internal/queue/queuetest"
	"github.com/crosscheck-news/crosscheck/internal/reader"
	"github.com/jackc/pgx/v5/pgxpool"
)

// twoArticles are JSON Lines written for these tests; the third line is
// malformed and must be reported with its line number.
const twoArticles = `{"outlet":"Harbour Post","published":"2025-01-10","title":"Pyongyang troops suffer losses near Sudzha","text":"South Korea's spy agency said 300 North Korean soldiers had been killed in fighting near Sudzha."}
{"outlet":"Northern Star","published":"2025-01-10T09:30:00+03:00","title":"Moscow disputes losses","text":"A Russian military blogger said no more than 40 North Korean soldiers had been killed in the Kursk region on Friday."}
{"outlet":"Northern Star","title":"cut off",
`

func inputs(t *testing.T) []string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "two.jsonl")
	if err := os.WriteFile(p, []byte(twoArticles), 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{"../../examples", p}
}

func TestOpenRefusesSQLite(t *testing.T) {
	_, err := queue.Open(context.Background(), filepath.Join(t.TempDir(), "ledger.db"))
	if !errors.Is(err, queue.ErrNotPostgres) || !strings.Contains(err.Error(), "ledger.db") {
		t.Fatalf("Open(SQLite file) = %v, want ErrNotPostgres naming the file", err)
	}
}

// TestEnqueueThenWork queues the examples and two JSONL articles, works the
// queue in-process, and checks that the ledger then holds exactly what a
// plain ingest of the same inputs stores.
func TestEnqueueThenWork(t *testing.T) {
	ctx := context.Background()
	dsn, pool := openFresh(t)
	in := inputs(t)

	var batches []queue.BatchResult
	sum, err := queue.Enqueue(ctx, pool, in, queue.EnqueueOptions{BatchSize: 2, Batch: func(b queue.BatchResult) { batches = append(batches, b) }})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 5 || sum.Queued != 5 || sum.Duplicate != 0 || sum.Batches != 3 || len(batches) != 3 {
		t.Errorf("first enqueue: %+v (%d batch callbacks), want 5 read, 5 queued in 3 batches", sum, len(batches))
	}
	if len(sum.Failed) != 1 || !strings.Contains(sum.Failed[0].Error(), "two.jsonl: line 3") {
		t.Errorf("failures %v, want one naming two.jsonl: line 3", sum.Failed)
	}
	stats, err := queue.Stats(ctx, pool)
	if err != nil {
		t.Fatal(err)
	}
	if stats["available"] != 5 || stats["pending_articles"] != 5 {
		t.Errorf("after enqueue: %v, want 5 available jobs and 5 pending articles", stats)
	}
	st, err := ledger.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if hits, err := st.Search(ctx, ledger.Query{}); err != nil || len(hits) != 0 {
		t.Errorf("pending articles must not be searchable before analysis: %d hits, %v", len(hits), err)
	}

	again, err := queue.Enqueue(ctx, pool, in, queue.EnqueueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Queued != 0 || again.Duplicate != 5 {
		t.Errorf("second enqueue of pending articles: %+v, want nothing queued", again)
	}

	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var results []queue.JobResult
	done := make(chan queue.JobResult, 16)
	ws, err := queue.Work(ctx, pool, an, queue.WorkerOptions{
		Concurrency: 2, Until: queue.Idle, PollInterval: 100 * time.Millisecond,
		Job: func(r queue.JobResult) { done <- r },
	})
	close(done)
	for r := range done {
		results = append(results, r)
	}
	if err != nil {
		t.Fatal(err)
	}
	if ws.Jobs != 5 || ws.Stored != 5 || ws.Failed != 0 || len(results) != 5 {
		t.Errorf("worker: %+v with %d job reports, want 5 jobs stored", ws, len(results))
	}
	stats, err = queue.Stats(ctx, pool)
	if err != nil {
		t.Fatal(err)
	}
	if stats["completed"] != 5 || stats["pending_articles"] != 0 || len(stats) != 2 {
		t.Errorf("after work: %v, want 5 completed jobs, nothing pending", stats)
	}
	if third, err := queue.Enqueue(ctx, pool, in, queue.EnqueueOptions{}); err != nil || third.Queued != 0 || third.Duplicate != 5 {
		t.Errorf("enqueue of analysed articles: %+v %v, want nothing queued", third, err)
	}

	// The reference: plain ingest of the same inputs into SQLite.
	ref, err := ledger.OpenSQLite(ctx, filepath.Join(t.TempDir(), "ref.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	if _, err := ledger.Ingest(ctx, ref, an, in, ledger.IngestOptions{}); err != nil {
		t.Fatal(err)
	}
	got, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ref.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range ledger.Tables {
		if got[tb] != want[tb] {
			t.Errorf("%s: %d rows from the queue, %d from plain ingest", tb, got[tb], want[tb])
		}
	}
	if got["articles"] != 5 || got["figures"] == 0 || got["attributions"] == 0 {
		t.Errorf("counts %v: want 5 analysed articles with figures and attributions", got)
	}
	for _, r := range results {
		a, err := st.Document(ctx, r.ArticleID)
		if err != nil {
			t.Fatalf("article %s: %v", r.ArticleID, err)
		}
		b, err := ref.Document(ctx, r.ArticleID)
		if err != nil {
			t.Fatalf("reference article %s: %v", r.ArticleID, err)
		}
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Errorf("article %s (%s): stored analysis differs from plain ingest's", r.ArticleID, r.Title)
		}
		if !a.Article.Published.Equal(b.Article.Published) {
			t.Errorf("article %s: published %v, plain ingest %v", r.ArticleID, a.Article.Published, b.Article.Published)
		}
	}
}

// TestJobForArticleIngestedMeanwhile: an article queued and then stored by a
// plain ingest before a worker reaches it is not stored twice; its job
// completes and its pending row goes.
func TestJobForArticleIngestedMeanwhile(t *testing.T) {
	ctx := context.Background()
	dsn, pool := openFresh(t)
	path := "../../examples/dam-collapse.txt"
	if sum, err := queue.Enqueue(ctx, pool, []string{path}, queue.EnqueueOptions{}); err != nil || sum.Queued != 1 {
		t.Fatalf("enqueue: %+v %v", sum, err)
	}
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	arts, _, err := reader.ReadFile(path, reader.Options{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("reading %s: %v", path, err)
	}
	st, err := ledger.OpenPostgres(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if r, err := st.Put(ctx, []*doc.Document{an.Analyze(arts[0])}); err != nil || r.Added != 1 {
		t.Fatalf("plain Put: %+v %v", r, err)
	}
	before, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ws, err := queue.Work(ctx, pool, an, queue.WorkerOptions{Until: queue.Idle, PollInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if ws.Jobs != 1 || ws.Stored != 0 || ws.AlreadyStored != 1 {
		t.Errorf("worker: %+v, want one job finding its article already stored", ws)
	}
	after, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range ledger.Tables {
		if before[tb] != after[tb] {
			t.Errorf("%s: %d rows before the worker, %d after", tb, before[tb], after[tb])
		}
	}
	stats, err := queue.Stats(ctx, pool)
	if err != nil {
		t.Fatal(err)
	}
	if stats["completed"] != 1 || stats["pending_articles"] != 0 {
		t.Errorf("queue after work: %v, want the job completed and nothing pending", stats)
	}
}

// TestRequeueDiscarded: an article whose job failed for good stays pending;
// enqueueing it again gives it a new job, and a worker then stores it.
func TestRequeueDiscarded(t *testing.T) {
	ctx := context.Background()
	_, pool := openFresh(t)
	in := []string{"../../examples/border-clash.txt", "../../examples/plant-closure.txt"}
	if sum, err := queue.Enqueue(ctx, pool, in, queue.EnqueueOptions{}); err != nil || sum.Queued != 2 {
		t.Fatalf("enqueue: %+v %v", sum, err)
	}
	// What River leaves after the last failed attempt of one job.
	tag, err := pool.Exec(ctx, `UPDATE river_job SET state = 'discarded', finalized_at = now(), attempt = $1
		WHERE id = (SELECT min(id) FROM river_job)`, queue.MaxAttempts)
	if err != nil || tag.RowsAffected() != 1 {
		t.Fatalf("discarding a job: %v %v", tag, err)
	}
	sum, err := queue.Enqueue(ctx, pool, in, queue.EnqueueOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Queued != 0 || sum.Duplicate != 2 || sum.Requeued != 1 {
		t.Errorf("re-enqueue: %+v, want the one jobless pending article requeued", sum)
	}
	if again, err := queue.Enqueue(ctx, pool, in, queue.EnqueueOptions{}); err != nil || again.Requeued != 0 {
		t.Errorf("third enqueue: %+v %v, want nothing requeued while its new job is live", again, err)
	}
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ws, err := queue.Work(ctx, pool, an, queue.WorkerOptions{Concurrency: 2, Until: queue.Idle, PollInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if ws.Stored != 2 {
		t.Errorf("worker: %+v, want both articles stored", ws)
	}
	stats, err := queue.Stats(ctx, pool)
	if err != nil {
		t.Fatal(err)
	}
	if stats["completed"] != 2 || stats["discarded"] != 1 || stats["pending_articles"] != 0 {
		t.Errorf("queue after work: %v, want 2 completed, the old discarded job, nothing pending", stats)
	}
}

// openFresh makes a database for the test and opens the queue on it; the
// pool closes when the test ends.
func openFresh(t *testing.T) (string, *pgxpool.Pool) {
	t.Helper()
	dsn := queuetest.FreshDB(t)
	pool, err := queue.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	return dsn, pool
}
