// Package numparse reads numbers the way news text writes them: digits with
// separators and scale suffixes ("6,000", "3.5m", "1.2bn", "100M"), and
// English number words ("twenty-five", "a hundred", "1.5 million"). The
// figure and time extractors both build on it, so there is one reading of a
// number in crosscheck.
package numparse

import (
	"math"
	"strconv"
	"strings"
)

var units = map[string]float64{
	"zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "mln": 1e6, "bn": 1e9, "tn": 1e12, "k": 1e3,
	// "two dozen" is 24; South Asian English writes lakh (1e5) and crore (1e7).
	"dozen": 12, "lakh": 1e5, "lac": 1e5, "crore": 1e7, "dz": 12, "doz": 12, "lkh": 1e5, "krore": 1e7, "koti": 1e7,
	// Indian papers abbreviate crore: "Rs 300 cr".
	"cr": 1e7,
	// Wire copy abbreviates billion and trillion as bln and tln.
	"bln": 1e9, "tln": 1e12,
}

// Ordinals maps ordinal words to their number.
var Ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000, "millionth": 1e6, "billionth": 1e9,
	"trillionth": 1e12,
}

// Unit returns the value of a single number word below a hundred ("seven",
// "forty"), including hyphenated compounds ("twenty-five").
func Unit(w string) (float64, bool) {
	if v, ok := units[w]; ok {
		return v, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		a, ok1 := units[w[:i]]
		b, ok2 := units[w[i+1:]]
		if ok1 && ok2 && a >= 20 && a < 100 && b < 10 && int(a)%10 == 0 {
			return a + b, true
		}
	}
	return 0, false
}

// Fraction reads a hyphenated fraction word: "one-eighth", "three-fifths",
// "one-half", "three-quarters".
func Fraction(w string) (float64, bool) {
	i := strings.IndexByte(w, '-')
	if i <= 0 {
		return 0, false
	}
	num, ok := Unit(w[:i])
	if !ok || num == 0 || num >= 20 {
		return 0, false
	}
	den, ok := denominator(w[i+1:], num != 1)
	if !ok {
		return 0, false
	}
	return num / den, true
}

// Scale returns the multiplier of a scale word ("million" → 1e6).
func Scale(w string) (float64, bool) {
	v, ok := scales[strings.TrimSuffix(w, "s")]
	if w == "k" || w == "mn" || w == "bn" || w == "tn" || w == "mln" || w == "bln" || w == "tln" {
		v, ok = scales[w]
	}
	return v, ok
}

