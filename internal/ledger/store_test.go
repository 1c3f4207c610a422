package ledger_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/ledger/ledgertest"
	"github.com/crosscheck-news/crosscheck/internal/pgtest"
)

func openSQLite(t *testing.T) ledger.Store {
	t.Helper()
	st, err := ledger.OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "sub", "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestSQLiteContract(t *testing.T) { ledgertest.Run(t, openSQLite) }

// TestPostgresContract runs the contract in a schema of its own, dropped
// afterwards, so parallel runs on one database do not meet.
func TestPostgresContract(t *testing.T) {
	if os.Getenv(pgtest.Env) == "" {
		t.Skip("CROSSCHECK_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable); skipping the PostgreSQL store")
	}
	ledgertest.Run(t, func(t *testing.T) ledger.Store {
		t.Helper()
		ctx := context.Background()
		u := pgtest.Schema(t, "ledgertest")
		st, err := ledger.OpenPostgres(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	})
}

func TestOpenChoosesBackend(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.db")
	st, err := ledger.Open(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := os.Stat(p); err != nil {
		t.Errorf("Open(%q) made no SQLite file: %v", p, err)
	}
	// Reopening runs no migration twice.
	st, err = ledger.Open(context.Background(), p)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	st.Close()
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if got, _ := ledger.DefaultPath(); got != "/data/home/crosscheck/ledger.db" {
		t.Errorf("DefaultPath() = %q", got)
	}
}
