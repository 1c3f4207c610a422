package attrib

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// quotedTitle reports whether quotation q names a show, a book or a film
// rather than quoting speech: it follows a possessive or "on"/"in"
// directly, with no comma or colon to introduce it (`said on Channel 9's
// "Morning Line," that …`, `appeared on "Nightdesk"`, `wrote in "The Long
// Road Home"`, `the broadcast of "Night Desk,"`), or follows a noun that
// names a work (`the anthem "A River Song"`, `his book, "Lanterns at
// Dusk,"`), and is a short run of capitalised words. Such a quotation is no
// attribution's content; the cue before it takes its clause instead.
func (x *extractor) quotedTitle(q quote) bool {
	d := x.d
	if q.open < 1 || q.close-q.open-1 < 1 || q.close-q.open-1 > 8 {
		return false
	}
	switch p := d.Tokens[q.open-1].Lower; {
	case p == "'s", p == "’s", p == "on", p == "in", p == "of", titleNouns[p]:
	case p == "," && q.open > 1 && titleNouns[d.Tokens[q.open-2].Lower]:
		// "In his 2002 book, "Lanterns at Dusk," Reyes wrote …".
	default:
		return false
	}
	words := 0
	for k := q.open + 1; k < q.close; k++ {
		t := d.Tokens[k].Text
		if t == "," || t == "." || t == ":" || syntax.IsQuote(t) {
			continue
		}
		if !isUpper(t) && !minorTitleWord[d.Tokens[k].Lower] {
			return false
		}
		words++
	}
	return words > 0
}

// titleNouns name works whose title may follow them in quotation marks
// ("the anthem "A River Song"", "his book, "Lanterns at Dusk,"").
var titleNouns = map[string]bool{"book": true, "books": true, "memoir": true, "novel": true, "film": true,
	"movie": true, "documentary": true, "show": true, "series": true, "program": true, "programme": true,
	"song": true, "anthem": true, "album": true, "column": true, "essay": true, "article": true, "op-ed": true,
	"podcast": true, "play": true, "musical": true, "hymn": true, "ballad": true, "poem": true, "broadcast": true}

// minorTitleWord are the words a title leaves in lower case.
var minorTitleWord = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "for": true,
	"in": true, "on": true, "to": true, "with": true, "at": true, "by": true, "or": true}

// afterTitle reads the cue before a quoted title with the clause after it
// as content: `said on Channel 9's "Morning Line" on Sunday that …` reports what
// follows the show, not the show.
func (x *extractor) afterTitle(q quote) (doc.Attribution, bool) {
	d := x.d
	a, ok := x.mixed(q)
	if !ok || a.Content.Start > d.Tokens[q.close].Start {
		return a, ok
	}
	c := q.close + 1
	_, end := x.sentBounds(q.close)
	for c < end && d.Tokens[c].Text == "," {
		c++
	}
	c = x.skipSpeechPP(c, end)
	for c < end && d.Tokens[c].Text == "," {
		c++
	}
	if c >= end || d.Tokens[c].Start >= a.Content.End {
		// Nothing follows the title: the mixed reading stands (its source
		// and cue are marked used already).
		return a, true
	}
	a.Content = d.Span(d.Tokens[c].Start, a.Content.End)
	a.Kind = doc.Indirect
	if x.holdsQuote(a.Content) {
		a.Kind = doc.Mixed
	}
	return a, true
}
