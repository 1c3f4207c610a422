package timex

import (
	"time"

	hijri "github.com/hablullah/go-hijri"
)

// Islamic days by the Umm al-Qura calendar, Saudi Arabia's official civil
// calendar, from the month starts R. H. van Gent tabulated for 1356–1500
// AH (14 March 1937 – 16 November 2077), as packaged by
// github.com/hablullah/go-hijri (MIT). Where the feasts are fixed by
// sighting the moon, dates can differ by a day from country to country
// and from the tabulated month; Umm al-Qura is the one published
// calendar most of the Gulf follows and the one reference lists (Duckling
// among them) give, so it is the best single guess for a news reader. A
// rule from the astronomical new moon alone matched only 48 of 57 known
// dates (docs/quality.md), so no astronomy is attempted here. Outside the
// table the tabular (arithmetic) Islamic calendar stands in, off by a day
// or two at most.
//
// An Islamic year is 11 days shorter than a Gregorian one, so a feast
// falls twice in some Gregorian years (Eid al-Fitr in January and
// December 2000): calc gives the first, which is the one "Eid al-Fitr
// 2000" means more often than not; the nearest-date reading of a bare
// name then misses the December one by a year, once in 33.

// Months of the Islamic year.
const (
	muharram = iota + 1
	safar
	rabiI
	rabiII
	jumadaI
	jumadaII
	rajab
	shaban
	ramadan
	shawwal
	dhuQadah
	dhuHijjah
)

// hijriTime gives the civil date of day d of month m of Islamic year y.
func hijriTime(y, m, d int) time.Time {
	var t time.Time
	if y >= 1356 && y <= 1500 {
		t = hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian()
	} else {
		t = hijri.HijriDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian()
	}
	return date(t.Year(), int(t.Month()), t.Day())
}

// hijriYearOf is the Islamic year in progress at the start of Gregorian
// year y, give or take one (32.8 Gregorian years make 33.8 Islamic ones).
func hijriYearOf(y int) int { return (y-622)*33/32 + 1 }

// islamicOn gives a function from the Gregorian year to the first civil
// date in it of the Islamic date a Hijri date function gives.
func islamicOn(day func(hy int) time.Time) func(int) (int, int) {
	return func(y int) (int, int) {
		h := max(hijriYearOf(y)-2, 1)
		t := day(h)
		for t.Year() < y {
			h++
			t = day(h)
		}
		return int(t.Month()), t.Day()
	}
}

// islamicDay is the day d of month m.
func islamicDay(m, d int) func(int) (int, int) {
	return islamicOn(func(hy int) time.Time { return hijriTime(hy, m, d) })
}

// lastFridayOfRamadan is Jumu'atul-Wida, the last Friday before Eid
// al-Fitr.
func lastFridayOfRamadan(hy int) time.Time {
	t := hijriTime(hy, shawwal, 1).AddDate(0, 0, -1)
	for t.Weekday() != time.Friday {
		t = t.AddDate(0, 0, -1)
	}
	return t
}

// ramadanEnd is the last day of the Ramadan that starts on first: the day
// before 1 Shawwal, after 29 or 30 days.
func ramadanEnd(first time.Time) time.Time {
	for hy := hijriYearOf(first.Year()) - 2; hy <= hijriYearOf(first.Year())+1; hy++ {
		if hijriTime(hy, ramadan, 1).Equal(first) {
			return hijriTime(hy, shawwal, 1).AddDate(0, 0, -1)
		}
	}
	return first.AddDate(0, 0, 29)
}

// onDay gives the date of day d of month m by Islamic year.
func onDay(m, d int) func(int) time.Time {
	return func(hy int) time.Time { return hijriTime(hy, m, d) }
}

