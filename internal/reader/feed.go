package reader

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/crosscheck-news/crosscheck/doc"
)

// feed reads an RSS, Atom or RDF feed: one article per item. Items without
// any text are reported and skipped; the rest come through.
func (rd *run) feed(data []byte) error {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return inputErr(rd.name, ErrFormat, "not a readable RSS or Atom feed: %v", err)
	}
	outlet := cleanLine(f.Title)
	lang := normLang(f.Language)
	if len(f.Items) == 0 {
		return inputErr(rd.name, ErrEmpty, "feed has no items")
	}
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		n := i + 1
		a := doc.Article{
			URL:      strings.TrimSpace(it.Link),
			Outlet:   outlet,
			Title:    fragmentText(it.Title),
			Language: lang,
			Origin:   fmt.Sprintf("%s#item %d", rd.name, n),
		}
		if a.URL == "" && strings.HasPrefix(it.GUID, "http") {
			a.URL = strings.TrimSpace(it.GUID)
		}
		// gofeed's parsed times lose the zone the feed wrote; the zone
		// matters for "this morning", so read the raw value first.
		if t, err := ParseDate(it.Published); err == nil {
			a.Published = dateOnlyIfMidnight(t)
		} else if t, err := ParseDate(it.Updated); err == nil && it.Published == "" {
			a.Published = dateOnlyIfMidnight(t)
		}
		switch {
		case !a.Published.IsZero():
		case it.PublishedParsed != nil:
			a.Published = dateOnlyIfMidnight(*it.PublishedParsed)
		case it.UpdatedParsed != nil:
			a.Published = dateOnlyIfMidnight(*it.UpdatedParsed)
		case it.Published != "":
			if t, err := ParseDate(it.Published); err == nil {
				a.Published = t
			} else {
				rd.recordErr(n, "item", ErrRecord, "%v; publication date left unknown", err)
			}
		}
		// Full content beats the description, which is often a teaser.
		body := it.Content
		if strings.TrimSpace(stripTagsQuick(body)) == "" {
			body = it.Description
		}
		a.Text = fragmentText(body)
		if a.Text == "" {
			rd.recordErr(n, "item", ErrEmpty, "item %q has no content or description", a.Title)
			continue
		}
		if err := rd.emit(a); err != nil {
			return err
		}
	}
	return nil
}

// stripTagsQuick is a cheap test for content that is only markup
// (an image, an empty paragraph).
func stripTagsQuick(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			in = true
		case c == '>':
			in = false
		case !in:
			b.WriteByte(c)
		}
	}
	return b.String()
}
