package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// titleColonSpan is how far into a headline colonLines looks for the colon
// of "Speaker: claim": headlines name their speaker with a title or a
// setting ("Former Envoy Lund at Summit: …"), so the colon may come later
// than in a transcript line.
const titleColonSpan = 8

// titleSpeaker reports whether tokens [first, colon) of a headline can name
// who makes the claim after the colon even though they are not all names:
// a headline writes "Mayor's office: …", "Union to council: …", "Envoy at
// summit: …", "Times editorial: …". Nouns, adjectives, names, possessives
// and the prepositions that give the addressee or the setting are allowed;
// a verb makes the words before the colon a clause of the headline's own
// ("Bill is back: …", "What Voters Want: …"), and a lone word must name
// someone. The head before any preposition must be able to speak (see
// titleHead): "Live updates: …", "Mortgage rates in March: …" and "Road to
// recovery: …" are topic labels.
func (x *extractor) titleSpeaker(first, colon int) bool {
	d := x.d
	if colon-first == 1 && syntax.POS(d, first) != "PROPN" && syntax.POS(d, first) != "NOUN" {
		return false
	}
	head := false
	for j := first; j < colon; j++ {
		t := &d.Tokens[j]
		switch syntax.POS(d, j) {
		case "PROPN", "NOUN":
			head = true
		case "ADJ", "NUM":
		case "PART":
			if t.Lower != "'s" && t.Lower != "’s" && t.Lower != "'" && t.Lower != "’" {
				return false
			}
		case "PUNCT":
			if j == first || t.Text == "," {
				return false
			}
		case "ADP":
			if j == first || !titleSpeakerPreps[t.Lower] {
				return false
			}
		case "DET":
			// "Senator Lund on the budget: …"
			if j == first || syntax.POS(d, j-1) != "ADP" {
				return false
			}
		default:
			return false
		}
	}
	return head && x.titleHead(first, colon)
}

// titleHead reports whether the head of a headline's speaker, the last
// noun before the first preposition, can speak: a name that is no place,
// a noun of people, bodies or writings (sourceNouns, titleSpeakerNouns, an
// agent's -er/-or/-ist/-ian ending, an acronym) or a noun of speech
// ("Farmers' new demand: …", where the possessor speaks; "Ohio governor's
// race: …" is a topic).
func (x *extractor) titleHead(first, colon int) bool {
	d := x.d
	h := -1
	for j := first; j < colon; j++ {
		p := syntax.POS(d, j)
		if p == "ADP" || j > first && titleSpeakerPreps[d.Tokens[j].Lower] {
			break
		}
		if p == "NOUN" || p == "PROPN" {
			h = j
		}
	}
	if h < 0 {
		// "Okafor to council: …": a name the tagger read as an adjective.
		return syntax.POS(d, first) == "ADJ" && isUpper(d.Tokens[first].Text)
	}
	if syntax.POS(d, h) == "PROPN" {
		return !x.placeEntityAt(d.Tokens[h].Start)
	}
	w := d.Tokens[h].Lower
	if t := d.Tokens[h].Text; len(t) > 1 && strings.ToUpper(t) == t {
		// An acronym: "CEO", "FBI".
		return true
	}
	if sourceNouns[w] || titleSpeakerNouns[w] || speechNouns[w] || colonMessageNouns[w] {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(strings.TrimSuffix(w, "s"), suf) {
			return true
		}
	}
	return false
}

// titleSpeakerNouns are headline speakers sourceNouns lacks.
var titleSpeakerNouns = map[string]bool{"camp": true, "envoy": true, "envoys": true, "verdict": true,
	"team": true, "panel": true, "board": true, "agencies": true, "chiefs": true, "boss": true, "bosses": true}

// titleSpeakerPreps tie an addressee or a setting to a headline's speaker:
// "Mayor to Drivers: …", "Envoy at Summit: …", "Senator on Budget: …".
var titleSpeakerPreps = map[string]bool{"to": true, "at": true, "on": true, "in": true}

// titleQuestion reports whether the headline's words after the colon,
// which run from start to last, ask a question ("Senator Lund: Leader or
// Spoiler?", "Critics' verdict: 'Is that all?'"): the headline asks it,
// nobody claims it.
func (x *extractor) titleQuestion(start, last int) bool {
	for k := last - 1; k >= start; k-- {
		switch t := x.d.Tokens[k].Text; {
		case t == "?":
			return true
		case isFinal(t) || t == ";" || syntax.IsQuote(t):
		default:
			return false
		}
	}
	return false
}
