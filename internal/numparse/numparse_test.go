package numparse

import (
	"strings"
	"testing"
)

func TestDigits(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"6,000", 6000, true}, {"15,000", 15000, true}, {"3.5", 3.5, true}, {"3.5m", 3.5e6, true},
		{"1.2bn", 1.2e9, true}, {"100M", 1e8, true}, {"10K", 1e4, true}, {"-4", -4, true},
		{"1,234.5", 1234.5, true}, {"1,00", 0, false}, {"abc", 0, false}, {"3.4.5", 0, false}, {"", 0, false},
		{"12345678", 12345678, true}, {"12,34,567.89", 1234567.89, true}, {"1,50,000", 150000, true},
		{"1,5,000", 0, false}, {"12,345,67", 0, false},
	}
	for _, c := range cases {
		got, ok := Digits(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("Digits(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestWords(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		n    int
		ok   bool
	}{
		{"two months", 2, 1, true},
		{"twenty-five soldiers", 25, 1, true},
		{"a hundred people", 100, 2, true},
		{"two hundred and five", 205, 4, true},
		{"1.5 million people", 1.5e6, 2, true},
		{"three thousand", 3000, 2, true},
		{"five six", 5, 1, true},
		{"thirty three", 33, 2, true},
		{"seven hundred twenty-one thousand and twelve", 721012, 6, true},
		{"three thousand million", 3e9, 3, true},
		{"two point two million", 2.2e6, 4, true},
		{"1 point 5", 1.5, 3, true},
		{"a dozen eggs", 12, 2, true},
		{"two dozen", 24, 2, true},
		{"minus five", -5, 2, true},
		{"five lakh", 5e5, 2, true},
		{"two hundred and five hundred", 200, 2, true},
		{"six thousand and ten", 6010, 4, true},
		{"two thirds of voters", 2.0 / 3, 2, true},
		{"one and a half", 1.5, 4, true},
		{"one billion and a half million", 1.0005e9, 6, true},
		{"one hundred and thirty fifths", 26, 5, true},
		{"five and a half million", 5.5e6, 5, true},
		{"half a million", 5e5, 3, true},
		{"a quarter of a million", 2.5e5, 5, true},
		{"a third of", 1.0 / 3, 2, true},
		{"a third term", 0, 0, false},
		{"fifty - two", 52, 3, true},
		{"fifty - five hundred", 5500, 4, true},
		{"one-eighth of", 0.125, 1, true},
		{"five - eighths", 0.625, 3, true},
		{"two hundred and two thousand", 202000, 5, true},
		{"hundred thousand dollars", 1e5, 2, true},
		{"hundred days", 0, 0, false},
		{"half a dozen", 6, 3, true},
		{"half a kilo", 0, 0, false},
		{"two and fifty-four hundredths", 2.54, 4, true},
		{"two hundred and fifty-four hundredths", 200.54, 5, true},
		{"one twenty-fifth", 0.04, 2, true},
		{"a trillionth", 1e-12, 2, true},
		{"three dzs", 36, 2, true},
		{"a half .", 0.5, 2, true},
		{"3 hundred and 21", 321, 4, true},
		{"4 thousand 3 hundred", 4300, 4, true},
		{"two thousand and two hundred", 2200, 5, true},
		{"2014 and 15", 2014, 1, true},
		// Compound ordinals as denominators; "and" keeps the tens in the
		// numerator.
		{"three twenty firsts", 3.0 / 21, 3, true},
		{"twenty twenty fifths", 20.0 / 25, 3, true},
		{"one hundred thirty fifths", 100.0 / 35, 4, true},
		{"one hundred thirty-fifths", 100.0 / 35, 3, true},
		{"one hundred thirty two fifths", 132.0 / 5, 5, true},
		{"one one hundred fifth", 1.0 / 105, 4, true},
		{"one one hundred and fifth", 1.0 / 105, 5, true},
		{"one twenty first century", 1, 1, true},
		{"five six", 5, 1, true},
		// Plural denominators after a scale or a number with a scale.
		{"a hundred trillionths", 1e-10, 3, true},
		{"a hundred thousand trillionths", 1e-7, 4, true},
		{"ninety - five hundred fifths", 1900, 5, true},
		{"ninety - five hundred-fifths", 1900, 4, true},
		{"one million two thousand two hundred three fifths", 1002203.0 / 5, 8, true},
		{"two hundred seconds", 200, 2, true},
		{"five hundred quarters", 500, 2, true},
		{"one hundred fifth anniversary", 100, 2, true},
		// Decimals said as a number after "point".
		{"two hundred point seventy-one", 200.71, 4, true},
		{"nought point eleven", 0.11, 3, true},
		{"two point seventy one", 2.71, 4, true},
		{"two point five", 2.5, 3, true},
		{"one point 200 people", 1, 1, true},
		{"1 point 5", 1.5, 3, true},
		{"0 point 77", 0.77, 3, true},
		// A dozen multiplies what follows the hundreds.
		{"three hundred and two dozens", 324, 5, true},
		{"two hundred dozen", 2400, 3, true},
		{"five dozen", 60, 2, true},
		// "and" adds no zero.
		{"4 thousand 3 hundred and 0", 4300, 4, true},
		{"three hundred and zero", 300, 2, true},
		// "a quarter point": a fraction before "point", not "a third point".
		{"a quarter point", 0.25, 2, true},
		{"a third point", 0, 0, false},
		{"nil", 0, 1, true},
		// Hundreds said without the word; crore abbreviated.
		{"one twenty two", 122, 3, true},
		{"nine ninety-nine", 999, 2, true},
		{"one twenty", 1, 1, true},
		{"one twenty two thousand", 1, 1, true},
		{"three hundred cr", 3e9, 3, true},
		{"three cr twelve lac fifty-six thousand seven hundred twenty-one", 31256721, 9, true},
		{"between", 0, 0, false},
		{"a man", 0, 0, false},
		{"people", 0, 0, false},
	}
	for _, c := range cases {
		got, n, ok := Words(strings.Fields(c.in))
		if ok != c.ok || n != c.n || (ok && got != c.want) {
			t.Errorf("Words(%q) = %v, %d, %v; want %v, %d, %v", c.in, got, n, ok, c.want, c.n, c.ok)
		}
	}
}
