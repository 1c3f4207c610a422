package timex

// Shorthand for the weekend, as headlines, social posts and listings
// write it ("this wknd", "the last wkend of July"): the same unit as
// "weekend" in every grammar that reads units.
func init() {
	for _, w := range []string{"wkend", "wknd"} {
		units[w] = units["weekend"]
		calUnits[w] = "weekend"
	}
	units["wkends"], units["wknds"] = units["weekends"], units["weekends"]
}
