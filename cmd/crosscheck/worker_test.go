package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/queue/queuetest"
)

func TestQueueNeedsPostgres(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	code, _, errs := runCLI(t, "", "ingest", "--queue", "--db", db, "../../examples")
	if code != 2 || !strings.Contains(errs, "--queue needs a PostgreSQL ledger") || !strings.Contains(errs, db) {
		t.Errorf("ingest --queue on SQLite: exit %d, %q", code, errs)
	}
	code, _, errs = runCLI(t, "", "worker", "--db", db)
	if code != 1 || !strings.Contains(errs, "needs a PostgreSQL ledger") {
		t.Errorf("worker on SQLite: exit %d, %q", code, errs)
	}
}

func TestWorkerUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--once", "--exit-when-idle"}, "exclude each other"},
		{[]string{"--job-timeout", "2m", "--rescue-after", "1m"}, "shorter than --job-timeout"},
		{[]string{"--concurrency", "0"}, "at least 1"},
		{[]string{"articles.txt"}, "unexpected argument"},
	} {
		code, _, errs := runCLI(t, "", append([]string{"worker", "--db", "postgres://nowhere.invalid/x"}, tc.args...)...)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("worker %v: exit %d, %q, want 2 and %q", tc.args, code, errs, tc.want)
		}
	}
}

// TestQueueCommands: ingest --queue reports a malformed line and queues the
// rest, a second run queues nothing, and a worker started with --once
// analyses both articles so search and figures see them.
func TestQueueCommands(t *testing.T) {
	dsn := queuetest.FreshDB(t)
	code, out, errs := runCLI(t, ledgerArticles, "ingest", "--queue", "--db", dsn, "--input-format", "jsonl", "-")
	if code != 1 || !strings.Contains(out, "Queued 2 articles: 2 new, 0 duplicate, 1 failed") || !strings.Contains(errs, "-: line 3") {
		t.Errorf("ingest --queue: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, errs = runCLI(t, ledgerArticles[:strings.LastIndex(ledgerArticles[:len(ledgerArticles)-1], "\n")+1], "ingest", "--queue", "--db", dsn, "--input-format", "jsonl", "-")
	if code != 0 || !strings.Contains(out, "Nothing new to queue: all 2 articles") {
		t.Errorf("second ingest --queue: exit %d, out %q, err %q", code, out, errs)
	}
	if code, out, _ := runCLI(t, "", "search", "--db", dsn, "Sudzha"); code != 0 || !strings.Contains(out, "No articles found") {
		t.Errorf("queued articles are searchable before a worker analysed them: %q", out)
	}
	code, out, errs = runCLI(t, "", "worker", "--db", dsn, "--once", "--poll-interval", "100ms", "--concurrency", "2")
	if code != 0 || !strings.Contains(out, "Worked 2 jobs: 2 stored") || strings.Count(errs, " stored in ") != 2 {
		t.Errorf("worker --once: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, errs = runCLI(t, "", "search", "--db", dsn, "Sudzha")
	if code != 0 || !strings.Contains(out, "Pyongyang troops suffer losses") {
		t.Errorf("search after the worker: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "figures", "--db", dsn, "North Korean killed")
	if code != 0 || !strings.Contains(out, "300") || !strings.Contains(out, "up to 40") {
		t.Errorf("figures after the worker: exit %d, out %q", code, out)
	}
}
