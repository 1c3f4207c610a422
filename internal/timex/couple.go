package timex

// coupleUnit reports whether "couple" between prev and next counts two
// units without "of": "the next couple weeks", "the past couple years",
// as American news writes it. Only after a word that counts from now,
// and only before a plural unit, so "a couple days" stays with "a".
func coupleUnit(prev, next string) bool {
	switch prev {
	case "next", "past", "last", "coming", "previous", "first", "few":
	default:
		return false
	}
	u, ok := units[next]
	return ok && u.plural
}
