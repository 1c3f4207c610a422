package reader

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/crosscheck-news/crosscheck/doc"
)

// text reads a plain-text article with its optional header block.
func (rd *run) text(data []byte) error {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if rd.opts.Charset != "" {
		enc, err := htmlindex.Get(rd.opts.Charset)
		if err != nil {
			return inputErr(rd.name, ErrFormat, "unknown charset %q", rd.opts.Charset)
		}
		if data, err = enc.NewDecoder().Bytes(data); err != nil {
			return inputErr(rd.name, ErrInvalidUTF8, "cannot decode as %s: %v", rd.opts.Charset, err)
		}
	}
	if i := firstInvalidUTF8(data); i >= 0 {
		return inputErr(rd.name, ErrInvalidUTF8, "invalid UTF-8 at byte %d (set a charset such as latin1 to read a legacy encoding)", i)
	}
	a := doc.Article{Origin: rd.name}
	body, hdr := splitHeader(string(data))
	var dateErr error
	for _, kv := range hdr {
		switch kv[0] {
		case "title", "headline":
			a.Title = kv[1]
		case "published", "date", "pubdate", "published-at", "dateline":
			t, err := ParseDate(kv[1])
			if err != nil {
				dateErr = err
				continue
			}
			a.Published = t
		case "source", "outlet", "publisher", "site":
			a.Outlet = kv[1]
		case "url", "link":
			a.URL = kv[1]
		case "language", "lang":
			a.Language = strings.ToLower(kv[1])
		}
	}
	a.Text = CleanText(body)
	if a.Title == "" && len(hdr) == 0 {
		a.Title = headline(a.Text)
	}
	if strings.TrimSpace(a.Text) == "" {
		return inputErr(rd.name, ErrEmpty, "no text after the header")
	}
	if dateErr != nil {
		// The article is still worth reading; only its anchor is lost.
		rd.recordErr(0, "", ErrRecord, "%v; publication date left unknown", dateErr)
	}
	return rd.emit(a)
}

// headline returns the first line of text when it reads as a headline: a
// line of its own, at most 200 bytes, not ending like a sentence. The line
// stays in the text (headlines make claims too); Title only names the
// article.
func headline(text string) string {
	nl := strings.IndexByte(text, '\n')
	if nl <= 0 || nl > 200 {
		return ""
	}
	line := strings.TrimSpace(text[:nl])
	if line == "" {
		return ""
	}
	if colon := strings.IndexByte(line, ':'); colon > 0 && headerKeys[strings.ToLower(strings.TrimSpace(line[:colon]))] {
		return "" // a header line that did not make a header block
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".:;,\"'”’)", last) && !strings.HasSuffix(line, "...") {
		return ""
	}
	return line
}

// headerKeys are the keys a plain-text header block may use. A block whose
// first line has any other key is body text ("Note: …"), not a header.
var headerKeys = map[string]bool{
	"title": true, "headline": true, "published": true, "date": true, "pubdate": true,
	"published-at": true, "dateline": true, "source": true, "outlet": true, "publisher": true,
	"site": true, "url": true, "link": true, "language": true, "lang": true,
	"author": true, "byline": true, "id": true,
}

// splitHeader separates a leading "Key: value" block, ended by a blank line,
// from the body. Every line of the block must be a known key so that a first
// paragraph such as "Update: the ministry…" stays text.
func splitHeader(s string) (body string, hdr [][2]string) {
	s = strings.TrimLeft(s, "\r\n")
	end := -1
	rest := s
	pos := 0
	for {
		nl := strings.IndexByte(rest, '\n')
		line := rest
		if nl >= 0 {
			line = rest[:nl]
		}
		line = strings.TrimRight(line, "\r \t")
		if line == "" {
			if len(hdr) > 0 {
				end = pos
			}
			break
		}
		colon := strings.IndexByte(line, ':')
		if colon <= 0 {
			return s, nil
		}
		key := strings.ToLower(strings.TrimSpace(line[:colon]))
		if !headerKeys[key] {
			return s, nil
		}
		hdr = append(hdr, [2]string{key, strings.TrimSpace(line[colon+1:])})
		if nl < 0 {
			// The whole input is a header: no body.
			return "", hdr
		}
		pos += nl + 1
		rest = rest[nl+1:]
	}
	if end < 0 {
		return s, nil
	}
	return s[end:], hdr
}

// CleanText normalises article text the way every reader does: "\r\n" and
// lone "\r" become "\n", U+2028/U+2029 become a line and a paragraph break,
// control and invisible format characters other than "\n" and "\t" go
// (zero-width (non-)joiners stay: they matter inside words of some scripts),
// lines lose leading and trailing spaces, runs of blank lines shrink to one
// blank line, and the text is trimmed. Invalid UTF-8 becomes U+FFFD.
func CleanText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	breaks := 0                   // newlines seen since the last text
	spaceStart, spaceEnd := -1, 0 // pending horizontal space s[spaceStart:spaceEnd]; -1 if none
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '\n' || r == '\u2028' || r == '\f' || r == '\v':
			spaceStart = -1
			breaks++
		case r == '\r':
			spaceStart = -1
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			breaks++
		case r == '\u2029':
			spaceStart = -1
			breaks += 2
		case r == ' ' || r == '\t' || r >= 0x80 && unicode.Is(unicode.Zs, r):
			switch {
			case spaceStart < 0 && breaks == 0 && b.Len() > 0:
				spaceStart, spaceEnd = i, i+size
			case spaceStart >= 0 && spaceEnd == i:
				spaceEnd = i + size
			}
		case r == utf8.RuneError && size == 1:
			writeBreaks(&b, &breaks, &spaceStart, s[max(spaceStart, 0):spaceEnd])
			b.WriteRune(utf8.RuneError)
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\ufeff' ||
			r >= 0x80 && r != '\u200c' && r != '\u200d' && unicode.Is(unicode.Cf, r):
			// dropped
		default:
			writeBreaks(&b, &breaks, &spaceStart, s[max(spaceStart, 0):spaceEnd])
			// Copy the rest of a word of printable ASCII in one go.
			j := i + size
			for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
				j++
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		i += size
	}
	return b.String()
}

// writeBreaks writes what separates the next piece of text from the last:
// at most two newlines, or the pending run of spaces.
func writeBreaks(b *strings.Builder, breaks, spaceStart *int, space string) {
	switch {
	case b.Len() == 0:
	case *breaks > 1:
		b.WriteString("\n\n")
	case *breaks == 1:
		b.WriteByte('\n')
	case *spaceStart >= 0:
		b.WriteString(space)
	}
	*breaks = 0
	*spaceStart = -1
}

// cleanLine squeezes a one-line metadata value (title, outlet, URL): all
// whitespace runs become one space, control characters go.
func cleanLine(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || r == '\ufeff' || r == utf8.RuneError:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
