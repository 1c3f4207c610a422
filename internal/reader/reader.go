// Package reader turns the inputs crosscheck accepts into doc.Article values:
// plain text, HTML pages, RSS/Atom feeds, JSON Lines, WARC archives (plain or
// gzipped) and standard input. It is the only place that knows about file
// formats and character encodings; everything after it sees clean UTF-8 text
// whose offsets the rest of the pipeline can trust.
//
// Every article leaves the reader with:
//
//   - Text in valid UTF-8, "\r\n" and lone "\r" turned into "\n", control
//     characters other than "\n" and "\t" removed, and paragraphs separated
//     by a blank line ("\n\n"), because the sentence splitter and the quote
//     logic rely on paragraph breaks;
//   - ID equal to doc.ContentID(Text), so the same text read from any source
//     gets the same ID;
//   - Origin naming where it came from ("feed.xml#item 3", "in.jsonl:12",
//     "crawl.warc.gz#record 7"), for error messages and provenance.
//
// # Formats
//
// Plain text is UTF-8 with an optional header block: lines of "Key: value"
// with the keys Title, Published (or Date), Source (or Outlet), URL and
// Language, case-insensitive, ended by a blank line. The header is removed from
// the text. Dates may be written 2025-08-28, in RFC 3339 or RFC 1123, as
// "28 August 2025", "Aug 28, 2025" and similar (see ParseDate).
//
// HTML pages go through go-trafilatura for the main text and the metadata
// (title, publication date, site name as outlet, canonical URL, language),
// with go-readability as a fallback when trafilatura finds no text. The
// charset comes from the Content-Type (inside WARC), a BOM, or <meta charset>;
// undeclared pages that are not valid UTF-8 are read as Windows-1252, as
// browsers do.
//
// RSS and Atom feeds (gofeed) give one article per item: title, link,
// published (or updated) date, and content (or description) with its HTML
// reduced to text. The outlet is the feed's title.
//
// JSON Lines give one article per line, an object with the fields
//
//	id         optional; the caller's identifier, kept in Origin
//	           ("in.jsonl:12 id=abc"); Article.ID is always the content hash
//	url        article URL (also accepted: "link")
//	outlet     publication name (also accepted: "source", as a string or
//	           an object with "name", and "site")
//	title      headline (also accepted: "headline")
//	published  date in any form ParseDate reads, or a Unix time in seconds
//	           or milliseconds (also accepted: "date")
//	language   ISO 639-1 code
//	text       the article text (also accepted: "body"), or
//	html       the page, run through the HTML path (used when text is
//	           empty; fields given on the line win over the page's)
//
// docs/input-formats.md describes every format for users.
//
// A malformed line is reported with its line number and the other lines still
// come through.
//
// WARC files (WARC/1.0 and 1.1, whole-file or per-record gzip) give one
// article per HTML response record with status 200; the URL is the record's
// WARC-Target-URI and the date falls back to WARC-Date when the page has none.
// Other records (requests, metadata, non-HTML responses) are skipped.
//
// # Limits and errors
//
// Inputs read whole (text, HTML, feeds) may be at most Options.MaxBytes
// after decompression (10 MB by default). Streamed inputs (JSON Lines and
// WARC) apply the limit to each line or record instead, so a large archive can
// be read in constant memory. Failures are *Error values naming the input, the
// record (line or item number, 0 for the whole input) and the reason; they wrap
// sentinel errors (ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrTooLarge,
// ErrFormat, ErrRecord) for errors.Is.
package reader

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/crosscheck-news/crosscheck/doc"
)

// DefaultMaxBytes is the size limit used when Options.MaxBytes is zero.
const DefaultMaxBytes = 10 << 20

// Format names accepted by Options.Format.
const (
	FormatAuto  = "auto"
	FormatText  = "text"
	FormatHTML  = "html"
	FormatFeed  = "rss" // RSS, Atom and RDF feeds alike
	FormatJSONL = "jsonl"
	FormatWARC  = "warc"
)

