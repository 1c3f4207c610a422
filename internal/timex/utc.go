package timex

// utcValue writes a clock time given in UTC with ISO 8601's "Z" ("18:00
// UTC" → 2009-12-15T18:00Z), as TimeML (MEANTIME) does: the value then
// names the instant on its own, where a bare T18:00 is local time, and a
// reader of the value alone no longer needs the zone note. "GMT" keeps
// the written clock and its note like every other zone: it is also the
// name of Britain's winter clock, which news uses loosely ("GMT+1", a
// London time in summer), and the Recognizers cases compare it as
// written (measured: with GMT, one Recognizers case lost). Values without
// a clock part, or already zoned, stay.
func utcValue(v, zone string) string {
	if zone != "UTC" && zone != "Z" {
		return v
	}
	n := len(v)
	// The value must end in a clock: "…T18", "…T18:00", "…T18:00:30".
	t := -1
	for i := n - 1; i >= 0 && i >= n-9; i-- {
		if v[i] == 'T' {
			t = i
			break
		}
	}
	if t < 0 || t+3 > n {
		return v
	}
	for i := t + 1; i < n; i++ {
		if c := v[i]; (c < '0' || c > '9') && c != ':' && c != '.' {
			return v // "TNI", "TMO", or a zone already written
		}
	}
	return v + "Z"
}
