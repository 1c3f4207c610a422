package timex

import (
	"strconv"
	"strings"
	"time"
)

// Helpers for code that compares TimeML values from different sources:
// the evaluation harness, case lists written by other tools, the ledger
// matching times across articles.

// Grains, coarsest last, as Granularity reports them.
const (
	GrainSecond   = "second"
	GrainMinute   = "minute"
	GrainHour     = "hour"
	GrainPartDay  = "partofday" // 2025-08-26TMO
	GrainDay      = "day"
	GrainWeek     = "week"
	GrainWeekend  = "weekend"
	GrainMonth    = "month"
	GrainSeason   = "season"
	GrainQuarter  = "quarter"
	GrainHalf     = "half"
	GrainYear     = "year"
	GrainDecade   = "decade"
	GrainCentury  = "century"
	GrainRef      = "ref"      // PRESENT_REF, PAST_REF, FUTURE_REF
	GrainDuration = "duration" // P2Y, PT25M
	GrainUnknown  = ""
)

// CanonicalValue writes a TimeML value in one spelling so that values
// from different annotators compare as strings: ISO weeks are zero-padded
// ("2000-W7" → "2000-W07") and letters are upper case.
func CanonicalValue(v string) string {
	v = strings.ToUpper(strings.TrimSpace(v))
	if i := strings.Index(v, "-W"); i >= 0 {
		j := i + 2
		k := j
		for k < len(v) && v[k] >= '0' && v[k] <= '9' {
			k++
		}
		if k-j == 1 {
			v = v[:j] + "0" + v[j:]
		}
	}
	return v
}

// Granularity tells how precise a TimeML date or time value is.
func Granularity(v string) string {
	v = CanonicalValue(v)
	switch {
	case v == "":
		return GrainUnknown
	case strings.HasSuffix(v, "_REF"):
		return GrainRef
	case v[0] == 'P':
		return GrainDuration
	}
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		t := strings.TrimSuffix(v[i+1:], "Z") // a UTC clock (utc.go)
		switch {
		case t == "MO" || t == "AF" || t == "EV" || t == "NI" || t == "DT" || t == "MEB" || t == "MEL" || t == "MED": // meals (meals.go)
			return GrainPartDay
		case len(t) >= 8:
			return GrainSecond
		case len(t) == 5:
			return GrainMinute
		case len(t) == 2:
			return GrainHour
		}
		return GrainUnknown
	}
	v = strings.TrimPrefix(v, "FY")
	switch {
	case strings.HasSuffix(v, "-WE"):
		return GrainWeekend
	case strings.Contains(v, "-W"):
		if len(v) == 10 {
			return GrainDay // XXXX-WXX-2
		}
		return GrainWeek
	case strings.Contains(v, "-Q"):
		return GrainQuarter
	case strings.Contains(v, "-H"):
		return GrainHalf
	case len(v) == 7 && (strings.HasSuffix(v, "SP") || strings.HasSuffix(v, "SU") || strings.HasSuffix(v, "FA") || strings.HasSuffix(v, "WI")):
		return GrainSeason
	case len(v) == 10:
		return GrainDay
	case len(v) == 7:
		return GrainMonth
	case len(v) == 4:
		return GrainYear
	case len(v) == 3:
		return GrainDecade
	case len(v) == 2:
		return GrainCentury
	}
	return GrainUnknown
}

// FormatAt writes the instant t as a TimeML value at the given grain: the
// day "2013-02-15", its ISO week "2013-W07", "2013-02", "2013-Q1", "2013",
// or the clock time "2013-02-12T15:00" for hours and minutes. It is how
// instants from tools that do not speak TimeML (Duckling) are compared
// with our values.
func FormatAt(t time.Time, grain string) string {
	d := date(t.Year(), int(t.Month()), t.Day())
	switch grain {
	case GrainYear:
		return pad(t.Year(), 4)
	case GrainDecade:
		return pad(t.Year()/10, 3)
	case GrainCentury:
		return pad(t.Year()/100, 2)
	case GrainQuarter:
		return pad(t.Year(), 4) + "-Q" + strconv.Itoa((int(t.Month())-1)/3+1)
	case GrainHalf:
		return pad(t.Year(), 4) + "-H" + strconv.Itoa((int(t.Month())-1)/6+1)
	case GrainMonth:
		return fmtMonth(t.Year(), int(t.Month()))
	case GrainWeek:
		return fmtWeek(d)
	case GrainWeekend:
		return fmtWeek(d) + "-WE"
	case GrainHour, GrainMinute:
		return fmtDay(d) + "T" + pad(t.Hour(), 2) + ":" + pad(t.Minute(), 2)
	case GrainSecond:
		return fmtDay(d) + "T" + pad(t.Hour(), 2) + ":" + pad(t.Minute(), 2) + ":" + pad(t.Second(), 2)
	}
	return fmtDay(d)
}
