package ledger

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
)

// statsKeeper refreshes PostgreSQL's planner statistics while a ledger
// grows on a server whose autovacuum is off. Without statistics the planner
// guesses: on a 30,000-article ledger never analysed it read the entity
// page's quotes and claims by scanning whole tables (p95 501 ms, 46 ms once
// analysed). Autovacuum, PostgreSQL's default, analyses a table once about
// a tenth of it has changed; the keeper does the same from the writer's
// side, so the cost stays a small share of ingest (an ANALYZE samples a
// fixed number of rows per table, about a second on this machine).
type statsKeeper struct {
	mu      sync.Mutex
	off     bool  // the server analyses by itself, or the keeper gave up
	running bool  // a writer is analysing now
	added   int64 // articles stored since the last ANALYZE (or open)
	due     int64 // added at which the next ANALYZE runs
}

// analyzeFloor is the fewest new articles that trigger an ANALYZE, so a
// small ledger is not analysed after every batch.
const analyzeFloor = 1000

// articleEstimate selects the planner's own estimate of the ledger's
// articles, free to read (-1 before the first ANALYZE, hence GREATEST).
const articleEstimate = `GREATEST(reltuples, 0) FROM pg_class WHERE oid = 'articles'::regclass`

// newStatsKeeper asks the server whether autovacuum runs and how many
// articles the ledger holds.
func newStatsKeeper(ctx context.Context, db *sql.DB) (*statsKeeper, error) {
	var autovacuum string
	var rows float64
	err := db.QueryRowContext(ctx, `SELECT current_setting('autovacuum'), `+articleEstimate).Scan(&autovacuum, &rows)
	if err != nil {
		return nil, fmt.Errorf("ledger: reading PostgreSQL settings: %w", err)
	}
	return &statsKeeper{off: autovacuum == "on", due: dueAfter(int64(rows))}, nil
}

// dueAfter is how many new articles make statistics stale for a ledger of n.
func dueAfter(n int64) int64 { return max(analyzeFloor, n/10) }

// stored counts n newly stored articles and, when enough have come since
// the last time, analyses the ledger's tables. It reports whether it did.
// Statistics only speed queries up, so a failure (a role that may not
// analyse, a closed connection) switches the keeper off rather than
// failing a write that has already committed.
func (k *statsKeeper) stored(ctx context.Context, db *sql.DB, n int) bool {
	if k == nil || n == 0 {
		return false
	}
	k.mu.Lock()
	if k.off || k.running {
		k.added += int64(n)
		k.mu.Unlock()
		return false
	}
	k.added += int64(n)
	if k.added < k.due {
		k.mu.Unlock()
		return false
	}
	// One writer analyses; the others go on counting without waiting
	// for it (an ANALYZE takes about a second).
	k.running, k.added = true, 0
	k.mu.Unlock()
	var rows float64
	_, err := db.ExecContext(ctx, `ANALYZE `+strings.Join(Tables, ", "))
	if err == nil {
		err = db.QueryRowContext(ctx, `SELECT `+articleEstimate).Scan(&rows)
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.running = false
	if err != nil {
		k.off = true
		return false
	}
	k.due = dueAfter(int64(rows))
	return true
}
