package nlp

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/nlp/models"
)

// BenchmarkLoad measures reading all embedded models (target < 300 ms).
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(models.FS); err != nil {
			b.Fatal(err)
		}
	}
}
