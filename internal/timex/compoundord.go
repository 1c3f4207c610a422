package timex

// Ordinals written in two words or with a hyphen: "the twenty-third of
// September", "the twenty third day of May", "the twenty-first century".
// Speeches, proclamations and transcripts spell days out this way; read
// one word at a time, "twenty third of September" was the 3rd.

// ordTens are the tens a spelled-out day or century ordinal starts with.
var ordTens = map[string]int{"twenty": 20, "thirty": 30}

// compoundOrdinal reads a hyphenated ordinal above twenty, "twenty-first"
// (21) to "thirty-first" (31); ok is false for anything else.
func compoundOrdinal(w string) (int, bool) {
	for k := 0; k < len(w); k++ {
		if w[k] == '-' {
			t, ok1 := ordTens[w[:k]]
			u, ok2 := dayOrdinals[w[k+1:]]
			if !ok1 || !ok2 || u >= 10 || t+u > 31 {
				return 0, false
			}
			return t + u, true
		}
	}
	return 0, false
}

// ordDayEnd reads a day of the month at k as ordDay does, and also in two
// words ("twenty third"), giving the token after it.
func (p *parser) ordDayEnd(k int) (d, end int, ok bool) {
	if t, isTens := ordTens[p.lw(k)]; isTens {
		if u, ok := dayOrdinals[p.lw(k+1)]; ok && u < 10 && t+u <= 31 {
			return t + u, k + 2, true
		}
	}
	d, ok = p.ordDay(k)
	return d, k + 1, ok
}
