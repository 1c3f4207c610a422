package timex

import "strings"

// ZoneOffset returns the UTC offset, in minutes, of a time zone as Match.Zone
// and doc.Time.Zone write it ("GMT", "PST"; standard time), and whether the
// zone is known. A reader who wants the instant a clock time names, rather
// than the time the source wrote, needs it.
func ZoneOffset(zone string) (int, bool) {
	off, ok := zoneOffsets[strings.ToLower(zone)]
	return off, ok
}
