// Package verify finds how far the article says something has been checked:
// "Reuters could not independently verify the footage" (unverified), "the
// toll remains unclear" (unclear), "the ministry denied the report"
// (denied), "disputed figures" (disputed), "officials confirmed" (confirmed),
// "allegedly" (unverified). Each marker records who did the checking and
// what it bears on; the claim step later links it to the claims it applies
// to.
package verify

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// checkVerbs are verbs of checking; negated they mark the thing unverified,
// plain they mark it confirmed.
var checkVerbs = map[string]bool{
	"verify": true, "verified": true, "verifying": true, "verifies": true,
	"confirm": true, "confirmed": true, "confirming": true, "confirms": true,
	"corroborate": true, "corroborated": true, "substantiate": true, "substantiated": true,
	"authenticate": true, "authenticated": true,
}

// single words that carry a status by themselves.
var words = map[string]string{
	"unverified": doc.Unverified, "unconfirmed": doc.Unverified, "unsubstantiated": doc.Unverified,
	"uncorroborated": doc.Unverified, "alleged": doc.Unverified, "allegedly": doc.Unverified,
	"purported": doc.Unverified, "purportedly": doc.Unverified, "reportedly": doc.Unverified,
	"unclear": doc.Unclear, "unknown": doc.Unclear, "unspecified": doc.Unclear,
	"disputed": doc.Disputed, "disputes": doc.Disputed, "dispute": doc.Disputed, "contested": doc.Disputed,
	"contradicted": doc.Disputed, "questioned": doc.Disputed,
	"denied": doc.Denied, "denies": doc.Denied, "deny": doc.Denied, "denying": doc.Denied, "rejected": doc.Denied,
	"refuted": doc.Denied, "dismissed": doc.Denied,
}

// Extract appends the document's verification markers to d.Verification.
func Extract(d *doc.Document) {
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		low := toks[i].Lower
		var m *doc.Verification
		switch {
		case checkVerbs[low]:
			m = checking(d, i)
		case words[low] != "":
			m = word(d, i, words[low])
		case low == "clear" || low == "known" || low == "specified" || low == "determined" || low == "established":
			// "it is not clear", "is not known", "not specified".
			if neg := negatedBefore(d, i, 3); neg >= 0 {
				m = &doc.Verification{Status: doc.Unclear}
				start := neg
				if a := auxBefore(d, neg); a >= 0 {
					start = a
				}
				setSpan(d, m, start, i+1)
				setSubjectTarget(d, m, start)
			}
		}
		if m == nil {
			continue
		}
		m.Sentence = toks[i].Sent
		m.ID = fmt.Sprintf("v%d", len(d.Verification)+1)
		m.AppliesTo = []string{}
		d.Verification = append(d.Verification, *m)
	}
}

// checking handles "could not independently verify X", "X has not been
// confirmed", "officials confirmed that …".
func checking(d *doc.Document, i int) *doc.Verification {
	start := i
	status := doc.Confirmed
	if neg := negatedBefore(d, i, 4); neg >= 0 {
		status = doc.Unverified
		start = neg
	}
	// "unable to verify", "impossible to confirm", "no way to verify".
	if i >= 2 && d.Tokens[i-1].Lower == "to" {
		switch d.Tokens[i-2].Lower {
		case "unable", "impossible", "difficult", "hard", "failed":
			status = doc.Unverified
			start = i - 2
		}
	}
	// Auxiliaries before the negation belong to the marker: "could not".
	if a := auxBefore(d, start); a >= 0 {
		start = a
	}
	m := &doc.Verification{Status: status}
	passive := i > 0 && (isBe(d.Tokens[i-1].Lower) || d.Tokens[i-1].Lower == "independently" && i > 1 && isBe(d.Tokens[i-2].Lower))
	setSpan(d, m, start, i+1)
	// Agent: the subject before the marker (active voice).
	if !passive {
		m.Agent = agentBefore(d, start)
		// Target: the object after the verb.
		if e := syntax.NounPhraseStartingAt(d, i+1, true); e > i+1 {
			e = extendReduced(d, e)
			t := d.TokenSpan(i+1, e)
			m.Target = &t
		} else if i+1 < len(d.Tokens) && d.Tokens[i+1].Lower == "that" {
			t := d.TokenSpan(i+1, sentenceEnd(d, i))
			m.Target = &t
		}
	} else {
		setSubjectTarget(d, m, start)
		// "… was not verified by Reuters".
		if i+2 < len(d.Tokens) && d.Tokens[i+1].Lower == "by" {
			if e := syntax.NounPhraseStartingAt(d, i+2, false); e > i+2 {
				m.Agent = d.TokenSpan(i+2, e).Text
			}
		}
	}
	if status == doc.Confirmed && !passive && m.Target == nil && m.Agent == "" {
		return nil
	}
	return m
}