func init() {
	type feast struct {
		byYear func(int) time.Time
		names  []string
	}
	fitr := onDay(shawwal, 1)
	adha := onDay(dhuHijjah, 10)
	for _, f := range []feast{
		{onDay(muharram, 1), []string{"islamic new year", "hijri new year", "hijra new year",
			"muslim new year", "arabic new year", "amun jadid", "ras as-sanah al-hijriyah"}},
		{onDay(muharram, 10), []string{"ashura", "day of ashura", "ashoura", "aashura", "ashurah",
			"yawm ashura"}},
		{onDay(rabiI, 12), []string{"mawlid", "mawlid al-nabi", "mawlid al-nabawi", "mawlid an-nabi",
			"mawlid al nabi", "mawlid un-nabi", "milad un nabi", "milad-un-nabi", "eid milad un nabi",
			"eid-e-milad-un-nabi", "eid milad-un-nabi", "mawlid al-nabi al-sharif", "mouloud", "mevlid", "prophet 's birthday", "prophet's birthday",
			"prophet muhammad 's birthday"}},
		{onDay(rajab, 27), []string{"isra and mi'raj", "isra' and mi'raj", "isra and miraj",
			"isra mi'raj", "isra' wal mi'raj", "al-isra wal-mi'raj", "laylat al-mi'raj", "lailat al miraj",
			"shab-e-miraj", "prophet 's ascension", "prophet's ascension", "night journey"}},
		{onDay(ramadan, 27), []string{"laylat al-qadr", "laylat al qadr", "laylat al-kadr",
			"laylat al kadr", "lailat al-qadr", "lailat al qadr", "lailatul qadr", "laylatul qadr",
			"shab-e-qadr", "night of power", "night of destiny", "night of decree", "night of measures"}},
		{lastFridayOfRamadan, []string{"jumu'atul-wida", "jumu'atul wida", "jumuatul wida",
			"jumuatul-wida", "jumu'ah al-wida", "jamat ul-vida", "jumat-ul-wida", "jumat ul wida",
			"jummat-ul-vida", "alvida jumma"}},
		{fitr, []string{"eid al-fitr", "eid al fitr", "eid ul-fitr", "eid ul fitr", "eid-al-fitr",
			"eid-ul-fitr", "id al-fitr", "id ul-fitr", "eid el-fitr", "eid-el-fitr", "eid el fitr",
			"eid al-fitri", "ramadan bayram", "ramazan bayram", "ramazan bayramı", "hari raya aidilfitri",
			"hari raya puasa", "lebaran", "eid e fitr", "eid-ul-fitar"}},
		{adha, []string{"eid al-adha", "eid al adha", "eid ul-adha", "eid ul adha", "eid-al-adha",
			"eid-ul-adha", "id al-adha", "id ul-adha", "eid el-adha", "eid-el-adha", "eid el adha",
			"bakr id", "bakrid", "bakri id", "bakra eid", "bakri eid", "bakr eid", "eid qurban",
			"eid-e-qurban", "kurban bayram", "kurban bayramı", "qurban bayram", "feast of sacrifice",
			"feast of the sacrifice", "sacrifice feast", "eid ul-azha", "eid ul azha", "eid-ul-azha",
			"hari raya haji", "tabaski"}},
		{onDay(dhuHijjah, 9), []string{"day of arafat", "arafat day", "day of arafah", "arafah day",
			"yawm arafat", "yawm arafah"}},
	} {
		for _, n := range f.names {
			addFeast(n, holiday{0, 0, islamicOn(f.byYear)}, 0, nil)
			feastByYear[n] = []func(int) time.Time{f.byYear}
		}
	}
	for _, n := range []string{"ramadan", "ramadhan", "ramazan"} {
		addFeast(n, holiday{0, 0, islamicDay(ramadan, 1)}, 0, ramadanEnd)
		feastByYear[n] = []func(int) time.Time{onDay(ramadan, 1)}
	}
	// "Eid" alone is whichever Eid is nearest in the tense of its
	// sentence; with a year it is left to the year (feastContext), as
	// "Eid 2018" could be either.
	addFeast("eid", holiday{0, 0, islamicOn(fitr)}, 0, nil)
	feastByYear["eid"] = []func(int) time.Time{fitr, adha}
	for _, n := range []string{"night of power", "night of destiny", "night of decree", "night of measures",
		"night journey", "feast of sacrifice",
		"feast of the sacrifice", "sacrifice feast", "prophet 's ascension", "prophet's ascension",
		"prophet 's birthday", "prophet's birthday"} {
		capOnly[n] = true
	}
}
