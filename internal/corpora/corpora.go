// Package corpora finds the shared corpora (../shared/data beside the
// repository) for tests and skips those tests cleanly where the corpora are
// absent: they are data the project may read at test and evaluation time
// but never copies.
package corpora

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the absolute path of ../shared/data next to the repository
// root (the folder holding go.mod), or skips the test with a message.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Skipf("no working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("go.mod not found above the package directory")
		}
		dir = parent
	}
	data := filepath.Join(filepath.Dir(dir), "shared", "data")
	if _, err := os.Stat(data); err != nil {
		tb.Skipf("shared corpora not found at %s (they live beside the repository, not in it): skipping", data)
	}
	return data
}
