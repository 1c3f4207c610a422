package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// pollReports adds the answers of a poll's respondents, told as a share of
// them with a verb of saying or choosing: "Nearly half said they prefer …",
// "53 percent would vote for Ruiz", "More than six in 10 said …",
// "Two-thirds support the plan". The parser seldom makes such a share the
// verb's subject (it reads "six in 10" as an adverbial, "percent … say" as
// a noun with a clause), and "pick" or a bare "vote" are no cues elsewhere
// ("vote for" is, see votecue.go), but with a share of respondents as
// subject they report what the poll found those people think, as news
// writes poll results and PolNeAR marks them.
// The share must open a clause (the sentence, or after ";", ",", "and",
// "while", "but", "after", "with", "that" or a colon), so "the 54 percent
// majority in the Senate" is no respondent.
//
// A share is a poll's only when the sentence or one of the three before it
// speaks of a poll ("poll", "survey", "respondents", "those polled"): "52
// percent picked the incumbent" in an election story is a result, and
// "a majority of the board approved the merger" is a body's act, neither
// an answer anyone gave. A share that votes with a side is the exception
// outside a poll: voting is itself a stance, and voteCues reads it
// ("52 percent voted for the incumbent"); inside a poll's context
// voteCues leaves it to this rule. A share that says something ("26 percent said
// …") needs no poll named: it reports those people's words either way.
func (x *extractor) pollReports(first, end int) {
	d := x.d
	inPoll := x.pollContext(first, end)
	for i := first; i < end; i++ {
		if i > first {
			switch d.Tokens[i-1].Lower {
			case ";", ",", "and", "while", "but", ":", "whereas", "—", "–", "after", "with", "that":
			default:
				continue
			}
		}
		q := x.pollShare(i, end)
		if q < 0 {
			continue
		}
		// "of" and the group polled: "of Democrats", "of those surveyed".
		v := q
		if v < end && d.Tokens[v].Lower == "of" && x.ofBody(v+1, end) {
			// "Two-thirds of the council backed …": members voting.
			continue
		}
		if v < end && d.Tokens[v].Lower == "of" {
			for v++; v < end && v < q+8; v++ {
				if pollGroup[d.Tokens[v].Lower] {
					// "of the nurses polled", "of those surveyed".
					continue
				}
				if pollVerb(d.Tokens[v].Lower) != "" && d.Tokens[v].POS != "VERB" {
					// "of the nurses polled support …", where the tagger
					// reads the verb as a noun; "of her support" is one.
					if pp := d.Tokens[v-1].POS; pp != "NOUN" && pp != "PROPN" && !pollGroup[d.Tokens[v-1].Lower] {
						v = end
					}
					break
				}
				if p := d.Tokens[v].POS; p == "VERB" || p == "AUX" || pollAux[d.Tokens[v].Lower] || d.Tokens[v].Text == "," {
					break
				}
				if w := d.Tokens[v].Lower; w == "who" || w == "that" || w == "which" {
					// "two-thirds of those who picked …": the verb is
					// the relative clause's.
					v = end
					break
				}
			}
		}
		cs := v
		for v < end && pollAux[d.Tokens[v].Lower] {
			v++
		}
		if v >= end {
			continue
		}
		lemma := pollVerb(d.Tokens[v].Lower)
		if lemma == "" || x.usedRange(i, v+1) || x.inQuoteRange(i, v+1) || !inPoll && !sharesSay(lemma, d.Tokens[v].Lower) {
			continue
		}
		if i > first && d.Tokens[i-1].Lower == "with" && !strings.HasSuffix(d.Tokens[v].Lower, "ing") {
			// "with 36 percent support": after "with" only a participle
			// answers ("with three in 10 saying …").
			continue
		}
		ce := v + 1
		if ce < end {
			switch w := d.Tokens[ce].Lower; {
			case lemma == "vote" && (w == "for" || w == "against"),
				(lemma == "approve" || lemma == "disapprove") && w == "of":
				ce++
			}
		}
		ce0 := ce
		for ce < end && !x.pollAnswerEnds(ce, end) {
			ce++
		}
		if ce <= ce0 {
			continue
		}
		x.add(x.mk(srcSpan{i, cs}, d.TokenSpan(cs, ce0), d.TokenSpan(ce0, ce), doc.Indirect))
		i = ce - 1
	}
}

