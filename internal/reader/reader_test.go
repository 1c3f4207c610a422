package reader

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
)

// checkArticle asserts the invariants every reader output must keep.
func checkArticle(t *testing.T, a doc.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Errorf("%s: text is not valid UTF-8", a.Origin)
	}
	if a.ID != doc.ContentID(a.Text) {
		t.Errorf("%s: ID %s is not the content hash of the text", a.Origin, a.ID)
	}
	if strings.Contains(a.Text, "\r") {
		t.Errorf("%s: text keeps a carriage return", a.Origin)
	}
	if strings.Contains(a.Text, "\n\n\n") {
		t.Errorf("%s: text has more than one blank line in a row", a.Origin)
	}
	for _, r := range a.Text {
		if r < 0x20 && r != '\n' && r != '\t' {
			t.Errorf("%s: text keeps control character %U", a.Origin, r)
			break
		}
	}
	if a.Text != strings.TrimSpace(a.Text) {
		t.Errorf("%s: text is not trimmed", a.Origin)
	}
	if a.Origin == "" {
		t.Errorf("article without origin")
	}
}

func paragraphs(s string) int { return strings.Count(s, "\n\n") + 1 }

func TestReadFiles(t *testing.T) {
	type want struct {
		title, outlet, url, published, lang string
		paras                               int
		has                                 []string
		hasNot                              []string
	}
	tests := []struct {
		file    string
		recErrs int
		arts    []want
	}{
		{"testdata/article.txt", 0, []want{{
			title: "Dam inspectors dispute flood toll", outlet: "The Valley Courier",
			url: "https://courier.example/dam-toll", published: "2024-03-14", paras: 2,
			has:    []string{"At least 37 people", "said Mara Quist"},
			hasNot: []string{"Title:", "Published:", "Source:"},
		}}},
		{"testdata/crlf.txt", 0, []want{{
			// No header: the headline line names the article and stays in the text.
			title: "Harbour strike enters second week", paras: 2,
			has: []string{"Harbour strike enters second week\nDock workers", "1,200 members"},
		}}},
		{"testdata/page.html", 0, []want{{
			title: "Ferry operator denies safety breach", outlet: "Northern Ledger",
			url: "https://ledger.example/news/ferry-denial", published: "2024-05-02T09:15:00+01:00", lang: "en",
			// trafilatura keeps the <h1> headline as the first paragraph.
			paras:  5,
			has:    []string{"Ferry operator denies safety breach\n\nThe operator", "14 passengers were injured", "\"Our captains followed every instruction from the coastguard,\" said Tomas Vell", "as many as 30 people"},
			hasNot: []string{"tracking", "color: red", "All rights reserved", "Most read", "Sport"},
		}}},
		{"testdata/latin1.html", 0, []want{{
			title: "Café owners in Zürich protest rent rise", lang: "en", paras: 3,
			has: []string{"200 cafés in Zürich", "« We cannot survive this »", "Renée Fasler"},
		}}},
		{"testdata/feed.rss", 1, []want{
			{title: "Tanker held off Cape Ardel", outlet: "Harbour Watch", url: "https://harbour.example/tanker-held",
				published: "2024-06-03T07:30:00Z", lang: "en", paras: 2,
				has: []string{"22 crew members"}, hasNot: []string{"teaser", "<p>"}},
			{title: "Port fees to rise & ferry routes cut", outlet: "Harbour Watch", url: "https://harbour.example/fees",
				published: "2024-06-04T12:00:00+02:00", lang: "en", paras: 2,
				has: []string{"rise by 6 per cent"}, hasNot: []string{"&lt;", "<p>"}},
		}},
		{"testdata/feed.atom", 0, []want{
			{title: "Climbers found after two nights", outlet: "Mountain Rescue Bulletin", url: "https://rescue.example/climbers-found",
				published: "2024-02-10T16:20:00Z", lang: "en", paras: 2, has: []string{"three climbers alive"}},
			{title: "Avalanche warning raised", outlet: "Mountain Rescue Bulletin", url: "https://rescue.example/avalanche",
				published: "2024-02-11T09:45:00Z", lang: "en", paras: 1, has: []string{"4 of 5"}},
		}},
		{"testdata/articles.jsonl", 3, []want{
			{title: "Mine rescue ends", outlet: "Wire One", url: "https://wire.example/1", published: "2024-07-09", paras: 2,
				has: []string{"All 11 miners"}},
			{title: "Bridge reopens", outlet: "Wire Two", url: "https://wire.example/3", published: "2024-07-10T11:20:00Z", lang: "en", paras: 2,
				has: []string{"reopened on Wednesday", "About 40,000 vehicles"}, hasNot: []string{"<p>"}},
		}},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			arts, errs, err := ReadFile(tt.file, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(errs) != tt.recErrs {
				t.Errorf("got %d record errors %v, want %d", len(errs), errs, tt.recErrs)
			}
			if len(arts) != len(tt.arts) {
				t.Fatalf("got %d articles, want %d", len(arts), len(tt.arts))
			}
			for i, w := range tt.arts {
				a := arts[i]
				checkArticle(t, a)
				pub := ""
				if !a.Published.IsZero() {
					pub = doc.FormatPublished(a.Published)
				}
				for _, c := range []struct{ name, got, want string }{
					{"title", a.Title, w.title}, {"outlet", a.Outlet, w.outlet}, {"url", a.URL, w.url},
					{"published", pub, w.published}, {"language", a.Language, w.lang},
				} {
					if c.got != c.want {
						t.Errorf("article %d: %s = %q, want %q", i, c.name, c.got, c.want)
					}
				}
				if got := paragraphs(a.Text); got != w.paras {
					t.Errorf("article %d: %d paragraphs, want %d:\n%s", i, got, w.paras, a.Text)
				}
				for _, s := range w.has {
					if !strings.Contains(a.Text, s) {
						t.Errorf("article %d: text lacks %q:\n%s", i, s, a.Text)
					}
				}
				for _, s := range w.hasNot {
					if strings.Contains(a.Text, s) {
						t.Errorf("article %d: text has %q:\n%s", i, s, a.Text)
					}
				}
			}
		})
	}
}

