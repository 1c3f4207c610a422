package attrib

// This file keeps stance nouns to their stance senses (a "call for" that
// is a cry for aid is none) and their infinitive contents to their own
// clause; callsense.go does the same for the verb "call".

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
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

// stopAtMainVerb returns where an infinitive that starts with verb v and
// ends before e must stop: before a finite verb right after a noun that
// has no subject of its own, which can only be the verb of the clause the
// infinitive's noun is the subject of ("promise to refund tickets helped
// …"). "to ensure voters get paid" keeps its clause: "voters" is the
// subject of "get".
func (x *extractor) stopAtMainVerb(v, e int) int {
	d := x.d
	for i := v + 2; i < e; i++ {
		switch d.Tokens[i].Tag {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		if syntax.POS(d, i) == "VERB" && syntax.POS(d, i-1) == "NOUN" && syntax.Child(d, i, "nsubj", "nsubj:pass") < 0 {
			return i
		}
	}
	return e
}