// sharesSay reports whether a share of people answers with a verb of
// saying ("26 percent said …", "nearly a third say …"): that is a report
// of what those people said with or without a poll named nearby, unlike
// "52 percent voted for" or "two-thirds support", which may be results.
func sharesSay(lemma, form string) bool {
	return lemma == "say" && form != "saying"
}

// pollAnswerEnds reports whether the answer that runs on at token c stops
// there: at a semicolon, at "while" or "whereas", where another share
// of respondents opens after a comma or "and" ("48 percent back Lee, 45
// percent Ruiz"), at a comma before "according to" or before a closing
// report of the poll (", the survey found."), and at ", and" or ", but"
// opening a clause of the writer's (", and turnout rose").
func (x *extractor) pollAnswerEnds(c, end int) bool {
	d := x.d
	switch d.Tokens[c].Lower {
	case ";", "while", "whereas":
		return true
	case ",", "and":
		n := c + 1
		if n >= end {
			return false
		}
		switch d.Tokens[n].Lower {
		case "while":
			return true
		case "according":
			return d.Tokens[c].Text == ","
		case "and", "but", "yet":
			if d.Tokens[c].Text == "," && n+1 < end && x.clauseAfter(n+1, end) {
				return true
			}
		}
		if d.Tokens[c].Text == "," && x.closingReport(n, end) {
			return true
		}
		return x.pollShare(n, end) > 0
	}
	return false
}

// closingReport reports whether [n, end) is a short clause that closes the
// sentence by naming who found or said it: "the poll found", "the survey
// showed", "Ortiz said".
func (x *extractor) closingReport(n, end int) bool {
	d := x.d
	for end > n && (isFinal(d.Tokens[end-1].Text) || syntax.IsQuote(d.Tokens[end-1].Text)) {
		end--
	}
	if end-n < 2 || end-n > 6 {
		return false
	}
	for i := n; i < end; i++ {
		if d.Tokens[i].Text == "," {
			return false
		}
	}
	switch d.Tokens[end-1].Lower {
	case "said", "says", "found", "finds", "showed", "shows", "suggested", "suggests", "reported", "reports", "concluded":
		return true
	}
	return false
}

// pollWord reports whether w names a poll or its respondents; one of them
// near the sentence makes a share a poll's.
func pollWord(w string) bool {
	switch w {
	case "poll", "polls", "polled", "pollster", "pollsters", "survey", "surveys", "surveyed",
		"respondent", "respondents":
		return true
	}
	return pollGroup[w] && w != "asked" && w != "questioned"
}

// pollContext reports whether the sentence [first, end) or one of the
// three before it speaks of a poll.
func (x *extractor) pollContext(first, end int) bool {
	d := x.d
	f := first
	for back := 0; back < 3 && f > 0; back++ {
		// A poll story names its poll once and gives its shares over
		// the next few sentences (its paragraphs are often one
		// sentence each).
		f = d.Sentences[d.Tokens[f-1].Sent].First
	}
	for i := f; i < end; i++ {
		if pollWord(d.Tokens[i].Lower) {
			return true
		}
	}
	return false
}

// pollBodies are bodies whose members vote as members, not as a poll's
// respondents.
var pollBodies = map[string]bool{"board": true, "council": true, "committee": true, "panel": true,
	"senate": true, "house": true, "assembly": true, "jury": true, "court": true, "commission": true,
	"cabinet": true, "parliament": true, "legislature": true, "chamber": true}

// ofBody reports whether the phrase after a share's "of" at i names a body
// whose members voted ("of the board", "of the city council").
func (x *extractor) ofBody(i, end int) bool {
	d := x.d
	body := false
	for j := i; j < end && j < i+4; j++ {
		w := d.Tokens[j].Lower
		switch {
		case pollBodies[w]:
			body = true
			continue
		case body && (pollWord(w) || d.Tokens[j].POS == "NOUN" || d.Tokens[j].POS == "PROPN"):
			// "of the council members surveyed", "of House
			// Republicans": the body only names whose members answer.
			return false
		}
		if p := d.Tokens[j].POS; p != "DET" && p != "ADJ" && p != "PROPN" && p != "NOUN" {
			break
		}
	}
	return body
}

