package figure

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/numparse"
)

// numTok is what one token says as a number: "6,000", "6,000+", "~300",
// "10-20", "3.5m", "10km", "15,000-strong", "10$".
type numTok struct {
	v, v2  float64
	rng    bool    // "10-20"
	scale  float64 // multiplier of a glued scale suffix ("3.5m"), 1 if none
	cur    string  // glued currency ("10$")
	unit   string  // glued unit ("10km", "3-inch")
	plus   bool    // "6,000+", "40-plus"
	tilde  bool    // "~300"
	odd    bool    // "40,000-odd": about so many
	strong bool    // "15,000-strong": a force size
	plain  bool    // bare digits: no separator, decimal point or suffix
	frac   bool    // a fraction in digits ("3/4")
	ndig   int     // digits before any decimal point
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// startsDigit reports whether a token may be a number in digits.
func startsDigit(s string) bool {
	if s == "" {
		return false
	}
	if _, n := codePrefix(s); n > 0 {
		return true
	}
	c := s[0]
	if isDigit(c) {
		return true
	}
	if (c == '~' || c == '.' || c == '-' || c == '+') && len(s) > 1 && isDigit(s[1]) {
		return true
	}
	if c >= 0x80 {
		for _, vf := range vulgar {
			if strings.HasPrefix(s, vf.r) {
				return true
			}
		}
	} else if c != '$' && c != 'u' {
		return false // every symbol starts so ("$", "us$") or is not ASCII
	}
	for _, cs := range currencySymbols {
		if strings.HasPrefix(s, cs.sym) && len(s) > len(cs.sym) && isDigit(s[len(cs.sym)]) {
			return true
		}
	}
	return strings.HasPrefix(s, "−") && len(s) > len("−") && isDigit(s[len("−")])
}

// codePrefix finds a currency code glued before digits: "usd3.14",
// "rs20", "nzd$15". It returns the code and the prefix length.
func codePrefix(s string) (string, int) {
	c := s[0]
	if c < 'a' || c > 'z' {
		return "", 0
	}
	i := 1
	for i < len(s) && i < 5 && !isDigit(s[i]) {
		i++
	}
	if i >= len(s) || !isDigit(s[i]) || i > 4 {
		return "", 0
	}
	if code, ok := currencyPrefix[s[:i]]; ok {
		return code, i
	}
	return "", 0
}

// readNumTok reads a token (its lower-cased text) as a number. It rejects
// what only looks like one: ordinals ("5th"), decades ("1990s"), times
// ("18:30"), scores ("3-2"), phone numbers ("555-1234"), year spans
// ("2014-15"), model names ("F-16"), ages ("15-year-old"), IP addresses and
// versions ("1.2.3") and fractions unless fractions is set.
func readNumTok(s string, fractions bool) (n numTok, ok bool) {
	n.scale = 1
	if !startsDigit(s) {
		return n, false
	}
	if strings.HasPrefix(s, "~") {
		n.tilde = true
		s = s[1:]
	}
	// A unit in brackets glued to the number: "45{kg)", "20(kg)".
	if i := strings.IndexAny(s, "({["); i > 0 && isDigit(s[i-1]) {
		u := units[strings.Trim(s[i:], "(){}[]")]
		if u == "" {
			return n, false
		}
		n.unit = u
		s = s[:i]
	}
	// Vulgar fractions: "½", "2½".
	for _, vf := range vulgar {
		if strings.HasSuffix(s, vf.r) {
			whole := 0.0
			if rest := s[:len(s)-len(vf.r)]; rest != "" {
				v, ok := numparse.Digits(rest)
				if !ok || strings.ContainsAny(rest, ".,") {
					return n, false
				}
				whole = v
			}
			n.v = whole + vf.v
			return n, true
		}
	}
	if code, i := codePrefix(s); i > 0 {
		n.cur = code
		s = s[i:]
	}
	for _, cs := range currencySymbols {
		if strings.HasPrefix(s, cs.sym) && len(s) > len(cs.sym) && isDigit(s[len(cs.sym)]) {
			n.cur = cs.code
			s = s[len(cs.sym):]
			break
		}
		if strings.HasSuffix(s, cs.sym) && len(s) > len(cs.sym) {
			n.cur = cs.code
			s = s[:len(s)-len(cs.sym)]
			break
		}
	}
	if strings.HasSuffix(s, "+") && len(s) > 1 {
		n.plus = true
		s = s[:len(s)-1]
	}
	if strings.HasSuffix(s, "%") && len(s) > 1 {
		n.unit = "percent"
		s = s[:len(s)-1]
	}
	// Units glued that hold a slash or end in a digit: "10km/hr", "24703m2".
	if i := strings.IndexFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' }); i > 0 && isDigit(s[i-1]) &&
		(strings.IndexByte(s[i:], '/') >= 0 || isDigit(s[len(s)-1])) {
		if u := units[s[i:]]; u != "" {
			n.unit = u
			s = s[:i]
		}
	}
	if strings.ContainsAny(s, ":/") {
		i := strings.IndexByte(s, '/')
		if i <= 0 || strings.IndexByte(s, ':') >= 0 {
			return n, false
		}
		a, ok1 := numparse.Digits(s[:i])
		b, ok2 := numparse.Digits(s[i+1:])
		if !ok1 || !ok2 || b == 0 {
			return n, false
		}
		// In running text only a proper fraction ("3/4") may be one; the
		// caller checks what follows ("9/11 attacks" is a name).
		if !fractions && (math.Abs(a) >= b || b < 2 || strings.ContainsAny(s, ".,") || s[0] == '0') {
			return n, false
		}
		n.v = a / b
		n.frac = true
		return n, true
	}
	if v, ok := scientific(s); ok {
		n.v = v
		return n, true
	}
	if v, ok := power(s); ok {
		n.v = v
		return n, true
	}
	// A hyphenated word after the number: "15,000-strong", "3-inch",
	// "40-plus", "12-member".
	if i := strings.IndexByte(s, '-'); i > 0 {
		r, _ := utf8.DecodeRuneInString(s[i+1:])
		if unicode.IsLetter(r) {
			suf := s[i+1:]
			switch {
			case suf == "strong":
				n.strong = true
			case currencyNames[suf] != "" && !strings.HasSuffix(suf, "s"):
				n.cur = currencyNames[suf] // "a 12-cent dividend", "one-yen"
			case perShare(suf) != "":
				n.cur = perShare(suf) // "a 12-cent-a-share dividend"
			case isUnitWord(suf):
				return n, false // "7-Eleven": a name
			case suf == "plus":
				n.plus = true
			case suf == "percent" || suf == "per-cent" || suf == "pct":
				n.unit = "percent" // "a 20-percent rise"
			case scaleWord(suf) > 0:
				// "a $2.5-billion deal"
				n.scale = scaleWord(suf)
			case strings.HasSuffix(suf, "-plus") && scaleWord(strings.TrimSuffix(suf, "-plus")) > 0:
				n.scale = scaleWord(strings.TrimSuffix(suf, "-plus")) // "a $1-billion-plus project"
				n.plus = true
			case strings.HasSuffix(suf, "-strong") && scaleWord(strings.TrimSuffix(suf, "-strong")) > 0:
				n.scale = scaleWord(strings.TrimSuffix(suf, "-strong")) // "a 2-million-strong army"
				n.strong = true
			case suf == "odd":
				n.odd = true
			case suf == "fold":
				n.unit = "times" // "a 20-fold rise"
			case suf == "bit":
				n.unit = "bit" // "a 16-bit chip"
			case strings.HasSuffix(suf, "-old") || strings.HasPrefix(suf, "year") ||
				strings.HasPrefix(suf, "day") || strings.HasPrefix(suf, "week") ||
				strings.HasPrefix(suf, "month") || strings.HasPrefix(suf, "hour") ||
				strings.HasPrefix(suf, "minute") || strings.HasPrefix(suf, "second") ||
				strings.HasPrefix(suf, "decade") || strings.HasPrefix(suf, "century"):
				return n, false // an age or a duration
			case strings.HasPrefix(suf, "square-"):
				if u, ok := squareUnits[suf[len("square-"):]]; ok {
					n.unit = u // "150,000-square-foot"
				}
			case dimWords[suf] && strings.HasSuffix(s[:i], "m") && i > 1 && isDigit(s[i-2]):
				n.unit = "m" // "a 3m-high wall": metres, not millions
				s = s[:i-1]
				i--
			default:
				// "10-metre-long", "a 20-km-wide strip"
				for _, dim := range [...]string{"-long", "-wide", "-high", "-tall", "-deep", "-thick"} {
					suf = strings.TrimSuffix(suf, dim)
				}
				if u, ok := units[suf]; ok && u != "" {
					n.unit = u
				} else if u, ok := units[strings.TrimSuffix(suf, "s")]; ok && u != "" {
					n.unit = u
				}
			}
			s = s[:i]
		}
	}
	for _, dash := range [...]string{"-", "–", "—", "~"} {
		i := strings.Index(s, dash)
		if i <= 0 {
			continue
		}
		a, b := s[:i], s[i+len(dash):]
		if strings.HasSuffix(a, "%") && len(a) > 1 {
			a, n.unit = a[:len(a)-1], "percent" // "20%-30%", the tokenizer splits the last sign off
		}
		// "$10-$20": the symbol again on the second number.
		for _, cs := range currencySymbols {
			if (n.cur == "" || cs.code == n.cur) && strings.HasPrefix(b, cs.sym) && len(b) > len(cs.sym) && isDigit(b[len(cs.sym)]) {
				b, n.cur = b[len(cs.sym):], cs.code
				break
			}
		}
		va, ok1 := numparse.Digits(a)
		vb, ok2 := numparse.Digits(b)
		if !ok1 || !ok2 || strings.ContainsAny(b, "-–—") {
			return n, false
		}
		la, lb := digitsBeforePoint(a), digitsBeforePoint(b)
		switch {
		case va >= vb: // a score or a year span written short ("2014-15")
			return n, false
		case la == 4 && va >= 1000 && va <= 2100 && (lb == 2 || (lb == 4 && vb <= 2100)):
			return n, false // "2014-2016", "1995-01"
		case ((la == 3 || la == 4 || la == 2) && lb == 4 && !strings.HasSuffix(b, "00")) || a[0] == '0' || b[0] == '0':
			return n, false // phone and id patterns
		}
		// "10-20m": a scale on the second number carries to the first.
		sa, sb := scaleOf(a), scaleOf(b)
		if sa == 1 && sb > 1 {
			va *= sb
		}
		n.v, n.v2, n.rng = va, vb, true
		n.ndig = la
		return n, true
	}
	// Letters glued after the digits: a scale ("3.5m"), a unit ("10km") or
	// something that makes it no count ("5th", "1990s", "9am").
	j := len(s)
	for j > 0 && !isDigit(s[j-1]) && s[j-1] != '.' {
		j--
	}
	if j < len(s) {
		suf := s[j:]
		switch suf {
		case "m", "b", "bn", "k", "mn", "mln", "tn":
			n.scale = scaleOf(s)
		case "mil":
			n.scale = 1e6 // "2mil"
			s = s[:j] + "m"
		case "t":
			// "$2t" is two trillion, "100t" a hundred tonnes; matchAt
			// decides once it knows the currency.
			n.unit = "t"
			s = s[:j]
		default:
			if u, ok := units[suf]; ok && u != "" {
				n.unit = u
				s = s[:j]
			} else if suf == "f" {
				n.unit = "°F" // "95F"; readCore wants the capital
				s = s[:j]
			} else if suf == "pc" || suf == "pct" {
				n.unit = "percent" // "12pc", as British papers write it
				s = s[:j]
			} else if suf == "c" {
				n.cur = "USc" // "43c"; readCore reads "35C" as Celsius
				s = s[:j]
			} else if suf == "p" {
				n.cur = "GBp" // "shares fell 5p to 230p"; "1080p" is checked below
				s = s[:j]
			} else if c, ok := currencyPrefix[suf]; ok && len(suf) >= 2 {
				n.cur = c // "42MYR"
				s = s[:j]
			} else {
				return n, false
			}
		}
	}
	if strings.Count(s, ".") > 1 {
		return n, false // versions, IP addresses
	}
	v, ok := numparse.Digits(s)
	if !ok {
		return n, false
	}
	if n.cur == "GBp" && videoLines[v] {
		return n, false // "720p", "1080p": a video resolution
	}
	if hy := scaleOf(s); n.scale > 1 && hy == 1 {
		v *= n.scale // the scale was a hyphenated word, not a suffix Digits read
		if !finite(v) {
			return n, false
		}
	}
	n.v = v
	n.ndig = digitsBeforePoint(s)
	n.plain = n.scale == 1 && !strings.ContainsAny(s, ",.") && n.unit == "" && n.cur == "" && !n.plus
	return n, true
}

// videoLines are the line counts video resolutions are named by ("1080p").
var videoLines = map[float64]bool{144: true, 240: true, 360: true, 480: true, 576: true, 720: true, 1080: true, 1440: true, 2160: true, 4320: true}

// scaleWord returns the multiplier of a scale word of a thousand or more
// ("million"), 0 for any other word.
func scaleWord(w string) float64 {
	switch w {
	case "thousand":
		return 1e3
	case "million":
		return 1e6
	case "billion":
		return 1e9
	case "trillion":
		return 1e12
	}
	return 0
}

// perShare reads the currency of "cent-a-share", "dollar-per-share": an
// amount per unit glued by hyphens, as financial copy writes dividends.
func perShare(suf string) string {
	name, rest, ok := strings.Cut(suf, "-")
	if !ok || strings.HasSuffix(name, "s") {
		return ""
	}
	if !strings.HasPrefix(rest, "a-") && !strings.HasPrefix(rest, "per-") && !strings.HasPrefix(rest, "an-") {
		return ""
	}
	return currencyNames[name]
}

// scientific reads "1e10", "-12.32e+14", "1.3x10^6", "6.23x10^-4".
func scientific(s string) (float64, bool) {
	mant, exp, ok := strings.Cut(s, "e")
	if !ok {
		if mant, exp, ok = strings.Cut(s, "x10^"); !ok {
			if mant, exp, ok = strings.Cut(s, "×10^"); !ok {
				return 0, false
			}
		}
	}
	if mant == "" || exp == "" || strings.Contains(mant, ",") {
		return 0, false
	}
	if ok && len(exp) < 2 && !strings.Contains(mant, ".") && !strings.Contains(s, "x10^") && !strings.Contains(s, "×10^") {
		return 0, false // "7E7" is a model name, "1e10" and "1.3e6" are numbers
	}
	m, err1 := strconv.ParseFloat(mant, 64)
	e, err2 := strconv.Atoi(strings.TrimPrefix(exp, "+"))
	if err1 != nil || err2 != nil || e < -30 || e > 30 {
		return 0, false
	}
	return m * math.Pow(10, float64(e)), true
}

// power reads a power written with a caret, as plain text writes
// exponents: "2^10", "1.1^23", "2.5^-1", "10^+6". A minus before the base
// negates the power ("-2^2" is -4, as in mathematics); signs before the
// exponent multiply ("^--2" is "^2"). The exponent is a whole number of at
// most two digits, so the value stays finite and a stray caret in a code
// ("12^345678") is no number.
func power(s string) (float64, bool) {
	base, exp, ok := strings.Cut(s, "^")
	if !ok || base == "" || exp == "" {
		return 0, false
	}
	neg := false
	if base[0] == '-' || base[0] == '+' {
		neg = base[0] == '-'
		base = base[1:]
	}
	b, ok := numparse.Digits(base)
	if !ok || strings.ContainsAny(base, ",") || b == 0 {
		return 0, false
	}
	sign := 1
	for exp != "" && (exp[0] == '-' || exp[0] == '+') {
		if exp[0] == '-' {
			sign = -sign
		}
		exp = exp[1:]
	}
	if exp == "" || len(exp) > 2 || !isDigit(exp[0]) || (len(exp) == 2 && !isDigit(exp[1])) {
		return 0, false
	}
	e, _ := strconv.Atoi(exp)
	v := math.Pow(b, float64(sign*e))
	if !finite(v) || v == 0 {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

func scaleOf(s string) float64 {
	l := strings.ToLower(s)
	switch {
	case strings.HasSuffix(l, "bn"), strings.HasSuffix(l, "b"):
		return 1e9
	case strings.HasSuffix(l, "tn"), strings.HasSuffix(l, "t"):
		return 1e12
	case strings.HasSuffix(l, "mn"), strings.HasSuffix(l, "mln"), strings.HasSuffix(l, "m"):
		return 1e6
	case strings.HasSuffix(l, "k"):
		return 1e3
	}
	return 1
}

func digitsBeforePoint(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '.' {
			break
		}
		if isDigit(c) {
			n++
		}
	}
	return n
}

// isWordTok reports whether a token is a word: letters, with inner
// hyphens, apostrophes or periods ("North-Korean", "U.S.").
func isWordTok(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
			return false
		}
	}
	return true
}

