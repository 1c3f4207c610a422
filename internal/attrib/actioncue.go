package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// The verbs of acting that take a side — vote, cast … as, release, pass,
// deliver — share one loop, so that their guards cannot drift apart: the
// verb is active and its subject's own act, the subject can hold a view,
// the object is the rule's kind of thing, and the content stops before a
// reason, a time or a tally. Each rule says only what differs.

// actionRule is what one verb of acting adds to the shared loop.
type actionRule struct {
	// verb reports whether token k is the rule's verb.
	verb func(x *extractor, k int) bool
	// finite asks for a finite verb or a perfect (see finiteOrPerfect).
	finite bool
	// bareParticiple lets a participle with no subject of its own act
	// ("delivering a rebuke to …").
	bareParticiple bool
	// side returns where the cue ends and where the content starts, or
	// -1, -1 when the verb at k takes no side.
	side func(x *extractor, k, end int) (int, int)
	// skip, when set, rejects a match the shared guards let through.
	skip func(x *extractor, src srcSpan, k, first, end int) bool
}

// actionCues adds the attributions of rule r's verb for sentence
// [first, end).
func (x *extractor) actionCues(first, end int, r actionRule) {
	d := x.d
	for k := first; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || syntax.POS(d, k) != "VERB" || !r.verb(x, k) || x.passiveVerb(k, first) {
			continue
		}
		if !x.votersOwn(k, first) && !(r.bareParticiple && d.Tokens[k].Tag == "VBG") {
			continue
		}
		if r.finite && !x.finiteOrPerfect(k, first) {
			continue
		}
		ce, c := r.side(x, k, end)
		if ce < 0 || c >= end || x.usedRange(k, ce) {
			continue
		}
		src, ok := x.verbSource(k)
		if !ok || !x.actorHoldsView(src) || r.skip != nil && r.skip(x, src, k, first, end) {
			continue
		}
		x.addPhraseCue(src, k, ce, c, x.actionContentEnd(c, end))
	}
}

// actorHoldsView reports whether the subject of an act can take a side:
// a person, a group or a body ("the harbor board", "the trustees", "52
// percent"), not "the storm", and not a reader addressed ("you would never
// vote for …").
func (x *extractor) actorHoldsView(src srcSpan) bool {
	d := x.d
	// "lawmakers this week passed …": the parse may hand the time over
	// as the subject; judge the subject timeSource finds.
	src = x.timeSource(src)
	if src.limit-src.first == 1 && d.Tokens[src.first].Lower == "you" {
		return false
	}
	if x.canHoldView(src.first, src.limit) || x.pollShare(src.first, src.limit) > 0 {
		return true
	}
	for j := src.first; j < src.limit; j++ {
		switch w := d.Tokens[j].Lower; {
		case w == "who" || w == "which" || w == "that":
			// A relative stands for its antecedent ("members who
			// voted against …").
			return true
		case pollBodies[w] || votingPlaces[w] || d.Tokens[j].Tag == "NNS" && syntax.POS(d, j) == "NOUN":
			// A body, a place that votes ("the district had voted
			// for …"), or people counted as a plural ("trustees").
			return true
		}
	}
	return false
}

// objectHead returns the index of the noun of nouns that heads the object
// of verb k within a few words ("passed its own budget", "released a list
// of donors"), or -1. A noun that modifies the next noun is no head: "the
// budget deadline", "the law school", "a software update" name other
// things. (A noun before the head may say what kind it is: "a radio ad".)
func (x *extractor) objectHead(k, end int, nouns map[string]bool) int {
	d := x.d
	for i := k + 1; i < end && i <= k+5; i++ {
		if nouns[d.Tokens[i].Lower] {
			if i+1 < end && (syntax.POS(d, i+1) == "NOUN" || syntax.POS(d, i+1) == "PROPN") {
				return -1
			}
			return i
		}
		if !x.nounFiller(i) && syntax.POS(d, i) != "NOUN" && syntax.POS(d, i) != "PROPN" && d.Tokens[i].Lower != "of" {
			return -1
		}
	}
	return -1
}

// actionContentEnd ends the content of an act at a clause that gives its
// reason or time ("because …", "after …", ", which …"), before another
// share's answer ("… and 40 percent for Lee"), or at the end that
// contentEnd finds, and then drops a trailing time or tally ("in
// November", "late Sunday", "230-195"), which dates or counts the act
// rather than saying what it was for.
func (x *extractor) actionContentEnd(c, end int) int {
	d := x.d
	e := x.contentEnd(c, end)
	for i := c + 1; i < e; i++ {
		switch d.Tokens[i].Lower {
		case ",", "because", "after", "when", "while", "since", "although", "though", "but", "before":
			e = i
		case "and":
			if x.pollAnswerEnds(i, end) {
				e = i
			}
		}
		if e == i {
			break
		}
	}
	return x.trailingWhen(c, e)
}

// trailingWhen returns where content [c, e) ends once a closing time or
// tally is cut off: "the measure 230-195", "its plan on Thursday", "a new
// levy in November", "the results late Sunday".
func (x *extractor) trailingWhen(c, e int) int {
	d := x.d
	for e-c > 1 {
		l := e
		for l-c > 1 && isFinal(d.Tokens[l-1].Text) {
			l--
		}
		t := d.Tokens[l-1]
		w := t.Lower
		if !(isTimeWord(w) || monthNames[w] || isYear(t.Text) || isTally(w)) {
			return e
		}
		n := l - 1
		for n-1 > c {
			switch d.Tokens[n-1].Lower {
			case "on", "in", "late", "early", "last", "this", "next", "by", "for":
				n--
				continue
			}
			break
		}
		if n == l-1 && !isTally(w) && !isTimeWord(w) {
			// "the May budget", "the 2020 plan": a month or a year
			// ends the content only after a preposition.
			return e
		}
		e = n
	}
	return e
}

// isTally reports whether w is a vote count: "230-195", "5-4".
func isTally(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// votingPlaces are places whose voters act as one in the news: "the county
// voted for …", "the state passed …".
var votingPlaces = map[string]bool{"district": true, "state": true, "county": true, "city": true, "town": true,
	"country": true, "precinct": true, "electorate": true, "nation": true, "province": true}
