package ledger

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// The SQLite store reads through its own pool: a read neither waits for an
// open write transaction nor misses what was committed just before it, and
// the pool itself cannot write.
func TestSQLiteReadPool(t *testing.T) {
	ctx := context.Background()
	st, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := st.(*sqlStore)
	put := func(text string) string {
		t.Helper()
		a := doc.Article{Title: text, Outlet: "Wire", Text: text}
		a.ID = doc.ContentID(a.Text)
		if _, err := st.Put(ctx, []*doc.Document{{Article: a}}); err != nil {
			t.Fatal(err)
		}
		return a.ID
	}

	id := put("The ferry sank off the coast.")
	// Read right after the write commits, through the other connections.
	if _, err := st.Document(ctx, id); err != nil {
		t.Fatalf("a committed article is not visible to the read pool: %v", err)
	}
	hits, err := st.Search(ctx, Query{Text: "ferry"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search after Put = %v, %v; want the one article", hits, err)
	}

	// A write transaction holds the only writer connection; reads go on.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM articles`); err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	recent, err := st.RecentArticles(rctx, 10, 0)
	if err != nil {
		t.Fatalf("a read waited for the open write transaction: %v", err)
	}
	if len(recent) != 1 {
		t.Errorf("read saw %d articles during an uncommitted delete, want the committed 1", len(recent))
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}

	if _, err := s.rdb.ExecContext(ctx, `DELETE FROM articles`); err == nil {
		t.Error("the read pool accepted a write")
	}
	put("A second ferry left the harbour.")
	if hits, err := st.Search(ctx, Query{Text: "ferry"}); err != nil || len(hits) != 2 {
		t.Errorf("Search after a second Put = %d hits, %v; want 2", len(hits), err)
	}
}