// isCapitalized reports whether a token starts with an upper-case letter.
func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isNumberWord reports whether a lower-cased token can start a number in
// words.
func isNumberWord(w string) bool {
	if _, ok := numparse.Unit(w); ok {
		return true
	}
	if _, ok := numparse.Fraction(w); ok {
		return true
	}
	return w == "minus" || w == "negative" || w == "half" || w == "quarter" || w == "hundred"
}

// isUnitWord reports whether w is a number word below a hundred.
func isUnitWord(w string) bool {
	_, ok := numparse.Unit(w)
	return ok
}

// fractionWords may follow "a" in a number: "a half", "a third of".
var fractionWords = map[string]bool{
	"half": true, "quarter": true, "third": true, "fifth": true, "sixth": true, "seventh": true,
	"eighth": true, "ninth": true, "tenth": true, "hundredth": true, "thousandth": true, "fourth": true,
}

// dimWords follow a length: "1.8m tall", "a 3m-high wall".
var dimWords = map[string]bool{
	"long": true, "wide": true, "high": true, "tall": true, "deep": true, "thick": true, "away": true,
	"across": true, "below": true, "above": true, "underground": true, "offshore": true,
}

// vulgar are the Unicode fraction characters.
var vulgar = []struct {
	r string
	v float64
}{
	{"½", 0.5}, {"¼", 0.25}, {"¾", 0.75}, {"⅓", 1.0 / 3}, {"⅔", 2.0 / 3}, {"⅕", 0.2}, {"⅖", 0.4},
	{"⅗", 0.6}, {"⅘", 0.8}, {"⅙", 1.0 / 6}, {"⅚", 5.0 / 6}, {"⅛", 0.125}, {"⅜", 0.375}, {"⅝", 0.625},
	{"⅞", 0.875},
}
