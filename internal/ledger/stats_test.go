package ledger

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/pgtest"
)

func TestDueAfter(t *testing.T) {
	for _, c := range []struct{ n, want int64 }{{0, analyzeFloor}, {5000, analyzeFloor}, {10000, 1000}, {1000000, 100000}} {
		if got := dueAfter(c.n); got != c.want {
			t.Errorf("dueAfter(%d) = %d, want %d", c.n, got, c.want)
		}
	}
}

// TestStatsKeeperAnalyses stores articles into a PostgreSQL ledger with a
// keeper due after three, and checks the tables were analysed only once
// the third arrived.
func TestStatsKeeperAnalyses(t *testing.T) {
	if os.Getenv(pgtest.Env) == "" {
		t.Skip("CROSSCHECK_TEST_POSTGRES is not set; skipping the PostgreSQL statistics keeper")
	}
	ctx := context.Background()
	st, err := OpenPostgres(ctx, pgtest.Schema(t, "stats"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := st.(*sqlStore)
	s.stats = &statsKeeper{due: 3}
	analysed := func() bool {
		var last sql.NullTime
		if err := s.db.QueryRowContext(ctx, `SELECT last_analyze FROM pg_stat_user_tables WHERE relid = 'entities'::regclass`).Scan(&last); err != nil {
			t.Fatal(err)
		}
		return last.Valid
	}
	put := func(i int) {
		d := &doc.Document{Article: doc.Article{Text: fmt.Sprintf("Article number %d of the statistics test.", i)}}
		if _, err := st.Put(ctx, []*doc.Document{d}); err != nil {
			t.Fatal(err)
		}
	}
	put(1)
	put(2)
	if analysed() {
		t.Fatal("analysed after two articles; due after three")
	}
	put(3)
	if !analysed() {
		t.Fatal("not analysed after the third article")
	}
	if s.stats.added != 0 || s.stats.due != analyzeFloor {
		t.Errorf("after ANALYZE: added %d, due %d; want 0 and %d", s.stats.added, s.stats.due, analyzeFloor)
	}
}
