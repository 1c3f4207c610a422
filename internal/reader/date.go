package reader

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are tried in order after normaliseDate has rewritten month
// and day names, ordinals and zone names into forms time.Parse reads.
// Zone-less layouts are read as UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04 Z07:00",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
	"2006.01.02",
	"20060102",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04",
	"2 Jan 2006 3:04 PM -0700",
	"2 Jan 2006 3:04 PM",
	"2 Jan 2006",
	"Jan 2 2006 15:04:05 -0700",
	"Jan 2 2006 15:04:05",
	"Jan 2 2006 15:04 -0700",
	"Jan 2 2006 15:04",
	"Jan 2 2006 3:04 PM -0700",
	"Jan 2 2006 3:04 PM",
	"Jan 2 2006",
	"Jan 2 15:04:05 -0700 2006",
	"Jan 2 15:04:05 2006",
	"Jan 2006",
	"2006-01",
}

// zoneOffsets maps the zone abbreviations newsrooms write to fixed offsets.
// Ambiguous ones (IST, "ET" across daylight saving) take the reading news
// sites mean most often.
var zoneOffsets = map[string]string{
	"UTC": "+0000", "GMT": "+0000", "Z": "+0000", "UT": "+0000",
	"EST": "-0500", "EDT": "-0400", "ET": "-0500",
	"CST": "-0600", "CDT": "-0500", "CT": "-0600",
	"MST": "-0700", "MDT": "-0600", "MT": "-0700",
	"PST": "-0800", "PDT": "-0700", "PT": "-0800",
	"BST": "+0100", "CET": "+0100", "CEST": "+0200", "EET": "+0200", "EEST": "+0300",
	"WET": "+0000", "WEST": "+0100", "MSK": "+0300", "IST": "+0530", "PKT": "+0500",
	"KST": "+0900", "JST": "+0900", "HKT": "+0800", "SGT": "+0800", "AEST": "+1000",
	"AEDT": "+1100", "NZST": "+1200", "NZDT": "+1300",
}

var monthNames = map[string]string{
	"january": "Jan", "february": "Feb", "march": "Mar", "april": "Apr", "may": "May", "june": "Jun",
	"july": "Jul", "august": "Aug", "september": "Sep", "october": "Oct", "november": "Nov",
	"december": "Dec", "jan": "Jan", "feb": "Feb", "mar": "Mar", "apr": "Apr", "jun": "Jun",
	"jul": "Jul", "aug": "Aug", "sep": "Sep", "sept": "Sep", "oct": "Oct", "nov": "Nov", "dec": "Dec",
}

var dayNames = map[string]string{
	"monday": "Mon", "tuesday": "Tue", "wednesday": "Wed", "thursday": "Thu", "friday": "Fri",
	"saturday": "Sat", "sunday": "Sun", "mon": "Mon", "tue": "Tue", "tues": "Tue", "wed": "Wed",
	"thu": "Thu", "thur": "Thu", "thurs": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun",
}

// ParseDate reads a publication date in the forms articles and feeds use:
// ISO 8601 / RFC 3339 ("2025-08-28", "2025-08-28T14:30:00+02:00"), RFC 1123
// ("Thu, 28 Aug 2025 14:30:00 GMT"), day-month-year and month-day-year with
// month names ("28 August 2025", "28th Aug. 2025", "Aug 28, 2025",
// "Thursday, August 28, 2025 2:30 p.m. EDT"), numeric day-first or
// month-first dates when the reading is unambiguous ("28/08/2025"), and Unix
// times in seconds or milliseconds. A date without a time of day is midnight
// UTC, which doc.FormatPublished prints as a bare date.
func ParseDate(s string) (time.Time, error) {
	orig := s
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}
	if t, ok := unixTime(s); ok {
		return t, nil
	}
	if t, ok, err := numericDate(s); ok || err != nil {
		return t, err
	}
	n := normaliseDate(s)
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, n)
		if err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", orig)
}

