// Package tokenize splits article text into tokens and sentences following
// Universal Dependencies English conventions: punctuation, "n't" and "'s"
// are their own tokens, abbreviations ("U.S.", "Mr.", "Jan.") and initials
// keep their periods, numbers keep their separators ("6,000", "3.5"), and
// every token carries code-point and byte offsets into the original text.
//
// One deliberate departure from UD EWT: hyphenated compounds ("25-minute",
// "Moscow-backed", "al-Qaeda") stay one token, because figures and names are
// read from them downstream; EWT splits the hyphen off, which accounts for
// most of the remaining token errors against its gold (token F1 97.2,
// sentence F1 84.8 on EWT test, see ewt_test.go).
//
// It is the first step of every analysis, so it is a single pass over the
// text with no regular expressions.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Tokenize fills d.Tokens and d.Sentences from d.Article.Text.
func Tokenize(d *doc.Document) {
	text := d.Article.Text
	toks := d.Tokens[:0]
	if cap(toks) == 0 {
		toks = make([]doc.Token, 0, len(text)/5+1)
	}
	// brk[k] records what separates token k from the one before: 0 spaces
	// or nothing, 1 a line break, 2 a blank line.
	brk := make([]uint8, 0, cap(toks))
	rpos := 0 // code-point offset of byte i
	i := 0
	newlines := 0
	for i < len(text) {
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			newlines++
			i += w
			rpos++
			continue
		}
		if isSpace(r) {
			i += w
			rpos++
			continue
		}
		// A whitespace-delimited chunk.
		j := i
		rend := rpos
		for j < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if isSpace(r2) || r2 == '\n' {
				break
			}
			j += w2
			rend++
		}
		before := len(toks)
		toks = splitChunk(toks, text, i, j, rpos)
		for k := before; k < len(toks); k++ {
			var b uint8
			if k == before && before > 0 {
				b = uint8(min(newlines, 2))
			}
			brk = append(brk, b)
		}
		newlines = 0
		i = j
		rpos = rend
	}
	for k := range toks {
		toks[k].Head = -1
		if k+1 < len(toks) && toks[k].ByteEnd < toks[k+1].ByteStart {
			toks[k].SpaceAfter = true
		}
	}
	lowerAll(toks)
	d.Tokens = toks
	out := d.Sentences[:0]
	if cap(out) == 0 {
		out = make([]doc.Sentence, 0, len(toks)/16+1) // news sentences run 20–25 tokens
	}
	d.Sentences = splitSentences(toks, brk, out)
}

