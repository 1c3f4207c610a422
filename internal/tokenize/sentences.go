package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

// sentenceStarters are capitalised words that, after an abbreviation such
// as "U.S." or "Inc.", show that a new sentence has begun.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "but": true, "and": true, "in": true,
	"on": true, "at": true, "his": true, "her": true, "their": true, "its": true, "our": true, "however": true,
	"meanwhile": true, "after": true, "before": true, "when": true, "while": true, "if": true, "some": true,
	"many": true, "officials": true, "yet": true, "so": true, "also": true,
}

// splitSentences groups tokens into sentences. brk[k] says whether a line
// break (1) or blank line (2) precedes token k. Line breaks always end a
// sentence unless the next line starts in lower case (a wrapped line).
func splitSentences(toks []doc.Token, brk []uint8, out []doc.Sentence) []doc.Sentence {
	if len(toks) == 0 {
		return out
	}
	para := 0
	first := 0
	closeAt := func(limit int) {
		if limit <= first {
			return
		}
		out = append(out, doc.Sentence{Start: toks[first].Start, End: toks[limit-1].End, First: first, Limit: limit, Paragraph: para})
		for k := first; k < limit; k++ {
			toks[k].Sent = len(out) - 1
		}
		first = limit
	}
	for k := 0; k < len(toks); k++ {
		if k > first && brk[k] > 0 {
			if brk[k] == 2 || !startsLower(toks[k].Text) {
				closeAt(k)
				para++
			}
		} else if k > 0 && k == first && brk[k] > 0 {
			para++
		}
		if !endsSentence(toks, brk, k) {
			continue
		}
		// Closing quotes and brackets belong to the sentence they close.
		limit := k + 1
		for limit < len(toks) && toks[limit].ByteStart == toks[limit-1].ByteEnd && isCloser(toks[limit].Text) {
			limit++
		}
		if limit >= len(toks) {
			break
		}
		if brk[limit] > 0 {
			k = limit - 1
			continue // the line-break rule above decides
		}
		if startsNewSentence(toks[limit]) || (limit == k+1 && lowerMayFollow(toks[k].Text) && startsLower(toks[limit].Text)) {
			closeAt(limit)
			k = limit - 1
		}
	}
	closeAt(len(toks))
	return out
}

func endsSentence(toks []doc.Token, brk []uint8, k int) bool {
	t := toks[k].Text
	switch t {
	case ".", "!", "?", "...", "…", "?!", "!?":
		return true
	}
	if isTerminalRun(t) {
		return true
	}
	if len(t) > 1 && t[len(t)-1] == '.' {
		// An abbreviation ends a sentence only when a typical sentence
		// opener follows ("… in the U.S. The …"), never for titles.
		if IsTitle(toks[k].Lower) {
			return false
		}
		if k+1 < len(toks) {
			return sentenceStarters[toks[k+1].Lower] && startsUpper(toks[k+1].Text)
		}
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "''", "”", "’", ")", "]", "»", "›":
		return true
	}
	return false
}

// startsNewSentence reports whether a token can open a sentence.
func startsNewSentence(t doc.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '(' || r == '[' || unicode.IsTitle(r) || (r > 0x2E80 && unicode.IsLetter(r))
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isTerminalRun reports whether t is a run of sentence-final marks ("!!!",
// "?!?", "....").
func isTerminalRun(t string) bool {
	if len(t) < 2 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != '.' && t[i] != '!' && t[i] != '?' {
			return false
		}
	}
	return true
}

// lowerMayFollow reports whether a sentence ending in t may be followed by
// one that starts in lower case ("Great service! i will be back."): after a
// full stop that is its own token (so not an abbreviation), "!" or "?", but
// not after an ellipsis, which often continues the sentence.
func lowerMayFollow(t string) bool {
	switch t {
	case ".", "!", "?", "!!", "??", "?!", "!?", "!!!":
		return true
	}
	return false
}
