package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// recallThings are what a maker, a government or a party recalls in the
// sense of calling back, not of remembering: goods ("recalled the cars",
// "recall 40,000 heaters"), envoys and assemblies. "The widow recalled the
// night of the flood" is a report; "the carmaker was quick to recall the cars"
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
// here in a sense that reports nothing. Each sense below was right in a
// quarter or less of its readings on PolNeAR train:
//   - "recall" as a product or envoy recall: its object (by the parse, or
//     else the next noun within a few words) is one of recallThings or is
//     counted ("recalled 40,000 heaters"), and no clause follows it;
//   - "means" and "meant" ("the ruling means tenants will get refunds"): an
//     entailment, not a view (never a cue on train, 12 times read as one);
//   - "maintain" and "prove" without a clause ("maintains a narrow edge",
//     "proved handy at baking", "proved to be a wet summer");
//     "has long maintained that …" stays a cue;
//   - "find" by someone who comes upon something ("found ways to fix
//     the roof", "found a willing buyer", "can find shelter"): only a
//     clause ("found that …"), a predicate ("find his message chilling")
//     or a finder that is a poll, a study or a report makes it a finding;
//   - "called" naming what the noun before it is called ("a charity
//     called Bright Harbor", "a short film called \"Lanterns\""): a name, not a
//     label someone pins on it;
//   - "intended" describing the noun before it ("rules intended to curb
//     late fees"), a purpose rather than someone's plan;
//   - "put" other than "put it" ("as she put it"), "put out" or an
//     estimate ("puts the toll at 300"): "put the box on the shelf", "put
//     her coat on the chair";
//   - "states" as the plural noun the tagger reads as a verb ("border
//     states that vote in May", "Gulf Coast states, which …").
func (x *extractor) otherSense(k int) bool {
	d := x.d
	t := &d.Tokens[k]
	switch w := t.Lower; {
	case w == "mean" || w == "means" || w == "meant":
		return true
	case strings.HasPrefix(w, "maintain"):
		// "maintained his innocence": keeping up a stance is one.
		o := syntax.Child(d, k, "obj")
		return !x.takesClause(k) && !(o >= 0 && maintainedStances[d.Tokens[o].Lower])
	case w == "prove" || w == "proves" || w == "proved" || w == "proven" || w == "proving":
		return !x.takesClause(k)
	case w == "find" || w == "finds" || w == "found" || w == "finding":
		return !x.findsSomething(k)
	case isCallForm(w) && x.callElsewhere(k):
		// "called off the vote", "a call center" (callsense.go).
		return true
	case w == "called" || w == "named" || w == "dubbed" || w == "titled" || w == "entitled":
		return x.namingParticiple(k)
	case w == "intended":
		// "rules intended to curb late fees": a purpose, not a plan.
		return depIs(t.Dep, "acl") || k > 0 && d.Tokens[k-1].POS == "NOUN"

	case w == "put" || w == "puts" || w == "putting":
		return !x.putReports(k)
	case w == "states":
		return x.pluralStates(k)
	case strings.HasPrefix(w, "recall"):
		return x.recallsThing(k)
	case strings.HasPrefix(w, "bash") || strings.HasPrefix(w, "trash") || strings.HasPrefix(w, "savag"):
		return !x.verbalAttack(k)
	case isSpeak(w):
		return x.speakTopicless(k)
	case w == "said":
		return x.discourseSaid(k)
	}
	return false
}

// verbalAttack reports whether "bash", "trash" or "savage" at k attacks
// someone or their ideas in words rather than a thing or a body: someone
// who can hold a view does it, to a name, a person or group, or a plan,
// bill, record and the like ("the governor savaged the budget plan";
// "fans trashed the stadium", "a dog savaged a child" are no views).
func (x *extractor) verbalAttack(k int) bool {
	d := x.d
	s := syntax.Child(d, k, "nsubj")
	o := syntax.Child(d, k, "obj")
	if o < 0 || s >= 0 && d.Tokens[s].POS == "NOUN" && !x.canHoldView(s, s+1) && !peopleNoun(d.Tokens[s].Lower) {
		// A subject the parse leaves out (an infinitive, "who") is
		// judged by the object alone.
		return false
	}
	ot := &d.Tokens[o]
	switch {
	case ot.POS == "PROPN", ot.POS == "NUM", sourceNouns[ot.Lower]:
		return true
	case ot.POS == "PRON":
		return ot.Lower != "it" && ot.Lower != "them"
	}
	return attackedIdeas[ot.Lower]
}

