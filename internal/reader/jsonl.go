package reader

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// jsonArticle is one JSON Lines record. The aliases cover the field names
// common scrapers and news APIs write.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Link      string          `json:"link"`
	Outlet    string          `json:"outlet"`
	Source    json.RawMessage `json:"source"`
	Site      string          `json:"site"`
	Title     string          `json:"title"`
	Headline  string          `json:"headline"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
	Language  string          `json:"language"`
	Text      string          `json:"text"`
	Body      string          `json:"body"`
	HTML      string          `json:"html"`
}

// jsonl streams a JSON Lines input: one article per line, each line at
// most MaxBytes. Bad lines are reported with their number and skipped.
func (rd *run) jsonl(br *bufio.Reader) error {
	max := rd.opts.limit()
	var line []byte
	for n := 1; ; n++ {
		var tooLong bool
		var err error
		line, tooLong, err = readLine(br, line[:0], max)
		if err != nil && !errors.Is(err, io.EOF) {
			return inputErr(rd.name, err, "read failed at line %d: %v", n, err)
		}
		if tooLong {
			rd.recordErr(n, "line", ErrTooLarge, "longer than the %d-byte limit", max)
		} else if rec := trimRecord(line, n); len(rec) > 0 {
			if ferr := rd.jsonRecord(n, rec); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}

// trimRecord trims the spaces around line n, and on the first line a byte
// order mark first: a line holding only a BOM (or a UTF-16 input that
// decodes to one) is blank, not a record.
func trimRecord(line []byte, n int) []byte {
	if n == 1 {
		line = bytes.TrimPrefix(bytes.TrimSpace(line), []byte("\xEF\xBB\xBF"))
	}
	return bytes.TrimSpace(line)
}

// readLine appends the next line of br (without its "\n") to buf. A line
// longer than max is consumed but not kept, and reported as tooLong.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1: the newline itself
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err != nil:
			if err == io.EOF && len(buf) == 0 && !tooLong {
				return buf, false, io.EOF
			}
			return bytes.TrimSuffix(buf, []byte("\n")), tooLong, err
		}
		return bytes.TrimSuffix(buf, []byte("\n")), tooLong, nil
	}
}

// jsonRecord turns one line into an article; it returns only fn's error.
func (rd *run) jsonRecord(n int, rec []byte) error {
	if i := firstInvalidUTF8(rec); i >= 0 {
		rd.recordErr(n, "line", ErrInvalidUTF8, "invalid UTF-8 at byte %d of the line", i)
		return nil
	}
	if rec[0] != '{' {
		rd.recordErr(n, "line", ErrRecord, "not a JSON object")
		return nil
	}
	var j jsonArticle
	if err := json.Unmarshal(rec, &j); err != nil {
		rd.recordErr(n, "line", ErrRecord, "invalid JSON: %s", jsonReason(err))
		return nil
	}
	a := doc.Article{
		URL:      first(j.URL, j.Link),
		Outlet:   first(j.Outlet, jsonString(j.Source), j.Site),
		Title:    first(j.Title, j.Headline),
		Language: normLang(j.Language),
		Origin:   fmt.Sprintf("%s:%d", rd.name, n),
	}
	if id := strings.TrimSpace(jsonString(j.ID)); id != "" {
		a.Origin += " id=" + id
	}
	text := first(j.Text, j.Body)
	switch {
	case strings.TrimSpace(text) != "":
		a.Text = CleanText(text)
	case strings.TrimSpace(j.HTML) != "":
		page, err := htmlArticle([]byte(j.HTML), "text/html; charset=utf-8", a.URL)
		if err != nil {
			why, kind := errHTML(err)
			rd.recordErr(n, "line", kind, "html: %s", why)
			return nil
		}
		a.Text = page.Text
		a.URL = first(a.URL, page.URL)
		a.Outlet = first(a.Outlet, page.Outlet)
		a.Title = first(a.Title, page.Title)
		a.Language = first(a.Language, page.Language)
		a.Published = page.Published
	default:
		rd.recordErr(n, "line", ErrEmpty, "no \"text\" or \"html\" field")
		return nil
	}
	if a.Text == "" {
		rd.recordErr(n, "line", ErrEmpty, "text is empty after cleaning")
		return nil
	}
	pub := j.Published
	if len(pub) == 0 || string(pub) == "null" {
		pub = j.Date
	}
	if len(pub) > 0 && string(pub) != "null" {
		t, err := jsonDate(pub)
		if err != nil {
			rd.recordErr(n, "line", ErrRecord, "%v; publication date left unknown", err)
		} else {
			a.Published = t
		}
	}
	return rd.emit(a)
}

// jsonDate reads "published" as a date string or a Unix time number.
func jsonDate(raw json.RawMessage) (t time.Time, err error) {
	var s string
	if raw[0] == '"' {
		if err := json.Unmarshal(raw, &s); err != nil {
			return t, err
		}
		if strings.TrimSpace(s) == "" {
			return t, nil
		}
	} else {
		f, err := strconv.ParseFloat(string(raw), 64)
		if err != nil || f < 0 || f > 1e14 {
			return t, fmt.Errorf("unrecognised date %s", raw)
		}
		s = strconv.FormatInt(int64(f), 10)
		if len(s) < 9 {
			return t, fmt.Errorf("unrecognised date %s", raw)
		}
	}
	return ParseDate(s)
}

// jsonString reads a field that may be a string, a number, or an object with
// a "name" (NewsAPI writes "source": {"id": …, "name": …}).
func jsonString(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		var s string
		_ = json.Unmarshal(raw, &s)
		return s
	case '{':
		var o struct {
			Name string `json:"name"`
		}
		_ = json.Unmarshal(raw, &o)
		return o.Name
	case 'n':
		return ""
	}
	return string(raw)
}

func first(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// jsonReason shortens encoding/json's messages and gives the column.
func jsonReason(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s at column %d", strings.TrimPrefix(se.Error(), "json: "), se.Offset)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q should be %s, not %s", te.Field, te.Type, te.Value)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}
