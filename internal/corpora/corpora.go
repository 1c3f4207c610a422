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
	dir, ok := findRoot()
	if !ok {
		tb.Skip("go.mod not found above the package directory")
	}
	data := filepath.Join(filepath.Dir(dir), "shared", "data")
	if _, err := os.Stat(data); err != nil {
		tb.Skipf("shared corpora not found at %s (they live beside the repository, not in it): skipping", data)
	}
	return data
}

// RepoRoot returns the repository root (the folder holding go.mod) above
// the test's working directory, for tests that read the project's own
// examples and testdata; it fails the test when there is none.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, ok := findRoot()
	if !ok {
		tb.Fatal("go.mod not found above the package directory")
	}
	return dir
}

func findRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