// Options tune how inputs are read.
type Options struct {
	// Format forces a format (text, html, rss, atom, jsonl, warc); empty or
	// "auto" detects it from the name and the content.
	Format string
	// MaxBytes bounds what is held in memory: the whole decompressed input
	// for text, HTML and feeds, one line for JSON Lines, one payload for WARC.
	// Zero means DefaultMaxBytes; a negative value disables the limit.
	MaxBytes int64
	// Outlet, URL and Title, when set, override what the input says (for
	// inputs that do not say it, such as a bare text file).
	Outlet, URL, Title string
	// Charset decodes plain-text input from a legacy encoding ("latin1",
	// "windows-1251"…) instead of requiring UTF-8. HTML, feeds and WARC
	// declare their own encodings and ignore it.
	Charset string
}

func (o Options) limit() int64 {
	switch {
	case o.MaxBytes == 0:
		return DefaultMaxBytes
	case o.MaxBytes < 0:
		return 1<<63 - 1
	}
	return o.MaxBytes
}

// Sentinel errors wrapped by *Error, for errors.Is.
var (
	ErrEmpty       = errors.New("empty input")
	ErrBinary      = errors.New("binary input")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("input too large")
	ErrFormat      = errors.New("unreadable format")
	ErrRecord      = errors.New("bad record")
)

