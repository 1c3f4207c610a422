package analyzer

import (
	"fmt"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

// maxFigureDigits is where float64 gives out: a figure value beyond about
// 1e308 cannot be represented, so the figure step drops such numbers.
const maxFigureDigits = 300

// warnUnreadNumbers marks the document when a number too long to be a
// figure was dropped, so that its absence from the figures is not silent:
// a reader of the report learns that a number was there and why it is not
// listed. Digits joined by thousands separators or a decimal point count as
// one number.
func warnUnreadNumbers(d *doc.Document) {
	text := d.Article.Text
	cp := 0 // code-point offset of byte i
	for i := 0; i < len(text); {
		if text[i] < '0' || text[i] > '9' {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			cp++
			continue
		}
		start, startCP, digits := i, cp, 0
		for i < len(text) {
			c := text[i]
			switch {
			case c >= '0' && c <= '9':
				digits++
			case (c == ',' || c == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
			default:
				goto done
			}
			i++
			cp++
		}
	done:
		if digits <= maxFigureDigits || coveredByFigure(d, startCP, cp) {
			continue
		}
		head := text[start:min(i, start+12)]
		d.Warnings = append(d.Warnings, fmt.Sprintf("figures: a number of %d digits (%q…, at character %d) is too large to represent and was not read as a figure", digits, head, startCP))
	}
}

func coveredByFigure(d *doc.Document, start, end int) bool {
	for _, f := range d.Figures {
		if f.Start < end && start < f.End {
			return true
		}
	}
	return false
}