// unixTime reads an all-digit string of 9–13 digits as Unix seconds or
// milliseconds (8-digit strings are YYYYMMDD).
func unixTime(s string) (time.Time, bool) {
	if len(s) < 9 || len(s) > 13 {
		return time.Time{}, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return time.Time{}, false
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	if len(s) >= 12 {
		return time.UnixMilli(n).UTC(), true
	}
	return time.Unix(n, 0).UTC(), true
}

// numericDate reads d/m/yyyy, m/d/yyyy, d.m.yyyy and d-m-yyyy. It answers
// only when one reading is possible (or both readings agree); otherwise it
// reports the ambiguity rather than guess.
func numericDate(s string) (time.Time, bool, error) {
	var parts [3]int
	var seps [2]byte
	p, digits := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			parts[p] = parts[p]*10 + int(c-'0')
			digits++
			if digits > 4 {
				return time.Time{}, false, nil
			}
		case (c == '/' || c == '.' || c == '-') && p < 2 && digits > 0:
			seps[p] = c
			p++
			digits = 0
		default:
			return time.Time{}, false, nil
		}
	}
	if p != 2 || digits != 4 || seps[0] != seps[1] || parts[0] > 31 || parts[1] > 31 {
		return time.Time{}, false, nil
	}
	a, b, y := parts[0], parts[1], parts[2]
	valid := func(m, d int) bool {
		if m < 1 || m > 12 || d < 1 {
			return false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return t.Day() == d
	}
	dayFirst, monthFirst := valid(b, a), valid(a, b)
	switch {
	case dayFirst && (!monthFirst || a == b):
		return time.Date(y, time.Month(b), a, 0, 0, 0, 0, time.UTC), true, nil
	case monthFirst && !dayFirst:
		return time.Date(y, time.Month(a), b, 0, 0, 0, 0, time.UTC), true, nil
	case dayFirst && monthFirst:
		return time.Time{}, false, fmt.Errorf("ambiguous date %q (day/month or month/day?); write it as YYYY-MM-DD", s)
	}
	return time.Time{}, false, fmt.Errorf("impossible date %q", s)
}

// normaliseDate rewrites a date written in words into a form the layouts
// read: month and day names to their three-letter forms, ordinals ("28th")
// to numbers, "a.m."/"p.m." to AM/PM, zone names to offsets, and commas,
// "at" and "on" dropped.
func normaliseDate(s string) string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\u00a0' })
	out := make([]string, 0, len(fields))
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		l := strings.ToLower(strings.TrimSuffix(f, "."))
		switch {
		case l == "at" || l == "on" || l == "updated" || l == "published" || l == "posted" || l == "|" || l == "-" || l == "—":
			continue
		case monthNames[l] != "":
			out = append(out, monthNames[l])
			continue
		case dayNames[l] != "":
			// The day of the week adds nothing the date does not say.
			continue
		case l == "a.m" || l == "am":
			out = append(out, "AM")
			continue
		case l == "p.m" || l == "pm":
			out = append(out, "PM")
			continue
		}
		if off, ok := zoneOffsets[strings.ToUpper(f)]; ok && len(out) > 0 {
			out = append(out, off)
			continue
		}
		// "28th", "1st", "2nd", "3rd"
		if n := len(l); n > 2 && l[0] >= '0' && l[0] <= '9' {
			suf := l[n-2:]
			if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
				if _, err := strconv.Atoi(l[:n-2]); err == nil {
					out = append(out, l[:n-2])
					continue
				}
			}
			// "2:30pm"
			if suf == "am" || suf == "pm" {
				out = append(out, l[:n-2], strings.ToUpper(suf))
				continue
			}
		}
		// "GMT+3", "UTC+02:00"
		if u := strings.ToUpper(f); (strings.HasPrefix(u, "GMT") || strings.HasPrefix(u, "UTC")) && len(u) > 3 && (u[3] == '+' || u[3] == '-') {
			out = append(out, zoneNumber(u[3:]))
			continue
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

// zoneNumber turns "+3", "+03", "+0300" or "+03:00" into "+0300".
func zoneNumber(s string) string {
	sign, rest := s[:1], strings.ReplaceAll(s[1:], ":", "")
	switch len(rest) {
	case 1:
		return sign + "0" + rest + "00"
	case 2:
		return sign + rest + "00"
	case 3:
		return sign + "0" + rest
	}
	return sign + rest
}
