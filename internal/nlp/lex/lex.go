// Package lex computes, once per token, the string hashes every model of the
// language core builds its features from: the word, its lower case, prefixes,
// suffixes and shape ("Xxxx", "dd.d"). Models then combine these hashes with
// template ids, so no string is built or hashed twice.
package lex

import (
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/nlp/perceptron"
)

// Flags of a token.
const (
	Upper   = 1 << iota // first letter upper case
	AllCaps             // all letters upper case, at least two
	Digit               // has a digit
	Hyphen              // has a hyphen
	Punct               // no letter or digit
)

// Lex is a token's hashes.
type Lex struct {
	Word, Lower, Pre1, Pre2, Suf1, Suf2, Suf3, Suf4, Shape uint64
	Flags                                                  uint8
}

// None is the hash of a position outside the sentence.
var None = Lex{Word: 1, Lower: 1, Pre1: 1, Pre2: 1, Suf1: 1, Suf2: 1, Suf3: 1, Suf4: 1, Shape: 1}

// Compute fills lx for a token. lower must be the lower-cased form.
func Compute(form, lower string, lx *Lex) {
	lx.Word = perceptron.Hash(form)
	lx.Lower = perceptron.Hash(lower)
	lx.Pre1 = perceptron.Hash(prefix(lower, 1))
	lx.Pre2 = perceptron.Hash(prefix(lower, 2))
	lx.Suf1 = perceptron.Hash(suffix(lower, 1))
	lx.Suf2 = perceptron.Hash(suffix(lower, 2))
	lx.Suf3 = perceptron.Hash(suffix(lower, 3))
	lx.Suf4 = perceptron.Hash(suffix(lower, 4))
	// Shape: X, x, d or the character itself, runs cut at 3.
	h := uint64(14695981039346656037)
	var last rune = -1
	run := 0
	var fl uint8
	letters, uppers := 0, 0
	for i, r := range form {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			letters++
			uppers++
			if i == 0 {
				fl |= Upper
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			fl |= Digit
		default:
			c = r
			if r == '-' {
				fl |= Hyphen
			}
		}
		if c == last {
			run++
			if run >= 3 {
				continue
			}
		} else {
			run = 0
			last = c
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	if letters >= 2 && uppers == letters {
		fl |= AllCaps
	}
	if letters == 0 && fl&Digit == 0 {
		fl |= Punct
	}
	lx.Shape = h
	lx.Flags = fl
}

func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:]
}
