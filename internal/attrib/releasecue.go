package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// Releasing a statement, an ad or a report puts a message out, and PolNeAR
// marks the release as an attribution: the campaign, office or group is the
// source, "released" the cue and the thing released (with whatever the
// sentence says it holds) the content. Releasing prisoners, hostages or a
// film's date carries no message, so the object must be a document: a noun
// of releaseNouns heading it within a few words. A statement followed by
// "saying" or "that" is left to the rules of saying, which find its words;
// a bare "released a statement Monday" is left out too, as its words
// mostly follow in a quotation of their own.

// releaseNouns head the objects of "release" that carry a message.
var releaseNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ad ads advertisement advertisements memo memos
		report reports list details findings plan plans proposal proposals results emails e-mails records
		documents letter letters poll survey study analysis transcript transcripts excerpt excerpts
		robocall spot spots commercial commercials platform agenda totals`) {
		releaseNouns[w] = true
	}
}

// releaseCues adds the attributions of an active, finite "release" with a
// document as its object, for sentence [first, end).
func (x *extractor) releaseCues(first, end int) {
	d := x.d
	for k := first; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || syntax.POS(d, k) != "VERB" || x.lemmaOf(k) != "release" {
			continue
		}
		if x.passiveVerb(k, first) || !x.votersOwn(k, first) || !x.finiteOrPerfect(k, first) {
			continue
		}
		n := x.releaseObject(k, end)
		if n < 0 || x.speechFollows(n+1, end) {
			continue
		}
		src, ok := x.verbSource(k)
		if !ok || !x.canHoldView(src.first, src.limit) {
			continue
		}
		x.addPhraseCue(src, k, k+1, k+1, x.voteContentEnd(k+1, end))
	}
}

// finiteOrPerfect reports whether verb k is finite, a participle after a
// form of "be" or a perfect after "have": "Clinton's released emails" is
// a participle that modifies a noun, with no one releasing anything.
func (x *extractor) finiteOrPerfect(k, first int) bool {
	d := x.d
	switch d.Tokens[k].Tag {
	case "VBN":
	case "VBD", "VBZ", "VBP", "VBG", "VB":
		return true
	default:
		return false
	}
	for i := k - 1; i >= first && i >= k-3; i-- {
		if syntax.POS(d, i) == "AUX" && x.lemmaOf(i) == "have" {
			return true
		}
		if syntax.POS(d, i) != "ADV" && syntax.POS(d, i) != "PART" {
			return false
		}
	}
	return false
}

// releaseObject returns the index of the document noun that heads the
// object of "release" at k ("released a new online ad", "released its
// findings"), or -1.
func (x *extractor) releaseObject(k, end int) int {
	d := x.d
	for i := k + 1; i < end && i <= k+5; i++ {
		if releaseNouns[d.Tokens[i].Lower] && (i+1 >= end || syntax.POS(d, i+1) != "NOUN") {
			return i
		}
		if !x.nounFiller(i) && syntax.POS(d, i) != "NOUN" && syntax.POS(d, i) != "PROPN" {
			return -1
		}
	}
	return -1
}

// speechFollows reports whether the words at i report what a document
// says ("saying …", "that …", ": …"), which the rules of saying take.
func (x *extractor) speechFollows(i, end int) bool {
	d := x.d
	for j := i; j < end && j <= i+3; j++ {
		w := d.Tokens[j].Lower
		if w == "that" || w == ":" || participleCues[w] || strings.HasSuffix(w, "ing") && (stanceForms[w] || cueLemma[w] != "") {
			return true
		}
	}
	return false
}
