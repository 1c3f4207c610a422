package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

func init() {
	register(&command{name: "ingest", summary: "analyse articles and store them in the ledger", run: runIngest})
}

const ingestUsage = `Usage: crosscheck ingest [options] PATH...

Reads every PATH (a file, a directory read recursively, or - for standard
input), analyses the articles on all cores and stores them in the ledger.
Inputs may be plain text, HTML, RSS/Atom feeds, JSON Lines or WARC archives.

Articles are keyed by a hash of their text: ingesting the same article again
changes nothing and is reported as a duplicate. A malformed file, line or
record is reported with its name and number; the rest still lands.

The ledger is --db (a SQLite file, or a postgres:// URL), else $CROSSCHECK_DB,
else $XDG_DATA_HOME/crosscheck/ledger.db.

With --queue (PostgreSQL only) nothing is analysed here: each new article is
stored as pending together with a job, batch by batch in one transaction, and
'crosscheck worker' processes (on any machine) analyse and store them.

Options:
`

// dbFlag adds the --db option every ledger command takes.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "ledger: SQLite file or postgres:// URL (default $CROSSCHECK_DB, then the user data directory)")
}

// openLedger opens the ledger named by --db, saying which one on failure.
func openLedger(ctx context.Context, cmd, dsn string, stderr io.Writer) (ledger.Store, bool) {
	st, err := ledger.Open(ctx, dsn)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck %s: %v\n", cmd, err)
		return nil, false
	}
	return st, true
}

// parseFlags parses args, printing usage on -h; ok is false with the exit
// code to return when the command should stop.
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	return 0, true
}

func runIngest(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	inFormat := fs.String("input-format", "auto", "input format: auto, text, html, rss, jsonl or warc")
	maxBytes := fs.Int64("max-bytes", reader.DefaultMaxBytes, "largest input (or JSONL line, WARC record) read, in bytes")
	workers := fs.Int("workers", 0, "analysers running in parallel (default: one per core)")
	batch := fs.Int("batch", 64, "articles stored per transaction")
	progress := fs.String("progress", "auto", "progress: auto (a bar on a terminal, log lines otherwise), bar, log or none")
	fast := fs.Bool("fast", false, "leave out the statistical language core (tagger, parser, NER): about five times faster, attribution and names a few points less accurate")
	toQueue := fs.Bool("queue", false, "only read and queue new articles for 'crosscheck worker' (PostgreSQL ledger)")
	fs.Usage = func() {
		fmt.Fprint(stderr, ingestUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "crosscheck ingest: no PATH given (a file, a directory, or - for standard input)")
		fs.Usage()
		return 2
	}
	mode := *progress
	switch mode {
	case "auto":
		mode = "log"
		if isTerminal(stderr) {
			mode = "bar"
		}
	case "bar", "log", "none":
	default:
		fmt.Fprintf(stderr, "crosscheck ingest: --progress %q: want auto, bar, log or none\n", mode)
		return 2
	}
	if *toQueue {
		return runEnqueue(*db, fs.Args(), stdin, reader.Options{Format: *inFormat, MaxBytes: *maxBytes}, *batch, mode == "log", stdout, stderr)
	}
	ctx := context.Background()
	an, err := analyzer.New(analyzer.Options{Fast: *fast})
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck ingest: %v\n", err)
		return 1
	}
	st, ok := openLedger(ctx, "ingest", *db, stderr)
	if !ok {
		return 1
	}
	defer st.Close()

	opts := ledger.IngestOptions{
		Reader:    reader.Options{Format: *inFormat, MaxBytes: *maxBytes},
		Workers:   *workers,
		BatchSize: *batch,
		Stdin:     stdin,
	}
	var lastLog time.Time
	switch mode {
	case "bar":
		opts.Progress = func(p ledger.Progress) {
			fmt.Fprintf(stderr, "\r\x1b[K%s", progressLine(p))
			if p.Done {
				fmt.Fprintln(stderr)
			}
		}
	case "log":
		opts.Progress = func(p ledger.Progress) {
			if p.Done || time.Since(lastLog) < 5*time.Second {
				return
			}
			lastLog = time.Now()
			fmt.Fprintf(stderr, "crosscheck ingest: %s\n", progressLine(p))
		}
	}
	sum, err := ledger.Ingest(ctx, st, an, fs.Args(), opts)
	for _, e := range sum.Failed {
		fmt.Fprintf(stderr, "crosscheck ingest: failed: %s\n", strings.TrimPrefix(e.Error(), "reader: "))
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck ingest: %v (%d new articles stored before the error)\n", err, sum.New)
		return 1
	}
	rate := 0.0
	if s := sum.Elapsed.Seconds(); s > 0 {
		rate = float64(sum.Read) / s
	}
	switch {
	case sum.Read > 0 && sum.New == 0 && sum.Duplicate == sum.Read:
		verb := "were"
		if sum.Read == 1 {
			verb = "was"
		}
		fmt.Fprintf(stdout, "Nothing new: all %s %s already in the ledger.\n", plural(sum.Read, "article"), verb)
	default:
		fmt.Fprintf(stdout, "Ingested %s: %d new, %d duplicate, %d failed in %s (%.0f articles/s).\n",
			plural(sum.Read, "article"), sum.New, sum.Duplicate, len(sum.Failed), sum.Elapsed.Round(time.Millisecond), rate)
	}
	if len(sum.Failed) > 0 {
		return 1
	}
	return 0
}

// progressLine is the one-line progress report: count, rate, and an ETA
// from the share of inputs read.
func progressLine(p ledger.Progress) string {
	rate := 0.0
	if s := p.Elapsed.Seconds(); s > 0 {
		rate = float64(p.Read) / s
	}
	line := fmt.Sprintf("%d articles  %.0f/s  new %d  duplicate %d  failed %d  inputs %d/%d",
		p.Read, rate, p.New, p.Duplicate, p.Failed, p.FilesDone, p.FilesTotal)
	if !p.Done && p.FilesDone > 0 && p.FilesTotal > p.FilesDone {
		eta := time.Duration(float64(p.Elapsed) * float64(p.FilesTotal-p.FilesDone) / float64(p.FilesDone))
		line += "  ETA " + eta.Round(time.Second).String()
	}
	return line
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// parseDay reads a --from/--to date.
func parseDay(cmd, name, s string, stderr io.Writer) (time.Time, bool) {
	if s == "" {
		return time.Time{}, true
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck %s: --%s %q: want a date as YYYY-MM-DD\n", cmd, name, s)
		return time.Time{}, false
	}
	return t, true
}