// Error is a failure to read an input or one record of it. Callers (the CLI,
// ingest) print it and go on with the next record or input.
type Error struct {
	// Input names the input: a path, "-" for stdin, or a caller's name.
	Input string
	// Record is the 1-based line (JSON Lines), item (feeds) or record (WARC)
	// number, 0 when the error concerns the whole input.
	Record int
	// Unit names what Record counts: "line", "item" or "record".
	Unit string
	// Reason says what is wrong, for people.
	Reason string
	// Err is the sentinel (ErrEmpty, ErrBinary…) or underlying error.
	Err error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("reader: ")
	b.WriteString(e.Input)
	if e.Record > 0 {
		unit := e.Unit
		if unit == "" {
			unit = "record"
		}
		fmt.Fprintf(&b, ": %s %d", unit, e.Record)
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

func inputErr(name string, kind error, format string, args ...any) *Error {
	return &Error{Input: name, Reason: fmt.Sprintf(format, args...), Err: kind}
}

// ReadFile reads every article of the file at path; "-" reads standard input.
// Per-record failures come back in the []error without stopping; the error
// is set when the input as a whole cannot be read.
func ReadFile(path string, opts Options) ([]doc.Article, []error, error) {
	var arts []doc.Article
	errs, err := EachFile(path, opts, func(a doc.Article) error {
		arts = append(arts, a)
		return nil
	})
	return arts, errs, err
}

// Read reads every article of one input; name is used for format detection
// (by extension), for Origin and in errors.
func Read(name string, r io.Reader, opts Options) ([]doc.Article, []error, error) {
	var arts []doc.Article
	errs, err := Each(name, r, opts, func(a doc.Article) error {
		arts = append(arts, a)
		return nil
	})
	return arts, errs, err
}

// EachFile is Each over the file at path ("-" for standard input).
func EachFile(path string, opts Options, fn func(doc.Article) error) ([]error, error) {
	if path == "-" {
		return Each("-", os.Stdin, opts, fn)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, inputErr(path, err, "%v", unwrapPathError(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, inputErr(path, ErrFormat, "is a directory (use Walk)")
	}
	return Each(path, f, opts, fn)
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Each streams the articles of one input to fn, one at a time, so that huge
// feeds, JSON Lines files and WARC archives need not fit in memory. Record
// failures are collected and returned; an error from fn stops reading and is
// returned as is.
func Each(name string, r io.Reader, opts Options, fn func(doc.Article) error) ([]error, error) {
	rd := &run{name: name, opts: opts, fn: fn}
	err := rd.input(name, r, 0)
	return rd.errs, err
}

// run carries the state of reading one input.
type run struct {
	name string
	opts Options
	fn   func(doc.Article) error
	errs []error
}

// recordErr records a per-record failure.
func (rd *run) recordErr(n int, unit string, kind error, format string, args ...any) {
	rd.errs = append(rd.errs, &Error{Input: rd.name, Record: n, Unit: unit, Reason: fmt.Sprintf(format, args...), Err: kind})
}

// emit finishes an article (ID, overrides) and hands it to fn.
func (rd *run) emit(a doc.Article) error {
	if rd.opts.Outlet != "" {
		a.Outlet = rd.opts.Outlet
	}
	if rd.opts.URL != "" {
		a.URL = rd.opts.URL
	}
	if rd.opts.Title != "" {
		a.Title = rd.opts.Title
	}
	a.Title = cleanLine(a.Title)
	a.Outlet = cleanLine(a.Outlet)
	a.URL = cleanLine(a.URL)
	a.ID = doc.ContentID(a.Text)
	return rd.fn(a)
}

// sniffLen is how much of an input is looked at to detect its format.
const sniffLen = 1024

// input detects the format of r and reads it. depth counts nested
// decompressions, so a gzip inside a gzip is read but a bomb of them is not.
func (rd *run) input(name string, r io.Reader, depth int) error {
	br := bufio.NewReaderSize(r, 16<<10)
	head, _ := br.Peek(sniffLen)
	format := normFormat(rd.opts.Format)
	if format == "" {
		return inputErr(rd.name, ErrFormat, "unknown format %q (want text, html, rss, jsonl, warc or auto)", rd.opts.Format)
	}

	if len(head) == 0 {
		return inputErr(rd.name, ErrEmpty, "empty input")
	}
	if isGzip(head) {
		// Concatenated members (a .warc.gz written record by record) and a
		// single member read alike: gzip.Reader is multistream.
		if depth > 2 {
			return inputErr(rd.name, ErrFormat, "gzip nested too deep")
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return inputErr(rd.name, ErrFormat, "bad gzip data: %v", err)
		}
		defer zr.Close()
		inner := strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".GZ")
		return rd.input(inner, zr, depth+1)
	}

	// A UTF-16 BOM: decode the whole stream to UTF-8 and look again.
	if len(head) >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) && depth < 4 {
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		return rd.input(name, transform.NewReader(br, unicode.BOMOverride(dec)), depth+1)
	}

	if format == FormatAuto {
		format = detect(name, head)
	}
	if format != FormatWARC {
		if why := binaryReason(head); why != "" {
			return inputErr(rd.name, ErrBinary, "binary data (%s)", why)
		}
	}
	switch format {
	case FormatWARC:
		return rd.warc(br)
	case FormatJSONL:
		return rd.jsonl(br)
	}
	data, err := readAllLimited(br, rd.opts.limit())
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return inputErr(rd.name, ErrTooLarge, "larger than the %d-byte limit", rd.opts.limit())
		}
		return inputErr(rd.name, err, "read failed: %v", err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return inputErr(rd.name, ErrEmpty, "empty input (only whitespace)")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return inputErr(rd.name, ErrBinary, "binary data (NUL byte at byte %d)", i)
	}
	switch format {
	case FormatHTML:
		a, err := htmlArticle(data, "", rd.opts.URL)
		if err != nil {
			why, kind := errHTML(err)
			return &Error{Input: rd.name, Reason: why, Err: kind}
		}
		a.Origin = rd.name
		return rd.emit(a)
	case FormatFeed:
		return rd.feed(data)
	}
	return rd.text(data)
}

// errOr returns the sentinel err wraps, or def.
func errOr(err, def error) error {
	for _, s := range []error{ErrEmpty, ErrBinary, ErrInvalidUTF8, ErrTooLarge, ErrFormat} {
		if errors.Is(err, s) {
			return s
		}
	}
	return def
}

// readAllLimited reads r whole, failing with ErrTooLarge beyond max bytes
// without holding more than max+1 of them.
func readAllLimited(r io.Reader, max int64) ([]byte, error) {
	lim := max
	if lim < 1<<62 {
		lim++
	}
	data, err := io.ReadAll(io.LimitReader(r, lim))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, ErrTooLarge
	}
	return data, nil
}

func normFormat(f string) string {
	switch strings.ToLower(strings.TrimSpace(f)) {
	case "", "auto":
		return FormatAuto
	case "text", "txt", "plain":
		return FormatText
	case "html", "htm":
		return FormatHTML
	case "rss", "atom", "feed", "xml":
		return FormatFeed
	case "jsonl", "ndjson", "json":
		return FormatJSONL
	case "warc", "warc.gz":
		return FormatWARC
	}
	return ""
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

func hasExt(name string, exts ...string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range exts {
		if ext == e {
			return true
		}
	}
	return false
}

// detect picks a format from the content first where the content is
// unambiguous (a WARC version line, an XML feed root, an HTML root), then
// from the file extension, then falls back to JSON Lines for inputs that open
// with a JSON object and to plain text.
func detect(name string, head []byte) string {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	if bytes.HasPrefix(h, []byte("WARC/")) {
		return FormatWARC
	}
	switch {
	case hasExt(name, ".warc"):
		return FormatWARC
	case hasExt(name, ".jsonl", ".ndjson", ".json"):
		return FormatJSONL
	case hasExt(name, ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"):
		return FormatHTML
	case hasExt(name, ".rss", ".atom", ".rdf"):
		return FormatFeed
	case hasExt(name, ".txt", ".text", ".md"):
		return FormatText
	}
	if len(h) > 0 && h[0] == '<' {
		lower := bytes.ToLower(h)
		feed := bytes.Index(lower, []byte("<rss"))
		if i := bytes.Index(lower, []byte("<feed")); i >= 0 && (feed < 0 || i < feed) {
			feed = i
		}
		if i := bytes.Index(lower, []byte("<rdf:rdf")); i >= 0 && (feed < 0 || i < feed) {
			feed = i
		}
		page := bytes.Index(lower, []byte("<html"))
		if i := bytes.Index(lower, []byte("<!doctype html")); i >= 0 && (page < 0 || i < page) {
			page = i
		}
		switch {
		case feed >= 0 && (page < 0 || feed < page):
			return FormatFeed
		case page >= 0:
			return FormatHTML
		case bytes.HasPrefix(lower, []byte("<?xml")):
			return FormatFeed
		}
		for _, tag := range []string{"<head", "<body", "<meta", "<title", "<div", "<p>", "<article", "<!--"} {
			if bytes.HasPrefix(lower, []byte(tag)) {
				return FormatHTML
			}
		}
	}
	if len(h) > 0 && h[0] == '{' {
		return FormatJSONL
	}
	return FormatText
}

// binaryReason says why head looks like binary data, or "" when it looks
// like text. Known binary formats get named so the user knows what they fed.
func binaryReason(head []byte) string {
	magics := []struct{ magic, name string }{
		{"%PDF-", "a PDF document; extract its text first"},
		{"\x89PNG", "a PNG image"},
		{"\xFF\xD8\xFF", "a JPEG image"},
		{"GIF8", "a GIF image"},
		{"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file); extract its text first"},
		{"\xD0\xCF\x11\xE0", "a legacy Office document"},
		{"BZh", ""},
		{"\xFD7zXZ", "an xz archive"},
		{"\x28\xB5\x2F\xFD", "a zstd archive"},
	}
	for _, m := range magics {
		if m.name != "" && bytes.HasPrefix(head, []byte(m.magic)) {
			return "looks like " + m.name
		}
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fmt.Sprintf("NUL byte at byte %d", i)
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b || c == 0x7f {
			ctl++
		}
	}
	if len(head) > 0 && ctl*10 > len(head) {
		return fmt.Sprintf("%d control bytes in the first %d", ctl, len(head))
	}
	return ""
}

// firstInvalidUTF8 returns the byte offset of the first invalid UTF-8
// sequence in b, or -1.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
