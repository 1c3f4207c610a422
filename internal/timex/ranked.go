package timex

import "strings"

// rankedBefore reports whether the words just before token i rank what
// follows among others — an ordinal, "only", "last" or a superlative: "the
// first Easter in two years", "the biggest Diwali in five years" count how
// long since the last one, not a date N years ahead.
func (p *parser) rankedBefore(i int) bool {
	for k := i - 1; k >= i-3 && k >= p.first; k-- {
		w := p.lw(k)
		switch {
		case w == "the" || w == "a" || w == "this" || w == "year's" || w == "'s":
			continue
		case ordinalWords[w] > 0, w == "only", w == "last", w == "final":
			return true
		case len(w) > 5 && strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "west") && !strings.HasSuffix(w, "quest"):
			// biggest, largest, quietest, busiest
			return true
		}
		return false
	}
	return false
}

// nameGoesOn reports whether the one-word holiday name at token j runs on
// into a capitalised word that makes it part of another name: a person
// ("Ramadan Sobhi", "Onam Kumar"), a place ("Christmas Island") or a
// business ("the Holi Cow café"). A month, a weekday, a word of the feast
// itself ("Day", "Eve", "Holiday", "Begins") or a word in capitals (a
// headline) leaves it a date, and so does any capital after a name that
// is no one's name ("Before Christmas Parliament will vote").
func (p *parser) nameGoesOn(j, e int) bool {
	if e != j+1 || e >= p.limit {
		return false
	}
	t := p.text(e)
	if t == "" || !isTitleWord(t) {
		return false
	}
	w := p.lw(e)
	if w == "island" || w == "islands" {
		return true // "Christmas Island", "Easter Island"
	}
	if months[w] > 0 || weekdays[w] > 0 || feastStart[w] || holidayFollower[w] {
		return false
	}
	// Only names that are also people's names run on into a surname:
	// "Ramadan Sobhi", "Onam Kumar". After "Christmas" or "Diwali" a
	// capital starts the clause ("Before Christmas Parliament will
	// vote", "After Diwali India's markets rallied") or a headline.
	return personNames[p.lw(j)] || festivalNeedsCue[p.lw(j)] || givenNameFeasts[p.lw(j)]
}

// givenNameFeasts are feast names also given as first names.
var givenNameFeasts = map[string]bool{"onam": true, "holi": true, "pesach": true, "tabaski": true, "mouloud": true}

// holidayFollower are capitalised words that continue a holiday name's
// phrase rather than make it part of another name.
var holidayFollower = map[string]bool{
	"day": true, "eve": true, "weekend": true, "week": true, "season": true, "morning": true,
	"evening": true, "night": true, "vacation": true, "break": true, "sale": true, "sales": true,
	"service": true, "services": true, "mass": true, "dinner": true, "lunch": true, "parade": true,
	"message": true, "address": true, "truce": true, "ceasefire": true,
}

// isTitleWord reports whether s is written with a capital and then small
// letters ("Sobhi", not "NATO" or "iPhone").
func isTitleWord(s string) bool {
	up, low := 0, 0
	for i, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			if i > 0 {
				return false
			}
			up++
		case r >= 'a' && r <= 'z':
			low++
		}
	}
	return up == 1 && low > 0
}
