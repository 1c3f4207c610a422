// Package pgtest gives a test a PostgreSQL schema of its own on the database
// named by CROSSCHECK_TEST_POSTGRES, dropped when the test ends, so that
// parallel packages and runs on one database never meet. It knows nothing
// of the ledger, so the ledger's internal tests can use it too.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// Env is the variable holding the test database's URL.
const Env = "CROSSCHECK_TEST_POSTGRES"

// Schema creates a fresh schema whose name starts with prefix and returns
// the URL that opens the database with it as the search path. It returns
// "" when Env is unset, for the caller to skip with its own message.
func Schema(t testing.TB, prefix string) string {
	t.Helper()
	base := os.Getenv(Env)
	if base == "" {
		return ""
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var rnd [6]byte
	rand.Read(rnd[:])
	schema := prefix + "_" + hex.EncodeToString(rnd[:])
	if _, err := admin.ExecContext(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("%s: creating schema %s: %v", Env, schema, err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", base); err == nil {
			db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
			db.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