// lowerAll fills every token's Lower with lower(Text). The ASCII words that
// need lower-casing (capitalised words, about one in six) share one string
// rather than costing an allocation each; the rest are Text itself or, with
// other scripts, strings.ToLower's.
func lowerAll(toks []doc.Token) {
	n := 0
	for k := range toks {
		if asciiCase(toks[k].Text) == caseASCIIUpper {
			n += len(toks[k].Text)
		}
	}
	var b strings.Builder // its String does not copy: one allocation in all
	b.Grow(n)
	for k := range toks {
		if t := toks[k].Text; asciiCase(t) == caseASCIIUpper {
			for i := 0; i < len(t); i++ {
				c := t[i]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
	}
	all := b.String()
	at := 0
	for k := range toks {
		t := toks[k].Text
		switch asciiCase(t) {
		case caseLower:
			toks[k].Lower = t
		case caseASCIIUpper:
			toks[k].Lower = all[at : at+len(t)]
			at += len(t)
		default:
			toks[k].Lower = strings.ToLower(t)
		}
	}
}

// The cases of asciiCase.
const (
	caseLower      = iota // no upper-case ASCII letter, all ASCII: its own lower case
	caseASCIIUpper        // all ASCII with an upper-case letter
	caseOther             // some byte beyond ASCII
)

// asciiCase tells how s lower-cases.
func asciiCase(s string) int {
	c := caseLower
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 0x80 {
			return caseOther
		}
		if b >= 'A' && b <= 'Z' {
			c = caseASCIIUpper
		}
	}
	return c
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\u00a0' || r == '\u2028' || r == '\u2029' ||
		r == '\f' || r == '\v' || (r > 127 && unicode.IsSpace(r)) || (r < 32 && r != '\n')
}

// splitChunk tokenises text[bs:be], which starts at code point rs.
func splitChunk(toks []doc.Token, text string, bs, be, rs int) []doc.Token {
	emit := func(b0, b1, r0 int) int {
		s := text[b0:b1]
		n := utf8.RuneCountInString(s)
		toks = append(toks, doc.Token{Text: s, Start: r0, End: r0 + n, ByteStart: b0, ByteEnd: b1})
		return r0 + n
	}
	chunk := text[bs:be]
	if isURLLike(chunk) {
		// Keep a URL or e-mail whole, but not the sentence punctuation after it.
		end := be
		for end > bs {
			r, w := utf8.DecodeLastRuneInString(text[bs:end])
			if r == '.' || r == ',' || r == ')' || r == ';' || r == '"' || r == '\'' || r == '”' || r == '’' {
				end -= w
				continue
			}
			break
		}
		rs = emit(bs, end, rs)
		for b := end; b < be; {
			_, w := utf8.DecodeRuneInString(text[b:])
			rs = emit(b, b+w, rs)
			b += w
		}
		return toks
	}
	// Leading punctuation: one token per mark.
	for bs < be {
		r, w := utf8.DecodeRuneInString(text[bs:])
		if !isLeadPunct(r) {
			break
		}
		// "'s" alone or "'90s" keep the apostrophe.
		if (r == '\'' || r == '’') && bs+w < be {
			next, _ := utf8.DecodeRuneInString(text[bs+w:])
			if unicode.IsDigit(next) && isDecadeTail(text[bs+w:be]) {
				break
			}
		}
		if (r == '-' || r == '−' || r == '+') && bs+w < be {
			next, _ := utf8.DecodeRuneInString(text[bs+w:])
			if unicode.IsDigit(next) {
				break // a signed number
			}
		}
		if (r == '\'' || r == '`') && (strings.HasPrefix(text[bs:be], "''") || strings.HasPrefix(text[bs:be], "``")) {
			// Two apostrophes or backticks are one double quote mark.
			rs = emit(bs, bs+2, rs)
			bs += 2
			continue
		}
		if n := markRun(text[bs:be]); n > 1 {
			// "!!!", "?!", "***", "....": one token, as in UD English.
			rs = emit(bs, bs+n, rs)
			bs += n
			continue
		}
		rs = emit(bs, bs+w, rs)
		bs += w
	}
	if bs >= be {
		return toks
	}
	// Trailing punctuation is peeled from the right, then emitted in order.
	var tail [16][2]int
	nt := 0
	end := be
	for end > bs && nt < len(tail) {
		r, w := utf8.DecodeLastRuneInString(text[bs:end])
		if n := markRunEnd(text[bs:end]); n > 1 && !(r == '.' && isAbbrevWithPeriod(text[bs:end-n+1])) {
			tail[nt] = [2]int{end - n, end}
			nt++
			end -= n
			continue
		}
		if r == '.' {
			core := text[bs : end-w]
			if strings.HasSuffix(core, "..") {
				// Ellipsis "..." as one token.
				tail[nt] = [2]int{end - 3, end}
				nt++
				end -= 3
				continue
			}
			if isAbbrevWithPeriod(text[bs:end]) {
				break
			}
			tail[nt] = [2]int{end - w, end}
			nt++
			end -= w
			continue
		}
		if r == '…' {
			tail[nt] = [2]int{end - w, end}
			nt++
			end -= w
			continue
		}
		if r == '\'' && strings.HasSuffix(text[bs:end], "''") && end-2 > bs {
			tail[nt] = [2]int{end - 2, end}
			nt++
			end -= 2
			continue
		}
		if isTrailPunct(r) {
			if (r == '\'' || r == '’') && end-w > bs {
				prev, _ := utf8.DecodeLastRuneInString(text[bs : end-w])
				if prev == 's' || prev == 'S' {
					// Possessive plural "soldiers'" → "soldiers" "'".
					tail[nt] = [2]int{end - w, end}
					nt++
					end -= w
					continue
				}
			}
			tail[nt] = [2]int{end - w, end}
			nt++
			end -= w
			continue
		}
		break
	}
	// The middle: split clitics, currency symbols, percent signs, dashes.
	rs = splitMiddle(emit, text, bs, end, rs)
	for k := nt - 1; k >= 0; k-- {
		rs = emit(tail[k][0], tail[k][1], rs)
	}
	return toks
}

// splitMiddle handles a chunk stripped of outer punctuation.
func splitMiddle(emit func(b0, b1, r0 int) int, text string, bs, be, rs int) int {
	for bs < be {
		s := text[bs:be]
		// Em and en dashes and double hyphens separate words.
		if k, w := findDash(s); k >= 0 {
			if k > 0 {
				rs = splitMiddle(emit, text, bs, bs+k, rs)
			}
			rs = emit(bs+k, bs+k+w, rs)
			bs += k + w
			continue
		}
		// Currency symbols before a number: "$14", "US$14", "€3.5m".
		if n := currencyPrefix(s); n > 0 && n < len(s) {
			next, _ := utf8.DecodeRuneInString(s[n:])
			if unicode.IsDigit(next) {
				rs = emit(bs, bs+n, rs)
				bs += n
				continue
			}
		}
		// A percent sign after a number.
		if strings.HasSuffix(s, "%") && len(s) > 1 {
			rs = splitMiddle(emit, text, bs, be-1, rs)
			return emit(be-1, be, rs)
		}
		// Slash between words splits ("and/or" stays? UD splits): keep
		// numbers like 9/11 and dates 12/05/2024 whole.
		// Clitics.
		if k := cliticStart(s); k > 0 {
			rs = emit(bs, bs+k, rs)
			return emit(bs+k, be, rs)
		}
		return emit(bs, be, rs)
	}
	return rs
}

// findDash finds an em/en dash or "--" inside s (not a leading minus sign).
func findDash(s string) (int, int) {
	for k, r := range s {
		switch r {
		case '—', '–', '―':
			// An en dash between digits is a range: "2010–2012" → keep as
			// three tokens anyway; UD splits it.
			return k, utf8.RuneLen(r)
		case '-':
			if strings.HasPrefix(s[k:], "--") {
				return k, 2
			}
		}
	}
	return -1, 0
}

var currencies = []string{"US$", "A$", "C$", "NZ$", "HK$", "S$", "R$", "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₴"}

func currencyPrefix(s string) int {
	for _, c := range currencies {
		if strings.HasPrefix(s, c) {
			return len(c)
		}
	}
	return 0
}

// cliticStart returns where a trailing English clitic starts in s, or 0.
func cliticStart(s string) int {
	ls := len(s)
	if ls < 3 {
		return 0
	}
	// Every clitic has an apostrophe, and lower-casing makes none: most
	// words are settled here without lower-casing them (an allocation).
	if strings.IndexByte(s, '\'') < 0 && !strings.Contains(s, "’") {
		return 0
	}
	low := strings.ToLower(s)
	for _, c := range [...]string{"n't", "n’t"} {
		if strings.HasSuffix(low, c) && ls > len(c) {
			k := ls - len(c)
			if low == "can't" || low == "can’t" {
				return 2 // "ca" "n't", as UD does
			}
			return k
		}
	}
	for _, c := range [...]string{"'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"} {
		if strings.HasSuffix(low, c) && ls > len(c) {
			return ls - len(c)
		}
	}
	return 0
}

func isLeadPunct(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '„', '‚', '”', '»', '›', '¿', '¡', '*', '—', '–', '―', '-', '…', '.', ',', ';', ':', '/', '<', '>', '#', '•', '·', '`':
		return true
	}
	return false
}

