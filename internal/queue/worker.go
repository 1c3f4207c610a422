package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

// WorkerOptions tune Work.
type WorkerOptions struct {
	// Concurrency is the number of jobs worked at once (1 when zero).
	Concurrency int
	// JobTimeout cancels a job's context after this long (1 minute when
	// zero); the job is then retried.
	JobTimeout time.Duration
	// RescueAfter is how long a job may stay running before the queue's
	// leader hands it to another worker: the recovery time after a worker
	// dies mid-job. It must not be shorter than JobTimeout (JobTimeout
	// plus one minute when zero).
	RescueAfter time.Duration
	// PollInterval is how often the worker looks for jobs when no
	// notification arrives, and how often it checks for idleness (1 s
	// when zero).
	PollInterval time.Duration
	// StopTimeout is how long a graceful stop waits for running jobs
	// before cancelling them, which rolls their transactions back and
	// leaves them to be retried (30 s when zero).
	StopTimeout time.Duration
	// Until says when Work returns on its own; Forever waits for ctx.
	Until Until
	// ID names this worker in River's tables (host and pid when empty).
	ID string
	// Job, when set, is called after each job, from the job's goroutine.
	Job func(JobResult)
	// Logger receives River's own warnings and errors (none when nil).
	Logger slog.Handler
}

// Until says when a worker stops without being told to.
type Until int

const (
	// Forever runs until ctx is cancelled (SIGTERM or SIGINT).
	Forever Until = iota
	// Once stops when no job is ready for this worker and it has none
	// running: it works what is queued now, and leaves later retries and
	// other workers' jobs to them.
	Once
	// Idle stops when the queue has no unfinished job at all, including
	// other workers' running jobs and retries scheduled for later: the
	// queue is drained.
	Idle
)

// JobResult is what one job did.
type JobResult struct {
	JobID     int64
	Attempt   int
	ArticleID string
	Title     string
	// Stored is false when the article was already analysed (an earlier
	// duplicate job, or a plain ingest of the same text).
	Stored       bool
	Figures      int
	Attributions int
	Claims       int
	Err          error
	Elapsed      time.Duration
}

// WorkerSummary is what a Work call did.
type WorkerSummary struct {
	Jobs, Stored, AlreadyStored, Failed int
	Elapsed                             time.Duration
}

// analyzeWorker works AnalyzeArgs jobs.
type analyzeWorker struct {
	river.WorkerDefaults[AnalyzeArgs]
	pool     *pgxpool.Pool
	an       *analyzer.Analyzer
	report   func(JobResult)
	inFlight atomic.Int64
	jobs     atomic.Int64
	stored   atomic.Int64
	already  atomic.Int64
	failed   atomic.Int64
}

// Work analyses the job's pending article and, in one transaction, stores
// the analysis, removes the pending row and marks the job completed. Any
// failure before the commit leaves all three as they were, for a retry.
func (w *analyzeWorker) Work(ctx context.Context, job *river.Job[AnalyzeArgs]) error {
	w.inFlight.Add(1)
	defer w.inFlight.Add(-1)
	start := time.Now()
	res := JobResult{JobID: job.ID, Attempt: job.Attempt, ArticleID: job.Args.ID}
	err := w.work(ctx, job, &res)
	res.Elapsed = time.Since(start)
	res.Err = err
	w.jobs.Add(1)
	switch {
	case err != nil:
		w.failed.Add(1)
	case res.Stored:
		w.stored.Add(1)
	default:
		w.already.Add(1)
	}
	if w.report != nil {
		w.report(res)
	}
	return err
}

