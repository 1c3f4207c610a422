package ledger_test

import (
	"context"
	"sync"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/queue/queuetest"
)

// TestPostgresOpenTogether: processes started at once on a fresh database
// (workers on several machines) all open the ledger; the migrations run once.
func TestPostgresOpenTogether(t *testing.T) {
	dsn := queuetest.FreshDB(t)
	ctx := context.Background()
	const n = 4
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := ledger.OpenPostgres(ctx, dsn)
			if err == nil {
				_, err = st.Counts(ctx)
				st.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("open %d of %d at once: %v", i+1, n, err)
		}
	}
}
