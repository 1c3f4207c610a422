package reader

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
)

// newsPage builds a page the size of a typical news story (about 800 words
// in 20 paragraphs) wrapped in the navigation, asides and footer real pages
// carry.
func newsPage() []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks stall over grain corridor | Example Herald</title>
<meta property="og:site_name" content="Example Herald"><meta property="article:published_time" content="2025-08-28T07:00:00Z">
<script>window.dataLayer=[];function track(){}</script><style>.a{b:c}</style></head><body>
<nav><ul>`)
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, `<li><a href="/section/%d">Section %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav><main><article><h1>Talks stall over grain corridor</h1><p class="byline">By A. Writer</p>`)
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&b, `<p>Negotiators from both sides met for a %d-hour session on Tuesday, officials said, but "no agreement was reached on the inspection regime," according to a statement from the ministry. About %d,000 tonnes of grain remain stuck in port, the trade association estimated, and shipping insurers warned that premiums could exceed 3 per cent.</p>`, i+2, i+10)
	}
	b.WriteString(`</article></main><aside><h3>Most read</h3><ul>`)
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&b, `<li><a href="/story/%d">Another headline number %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></aside><footer><p>© Example Herald</p></footer></body></html>`)
	return []byte(b.String())
}

func benchRead(b *testing.B, name string, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		arts, _, err := Read(name, bytes.NewReader(data), Options{})
		if err != nil || len(arts) == 0 {
			b.Fatal(err)
		}
		n += len(arts)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkReadHTML(b *testing.B) { benchRead(b, "page.html", newsPage()) }

func BenchmarkReadText(b *testing.B) {
	var s strings.Builder
	s.WriteString("Title: Talks stall\nPublished: 2025-08-28\n\n")
	for i := 0; i < 20; i++ {
		s.WriteString("Negotiators met for a long session on Tuesday, officials said, but no agreement was reached.\r\n\r\n")
	}
	benchRead(b, "a.txt", []byte(s.String()))
}

func BenchmarkReadFeed(b *testing.B) {
	data, err := os.ReadFile("testdata/feed.rss")
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, "feed.rss", data)
}

func BenchmarkReadJSONL(b *testing.B) {
	data, err := os.ReadFile("testdata/articles.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	benchRead(b, "a.jsonl", data)
}

func BenchmarkCleanText(b *testing.B) {
	s := strings.Repeat("Negotiators met for a long session on Tuesday, officials said.\r\n\r\n", 100)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		CleanText(s)
	}
}
