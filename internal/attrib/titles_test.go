package attrib

import "testing"

// TestQuotedTitles checks that a show's or a book's title in quotation
// marks is no quoted speech.
func TestQuotedTitles(t *testing.T) {
	cases := []wantLines{
		{"a show's title after a possessive",
			`Okafor admitted on KBTV's "Morning Report," that the figures were wrong.`,
			[]string{"Okafor | admitted | that the figures were wrong | indirect"}},
		{"a show's title after on",
			`The governor said on "Harbor Talk" that the pier would reopen.`,
			[]string{"The governor | said | that the pier would reopen | indirect"}},
		{"a book's title set off after the noun book",
			`In his 2002 book, "Lanterns at Dusk," Omar Reyes argued that savings beat spending.`,
			[]string{"Omar Reyes | argued | that savings beat spending | indirect"}},
		{"a song's title after the noun song",
			`At the end of the song "River of Salt," she added the words "Vote Reyes."`,
			[]string{`she | added | the words "Vote Reyes." | mixed`}},
		{"a show's title after of",
			`On the broadcast of "Night Desk," Mayor Ana Ruiz said the pier would reopen.`,
			[]string{"Mayor Ana Ruiz | said | the pier would reopen | indirect"}},
		{"speech after a colon is still speech",
			`The governor said on Sunday: "The pier will reopen."`,
			[]string{`The governor | said | "The pier will reopen." | direct`}},
	}
	checkLines(t, cases)
}
