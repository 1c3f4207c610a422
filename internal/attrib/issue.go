package attrib

// issueVerbs put out a message: "released a statement saying …", "sent a
// tweet calling …", "posted a video urging …".
var issueVerbs = map[string]bool{"release": true, "issue": true, "send": true, "post": true, "publish": true,
	"put": true, "tweet": true, "write": true, "air": true, "run": true, "unveil": true, "file": true}

// messageNouns are what an issuing verb puts out.
var messageNouns = map[string]bool{"statement": true, "statements": true, "tweet": true, "tweets": true,
	"letter": true, "letters": true, "email": true, "emails": true, "e-mail": true, "memo": true,
	"video": true, "ad": true, "ads": true, "advertisement": true, "release": true, "post": true, "message": true,
	"op-ed": true, "column": true, "petition": true, "filing": true, "missive": true, "response": true}

// issuerOf gives a source that is a message put out by someone ("The village
// sent a letter Friday saying …": "a letter") the one who put
// it out, as PolNeAR marks it: the message's phrase must be the object of a
// verb of issuing whose subject can hold a view.
func (x *extractor) issuerOf(src srcSpan) srcSpan {
	d := x.d
	if src.limit <= src.first {
		return src
	}
	h := x.messageHead(src)
	if h < 0 || !depIs(d.Tokens[h].Dep, "obj") {
		return src
	}
	v := d.Tokens[h].Head
	if v < 0 || v >= src.first || !issueVerbs[x.lemmaOf(v)] {
		return src
	}
	j := x.issuingSubject(v)
	if j < 0 {
		return src
	}
	switch d.Tokens[j].Lower {
	case "it", "there", "this", "that":
		return src
	}
	if x.relativeIssuer(j, v) {
		return srcSpan{j, j + 1}
	}
	f, l := x.phrase(j)
	l = min(l, v)
	if f >= l || x.inQuoteRange(f, l) || !x.canHoldView(f, l) && !issuerBodies[d.Tokens[j].Lower] && !peopleNoun(d.Tokens[j].Lower) {
		return src
	}
	return srcSpan{f, l}
}

// issuerBodies put out statements in their own name though canHoldView
// does not take them as speakers elsewhere ("the town released a
// statement"; "the town said" is as often the place as its council).
var issuerBodies = map[string]bool{"town": true, "city": true, "county": true, "village": true, "district": true,
	"school": true, "hospital": true, "club": true, "team": true, "university": true, "college": true,
	"church": true, "airline": true, "firm": true, "museum": true, "league": true, "band": true, "state": true}
