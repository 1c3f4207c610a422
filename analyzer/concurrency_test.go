package analyzer

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// TestConcurrentAnalysis checks that one Analyzer used from many goroutines
// (as ingest does) gives every article the same result as a lone run.
func TestConcurrentAnalysis(t *testing.T) {
	paths, _ := filepath.Glob("../examples/*.txt")
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	inputs := paths
	docs := make([][]byte, len(inputs))
	for i, p := range inputs {
		got, _, err := reader.ReadFile(p, reader.Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(a.Analyze(got[0]))
		docs[i] = b
	}
	want := docs
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				i := (g + k) % len(inputs)
				got, _, _ := reader.ReadFile(inputs[i], reader.Options{})
				b, _ := json.Marshal(a.Analyze(got[0]))
				if !bytes.Equal(b, want[i]) {
					errs <- inputs[i]
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for p := range errs {
		t.Errorf("%s: concurrent analysis differs from a lone run", p)
	}
}