func (w *analyzeWorker) work(ctx context.Context, job *river.Job[AnalyzeArgs], res *JobResult) error {
	a, err := ledger.PendingArticle(ctx, w.pool, job.Args.ID)
	if errors.Is(err, ledger.ErrNotPending) {
		// Only a committed analysis removes a pending row, so the
		// article is either stored (this is a duplicate job) or was
		// never queued: nothing to retry either way.
		var stored bool
		if err := w.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1)`, job.Args.ID).Scan(&stored); err != nil {
			return fmt.Errorf("queue: %w", err)
		}
		if stored {
			return nil
		}
		return river.JobCancel(fmt.Errorf("queue: article %s is neither pending nor stored", job.Args.ID))
	}
	if err != nil {
		return err
	}
	res.Title = a.Title
	d := w.an.Analyze(a)
	res.Figures, res.Attributions, res.Claims = len(d.Figures), len(d.Attributions), len(d.Claims)
	tx, err := w.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("queue: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	n, err := ledger.StoreAnalysisTx(ctx, tx, []*doc.Document{d})
	if err != nil {
		return err
	}
	if _, err := river.JobCompleteTx[*riverpgxv5.Driver](ctx, tx, job); err != nil {
		return fmt.Errorf("queue: completing job %d: %w", job.ID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("queue: commit: %w", err)
	}
	res.Stored = n > 0
	return nil
}

// Work runs a River client that analyses queued articles until ctx is
// cancelled or opts.Until is met, then stops gracefully: no new jobs are
// taken, running ones get StopTimeout to finish and are then cancelled (their
// transactions roll back and River retries them).
func Work(ctx context.Context, pool *pgxpool.Pool, an *analyzer.Analyzer, opts WorkerOptions) (WorkerSummary, error) {
	start := time.Now()
	conc := max(opts.Concurrency, 1)
	jobTimeout := opts.JobTimeout
	if jobTimeout <= 0 {
		jobTimeout = time.Minute
	}
	rescue := opts.RescueAfter
	if rescue <= 0 {
		rescue = jobTimeout + time.Minute
	}
	if rescue < jobTimeout {
		return WorkerSummary{}, fmt.Errorf("queue: rescue-after %s is shorter than the job timeout %s: running jobs would be handed out twice", rescue, jobTimeout)
	}
	poll := opts.PollInterval
	if poll <= 0 {
		poll = time.Second
	}
	stopTimeout := opts.StopTimeout
	if stopTimeout <= 0 {
		stopTimeout = 30 * time.Second
	}
	id := opts.ID
	if id == "" {
		host, _ := os.Hostname()
		id = fmt.Sprintf("crosscheck-%s-%d-%d", host, os.Getpid(), time.Now().UnixNano()%1e6)
	}
	w := &analyzeWorker{pool: pool, an: an, report: opts.Job}
	workers := river.NewWorkers()
	if err := river.AddWorkerSafely(workers, w); err != nil {
		return WorkerSummary{}, fmt.Errorf("queue: %w", err)
	}
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		ID:                   id,
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: conc}},
		Workers:              workers,
		JobTimeout:           jobTimeout,
		RescueStuckJobsAfter: rescue,
		FetchPollInterval:    poll,
		FetchCooldown:        min(poll, 10*time.Millisecond),
		SoftStopTimeout:      stopTimeout,
		Logger:               quietLogger(opts.Logger),
	})
	if err != nil {
		return WorkerSummary{}, fmt.Errorf("queue: %w", err)
	}
	// The client runs on its own context: a signal stops it gracefully
	// below rather than cancelling jobs mid-transaction at once.
	runCtx, cancelRun := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelRun()
	if err := client.Start(runCtx); err != nil {
		return WorkerSummary{}, fmt.Errorf("queue: starting the River client: %w", err)
	}
	var waitErr error
	if opts.Until != Forever {
		waitErr = waitIdle(ctx, pool, w, opts.Until, poll)
	} else {
		<-ctx.Done()
	}
	stopCtx, cancelStop := context.WithTimeout(context.WithoutCancel(ctx), stopTimeout+10*time.Second)
	defer cancelStop()
	stopErr := client.Stop(stopCtx)
	sum := WorkerSummary{
		Jobs: int(w.jobs.Load()), Stored: int(w.stored.Load()), AlreadyStored: int(w.already.Load()),
		Failed: int(w.failed.Load()), Elapsed: time.Since(start),
	}
	if waitErr != nil && !errors.Is(waitErr, context.Canceled) {
		return sum, waitErr
	}
	if stopErr != nil {
		return sum, fmt.Errorf("queue: stopping: %w", stopErr)
	}
	return sum, nil
}

// waitIdle polls the job table until the until condition holds or ctx ends.
// Two consecutive idle readings are required, so a job being handed from a
// fetch to a worker is not missed.
func waitIdle(ctx context.Context, pool *pgxpool.Pool, w *analyzeWorker, until Until, poll time.Duration) error {
	q := `SELECT count(*) FROM river_job WHERE kind = $1 AND state IN ('available', 'running', 'retryable', 'scheduled', 'pending')`
	if until == Once {
		q = `SELECT count(*) FROM river_job WHERE kind = $1 AND (state = 'available' OR (state IN ('retryable', 'scheduled') AND scheduled_at <= now()))`
	}
	tick := time.NewTicker(min(poll, 250*time.Millisecond))
	defer tick.Stop()
	idle := 0
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		var n int
		if err := pool.QueryRow(ctx, q, Kind).Scan(&n); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("queue: checking the queue: %w", err)
		}
		if n == 0 && w.inFlight.Load() == 0 {
			idle++
		} else {
			idle = 0
		}
		if idle >= 2 {
			return nil
		}
	}
}

// Stats counts the queue's jobs by state and the pending articles, for
// summaries and tests.
func Stats(ctx context.Context, pool *pgxpool.Pool) (map[string]int, error) {
	out := map[string]int{}
	rows, err := pool.Query(ctx, `SELECT state::text, count(*) FROM river_job WHERE kind = $1 GROUP BY state`, Kind)
	if err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			rows.Close()
			return nil, err
		}
		out[s] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM pending_articles`).Scan(&n); err != nil {
		return nil, fmt.Errorf("queue: %w", err)
	}
	out["pending_articles"] = n
	return out, nil
}
