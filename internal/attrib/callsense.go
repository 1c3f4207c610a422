package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// callForOther are heads after "call for" that make the call a cry for
// aid or an umpire's ruling, not a stance: "her call for help", "a call
// for an ambulance", "the referee's call for a penalty".
var callForOther = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`help backup ambulance ambulances medic medics paramedics rescue
		rescuers reinforcements police taxi cab penalty foul timeout offside`) {
		callForOther[w] = true
	}
}

// otherCallSense reports whether stance noun k, with its complement c..e,
// is a "call for" of another sense (see callForOther).
func otherCallSense(d *doc.Document, k, c, e int) bool {
	switch d.Tokens[k].Lower {
	case "call", "calls":
		return callForOther[d.Tokens[phraseHead(d, c, e)].Lower]
	}
	return false
}