func TestJSONLErrorsNameLines(t *testing.T) {
	_, errs, err := ReadFile("testdata/articles.jsonl", Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantLines := []int{2, 5, 6}
	if len(errs) != len(wantLines) {
		t.Fatalf("errors %v", errs)
	}
	for i, e := range errs {
		var re *Error
		if !errors.As(e, &re) {
			t.Fatalf("%v is not a *reader.Error", e)
		}
		if re.Record != wantLines[i] || re.Unit != "line" || re.Input != "testdata/articles.jsonl" {
			t.Errorf("error %d = %+v, want line %d", i, re, wantLines[i])
		}
		if !strings.Contains(e.Error(), "testdata/articles.jsonl: line ") {
			t.Errorf("message %q does not name the line", e)
		}
	}
}

// TestJSONLLineOfOnlyBOM: a first line holding only a byte order mark (also
// what a UTF-16 input "\xff\xfe\xff\xfe" decodes to) used to panic with
// an index out of range (found by FuzzReadJSONL). It is a blank line.
func TestJSONLLineOfOnlyBOM(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		texts    []string
	}{
		{"BOM only", "\xEF\xBB\xBF", nil},
		{"BOM and spaces", " \xEF\xBB\xBF \n", nil},
		{"UTF-16 BOM twice", "\xff\xfe\xff\xfe", nil},
		{"BOM line then a record", "\xEF\xBB\xBF\n{\"text\":\"Ten people died.\"}\n", []string{"Ten people died."}},
		{"BOM before a record", "\xEF\xBB\xBF{\"text\":\"Ten people died.\"}", []string{"Ten people died."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs, err := Read("in.jsonl", strings.NewReader(tt.in), Options{Format: FormatJSONL})
			var texts []string
			for _, a := range arts {
				texts = append(texts, a.Text)
			}
			if !slices.Equal(texts, tt.texts) || len(errs) != 0 {
				t.Errorf("texts %q, record errors %v (err %v); want %q and no record error", texts, errs, err, tt.texts)
			}
		})
	}
}

