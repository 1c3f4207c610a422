package figure

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/gazetteer"
)

// ResolveSides gives a group to figures that name their side only through
// the speaker: "Nine soldiers have been killed on our side", said the Thai
// army's spokesman (→ Thailand); "More than 100 of their soldiers" (→ the
// other side the speaker just named, Cambodia). It runs after attributions
// are linked to figures, because the speaker decides what "our" means.
func ResolveSides(d *doc.Document) {
	byID := make(map[string]*doc.Attribution, len(d.Attributions))
	for i := range d.Attributions {
		byID[d.Attributions[i].ID] = &d.Attributions[i]
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		if f.Group != "" || f.Attribution == nil || f.Measure == doc.Money || f.Measure == doc.Percent {
			continue
		}
		a := byID[*f.Attribution]
		if a == nil || a.Source == nil {
			continue
		}
		own := affiliation(d, *a.Source)
		if own == "" {
			continue
		}
		switch pronounNear(d, f) {
		case "our", "we", "us":
			f.Group = own
		case "their", "they", "them":
			f.Group = otherSide(d, a, f, own)
		}
	}
}

// affiliation finds the country a source speaks for: a nationality or
// country named in it, or inside an organisation's name ("a spokesman for
// the Royal Thai Army" → Thailand).
func affiliation(d *doc.Document, src doc.Span) string {
	g := gazetteer.Default()
	first, last := d.TokenAt(src.Start), d.TokenAt(src.End-1)
	if first < 0 || last < 0 {
		return ""
	}
	for k := first; k <= last; k++ {
		// One token at a time, read in place: Lookup would build and
		// tokenise a document for each word.
		n, e := g.Match(d.Tokens, k, k+1, ^gazetteer.Kind(0))
		if n != 1 {
			continue
		}
		switch e.Kind {
		case gazetteer.Demonym:
			return e.Link
		case gazetteer.Country:
			return e.Canonical
		}
	}
	return ""
}

// pronounNear returns the possessive or personal pronoun that tells whose
// figure it is: in the counted phrase ("of their soldiers") or right after
// it ("on our side").
func pronounNear(d *doc.Document, f *doc.Figure) string {
	k := d.TokenAt(f.Start)
	if k < 0 {
		return ""
	}
	end := f.End
	if f.Counted != nil && f.Counted.End > end {
		end = f.Counted.End
	}
	sent := d.Tokens[k].Sent
	for n := 0; k < len(d.Tokens) && d.Tokens[k].Sent == sent && n < 14; k, n = k+1, n+1 {
		w := d.Tokens[k].Lower
		switch w {
		case "our", "we", "us", "their", "they", "them":
			if d.Tokens[k].Start <= end || n < 12 {
				return w
			}
		case ";", "while", "but":
			n = 99
		}
	}
	// "killed on our side and 31 soldiers have been wounded": the side
	// named just before, in the same sentence.
	k = d.TokenAt(f.Start)
	for n := 0; k > 0 && d.Tokens[k-1].Sent == sent && n < 8; k, n = k-1, n+1 {
		switch w := d.Tokens[k-1].Lower; w {
		case "our", "we", "us", "their", "they", "them":
			return w
		case ";", "while", "but", "\"", "“", "”":
			return ""
		}
	}
	return ""
}

// otherSide is the latest group, other than the speaker's own, named in the
// same attribution's content or the sentence before the figure.
func otherSide(d *doc.Document, a *doc.Attribution, f *doc.Figure, own string) string {
	from := a.Content.Start
	if s := f.Sentence - 1; s >= 0 && d.Sentences[s].Start < from {
		from = d.Sentences[s].Start
	}
	best, bestAt := "", -1
	for _, e := range d.Entities {
		if e.Type != doc.NORP && e.Type != doc.GPE {
			continue
		}
		name := e.Canonical
		if e.Link != "" {
			name = e.Link
		}
		if strings.EqualFold(name, own) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= from && m.End <= f.Start && m.Start > bestAt {
				best, bestAt = name, m.Start
			}
		}
	}
	return best
}