// Digits parses a number written in digits, with optional thousands
// separators, decimals and a scale suffix: "6,000", "3.5", "3.5m", "1.2bn",
// "100M", "10K", "−4". Plain digit strings with leading zeros or a wrong
// grouping ("1,00") are rejected.
func Digits(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	neg := false
	switch {
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "+"):
		neg = s[0] == '-'
		s = s[1:]
	case strings.HasPrefix(s, "−"):
		neg = true
		s = s[len("−"):]
	}
	mult := 1.0
	// Scale suffix.
	low := strings.ToLower(s)
	for _, suf := range [...]string{"bn", "tn", "mn", "mln", "m", "b", "k", "t"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf) {
			c := low[len(low)-len(suf)-1]
			if c >= '0' && c <= '9' {
				switch suf {
				case "bn", "b":
					mult = 1e9
				case "tn", "t":
					mult = 1e12
				case "mn", "mln", "m":
					mult = 1e6
				case "k":
					mult = 1e3
				}
				s = s[:len(s)-len(suf)]
				break
			}
		}
	}
	if s == "" || s[0] < '0' || s[0] > '9' {
		if !(len(s) > 1 && s[0] == '.' && s[1] >= '0' && s[1] <= '9') {
			return 0, false
		}
	}
	var b strings.Builder
	groups := strings.Split(s, ",")
	if indianGrouping(groups) {
		// "12,34,567.89", "1,50,000": lakhs and crores grouped by two.
		groups = []string{strings.Join(groups, "")}
	}
	if len(groups) > 1 {
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return 0, false
		}
		for i, g := range groups[1:] {
			if i == len(groups)-2 {
				// The last group may carry decimals: "1,234.5".
				if dot := strings.IndexByte(g, '.'); dot >= 0 {
					if dot != 3 {
						return 0, false
					}
					continue
				}
			}
			if len(g) != 3 {
				return 0, false
			}
		}
	}
	for _, g := range groups {
		b.WriteString(g)
	}
	plain := b.String()
	for i := 0; i < len(plain); i++ {
		c := plain[i]
		if (c < '0' || c > '9') && c != '.' {
			return 0, false
		}
	}
	if strings.Count(plain, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(plain, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, false
	}
	v *= mult
	if math.IsInf(v, 0) {
		// "999…9t" with 300 digits: finite digits, infinite with the scale.
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

// indianGrouping reports whether comma groups follow the South Asian
// system: one or two digits, then pairs, then three before any decimals
// ("12,34,567", "1,50,000.5").
func indianGrouping(groups []string) bool {
	if len(groups) < 3 || len(groups[0]) == 0 || len(groups[0]) > 2 {
		return false
	}
	last := groups[len(groups)-1]
	if dot := strings.IndexByte(last, '.'); dot >= 0 {
		last = last[:dot]
	}
	if len(last) != 3 {
		return false
	}
	for _, g := range groups[1 : len(groups)-1] {
		if len(g) != 2 {
			return false
		}
	}
	return true
}

// Words parses an English number at the start of words (lower-cased
// tokens): "twenty-five", "thirty three", "a hundred", "two hundred and
// five", "1.5 million", "3 hundred and 21", "two point two million", "three
// thousand million", "minus five", and fractions: "two thirds", "one and a
// half", "five and a half million", "half a million", "a quarter of a
// million". A digit string is read as the first word or right after a
// larger scale ("4 thousand 3 hundred"), so "6 000" is not joined. It
// returns the value and how many words it used.
//
// "and" joins only within one number ("two hundred and five", "two
// thousand and two hundred"), never two numbers of the same size ("between
// two hundred and five hundred" stops before "and"). A singular fraction
// word after "a" or "one" counts only before "of" or at the end ("a third
// of", not "a third term").
func Words(words []string) (float64, int, bool) {
	total, current := 0.0, 0.0
	lastBig := 0.0  // the last scale of a thousand or more applied
	maxScale := 0.0 // the largest scale seen
	lastScale := 0.0
	prevUnit := -1.0
	used := 0
	seen := false
	neg := false
	afterAnd := false
	i := 0
	if len(words) > 1 && (words[0] == "minus" || words[0] == "negative") {
		neg = true
		i = 1
	}
	first := i
	// "half a million", "a quarter of a million", "half million".
	if v, n, ok := fractionOfScale(words[i:]); ok {
		return finish(0, v, i+n, true, neg)
	}
	for ; i < len(words); i++ {
		w := words[i]
		if (w == "a" || w == "an") && i == first {
			// "a hundred", "a million": needs a scale next; "a half", "a
			// third of": a fraction.
			if i+1 < len(words) {
				if _, ok := Scale(words[i+1]); ok && words[i+1] != "k" {
					current = 1
					continue
				}
				if den, ok := denominator(words[i+1], false); ok && (fractionEnds(words, i+2) || pointAfter(words, i+1)) {
					current = 1 / den
					used = i + 2
					seen = true
					prevUnit = -1
					i++
					continue
				}
			}
			return 0, 0, false
		}
		if w == "and" {
			if !seen || i+1 >= len(words) {
				break
			}
			// "one and a half", "three million and a quarter".
			if f, n, ok := andFraction(words[i+1:]); ok {
				nextScale := false
				if i+1+n < len(words) {
					_, nextScale = Scale(words[i+1+n])
				}
				if current == 0 && lastBig > 0 && !nextScale {
					f *= lastBig
				}
				current += f
				i += n
				used = i + 1
				prevUnit = -1
				continue
			}
			if total+current < 100 {
				break
			}
			// "and" never adds a zero: "4 thousand 3 hundred and 0 are two
			// numbers".
			if u, ok := Unit(words[i+1]); !ok {
				if v, ok := Digits(words[i+1]); !ok || v >= 100 || v != math.Trunc(v) || v == 0 {
					break
				}
			} else if u == 0 {
				break
			}
			if i+2 < len(words) {
				// "two hundred and five hundred" is two numbers; "two
				// hundred and two thousand" one.
				if m, ok := Scale(words[i+2]); ok && m >= maxScale && !(maxScale < 1000 && m >= 1000 && total == 0) {
					break
				}
			}
			afterAnd = true
			continue
		}
		if w == "point" && seen && current == math.Trunc(current) && i+1 < len(words) {
			// "one point five", "1 point 5"; but a word then digits is
			// not how a decimal is said: "at one point 200 people".
			if nx := words[i+1]; nx != "" && nx[0] >= '0' && nx[0] <= '9' && !digitsBefore(words[first:i]) {
				break
			}
			frac, n := decimals(words[i+1:])
			if n == 0 {
				break
			}
			current += frac
			i += n
			used = i + 1
			prevUnit = -1
			continue
		}
		// "fifty - two", "one - fourth", "five - eighths": text that spaces
		// its hyphens.
		if (w == "-" || w == "–") && prevUnit >= 0 && i+1 < len(words) {
			nx := words[i+1]
			if v, ok := Unit(nx); ok && prevUnit >= 20 && int(prevUnit)%10 == 0 && prevUnit < 100 && v > 0 && v < 10 {
				current += v
				i++
				used = i + 1
				prevUnit = -1
				continue
			}
			if den, ok := denominator(nx, prevUnit != 1); ok && total == 0 && current == prevUnit {
				current /= den
				i++
				used = i + 1
				prevUnit = -1
				continue
			}
			break
		}
		if f, ok := Fraction(w); ok && !seen {
			current, used, seen, prevUnit = f, i+1, true, -1
			continue
		}
		if v, ok := Unit(w); ok {
			if seen && !afterAnd && i+1 < len(words) && v >= 20 && v < 100 && int(v)%10 == 0 {
				// "one hundred thirty fifths" is 100/35: a tens word
				// straight before an ordinal makes a compound ordinal
				// ("thirty-fifth"), the denominator of what came before
				// ("one hundred and thirty fifths", with "and", is 130/5).
				num := total + current
				if o, ok := Ordinals[strings.TrimSuffix(words[i+1], "s")]; ok && o < 10 && num > 0 && num == math.Trunc(num) {
					if plural := strings.HasSuffix(words[i+1], "s"); plural == (num != 1) && (plural || fractionEnds(words, i+2)) {
						return finish(0, num/(v+float64(o)), i+2, true, neg)
					}
				}
			}
			if prevUnit >= 0 {
				// "thirty three" is one number; "five six" is two.
				if !(prevUnit >= 20 && int(prevUnit)%10 == 0 && v < 10) {
					// "three twenty firsts", "one one hundred fifth": a
					// number, then a compound ordinal as its denominator.
					if num := total + current; num > 0 && num == math.Trunc(num) {
						if den, n, plural, ok := ordinalPhrase(words[i:]); ok && plural == (num != 1) && (plural || fractionEnds(words, i+n)) {
							return finish(0, num/den, i+n, true, neg)
						}
					}
					// "one twenty two", "nine ninety-nine": hundreds said
					// without the word, as numbers are read aloud.
					if total == 0 && current == prevUnit && prevUnit > 0 && prevUnit < 10 && v >= 20 && v < 100 && !afterAnd {
						n := 1
						if int(v)%10 == 0 && i+1 < len(words) {
							if u, ok := Unit(words[i+1]); ok && u > 0 && u < 10 {
								v += u
								n = 2
							}
						}
						if int(v)%10 != 0 {
							if i+n < len(words) {
								if _, ok := Unit(words[i+n]); ok {
									break
								}
								if _, ok := Scale(words[i+n]); ok {
									break
								}
							}
							return finish(0, prevUnit*100+v, i+n, true, neg)
						}
					}
					break
				}
			} else if seen && current != 0 && int(current)%100 != 0 {
				break
			}
			current += v
			used = i + 1
			seen = true
			prevUnit = v
			afterAnd = false
			continue
		}
		if v, ok := Digits(w); ok {
			// First word, or a smaller part after a scale: "4 thousand 3
			// hundred and 21".
			switch {
			case !seen && i == first:
			case seen && prevUnit < 0 && lastScale > v && v == math.Trunc(v) && (current == 0 || afterAnd):
			default:
				return finish(total, current, used, seen, neg)
			}
			current += v
			used = i + 1
			seen = true
			prevUnit = -1
			afterAnd = false
			continue
		}
		// "hundred thousand": a bare hundred before a larger scale.
		if w == "hundred" && !seen && i == first && i+1 < len(words) {
			if m, ok := Scale(words[i+1]); ok && m >= 1000 && words[i+1] != "k" {
				current = 1
			}
		}
		if m, ok := Scale(w); ok && (seen || current == 1) && w != "k" {
			prevUnit = -1
			afterAnd = false
			switch {
			case m < 1000:
				// hundred, dozen
				if current == 0 {
					if total == 0 {
						current = 1
					} else {
						return finish(total, current, used, seen, neg)
					}
				}
				if h := math.Floor(current/100) * 100; m == 12 && h > 0 && current > h {
					// "three hundred and two dozen" is 300 + 24, as
					// "two hundred dozen" is 2,400.
					current = h + (current-h)*m
				} else {
					current *= m
				}
			case current == 0 && total > 0 && m > lastBig:
				// "three thousand million"
				total *= m
				lastBig = m
			case lastBig != 0 && m > lastBig:
				total = (total + current) * m
				current = 0
				lastBig = m
			default:
				if current == 0 {
					current = 1
				}
				total += current * m
				current = 0
				lastBig = m
			}
			lastScale = m
			maxScale = max(maxScale, m)
			used = i + 1
			seen = true
			continue
		}
		// "two thirds", "one fifth of", "twenty one fifths", and after a
		// scale or a larger number, with the plural: "ninety-five hundred
		// fifths", "a hundred trillionths", "one million two thousand two
		// hundred three fifths" (the whole number is the numerator).
		if seen && prevUnit >= 0 && total == 0 {
			if den, ok := denominator(w, current != 1); ok && (current != 1 || fractionEnds(words, i+1)) {
				current /= den
				used = i + 1
				prevUnit = -1
				continue
			}
		}
		if seen && used == i && (prevUnit >= 0 || lastScale > 0 && lastScale == scaleAt(words, i-1)) && total+current != 1 &&
			w != "halves" && w != "quarters" {
			if den, ok := denominator(w, true); ok {
				return finish(0, (total+current)/den, i+1, true, neg)
			}
		}
		// "ninety - five hundred-fifths": a scale hyphenated to the
		// denominator.
		if seen && used == i && total == 0 && current > 1 {
			if a, b, ok := strings.Cut(w, "-"); ok {
				if m, ok := Scale(a); ok && m >= 100 && a != "k" {
					if den, ok := denominator(b, true); ok && b != "halves" && b != "quarters" {
						return finish(0, current*m/den, i+1, true, neg)
					}
				}
			}
		}
		break
	}
	return finish(total, current, used, seen, neg)
}

// denominator reads a fraction word: "half", "thirds", "quarter", "fifth".
// plural asks for the plural form ("two thirds"), otherwise the singular.
func denominator(w string, plural bool) (float64, bool) {
	switch w {
	case "half":
		return 2, !plural
	case "halves":
		return 2, plural
	case "quarter":
		return 4, !plural
	case "quarters":
		return 4, plural
	}
	if plural {
		if !strings.HasSuffix(w, "s") {
			return 0, false
		}
		w = w[:len(w)-1]
	}
	n, ok := Ordinals[w]
	if !ok {
		// "twenty-fifth", "thirty-second".
		if i := strings.IndexByte(w, '-'); i > 0 {
			t, ok1 := units[w[:i]]
			o, ok2 := Ordinals[w[i+1:]]
			if ok1 && ok2 && t >= 20 && t < 100 && int(t)%10 == 0 && o < 10 {
				return t + float64(o), true
			}
		}
		return 0, false
	}
	if n < 3 {
		return 0, false
	}
	return float64(n), true
}

// scaleAt returns the multiplier of the scale word at i, 0 if it is none.
func scaleAt(words []string, i int) float64 {
	if i < 0 || i >= len(words) || words[i] == "k" {
		return 0
	}
	m, _ := Scale(words[i])
	return m
}

// ordinalPhrase reads an ordinal written as a number phrase whose last word
// is the ordinal: "twenty firsts" (21), "one hundred fifth", "one hundred
// and fifth" (105), or a single ordinal word. It returns the ordinal, the
// words used and whether the last word is plural.
func ordinalPhrase(words []string) (den float64, n int, plural bool, ok bool) {
	for k := 0; k < len(words) && k < 8; k++ {
		w := words[k]
		base := strings.TrimSuffix(w, "s")
		if o, isOrd := Ordinals[base]; isOrd {
			if k == 0 {
				return 0, 0, false, false
			}
			head := words[:k]
			if head[len(head)-1] == "and" {
				head = head[:len(head)-1]
			}
			v, cnt, ok := Words(head)
			if !ok || cnt != len(head) || v < 1 || v != math.Trunc(v) {
				return 0, 0, false, false
			}
			switch {
			case o < 100 && (int(v)%100 == 0 || o < 10 && int(v)%10 == 0):
				den = v + float64(o) // "one hundred fifth", "twenty first"
			case o >= 100 && v < float64(o):
				den = v * float64(o) // "one hundred thousandth"
			default:
				return 0, 0, false, false
			}
			return den, k + 1, base != w, true
		}
		if _, isUnit := Unit(w); !isUnit && w != "and" {
			if _, isScale := Scale(w); !isScale || w == "k" {
				return 0, 0, false, false
			}
		}
	}
	return 0, 0, false, false
}

// digitsBefore reports whether the last word of a number is written in
// digits.
func digitsBefore(words []string) bool {
	if len(words) == 0 {
		return false
	}
	w := words[len(words)-1]
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// pointAfter reports whether "a quarter" or "a half" at i is a fraction of
// a percentage point: "a quarter point", "a half percentage point" (not
// "a third point", an ordinal).
func pointAfter(words []string, i int) bool {
	if i+1 >= len(words) || words[i] != "quarter" && words[i] != "half" {
		return false
	}
	return words[i+1] == "point" || words[i+1] == "percentage"
}

// fractionEnds reports whether a singular fraction ending before word i
// stands as a quantity: at the end, or before "of" or "and".
func fractionEnds(words []string, i int) bool {
	if i >= len(words) || words[i] == "of" || words[i] == "and" || words[i] == "a" {
		return true
	}
	// Punctuation ends it too: "below a half."
	w := words[i]
	return w != "" && !(w[0] >= 'a' && w[0] <= 'z') && !(w[0] >= '0' && w[0] <= '9') && w[0] < 0x80
}

// andFraction reads "a half", "one fourth", "three quarters" after "and".
func andFraction(words []string) (float64, int, bool) {
	if len(words) < 2 {
		return 0, 0, false
	}
	num := 0.0
	switch w := words[0]; {
	case w == "a" || w == "an":
		num = 1
	default:
		v, ok := Unit(w)
		if !ok || v == 0 {
			return 0, 0, false
		}
		num = v
	}
	den, ok := denominator(words[1], num != 1)
	if !ok || num >= 10 && num >= den {
		return 0, 0, false // "one hundred and thirty fifths" is 130/5; "and fifty-four hundredths" is .54
	}
	return num / den, 2, true
}

// fractionOfScale reads "half a million", "half million", "a quarter of a
// million", "two thirds of a million".
func fractionOfScale(words []string) (float64, int, bool) {
	f, i := 0.0, 0
	switch {
	case len(words) > 1 && words[0] == "half":
		f, i = 0.5, 1
	case len(words) > 1 && words[0] == "quarter":
		f, i = 0.25, 1
	case len(words) > 2 && (words[0] == "a" || words[0] == "one") && words[1] == "quarter":
		f, i = 0.25, 2
	case len(words) > 2 && words[0] == "a" && words[1] == "half":
		f, i = 0.5, 2
	case len(words) > 2:
		v, ok := Unit(words[0])
		if !ok || v == 0 {
			return 0, 0, false
		}
		den, ok := denominator(words[1], v != 1)
		if !ok {
			return 0, 0, false
		}
		f, i = v/den, 2
	default:
		return 0, 0, false
	}
	if i < len(words) && words[i] == "of" {
		i++
	}
	if i < len(words) && (words[i] == "a" || words[i] == "an") {
		i++
	}
	if i >= len(words) {
		return 0, 0, false
	}
	m, ok := Scale(words[i])
	if !ok || (m < 1000 && m != 12) || words[i] == "k" {
		return 0, 0, false // "half a dozen" is 6
	}
	return f * m, i + 1, true
}

// decimals reads the digits after "point": "77" or "two five" → 0.77, 0.25.
func decimals(words []string) (float64, int) {
	if len(words) == 0 {
		return 0, 0
	}
	w := words[0]
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		for j := 0; j < len(w); j++ {
			if w[j] < '0' || w[j] > '9' {
				return 0, 0
			}
		}
		v, err := strconv.ParseFloat("0."+w, 64)
		if err != nil {
			return 0, 0
		}
		return v, 1
	}
	// "point seventy-one", "point eleven": two digits said as one number.
	if v, ok := Unit(w); ok && v >= 10 {
		n := 1
		if int(v)%10 == 0 && len(words) > 1 {
			if u, ok := Unit(words[1]); ok && u > 0 && u < 10 {
				v += u
				n = 2
			}
		}
		return v / 100, n
	}
	frac, scale, n := 0.0, 0.1, 0
	for _, w := range words {
		v, ok := Unit(w)
		if !ok || v >= 10 {
			break
		}
		frac += v * scale
		scale /= 10
		n++
	}
	return frac, n
}

func finish(total, current float64, used int, seen, neg bool) (float64, int, bool) {
	if !seen {
		return 0, 0, false
	}
	v := total + current
	if math.IsInf(v, 0) || math.IsNaN(v) {
		// A 300-digit number times "trillion": no figure rather than +Inf,
		// which the JSON contract cannot carry.
		return 0, 0, false
	}
	if neg {
		v = -v
	}
	return v, used, true
}
