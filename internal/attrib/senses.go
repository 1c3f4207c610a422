package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// recallThings are what a maker, a government or a party recalls in the
// sense of calling back, not of remembering: goods ("recalled the cars",
// "recall 40,000 heaters"), envoys and assemblies. "The widow recalled the
// night of the flood" is a report; "Toyota was quick to recall the cars"
// is not.
var recallThings = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`car cars vehicle vehicles truck trucks suv suvs model models product products
		unit units device devices phone phones handset handsets laptop laptops battery batteries airbag airbags
		heater heaters toy toys appliance appliances tire tires tyre tyres engine engines part parts
		food foods meat beef pork chicken egg eggs milk formula lettuce drug drugs pill pills medicine medicines
		tablet tablets vaccine vaccines dose doses batch batches lot lots shipment shipments item items
		ambassador ambassadors envoy envoys diplomat diplomats consul troops parliament legislature`) {
		recallThings[w] = true
	}
}

// otherSense reports whether verb k, a word of the cue lexicons, is used
// here in a sense that reports nothing. So far only "recall" as a product
// or envoy recall: its object (by the parse, or else the next noun within a
// few words) is one of recallThings or is counted ("recalled 40,000
// heaters"), and no clause follows it.
func (x *extractor) otherSense(k int) bool {
	d := x.d
	t := &d.Tokens[k]
	if !strings.HasPrefix(t.Lower, "recall") {
		return false
	}
	if t.Dep != "" {
		if syntax.Child(d, k, "ccomp") >= 0 {
			return false
		}
		o := syntax.Child(d, k, "obj")
		if o < 0 {
			return false
		}
		return recallThings[d.Tokens[o].Lower] || syntax.Child(d, o, "nummod") >= 0
	}
	for i := k + 1; i < len(d.Tokens) && i <= k+5; i++ {
		w := d.Tokens[i].Lower
		if recallThings[w] {
			return true
		}
		if w == "that" || w == "how" || w == "," || w == "." || d.Tokens[i].POS == "VERB" {
			return false
		}
	}
	return false
}
