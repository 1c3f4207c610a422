package timex

import "time"

// The Hebrew calendar, computed exactly by arithmetic as in Dershowitz and
// Reingold, Calendrical Calculations (ch. 8): a year of 12 or 13 months
// (7 leap years in the 19-year cycle) starts at the molad (mean new moon)
// of Tishrei, moved by the dehiyyot so that Rosh Hashanah never falls on
// a Sunday, Wednesday or Friday and no year has an impossible length.
// There is no observation in it, so every date is exact for any year.
//
// How a feast is dated. A Jewish day begins at sunset, so every feast
// starts on the evening of the civil day before its first day. News and
// calendars name a one-day feast by its day ("Yom Kippur fell on 19
// September"), and the fast, closure or ceremony a reader looks for is on
// that day, so a one-day feast is that civil day, not its eve (Duckling
// dates them from the eve; those cases are lost on purpose). A feast of
// several days opens with the rite of its eve — the Seder of Passover,
// the first candle of Hanukkah, the festive meal of Rosh Hashanah, the
// first night in the sukkah — and reports say it "begins at sundown on"
// that day, so it is a Range from the eve to its last day. Days kept
// twice outside Israel (Passover, Shavuot, Simchat Torah) take the
// diaspora's count, as most English-language news is written there;
// Sukkot runs to Shemini Atzeret, the eighth day that closes it.

// Months of the Hebrew year, numbered from Nisan as in Calendrical
// Calculations; the year itself starts on 1 Tishrei.
const (
	nisan = iota + 1
	iyar
	sivan
	tammuz
	av
	elul
	tishrei
	heshvan
	kislev
	tevet
	shevat
	adar   // Adar I in a leap year
	adarII // only in a leap year
)

// hebrewEpoch is the fixed day (R.D., 1 January of year 1 is day 1) of 1
// Tishrei AM 1.
const hebrewEpoch = -1373427

// rdUnix is the fixed day of 1 January 1970.
const rdUnix = 719163

func hebrewLeap(y int) bool { return (7*y+1)%19 < 7 }

// hebrewElapsed is the number of days from the epoch to the molad of
// Tishrei of year y, moved a day when the molad falls on a Sunday,
// Wednesday or Friday (lo ADU Rosh).
func hebrewElapsed(y int) int {
	months := (235*y - 234) / 19
	parts := 12084 + 13753*months
	days := 29*months + parts/25920
	if (3*(days+1))%7 < 3 {
		days++
	}
	return days
}

// hebrewNewYear is the fixed day of 1 Tishrei of year y, with the two
// postponements that keep year lengths legal (353–355 or 383–385 days).
func hebrewNewYear(y int) int {
	ny0, ny1, ny2 := hebrewElapsed(y-1), hebrewElapsed(y), hebrewElapsed(y+1)
	delay := 0
	if ny2-ny1 == 356 {
		delay = 2
	} else if ny1-ny0 == 382 {
		delay = 1
	}
	return hebrewEpoch + ny1 + delay
}

// hebrewMonthDays is the length of month m of year y: Heshvan and Kislev
// vary with the year's length, Adar has 30 days in a leap year (as Adar I).
func hebrewMonthDays(y, m int) int {
	switch m {
	case iyar, tammuz, elul, tevet, adarII:
		return 29
	case adar:
		if !hebrewLeap(y) {
			return 29
		}
	case heshvan, kislev:
		n := hebrewNewYear(y+1) - hebrewNewYear(y)
		if m == heshvan && n%10 != 5 || m == kislev && n%10 == 3 {
			return 29
		}
	}
	return 30
}

// hebrewFixed is the fixed day of day d of month m of year y. Months
// before Tishrei (Nisan to Elul) close the year that began the autumn
// before.
func hebrewFixed(y, m, d int) int {
	rd := hebrewNewYear(y) + d - 1
	last := adar
	if hebrewLeap(y) {
		last = adarII
	}
	if m < tishrei {
		for k := tishrei; k <= last; k++ {
			rd += hebrewMonthDays(y, k)
		}
		for k := nisan; k < m; k++ {
			rd += hebrewMonthDays(y, k)
		}
	} else {
		for k := tishrei; k < m; k++ {
			rd += hebrewMonthDays(y, k)
		}
	}
	return rd
}

// fixedTime converts a fixed day to a UTC midnight.
func fixedTime(rd int) time.Time {
	return time.Unix(int64(rd-rdUnix)*86400, 0).UTC()
}

// hebrewFeast is a feast by its Hebrew date: the day that opens it (the
// eve for a feast of several days), the number of further civil days a
// Range runs, and the weekday rule that moves it.
type hebrewFeast struct {
	month, day int
	// adarII puts the day in Adar II in a leap year (Purim).
	adarII bool
	// span is the number of civil days after the first that a Range
	// covers (0: one day).
	span int
	move func(time.Weekday) int
}

// first gives the civil date that opens the feast in Hebrew year hy.
func (f hebrewFeast) first(hy int) time.Time {
	m := f.month
	if f.adarII && hebrewLeap(hy) {
		m = adarII
	}
	t := fixedTime(hebrewFixed(hy, m, f.day))
	if f.move != nil {
		t = t.AddDate(0, 0, f.move(t.Weekday()))
	}
	return t
}

