package analyzer

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

// FuzzAnalyze feeds arbitrary text to the whole pipeline: it must never
// panic (a recovered step panic shows up as a "step failed" warning, which
// the fuzzer also reports), the document must encode as JSON, and every span must lie
// inside the text.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		`"The levee held," said Tomas Berg, the county engineer.`,
		"According to officials, at least 40 people died last Tuesday, while others said up to 60.",
		"“““ ” \" ' ‘ ’ — ― – -- ... (D-Ore.) Mr. U.S. 6,000 $3.5m 25-minute",
		"It is not a meeting. Kim and Putin's meeting in China. The gates were not opened.",
		"\n\n\n:\n\"A: b\"\n— X",
		// A finite number that overflows with its scale word used to
		// become a +Inf figure and make the JSON output fail.
		"Officials said 1" + strings.Repeat("0", 300) + " trillion people fled and " + strings.Repeat("9", 300) + "bn dollars were lost.",
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
		case <-time.After(10 * time.Second):
			panic(fmt.Sprintf("analysis of %q did not finish in 10 s", text))
		}
		// A recovered panic is a warning "… step failed and was skipped";
		// other warnings (another language, capped findings) are findings
		// about the text, not failures.
		for _, w := range d.Warnings {
			if strings.Contains(w, "step failed") {
				t.Errorf("step failed on %q: %s", text, w)
			}
		}
		// The document is the public JSON contract: it must always encode
		// (encoding/json refuses NaN and ±Inf figure values).
		if _, err := json.Marshal(d); err != nil {
			t.Errorf("document of %q does not encode: %v", text, err)
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
