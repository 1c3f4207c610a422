package analyzer

import (
	"fmt"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

// FuzzAnalyze feeds arbitrary text to the whole pipeline: it must never
// panic (a recovered step failure shows up as a warning, which the fuzzer
// also reports), and every span must lie inside the text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		`"The levee held," said Tomas Berg, the county engineer.`,
		"According to officials, at least 40 people died last Tuesday, while others said up to 60.",
		"“““ ” \" ' ‘ ’ — ― – -- ... (D-Ore.) Mr. U.S. 6,000 $3.5m 25-minute",
		"It is not a meeting. Kim and Putin's meeting in China. The gates were not opened.",
		"\n\n\n:\n\"A: b\"\n— X",
	} {
		f.Add(s)
	}
	a, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		done := make(chan *doc.Document, 1)
		go func() {
			done <- a.Analyze(doc.Article{Text: text, Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)})
		}()
		var d *doc.Document
		select {
		case d = <-done:
		case <-time.After(60 * time.Second):
			panic(fmt.Sprintf("analysis of %q did not finish in 60 s", text))
		}
		for _, w := range d.Warnings {
			t.Errorf("step failed on %q: %s", text, w)
		}
		n := utf8.RuneCountInString(text)
		for _, at := range d.Attributions {
			if at.Content.Start < 0 || at.Content.End > n || at.Content.Start > at.Content.End {
				t.Errorf("content span %d–%d outside a text of %d code points", at.Content.Start, at.Content.End, n)
			}
		}
		for _, c := range d.Claims {
			if c.Start < 0 || c.End > n || c.Start > c.End {
				t.Errorf("claim span %d–%d outside a text of %d code points", c.Start, c.End, n)
			}
		}
	})
}
