package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestFollowingMonthAfterMonth: "the following month" counts from the last
// month the story named, even one named without its year; with none named
// it stays the month after publication.
func TestFollowingMonthAfterMonth(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The bakery reopened in March. The following month, it hired ten cooks.", []want{
			{"March", doc.Date, "2025-03", ""}, {"The following month", doc.Date, "2025-04", ""}}},
		{"The mill closed in November. The following month, its owner sold the land.", []want{
			{"November", doc.Date, "2024-11", ""}, {"The following month", doc.Date, "2024-12", ""}}},
		// An absolute date still anchors it.
		{"The bakery opened in May 2019. The following month, it hired ten cooks.", []want{
			{"May 2019", doc.Date, "2019-05", ""}, {"The following month", doc.Date, "2019-06", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}

// TestThatDayAfterRelativeDay: "that day", "the next day" count from the
// last day named even when it was named without a year (a weekday,
// "yesterday", "Aug. 4"); before, they were left unresolved.
func TestThatDayAfterRelativeDay(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"Crews reached the village on Monday. Later that day, the bridge reopened.", []want{
			{"Monday", doc.Date, "2025-08-25", ""}, {"Later that day", doc.Date, "2025-08-25", "END"}}},
		{"Crews reached the village yesterday. The next day, the bridge reopens.", []want{
			{"yesterday", doc.Date, "2025-08-27", ""}, {"The next day", doc.Date, "2025-08-28", ""}}},
		{"Crews reached the village on Aug. 4. The following day, the bridge reopened.", []want{
			{"Aug. 4", doc.Date, "2025-08-04", ""}, {"The following day", doc.Date, "2025-08-05", ""}}},
		// With no day named, "that day" is any such day and is dropped.
		{"Strong sales that day lift the shop's mood.", nil},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}

// TestDayHasCome: "that day has come" says the day long spoken of is now;
// "that day" in other clauses still counts from the last day named.
func TestDayHasCome(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The coach vowed to quit once he lost the dressing room. That day has come.", []want{{"That day", doc.Date, "PRESENT_REF", ""}}},
		{"Farmers waited a decade for rain, and this day has arrived.", []want{{"a decade", doc.Duration, "P10Y", ""}, {"this day", doc.Date, "PRESENT_REF", ""}}},
		// Negative: another verb.
		{"Crews reached the village on Monday. That day has been hard.", []want{
			{"Monday", doc.Date, "2025-08-25", ""}, {"That day", doc.Date, "2025-08-25", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}

// TestYearNotFromGuessedMonth: a month named without its year lets "the
// following month" count from it, but "that year" and "the following
// year" keep counting from the last year written out.
func TestYearNotFromGuessedMonth(t *testing.T) {
	ref := time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)
	check(t, "The plant opened in 1990. In March, the minister resigned. Later that year, the plant closed.", ref, []want{
		{"1990", doc.Date, "1990", ""}, {"March", doc.Date, "2025-03", ""}, {"Later that year", doc.Date, "1990", "END"}})
	check(t, "The mill closed in November 2019. In March, its owner sold the land. That year, prices fell.", ref, []want{
		{"November 2019", doc.Date, "2019-11", ""}, {"March", doc.Date, "2025-03", ""}, {"That year", doc.Date, "2019", ""}})
}

// TestThatDayNotTheDayOfSpeaking: "that day" in the words of a speaker
// whose day of speaking is the last day named is not that day: it is a
// day named before it, and with none it is dropped. "Later that day" and
// a day that was no day of speaking still count from the last day named.
func TestThatDayNotTheDayOfSpeaking(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"Yesterday, the mayor of Tolvan said that day would be historic.", []want{
			{"Yesterday", doc.Date, "2025-08-27", ""}}},
		{"The Tolvan vote is on Sept. 2. Yesterday, the mayor said that day would be historic.", []want{
			{"Sept. 2", doc.Date, "2025-09-02", ""}, {"Yesterday", doc.Date, "2025-08-27", ""}, {"that day", doc.Date, "2025-09-02", ""}}},
		{"The mayor of Tolvan said on Monday he would resign, and later that day he did.", []want{
			{"Monday", doc.Date, "2025-08-25", ""}, {"later that day", doc.Date, "2025-08-25", "END"}}},
		{"Crews reached Tolvan on Monday, and that day the bridge reopened.", []want{
			{"Monday", doc.Date, "2025-08-25", ""}, {"that day", doc.Date, "2025-08-25", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}

// TestThatPartOfDay: "that night", "later that morning" are the part of
// the last day named; "that summer" the season of the last year written
// out. With no day named, "that night" is left alone.
func TestThatPartOfDay(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The storm reached Velm on Aug. 3. That night, the power failed.", []want{
			{"Aug. 3", doc.Date, "2025-08-03", ""}, {"That night", doc.TimeOfDay, "2025-08-03TNI", ""}}},
		{"Ortiz left Tolvan on Monday, and crowds gathered that evening.", []want{
			{"Monday", doc.Date, "2025-08-25", ""}, {"that evening", doc.TimeOfDay, "2025-08-25TEV", ""}}},
		{"The dam at Orrin was built in 2010. That summer, it cracked.", []want{
			{"2010", doc.Date, "2010", ""}, {"That summer", doc.Date, "2010-SU", ""}}},
		{"The power in Velm failed that night.", nil},
		// "that" after a verb of saying opens its words.
		{"On Monday, the union said that night shifts would be cut.", []want{{"Monday", doc.Date, "2025-08-25", ""}}},
		{"Officials on Monday said that morning traffic was light.", []want{{"Monday", doc.Date, "2025-08-25", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
		compare(t, c.text, findAnnotated(c.text, pub), c.wants)
	}
}

// TestThatBeforeNoun: with the language core's tags, "that morning"
// naming the kind of a noun after a verb is no time.
func TestThatBeforeNoun(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"On Monday, Velm drivers found that morning traffic was light.", []want{{"Monday", doc.Date, "2025-08-25", ""}}},
		{"Ortiz reached Velm on Monday and left that morning.", []want{
			{"Monday", doc.Date, "2025-08-25", ""}, {"that morning", doc.TimeOfDay, "2025-08-25TMO", ""}}},
	}
	for _, c := range cases {
		compare(t, c.text, findAnnotated(c.text, pub), c.wants)
	}
}
