package attrib

import "testing"

// TestOccasionEnd checks that a content stops before the occasion phrase
// that hangs on its cue verb, and that an occasion inside what was said
// stays.
func TestOccasionEnd(t *testing.T) {
	cases := []wantLines{
		{"a tweet after the object",
			"Governor Mara Lind praised the new ferry schedule in a tweet.",
			[]string{"Governor Mara Lind | praised | the new ferry schedule | indirect"}},
		{"an interview after the object",
			"Coach Ivo Brandt criticized the referees in an interview with the Ledger.",
			[]string{"Coach Ivo Brandt | criticized | the referees | indirect"}},
		{"the parse hangs the occasion on the object",
			"Councillor Ada Moe praised the harbor plan in her remarks.",
			[]string{"Councillor Ada Moe | praised | the harbor plan | indirect"}},
		{"near miss: the occasion is part of what was said",
			"The council said the mayor would speak at a town hall.",
			[]string{"The council | said | the mayor would speak at a town hall | indirect"}},
	}
	checkLines(t, cases)
}
