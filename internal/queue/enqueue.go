package queue

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

type pgxTx = pgx.Tx

// EnqueueOptions tune Enqueue.
type EnqueueOptions struct {
	Reader reader.Options
	// BatchSize is the number of articles read per transaction (256 when
	// zero).
	BatchSize int
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Batch, when set, is called after each committed batch.
	Batch func(BatchResult)
}

// BatchResult says what one enqueue transaction did.
type BatchResult struct {
	// Read is the number of articles in the batch, Queued those that got a
	// job; the rest were already analysed or pending. Requeued pending
	// articles got a new job after their last one failed for good.
	Read, Queued, Requeued int
	Elapsed                time.Duration
}

// EnqueueSummary is what an Enqueue did.
type EnqueueSummary struct {
	// Read counts the articles the readers produced.
	Read int
	// Queued counts the articles stored as pending with a job.
	Queued int
	// Duplicate counts articles already analysed, already pending, or met
	// twice in this run.
	Duplicate int
	// Requeued counts the duplicates that were pending without a live job
	// (it had failed MaxAttempts times or was cancelled) and got a new one:
	// running ingest --queue again retries them.
	Requeued int
	// Batches counts the committed transactions.
	Batches int
	// Failed holds the inputs and records that could not be read, each a
	// *reader.Error naming its file and line or record.
	Failed  []error
	Elapsed time.Duration
}

// Enqueue reads the inputs as ledger.Ingest does (same formats, same
// expansion of directories, same per-record errors) and, per batch, stores the
// new articles as pending and inserts one AnalyzeArgs job for each, in one
// transaction. Nothing is analysed here. Reader failures are collected in
// Failed and the rest is still queued; an error is returned only when the
// database fails or ctx is cancelled, and every batch committed before it
// stays queued.
func Enqueue(ctx context.Context, pool *pgxpool.Pool, paths []string, opts EnqueueOptions) (EnqueueSummary, error) {
	start := time.Now()
	var sum EnqueueSummary
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 256
	}
	client, err := insertClient(pool)
	if err != nil {
		return sum, fmt.Errorf("queue: %w", err)
	}
	files, failed := ledger.Inputs(paths)
	sum.Failed = failed
	seen := map[string]bool{}
	var pending []doc.Article
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		t0 := time.Now()
		queued, requeued, err := enqueueBatch(ctx, pool, client, pending)
		if err != nil {
			return err
		}
		sum.Queued += queued
		sum.Requeued += requeued
		sum.Duplicate += len(pending) - queued
		sum.Batches++
		if opts.Batch != nil {
			opts.Batch(BatchResult{Read: len(pending), Queued: queued, Requeued: requeued, Elapsed: time.Since(t0)})
		}
		pending = pending[:0]
		return nil
	}
	fn := func(a doc.Article) error {
		sum.Read++
		if a.ID == "" {
			a.ID = doc.ContentID(a.Text)
		}
		if seen[a.ID] {
			sum.Duplicate++
			return nil
		}
		seen[a.ID] = true
		pending = append(pending, a)
		if len(pending) >= batch {
			return flush()
		}
		return ctx.Err()
	}
	for _, f := range files {
		var errs []error
		var err error
		if f == "-" && opts.Stdin != nil {
			errs, err = reader.Each("-", opts.Stdin, opts.Reader, fn)
		} else {
			errs, err = reader.EachFile(f, opts.Reader, fn)
		}
		sum.Failed = append(sum.Failed, errs...)
		if err != nil {
			var re *reader.Error
			if !errors.As(err, &re) {
				sum.Elapsed = time.Since(start)
				return sum, err // the database or ctx failed
			}
			sum.Failed = append(sum.Failed, err)
		}
	}
	err = flush()
	sum.Elapsed = time.Since(start)
	return sum, err
}

// enqueueBatch stores one batch as pending with its jobs, in one
// transaction, and returns how many articles were new and how many were
// already pending without a live job (their job was discarded after
// MaxAttempts failures, cancelled, or cleaned away) and got a new one.
func enqueueBatch(ctx context.Context, pool *pgxpool.Pool, client *river.Client[pgx.Tx], arts []doc.Article) (queued, requeued int, err error) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("queue: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	ids, err := ledger.AddPendingTx(ctx, tx, arts)
	if err != nil {
		return 0, 0, err
	}
	queued = len(ids)
	orphans, err := jobless(ctx, tx, arts, ids)
	if err != nil {
		return 0, 0, err
	}
	ids = append(ids, orphans...)
	if len(ids) > 0 {
		params := make([]river.InsertManyParams, len(ids))
		for i, id := range ids {
			params[i] = river.InsertManyParams{Args: AnalyzeArgs{ID: id}}
		}
		if _, err := client.InsertManyTx(ctx, tx, params); err != nil {
			return 0, 0, fmt.Errorf("queue: inserting jobs: %w", err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, 0, fmt.Errorf("queue: commit: %w", err)
	}
	return queued, len(orphans), nil
}

// jobless returns the batch's articles, other than the ones just added, that
// are pending but have no job that will still run.
func jobless(ctx context.Context, tx pgx.Tx, arts []doc.Article, added []string) ([]string, error) {
	skip := make(map[string]bool, len(added))
	for _, id := range added {
		skip[id] = true
	}
	var ids []string
	for _, a := range arts {
		if !skip[a.ID] {
			ids = append(ids, a.ID)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := tx.Query(ctx, `SELECT p.id FROM pending_articles p WHERE p.id = ANY($1) AND NOT EXISTS (
		SELECT 1 FROM river_job j WHERE j.kind = $2 AND j.args @> jsonb_build_object('id', p.id)
		AND j.state NOT IN ('completed', 'cancelled', 'discarded'))`, ids, Kind)
	if err != nil {
		return nil, fmt.Errorf("queue: looking for pending articles without a job: %w", err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("queue: looking for pending articles without a job: %w", err)
	}
	return got, nil
}
