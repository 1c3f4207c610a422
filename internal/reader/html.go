package reader

import (
	"bytes"
	"fmt"
	"mime"
	nurl "net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"

	"github.com/crosscheck-news/crosscheck/doc"
)

// decodeHTML turns page bytes into UTF-8 using, in order, a BOM, the
// Content-Type charset and <meta charset>. A page that declares Latin-1 or
// Windows-1252 but is valid UTF-8 with non-ASCII text is read as UTF-8: the
// mislabel is common, and Latin-1 text is practically never valid UTF-8. An
// undeclared page that is not UTF-8 is read as Windows-1252, as browsers do.
func decodeHTML(data []byte, contentType string) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	bad := firstInvalidUTF8(data)
	switch name {
	case "utf-8":
		if bad < 0 {
			return data, nil
		}
		if !declaresCharset(data, contentType) {
			return charmap.Windows1252.NewDecoder().Bytes(data)
		}
		return nil, fmt.Errorf("%w at byte %d (the page declares UTF-8)", ErrInvalidUTF8, bad)
	case "windows-1252", "iso-8859-1", "iso-8859-15":
		if bad < 0 {
			return data, nil
		}
	}
	if enc == nil {
		return data, nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot decode as %s: %v", ErrInvalidUTF8, name, err)
	}
	if i := firstInvalidUTF8(out); i >= 0 {
		return nil, fmt.Errorf("%w at byte %d after decoding from %s", ErrInvalidUTF8, i, name)
	}
	return out, nil
}

// declaresCharset reports whether the Content-Type or the page head names a
// charset.
func declaresCharset(data []byte, contentType string) bool {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		return true
	}
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

// trafilaturaOptions: comments are not the article, and the fast date mode
// reads the metadata and the page without the slow multilingual parser.
// MinExtractedSize is lowered from 250 so that a short story is not handed
// to trafilatura's "baseline" rescue, which glues all paragraphs into one
// and would lose the breaks the quote logic needs.
var trafilaturaOptions = trafilatura.Options{
	ExcludeComments: true,
	HtmlDateMode:    trafilatura.Fast,
	Config: func() *trafilatura.Config {
		c := trafilatura.DefaultConfig()
		c.MinExtractedSize = 1
		return c
	}(),
}

// htmlArticle extracts the article of one page. contentType is the HTTP
// Content-Type when known; pageURL, when known, resolves relative links and is
// the URL unless the page names a canonical one.
func htmlArticle(data []byte, contentType, pageURL string) (doc.Article, error) {
	var a doc.Article
	data, err := decodeHTML(data, contentType)
	if err != nil {
		return a, err
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return a, fmt.Errorf("%w: HTML does not parse: %v", ErrFormat, err)
	}
	opts := trafilaturaOptions
	var u *nurl.URL
	if pageURL != "" {
		if u, err = nurl.Parse(pageURL); err == nil {
			opts.OriginalURL = u
		}
	}
	a.URL = pageURL

	res, terr := extractSafely(root, opts)
	if res != nil {
		m := res.Metadata
		a.Title = m.Title
		a.Outlet = m.Sitename
		if m.URL != "" && pageURL == "" {
			a.URL = m.URL
		}
		if a.Outlet == "" {
			a.Outlet = strings.TrimPrefix(m.Hostname, "www.")
		}
		if !m.Date.IsZero() {
			a.Published = m.Date
		}
		a.Language = m.Language
		if res.ContentNode != nil {
			a.Text = nodeText(res.ContentNode)
		}
	}
	if !strings.Contains(a.Text, "\n\n") {
		// Trafilatura found nothing, or one block only (its baseline
		// rescue glues paragraphs together). Readability looks at the page
		// differently (text density of containers) and often finds the
		// story, with its paragraphs, on sparse or unusual pages.
		parser := readability.NewParser()
		art, rerr := parser.ParseDocument(root, u)
		if rerr == nil && art.Node != nil {
			if t := nodeText(art.Node); strings.Contains(t, "\n\n") && 2*len(t) >= len(a.Text) || a.Text == "" {
				a.Text = t
			}
			if a.Title == "" {
				a.Title = art.Title()
			}
			if a.Outlet == "" {
				a.Outlet = art.SiteName()
			}
			if a.Language == "" {
				a.Language = art.Language()
			}
			if a.Published.IsZero() {
				if t, err := art.PublishedTime(); err == nil {
					a.Published = t
				}
			}
		}
		if strings.TrimSpace(a.Text) == "" {
			why := "no article text found"
			if terr != nil {
				why += " (" + terr.Error() + ")"
			}
			return a, fmt.Errorf("%w: %s", ErrEmpty, why)
		}
	}
	if a.Title == "" {
		a.Title = pageTitle(root)
	}
	if t := strings.TrimSpace(a.Text); t == cleanLine(a.Title) || t == cleanLine(pageTitle(root)) {
		// The extractors fell back to the <title>: the page has no story.
		return a, fmt.Errorf("%w: no article text found (only the page title)", ErrEmpty)
	}
	if a.Outlet == "" && a.URL != "" {
		if pu, err := nurl.Parse(a.URL); err == nil {
			a.Outlet = strings.TrimPrefix(pu.Hostname(), "www.")
		}
	}
	// htmldate keeps only the day; the page's own meta tag often has the
	// time of day too, which anchors "this morning" and time zones.
	if t, ok := metaPublished(root); ok && (a.Published.IsZero() || sameDay(t, a.Published)) {
		a.Published = t
	}
	a.Language = normLang(a.Language)
	a.Published = dateOnlyIfMidnight(a.Published)
	return a, nil
}