func TestTextHeader(t *testing.T) {
	tests := []struct {
		name, in                      string
		title, outlet, url, pub, lang string
		text                          string
		recErrs                       int
	}{
		{"keys any case", "TITLE: Grain deal lapses\npublished: Aug 28, 2025\nsource: Steppe Post\nUrl: https://steppe.example/g\nLanguage: EN\n\nThe grain deal lapsed at midnight.",
			"Grain deal lapses", "Steppe Post", "https://steppe.example/g", "2025-08-28", "en", "The grain deal lapsed at midnight.", 0},
		{"date key and RFC 3339", "Date: 2025-08-28T06:45:00+03:00\n\nTroops withdrew overnight.",
			"", "", "", "2025-08-28T06:45:00+03:00", "", "Troops withdrew overnight.", 0},
		{"not a header: unknown key", "Update: the ministry revised its figures.\n\nIt now says 12 died.",
			"", "", "", "", "", "Update: the ministry revised its figures.\n\nIt now says 12 died.", 0},
		{"not a header: no blank line after a sentence", "Title: x\nThe rest is body text without a break.",
			"", "", "", "", "", "Title: x\nThe rest is body text without a break.", 0},
		{"bad date keeps the article", "Title: Port closed\nPublished: sometime last week\n\nThe port closed.",
			"Port closed", "", "", "", "", "The port closed.", 1},
		{"ambiguous numeric date", "Published: 03/04/2025\n\nVoters went to the polls.",
			"", "", "", "", "", "Voters went to the polls.", 1},
		{"unambiguous day-first date", "Published: 28/08/2025\n\nVoters went to the polls.",
			"", "", "", "2025-08-28", "", "Voters went to the polls.", 0},
		{"sentence first line is no title", "The river rose by two metres.\nResidents left.",
			"", "", "", "", "", "The river rose by two metres.\nResidents left.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs, err := Read("in.txt", strings.NewReader(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles", len(arts))
			}
			a := arts[0]
			checkArticle(t, a)
			pub := ""
			if !a.Published.IsZero() {
				pub = doc.FormatPublished(a.Published)
			}
			if a.Title != tt.title || a.Outlet != tt.outlet || a.URL != tt.url || pub != tt.pub || a.Language != tt.lang {
				t.Errorf("got title=%q outlet=%q url=%q pub=%q lang=%q", a.Title, a.Outlet, a.URL, pub, a.Language)
			}
			if a.Text != tt.text {
				t.Errorf("text %q, want %q", a.Text, tt.text)
			}
			if len(errs) != tt.recErrs {
				t.Errorf("record errors %v, want %d", errs, tt.recErrs)
			}
		})
	}
}

