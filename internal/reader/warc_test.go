package reader

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
)

// warcRecord is one record of a test archive.
type testRecord struct {
	typ     gowarc.RecordType
	uri     string
	date    string
	ctype   string // WARC Content-Type
	payload string // HTTP message or resource body
}

const storyPage = `<html><head><title>Strike ends at steelworks</title>
<meta property="og:site_name" content="Iron Gazette">
<meta property="article:published_time" content="2024-09-05T18:00:00Z"></head>
<body><article><h1>Strike ends at steelworks</h1>
<p>Workers at the Brannock steelworks voted on Thursday to end a six-week strike, the union said.</p>
<p>The company said output would return to normal within 10 days.</p></article></body></html>`

const datelessPage = `<html><head><title>Council approves budget</title></head>
<body><article><p>The city council approved a budget of 42 million on Monday after a four-hour debate.</p>
<p>Two members voted against it, the clerk said.</p></article></body></html>`

func httpResponse(status, ctype, extra, body string) string {
	return "HTTP/1.1 " + status + "\r\nContent-Type: " + ctype + "\r\n" + extra + "\r\n" + body
}

func testRecords(t testing.TB) []testRecord {
	zipped := gz(t, []byte(datelessPage))
	return []testRecord{
		{gowarc.Warcinfo, "", "2024-09-06T10:00:00Z", "application/warc-fields", "software: crosscheck test\r\n"},
		{gowarc.Request, "https://gazette.example/strike", "2024-09-06T10:00:01Z", "application/http;msgtype=request",
			"GET /strike HTTP/1.1\r\nHost: gazette.example\r\n\r\n"},
		{gowarc.Response, "https://gazette.example/strike", "2024-09-06T10:00:02Z", "application/http;msgtype=response",
			httpResponse("200 OK", "text/html; charset=utf-8", "", storyPage)},
		{gowarc.Response, "https://gazette.example/missing", "2024-09-06T10:00:03Z", "application/http;msgtype=response",
			httpResponse("404 Not Found", "text/html", "", "<html><body><p>Not found, sorry, nothing here to read at all.</p></body></html>")},
		{gowarc.Response, "https://gazette.example/logo.png", "2024-09-06T10:00:04Z", "application/http;msgtype=response",
			httpResponse("200 OK", "image/png", "", "\x89PNG\r\n\x1a\n")},
		{gowarc.Response, "https://city.example/budget", "2024-09-06T11:30:00Z", "application/http;msgtype=response",
			httpResponse("200 OK", "text/html", "Content-Encoding: gzip\r\n", string(zipped))},
		{gowarc.Resource, "https://city.example/resource", "2024-09-07T08:00:00Z", "text/html", storyPage},
	}
}

// buildWARC writes the records as a WARC file; perRecordGzip compresses each
// record as its own gzip member, as crawlers write .warc.gz.
func buildWARC(t testing.TB, recs []testRecord, perRecordGzip bool) []byte {
	t.Helper()
	var out bytes.Buffer
	m := gowarc.NewMarshaler()
	for _, r := range recs {
		b := gowarc.NewRecordBuilder(r.typ,
			gowarc.WithAddMissingRecordId(true), gowarc.WithAddMissingContentLength(true),
			gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true), gowarc.WithFixDigest(true))
		if _, err := b.WriteString(r.payload); err != nil {
			t.Fatal(err)
		}
		b.AddWarcHeader(gowarc.WarcDate, r.date)
		b.AddWarcHeader(gowarc.ContentType, r.ctype)
		if r.uri != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, r.uri)
		}
		rec, _, err := b.Build()
		if err != nil {
			t.Fatalf("build %v: %v", r.typ, err)
		}
		var one bytes.Buffer
		if _, _, err := m.Marshal(&one, rec, 0); err != nil {
			t.Fatal(err)
		}
		if perRecordGzip {
			out.Write(gz(t, one.Bytes()))
		} else {
			out.Write(one.Bytes())
		}
	}
	return out.Bytes()
}

func TestWARC(t *testing.T) {
	recs := testRecords(t)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"crawl.warc", buildWARC(t, recs, false)},
		{"crawl.warc.gz", buildWARC(t, recs, true)},
		{"-", buildWARC(t, recs, true)},                     // sniffed: gzip member holding a WARC
		{"crawl.warc.gz", gz(t, buildWARC(t, recs, false))}, // whole-file gzip
		{"renamed.bin", buildWARC(t, recs, false)},          // sniffed: WARC/1.1 line
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, errs, err := Read(tc.name, bytes.NewReader(tc.data), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(errs) != 0 {
				t.Errorf("record errors: %v", errs)
			}
			if len(arts) != 3 {
				t.Fatalf("got %d articles, want 3 (the 200 HTML response, the gzip-encoded one, the resource)", len(arts))
			}
			for _, a := range arts {
				checkArticle(t, a)
			}
			s := arts[0]
			if s.URL != "https://gazette.example/strike" || s.Outlet != "Iron Gazette" || s.Title != "Strike ends at steelworks" {
				t.Errorf("story metadata: %+v", s)
			}
			if got := s.Published.UTC().Format("2006-01-02T15:04"); got != "2024-09-05T18:00" {
				t.Errorf("story published %s, want the page's own date", got)
			}
			if !strings.Contains(s.Text, "six-week strike, the union said.\n\nThe company said") {
				t.Errorf("story text: %q", s.Text)
			}
			if !strings.HasSuffix(s.Origin, "#record 3") {
				t.Errorf("origin %q", s.Origin)
			}
			b := arts[1]
			if b.URL != "https://city.example/budget" || !strings.Contains(b.Text, "budget of 42 million") {
				t.Errorf("gzip-encoded page: %+v %q", b, b.Text)
			}
			if got := b.Published.UTC().Format("2006-01-02T15:04"); got != "2024-09-06T11:30" {
				t.Errorf("dateless page published %s, want WARC-Date", got)
			}
			if b.Outlet != "city.example" {
				t.Errorf("dateless page outlet %q, want the host name", b.Outlet)
			}
			if arts[2].URL != "https://city.example/resource" {
				t.Errorf("resource URL %q", arts[2].URL)
			}
		})
	}
}

func TestWARCRecordLimit(t *testing.T) {
	recs := testRecords(t)
	data := buildWARC(t, recs, true)
	arts, errs, err := Read("crawl.warc.gz", bytes.NewReader(data), Options{MaxBytes: 300})
	if err != nil {
		t.Fatal(err)
	}
	// Both story pages exceed 300 bytes; the gzip-encoded page is smaller.
	if len(arts) != 1 || arts[0].URL != "https://city.example/budget" {
		t.Errorf("got %d articles", len(arts))
	}
	if len(errs) != 2 {
		t.Fatalf("errors %v", errs)
	}
	for _, e := range errs {
		if !errors.Is(e, ErrTooLarge) || !strings.Contains(e.Error(), "record ") {
			t.Errorf("error %v", e)
		}
	}
}

func TestWARCTruncated(t *testing.T) {
	data := buildWARC(t, testRecords(t), false)
	cut := bytes.Index(data, []byte("Brannock")) // inside the first story
	arts, errs, err := Read("cut.warc", bytes.NewReader(data[:cut]), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 0 || len(errs) == 0 {
		t.Errorf("truncated archive: %d articles, errors %v", len(arts), errs)
	}
}