// calc gives the feast's month and day in Gregorian year y. Every feast
// here falls once a Gregorian year, in the Hebrew year that began in the
// autumn before (Nisan to Elul, Tevet and Shevat) or in the autumn of y
// (Tishrei to Kislev).
func (f hebrewFeast) calc(y int) (int, int) {
	t := f.first(y + 3760)
	if t.Year() < y {
		t = f.first(y + 3761)
	}
	return int(t.Month()), t.Day()
}

// The moving rules of Israel's days of remembrance and of the fast of Av,
// from the weekday the Hebrew date falls on:
// Yom HaShoah (27 Nisan) moves off Friday to Thursday and off Sunday to
// Monday, keeping the day clear of the Sabbath; Yom HaAtzmaut (5 Iyar)
// moves off Friday and Saturday to the Thursday before, and off Monday to
// Tuesday (since 2004), and Yom HaZikaron, the day before it, moves with
// it; Tisha B'Av (9 Av) moves off the Sabbath to Sunday.
func shoahMove(w time.Weekday) int {
	switch w {
	case time.Friday:
		return -1
	case time.Sunday:
		return 1
	}
	return 0
}

func atzmautMove(w time.Weekday) int {
	switch w {
	case time.Friday:
		return -1
	case time.Saturday:
		return -2
	case time.Monday:
		return 1
	}
	return 0
}

// zikaronMove moves 4 Iyar with the day after it.
func zikaronMove(w time.Weekday) int { return atzmautMove((w + 1) % 7) }

func avMove(w time.Weekday) int {
	if w == time.Saturday {
		return 1
	}
	return 0
}

// hebrewFeasts are the feasts by their English spellings, keyed as
// holiday names are (lower-case tokens joined by spaces; the tokenizer
// keeps "b'omer" and "ha'atzmaut" whole).
var hebrewFeasts = map[string]hebrewFeast{}

func init() {
	add := func(f hebrewFeast, names ...string) {
		for _, n := range names {
			hebrewFeasts[n] = f
		}
	}
	add(hebrewFeast{month: elul, day: 29, span: 2},
		"rosh hashanah", "rosh hashana", "rosh hashanna", "rosh hashonah", "rosh ha-shanah", "rosh hashannah")
	add(hebrewFeast{month: tishrei, day: 10},
		"yom kippur", "yom kipur", "yom kippor", "day of atonement")
	add(hebrewFeast{month: tishrei, day: 14, span: 8},
		"sukkot", "succot", "succos", "sukkos", "sukkoth", "succoth", "feast of tabernacles", "feast of booths",
		"feast of ingathering", "feast of the ingathering")
	add(hebrewFeast{month: tishrei, day: 22},
		"shemini atzeret", "shmini atzeret", "shemini atzeres", "shemini azeret")
	add(hebrewFeast{month: tishrei, day: 23},
		"simchat torah", "simchas torah", "simhat torah", "simchath torah")
	add(hebrewFeast{month: kislev, day: 24, span: 8},
		"hanukkah", "chanukah", "hanukah", "hannukah", "chanukkah", "hanuka", "chanuka", "hanukka", "hannukkah",
		"channukah", "hanukkha")
	add(hebrewFeast{month: shevat, day: 15},
		"tu bishvat", "tu b'shvat", "tu bishevat", "tu b'shevat", "tu bshvat", "tu b'sh'vat")
	add(hebrewFeast{month: adar, day: 14, adarII: true}, "purim")
	add(hebrewFeast{month: adar, day: 15, adarII: true}, "shushan purim")
	add(hebrewFeast{month: nisan, day: 14, span: 8}, "passover", "pesach", "pesah")
	add(hebrewFeast{month: nisan, day: 27, move: shoahMove},
		"yom hashoah", "yom ha'shoah", "yom hashoa", "yom ha-shoah")
	add(hebrewFeast{month: iyar, day: 4, move: zikaronMove},
		"yom hazikaron", "yom ha'zikaron", "yom ha-zikaron")
	add(hebrewFeast{month: iyar, day: 5, move: atzmautMove},
		"yom haatzmaut", "yom ha'atzmaut", "yom ha-atzmaut", "yom ha'atzmaout",
		"israel independence day", "israeli independence day", "israel 's independence day")
	add(hebrewFeast{month: iyar, day: 18},
		"lag baomer", "lag b'omer", "lag ba'omer", "lag laomer", "lag la'omer")
	add(hebrewFeast{month: sivan, day: 5, span: 2},
		"shavuot", "shavuos", "shavuoth", "shavuot", "feast of weeks")
	add(hebrewFeast{month: av, day: 9, move: avMove},
		"tisha b'av", "tisha bav", "tisha be'av", "tisha ba'av", "tishah b'av", "tisha b'ab")
	for k, f := range hebrewFeasts {
		addFeast(k, holiday{0, 0, f.calc}, f.span, nil)
	}
	for _, n := range []string{"feast of tabernacles", "feast of booths", "feast of weeks", "day of atonement",
		"feast of ingathering", "feast of the ingathering"} {
		capOnly[n] = true
	}
}