func TestOverrides(t *testing.T) {
	arts, _, err := ReadFile("testdata/article.txt", Options{Outlet: "Desk Copy", URL: "https://desk.example/1", Title: "Override"})
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.Outlet != "Desk Copy" || a.URL != "https://desk.example/1" || a.Title != "Override" {
		t.Errorf("overrides ignored: %+v", a)
	}
}

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2025-08-28", utc(2025, 8, 28, 0, 0)},
		{"2025/08/28", utc(2025, 8, 28, 0, 0)},
		{"20250828", utc(2025, 8, 28, 0, 0)},
		{"2025-08-28T14:30:00Z", utc(2025, 8, 28, 14, 30)},
		{"2025-08-28T16:30:00+02:00", utc(2025, 8, 28, 14, 30)},
		{"2025-08-28T14:30:00.250Z", time.Date(2025, 8, 28, 14, 30, 0, 250e6, time.UTC)},
		{"2025-08-28 14:30", utc(2025, 8, 28, 14, 30)},
		{"2025-08-28 14:30:00 UTC", utc(2025, 8, 28, 14, 30)},
		{"Thu, 28 Aug 2025 14:30:00 GMT", utc(2025, 8, 28, 14, 30)},
		{"Thu, 28 Aug 2025 16:30:00 +0200", utc(2025, 8, 28, 14, 30)},
		{"28 August 2025", utc(2025, 8, 28, 0, 0)},
		{"28th August 2025", utc(2025, 8, 28, 0, 0)},
		{"28 Aug. 2025", utc(2025, 8, 28, 0, 0)},
		{"Aug 28, 2025", utc(2025, 8, 28, 0, 0)},
		{"August 28, 2025", utc(2025, 8, 28, 0, 0)},
		{"Sept. 3, 2025", utc(2025, 9, 3, 0, 0)},
		{"Thursday, August 28, 2025", utc(2025, 8, 28, 0, 0)},
		{"August 28, 2025 at 10:30 a.m. EDT", utc(2025, 8, 28, 14, 30)},
		{"Aug 28, 2025 2:30pm", utc(2025, 8, 28, 14, 30)},
		{"28 August 2025 17:30 GMT+3", utc(2025, 8, 28, 14, 30)},
		{"28/08/2025", utc(2025, 8, 28, 0, 0)},
		{"08/28/2025", utc(2025, 8, 28, 0, 0)},
		{"28.08.2025", utc(2025, 8, 28, 0, 0)},
		{"05/05/2025", utc(2025, 5, 5, 0, 0)},
		{"1756391400", utc(2025, 8, 28, 14, 30)},
		{"1756391400000", utc(2025, 8, 28, 14, 30)},
		{"August 2025", utc(2025, 8, 1, 0, 0)},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "03/04/2025", "31/02/2025", "2025-13-01", "the 5th", "100M"} {
		if got, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", bad, got)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb\rc", "a\nb\nc"},
		{"  lead and trail  \n\n", "lead and trail"},
		{"one\n\n\n\n\ntwo", "one\n\ntwo"},
		{"one  \t\ntwo", "one\ntwo"},
		{"para\u2029next\u2028line", "para\n\nnext\nline"},
		{"bell\x07 and\x00 nul", "bell and nul"},
		{"c1\u0085 control", "c1 control"},
		{"zero\u200bwidth and \ufeffbom", "zerowidth and bom"},
		{"keep\u200djoiner", "keep\u200djoiner"},
		{"tab\tinside", "tab\tinside"},
		{"bad \xff byte", "bad \ufffd byte"},
		{"   \n  indented\n    line", "indented\nline"},
		{"non\u00a0breaking", "non\u00a0breaking"},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in); got != tt.want {
			t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInputErrors(t *testing.T) {
	tests := []struct {
		name, input string
		data        []byte
		opts        Options
		kind        error
		msg         string
	}{
		{"empty", "x.txt", nil, Options{}, ErrEmpty, "reader: x.txt: empty input"},
		{"whitespace", "x.txt", []byte(" \n\t\n"), Options{}, ErrEmpty, "only whitespace"},
		{"header only", "x.txt", []byte("Title: Nothing else\n"), Options{}, ErrEmpty, "no text"},
		{"nul bytes", "x.txt", []byte("text\x00\x00\x01binary"), Options{}, ErrBinary, "NUL byte at byte 4"},
		{"control bytes", "x.dat", bytes.Repeat([]byte{0x01, 0x02, 'a'}, 100), Options{}, ErrBinary, "control bytes"},
		{"pdf", "report.txt", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), Options{}, ErrBinary, "PDF"},
		{"invalid utf-8", "examples/x.txt", []byte("The minister said caf\xe9s would close."), Options{}, ErrInvalidUTF8,
			"reader: examples/x.txt: invalid UTF-8 at byte 21"},
		{"oversize", "big.txt", bytes.Repeat([]byte("word "), 100), Options{MaxBytes: 64}, ErrTooLarge, "larger than the 64-byte limit"},
		{"oversize html", "big.html", []byte("<html><body><p>" + strings.Repeat("text ", 100) + "</p></body></html>"), Options{MaxBytes: 100}, ErrTooLarge, "limit"},
		{"bad format option", "x.txt", []byte("text"), Options{Format: "docx"}, ErrFormat, "unknown format"},
		{"not a feed", "x.rss", []byte("<rss><channel><item>"), Options{}, ErrFormat, "feed"},
		{"not a warc", "x.warc", []byte("just some text, no records"), Options{}, ErrFormat, "not a WARC"},
		{"html without text", "x.html", []byte("<html><head><title>t</title></head><body><script>x()</script></body></html>"), Options{}, ErrEmpty, "no article text"},
		{"html declared utf-8 but not", "x.html", []byte(`<html><head><meta charset="utf-8"></head><body><p>Caf` + "\xe9" + ` owners protested on Monday in the old town square.</p></body></html>`), Options{}, ErrInvalidUTF8, "declares UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, _, err := Read(tt.input, bytes.NewReader(tt.data), tt.opts)
			if err == nil {
				t.Fatalf("no error; got %d articles", len(arts))
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %v is not %v", err, tt.kind)
			}
			var re *Error
			if !errors.As(err, &re) || re.Input != tt.input || re.Record != 0 {
				t.Errorf("error %#v does not name input %q", err, tt.input)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("message %q lacks %q", err, tt.msg)
			}
		})
	}
}

