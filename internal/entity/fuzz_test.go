package entity

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// FuzzExtract checks that any text gives entities whose mentions lie inside
// the text, match it, and are grouped under IDs in first-mention order.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"North Korean leader Kim Jong Un met Russian President Vladimir Putin. He smiled.",
		"South Korea's intelligence agency said", "Robert \"Bobby\" Lane said", "They met the President",
		"\"…\" — Commissioner Lee", "Talks With Kim In Moscow\n\nPutin spoke.", "the UN and the U.N.",
		"Mr. Lee, Mrs.", "Everett, Washington,", "A320 iPhone 4 Boeing 787", "É. Ñ. Ø",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !doc.ValidUTF8(text) {
			return
		}
		d := doc.New(doc.Article{Text: text})
		tokenize.Tokenize(d)
		Extract(d)
		prev := -1
		for _, e := range d.Entities {
			if e.Start < prev {
				t.Fatalf("%s out of first-mention order", e.ID)
			}
			prev = e.Start
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > d.Runes() || m.Start >= m.End || d.Slice(m.Start, m.End) != m.Text {
					t.Fatalf("bad mention %+v in %q", m, text)
				}
			}
		}
		for i := range d.Tokens {
			if ei, ok := ResolvePronoun(d, i); ok && (ei < 0 || ei >= len(d.Entities)) {
				t.Fatalf("ResolvePronoun(%d) = %d", i, ei)
			}
		}
	})
}
