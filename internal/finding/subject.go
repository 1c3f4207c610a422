package finding

import (
	"fmt"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// predication is "GROUP VERB OBJECT" as one sentence states it, e.g.
// North Korea / suffer / losses. Exclusive predications name the one group
// the predicate holds of ("The soldiers who suffered the heaviest losses
// were Russian soldiers").
type predication struct {
	sent         int
	first, limit int // the span to cite
	group        string
	verb, object string
	exclusive    bool
	// phrase is the predicate as written ("fired the first shots").
	phrase string
}

// objectClass folds words that measure the same thing: casualties and
// losses are the same toll.
var objectClass = map[string]string{
	"casualty": "losses", "casualties": "losses", "loss": "losses", "losses": "losses", "toll": "losses",
	"die": "losses", "deaths": "losses", "fatality": "losses", "fatalities": "losses",
}

func classOf(d *doc.Document, k int) string {
	if c, ok := objectClass[d.Tokens[k].Lower]; ok {
		return c
	}
	l := syntax.Lemma(d, k)
	if c, ok := objectClass[l]; ok {
		return c
	}
	return l
}

// subjectConflicts finds one predicate asserted of incompatible subjects
// where one of the statements is exclusive.
func subjectConflicts(d *doc.Document) []doc.Finding {
	ps := predications(d)
	sc := newScenes(d)
	var out []doc.Finding
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			a, b := ps[i], ps[j]
			if a.sent == b.sent || a.verb != b.verb || a.object != b.object || a.group == "" || b.group == "" || a.group == b.group {
				continue
			}
			if !a.exclusive && !b.exclusive {
				continue
			}
			if !compatible(sc.of(a.sent), sc.of(b.sent)) {
				continue
			}
			as := d.TokenSpan(a.first, a.limit)
			bs := d.TokenSpan(b.first, b.limit)
			excl, other := b, a
			if a.exclusive && !b.exclusive {
				excl, other = a, b
			}
			es, os := d.TokenSpan(excl.first, excl.limit), d.TokenSpan(other.first, other.limit)
			out = append(out, doc.Finding{
				Kind:          doc.FindingSubjectConflict,
				Items:         []doc.Ref{claimRef(d, as.Start, as.End), claimRef(d, bs.Start, bs.End)},
				Contradiction: true,
				Explanation: fmt.Sprintf("Sentence %d says %q, but sentence %d says %q: %q can be true of only one side, and the article gives it to %s in one place and to %s in the other.",
					other.sent+1, os.Text, excl.sent+1, es.Text, excl.phrase, other.group, excl.group),
			})
		}
	}
	return out
}

// predications reads "GROUP-people who VERB OBJECT" relative clauses and
// "GROUP-people VERB OBJECT" clauses, and marks specificational sentences
// ("The soldiers who suffered … were Russian soldiers") as exclusive.
func predications(d *doc.Document) []predication {
	var out []predication
	for k, t := range d.Tokens {
		if t.Lower != "who" && t.Lower != "that" || k == 0 {
			continue
		}
		s := d.Sentences[t.Sent]
		npFirst := syntax.NounPhraseEndingAt(d, k-1)
		if npFirst < s.First || npFirst < 0 {
			continue
		}
		v := k + 1
		for v < s.Limit && (syntax.POS(d, v) == "ADV" || syntax.POS(d, v) == "AUX") {
			v++
		}
		if v >= s.Limit || syntax.POS(d, v) != "VERB" {
			continue
		}
		o := v + 1
		for o < s.Limit && syntax.POS(d, o) == "ADV" {
			o++
		}
		objEnd := syntax.NounPhraseStartingAt(d, o, false)
		if objEnd <= o {
			continue
		}
		p := predication{sent: t.Sent, first: npFirst, limit: objEnd, verb: syntax.Lemma(d, v), object: classOf(d, objEnd-1), phrase: d.TokenSpan(v, objEnd).Text}
		p.group = group(d, npFirst, k)
		// Specificational: the relative clause is the subject and a copula
		// follows later in the clause with the group that did it.
		if p.group == "" && isSubjectStart(d, npFirst) {
			for c := objEnd; c < s.Limit; c++ {
				w := d.Tokens[c].Lower
				if w == "," || w == ";" {
					break
				}
				if w == "were" || w == "was" || w == "are" || w == "is" {
					e := syntax.NounPhraseStartingAt(d, c+1, false)
					if g := group(d, c+1, e); e > c+1 && g != "" {
						p.group = g
						p.exclusive = true
						p.limit = e
					}
					break
				}
			}
		}
		out = append(out, p)
	}
	return append(out, clausePredications(d)...)
}

// clausePredications reads "GROUP-people VERB OBJECT" from the article's own
// claims. One is exclusive when its object can hold of one subject only:
// "fired the first shots", "suffered the heaviest losses", "was the only
// party".
func clausePredications(d *doc.Document) []predication {
	var out []predication
	for _, c := range d.Claims {
		if c.Subject == nil || c.Attribution != nil || c.Negated {
			continue
		}
		sf, sl := d.TokenAt(c.Subject.Start), d.TokenAt(c.Subject.End-1)
		if sf < 0 || sl < 0 {
			continue
		}
		g := group(d, sf, sl+1)
		if g == "" {
			continue
		}
		lim := d.TokenAt(c.End - 1)
		v := sl + 1
		for v <= lim && (syntax.POS(d, v) == "ADV" || syntax.POS(d, v) == "AUX") {
			v++
		}
		if v > lim || syntax.POS(d, v) != "VERB" {
			continue
		}
		o := v + 1
		objEnd := syntax.NounPhraseStartingAt(d, o, false)
		if objEnd <= o {
			continue
		}
		p := predication{sent: c.Sentence, first: sf, limit: objEnd, group: g, verb: syntax.Lemma(d, v), object: classOf(d, objEnd-1), phrase: d.TokenSpan(v, objEnd).Text}
		for k := o; k < objEnd; k++ {
			w := d.Tokens[k].Lower
			if w == "first" || w == "only" || w == "sole" || w == "most" || len(w) > 5 && strings.HasSuffix(w, "est") && syntax.POS(d, k) == "ADJ" {
				p.exclusive = true
			}
		}
		out = append(out, p)
	}
	return out
}

// isSubjectStart reports whether a noun phrase starting at i opens its
// sentence (after any leading punctuation).
func isSubjectStart(d *doc.Document, i int) bool {
	s := d.Sentences[d.Tokens[i].Sent]
	for k := s.First; k < i; k++ {
		if syntax.POS(d, k) != "PUNCT" {
			return false
		}
	}
	return true
}