func TestCharset(t *testing.T) {
	body := "<p>Der Bürgermeister sagte, die Brücke über den Fluss werde im März für 30 Tage gesperrt.</p><p>Anwohner äußerten Kritik.</p>"
	latin1 := func(s string) []byte {
		var b []byte
		for _, r := range s {
			b = append(b, byte(r))
		}
		return b
	}
	tests := []struct {
		name string
		data []byte
		opts Options
	}{
		{"undeclared windows-1252", latin1("<html><body><article>" + body + "</article></body></html>"), Options{}},
		{"mislabelled utf-8 as latin1", []byte(`<html><head><meta charset="iso-8859-1"></head><body><article>` + body + "</article></body></html>"), Options{}},
		{"undeclared utf-8", []byte("<html><body><article>" + body + "</article></body></html>"), Options{}},
		{"plain text with charset option", latin1("Der Bürgermeister sagte, die Brücke über den Fluss werde im März für 30 Tage gesperrt.\n\nAnwohner äußerten Kritik."), Options{Charset: "latin1", Format: "text"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, _, err := Read("page", bytes.NewReader(tt.data), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, arts[0])
			if !strings.Contains(arts[0].Text, "Bürgermeister sagte, die Brücke") || !strings.Contains(arts[0].Text, "äußerten") {
				t.Errorf("text decoded wrong: %q", arts[0].Text)
			}
		})
	}
}

func TestUTF16(t *testing.T) {
	text := "Title: Nachricht\n\nDie Regierung bestätigte 12 Festnahmen.\n\n\u201cNo comment,\u201d she said."
	enc := func(bigEndian bool) []byte {
		var b []byte
		if bigEndian {
			b = []byte{0xFE, 0xFF}
		} else {
			b = []byte{0xFF, 0xFE}
		}
		for _, r := range text { // all in the BMP
			if bigEndian {
				b = append(b, byte(r>>8), byte(r))
			} else {
				b = append(b, byte(r), byte(r>>8))
			}
		}
		return b
	}
	for _, be := range []bool{false, true} {
		arts, _, err := Read("utf16.txt", bytes.NewReader(enc(be)), Options{})
		if err != nil {
			t.Fatalf("big-endian=%v: %v", be, err)
		}
		a := arts[0]
		checkArticle(t, a)
		if a.Title != "Nachricht" || a.Text != "Die Regierung bestätigte 12 Festnahmen.\n\n\u201cNo comment,\u201d she said." {
			t.Errorf("big-endian=%v: got %q / %q", be, a.Title, a.Text)
		}
	}
}

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func TestGzip(t *testing.T) {
	for _, f := range []string{"testdata/article.txt", "testdata/page.html", "testdata/feed.atom", "testdata/articles.jsonl"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		plain, _, err := Read(f, bytes.NewReader(raw), Options{})
		if err != nil {
			t.Fatal(err)
		}
		// Named .gz and nameless: both sniff the gzip magic and the content.
		for _, name := range []string{f + ".gz", "-"} {
			arts, _, err := Read(name, bytes.NewReader(gz(t, raw)), Options{})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if len(arts) != len(plain) {
				t.Fatalf("%s: %d articles, want %d", name, len(arts), len(plain))
			}
			for i := range arts {
				checkArticle(t, arts[i])
				if arts[i].ID != plain[i].ID {
					t.Errorf("%s: article %d differs from the plain read", name, i)
				}
			}
		}
	}
	// A gzip bomb is bounded by the limit on the decompressed size.
	bomb := gz(t, bytes.Repeat([]byte("a"), 1<<20))
	if _, _, err := Read("bomb.txt.gz", bytes.NewReader(bomb), Options{MaxBytes: 1 << 16}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("gzip bomb: %v, want ErrTooLarge", err)
	}
}

