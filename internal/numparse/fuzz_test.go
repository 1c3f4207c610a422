package numparse

import (
	"math"
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary text to both readers. Digits and Words sit under
// every figure and time in the document, and a figure value reaches the JSON
// contract, so neither may panic, and a number they accept must be finite
// (encoding/json refuses NaN and ±Inf) and, for Words, use at least one and
// at most all of the words it was given.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"6,000", "3.5m", "1.2bn", "−4", "1,234.5", "1,00", ".5", "100M",
		"two hundred and five", "one and a half million", "a quarter of a million", "minus five",
		"two point two million", "three thousand million", "4 thousand 3 hundred and 21", "half",
		"1" + strings.Repeat("0", 300) + " trillion", strings.Repeat("9", 300) + "t",
		"one hundred thirty fifths", "one one hundred and fifth", "a hundred trillionths", "one twenty two",
		"ninety - five hundred-fifths", "point seventy-one", "three hundred and two dozens", "three cr twelve lac",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, ok := Digits(s); ok && (math.IsInf(v, 0) || math.IsNaN(v)) {
			t.Errorf("Digits(%q) = %v, accepted", s, v)
		}
		for _, w := range strings.Fields(s) {
			if v, ok := Unit(w); ok && (v < 0 || v >= 100) {
				t.Errorf("Unit(%q) = %v", w, v)
			}
			if v, ok := Scale(w); ok && v < 12 {
				t.Errorf("Scale(%q) = %v", w, v)
			}
		}
		words := strings.Fields(strings.ToLower(s))
		v, n, ok := Words(words)
		if !ok {
			return
		}
		if n < 1 || n > len(words) {
			t.Errorf("Words(%q) used %d of %d words", words, n, len(words))
		}
		if math.IsInf(v, 0) || math.IsNaN(v) {
			t.Errorf("Words(%q) = %v, accepted", words, v)
		}
	})
}
