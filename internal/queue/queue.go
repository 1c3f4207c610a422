// Package queue scales ingest out over machines with River, a job queue that
// lives in the ledger's PostgreSQL database.
//
// "crosscheck ingest --queue" (Enqueue) only reads: each new article is stored
// raw as a pending row (ledger.AddPendingTx) and gets an AnalyzeArgs job in the
// same transaction, so there is never a job without its article nor a pending
// article without its job. "crosscheck worker" (Work) runs a River client on
// any number of machines: each job analyses its article and stores the
// analysis, removes the pending row and completes the job in one transaction
// (ledger.StoreAnalysisTx + river.JobCompleteTx). A worker killed at any point
// leaves the job running-but-unfinished with nothing stored; River's rescuer
// hands it to another worker after RescueAfter, and the re-run stores the
// analysis exactly once.
package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

// Kind is the River job kind of an article analysis.
const Kind = "crosscheck_analyze"

// MaxAttempts is how often a job is tried before River discards it; a job
// that fails this often has an article the analyser or the database cannot
// take, and retrying further would only delay the queue.
const MaxAttempts = 5

// AnalyzeArgs is the job that analyses one pending article. It carries only
// the content hash: the text stays in pending_articles, so the job table stays
// small and the article is stored once.
type AnalyzeArgs struct {
	ID string `json:"id"`
}

// Kind implements river.JobArgs.
func (AnalyzeArgs) Kind() string { return Kind }

// InsertOpts implements river.JobArgsWithInsertOpts.
func (AnalyzeArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: MaxAttempts}
}

// ErrNotPostgres is returned by Open for a ledger that is not PostgreSQL.
var ErrNotPostgres = errors.New("the job queue (River) needs a PostgreSQL ledger: give --db postgres://…")

// Open migrates the ledger at dsn (its own tables and River's) and returns a
// pgx pool on it. A SQLite ledger gets ErrNotPostgres.
func Open(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	if !ledger.IsPostgres(dsn) {
		return nil, fmt.Errorf("%w (the ledger is the SQLite file %s)", ErrNotPostgres, dsn)
	}
	st, err := ledger.OpenPostgres(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if err := st.Close(); err != nil {
		return nil, err
	}
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("queue: connecting to PostgreSQL: %w", err)
	}
	return pool, nil
}

// quietLogger sends River's own log records to h (the worker command
// passes a handler at warning level), or nowhere when h is nil: River logs
// every maintenance step at info level, which would bury the job lines.
func quietLogger(h slog.Handler) *slog.Logger {
	if h == nil {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(h)
}

// insertClient is a River client that only inserts jobs.
func insertClient(pool *pgxpool.Pool) (*river.Client[pgxTx], error) {
	return river.NewClient(riverpgxv5.New(pool), &river.Config{Logger: quietLogger(nil)})
}
