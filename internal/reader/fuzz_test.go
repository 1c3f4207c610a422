package reader

import (
	"bytes"
	"fmt"
	"os"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

// fuzzRead reads data in the given format and checks the invariants every
// article must keep, whatever the input: no panic, no hang (go test -fuzz
// has no per-input timeout, and a worker stuck at the deadline passes
// silently), valid UTF-8 text, and ID == doc.ContentID(Text).
func fuzzRead(t *testing.T, name, format string, data []byte) {
	done := make(chan []doc.Article, 1)
	go func() {
		arts, _, _ := Read(name, bytes.NewReader(data), Options{Format: format, MaxBytes: 1 << 20})
		done <- arts
	}()
	var arts []doc.Article
	select {
	case arts = <-done:
	case <-time.After(10 * time.Second):
		panic(fmt.Sprintf("reading %d bytes as %s did not finish in 10 s: %q", len(data), format, data))
	}
	for _, a := range arts {
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Outlet) {
			t.Fatalf("invalid UTF-8 in article %+v", a)
		}
		if a.ID != doc.ContentID(a.Text) {
			t.Fatalf("ID %s is not the content hash", a.ID)
		}
		if a.Text == "" {
			t.Fatalf("article with empty text: %+v", a)
		}
	}
}

func addSeeds(f *testing.F, files ...string) {
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzReadText(f *testing.F) {
	addSeeds(f, "testdata/article.txt", "testdata/crlf.txt")
	f.Add([]byte("Published: 28/08/2025\n\n\xff\xfe"))
	f.Add([]byte("\xFF\xFET\x00i\x00t\x00"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.txt", FormatText, data) })
}

func FuzzReadHTML(f *testing.F) {
	addSeeds(f, "testdata/page.html", "testdata/latin1.html")
	f.Add([]byte("<p>a<br>b<pre> x\n y</pre><table><tr><td>1<td>2</table>"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.html", FormatHTML, data) })
}

func FuzzReadFeed(f *testing.F) {
	addSeeds(f, "testdata/feed.rss", "testdata/feed.atom")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.xml", FormatFeed, data) })
}

func FuzzReadJSONL(f *testing.F) {
	addSeeds(f, "testdata/articles.jsonl")
	f.Add([]byte(`{"text":"x","published":1e300}` + "\n" + `{"html":"<p>y</p>","source":{"name":3}}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.jsonl", FormatJSONL, data) })
}

func FuzzReadWARC(f *testing.F) {
	recs := testRecords(f)
	f.Add(buildWARC(f, recs, false))
	f.Add(buildWARC(f, recs[:3], true))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "f.warc", FormatWARC, data) })
}

// FuzzParseDate checks the date reader every format shares (text headers,
// HTML meta, feeds, JSON Lines): no panic; a refusal is an error with a
// zero time; an accepted date has a four-digit year and survives a round
// trip through RFC 3339, so what the document prints is what was read.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-08-28", "2025-08-28T14:30:00+02:00", "Thu, 28 Aug 2025 14:30:00 GMT", "28th Aug. 2025",
		"Thursday, August 28, 2025 2:30 p.m. EDT", "Aug 28, 2025 2:30pm UTC+02:00", "28/08/2025",
		"08/28/2025", "05/06/2025", "31/02/2025", "99/99/9999", "1756384200", "1756384200000",
		"Updated: 28 August 2025 | 14:30 IST", "GMT+3", "2025-13-45", "20250828", "Aug 2025",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := ParseDate(s)
		if err != nil {
			if !tm.IsZero() || err.Error() == "" {
				t.Fatalf("ParseDate(%q) = %v, %q: a refusal must be a zero time with a reason", s, tm, err)
			}
			return
		}
		if tm.Year() < 0 || tm.Year() > 9999 {
			t.Fatalf("ParseDate(%q) = %v: year outside 0–9999", s, tm)
		}
		back, err := ParseDate(tm.Format(time.RFC3339Nano))
		if err != nil || !back.Equal(tm) {
			t.Fatalf("ParseDate(%q) = %v, but its RFC 3339 form reads back as %v, %v", s, tm, back, err)
		}
	})
}
