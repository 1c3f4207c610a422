package timex

import "strconv"

// backTo reports whether the number at token i follows "back to" or a
// dating verb with "to" ("dates back to 1865", "dating to 1742", "goes
// back to 1990"): there "to" introduces a year, where after "rose to" or
// "cut to" it introduces an amount, so the year grammar needs this cue to
// accept it (and a year before 1900).
func (p *parser) backTo(i int) bool {
	if p.lw(i-1) != "to" {
		return false
	}
	switch p.lw(i - 2) {
	case "dating", "dates", "dated", "date", "traced", "traces", "tracing":
		return true
	case "back":
		// "goes back to 1990", not "cut it back to 1200". Going back
		// to a number is as often an amount returning to a level ("staff
		// numbers went back to 1200"): only a dating verb vouches for a
		// year before 1900.
		w := p.lw(i - 3)
		if datingVerbs[w] {
			return true
		}
		if backVerbs[w] {
			y, err := strconv.Atoi(p.lw(i))
			return err == nil && len(p.lw(i)) == 4 && y >= 1900 && y <= 2100
		}
	}
	return false
}

// datingVerbs date a thing's origin: "dates back to 1742", "harks back to
// 1603", "traced back to 1810".
var datingVerbs = map[string]bool{
	"date": true, "dates": true, "dating": true, "dated": true, "hark": true, "harks": true,
	"harking": true, "trace": true, "traces": true, "traced": true, "tracing": true,
}

// backVerbs go before "back to" a year.
var backVerbs = map[string]bool{
	"go": true, "goes": true, "going": true, "gone": true, "went": true, "date": true, "dates": true,
	"dating": true, "dated": true, "way": true, "stretch": true, "stretches": true, "stretching": true,
	"hark": true, "harks": true, "harking": true, "trace": true, "traces": true, "traced": true,
	"tracing": true, "reach": true, "reaches": true, "reaching": true, "all": true,
}