// word handles markers carried by one word: "unverified reports",
// "allegedly", "remains unclear", "the ministry denied the report".
func word(d *doc.Document, i int, status string) *doc.Verification {
	t := d.Tokens[i]
	m := &doc.Verification{Status: status}
	start, end := i, i+1
	switch status {
	case doc.Unclear:
		// "remains unclear", "is unclear", "it was unclear whether".
		if i > 0 {
			switch d.Tokens[i-1].Lower {
			case "remains", "remain", "remained", "is", "was", "are", "were", "still":
				start = i - 1
				if start > 0 && d.Tokens[start-1].Lower == "still" || start > 0 && d.Tokens[start-1].Lower == "remains" {
					start--
				}
			}
		}
		setSpan(d, m, start, end)
		setSubjectTarget(d, m, start)
		return m
	case doc.Denied:
		if syntax.POS(d, i) == "ADJ" && t.Lower == "dismissed" {
			return nil
		}
		if t.Lower == "dismissed" || t.Lower == "rejected" {
			// Only "dismissed the report/claims/allegations".
			e := syntax.NounPhraseStartingAt(d, i+1, true)
			if e <= i+1 || !isClaimNoun(d.Tokens[e-1].Lower) {
				return nil
			}
		}
		setSpan(d, m, start, end)
		m.Agent = agentBefore(d, i)
		if e := syntax.NounPhraseStartingAt(d, i+1, true); e > i+1 {
			tg := d.TokenSpan(i+1, e)
			m.Target = &tg
		} else if i+1 < len(d.Tokens) && (d.Tokens[i+1].Lower == "that" || syntax.POS(d, i+1) == "VERB") {
			tg := d.TokenSpan(i+1, clauseEnd(d, i+1))
			m.Target = &tg
		}
		return m
	case doc.Disputed:
		if syntax.POS(d, i) != "AUX" && i+1 < len(d.Tokens) && (t.Lower == "disputed" || t.Lower == "contested") {
			// "disputed temples", "contested territory": an adjective on a
			// thing, not a verdict on a claim — unless the thing is a claim.
			if e := syntax.NounPhraseStartingAt(d, i+1, false); e > i+1 && !isClaimNoun(d.Tokens[e-1].Lower) && d.Tokens[e-1].Lower != "toll" && d.Tokens[e-1].Lower != "tolls" {
				return nil
			}
		}
		if t.Lower == "questioned" || t.Lower == "dispute" || t.Lower == "disputes" {
			e := syntax.NounPhraseStartingAt(d, i+1, true)
			if e <= i+1 {
				return nil
			}
			tg := d.TokenSpan(i+1, e)
			m.Target = &tg
		} else if e := syntax.NounPhraseStartingAt(d, i+1, true); e > i+1 {
			tg := d.TokenSpan(i+1, e)
			m.Target = &tg
		}
		setSpan(d, m, start, end)
		return m
	}
	// Unverified adjectives and adverbs: the phrase they modify.
	setSpan(d, m, start, end)
	if syntax.POS(d, i) != "ADV" && t.Lower != "reportedly" && t.Lower != "allegedly" && t.Lower != "purportedly" {
		if e := syntax.NounPhraseStartingAt(d, i+1, true); e > i+1 {
			tg := d.TokenSpan(i+1, e)
			m.Target = &tg
		}
	}
	return m
}

// agentBefore returns the name of the subject ending right before token i
// ("The authority, which runs the dam, denied" → "The authority").
func agentBefore(d *doc.Document, i int) string {
	end := i - 1
	if end < 0 || d.Tokens[end].Sent != d.Tokens[i].Sent {
		return ""
	}
	first, limit := syntax.SubjectEndingAt(d, end)
	if first < 0 {
		return ""
	}
	if e := syntax.NounPhraseStartingAt(d, first, true); e > first && e < limit {
		limit = e
	}
	sp := d.TokenSpan(first, limit)
	// Name the agent by its entity when it has one ("The ministry" → the
	// Defence Ministry the article named before).
	if ei, ok := entity.EntityAt(d, sp.Start, sp.End); ok {
		return d.Entities[ei].Canonical
	}
	return sp.Text
}

func isClaimNoun(w string) bool {
	switch w {
	case "report", "reports", "claim", "claims", "allegation", "allegations", "accusation", "accusations",
		"account", "accounts", "figure", "figures", "story", "rumours", "rumors", "suggestion", "suggestions":
		return true
	}
	return false
}

func isBe(w string) bool {
	switch w {
	case "be", "been", "being", "is", "are", "was", "were":
		return true
	}
	return false
}

// negatedBefore finds a negation within n tokens before i in its sentence.
func negatedBefore(d *doc.Document, i, n int) int {
	for k := i - 1; k >= 0 && k >= i-n && d.Tokens[k].Sent == d.Tokens[i].Sent; k-- {
		w := d.Tokens[k].Lower
		if w == "not" || w == "n't" || w == "never" || w == "cannot" || w == "unable" || w == "no" {
			return k
		}
		if w == "," || w == "." || w == "that" {
			return -1
		}
	}
	return -1
}

