package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// verbalTargets are heads of what words, not arms, attack: plans, laws and
// records, the institutions that make them, and the public figures who
// defend them ("her attacks on the transit plan", "his attack on the
// board"). A country, a city, a crowd, an animal or a goal is hit by
// force, so "attack on" them is no speech.
var verbalTargets = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`policy policies plan plans proposal proposals program programs
		programme record records law laws bill bills rule rules regulation regulations ruling rulings
		budget budgets tax taxes deal deals agreement treaty reform reforms mandate mandates decision
		decisions view views position positions stance stances comments remarks statement statements
		speech claims idea ideas agenda platform policy leadership handling judgment judgement
		character integrity credibility competence qualifications motives honesty ethics
		board boards council committee commission agency administration government party parties
		establishment elites media press reporters journalists critics rivals rival opponent opponents
		candidate candidates senator governor mayor president minister judge judges court courts
		lawmakers leaders congress parliament union unions industry banks science experts`) {
		verbalTargets[w] = true
	}
}

// isAttackNoun reports whether the noun at k is "attack" or "attacks".
func isAttackNoun(d *doc.Document, k int) bool {
	w := d.Tokens[k].Lower
	return w == "attack" || w == "attacks"
}

// verbalTarget reports whether the noun phrase c..e, the object of
// "attack(s) on/against", can be attacked in words: a pronoun, a person,
// an organisation or a party's members by name (the entity step's type,
// else the tagger's), or a common noun in verbalTargets. A place by
// name ("attacks on the capital", "on Kyiv") is a target of arms.
func (x *extractor) verbalTarget(c, e int) bool {
	d := x.d
	h := phraseHead(d, c, e)
	t := d.Tokens[h]
	switch {
	case t.Tag == "PRP":
		return true
	case t.Tag == "NNP" || t.Tag == "NNPS":
		typ := x.entityTypeAt(t.Start)
		if typ == "" {
			_, typ, _ = strings.Cut(t.Ent, "-")
		}
		return typ == doc.Person || typ == doc.Org || typ == "NORP"
	}
	return verbalTargets[t.Lower]
}

// phraseHead returns the token of c..e whose head lies outside it, or the
// last token when the parse gives none.
func phraseHead(d *doc.Document, c, e int) int {
	for i := c; i < e; i++ {
		if h := d.Tokens[i].Head; h < c || h >= e {
			return i
		}
	}
	return e - 1
}

// entityTypeAt returns the type of the entity with a mention covering
// character offset at, or "".
func (x *extractor) entityTypeAt(at int) string {
	for _, e := range x.d.Entities {
		for _, m := range e.Mentions {
			if m.Start <= at && at < m.End {
				return e.Type
			}
		}
	}
	return ""
}
