package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Pending articles are the PostgreSQL side of scale-out ingest: "ingest
// --queue" stores each new article raw in pending_articles together with a
// River job, and a worker later stores the analysis and removes the pending
// row together with completing the job. These functions run on a pgx.Tx
// rather than the Store's database/sql handle because River's transactional
// calls (InsertManyTx, JobCompleteTx) need a pgx transaction, and the point is
// that the ledger rows and the job change commit or roll back as one.

// PgxQuerier is what reading a pending article needs: a pgx pool, connection
// or transaction.
type PgxQuerier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// pgStore builds PostgreSQL statements with the shared helpers.
var pgStore = &sqlStore{postgres: true}

// AddPendingTx stores the articles that are neither analysed nor already
// pending as pending rows, and returns their IDs in input order: the articles
// the caller should make jobs for in the same transaction. Articles without an
// ID get their content hash. It takes a SHARE lock on articles, so no worker
// can store an article between the check and the insert; two enqueuers of the
// same article meet on the pending table's key and only one gets it.
func AddPendingTx(ctx context.Context, tx pgx.Tx, arts []doc.Article) ([]string, error) {
	if len(arts) == 0 {
		return nil, nil
	}
	ids := make([]string, len(arts))
	for i := range arts {
		if arts[i].ID == "" {
			arts[i].ID = doc.ContentID(arts[i].Text)
		}
		ids[i] = arts[i].ID
	}
	if _, err := tx.Exec(ctx, `LOCK TABLE articles IN SHARE MODE`); err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	have, err := pgxIDs(ctx, tx, `SELECT id FROM articles WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	t := &table{name: "pending_articles", cols: []string{"id", "url", "outlet", "title", "published", "language", "origin", "text", "enqueued_at"}}
	now := time.Now().UTC().Format(time.RFC3339)
	for _, a := range arts {
		if have[a.ID] {
			continue
		}
		have[a.ID] = true // a second copy in the same batch
		pub := ""
		if !a.Published.IsZero() {
			pub = a.Published.Format(time.RFC3339Nano)
		}
		t.add(a.ID, a.URL, a.Outlet, a.Title, pub, a.Language, a.Origin, a.Text, now)
	}
	added := map[string]bool{}
	nc := len(t.cols)
	for start := 0; start < t.n; start += bulkRows {
		n := min(bulkRows, t.n-start)
		rows, err := tx.Query(ctx, pgStore.insertSQL(t, n)+` ON CONFLICT (id) DO NOTHING RETURNING id`, t.args[start*nc:(start+n)*nc]...)
		if err != nil {
			return nil, fmt.Errorf("ledger: pending articles: %w", err)
		}
		got, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return nil, fmt.Errorf("ledger: pending articles: %w", err)
		}
		for _, id := range got {
			added[id] = true
		}
	}
	out := make([]string, 0, len(added))
	for _, a := range arts {
		if added[a.ID] {
			out = append(out, a.ID)
			delete(added, a.ID)
		}
	}
	return out, nil
}

// ErrNotPending is returned by PendingArticle for an ID with no pending row.
var ErrNotPending = errors.New("ledger: article not pending")

// PendingArticle reads a pending article back as it was read, or returns
// ErrNotPending.
func PendingArticle(ctx context.Context, q PgxQuerier, id string) (doc.Article, error) {
	var a doc.Article
	var pub string
	err := q.QueryRow(ctx, `SELECT id, url, outlet, title, published, language, origin, text FROM pending_articles WHERE id = $1`, id).
		Scan(&a.ID, &a.URL, &a.Outlet, &a.Title, &pub, &a.Language, &a.Origin, &a.Text)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, ErrNotPending
	}
	if err != nil {
		return a, fmt.Errorf("ledger: pending article %s: %w", id, err)
	}
	if pub != "" {
		t, err := time.Parse(time.RFC3339Nano, pub)
		if err != nil {
			return a, fmt.Errorf("ledger: pending article %s: published %q: %w", id, pub, err)
		}
		a.Published = t
	}
	return a, nil
}

// StoreAnalysisTx stores analysed documents exactly as Put does (same tables,
// same rows) and removes their pending rows, inside the caller's transaction.
// A document whose article is already stored (by plain ingest, or by an
// earlier run of the same job) is not stored again; stored counts the ones
// that were. Writers take turns on articles as in Put.
func StoreAnalysisTx(ctx context.Context, tx pgx.Tx, docs []*doc.Document) (stored int, err error) {
	if len(docs) == 0 {
		return 0, nil
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		if d.Article.ID == "" {
			d.Article.ID = doc.ContentID(d.Article.Text)
		}
		ids[i] = d.Article.ID
	}
	// Two round trips: the lock and the check, then every insert and the
	// pending row's removal pipelined in one pgx batch. Workers run on many
	// machines, so the per-statement latency is what a job pays for.
	check := &pgx.Batch{}
	check.Queue(`LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE`)
	check.Queue(`SELECT id FROM articles WHERE id = ANY($1)`, ids)
	br := tx.SendBatch(ctx, check)
	if _, err := br.Exec(); err != nil {
		br.Close()
		return 0, fmt.Errorf("ledger: %w", err)
	}
	rows, err := br.Query()
	if err != nil {
		br.Close()
		return 0, fmt.Errorf("ledger: %w", err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		br.Close()
		return 0, fmt.Errorf("ledger: %w", err)
	}
	if err := br.Close(); err != nil {
		return 0, fmt.Errorf("ledger: %w", err)
	}
	have := make(map[string]bool, len(got))
	for _, id := range got {
		have[id] = true
	}
	tables := newTables()
	now := time.Now().UTC().Format(time.RFC3339)
	for _, d := range docs {
		if have[d.Article.ID] {
			continue
		}
		have[d.Article.ID] = true
		if err := addRows(tables, d, now); err != nil {
			return 0, fmt.Errorf("ledger: article %s (%s): %w", d.Article.ID, d.Article.Origin, err)
		}
		stored++
	}
	write := &pgx.Batch{}
	var names []string
	for _, t := range tables {
		nc := len(t.cols)
		for start := 0; start < t.n; start += bulkRows {
			n := min(bulkRows, t.n-start)
			write.Queue(pgStore.insertSQL(t, n), t.args[start*nc:(start+n)*nc]...)
			names = append(names, t.name)
		}
	}
	write.Queue(`DELETE FROM pending_articles WHERE id = ANY($1)`, ids)
	names = append(names, "pending_articles")
	br = tx.SendBatch(ctx, write)
	for _, name := range names {
		if _, err := br.Exec(); err != nil {
			br.Close()
			return 0, fmt.Errorf("ledger: storing %s: %w", name, err)
		}
	}
	if err := br.Close(); err != nil {
		return 0, fmt.Errorf("ledger: %w", err)
	}
	return stored, nil
}

// pgxIDs runs a query over an ID list and returns the IDs it yields.
func pgxIDs(ctx context.Context, tx pgx.Tx, q string, ids []string) (map[string]bool, error) {
	rows, err := tx.Query(ctx, q, ids)
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	got, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	out := make(map[string]bool, len(got))
	for _, id := range got {
		out[id] = true
	}
	return out, nil
}

// migrationLock is the advisory lock key under which a process migrates a
// PostgreSQL ledger.
const migrationLock = 0x6c6564676572 // "ledger"

// migratePostgres runs the ledger's migrations and then River's while holding
// a session advisory lock, so processes started together on a fresh database
// (three workers, or a worker and an ingest) take turns instead of racing to
// create the same tables; the later ones find the work done.
func migratePostgres(ctx context.Context, db *sql.DB, dsn string, rebind func(string) string) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, int64(migrationLock)); err != nil {
		return fmt.Errorf("ledger: waiting for the migration lock: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrationLock))
	if err := migrate(ctx, db, postgresMigrations, rebind); err != nil {
		return err
	}
	return migrateRiver(ctx, dsn)
}

// riverMigrationLock is the advisory lock key that serialises River's
// migrations when several processes open a fresh ledger at once.
const riverMigrationLock = 0x63726f7373 // "cross"

// migrateRiver brings River's own tables (river_job, river_leader, …) up to
// the version this build's River expects, in the search_path schema of the
// ledger, so any PostgreSQL ledger can take queued jobs. rivermigrate applies
// each version in its own transaction (some cannot share one) on a short-lived
// pgx pool; a session advisory lock held on another connection of that pool
// makes processes opening a fresh ledger at once take turns. Already applied
// versions are skipped, so this is a few queries on a current database.
func migrateRiver(ctx context.Context, dsn string) error {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return fmt.Errorf("ledger: River migrations: %w", err)
	}
	cfg.MaxConns = 2
	cfg.MinConns = 0
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return fmt.Errorf("ledger: River migrations: %w", err)
	}
	defer pool.Close()
	lock, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("ledger: River migrations: %w", err)
	}
	defer lock.Release()
	if _, err := lock.Exec(ctx, `SELECT pg_advisory_lock($1)`, int64(riverMigrationLock)); err != nil {
		return fmt.Errorf("ledger: River migrations: %w", err)
	}
	defer lock.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(riverMigrationLock))
	m, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return fmt.Errorf("ledger: River migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("ledger: River migrations: %w", err)
	}
	return nil
}

// IsPostgres reports whether dsn names a PostgreSQL ledger, as Open decides.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// ResolveDSN is the ledger Open would use for dsn: dsn itself, else
// CROSSCHECK_DB, else DefaultPath.
func ResolveDSN(dsn string) (string, error) {
	if dsn == "" {
		dsn = os.Getenv(EnvDB)
	}
	if dsn == "" {
		return DefaultPath()
	}
	return dsn, nil
}
