package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
)

// quote is a quotation: one or more segments, each from an opening mark to
// its closing mark (token indices, inclusive). A quotation that runs across
// paragraphs has one segment per paragraph.
type quote struct {
	open, close int // first opening mark and last closing mark
	segments    [][2]int
}

func isOpenOnly(s string) bool  { return s == "“" || s == "«" || s == "„" || s == "``" }
func isCloseOnly(s string) bool { return s == "”" || s == "»" }

// findQuotes pairs quotation marks across the document. It tolerates
// unpaired marks: a stray opening mark closes at the end of its paragraph
// unless the next paragraph opens with a quote mark (a quotation running on
// across paragraphs), and a stray closing mark is ignored, so one bad mark
// does not flip every later quote.
func findQuotes(d *doc.Document) []quote {
	toks := d.Tokens
	var out []quote
	var cur *quote
	segStart := -1
	para := func(i int) int { return d.Sentences[toks[i].Sent].Paragraph }
	closeSeg := func(end int) {
		cur.segments = append(cur.segments, [2]int{segStart, end})
		cur.close = end
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		if cur != nil && segStart >= 0 && para(i) != para(segStart) {
			// The paragraph ended inside a quotation.
			lastOfPara := i - 1
			closeSeg(lastOfPara)
			if isOpening(toks, i) && opensClause(d, segStart) {
				segStart = i
				continue
			}
			out = appendQuote(out, cur)
			cur, segStart = nil, -1
		}
		if !isQuoteMark(t) {
			continue
		}
		switch {
		case cur == nil:
			if isOpening(toks, i) {
				cur = &quote{open: i}
				segStart = i
			}
		case cur != nil && isClosing(toks, i) && sameFamily(toks[segStart].Text, t):
			closeSeg(i)
			out = appendQuote(out, cur)
			cur, segStart = nil, -1
		case cur != nil && isOpening(toks, i) && sameFamily(toks[segStart].Text, t) && isOpenOnly(t):
			// Two curly openers in a row: the first was stray.
			cur = &quote{open: i}
			segStart = i
		}
	}
	if cur != nil && segStart >= 0 {
		closeSeg(len(toks) - 1)
		out = appendQuote(out, cur)
	}
	return out
}

func appendQuote(out []quote, q *quote) []quote {
	if q.close-q.open < 2 {
		return out
	}
	return append(out, *q)
}

// isQuoteMark reports whether a token is a double quotation mark; single
// marks are too often apostrophes to open quotations on their own.
func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„", "''", "``":
		return true
	}
	return false
}

func sameFamily(open, close string) bool {
	if open == "\"" {
		return close == "\"" || close == "”"
	}
	return close != "\"" || true
}

// isOpening decides whether the mark at i opens a quotation: curly and
// guillemet openers always do; a straight mark does when it is not attached
// to the token before it but is to the one after.
func isOpening(toks []doc.Token, i int) bool {
	t := toks[i].Text
	if isOpenOnly(t) {
		return true
	}
	prevAttached := i > 0 && toks[i-1].ByteEnd == toks[i].ByteStart && !isOpenPunct(toks[i-1].Text)
	nextAttached := i+1 < len(toks) && toks[i+1].ByteStart == toks[i].ByteEnd
	if isCloseOnly(t) {
		// A closing mark typed for an opening one: at the start of a line
		// and attached to the word after it.
		return nextAttached && (i == 0 || toks[i-1].Sent != toks[i].Sent && !prevAttached)
	}
	if nextAttached && !prevAttached {
		return true
	}
	return !prevAttached && !nextAttached && i+1 < len(toks)
}

func isClosing(toks []doc.Token, i int) bool {
	t := toks[i].Text
	if isCloseOnly(t) {
		return true
	}
	if isOpenOnly(t) {
		return false
	}
	prevAttached := i > 0 && toks[i-1].ByteEnd == toks[i].ByteStart
	nextAttached := i+1 < len(toks) && toks[i+1].ByteStart == toks[i].ByteEnd && !isClosePunct(toks[i+1].Text)
	return prevAttached && !nextAttached || !prevAttached && !nextAttached
}

func isOpenPunct(s string) bool { return s == "(" || s == "[" || s == "—" || s == "–" }

func isClosePunct(s string) bool {
	switch s {
	case ".", ",", ";", ":", "!", "?", ")", "]", "—", "–", "―", "'s", "’s", "…", "...":
		return true
	}
	return false
}

// opensClause reports whether the quotation mark at i starts a sentence or
// follows "said," / ":" — only such a quotation can run on into the next
// paragraph; an unclosed mark mid-sentence is a missing closing mark.
func opensClause(d *doc.Document, i int) bool {
	s := d.Sentences[d.Tokens[i].Sent]
	if s.First == i {
		return true
	}
	p := d.Tokens[i-1].Text
	return p == "," || p == ":"
}
