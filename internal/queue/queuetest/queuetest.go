// Package queuetest gives tests of the job queue a PostgreSQL database of
// their own: River's leader election, rescuer and LISTEN/NOTIFY act on the
// whole database, so a queue test sharing one with other tests (or with a
// parallel run of itself) would steal or rescue their jobs.
package queuetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx"
)

// EnvPostgres names the variable holding the PostgreSQL URL tests may use.
const EnvPostgres = "CROSSCHECK_TEST_POSTGRES"

var serial atomic.Int64

// FreshDB creates an empty database named test_queue_<pid>_<n> on the server
// CROSSCHECK_TEST_POSTGRES points at, drops it when the test ends, and returns
// its URL. It skips the test with a message when the variable is unset.
func FreshDB(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(EnvPostgres)
	if base == "" {
		tb.Skipf("%s is not set (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable); skipping the PostgreSQL job-queue test", EnvPostgres)
	}
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("%s: %v", EnvPostgres, err)
	}
	name := fmt.Sprintf("test_queue_%d_%d", os.Getpid(), serial.Add(1))
	admin, err := sql.Open("pgx", base)
	if err != nil {
		tb.Fatal(err)
	}
	defer admin.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
		tb.Fatalf("dropping a leftover %s: %v", name, err)
	}
	if _, err := admin.ExecContext(ctx, `CREATE DATABASE `+name); err != nil {
		tb.Fatalf("creating database %s: %v", name, err)
	}
	tb.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			tb.Errorf("dropping %s: %v", name, err)
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			tb.Errorf("dropping %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