func isTrailPunct(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', ',', ';', ':', '!', '?', '*', '—', '–', '―', '-', '/', '<', '>', '`':
		return true
	}
	return false
}

func isDecadeTail(s string) bool {
	// '90s, '05
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
			continue
		}
		if r == 's' && n == 2 {
			continue
		}
		break
	}
	return n == 2
}

func isURLLike(s string) bool {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return true
	}
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.IndexByte(s[at:], '.') > 0 && !strings.ContainsAny(s, "\"“”")
}

// abbreviations that keep their final period. Lower case, without the period.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "cpl": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "hon": true, "pres": true, "supt": true, "insp": true, "cmdr": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true, "bros": true, "assn": true, "dept": true, "univ": true,
	"no": true, "nos": true, "vol": true, "pp": true, "p": true, "fig": true, "approx": true, "est": true, "vs": true, "v": true, "etc": true,
	"e.g": true, "i.e": true, "a.m": true, "p.m": true, "u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "u.s.a": true,
	"ave": true, "blvd": true, "rd": true, "mt": true, "ft": true, "ariz": true, "calif": true, "colo": true, "conn": true, "fla": true, "ga": true,
	"ill": true, "ind": true, "kan": true, "ky": true, "la": true, "md": true, "mass": true, "mich": true, "minn": true, "miss": true,
	"mo": true, "mont": true, "neb": true, "nev": true, "okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "va": true,
	"vt": true, "wash": true, "wis": true, "wyo": true, "al": true, "cf": true, "op": true, "ed": true, "eds": true,
}

// monthAbbrevs are the abbreviated months: abbreviations like the others,
// which may also close a hyphenated range ("18-Dec.").
var monthAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

func init() {
	for m := range monthAbbrevs {
		abbrevs[m] = true
	}
}

// titles are abbreviations that never end a sentence.
var titles = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "prof.": true, "gen.": true, "lt.": true, "col.": true,
	"maj.": true, "capt.": true, "sgt.": true, "gov.": true, "sen.": true, "rep.": true, "rev.": true, "hon.": true,
	"pres.": true, "st.": true, "adm.": true, "cpl.": true, "insp.": true, "supt.": true, "cmdr.": true, "no.": true,
	"vs.": true, "e.g.": true, "i.e.": true, "cf.": true, "mt.": true, "ft.": true, "jan.": true, "feb.": true,
	"mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true, "sep.": true, "sept.": true, "oct.": true,
	"nov.": true, "dec.": true,
}

// isAbbrevWithPeriod reports whether s (ending in ".") is an abbreviation or
// an initial that keeps its period.
func isAbbrevWithPeriod(s string) bool {
	core := s[:len(s)-1]
	if core == "" {
		return false
	}
	if abbrevs[strings.ToLower(core)] {
		return true
	}
	// A month closing a hyphenated day range keeps its period, as it would
	// alone: "Nov. 18-Dec. 19".
	if i := strings.LastIndexByte(core, '-'); i > 0 && monthAbbrevs[strings.ToLower(core[i+1:])] {
		return true
	}
	// Initials and dotted acronyms: "J.", "U.S.", "a.m.", "N.Y.".
	letters, dots := 0, 0
	prevLetter := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if prevLetter {
				return false
			}
			letters++
			prevLetter = true
		case r == '.':
			if !prevLetter {
				return false
			}
			dots++
			prevLetter = false
		default:
			return false
		}
	}
	if letters == 1 {
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsUpper(r)
	}
	return letters >= 2 && letters == dots
}

// IsTitle reports whether a token is an abbreviated title that never ends a
// sentence ("Mr.", "Gen.").
func IsTitle(lower string) bool { return titles[lower] }

// isRunMark reports whether c is a mark that UD English keeps together when
// repeated: "!!!", "??", "?!", "...." and "***" are single tokens.
func isRunMark(c byte) bool { return c == '!' || c == '?' || c == '.' || c == '*' }

// markRun returns the length of the run of marks at the start of s (stars
// only with stars, the others with each other).
func markRun(s string) int {
	if s == "" || !isRunMark(s[0]) {
		return 0
	}
	star := s[0] == '*'
	n := 0
	for n < len(s) && isRunMark(s[n]) && (s[n] == '*') == star {
		n++
	}
	return n
}

// markRunEnd is markRun for the end of s.
func markRunEnd(s string) int {
	if s == "" || !isRunMark(s[len(s)-1]) {
		return 0
	}
	star := s[len(s)-1] == '*'
	n := 0
	for n < len(s) && isRunMark(s[len(s)-1-n]) && (s[len(s)-1-n] == '*') == star {
		n++
	}
	return n
}
