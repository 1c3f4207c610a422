package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/queue"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

func init() {
	register(&command{name: "worker", summary: "analyse articles queued by 'ingest --queue' (PostgreSQL)", run: runWorker})
}

const workerUsage = `Usage: crosscheck worker --db postgres://… [options]

Works the job queue that 'crosscheck ingest --queue' fills: each job analyses
one queued article and stores its analysis in the ledger (the same tables and
rows as plain ingest), removing it from the queue in the same transaction. Run
as many workers as you like, on any machine that reaches the database.

A worker killed at any moment loses nothing: its unfinished jobs are handed to
another worker after --rescue-after. SIGTERM or SIGINT stops it gracefully:
no new jobs are taken and running ones get --stop-timeout to finish before they
are cancelled and left to be retried. A second signal stops at once.

Prints one line per job on standard error and a summary on standard output.

Options:
`

func runWorker(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	conc := fs.Int("concurrency", runtime.GOMAXPROCS(0), "jobs worked at once")
	once := fs.Bool("once", false, "exit when no job is ready and this worker has none running")
	idle := fs.Bool("exit-when-idle", false, "exit when the queue has no unfinished job left (including other workers' jobs and later retries)")
	jobTimeout := fs.Duration("job-timeout", time.Minute, "cancel and retry a job running longer than this")
	rescue := fs.Duration("rescue-after", 2*time.Minute, "hand a job still running after this long (its worker died) to another worker; at least --job-timeout")
	poll := fs.Duration("poll-interval", time.Second, "how often to look for jobs when no notification arrives")
	stopTimeout := fs.Duration("stop-timeout", 30*time.Second, "on SIGTERM/SIGINT, how long running jobs may finish before they are cancelled")
	fast := fs.Bool("fast", false, "leave out the statistical language core (tagger, parser, NER): about five times faster, attribution and names a few points less accurate")
	quiet := fs.Bool("quiet", false, "no line per job, only the summary")
	fs.Usage = func() {
		fmt.Fprint(stderr, workerUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "crosscheck worker: unexpected argument %q (the worker reads its articles from the queue)\n", fs.Arg(0))
		return 2
	}
	if *once && *idle {
		fmt.Fprintln(stderr, "crosscheck worker: --once and --exit-when-idle exclude each other")
		return 2
	}
	if *conc < 1 {
		fmt.Fprintf(stderr, "crosscheck worker: --concurrency %d: want at least 1\n", *conc)
		return 2
	}
	if *rescue < *jobTimeout {
		fmt.Fprintf(stderr, "crosscheck worker: --rescue-after %s is shorter than --job-timeout %s: a slow job would be handed out twice\n", *rescue, *jobTimeout)
		return 2
	}
	dsn, err := ledger.ResolveDSN(*db)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck worker: %v\n", err)
		return 1
	}

	// The first SIGINT/SIGTERM stops gracefully; a second one exits now
	// (the database rolls the open transactions back).
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer func() { signal.Stop(sigs); close(sigs) }()
	go func() {
		s, ok := <-sigs
		if !ok {
			return
		}
		fmt.Fprintf(stderr, "crosscheck worker: %s: finishing running jobs (again to stop now)\n", s)
		stop()
		if _, ok := <-sigs; ok {
			fmt.Fprintln(stderr, "crosscheck worker: stopping now; unfinished jobs will be retried")
			os.Exit(130)
		}
	}()

	pool, err := queue.Open(ctx, dsn)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck worker: %v\n", err)
		return 1
	}
	defer pool.Close()
	an, err := analyzer.New(analyzer.Options{Fast: *fast})
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck worker: %v\n", err)
		return 1
	}
	until := queue.Forever
	switch {
	case *once:
		until = queue.Once
	case *idle:
		until = queue.Idle
	}
	var logMu sync.Mutex
	opts := queue.WorkerOptions{
		Concurrency:  *conc,
		JobTimeout:   *jobTimeout,
		RescueAfter:  *rescue,
		PollInterval: *poll,
		StopTimeout:  *stopTimeout,
		Until:        until,
		Logger:       slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}),
		Job: func(r queue.JobResult) {
			if *quiet && r.Err == nil {
				return
			}
			logMu.Lock()
			defer logMu.Unlock()
			fmt.Fprintf(stderr, "crosscheck worker: %s\n", jobLine(r))
		},
	}
	sum, err := queue.Work(ctx, pool, an, opts)
	rate := 0.0
	if s := sum.Elapsed.Seconds(); s > 0 {
		rate = float64(sum.Stored) / s
	}
	fmt.Fprintf(stdout, "Worked %s: %d stored, %d already in the ledger, %d failed (retried later) in %s (%.1f articles/s).\n",
		plural(sum.Jobs, "job"), sum.Stored, sum.AlreadyStored, sum.Failed, sum.Elapsed.Round(time.Millisecond), rate)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck worker: %v\n", err)
		return 1
	}
	return 0
}