// publishedMeta are the <meta> names and properties that carry the
// publication time, most specific first.
var publishedMeta = map[string]int{
	"article:published_time": 1, "og:published_time": 2, "datepublished": 3, "pubdate": 4,
	"publishdate": 5, "dc.date.issued": 6, "dcterms.created": 7, "parsely-pub-date": 8,
	"sailthru.date": 9, "date": 10,
}

// metaPublished finds the publication time in the page's meta tags.
func metaPublished(root *html.Node) (time.Time, bool) {
	best, bestRank := "", 1<<30
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				var key, content string
				for _, at := range n.Attr {
					switch at.Key {
					case "property", "name", "itemprop":
						key = strings.ToLower(at.Val)
					case "content":
						content = at.Val
					}
				}
				if r, ok := publishedMeta[key]; ok && r < bestRank && content != "" {
					best, bestRank = content, r
				}
				return
			case atom.Body:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if best == "" {
		return time.Time{}, false
	}
	t, err := ParseDate(best)
	return t, err == nil
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// extractSafely runs trafilatura, turning a panic inside it (it is a large
// port and fuzzing finds corners) into an error so one odd page cannot stop
// a crawl.
func extractSafely(root *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("extractor failed: %v", r)
		}
	}()
	return trafilatura.ExtractDocument(root, opts)
}

// dateOnlyIfMidnight keeps a bare date a bare date (UTC midnight), so that
// doc.FormatPublished prints "2025-08-28" rather than a fake time of day.
func dateOnlyIfMidnight(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	return t
}

// normLang reduces "en-GB", "en_US" to "en".
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	return s
}

func pageTitle(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Title {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		return b.String()
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Body || n.DataAtom == atom.Svg) {
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := pageTitle(c); t != "" {
			return t
		}
	}
	return ""
}

// fragmentText reduces an HTML fragment (a feed item's content, a JSON
// "html" field read as a fragment) to text with paragraph breaks.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return CleanText(s)
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return CleanText(s)
	}
	for _, n := range nodes {
		ctx.AppendChild(n)
	}
	return nodeText(ctx)
}

// nodeText renders an HTML tree as text: one paragraph per block element
// (separated by a blank line, which the sentence splitter and the quote
// logic rely on), "\n" for <br>, tabs between table cells, whitespace
// collapsed as a browser would except inside <pre>, and scripts, styles,
// forms and embedded media left out.
func nodeText(n *html.Node) string {
	var w textWriter
	w.walk(n)
	return CleanText(w.b.String())
}

type textWriter struct {
	b     strings.Builder
	pre   int
	space bool // a collapsed space is pending
	brk   int  // pending breaks: 1 line, 2 paragraph
}

func (w *textWriter) breakAt(n int) {
	if n > w.brk {
		w.brk = n
	}
	w.space = false
}

func (w *textWriter) text(s string) {
	if w.pre > 0 {
		w.flush()
		w.b.WriteString(s)
		return
	}
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' {
			w.space = true
			continue
		}
		w.flush()
		w.b.WriteRune(r)
	}
}

func (w *textWriter) flush() {
	if w.b.Len() > 0 {
		switch {
		case w.brk >= 2:
			w.b.WriteString("\n\n")
		case w.brk == 1:
			w.b.WriteByte('\n')
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	w.brk, w.space = 0, false
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	block := false
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Iframe,
		atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Canvas, atom.Button, atom.Select,
		atom.Textarea, atom.Input, atom.Form, atom.Nav, atom.Head, atom.Img, atom.Picture:
		return
	case atom.Br:
		w.breakAt(1)
		return
	case atom.Td, atom.Th:
		if w.b.Len() > 0 && w.brk == 0 {
			w.flush()
			w.b.WriteByte('\t')
		}
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Aside,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol, atom.Dl,
		atom.Dt, atom.Dd, atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Caption, atom.Figure,
		atom.Figcaption, atom.Hr, atom.Address, atom.Details, atom.Summary, atom.Fieldset, atom.Body:
		block = true
	default:
		// trafilatura writes headings as <head> and quotes as <quote> in
		// some versions; treat unknown block-like names as blocks.
		switch n.Data {
		case "quote", "list", "item", "row", "cell", "graphic", "lb":
			block = n.Data != "cell"
			if n.Data == "lb" {
				w.breakAt(1)
				return
			}
		}
	}
	if block {
		w.breakAt(2)
	}
	if n.DataAtom == atom.Pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.DataAtom == atom.Pre {
		w.pre--
	}
	if block {
		w.breakAt(2)
	}
}

// errHTML splits an HTML-path error into its reason and its sentinel.
func errHTML(err error) (reason string, kind error) {
	kind = errOr(err, ErrFormat)
	reason = err.Error()
	if r, ok := strings.CutPrefix(reason, kind.Error()+": "); ok {
		reason = r
	}
	return reason, kind
}
