// Package lang tells which language an article is written in, so the
// analyser can mark and skip text its English rules and models would
// mis-analyse instead of filling the ledger with nonsense.
package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
)

// sample is how much text detection reads: enough for a reliable guess,
// little enough to stay off the analyser's hot path.
const sample = 4000

// Detect returns the ISO 639-1 code of the text's language and whether the
// guess is reliable. Short texts are never reliable.
func Detect(text string) (string, bool) {
	if len(text) > sample {
		cut := sample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if utf8.RuneCountInString(strings.TrimSpace(text)) < 60 {
		return "", false
	}
	info := whatlanggo.Detect(text)
	if info.Lang < 0 {
		return "", false
	}
	// A text in another script is certainly not English even when the
	// language within the script is in doubt (Russian or Ukrainian).
	return info.Lang.Iso6391(), info.IsReliable() || info.Script != nil && info.Script != unicode.Latin
}

// englishWords are the function words that make up a good share of any
// English text and of little else.
var englishWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "in": true, "that": true, "is": true, "was": true,
	"for": true, "on": true, "with": true, "said": true, "he": true, "she": true, "it": true, "by": true,
	"have": true, "has": true, "had": true, "are": true, "were": true, "from": true, "at": true, "this": true,
}

// LooksEnglish is the fast path before Detect: it reports whether at least
// one word in eight of the first 300 is an English function word, which
// holds for English news and fails for other languages.
func LooksEnglish(text string) bool {
	words, hits := 0, 0
	var w [16]byte
	n := 0
	flush := func() {
		if n > 0 {
			words++
			if n < len(w) && englishWords[string(w[:n])] {
				hits++
			}
			n = 0
		}
	}
	for i := 0; i < len(text) && words < 300; i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z':
			if n < len(w) {
				w[n] = c
			}
			n++
		case c >= 'A' && c <= 'Z':
			if n < len(w) {
				w[n] = c + 'a' - 'A'
			}
			n++
		case c >= 0x80:
			// A letter of another alphabet, or an accented one: part of a
			// word, never an English function word.
			n = len(w)
		default:
			flush()
		}
	}
	flush()
	return words >= 20 && hits*8 >= words
}

// English reports whether a language tag (as readers give it: "en",
// "en-GB", "EN") names English; an empty tag counts as unknown, not as
// another language.
func English(tag string) bool {
	tag = strings.ToLower(strings.TrimSpace(tag))
	return tag == "" || tag == "en" || strings.HasPrefix(tag, "en-") || strings.HasPrefix(tag, "en_")
}
