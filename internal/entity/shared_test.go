package entity

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedData returns ../shared/data next to the repository root, or skips
// the test when the corpora are not there (they are not part of the
// repository).
func sharedData(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the package directory")
		}
		dir = parent
	}
	data := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		t.Skipf("shared corpora not found at %s (they live outside the repository); skipping", data)
	}
	return data
}
