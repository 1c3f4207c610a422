package timex

import (
	"math"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/numparse"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// fastPathWords mixes the cases the fast paths branch on: ASCII and not,
// capitals, hyphens, digits, signs, number words and plain words.
var fastPathWords = []string{
	"", "a", "an", "the", "The", "THE NEXT", "the next two years", "The Next", "year-ago", "Year-Earlier quarter",
	"early 1990s", "Late 2024", "mid-1980s", "Mid-March", "previous Friday", "The Previous friday", "this quarter",
	"This Quarter", "last year", "Last Year", "the first two quarters", "The Last Two Quarters", "İstanbul", "Kelvin",
	"the ẞ quarter", "Straße", "half", "half-past", "three", "twenty-five", "twelve", "thirteen", "one", "zero", "hundred",
	"thousand", "minus", "negative", "quarter", "officials", "2,000", "2024", "007", "-5", "+3", ".5", "−4", "12a",
	"3:30", "3.30", "12/2024", "2024-05", "a1", "\xff", "k", "dozen", strings.Repeat("9", 400),
}

// TestDigitsValue checks the plain-digit fast path against numparse.Digits.
func TestDigitsValue(t *testing.T) {
	for _, w := range fastPathWords {
		v, ok := digitsValue(w)
		want, wantOK := numparse.Digits(w)
		if ok != wantOK || v != want && !(math.IsNaN(v) && math.IsNaN(want)) {
			t.Errorf("digitsValue(%q) = %v, %v; numparse.Digits = %v, %v", w, v, ok, want, wantOK)
		}
	}
}

// TestMayStartNumber checks that the guard never turns away a word
// numparse.Words reads a number from.
func TestMayStartNumber(t *testing.T) {
	for _, w := range fastPathWords {
		for _, next := range []string{"", "million", "half", "thirds", "of", "and", "a"} {
			if _, _, ok := numparse.Words([]string{w, next, "million"}); ok && !mayStartNumber(w) {
				t.Errorf("mayStartNumber(%q) = false, but Words reads %q %q", w, w, next)
			}
		}
	}
	for _, w := range []string{"officials", "the", "week", "said"} {
		if mayStartNumber(w) {
			t.Errorf("mayStartNumber(%q) = true, want false", w)
		}
	}
}

// TestLowerCompare checks lowerIs, lowerHasPrefix and lowerHasSuffix
// against the strings.ToLower expressions they replace.
func TestLowerCompare(t *testing.T) {
	targets := []string{"the next", "year-ago", "the ", "this quarter", "last year", "previous ", "last two quarters", "k", ""}
	for _, s := range fastPathWords {
		l := strings.ToLower(s)
		for _, tg := range targets {
			if got, want := lowerIs(s, tg), l == tg; got != want {
				t.Errorf("lowerIs(%q, %q) = %v, want %v", s, tg, got, want)
			}
			if got, want := lowerHasPrefix(s, tg), strings.HasPrefix(l, tg); got != want {
				t.Errorf("lowerHasPrefix(%q, %q) = %v, want %v", s, tg, got, want)
			}
			if got, want := lowerHasSuffix(s, tg), strings.HasSuffix(l, tg); got != want {
				t.Errorf("lowerHasSuffix(%q, %q) = %v, want %v", s, tg, got, want)
			}
		}
	}
}

// TestByteScans checks hasDigit and indexEither against the strings
// functions they replace.
func TestByteScans(t *testing.T) {
	for _, s := range fastPathWords {
		if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("hasDigit(%q) = %v, want %v", s, got, want)
		}
		if got, want := indexEither(s, ':', '.'), strings.IndexAny(s, ":."); got != want {
			t.Errorf("indexEither(%q, ':', '.') = %d, want %d", s, got, want)
		}
		if got, want := indexEither(s, '/', '-'), strings.IndexAny(s, "/-"); got != want {
			t.Errorf("indexEither(%q, '/', '-') = %d, want %d", s, got, want)
		}
	}
}

// TestSpokenHourStart checks the guard against the test spokenClock made
// after splitting: the first hyphen part is "half" or an hour word.
func TestSpokenHourStart(t *testing.T) {
	cases := map[string]bool{
		"half": true, "half-past": true, "three": true, "twelve-thirty": true, "thirteen": false, "zero": false,
		"3": false, "officials": false, "": false, "one": true, "five-thirty": true,
	}
	for w, want := range cases {
		if got := spokenHourStart(w); got != want {
			t.Errorf("spokenHourStart(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCountMemo checks that count's remembered answers are countAt's,
// whatever order the tokens are asked in and when the sentence bounds
// change under it.
func TestCountMemo(t *testing.T) {
	d := doc.New(doc.Article{Text: "about two dozen troops crossed in 48 hours , a couple of days and three and a half weeks later", Published: pub})
	tokenize.Tokenize(d)
	p := parser{d: d, toks: d.Tokens, joinFrom: -1}
	n := len(d.Tokens)
	check := func(i int) {
		v, e, ok := p.count(i)
		wv, we, wok := p.countAt(i)
		if v != wv || e != we || ok != wok {
			t.Errorf("count(%d) in [%d, %d) = %v, %d, %v; countAt = %v, %d, %v", i, p.first, p.limit, v, e, ok, wv, we, wok)
		}
	}
	for _, lim := range []int{n, 2, n} {
		p.first, p.limit = 0, lim
		for i := 0; i < n; i++ {
			check(i)
		}
		for i := n - 1; i >= 0; i-- {
			check(i)
		}
	}
	if v, _, ok := p.count(1); !ok || v != 24 {
		t.Errorf("count(\"two dozen\") = %v, %v; want 24", v, ok)
	}
}