// jobLine is the log line for one job.
func jobLine(r queue.JobResult) string {
	id := r.ArticleID
	if len(id) > 12 {
		id = id[:12]
	}
	attempt := ""
	if r.Attempt > 1 {
		attempt = fmt.Sprintf(" (attempt %d)", r.Attempt)
	}
	switch {
	case r.Err != nil:
		return fmt.Sprintf("job %d article %s%s failed after %s: %v", r.JobID, id, attempt, r.Elapsed.Round(time.Millisecond), r.Err)
	case !r.Stored:
		return fmt.Sprintf("job %d article %s%s: already in the ledger", r.JobID, id, attempt)
	}
	title := r.Title
	if len([]rune(title)) > 60 {
		title = string([]rune(title)[:59]) + "…"
	}
	return fmt.Sprintf("job %d article %s%s stored in %s: %d figures, %d attributions, %d claims  %q",
		r.JobID, id, attempt, r.Elapsed.Round(time.Millisecond), r.Figures, r.Attributions, r.Claims, title)
}

// runEnqueue is "ingest --queue": it reads the inputs and queues the new
// articles for workers instead of analysing them.
func runEnqueue(dsnFlag string, paths []string, stdin io.Reader, rd reader.Options, batch int, logBatches bool, stdout, stderr io.Writer) int {
	dsn, err := ledger.ResolveDSN(dsnFlag)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck ingest: %v\n", err)
		return 1
	}
	if !ledger.IsPostgres(dsn) {
		fmt.Fprintf(stderr, "crosscheck ingest: --queue needs a PostgreSQL ledger (--db postgres://…): the job queue (River) lives in PostgreSQL, and %s is a SQLite file; ingest without --queue analyses here\n", dsn)
		return 2
	}
	ctx := context.Background()
	pool, err := queue.Open(ctx, dsn)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck ingest: %v\n", err)
		return 1
	}
	defer pool.Close()
	opts := queue.EnqueueOptions{Reader: rd, BatchSize: batch, Stdin: stdin}
	if logBatches {
		n := 0
		opts.Batch = func(b queue.BatchResult) {
			n++
			fmt.Fprintf(stderr, "crosscheck ingest: batch %d: %d read, %d queued in %s\n", n, b.Read, b.Queued, b.Elapsed.Round(time.Millisecond))
		}
	}
	sum, err := queue.Enqueue(ctx, pool, paths, opts)
	for _, e := range sum.Failed {
		fmt.Fprintf(stderr, "crosscheck ingest: failed: %s\n", strings.TrimPrefix(e.Error(), "reader: "))
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck ingest: %v (%d articles queued before the error)\n", err, sum.Queued)
		return 1
	}
	if sum.Requeued > 0 {
		fmt.Fprintf(stdout, "Requeued %s whose earlier job had failed for good.\n", plural(sum.Requeued, "pending article"))
	}
	switch {
	case sum.Read > 0 && sum.Queued == 0 && sum.Duplicate == sum.Read:
		fmt.Fprintf(stdout, "Nothing new to queue: all %s already in the ledger or queued.\n", plural(sum.Read, "article"))
	default:
		fmt.Fprintf(stdout, "Queued %s: %d new, %d duplicate, %d failed in %s; run 'crosscheck worker' to analyse them.\n",
			plural(sum.Read, "article"), sum.Queued, sum.Duplicate, len(sum.Failed), sum.Elapsed.Round(time.Millisecond))
	}
	if len(sum.Failed) > 0 {
		return 1
	}
	return 0
}
