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

// English reports whether a language tag (as readers give it: "en",
// "en-GB", "EN") names English; an empty tag counts as unknown, not as
// another language.
func English(tag string) bool {
	tag = strings.ToLower(strings.TrimSpace(tag))
	return tag == "" || tag == "en" || strings.HasPrefix(tag, "en-") || strings.HasPrefix(tag, "en_")
}
