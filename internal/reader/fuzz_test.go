package reader

import (
	"bytes"
	"os"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

// fuzzRead reads data in the given format and checks the invariants every
// article must keep, whatever the input: no panic, valid UTF-8 text, and
// ID == doc.ContentID(Text).
func fuzzRead(t *testing.T, name, format string, data []byte) {
	arts, _, _ := Read(name, bytes.NewReader(data), Options{Format: format, MaxBytes: 1 << 20})
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