// auxBefore returns the first auxiliary of the chain ending before i.
func auxBefore(d *doc.Document, i int) int {
	a := -1
	for k := i - 1; k >= 0 && d.Tokens[k].Sent == d.Tokens[i].Sent; k-- {
		if syntax.POS(d, k) == "AUX" || d.Tokens[k].Lower == "ca" || d.Tokens[k].Lower == "wo" {
			a = k
			continue
		}
		break
	}
	return a
}

// setSubjectTarget: the thing that is unclear or unverified is the subject
// of the marker's clause ("the exact scale of … remains unclear").
func setSubjectTarget(d *doc.Document, m *doc.Verification, start int) {
	end := start - 1
	for end >= 0 && d.Tokens[end].Sent == d.Tokens[start].Sent && (syntax.POS(d, end) == "ADV" || syntax.POS(d, end) == "AUX" || d.Tokens[end].Lower == "not") {
		end--
	}
	if end < 0 || d.Tokens[end].Sent != d.Tokens[start].Sent {
		return
	}
	switch d.Tokens[end].Lower {
	case "this", "that", "these", "those":
		// "This could not be verified": the previous statement.
		t := d.TokenSpan(end, end+1)
		m.Target = &t
		return
	}
	// Walk back over "of" attachments: "the exact scale of X and Y in Z".
	s := syntax.NounPhraseEndingAt(d, end)
	if s < 0 && syntax.POS(d, end) == "VERB" {
		// A reduced relative clause: "the letters Mutai described", "the
		// tolls given by both militaries".
		inner := end - 1
		if inner >= 0 && d.Tokens[inner].Lower != "by" {
			if a := syntax.NounPhraseEndingAt(d, inner); a >= 0 {
				s = a
				if a > 0 {
					if o := syntax.NounPhraseEndingAt(d, a-1); o >= 0 {
						s = o
					}
				}
			}
		}
	}
	if s >= 0 && s >= 3 && d.Tokens[s-1].Lower == "by" && syntax.POS(d, s-2) == "VERB" {
		if o := syntax.NounPhraseEndingAt(d, s-3); o >= 0 {
			s = o
		}
	}
	for s > 0 {
		p := s - 1
		if d.Tokens[p].Sent != d.Tokens[start].Sent {
			break
		}
		w := d.Tokens[p].Lower
		if w == "of" || w == "in" || w == "and" || w == "on" || w == "about" {
			if s2 := syntax.NounPhraseEndingAt(d, p-1); s2 >= 0 && s2 < p {
				s = s2
				continue
			}
		}
		break
	}
	if s < 0 {
		return
	}
	if d.Tokens[s].Lower == "it" {
		// "it is unclear whether …": the target follows.
		e := sentenceEnd(d, start)
		ti := d.TokenAt(m.End - 1)
		if ti >= 0 {
			ti++
		}
		if ti >= 0 && ti < e {
			t := d.TokenSpan(ti, e)
			m.Target = &t
		}
		return
	}
	t := d.TokenSpan(s, end+1)
	m.Target = &t
}

// extendReduced takes a reduced relative clause into an object: "the footage
// presented in the documentary".
func extendReduced(d *doc.Document, e int) int {
	if e < len(d.Tokens) && syntax.POS(d, e) == "VERB" && (len(d.Tokens[e].Lower) > 2 && d.Tokens[e].Lower[len(d.Tokens[e].Lower)-2:] == "ed") {
		if e+1 < len(d.Tokens) && (d.Tokens[e+1].Lower == "in" || d.Tokens[e+1].Lower == "by" || d.Tokens[e+1].Lower == "on") {
			if e2 := syntax.NounPhraseStartingAt(d, e+2, false); e2 > e+2 {
				return e2
			}
		}
	}
	return e
}

func sentenceEnd(d *doc.Document, i int) int {
	s := d.Sentences[d.Tokens[i].Sent]
	e := s.Limit
	for e > s.First && (d.Tokens[e-1].Text == "." || d.Tokens[e-1].Text == "!" || d.Tokens[e-1].Text == "?") {
		e--
	}
	return e
}

func setSpan(d *doc.Document, m *doc.Verification, first, limit int) {
	sp := d.TokenSpan(first, limit)
	m.Start, m.End, m.Text = sp.Start, sp.End, sp.Text
}

// clauseEnd ends a denied clause at "and" + verb ("denied that … and said
// …") or at the sentence end.
func clauseEnd(d *doc.Document, i int) int {
	e := sentenceEnd(d, i)
	for k := i + 1; k+1 < e; k++ {
		if d.Tokens[k].Lower == "and" && syntax.POS(d, k+1) == "VERB" {
			return k
		}
	}
	return e
}
