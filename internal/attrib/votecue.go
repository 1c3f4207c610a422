package attrib

import (
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// A vote takes a side as plainly as a statement does, and PolNeAR marks it
// as an attribution: the voter is the source, "voted for" / "voted
// against" / "voted in favor of" the cue, and the candidate, the measure or
// the infinitive ("voted to repeal the levy") the content. Only a vote with
// a side is read: "voted early", "voted in Ohio" and the passive "was voted
// best in show" name no position.

// voteCues adds the attributions of the active verb "vote" with a side
// after it, for the verbs of sentence [first, end) not yet used.
func (x *extractor) voteCues(first, end int) {
	d := x.d
	for k := first; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || syntax.POS(d, k) != "VERB" || x.lemmaOf(k) != "vote" {
			continue
		}
		if x.passiveVerb(k, first) || !x.votersOwn(k, first) {
			continue
		}
		ce, c := x.voteSide(k, end)
		if ce < 0 || c >= end || x.usedRange(k, ce) {
			continue
		}
		src, ok := x.verbSource(k)
		if !ok || src.limit-src.first == 1 && d.Tokens[src.first].Lower == "you" {
			// "you would never vote for …": a reader addressed, not a
			// voter on record.
			continue
		}
		if x.shareVotes(src, k) && x.pollContext(first, end) {
			continue
		}
		x.addPhraseCue(src, k, ce, c, x.voteContentEnd(c, end))
	}
}

// passiveVerb reports whether "voted" at k is a passive ("was voted the
// best", "were voted off"): the subject is what was chosen, not a voter.
func (x *extractor) passiveVerb(k, first int) bool {
	d := x.d
	for i := k - 1; i >= first && i >= k-3; i-- {
		switch syntax.POS(d, i) {
		case "ADV":
			continue
		case "AUX":
			l := x.lemmaOf(i)
			return l == "be" || l == "get"
		}
		return false
	}
	return false
}

// votersOwn reports whether the vote at k is its subject's own act: not an
// infinitive ("urged them to vote for …", "the right to vote"), not a duty
// ("delegates must vote for …", "they should vote for …") and not a bare
// participle ("voters voting for …"), whose subject the surface cannot
// tell.
func (x *extractor) votersOwn(k, first int) bool {
	d := x.d
	progressive := false
	for i := k - 1; i >= first && i >= k-4; i-- {
		w := d.Tokens[i].Lower
		switch {
		case w == "to" || w == "should" || w == "must" || w == "ought":
			return false
		case syntax.POS(d, i) == "ADV" || syntax.POS(d, i) == "PART":
			continue
		case syntax.POS(d, i) == "AUX":
			progressive = progressive || x.lemmaOf(i) == "be"
			continue
		}
		break
	}
	return d.Tokens[k].Tag != "VBG" || progressive
}

// voteSide returns where the cue of the vote at k ends and where its
// content starts, or -1: after "for", "against", "in favor of", "in support
// of" and "down", the side voted on; at "to" before a verb, the infinitive;
// at a party adjective or "yes"/"no". Adverbs and a tally ("6-1", "5 to
// 4", "twice") may stand between the verb and its side.
func (x *extractor) voteSide(k, end int) (int, int) {
	d := x.d
	i := k + 1
	for i < end && i <= k+4 && x.voteFiller(i, end) {
		i++
	}
	if i >= end {
		return -1, -1
	}
	switch w := d.Tokens[i].Lower; w {
	case "for", "against", "down":
		return i + 1, i + 1
	case "in":
		if i+2 < end && (d.Tokens[i+1].Lower == "favor" || d.Tokens[i+1].Lower == "favour" || d.Tokens[i+1].Lower == "support") && d.Tokens[i+2].Lower == "of" {
			return i + 3, i + 3
		}
	case "to":
		if i+1 < end && syntax.POS(d, i+1) == "VERB" && d.Tokens[i+1].Tag == "VB" {
			return i, i
		}
	case "democratic", "republican", "yes", "no":
		return i, i
	}
	return -1, -1
}

// voteFiller reports whether token i may stand between "vote" and its
// side: an adverb ("unanimously", "twice") or part of a tally ("6-1", "5
// to 4").
func (x *extractor) voteFiller(i, end int) bool {
	d := x.d
	switch syntax.POS(d, i) {
	case "ADV":
		return d.Tokens[i].Lower != "down"
	case "NUM":
		return true
	}
	// "5 to 4": the "to" of a tally, not of an infinitive.
	return d.Tokens[i].Lower == "to" && i > 0 && syntax.POS(d, i-1) == "NUM" && i+1 < end && syntax.POS(d, i+1) == "NUM"
}

// voteContentEnd ends the content of a vote at a clause that gives its
// reason or time ("because …", "after …", ", which …") or at the end that
// contentEnd finds.
func (x *extractor) voteContentEnd(c, end int) int {
	d := x.d
	e := x.contentEnd(c, end)
	for i := c + 1; i < e; i++ {
		switch d.Tokens[i].Lower {
		case ",", "because", "after", "when", "while", "since", "although", "though", "but", "before":
			return i
		case "and":
			if x.pollAnswerEnds(i, end) {
				// "… for Ruiz and 40 percent for Lee": another
				// share's answer opens.
				return i
			}
		}
	}
	return e
}

// shareVotes reports whether the voter of the vote at k is a share of
// people ("53 percent would vote for …"). In a poll's context pollReports
// owns it as the poll's answer, ended where another share's answer opens
// (pollAnswerEnds); elsewhere the share's vote is a vote like any other
// ("54 percent of the electorate voted in favor of …"), as PolNeAR marks
// it.
func (x *extractor) shareVotes(src srcSpan, k int) bool {
	for i := src.first; i < k && i <= src.first+1; i++ {
		if x.pollShare(i, k) > 0 {
			return true
		}
	}
	// A share just before the verb, which the parser may have left out of
	// the subject: "… and 40 percent would vote for …".
	j := k
	for j > src.first && (pollAux[x.d.Tokens[j-1].Lower] || syntax.POS(x.d, j-1) == "ADV") {
		j--
	}
	for i := j - 1; i >= 0 && i >= j-5; i-- {
		if x.pollShare(i, j) == j && !pollFractions[x.d.Tokens[j-1].Lower] {
			// A bare fraction may end a body ("the chamber's
			// majority"), so only a number counts here.
			return true
		}
	}
	return false
}
