package reliability

import (
	"strconv"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// BenchmarkRunOnSentence analyses punctuation-free texts of doubling size.
// A linear pipeline keeps ns/op per byte flat across sizes; it used to grow
// 4–5× per doubling (docs/reliability.md), which is what this benchmark
// watches for.
func BenchmarkRunOnSentence(b *testing.B) {
	an := newAnalyzer(b)
	for _, size := range []int{4 << 10, 8 << 10, 16 << 10} {
		art := doc.Article{Text: runOnSentence(size)}
		b.Run(strconv.Itoa(size), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				an.Analyze(art)
			}
		})
	}
}