func TestJSONLLineLimit(t *testing.T) {
	in := `{"title":"short","text":"A short story about 3 boats."}` + "\n" +
		`{"title":"long","text":"` + strings.Repeat("words ", 200) + `"}` + "\n" +
		`{"title":"after","text":"The story after the long line."}`
	arts, errs, err := Read("x.jsonl", strings.NewReader(in), Options{MaxBytes: 200})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].Title != "short" || arts[1].Title != "after" {
		t.Errorf("got %d articles: %+v", len(arts), arts)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) || !strings.Contains(errs[0].Error(), "line 2") {
		t.Errorf("errors %v", errs)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ name, head, want string }{
		{"a.warc", "", FormatWARC},
		{"noext", "WARC/1.1\r\nWARC-Type: warcinfo", FormatWARC},
		{"a.txt", "WARC/1.0\r\n", FormatWARC},
		{"x", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", FormatFeed},
		{"x", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{"x", "<?xml version=\"1.0\"?>\n<!DOCTYPE html><html>", FormatHTML},
		{"x", "\n  <!DOCTYPE html>\n<html lang=en>", FormatHTML},
		{"x", "<HTML><BODY>", FormatHTML},
		{"x", "\xEF\xBB\xBF<html>", FormatHTML},
		{"x", "<p>Fragment of a story.</p>", FormatHTML},
		{"x", "{\"text\":\"a\"}\n{\"text\":\"b\"}", FormatJSONL},
		{"x.ndjson", "", FormatJSONL},
		{"page.htm", "Plain words but named as HTML", FormatHTML},
		{"x", "Plain words about <b>bold</b> claims.", FormatText},
		{"notes.txt", "<html> in a text file is text", FormatText},
		{"x", "", FormatText},
	}
	for _, tt := range tests {
		if got := detect(tt.name, []byte(tt.head)); got != tt.want {
			t.Errorf("detect(%q, %q) = %s, want %s", tt.name, tt.head, got, tt.want)
		}
	}
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, s string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "The first story.")
	write("sub/b.txt", "The second story.")
	write("sub/deeper/c.jsonl", `{"text":"The third story."}`+"\n"+`{"text":"The fourth story."}`)
	write("sub/empty.txt", "")
	write(".hidden.txt", "Never read.")
	write(".git/d.txt", "Never read either.")
	write("notes.docx", "Not a format we read from a directory.")
	var got []string
	errs, err := Walk([]string{dir, filepath.Join(dir, "notes.docx")}, Options{}, func(a doc.Article) error {
		checkArticle(t, a)
		got = append(got, a.Text)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"The first story.", "The second story.", "The third story.", "The fourth story.", "Not a format we read from a directory."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("walk read %q, want %q", got, want)
	}
	if len(errs) != 1 || !errors.Is(errs[0], ErrEmpty) || !strings.Contains(errs[0].Error(), "empty.txt") {
		t.Errorf("errors %v, want one for empty.txt", errs)
	}

	// An error from fn stops the walk and comes back unchanged.
	stop := errors.New("enough")
	n := 0
	_, err = Walk([]string{dir}, Options{}, func(doc.Article) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("walk after fn error: err=%v, calls=%d", err, n)
	}
}

func TestStdin(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdin
	os.Stdin = r
	defer func() { os.Stdin = old }()
	go func() {
		w.WriteString(`{"title":"From a pipe","text":"Piped text, 5 words long."}` + "\n")
		w.Close()
	}()
	arts, _, err := ReadFile("-", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Title != "From a pipe" || arts[0].Origin != "-:1" {
		t.Errorf("got %+v", arts)
	}
}

// TestSeedArticle reads the canonical example from ../shared when the
// checkout has it.
func TestSeedArticle(t *testing.T) {
	path := sharedData(t, "seed/kursk-parade-2025.txt")
	arts, errs, err := ReadFile(path, Options{})
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles", len(arts))
	}
	a := arts[0]
	checkArticle(t, a)
	if a.Title == "" || strings.Contains(a.Title, "\n") || !strings.HasPrefix(a.Text, a.Title) {
		t.Errorf("headline not taken as title: %q", a.Title)
	}
	if len(a.Text) < 1000 {
		t.Errorf("text only %d bytes", len(a.Text))
	}
}

// sharedData returns a path inside ../shared/data, or skips.
func sharedData(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(corpora.Dir(t), rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found: skipping", p)
	}
	return p
}

func TestNodeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One <b>bold</b>\n   claim.</p><p>Two.</p>", "One bold claim.\n\nTwo."},
		{"<div>Line one<br>line two</div>", "Line one\nline two"},
		{"<h2>Head</h2>Loose text<ul><li>first</li><li>second</li></ul>", "Head\n\nLoose text\n\nfirst\n\nsecond"},
		{"<table><tr><td>Killed</td><td>12</td></tr><tr><td>Wounded</td><td>40</td></tr></table>", "Killed\t12\n\nWounded\t40"},
		{"<pre>  keep\n    lines</pre>", "keep\nlines"}, // line breaks kept; CleanText trims indentation
		{"<p>Text<script>alert(1)</script><style>p{}</style> after</p><form><input value=x>Search</form>", "Text after"},
		{"<blockquote><p>\u201cWe will not leave,\u201d</p></blockquote><p>she said.</p>", "\u201cWe will not leave,\u201d\n\nshe said."},
		{"a &amp; b &lt;c&gt;", "a & b <c>"},
		{"<span>inline</span><span>joined</span>", "inlinejoined"},
	}
	for _, tt := range tests {
		if got := fragmentText(tt.in); got != tt.want {
			t.Errorf("fragmentText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestConcurrentReads checks that readers share no mutable state: the CLI and
// ingest read many inputs at once.
func TestConcurrentReads(t *testing.T) {
	files := []string{"testdata/page.html", "testdata/latin1.html", "testdata/feed.rss", "testdata/articles.jsonl", "testdata/article.txt"}
	want := map[string]string{}
	for _, f := range files {
		arts, _, err := ReadFile(f, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[f] = arts[0].ID
	}
	done := make(chan error, 4*len(files))
	for i := 0; i < 4; i++ {
		for _, f := range files {
			go func() {
				arts, _, err := ReadFile(f, Options{})
				if err == nil && arts[0].ID != want[f] {
					err = errors.New(f + ": different text when read concurrently")
				}
				done <- err
			}()
		}
	}
	for i := 0; i < 4*len(files); i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestHTMLJSONLDOnly: pages rendered by JavaScript often carry the story
// only in their JSON-LD; trafilatura's rescue reads it.
func TestHTMLJSONLDOnly(t *testing.T) {
	page := `<html><head><title>Reservoir levels fall</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Reservoir levels fall","datePublished":"2024-08-01T06:00:00Z",
"articleBody":"Reservoir levels fell to 31 per cent this week, the water authority said. Farmers said restrictions could last until October."}</script>
</head><body><div id="app"></div></body></html>`
	arts, _, err := Read("app.html", strings.NewReader(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	checkArticle(t, a)
	if !strings.Contains(a.Text, "fell to 31 per cent") || a.Title != "Reservoir levels fall" {
		t.Errorf("got %q / %q", a.Title, a.Text)
	}
	if got := doc.FormatPublished(a.Published); !strings.HasPrefix(got, "2024-08-01") {
		t.Errorf("published %s", got)
	}
}
