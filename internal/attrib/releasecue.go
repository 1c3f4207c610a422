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
// "Results" and "details" are left out: a company's quarterly results or
// the police's details of a crash are routine releases with no stance.
var releaseNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ad ads advertisement advertisements memo memos
		report reports list findings plan plans proposal proposals emails e-mails records
		documents letter letters poll survey study analysis transcript transcripts excerpt excerpts
		robocall spot spots commercial commercials platform agenda totals`) {
		releaseNouns[w] = true
	}
}

// releaseCues adds the attributions of an active, finite "release" with a
// document as its object, for sentence [first, end).
func (x *extractor) releaseCues(first, end int) {
	x.actionCues(first, end, actionRule{
		verb:   func(x *extractor, k int) bool { return x.lemmaOf(k) == "release" },
		finite: true,
		side: func(x *extractor, k, end int) (int, int) {
			n := x.objectHead(k, end, releaseNouns)
			if n < 0 || x.speechFollows(n+1, end) {
				return -1, -1
			}
			return k + 1, k + 1
		},
	})
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
