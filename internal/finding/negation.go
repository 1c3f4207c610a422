package finding

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// vacuous heads are what a negation often denies without denying an
// earlier statement ("not the first time", "not clear", "not verified").
var vacuous = map[string]bool{
	"time": true, "first": true, "only": true, "clear": true, "know": true, "known": true, "specify": true,
	"specified": true, "verify": true, "confirm": true, "determine": true, "sure": true, "certain": true,
	"expect": true, "immediately": true, "yet": true, "just": true, "one": true, "way": true, "case": true,
	"thing": true, "be": true, "have": true, "do": true, "available": true, "possible": true, "enough": true,
}

// negated is one explicit negation: what it denies (a head word and who
// takes part) and where.
type negated struct {
	sent         int
	first, limit int // the negated phrase, negator included
	head         string
	who          map[string]bool
}

// negations finds explicit negations ("a military parade, not a meeting
// between Kim and Putin"; "the talks did not take place") and pairs each
// with a statement elsewhere in the article that asserts what it denies,
// with the same participants, in a compatible place and time.
func negations(d *doc.Document) []doc.Finding {
	var out []doc.Finding
	seen := map[[2]int]bool{}
	sc := newScenes(d)
	for _, n := range findNegated(d) {
		nsc := sc.of(n.sent)
		best := -1
		var bestSpan [2]int
		// Look at most a hundred sentences either way: a long document's
		// far ends are seldom about the same event, and this bounds the work.
		lo := d.Sentences[max(0, n.sent-100)].First
		hi := d.Sentences[min(len(d.Sentences)-1, n.sent+100)].Limit
		for h := lo; h < hi; h++ {
			si := d.Tokens[h].Sent
			if si == n.sent || syntax.Lemma(d, h) != n.head || negatedAt(d, h) {
				continue
			}
			if !compatible(nsc, sc.of(si)) {
				continue
			}
			s := d.Sentences[si]
			who := participants(d, s.First, s.Limit)
			for k := s.First; k < s.Limit; k++ {
				if syntax.POS(d, k) == "NOUN" {
					who["~"+syntax.Lemma(d, k)] = true
				}
			}
			if !contains(who, n.who) {
				continue
			}
			first, limit := npAround(d, h)
			if syntax.POS(d, h) == "VERB" || !contains(participants(d, first, limit), n.who) {
				// "Kim and Putin met in China", "Vogel and Brandt will hold a
				// summit": cite the clause, from its subject on.
				first, limit = clauseAround(d, h)
			}
			// Prefer an assertion before the negation, then the nearest.
			if best < 0 || better(si, d.Tokens[best].Sent, n.sent) {
				best = h
				bestSpan = [2]int{first, limit}
			}
		}
		if best < 0 {
			continue
		}
		key := [2]int{bestSpan[0], n.first}
		if seen[key] {
			continue
		}
		seen[key] = true
		a := d.TokenSpan(bestSpan[0], bestSpan[1])
		b := d.TokenSpan(n.first, n.limit)
		as, bs := d.Tokens[best].Sent, n.sent
		items := []doc.Ref{claimRef(d, a.Start, a.End), claimRef(d, b.Start, b.End)}
		if bs < as {
			items[0], items[1] = items[1], items[0]
		}
		out = append(out, doc.Finding{
			Kind:          doc.FindingNegation,
			Items:         items,
			Contradiction: true,
			Explanation: fmt.Sprintf("Sentence %d says %q, but sentence %d says %q: one denies what the other asserts, about the same %s (%s) with no difference of place or time, so both cannot be true.",
				as+1, a.Text, bs+1, b.Text, nounFor(n.head), list(n.who)),
		})
	}
	return out
}

// better prefers a sentence before the negation over one after it, and the
// nearer of two on the same side.
func better(cand, cur, neg int) bool {
	cb, kb := cand < neg, cur < neg
	if cb != kb {
		return cb
	}
	return abs(cand-neg) < abs(cur-neg)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// findNegated lists the phrases the article explicitly denies.
func findNegated(d *doc.Document) []negated {
	var out []negated
	for k, t := range d.Tokens {
		if t.Lower != "not" && t.Lower != "n't" && t.Lower != "never" && t.Lower != "no" {
			continue
		}
		sl := d.Sentences[t.Sent].Limit
		j := k + 1
		for j < sl && (syntax.POS(d, j) == "ADV" || syntax.POS(d, j) == "AUX") {
			j++
		}
		if j >= sl {
			continue
		}
		var head, limit int
		switch p := syntax.POS(d, j); {
		case p == "DET" || p == "NOUN" || p == "ADJ" || p == "NUM" || p == "PROPN":
			// "not a meeting between Kim and Putin"
			e := syntax.NounPhraseStartingAt(d, j, false)
			if e <= j {
				continue
			}
			head = e - 1
			limit = extendPP(d, e)
		case p == "VERB":
			// "did not meet Putin", "never met"
			head = j
			limit = j + 1
			if e := syntax.NounPhraseStartingAt(d, j+1, false); e > j+1 {
				limit = extendPP(d, e)
			} else {
				limit = extendPP(d, limit)
			}
		default:
			continue
		}
		h := syntax.Lemma(d, head)
		if vacuous[h] || vacuous[d.Tokens[head].Lower] {
			continue
		}
		who := participants(d, j, limit)
		if p := syntax.POS(d, j); p == "VERB" {
			// The subject takes part in a negated verb: its named
			// participants, or else its head noun ("the spillway gates
			// were not opened" → gate).
			sf := d.Sentences[t.Sent].First
			subj := participants(d, sf, k)
			if len(subj) == 0 {
				for h := k - 1; h >= sf; h-- {
					if syntax.POS(d, h) == "NOUN" {
						subj["~"+syntax.Lemma(d, h)] = true
						break
					}
				}
			}
			for s := range subj {
				who[s] = true
			}
		}
		if len(who) == 0 {
			continue
		}
		first := k
		if syntax.POS(d, j) == "VERB" {
			// Cite a negated verb with its subject: "The gates were not
			// opened on Friday".
			first, _ = clauseAround(d, k)
		}
		out = append(out, negated{sent: t.Sent, first: first, limit: limit, head: h, who: who})
	}
	return out
}

// clauseAround returns the clause of verb h from its subject to its object.
func clauseAround(d *doc.Document, h int) (int, int) {
	sf := d.Sentences[d.Tokens[h].Sent].First
	first := h
	for first > sf && (syntax.POS(d, first-1) != "PUNCT" || isPossessive(d.Tokens[first-1].Lower)) && d.Tokens[first-1].Lower != "that" && d.Tokens[first-1].Lower != "who" {
		first--
	}
	limit := h + 1
	if e := syntax.NounPhraseStartingAt(d, limit, false); e > limit {
		limit = e
	}
	return first, extendPP(d, limit)
}

func contains(have, want map[string]bool) bool {
	for w := range want {
		if !have[w] {
			return false
		}
	}
	return true
}

func list(m map[string]bool) string {
	var names []string
	for k := range m {
		names = append(names, strings.TrimPrefix(k, "~"))
	}
	sort.Strings(names)
	return strings.Join(names, " and ")
}

// nounFor names a predicate head for an explanation ("meet" → "meeting").
func nounFor(head string) string {
	switch head {
	case "meet":
		return "meeting"
	}
	return "\"" + head + "\""
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }
