package finding

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// scene is where and when a sentence is set: the places and dates it names.
// Two statements can only contradict each other if their scenes agree.
type scene struct {
	places map[string]bool
	dates  map[string]bool
}

// scenes memoises sceneOf per sentence for one document.
type scenes struct {
	d     *doc.Document
	cache map[int]scene
}

func newScenes(d *doc.Document) *scenes { return &scenes{d: d, cache: map[int]scene{}} }

func (s *scenes) of(si int) scene {
	if sc, ok := s.cache[si]; ok {
		return sc
	}
	sc := sceneOf(s.d, si)
	s.cache[si] = sc
	return sc
}

func sceneOf(d *doc.Document, si int) scene {
	s := d.Sentences[si]
	sc := scene{places: map[string]bool{}, dates: map[string]bool{}}
	for _, e := range d.Entities {
		if e.Type != doc.GPE && e.Type != doc.Loc {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= s.Start && m.End <= s.End {
				sc.places[e.Canonical] = true
			}
		}
	}
	for _, t := range d.Times {
		if t.Type == doc.Date && t.Start >= s.Start && t.End <= s.End && t.Value != "" {
			sc.dates[t.Value] = true
		}
	}
	return sc
}

// compatible reports whether two scenes may describe the same event: when
// both name places they share one, and when both name dates one contains
// the other ("2025-08" and "2025-08-28").
func compatible(a, b scene) bool {
	if len(a.places) > 0 && len(b.places) > 0 && !intersects(a.places, b.places) {
		return false
	}
	if len(a.dates) > 0 && len(b.dates) > 0 {
		ok := false
		for x := range a.dates {
			for y := range b.dates {
				if strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
					ok = true
				}
			}
		}
		return ok
	}
	return true
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// participants returns who takes part in tokens [first, limit): the
// canonical names of the people, organisations and countries mentioned
// there (pronouns resolved by the entity step count), or, without entities,
// the proper nouns themselves.
func participants(d *doc.Document, first, limit int) map[string]bool {
	out := map[string]bool{}
	if first >= limit {
		return out
	}
	start, end := d.Tokens[first].Start, d.Tokens[limit-1].End
	for _, e := range d.Entities {
		switch e.Type {
		case doc.Person, doc.Org, doc.GPE, doc.NORP:
		default:
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= start && m.End <= end {
				out[e.Canonical] = true
				break
			}
		}
	}
	if len(d.Entities) == 0 {
		for k := first; k < limit; k++ {
			if p := syntax.POS(d, k); p == "PROPN" || isCapitalised(d.Tokens[k].Text) && p != "DET" && p != "PRON" && p != "ADP" && p != "ADV" && p != "SCONJ" && p != "CCONJ" {
				out[d.Tokens[k].Lower] = true
			}
		}
	}
	return out
}

// group names the national or organisational group a noun phrase speaks
// of ("North Korean troops" → "North Korea"): the NORP or GPE entity
// mentioned in it, or, without entities, its capitalised modifiers.
func group(d *doc.Document, first, limit int) string {
	if first >= limit {
		return ""
	}
	start, end := d.Tokens[first].Start, d.Tokens[limit-1].End
	for _, e := range d.Entities {
		if e.Type != doc.NORP && e.Type != doc.GPE {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= start && m.End <= end {
				if e.Link != "" {
					return e.Link
				}
				return e.Canonical
			}
		}
	}
	if len(d.Entities) == 0 {
		var words []string
		for k := first; k < limit; k++ {
			if p := syntax.POS(d, k); p == "PROPN" || isCapitalised(d.Tokens[k].Text) && p != "DET" && p != "PRON" {
				words = append(words, d.Tokens[k].Lower)
			}
		}
		return strings.Join(words, " ")
	}
	return ""
}

// npAround returns the noun phrase holding token h with its coordination
// ("Kim and Putin's meeting") and a following place or "between" phrase
// ("… in China", "… between Kim and Putin").
func npAround(d *doc.Document, h int) (int, int) {
	first := syntax.NounPhraseEndingAt(d, h)
	if first < 0 {
		first = h
	}
	sf := d.Sentences[d.Tokens[h].Sent].First
	for first-2 >= sf && (d.Tokens[first-1].Lower == "and") {
		s := syntax.NounPhraseEndingAt(d, first-2)
		if s < 0 {
			break
		}
		first = s
	}
	limit := h + 1
	return first, extendPP(d, limit)
}

// extendPP takes in "between X and Y", "with X", "in PLACE" after a noun.
func extendPP(d *doc.Document, limit int) int {
	if limit >= len(d.Tokens) {
		return limit
	}
	sl := d.Sentences[d.Tokens[limit-1].Sent].Limit
	for limit < sl {
		w := d.Tokens[limit].Lower
		switch w {
		case "between", "with", "in", "of", "among", "on", "at", "near", "during":
		default:
			return limit
		}
		e := syntax.NounPhraseStartingAt(d, limit+1, false)
		if e <= limit+1 {
			break
		}
		for e+1 < sl && d.Tokens[e].Lower == "and" {
			e2 := syntax.NounPhraseStartingAt(d, e+1, false)
			if e2 <= e+1 {
				break
			}
			e = e2
		}
		limit = e
	}
	return limit
}

// negatedAt reports whether token h lies in the scope of a negation: a
// negator within the three tokens before it in the same clause.
func negatedAt(d *doc.Document, h int) bool {
	sf := d.Sentences[d.Tokens[h].Sent].First
	for k := h - 1; k >= sf && k >= h-3; k-- {
		w := d.Tokens[k].Lower
		if syntax.Negators[w] {
			return true
		}
		if w == "," || w == ";" {
			return false
		}
	}
	return false
}

func isCapitalised(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}
