package ledger_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/ledger/ledgertest"
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
	base := os.Getenv("CROSSCHECK_TEST_POSTGRES")
	if base == "" {
		t.Skip("CROSSCHECK_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable); skipping the PostgreSQL store")
	}
	ledgertest.Run(t, func(t *testing.T) ledger.Store {
		t.Helper()
		ctx := context.Background()
		admin, err := sql.Open("pgx", base)
		if err != nil {
			t.Fatal(err)
		}
		defer admin.Close()
		var rnd [6]byte
		rand.Read(rnd[:])
		schema := "ledgertest_" + hex.EncodeToString(rnd[:])
		if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			db, err := sql.Open("pgx", base)
			if err == nil {
				db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
				db.Close()
			}
		})
		u, err := url.Parse(base)
		if err != nil {
			t.Fatal(err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		st, err := ledger.OpenPostgres(ctx, u.String())
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
