package timex

import "time"

// clockAfter is the instant v clock units (hours, minutes, seconds) after
// t: "in half an hour", "in 2 minutes", "in a sec". A count of whole hours
// lands on t's minute and is written to the minute; one that counts
// minutes or seconds, or a fraction of an hour, lands on t's second and
// is written to the second, as precise as what it counts.
func clockAfter(t time.Time, v float64, u unit) string {
	d := time.Second
	switch u.code {
	case "H":
		d = time.Hour
	case "M":
		d = time.Minute
	}
	at := t.Add(time.Duration(v * float64(u.mult) * float64(d)))
	if u.code == "H" && v == float64(int(v)) {
		return fmtClock(at)
	}
	return fmtClock(at) + ":" + pad(at.Second(), 2)
}