// pollHedges may open a share: "More than half", "Nearly 40 percent".
var pollHedges = map[string]bool{"more": true, "than": true, "nearly": true, "almost": true, "about": true,
	"roughly": true, "just": true, "only": true, "fewer": true, "less": true, "over": true, "under": true,
	"around": true, "some": true, "at": true, "least": true, "a": true, "the": true, "another": true}

// pollFractions name a share without a number.
var pollFractions = map[string]bool{"half": true, "third": true, "thirds": true, "quarter": true, "quarters": true,
	"majority": true, "plurality": true, "two-thirds": true, "one-third": true, "three-quarters": true,
	"one-quarter": true, "one-half": true, "two-third": true}

// pollShare returns the end of a share of respondents starting at i ("46
// percent", "42%", "six in 10", "Nearly half", "a majority"), or -1.
func (x *extractor) pollShare(i, end int) int {
	d := x.d
	j := i
	for j < end && j < i+3 && pollHedges[d.Tokens[j].Lower] {
		j++
	}
	if j >= end {
		return -1
	}
	w := d.Tokens[j].Lower
	switch {
	case pollFractions[w]:
		return j + 1
	case d.Tokens[j].POS == "NUM" || startsWithDigit(w) || numberWord(w):
		if strings.HasSuffix(w, "%") {
			return j + 1
		}
		if j+1 < end && (d.Tokens[j+1].Lower == "percent" || d.Tokens[j+1].Text == "%") {
			return j + 2
		}
		if j+2 < end && d.Tokens[j+1].Lower == "in" && (startsWithDigit(d.Tokens[j+2].Lower) || numberWord(d.Tokens[j+2].Lower)) {
			// "six in 10", "one in five".
			return j + 3
		}
	}
	return -1
}

func numberWord(w string) bool {
	for _, p := range strings.Split(w, "-") {
		switch p {
		case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
			"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
			"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety":
		default:
			return false
		}
	}
	return true
}

// pollGroup are the participles that name the people a poll asked.
var pollGroup = map[string]bool{"polled": true, "surveyed": true, "asked": true, "questioned": true, "interviewed": true, "sampled": true}

// pollAux may stand between the share and its verb.
var pollAux = map[string]bool{"would": true, "will": true, "do": true, "did": true, "does": true, "not": true,
	"n't": true, "could": true, "also": true, "still": true, "now": true, "strongly": true, "somewhat": true}

// pollVerbs maps the forms of the verbs by which respondents answer to
// their lemma. "chose" is left out: "48 percent chose Lee" tells a vote's
// result, which PolNeAR never marked (0 of 7 on train), while "would
// choose" is an answer.
var pollVerbs = map[string]string{}

func init() {
	for _, f := range strings.Fields(`say:says,said,say support:support,supports,supported
		favor:favor,favors,favored,favour,favours,favoured oppose:oppose,opposes,opposed
		prefer:prefer,prefers,preferred back:back,backs,backed approve:approve,approves,approved
		disapprove:disapprove,disapproves,disapproved agree:agree,agrees,agreed disagree:disagree,disagrees,disagreed
		think:think,thinks,thought believe:believe,believes,believed want:want,wants,wanted
		vote:vote,votes,voted choose:choose,chooses pick:pick,picks,picked trust:trust,trusts,trusted
		view:view,views,viewed rate:rate,rates,rated expect:expect,expects,expected call:call,calls,called`) {
		l, forms, _ := strings.Cut(f, ":")
		for _, g := range strings.Split(forms, ",") {
			pollVerbs[g] = l
		}
		// The participle of "with three in 10 saying …"; "voting" is left
		// out ("voters voting Tuesday").
		ing := l
		switch {
		case l == "vote":
			continue
		case strings.HasSuffix(l, "ee"):
		case strings.HasSuffix(l, "e"):
			ing = l[:len(l)-1]
		}
		pollVerbs[ing+"ing"] = l
	}
}

// pollVerb returns the lemma of a verb by which respondents answer, or "".
func pollVerb(w string) string { return pollVerbs[w] }
