package timex

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestClockThenPartAndThisComing checks clock times said in words beside
// a part of a day, and "this coming" before a unit (qref is Tuesday
// 2013-02-12, 04:30).
func TestClockThenPartAndThisComing(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The fireworks start at half past eight tonight.", []want{
			{"half past eight tonight", doc.TimeOfDay, "2013-02-12T20:30", ""}}},
		{"The polls closed at ten o'clock last night.", []want{
			{"ten o'clock last night", doc.TimeOfDay, "2013-02-11T22:00", ""}}},
		{"The ministers meet at quarter to seven tomorrow evening.", []want{
			{"quarter to seven tomorrow evening", doc.TimeOfDay, "2013-02-13T18:45", ""}}},
		{"Tonight at quarter past nine, the count begins.", []want{
			{"Tonight at quarter past nine", doc.TimeOfDay, "2013-02-12T21:15", ""}}},
		// After midnight the day is the next one: left as read.
		{"The raid will begin at two o'clock tonight.", []want{
			{"two o'clock", doc.TimeOfDay, "2013-02-12T02:00", ""}, {"tonight", doc.TimeOfDay, "2013-02-12TNI", ""}}},
		{"The rally is set for this coming weekend.", []want{{"this coming weekend", doc.Date, "2013-W07-WE", ""}}},
		{"The board will vote this coming month.", []want{{"this coming month", doc.Date, "2013-03", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
