package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// headlineVerbs adds the attribution of a headline written in title case,
// "Senator Ruiz Praises Port Deal", "Mayor Calls for Audit of Bus Fares":
// the tagger, seeing every word capitalised, reads the verb as part of a
// name, so neither the surface rules nor the parse take it for a cue. A
// capitalised -s form of a cue verb (the headline's present tense) that
// follows a run of capitalised words and is followed by more words is the
// cue; the run before it is the source, the rest of the line the content,
// and a preposition the verb selects ("Calls for", "Hints at") joins the
// cue.
func (x *extractor) headlineVerbs(first, end int) {
	d := x.d
	if !x.titleCase(first, end) {
		return
	}
	for k := first + 1; k+1 < end; k++ {
		t := &d.Tokens[k]
		if x.used[k] || x.inQuote[k] != 0 || !isUpper(t.Text) || t.POS == "VERB" || !headlineCue(t.Lower) || headlineNouns[t.Lower] || x.otherSense(k) {
			// otherSense: "Norvik Recalls 40,000 Trucks", "Senator
			// Maintains Lead", "What The Ruling Means".
			continue
		}
		if n := d.Tokens[k+1].Lower; t.Lower == "recalls" && (startsWithDigit(n) || recallThings[n]) {
			// The parse of a title-case line is no help to otherSense:
			// "Recalls 40,000 Trucks" calls goods back.
			continue
		}
		if headlineResult(t.Lower, d.Tokens[k+1:end]) {
			// "Hometown Team Claims Third Straight Title": a result.
			continue
		}
		if p := d.Tokens[k+1].POS; p == "VERB" || p == "AUX" {
			// "Media Reports Reveal …", "Leaked Documents Show …": the
			// verb comes next, and this word is its subject's noun.
			continue
		}
		ok := true
		for i := first; i < k; i++ {
			w := d.Tokens[i].Text
			if x.used[i] || x.inQuote[i] != 0 || !(isUpper(w) || w == "'s" || w == "’s" || w == "-" || startsWithDigit(w)) {
				ok = false
				break
			}
		}
		if !ok || !headlineHolder(d.Tokens[first:k]) {
			return
		}
		ce := k + 1
		if w := d.Tokens[ce].Lower; (w == "for" || w == "at" || w == "on" || w == "out") && ce+1 < end {
			ce++
		}
		c := ce
		for c < end && d.Tokens[c].Text == ":" {
			c++
		}
		if c >= end {
			return
		}
		if hearerCues[t.Lower] {
			// "Police Warns Drivers About Icy Roads": the hearer is no
			// content; what they were warned about is.
			for h := c + 1; h < end && h < c+5; h++ {
				if headlineAfterHearer[d.Tokens[h].Lower] {
					c = h
					break
				}
			}
		}
		x.add(x.mk(srcSpan{first, k}, d.TokenSpan(k, ce), d.TokenSpan(c, end), doc.Indirect))
		return
	}
}

// hearerCues name the one told right after them in a headline ("Warns
// Drivers About …", "Urges Residents To …").
var hearerCues = map[string]bool{"warns": true, "urges": true, "tells": true, "asks": true, "reminds": true,
	"advises": true, "cautions": true, "assures": true, "informs": true, "begs": true}

// headlineAfterHearer open what a hearer is told.
var headlineAfterHearer = map[string]bool{"about": true, "of": true, "to": true, "that": true, "against": true, "not": true}

// headlineResult reports whether a -s verb reads as a result in a
// headline rather than a claim: "Claims Title", "Claims Victory", "Claims
// Third Straight Crown".
func headlineResult(w string, rest []doc.Token) bool {
	if w != "claims" {
		return false
	}
	for i, t := range rest {
		if i > 4 {
			break
		}
		switch t.Lower {
		case "title", "titles", "crown", "victory", "win", "gold", "medal", "championship", "trophy", "cup", "seat", "lives", "life", "prize", "pole", "record":
			return true
		}
	}
	return false
}

// headlineHolder reports whether the words before a headline's verb can
// name someone who holds a view: not a question ("What The Ruling Means",
// "How The Plan Works") and not a bare figure.
func headlineHolder(src []doc.Token) bool {
	if len(src) == 0 {
		return false
	}
	switch src[0].Lower {
	case "what", "how", "why", "when", "where", "which", "whether", "if":
		return false
	}
	return !startsWithDigit(src[len(src)-1].Lower)
}

// headlineNouns are -s forms of cue verbs that a headline uses as plural
// nouns more often than as verbs ("Court Rules", "Swing States").
var headlineNouns = map[string]bool{"rules": true, "states": true, "reports": true, "documents": true, "attacks": true}

// headlineCue reports whether w is the third-person -s form of a verb the
// lexicons read as a cue ("praises", "urges", "slams", "calls").
func headlineCue(w string) bool {
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if cueLemma[w] != "" || stanceForms[w] {
		return true
	}
	stem := strings.TrimSuffix(w, "s")
	if strings.HasSuffix(w, "es") && !parseCueLemmas[stem] {
		stem = strings.TrimSuffix(w, "es")
	}
	return parseCueLemmas[stem] && !parseNonCue[stem] && !nonStance[stem]
}

// titleCase reports whether sentence [first, end) is written in title
// case: most of its words of four letters or more are capitalised, and
// there are at least three of them.
func (x *extractor) titleCase(first, end int) bool {
	d := x.d
	n, up := 0, 0
	for i := first; i < end; i++ {
		w := d.Tokens[i].Text
		if len(w) < 4 || !isLetter(w[0]) {
			continue
		}
		n++
		if isUpper(w) {
			up++
		}
	}
	return n >= 3 && up*5 >= n*4
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// columnLabels end the name of a news column or a label before a colon
// ("The Latest: …", "Editor's Note: …", "Paid Notice: …", "Delegate
// Update: …", "REVEALED: …", "CLARIFICATION: …", "BOMBSHELL: …"): the
// words after the colon are the column's item or the editor's, not anyone's
// words. "Watch" is left out: it ends names ("Judicial Watch: …").
var columnLabels = map[string]bool{"latest": true, "note": true, "notice": true, "update": true, "revealed": true,
	"exclusive": true, "wow": true, "breaking": true, "analysis": true, "recap": true,
	"factbox": true, "explainer": true, "timeline": true, "correction": true, "corrections": true,
	"clarification": true, "clarifications": true, "boom": true, "busted": true, "bombshell": true, "leaked": true, "look": true}