// attackedIdeas are the things a verbal attack is aimed at besides people.
var attackedIdeas = map[string]bool{"plan": true, "plans": true, "proposal": true, "proposals": true, "bill": true,
	"bills": true, "idea": true, "ideas": true, "policy": true, "policies": true, "deal": true, "decision": true,
	"record": true, "report": true, "remarks": true, "comments": true, "speech": true, "budget": true, "law": true,
	"ruling": true, "agreement": true, "strategy": true, "campaign": true, "administration": true, "party": true,
	"media": true, "press": true, "government": true, "leadership": true, "opponents": true, "rivals": true,
	"critics": true, "rival": true, "opponent": true, "approach": true, "handling": true, "response": true,
	"deals": true, "movement": true, "coalition": true, "establishment": true, "agenda": true, "candidates": true,
	"candidate": true, "president": true, "leaders": true, "officials": true, "economy": true, "system": true}

// maintainedStances are objects of "maintain" that are a view kept up.
var maintainedStances = map[string]bool{"innocence": true, "position": true, "stance": true, "view": true,
	"views": true, "opposition": true, "support": true, "claim": true, "claims": true, "denial": true, "denials": true,
	"belief": true, "insistence": true, "objection": true, "objections": true}

// recallsThing reports whether "recall" at k calls back goods or envoys.
func (x *extractor) recallsThing(k int) bool {
	d := x.d
	t := &d.Tokens[k]
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

// takesClause reports whether verb k has a clause as its complement: a
// ccomp in the parse, or else "that" right after it.
func (x *extractor) takesClause(k int) bool {
	d := x.d
	if d.Tokens[k].Dep != "" {
		return syntax.Child(d, k, "ccomp") >= 0
	}
	return k+1 < len(d.Tokens) && d.Tokens[k+1].Lower == "that"
}

// putReports reports whether "put" at k reports words or a figure: "put
// it" ("as the mayor put it"), "put out" (a statement), or an object then
// "at" or "closer to" and a number later in the sentence ("puts the toll
// at about 300").
func (x *extractor) putReports(k int) bool {
	d := x.d
	if k+1 < len(d.Tokens) && (d.Tokens[k+1].Lower == "it" || d.Tokens[k+1].Lower == "out") {
		return true
	}
	_, lim := x.sentBounds(k)
	for i := k + 1; i+1 < lim; i++ {
		if w := d.Tokens[i].Lower; w != "at" && !(w == "to" && i > 0 && (d.Tokens[i-1].Lower == "closer" || d.Tokens[i-1].Lower == "close")) {
			continue
		}
		for j := i + 1; j < lim && j <= i+3; j++ {
			if d.Tokens[j].POS == "NUM" || d.Tokens[j].Text == "$" || startsWithDigit(d.Tokens[j].Text) {
				return true
			}
		}
	}
	return false
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// pluralStates reports whether "states" at k is the noun: after a number,
// an adjective or a name that qualifies it ("50 states", "early states",
// "Gulf Coast states"), closing a phrase that a preposition opens, or before a relative word, a comma, "and" or the
// end of the sentence, or before "that" and a verb ("states that vote in
// May"; the verb reads "states that the fee is due").
func (x *extractor) pluralStates(k int) bool {
	d := x.d
	if k+2 < len(d.Tokens) && d.Tokens[k+1].Lower == "that" {
		// The clause after "that" decides first: "The letter from the
		// ministry states that the fee is due" is a verb whatever
		// preposition or number comes before it; "states that vote"
		// is the noun.
		p := d.Tokens[k+2].POS
		return p == "VERB" || p == "AUX"
	}
	if k > 0 {
		switch d.Tokens[k-1].POS {
		case "NUM", "ADJ":
			return true
		}
		if isUpper(d.Tokens[k-1].Text) && d.Tokens[k-1].Dep == "compound" {
			return true
		}
	}
	// The words before it make a phrase a preposition opens ("in the
	// border states", "across Gulf Coast states"): a subject does not.
	for i := k - 1; i >= 0; i-- {
		p := d.Tokens[i].POS
		if p == "ADP" {
			return true
		}
		if p != "NOUN" && p != "PROPN" && p != "DET" {
			break
		}
	}
	if k+1 >= len(d.Tokens) {
		return true
	}
	switch n := d.Tokens[k+1].Lower; n {
	case "which", "where", "who", "whose", ",", "and", "or", ".", ";", ")":
		return true
	case "that":
		if k+2 < len(d.Tokens) {
			p := d.Tokens[k+2].POS
			return p == "VERB" || p == "AUX"
		}
	}
	return false
}

// findingSubjects head the subjects whose "found" reports a finding.
var findingSubjects = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true,
	"studies": true, "report": true, "reports": true, "analysis": true, "analyses": true, "census": true,
	"data": true, "inquiry": true, "investigation": true, "review": true, "audit": true, "research": true,
	"researchers": true, "authors": true, "examination": true, "paper": true, "investigators": true,
	"auditors": true, "inspector": true, "general": true, "probe": true}

// findsSomething reports whether "find" at k reports a finding: a clause, a
// predicate after its object, or a finder of findingSubjects.
func (x *extractor) findsSomething(k int) bool {
	d := x.d
	if x.takesClause(k) || d.Tokens[k].Dep == "" {
		return true
	}
	if n := k + 1; n < len(d.Tokens) && (d.Tokens[n].Lower == "that" || d.Tokens[n].Lower == "out") {
		return true
	}
	_, lim := x.sentBounds(k)
	for i := k + 2; i < lim && i <= k+10; i++ {
		// "find his message chilling": an adjective right after the
		// object's noun is its predicate.
		if d.Tokens[i].POS == "ADJ" {
			switch d.Tokens[i-1].POS {
			case "NOUN", "PROPN", "PRON":
				return true
			}
		}
		if d.Tokens[i].Text == "," || d.Tokens[i].POS == "VERB" {
			break
		}
	}
	if syntax.Child(d, k, "xcomp") >= 0 {
		return true
	}
	j := syntax.Child(d, k, "nsubj")
	if j < 0 {
		return true
	}
	if d.Tokens[j].POS == "PROPN" {
		// "Northpoll finds …", "Civic Metrics found …": a pollster's name; a person's
		// name is as likely, and is left as it was.
		return true
	}
	return findingSubjects[d.Tokens[j].Lower]
}

// namingParticiple reports whether "called" (or "named", "dubbed",
// "titled") at k gives the name of the noun right before it: a participle
// with no auxiliary, after a common noun that names no one who could speak,
// before a capitalised word or a quotation mark.
func (x *extractor) namingParticiple(k int) bool {
	d := x.d
	if k < 1 || k+1 >= len(d.Tokens) || d.Tokens[k-1].POS != "NOUN" || isUpper(d.Tokens[k-1].Text) {
		return false
	}
	if (sourceNouns[d.Tokens[k-1].Lower] || peopleNoun(d.Tokens[k-1].Lower)) && !x.indefinite(k-1) {
		// "one councillor called Ortiz …", "the Reyes campaign called the
		// report …": someone who can speak does the calling; "a new
		// group called Clean River Now" is named.
		return false
	}
	if t := d.Tokens[k].Dep; t != "" && !depIs(t, "acl") {
		return false
	}
	n := d.Tokens[k+1].Text
	return isUpper(n) || syntax.IsQuote(n) || n == "#"
}

// indefinite reports whether the noun phrase ending at noun n opens with
// "a" or "an" ("a new group", "an adaptation of a show").
func (x *extractor) indefinite(n int) bool {
	d := x.d
	for i := n; i >= 0 && i >= n-5; i-- {
		switch d.Tokens[i].Lower {
		case "a", "an":
			return true
		}
		if p := d.Tokens[i].POS; p == "VERB" || p == "AUX" || p == "PUNCT" {
			return false
		}
	}
	return false
}
