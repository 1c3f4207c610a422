// Package entity finds the people, organisations, places, groups, events and
// products an article names, and groups every mention of one thing into one
// doc.Entity: "Kim Jong Un", "Kim" and a resolved "He" become one PERSON
// whose canonical name is the fullest one.
//
// Mentions come from three sources, merged by priority: the gazetteer
// (countries, demonyms, well-known organisations, regions and events), rules
// over runs of capitalised tokens (titles before names, organisation
// suffixes, region and event words, possessive "South Korea's intelligence
// agency"), and, when a statistical NER has filled Token.Ent, its BILOU
// spans. The NER outranks the rules' guesses but not the gazetteer or the
// rules that rest on explicit cues. Grouping is rule-based coreference:
// short forms of person names, acronyms of organisations, spellings of the
// same country, and third-person pronouns resolved to the last compatible
// person within a few sentences.
//
// The step runs after tokenisation and before attribution, which uses
// ResolvePronoun to turn "he said" into a named speaker.
package entity

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/gazetteer"
)

// pronounWindow is how many sentences back a pronoun may look for its
// antecedent: news rarely refers further back by "he" or "she".
const pronounWindow = 3

// Mention priorities: when candidate spans overlap, the higher wins, then
// the longer.
const (
	prioNER     = 1 // statistical NER span: fills the gaps the rules leave
	prioGuess   = 2 // capitalised run typed by default guesses
	prioRule    = 3 // rule with an explicit cue (title, suffix, region word)
	prioGaz     = 4 // gazetteer match
	prioNested  = 5 // possessive agency ORG, allowed to contain a GPE
	prioPronoun = 0
)

// cand is a candidate or accepted mention over tokens [first, limit).
type cand struct {
	first, limit int
	typ          string
	prio         int8
	nested       bool // may overlap accepted mentions (contains its GPE)
	kind         gazetteer.Kind
	canonical    string // from the gazetteer or the rule, else ""
	link         string
	country      string
	gender       gazetteer.Gender
	pronoun      bool
	ent          int // index into ents after grouping
}

// group is an entity being built.
type group struct {
	typ       string
	kind      gazetteer.Kind
	canonical string // gazetteer canonical, fixed when set
	best      int    // index of the fullest mention (in cands)
	link      string
	country   string
	gender    gazetteer.Gender
	mentions  []int // indexes into cands
	last      int   // token index of the latest mention
	typPrio   int8  // priority of the mention the type comes from
}

// extractor holds the per-document state.
type extractor struct {
	d     *doc.Document
	g     *gazetteer.Gazetteer
	toks  []doc.Token
	cands []cand
	// lowerSeen is built lazily: lower-case words the document uses in
	// lower case, so that a capitalised sentence-initial "Promises" is
	// known to be an ordinary word.
	lowerSeen map[string]bool
	groups    []group
	hasNER    bool
	// caps counts capitalised words, built on first use.
	caps map[string]int
	// starts[i] is the gazetteer's Starts for token i: the kinds of the
	// phrases that may start there. Every lookup checks it first.
	starts []gazetteer.Kind
}

// match is the gazetteer's Match, skipped when no phrase of the wanted
// kinds starts with the token.
func (x *extractor) match(i, limit int, want gazetteer.Kind) (int, *gazetteer.Entry) {
	if i >= limit || x.starts[i]&want == 0 {
		return 0, nil
	}
	return x.g.Match(x.toks, i, limit, want)
}

// Extract appends the document's entities to d.Entities, numbered "e1"…
// in order of first mention. It needs d.Tokens and d.Sentences; it runs
// after the statistical NER when there is one (it reads Token.Ent) and
// before attribution, which resolves speakers with ResolvePronoun and
// EntityAt. It is safe to call on different documents concurrently.
func Extract(d *doc.Document) {
	if len(d.Tokens) == 0 {
		return
	}
	x := &extractor{d: d, g: gazetteer.Default(), toks: d.Tokens}
	for i := range x.toks {
		if e := x.toks[i].Ent; e != "" && e != "O" {
			x.hasNER = true
			break
		}
	}
	x.cands = make([]cand, 0, len(x.toks)/8+4)
	x.starts = make([]gazetteer.Kind, len(x.toks))
	for i := range x.toks {
		x.starts[i] = x.g.Starts(x.toks[i].Lower)
	}
	for si := range d.Sentences {
		x.sentence(si)
	}
	x.acronyms()
	if x.hasNER {
		x.nerSpans()
		x.filterGuesses()
	}
	x.shortOrgForms()
	accepted := x.selectMentions()
	x.groupMentions(accepted)
	x.pronounTypes()
	x.knownNames()
	x.pronouns()
	x.emit()
	definites(d)
	extras(d)
}

// ---------------------------------------------------------------------------
// Candidate mentions

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// capitalised reports whether a token can be part of a name: it starts with
// an upper-case letter, or is a mixed-case brand ("iPhone", "eBay").
func capitalised(t *doc.Token) bool {
	for _, c := range t.Text {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-' && c != '.' && c != '\'' && c != '’' && c != '&' {
			return false // "US$", "@user", "#tag"
		}
	}
	r := firstRune(t.Text)
	if unicode.IsUpper(r) {
		return true
	}
	if unicode.IsLower(r) && len(t.Text) > 2 && !strings.Contains(t.Text, ".") {
		for _, c := range t.Text[1:] {
			if unicode.IsUpper(c) {
				return true
			}
		}
	}
	return false
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "«", "»", "``", "''":
		return true
	}
	return false
}

// initial reports whether token i starts a sentence or a quotation, where
// English capitalises any word.
func (x *extractor) initial(i, first int) bool {
	if i == first {
		return true
	}
	p := x.toks[i-1].Text
	return isQuote(p) || p == ":" || p == "(" || p == "—" || p == "–" || p == "-" || p == "--" || p == ";" || p == "•"
}

// ordinary reports whether a capitalised token at the start of a sentence
// is an ordinary word rather than a name.
func (x *extractor) ordinary(i int) bool {
	t := &x.toks[i]
	if x.g.Common(t.Lower) {
		return true
	}
	if isAllCaps(t.Text) {
		return false
	}
	if x.seenLower(t.Lower) {
		return true
	}
	// Adverbs and participles open sentences ("Separately", "Speaking").
	if len(t.Lower) > 5 && (strings.HasSuffix(t.Lower, "ly") || strings.HasSuffix(t.Lower, "ing")) {
		if _, ok := x.g.FirstName(t.Lower); !ok {
			return true
		}
	}
	return false
}

// notNoun reports whether the tagger, when it ran, took a token for a
// word class names never belong to: an adjective, adverb, verb, pronoun,
// interjection or function word ("AWESOME", "VERY", "IS").
func notNoun(t *doc.Token) bool {
	switch t.POS {
	case "ADJ", "ADV", "VERB", "AUX", "INTJ", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART":
		return true
	}
	return false
}

// isAllCaps reports whether a word of two letters or more is written in
// capitals only ("EADS", not "I" or "A").
func isAllCaps(s string) bool { return gazetteer.AllCaps(s) && utf8.RuneCountInString(s) >= 2 }

// headline reports whether a sentence is written in title case, where
// capitals say nothing about names.
func (x *extractor) headline(s doc.Sentence) bool {
	content, caps := 0, 0
	for i := s.First; i < s.Limit; i++ {
		t := &x.toks[i]
		if !unicode.IsLetter(firstRune(t.Text)) {
			continue
		}
		switch t.Lower {
		case "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "'s":
			continue
		}
		content++
		if capitalised(t) {
			caps++
		}
	}
	if content < 3 || caps*4 < content*3 {
		return false
	}
	// Prose sentences end with a full stop; headlines and title lines
	// usually do not. A prose sentence full of names ("Peter Novak met
	// Maria Santos in Lisbon.") is not a headline.
	// A title line: a paragraph of its own at the top of the article.
	if s.Paragraph == 0 && (s.Limit >= len(x.toks) || x.toks[s.Limit].Sent != x.toks[s.First].Sent) {
		if next := x.toks[s.First].Sent + 1; next < len(x.d.Sentences) && x.d.Sentences[next].Paragraph != 0 {
			return true
		}
	}
	last := s.Limit - 1
	for last > s.First && isQuote(x.toks[last].Text) {
		last--
	}
	switch x.toks[last].Text {
	case ".", "!", "?", "…", "...":
		return false
	}
	return true
}

var connectors = map[string]bool{
	"of": true, "for": true, "on": true, "and": true, "&": true, "de": true, "du": true, "der": true, "van": true,
	"von": true, "bin": true, "al": true, "la": true, "le": true, "del": true, "da": true, "di": true,
	"the": true,
}

// corporate holds designators that end a company's name.
var corporate = map[string]bool{
	"inc.": true, "inc": true, "corp.": true, "ltd.": true, "ltd": true, "co.": true, "llc": true,
	"plc": true, "n.v.": true, "ag": true, "gmbh": true, "s.a.": true, "llp": true, "l.p.": true, "lp": true,
	"pllc": true,
}

// nameConnector: particles inside person names.
var nameConnector = map[string]bool{
	"de": true, "du": true, "der": true, "van": true, "von": true, "bin": true, "al": true, "la": true,
	"le": true, "del": true, "da": true, "di": true, "ibn": true, "bint": true,
}

// sentence proposes the candidate mentions of sentence si.
func (x *extractor) sentence(si int) {
	s := x.d.Sentences[si]
	head := x.headline(s)
	toks := x.toks
	hint := false
	var hintGender gazetteer.Gender
	for i := s.First; i < s.Limit; {
		t := &toks[i]
		if head {
			if n, e := x.match(i, s.Limit, gazetteer.Names); n > 0 {
				// "First Airbus A380 delivered": a maker before a model
				// number names the aircraft, as in prose.
				if e.Kind&(gazetteer.Org|gazetteer.Product) != 0 && i+n < s.Limit && modelNumber(toks[i+n].Text) {
					x.cands = append(x.cands, cand{first: i, limit: i + n + 1, typ: doc.Product, prio: prioRule})
					i += n + 1
					continue
				}
				x.addGaz(i, i+n, e)
				i += n
				continue
			}
			i++
			continue
		}
		// A title: the next capitalised run is a person, unless it ends
		// like an organisation ("General Motors", "Justice Department").
		if n, e := x.match(i, s.Limit, gazetteer.Title); n > 0 {
			if capitalised(t) {
				if m, _ := x.match(i, s.Limit, gazetteer.Names); m > n {
					goto names // "Chief Justice" is a title, "Justice Department" is not
				}
				// Only a capitalised run right after the title: "the Prime
				// Minister thanked Quorvian Airlines" is no organisation.
				b := i + n
				if b < s.Limit && capitalised(&toks[b]) {
					b = x.runEnd(b, s.Limit)
				}
				if b > i+n && (x.g.OrgSuffix(toks[b-1].Lower) || x.g.EventWord(toks[b-1].Lower)) {
					x.run(i, b, s.First, false, 0)
					i = b
					continue
				}
			}
			hint, hintGender = true, e.Gender
			i += n
			continue
		}
	names:
		if capitalised(t) || x.gazStartsLower(i, s.Limit) {
			if x.g.Temporal(t.Lower) {
				hint = false
				i++
				continue
			}
			// A capitalised ordinary word opening a sentence is no name,
			// unless a longer name starts with it ("Operation Kursk
			// Liberation" after a quote mark).
			if x.initial(i, s.First) && x.ordinary(i) && (x.g.Common(t.Lower) || x.runEnd(i, s.Limit) == i+1) {
				// A name of several words from the lists may open with a
				// common word ("Government Accountability Office").
				// Only when the name is the whole capitalised run: "The
				// United States Bankruptcy Court" is a court.
				if n, e := x.match(i, s.Limit, gazetteer.Names); n > 1 && x.runEnd(i, s.Limit) <= i+n || n > 0 && !x.g.Common(t.Lower) {
					x.addGaz(i, i+n, e)
					i += n
					continue
				}
				i++
				hint = false
				continue
			}
			// An imperative opening a sentence before a name ("Call
			// Canon", "Use Expedia"): a verb the tagger sees, capitalised
			// nowhere else, that no list knows.
			if x.initial(i, s.First) && t.POS == "VERB" && imperatives[t.Lower] && x.capsCount(t.Text) < 2 && x.starts[i]&gazetteer.Names == 0 {
				if _, first := x.g.FirstName(t.Lower); !first && i+1 < s.Limit && capitalised(&toks[i+1]) {
					hint = false
					i++
					continue
				}
			}
			b := x.runEnd(i, s.Limit)
			// A listed name longer than the run ("United States of
			// America": "of" joins no run after "States").
			if n, e := x.match(i, s.Limit, gazetteer.Names); n > b-i && !hint {
				x.addGaz(i, i+n, e)
				hint = false
				i += n
				continue
			}
			x.run(i, b, s.First, hint, hintGender)
			hint = false
			i = b
			continue
		}
		if t.Text != "," || !hint {
			hint = false
		}
		i++
	}
}

// gazStartsLower reports whether a gazetteer name written in lower case
// starts at i ("al-Qaeda").
func (x *extractor) gazStartsLower(i, limit int) bool {
	// "the" starts "the Kremlin" and the like, but the name after it is
	// capitalised and found there; the article itself is never kept.
	if x.starts[i]&gazetteer.Names == 0 || x.toks[i].Lower == "the" || !unicode.IsLetter(firstRune(x.toks[i].Text)) {
		return false
	}
	n, e := x.match(i, limit, gazetteer.Names)
	return n > 0 && e.Type != ""
}

// runEnd returns the end of the run of name tokens starting at i.
// surnameAfterFirst reports whether the capitalised time word at j ("May",
// "March", "Friday") is a surname: it follows a first name and no day or
// year follows it ("Theresa May said", but "Lisa, May 3").
func (x *extractor) surnameAfterFirst(j, limit int) bool {
	toks := x.toks
	if j == 0 || !capitalised(&toks[j]) || !capitalised(&toks[j-1]) {
		return false
	}
	if _, first := x.g.FirstName(toks[j-1].Lower); !first {
		return false
	}
	return j+1 >= limit || !hasDigit(toks[j+1].Text)
}

func (x *extractor) runEnd(i, limit int) int {
	if i >= limit {
		return limit
	}
	toks := x.toks
	j := i + 1
	for j < limit {
		t := &toks[j]
		if x.g.Temporal(t.Lower) && !x.surnameAfterFirst(j, limit) {
			break
		}
		if capitalised(t) {
			// A capitalised title starts a new run ("Russian President"),
			// but a title word ending a person's name is a surname
			// ("Martin Luther King.", "Carole King said").
			if n, _ := x.match(j, limit, gazetteer.Title); n > 0 && j > i {
				_, first := x.g.FirstName(toks[i].Lower)
				surname := first && n == 1 && (j+1 >= limit || !capitalised(&toks[j+1]))
				if m, _ := x.match(j, limit, gazetteer.Names); m <= n && !surname {
					break
				}
			}
			j++
			continue
		}
		// Letters-and-digits models and numerals ("A320", "F-16", "737").
		if hasDigit(t.Text) && j > i && (hasLetter(t.Text) || x.g.EventWord(toks[j-1].Lower) || isModel(toks[j-1].Lower)) {
			j++
			continue
		}
		// A nickname in quotes inside a name: Robert "Bobby" Lane.
		if isQuote(t.Text) && j+3 <= limit && j+2 < limit && capitalised(&toks[j+1]) && isQuote(toks[j+2].Text) &&
			j+3 < limit && capitalised(&toks[j+3]) && j == i+1 {
			if _, ok := x.g.FirstName(toks[i].Lower); ok {
				j += 4
				continue
			}
		}
		if connectors[t.Lower] && t.Text == t.Lower && j+1 < limit {
			k := j + 1
			if t.Lower == "of" && toks[k].Lower == "the" && k+1 < limit {
				k++
			}
			if capitalised(&toks[k]) && x.connectorOK(i, j) {
				j = k + 1
				continue
			}
		}
		if t.Text == "&" && j+1 < limit && capitalised(&toks[j+1]) {
			j += 2
			continue
		}
		// "Marvel Consultants, Inc.": a designator after a comma is part
		// of the company's name.
		if t.Text == "," && j+1 < limit && j > i && corporate[toks[j+1].Lower] && x.g.OrgSuffix(toks[j+1].Lower) {
			j += 2
		}
		break
	}
	return j
}

// modelCode reports whether a capitalised token is a model designation:
// a few capitals, an optional hyphen, three digits or more and maybe a
// letter ("A380", "C-130", "A400M", "MD-11" is too short to tell from
// "G-20"). Acronyms of organisations rarely carry three digits.
func modelCode(s string) bool {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	d := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i, d = i+1, d+1
	}
	return d >= 3 && len(s)-i <= 1
}

// modelNumber reports whether a token after a maker's name reads as a
// model: letters with digits ("A380", "737s") or three digits ("747"),
// not a year ("Boeing 2008 profits") nor a count.
func modelNumber(s string) bool {
	if !hasDigit(s) {
		return false
	}
	if hasLetter(s) {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) == 3
}

func isModel(lower string) bool {
	switch lower {
	case "boeing", "airbus", "embraer", "bombardier", "tupolev", "sukhoi", "mig", "ilyushin", "antonov":
		return true
	}
	return false
}

// connectorOK decides whether a lower-case connector at j joins the name
// run that started at i: particles always do; "of", "for" and "and" only in
// organisation-like or place-like names ("Bank of England", "Gulf of
// Mexico", "Food and Drug Administration").
func (x *extractor) connectorOK(i, j int) bool {
	w := x.toks[j].Lower
	if nameConnector[w] {
		return j-i == 1 || w != "al"
	}
	switch w {
	case "of", "for", "on":
		// "on" only after an organisation's head and before no date:
		// "Council on Foreign Relations", not "the Office on June 18".
		if w == "on" && j+1 < len(x.toks) && x.g.Temporal(x.toks[j+1].Lower) {
			return false
		}
		for k := i; k < j; k++ {
			if w == "on" {
				if l := x.toks[k].Lower; x.g.OrgHead(l) || x.g.OrgSuffix(l) {
					return true
				}
				continue
			}
			l := x.toks[k].Lower
			if x.g.OrgHead(l) || x.g.OrgSuffix(l) || x.g.RegionWord(l) || x.g.EventWord(l) {
				return true
			}
		}
		return false
	case "and", "&", "the":
		// Only inside one short name that goes on to an organisation
		// suffix ("Food and Drug Administration"), not between two names
		// ("the Ministry of Foreign Affairs and Brindle University").
		if j-i > 2 {
			return false
		}
		for k := i; k < j; k++ {
			if l := x.toks[k].Lower; x.g.OrgSuffix(l) || x.g.OrgHead(l) {
				return false
			}
		}
		for k := j + 1; k < len(x.toks) && k < j+5; k++ {
			t := &x.toks[k]
			if !capitalised(t) {
				return false
			}
			if x.g.OrgSuffix(t.Lower) {
				return w != "the"
			}
		}
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// addGaz adds a gazetteer match, without a leading "the".
func (x *extractor) addGaz(a, b int, e *gazetteer.Entry) {
	if x.toks[a].Lower == "the" && b-a > 1 {
		a++
	}
	x.cands = append(x.cands, cand{first: a, limit: b, typ: e.Type, prio: prioGaz, kind: e.Kind,
		canonical: e.Canonical, link: e.Link, country: e.Country, gender: e.Gender})
	x.possessiveAgency(a, b, e)
	x.regionTail(a, b, e.Kind)
}

// possessiveAgency adds "South Korea's intelligence agency" as an ORG when
// a country is followed by "'s" and an agency noun.
func (x *extractor) possessiveAgency(a, b int, e *gazetteer.Entry) {
	toks := x.toks
	if b >= len(toks) || toks[b].Sent != toks[a].Sent {
		return
	}
	// "the Russian defence ministry", "North Korean state television": a
	// demonym before an agency noun names the country's organisation.
	if e.Kind == gazetteer.Demonym && e.Country != "" {
		if n, _ := x.match(b, x.d.Sentences[toks[a].Sent].Limit, gazetteer.AgencyNoun); n > 0 {
			end := b + n
			if end < len(toks) && toks[end].Sent == toks[a].Sent && isNounLike(&toks[end]) {
				return
			}
			x.cands = append(x.cands, cand{first: a, limit: end, typ: doc.Org, prio: prioNested, nested: true})
		}
		return
	}
	if e.Kind&(gazetteer.Country|gazetteer.Capital|gazetteer.Region) == 0 || e.Type == doc.Loc {
		return
	}
	if b+1 >= len(toks) || (toks[b].Text != "'s" && toks[b].Text != "’s") {
		return
	}
	if n, _ := x.match(b+1, x.d.Sentences[toks[a].Sent].Limit, gazetteer.AgencyNoun); n > 0 {
		// Only a bare noun phrase: "Russia's defence ministry", not
		// "Russia's military parade".
		end := b + 1 + n
		if end < len(toks) && toks[end].Sent == toks[a].Sent && isNounLike(&toks[end]) {
			return
		}
		if unicode.IsUpper(firstRune(toks[b+1].Text)) {
			// "Cambodia's Defence Ministry": the capitalised name is the
			// organisation; the country stays a mention of its own.
			x.cands = append(x.cands, cand{first: b + 1, limit: end, typ: doc.Org, prio: prioNested})
			return
		}
		x.cands = append(x.cands, cand{first: a, limit: end, typ: doc.Org, prio: prioNested, nested: true})
	}
}

// isNounLike reports whether a lower-case token would continue a noun
// compound ("military parade"), so the agency noun is only a modifier.
func isNounLike(t *doc.Token) bool {
	if t.Text != t.Lower || !unicode.IsLetter(firstRune(t.Text)) {
		return false
	}
	switch t.Lower {
	case "said", "says", "say", "estimates", "estimated", "reported", "reports", "and", "or", "has", "have",
		"had", "is", "was", "were", "are", "will", "would", "could", "may", "might", "also", "believes",
		"believed", "told", "added", "warned", "claimed", "claims", "stated", "announced", "confirmed",
		"denied", "noted", "suggests", "suggested", "thinks", "assessed", "assesses", "of", "in", "on",
		"at", "for", "to", "that", "which", "who", "as", "did", "does", "not", "with", "by", "from", "than":
		return false
	}
	if t.POS != "" {
		return t.POS == "NOUN" || t.POS == "PROPN"
	}
	return !strings.HasSuffix(t.Lower, "ed") && !strings.HasSuffix(t.Lower, "ly")
}

// regionTail turns "Kursk" followed by a lower-case region word into the
// LOC "Kursk region".
func (x *extractor) regionTail(a, b int, kind gazetteer.Kind) bool {
	if kind&(gazetteer.Demonym|gazetteer.Group|gazetteer.Org|gazetteer.Event|gazetteer.Product|gazetteer.Country) != 0 {
		return false
	}
	toks := x.toks
	if b >= len(toks) || toks[b].Sent != toks[a].Sent {
		return false
	}
	w := toks[b].Lower
	if toks[b].Text != w {
		return false
	}
	switch w {
	case "region", "oblast", "province", "district", "county", "prefecture", "governorate", "krai":
	default:
		return false
	}
	x.cands = append(x.cands, cand{first: a, limit: b + 1, typ: doc.Loc, prio: prioNested})
	return true
}

// run types the capitalised run [a, b) and adds its mentions.
func (x *extractor) run(a, b, sentFirst int, hint bool, hintGender gazetteer.Gender) {
	toks := x.toks
	// Trim trailing connectors and possessive marks.
	for b > a && (connectors[toks[b-1].Lower] && toks[b-1].Text == toks[b-1].Lower) {
		b--
	}
	if b <= a {
		return
	}
	if hint {
		x.person(a, b, hintGender, prioRule)
		return
	}
	// Shouting ("ME AND ONLY ME") is not a name.
	if b-a >= 2 {
		shout, common := true, false
		for k := a; k < b; k++ {
			if !isAllCaps(toks[k].Text) && !connectors[toks[k].Lower] {
				shout = false
				break
			}
			common = common || x.g.Common(toks[k].Lower) || x.seenLower(toks[k].Lower) || notNoun(&toks[k])
		}
		if shout && common {
			return
		}
	}
	// The whole run is one gazetteer name.
	if n, e := x.match(a, b, gazetteer.Names); n == b-a {
		x.addGaz(a, b, e)
		return
	}
	// "Air France Flight 447": the airline before a flight number.
	if b-a >= 2 && toks[b-1].Lower == "flight" && b < len(toks) && hasDigit(toks[b].Text) {
		if n, e := x.match(a, b-1, gazetteer.Org); n == b-1-a {
			x.addGaz(a, b-1, e)
		} else {
			x.rule(a, b-1, doc.Org)
		}
		return
	}
	first, last := toks[a].Lower, toks[b-1].Lower
	multi := b-a >= 2
	switch {
	case (first == "operation" || stormWords[first]) && multi:
		// "Operation Kursk Liberation", "Hurricane Katrina".
		x.rule(a, b, doc.Event)
		return
	case multi && x.g.OrgSuffix(last) && !x.g.RegionWord(last):
		x.rule(a, b, doc.Org)
		return
	case multi && x.g.EventWord(last):
		x.rule(a, b, doc.Event)
		return
	case multi && x.g.RegionWord(last) && capitalised(&toks[b-1]):
		x.rule(a, b, doc.Loc)
		return
	case multi && x.g.OrgHead(first) && x.hasConnector(a, b):
		x.rule(a, b, doc.Org)
		return
	case multi && x.orgBeforeConnector(a, b):
		x.rule(a, b, doc.Org)
		return
	case multi && x.g.RegionWord(first) && x.hasConnector(a, b):
		x.rule(a, b, doc.Loc)
		return
	}
	// A corporate designator ends a name: "Apple Inc. Steve Jobs".
	for k := a + 1; k < b-1; k++ {
		if corporate[toks[k].Lower] {
			x.run(a, k+1, sentFirst, false, 0)
			x.run(k+1, b, sentFirst, false, 0)
			return
		}
	}
	// Split at "and"/"&" that did not make an organisation name.
	for k := a; k < b; k++ {
		if w := toks[k].Lower; (w == "and" || w == "&" || w == "the" || w == "of" || w == "for" || w == "on") && toks[k].Text == w {
			x.run(a, k, sentFirst, false, 0)
			x.run(k+1, b, sentFirst, false, 0)
			return
		}
	}
	x.segment(a, b)
}

// anyOrgSuffix reports whether a word of [a, b) ends organisation names:
// "Thai Airways International" is an airline's name though its last word
// is not such a word.
func (x *extractor) anyOrgSuffix(a, b int) bool {
	for k := a; k < b; k++ {
		if x.g.OrgSuffix(x.toks[k].Lower) {
			return true
		}
	}
	return false
}

func (x *extractor) hasConnector(a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch x.toks[k].Lower {
		case "of", "for", "on":
			return true
		}
	}
	return false
}

func (x *extractor) rule(a, b int, typ string) {
	x.cands = append(x.cands, cand{first: a, limit: b, typ: typ, prio: prioRule})
}

// segment splits a run without structural cues into gazetteer names and
// unknown names.
func (x *extractor) segment(a, b int) {
	toks := x.toks
	j := a
	for j < b {
		n, e := x.match(j, b, gazetteer.Names)
		// A maker's name before a model number is the model: "Airbus
		// A380", "Boeing 787 Dreamliner" name aircraft, not companies.
		if m := max(n, 1); j+m < b && hasDigit(toks[j+m].Text) && (n > 0 && e.Kind&(gazetteer.Org|gazetteer.Product) != 0 || n == 0 && isModel(toks[j].Lower)) {
			x.cands = append(x.cands, cand{first: j, limit: b, typ: doc.Product, prio: prioRule})
			return
		}
		// A product's name goes on in the capitalised words after it:
		// "Mac OS X Lion", "iPod Nano", "Windows Vista".
		if n > 0 && e.Kind == gazetteer.Product && j+n < b {
			x.cands = append(x.cands, cand{first: j, limit: b, typ: doc.Product, prio: prioRule})
			return
		}
		if n > 0 {
			// "Ukrainian Armed Forces", "Korean War", "Moscow State
			// University": a place or demonym that modifies a larger name.
			if j+n < b && e.Kind&(gazetteer.Demonym|gazetteer.Country|gazetteer.Capital|gazetteer.City|gazetteer.Group|gazetteer.Region) != 0 {
				rest := toks[b-1].Lower
				if x.g.OrgSuffix(rest) || x.g.OrgHead(rest) && x.anyOrgSuffix(j+n, b-1) {
					x.rule(j, b, doc.Org)
					return
				}
				if x.g.EventWord(rest) {
					x.rule(j, b, doc.Event)
					return
				}
				// "Kansas City", "Mexico City", "Changi Airport".
				if x.g.PlaceSuffix(rest) && capitalised(&toks[b-1]) {
					typ := doc.Loc
					if rest == "city" || rest == "town" {
						typ = doc.GPE
					}
					x.rule(j, b, typ)
					return
				}
				if m, e2 := x.match(j+n, b, gazetteer.Org|gazetteer.Event|gazetteer.Product); m == b-j-n {
					x.rule(j, b, e2.Type)
					return
				}
				// "Jordan Vale, a spokeswoman", "Israel Katz said": a
				// country name used as a first name.
				if e.Kind == gazetteer.Country && n == 1 && b-j-n <= 2 && x.plainWords(j+n, b) && x.personCue(b) {
					if m, _ := x.match(j+n, b, gazetteer.Names); m == 0 {
						x.person(j, b, gazetteer.Unknown, prioRule)
						return
					}
				}
			}
			x.addGaz(j, j+n, e)
			j += n
			continue
		}
		k := j + 1
		for k < b {
			if m, _ := x.match(k, b, gazetteer.Names); m > 0 {
				break
			}
			k++
		}
		// Plain words before a famous surname are another person's
		// name ("Michelle Obama"), not the famous person.
		if k < b {
			if m, e2 := x.match(k, b, gazetteer.Names); m > 0 && e2.Kind == gazetteer.Person && x.plainWords(j, k) {
				x.person(j, k+m, gazetteer.Unknown, prioRule)
				j = k + m
				continue
			}
		}
		// Unknown words before a country or capital that ends the run
		// make one name: a company ("Air France", "Garuda Indonesia",
		// "McDonnell Douglas") or, after a first name, a person
		// ("Michael Douglas").
		if k < b && k-j <= 2 {
			if m, e2 := x.match(k, b, gazetteer.Names); m > 0 && k+m == b && e2.Kind&(gazetteer.Country|gazetteer.Capital) != 0 {
				if _, first := x.g.FirstName(toks[j].Lower); first {
					x.person(j, b, gazetteer.Unknown, prioRule)
				} else {
					x.rule(j, b, doc.Org)
				}
				return
			}
		}
		x.unknown(j, k)
		j = k
	}
}

// unknown types a capitalised chunk that no list or cue explains.
func (x *extractor) unknown(a, b int) {
	toks := x.toks
	if b-a == 1 && x.regionTail(a, b, 0) {
		return
	}
	// "Everett, Washington", "Toulouse, France": a place before its state
	// or country; "Raleigh, NC", "Holyoke, Mass.": before a US state's
	// postal code or news abbreviation, which is a place too.
	if b+1 < len(toks) && toks[b].Text == "," && toks[b].Sent == toks[a].Sent {
		if m, e := x.match(b+1, x.d.Sentences[toks[a].Sent].Limit, gazetteer.Country|gazetteer.Region|gazetteer.City|gazetteer.Capital); m > 0 && e.Type == doc.GPE {
			x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.GPE, prio: prioRule})
			return
		}
		if st := &toks[b+1]; st.Sent == toks[a].Sent && usStates[st.Text] && x.plainWords(a, b) {
			x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.GPE, prio: prioRule},
				cand{first: b + 1, limit: b + 2, typ: doc.GPE, prio: prioRule})
			return
		}
	}
	// "German airline Lufthansa", "engine maker Europrop": a common noun
	// for a kind of organisation right before the name.
	if a > 0 && toks[a-1].Sent == toks[a].Sent && toks[a-1].Text == toks[a-1].Lower && orgDescriptors[toks[a-1].Lower] {
		x.rule(a, b, doc.Org)
		return
	}
	// "web browser Safari", "the smartphone Zed": a kind of product.
	if a > 0 && toks[a-1].Sent == toks[a].Sent && toks[a-1].Text == toks[a-1].Lower && productDescriptors[toks[a-1].Lower] {
		x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.Product, prio: prioRule})
		return
	}
	// "the Allawi government", "the Clinton administration": a leader's
	// name before the government named after it.
	if b < len(toks) && toks[b].Sent == toks[a].Sent && leaderNouns[toks[b].Lower] && x.plainWords(a, b) {
		x.person(a, b, gazetteer.Unknown, prioRule)
		return
	}
	if x.productCue(b) {
		x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.Product, prio: prioRule})
		return
	}
	if g, ok := x.g.FirstName(toks[a].Lower); ok && !isAllCaps(toks[a].Text) {
		x.person(a, b, g, prioRule)
		return
	}
	n := b - a
	// "Edwin G. Monroy": a middle initial makes a person's name.
	if n == 3 && isInitial(toks[a+1].Text) {
		x.person(a, b, gazetteer.Unknown, prioRule)
		return
	}
	// Capitals for emphasis ("NO", "WHITE", "AWESOME") are words, not
	// acronyms: common or used in lower case, or tagged as no noun.
	if n == 1 && isAllCaps(toks[a].Text) && (x.g.Common(toks[a].Lower) || x.seenLower(toks[a].Lower) || notNoun(&toks[a])) {
		return
	}
	// Model names: "A380", "Boeing 787", "iPhone 4", and lower-case-first
	// brands ("iPod").
	for k := a; k < b; k++ {
		t := &toks[k]
		if (hasDigit(t.Text) && hasLetter(t.Text) && (!isAllCaps(t.Text) || modelCode(t.Text))) || (hasDigit(t.Text) && k > a) ||
			unicode.IsLower(firstRune(t.Text)) {
			if k == a || x.productish(a) {
				x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.Product, prio: prioGuess})
				return
			}
		}
	}
	if n >= 2 {
		switch toks[a].Lower {
		case "san", "santa", "los", "las", "new", "fort", "saint", "st.", "port", "lake", "mount", "mt.", "cape":
			x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.GPE, prio: prioGuess})
			return
		}
		if x.g.PlaceSuffix(toks[b-1].Lower) {
			x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.Loc, prio: prioRule})
			return
		}
	}
	if n == 1 {
		t := &toks[a]
		// A lone unknown word opening a sentence may be any word; the
		// known-names pass adds it if the article names it elsewhere.
		if s := x.d.Sentences[t.Sent]; x.initial(a, s.First) && !isAllCaps(t.Text) {
			return
		}
		typ := doc.Org
		if a > 0 {
			switch toks[a-1].Lower {
			case "in", "near", "across", "outside", "into", "around", "throughout", "towards", "toward":
				if !isAllCaps(t.Text) && !(a >= 2 && stakeNouns[toks[a-2].Lower]) {
					typ = doc.GPE
				}
			}
		}
		if !isAllCaps(t.Text) && (x.placeCue(a) || b < len(toks) && pluralPlaceNouns[toks[b].Lower]) {
			// "the town of Saruni", "Surin and Sisaket provinces": an
			// explicit cue, stronger than the statistical tagger's guess.
			x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.GPE, prio: prioRule})
			return
		}
		if a+1 < len(toks) && strings.HasPrefix(toks[a+1].Text, "-based") {
			typ = doc.GPE
		}
		if typ == doc.Org && !isAllCaps(t.Text) && x.personCue(b) && !x.orgContext(a, b) {
			x.person(a, b, gazetteer.Unknown, prioGuess)
			return
		}
		if typ == doc.Org && !isAllCaps(t.Text) && x.capsCount(t.Text) < 2 {
			// One capitalised word, named once, that nothing explains is
			// as likely a common word in a title or a quotation as an
			// organisation: leave it out.
			return
		}
		x.cands = append(x.cands, cand{first: a, limit: b, typ: typ, prio: prioGuess})
		return
	}
	allName := true
	for k := a; k < b; k++ {
		t := &toks[k]
		if isAllCaps(t.Text) || hasDigit(t.Text) || !unicode.IsLetter(firstRune(t.Text)) {
			if !nameConnector[t.Lower] && !isQuote(t.Text) && !isInitial(t.Text) {
				allName = false
			}
		}
	}
	// Two to four plain capitalised words are a person's name only with
	// some evidence: a pronoun-free guess would turn every company of two
	// words into a person. A following "said"/"told" or an appositive
	// ", a …" is such evidence.
	// ("chief executive of Orvane Freight Lines said" is the chief
	// executive speaking, not the name.)
	if allName && n <= 4 && x.personCue(b) && !x.orgContext(a, b) {
		x.person(a, b, gazetteer.Unknown, prioRule)
		return
	}
	if allName && b < len(toks) && geoFeatures[toks[b].Lower] {
		// "the Khao Daeng ridge", "the Kiptere dam": a named landform.
		x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.Loc, prio: prioRule})
		return
	}
	if allName && x.placeCue(a) {
		x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.GPE, prio: prioRule})
		return
	}
	x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.Org, prio: prioGuess})
}

// placeCue reports whether the words before an unknown name at a make it a
// place: "in Oddar Meanchey", "a farmer from Ban Nong Kha", "the town of
// Saruni".
func (x *extractor) placeCue(a int) bool {
	toks := x.toks
	if a == 0 || toks[a-1].Sent != toks[a].Sent {
		return false
	}
	switch toks[a-1].Lower {
	case "in":
		// "a stake in X", "shares in X" name a company.
		return a < 2 || !stakeNouns[toks[a-2].Lower]
	case "near", "outside", "across", "throughout", "towards", "toward", "around":
		return true
	case "from":
		// "a farmer from X", "residents from X": a person comes from a place.
		if a >= 2 && (personRoles[toks[a-2].Lower] || toks[a-2].Lower == "residents" || toks[a-2].Lower == "people") {
			return true
		}
		// "flights from X to Y": a route joins places.
		return x.routeEnd(a, +1)
	case "to":
		return x.routeEnd(a, -1)
	case "of":
		if a >= 2 {
			switch toks[a-2].Lower {
			case "town", "city", "village", "province", "region", "district", "state", "capital", "port", "county",
				"municipality", "suburb", "suburbs", "outskirts", "people", "residents", "citizens", "streets", "mayor",
				"governor", "centre", "center", "heart", "north", "south", "east", "west", "northern", "southern",
				"eastern", "western":
				return true
			}
		}
	case "capital", "city", "town", "village", "port":
		// "the Indian capital Delhi", "the port city Zorbic".
		return a >= 2 && (toks[a-2].Lower == "the" || capitalised(&toks[a-2]))
	}
	return false
}

// orgDescriptors are common nouns for kinds of organisation that news
// puts right before a name: "airline Aer Lingus", "carmaker Zorbic".
var orgDescriptors = map[string]bool{
	"airline": true, "carrier": true, "maker": true, "manufacturer": true, "airframer": true, "retailer": true,
	"company": true, "firm": true, "giant": true, "lender": true, "insurer": true, "broadcaster": true,
	"newspaper": true, "magazine": true, "website": true, "conglomerate": true, "automaker": true,
	"carmaker": true, "chipmaker": true, "subsidiary": true, "supplier": true, "publisher": true,
	"startup": true, "start-up": true, "bank": true, "operator": true, "network": true, "channel": true,
}

// imperatives are the verbs that open advice and calls to action before a
// name ("Call Canon", "Follow Ana Ruiz on Twitter"); other verbs there are
// more often a name's first word ("Hope Hicks") or a heading ("Joining
// Forces With China").
var imperatives = map[string]bool{
	"call": true, "use": true, "try": true, "visit": true, "contact": true, "check": true, "ask": true,
	"email": true, "e-mail": true, "follow": true, "join": true, "watch": true, "read": true, "buy": true,
	"avoid": true, "choose": true, "order": true, "book": true, "google": true, "search": true, "see": true,
}

// usStates are the US states' postal codes and the abbreviations news
// writes after a city ("Raleigh, NC", "Seattle, Wash."). Alone most are
// words or other things ("IN", "OR", "Miss."); only after "City," are
// they read as states.
var usStates = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
		NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC Ala. Ariz. Ark. Calif. Colo. Conn. Del.
		Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D.
		Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo.`) {
		usStates[s] = true
	}
}

// stormWords before a name make it a storm, an event: "Hurricane Katrina".
var stormWords = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true, "storm": true}

// leaderNouns after a name make it the leader the government is named
// after: "the Allawi government", "the Clinton administration".
var leaderNouns = map[string]bool{
	"administration": true, "administrations": true, "government": true, "regime": true, "presidency": true,
	"premiership": true, "cabinet": true, "junta": true,
}

// productDescriptors are common nouns for kinds of product that news puts
// right before a product's name: "web browser Safari", "the jetliner X".
var productDescriptors = map[string]bool{
	"browser": true, "smartphone": true, "handset": true, "tablet": true, "laptop": true, "console": true,
	"app": true, "software": true, "jetliner": true, "airliner": true, "superjumbo": true, "rifle": true,
	"missile": true, "drone": true, "vaccine": true, "drug": true, "chatbot": true,
}

// stakeNouns before "in" make the name after it a company: "a stake in
// X", "investors in X".
var stakeNouns = map[string]bool{
	"stake": true, "stakes": true, "share": true, "shares": true, "shareholding": true, "holding": true,
	"holdings": true, "interest": true, "investment": true, "investments": true, "investors": true,
	"invested": true, "investing": true, "jobs": true, "job": true, "confidence": true, "shareholders": true,
}

// routeEnd reports whether the name at a is one end of a route "from X to
// Y": dir +1 looks for "to" and a capitalised word after the name (which
// starts at a, after "from"), dir -1 for "from" and a capitalised word
// before it (the name at a follows "to"), within a few words.
func (x *extractor) routeEnd(a, dir int) bool {
	toks := x.toks
	sent := toks[a].Sent
	if dir > 0 {
		for k := a + 1; k < len(toks) && k <= a+4 && toks[k].Sent == sent; k++ {
			if toks[k].Lower == "to" {
				return k+1 < len(toks) && capitalised(&toks[k+1])
			}
			if !capitalised(&toks[k]) && toks[k].Text != "," {
				return false
			}
		}
		return false
	}
	for k := a - 2; k >= 1 && k >= a-5 && toks[k].Sent == sent; k-- {
		if !capitalised(&toks[k]) && toks[k].Text != "," {
			return false
		}
		if toks[k-1].Lower == "from" {
			return true
		}
	}
	return false
}

// pluralPlaceNouns after a name make it one of several places: "Surin and
// Sisaket provinces".
var pluralPlaceNouns = map[string]bool{"provinces": true, "districts": true, "states": true, "regions": true, "counties": true, "towns": true, "villages": true}

// geoFeatures after a name make it a landform or place, not an organisation.
var geoFeatures = map[string]bool{
	"ridge": true, "river": true, "mountain": true, "mountains": true, "valley": true, "lake": true, "pass": true,
	"peninsula": true, "island": true, "islands": true, "strait": true, "gulf": true, "bay": true, "desert": true,
	"plateau": true, "hills": true, "hill": true, "dam": true, "canal": true, "coast": true, "delta": true,
	"forest": true, "sea": true, "basin": true, "glacier": true, "volcano": true, "reservoir": true,
}

// personRoles are nouns for people that appositives use ("a doctor at …").
var personRoles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`doctor nurse farmer teacher resident operator worker student engineer lawyer
		analyst economist researcher professor official spokesman spokeswoman spokesperson director secretary mother
		father son daughter wife husband owner driver survivor witness activist soldier officer commander pilot
		journalist reporter photographer shopkeeper trader fisherman priest imam pastor mayor governor minister
		leader chief executive chairman chairwoman president founder manager editor author artist singer actor
		scientist expert adviser advisor aide diplomat ambassador villager refugee volunteer coach player veteran
		candidate senator lawmaker politician judge prosecutor inspector surgeon paramedic firefighter miner
		crane welder carpenter farmhand grandmother grandfather widow student pensioner entrepreneur banker`) {
		personRoles[w] = true
	}
}

// capsCount returns how often a capitalised word occurs in the document,
// counted once per document.
func (x *extractor) capsCount(w string) int {
	if x.caps == nil {
		x.caps = map[string]int{}
		for i := range x.toks {
			t := x.toks[i].Text
			if r := firstRune(t); unicode.IsUpper(r) {
				x.caps[t]++
			}
		}
	}
	return x.caps[w]
}

// isInitial reports whether a token is an initial ("J.", "F.").
func isInitial(s string) bool {
	return len(s) == 2 && s[1] == '.' && s[0] >= 'A' && s[0] <= 'Z'
}

func (x *extractor) person(a, b int, g gazetteer.Gender, prio int8) {
	// What the article says ("Anna Berg, a spokeswoman for …", "his wife,
	// Lena Voss") before the first-name hint.
	if g == gazetteer.Unknown {
		g = x.apposGender(a, b)
	}
	if g == gazetteer.Unknown {
		if fg, ok := x.g.FirstName(x.toks[a].Lower); ok {
			g = fg
		}
	}
	x.cands = append(x.cands, cand{first: a, limit: b, typ: doc.Person, prio: prio, gender: g})
}

// acronyms adds, as organisations at rule priority, the all-capital words
// that spell the initials of an organisation the document names: "the
// Asia-Pacific Economic Cooperation (APEC)", then "APEC" alone. Grouping
// then joins them to the full name. Without this an unknown acronym is a
// default guess, which the NER filter drops when the NER misses it.
func (x *extractor) acronyms() {
	names := map[string]bool{}
	var buf []int
	for i := range x.cands {
		c := &x.cands[i]
		if c.typ != doc.Org || c.limit-c.first < 2 {
			continue
		}
		buf = x.nameTokens(c, buf)
		for _, a := range x.initials(buf) {
			if len(a) >= 2 {
				names[a] = true
			}
		}
	}
	if len(names) == 0 {
		return
	}
	for i := range x.toks {
		t := &x.toks[i]
		if a := bareAcronym(t.Text); a != "" && names[a] {
			x.cands = append(x.cands, cand{first: i, limit: i + 1, typ: doc.Org, prio: prioRule})
		}
	}
}

// initials returns the acronyms a name's words spell: the initials of its
// capitalised words, and those of its hyphenated parts too ("Asia-Pacific
// Economic Cooperation" → "AEC", "APEC").
func (x *extractor) initials(ks []int) []string {
	var plain, parts strings.Builder
	for _, k := range ks {
		t := x.toks[k].Text
		if !unicode.IsUpper(firstRune(t)) {
			continue
		}
		plain.WriteRune(firstRune(t))
		for _, p := range strings.Split(t, "-") {
			if r := firstRune(p); unicode.IsUpper(r) {
				parts.WriteRune(r)
			}
		}
	}
	if plain.String() == parts.String() {
		return []string{plain.String()}
	}
	return []string{plain.String(), parts.String()}
}

// nerSpans adds the statistical NER's BILOU spans. They rank below every
// rule, the rules' default guesses included: measured on MEANTIME, the
// rules type the names news repeats (companies, agencies) better than the
// NER, trained on web text and GUM, does — it takes many unknown one-word
// names for persons ("Airbus said") — while on web text the NER finds
// the many names the rules miss (lower-case, unusual, without cues). So the
// NER fills the gaps the rules leave. (Letting its persons of two words
// or more outrank the rules' default guesses cost ten points of PERSON F1
// on MEANTIME — "OS X Tiger", "Mekong Dispatch" — for one on UNER.)
func (x *extractor) nerSpans() {
	start := -1
	typ := ""
	for i := range x.toks {
		tag := x.toks[i].Ent
		if len(tag) < 3 || tag[1] != '-' {
			start = -1
			continue
		}
		p, t := tag[0], mapNER(tag[2:])
		switch p {
		case 'U':
			if t != "" {
				x.addNER(i, i+1, t)
			}
			start = -1
		case 'B':
			start, typ = i, t
		case 'I':
			if start < 0 || t != typ {
				start = -1
			}
		case 'L':
			if start >= 0 && t == typ && t != "" {
				x.addNER(start, i+1, t)
			}
			start = -1
		}
	}
}

// addNER adds the NER's span [a, b) of type typ. A person that is only a
// title ("Chairman") is none; a person span that ends in a title after a
// word that is no first name is the employer before the title ("Ryanair
// CEO" → the organisation Ryanair), as news writes "Apple CEO Steve Jobs".
func (x *extractor) addNER(a, b int, typ string) {
	if typ == doc.Person {
		for k := a; k < b; k++ {
			if n, _ := x.match(k, b, gazetteer.Title); n == b-k && capitalised(&x.toks[k]) && roleTitle(x.toks[k:b]) {
				if k == a {
					return
				}
				if _, first := x.g.FirstName(x.toks[a].Lower); first {
					break
				}
				b, typ = k, doc.Org
				break
			}
		}
	}
	x.cands = append(x.cands, cand{first: a, limit: b, typ: typ, prio: prioNER})
}

// roleTitle reports whether a title is an office or a job ("CEO",
// "Chairman", "Chief Executive"), not one that is also a surname ("King",
// "Bishop", "Major", "Marshal").
func roleTitle(toks []doc.Token) bool {
	switch strings.ToLower(toks[0].Text) {
	case "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "chief", "president", "vice", "spokesman",
		"spokeswoman", "spokesperson", "director", "founder", "co-founder", "secretary", "minister", "prime",
		"speaker", "senator", "sen.", "governor", "gov.", "mayor", "commissioner", "administrator", "chancellor",
		"executive", "managing", "senior", "deputy", "foreign", "defence", "defense", "finance", "interior":
		return true
	}
	return false
}

// filterGuesses drops the rules' default guesses — capitalised words no
// cue explains — over which the NER sees no entity at all: a model number
// ("A380"), a unit or a product name, a capitalised common word. It is
// the NER's use as a precision filter; rules with explicit cues and the
// gazetteer are not filtered. (On MEANTIME, +1 F1 and +5 precision; on
// UNER, +5 F1.)
func (x *extractor) filterGuesses() {
	out := x.cands[:0]
	for _, c := range x.cands {
		if c.prio == prioGuess {
			none := true
			for k := c.first; k < c.limit; k++ {
				none = none && x.toks[k].Ent == "O"
			}
			if none && !x.recurring(c.first, c.limit) {
				continue
			}
			// A guessed person the NER calls an organisation or a place
			// ("Apple said"): the NER's word goes against its own bias
			// towards persons.
			if t := x.nerType(c.first, c.limit); t != "" && t != doc.Person && c.typ == doc.Person {
				c.typ = t
			} else if t == doc.Person && c.typ == doc.Org && x.nameLike(c.first, c.limit) {
				// A guessed organisation of two plain words or more that
				// the NER calls a person: "Bin Laden", "Darrell Duffie".
				c.typ = t
			}
		}
		out = append(out, c)
	}
	x.cands = out
}

// shortOrgForms types the short forms of the organisations, products and
// storms the rules and lists name. A guess's or the NER's lone last word
// of a product's name is the product ("SDK" after "iPhone SDK"); its lone
// first word of an organisation's name, unless typed a place, is the
// organisation ("Northrop" after "Northrop Grumman"); and the first words
// of a name of three or more ("China Eastern" of "China Eastern
// Airlines") are proposed as the organisation over the country they start
// with. A first word that is itself a listed name ("Boeing", "United
// States" of "United States Air Force") is left to the lists.
func (x *extractor) shortOrgForms() {
	first, last := map[string]bool{}, map[string]string{}
	var prefixes [][]int
	var buf []int
	n := len(x.cands)
	for i := 0; i < n; i++ {
		c := &x.cands[i]
		storm := c.typ == doc.Event && stormWords[x.toks[c.first].Lower]
		if (c.typ == doc.Product || storm) && c.prio >= prioRule && c.limit-c.first >= 2 {
			// "SDK" of "iPhone SDK", "Lion" of "Mac OS X Lion", "Katrina"
			// of "Hurricane Katrina".
			if t := &x.toks[c.limit-1]; capitalised(t) && !hasDigit(t.Text) && x.starts[c.limit-1]&gazetteer.Names == 0 {
				last[t.Lower] = c.typ
			}
		}
		if c.typ != doc.Org || c.prio < prioRule || c.nested || c.limit-c.first < 2 {
			continue
		}
		if x.distinctive(c.first) {
			first[x.toks[c.first].Lower] = true
		}
		buf = x.nameTokens(c, buf[:0])
		for k := 2; k < len(buf); k++ {
			p := buf[:k]
			if !capitalised(&x.toks[p[k-1]]) || connectors[x.toks[p[k-1]].Lower] {
				continue
			}
			if m, _ := x.match(p[0], p[k-1]+1, gazetteer.Names); m == p[k-1]+1-p[0] {
				continue
			}
			// "East European" of "East European Coalition" is an adjective.
			if m, _ := x.match(p[k-1], p[k-1]+1, gazetteer.Demonym|gazetteer.Group); m > 0 {
				continue
			}
			// The prefix and the word that continues it in the full name.
			prefixes = append(prefixes, append([]int(nil), buf[:k+1]...))
		}
	}
	for i := 0; i < n; i++ {
		c := &x.cands[i]
		// A storm's name is a first name too: the rules' person there
		// ("the power of Katrina") is the storm.
		if typ := last[x.toks[c.first].Lower]; c.limit-c.first == 1 && typ != "" &&
			(c.prio <= prioGuess || typ == doc.Event && c.prio == prioRule && c.typ == doc.Person) {
			c.typ = typ
			continue
		}
		if c.limit-c.first != 1 || c.typ == doc.Org || !first[x.toks[c.first].Lower] {
			continue
		}
		// Guesses and the NER's spans only, and not places: a city
		// starts many an organisation's name ("Tulsa Police Department",
		// "Allentown Post Office") and is named alone as the city.
		if c.prio <= prioGuess && c.typ != doc.GPE && c.typ != doc.Loc {
			c.typ = doc.Org
		}
	}
	for _, pn := range prefixes {
		p, next := pn[:len(pn)-1], x.toks[pn[len(pn)-1]].Lower
		k := len(p)
		for i := 0; i+k <= len(x.toks); i++ {
			// Not where a longer name goes on ("Democratic National
			// Convention" beside "Democratic National Committee").
			if i == p[0] || !x.sameAt(i, p) || i+k < len(x.toks) && (x.toks[i+k].Lower == next || capitalised(&x.toks[i+k])) || x.claimed(i, i+k, n) {
				continue
			}
			x.cands = append(x.cands, cand{first: i, limit: i + k, typ: doc.Org, prio: prioGaz})
		}
	}
}

// claimed reports whether one of the first n candidates with an explicit
// cue or from the lists covers [a, b): "Rift Valley" is a region of its
// own before it starts "Rift Valley Relief Coalition".
func (x *extractor) claimed(a, b, n int) bool {
	for i := 0; i < n; i++ {
		if c := &x.cands[i]; c.prio >= prioRule && c.first <= a && b <= c.limit {
			return true
		}
	}
	return false
}

// sameAt reports whether the capitalised tokens at i spell the name p.
func (x *extractor) sameAt(i int, p []int) bool {
	for j, k := range p {
		t := &x.toks[i+j]
		if t.Lower != x.toks[k].Lower || !capitalised(t) || t.Sent != x.toks[i].Sent {
			return false
		}
	}
	return true
}

// recurring reports whether a guessed name of one title-case word comes
// back capitalised at least three times in the document and never in
// lower case: the way news repeats the company or person it is about
// ("Boeing … Boeing saying … Boeing say"), which no capitalised common word
// does. The NER, which reads one sentence at a time, misses such names
// when nothing around them is name-like; the repetition is evidence it
// cannot see.
func (x *extractor) recurring(a, b int) bool {
	if b-a != 1 {
		return false
	}
	t := x.toks[a].Text
	if isAllCaps(t) || !unicode.IsUpper(firstRune(t)) || x.g.Common(x.toks[a].Lower) || x.seenLower(x.toks[a].Lower) {
		return false
	}
	if x.capsCount(t) < 3 || x.toks[a].POS != "" && x.toks[a].POS != "PROPN" {
		return false
	}
	// Names of people and companies stand without an article; "the Dow",
	// "the Paragraph 13" are things.
	for k := 1; k < len(x.toks); k++ {
		if x.toks[k].Text == t {
			switch x.toks[k-1].Lower {
			case "the", "a", "an":
				return false
			}
		}
	}
	return true
}

// nameLike reports whether [a, b) is two to four title-case words none of
// which is common, an organisation word or used in lower case.
func (x *extractor) nameLike(a, b int) bool {
	if b-a < 2 || b-a > 4 || !x.plainWords(a, b) {
		return false
	}
	for k := a; k < b; k++ {
		l := x.toks[k].Lower
		if x.g.Common(l) || x.seenLower(l) || x.g.OrgHead(l) || x.g.EventWord(l) || x.g.PlaceSuffix(l) {
			return false
		}
	}
	return true
}

// nerType returns the type of the NER's span over exactly [a, b), or "".
func (x *extractor) nerType(a, b int) string {
	first, last := x.toks[a].Ent, x.toks[b-1].Ent
	if len(first) < 3 || len(last) < 3 || first[2:] != last[2:] {
		return ""
	}
	if b-a == 1 && first[0] != 'U' || b-a > 1 && (first[0] != 'B' || last[0] != 'L') {
		return ""
	}
	for k := a + 1; k < b-1; k++ {
		if x.toks[k].Ent != "I-"+first[2:] {
			return ""
		}
	}
	return mapNER(first[2:])
}

func mapNER(t string) string {
	switch t {
	case "PERSON", "PER":
		return doc.Person
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return doc.Org
	case "GPE":
		return doc.GPE
	case "LOC", "LOCATION", "FAC":
		return doc.Loc
	case "NORP":
		return doc.NORP
	case "EVENT":
		return doc.Event
	case "PRODUCT", "PRO":
		return doc.Product
	}
	return ""
}

// selectMentions keeps the best non-overlapping candidates, plus nested
// ones, in text order.
func (x *extractor) selectMentions() []int {
	order := make([]int, len(x.cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &x.cands[i], &x.cands[j]
		if a.prio != b.prio {
			return cmp.Compare(b.prio, a.prio)
		}
		return cmp.Compare(b.limit-b.first, a.limit-a.first)
	})
	taken := make([]bool, len(x.toks))
	var kept []int
	for _, ci := range order {
		c := &x.cands[ci]
		if c.nested {
			kept = append(kept, ci)
			continue
		}
		free := true
		for k := c.first; k < c.limit; k++ {
			if taken[k] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := c.first; k < c.limit; k++ {
			taken[k] = true
		}
		kept = append(kept, ci)
	}
	// A nested mention survives only if it does not cut through another.
	out := kept[:0]
	for _, ci := range kept {
		c := &x.cands[ci]
		if c.nested {
			ok := true
			for _, cj := range kept {
				o := &x.cands[cj]
				if cj == ci || o.nested {
					continue
				}
				if o.first < c.limit && c.first < o.limit && (o.first < c.first || o.limit > c.limit) {
					ok = false
					break
				}
			}
			// Two nested candidates over the same span: keep one.
			for _, cj := range out {
				o := &x.cands[cj]
				if o.nested && o.first == c.first && o.limit == c.limit {
					ok = false
				}
			}
			if !ok {
				continue
			}
		}
		out = append(out, ci)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &x.cands[out[i]], &x.cands[out[j]]
		if a.first != b.first {
			return a.first < b.first
		}
		return a.limit > b.limit
	})
	return out
}

// productish reports whether a run starts with a maker's name, so that a
// model number after it makes the run a product ("Boeing 787").
func (x *extractor) productish(a int) bool {
	if isModel(x.toks[a].Lower) {
		return true
	}
	n, e := x.match(a, a+1, gazetteer.Org|gazetteer.Product)
	return n == 1 && e != nil
}

// personCue reports whether the words after a name at b suggest a person:
// a speech verb or an appositive with a person noun.
func (x *extractor) personCue(b int) bool {
	toks := x.toks
	if b >= len(toks) {
		return false
	}
	switch toks[b].Lower {
	case "said", "says", "told", "added", "explained", "argued", "wrote", "stated", "who", "himself", "herself":
		return true
	case ",":
		if b+2 < len(toks) {
			switch toks[b+1].Lower {
			case "a", "an", "the", "who", "whose", "aged":
				n, _ := x.match(b+2, min(len(toks), b+6), gazetteer.Title)
				if n > 0 || toks[b+1].Lower == "who" || toks[b+1].Lower == "whose" || toks[b+1].Lower == "aged" {
					return true
				}
				// "Sok Pisey, a doctor at …", "Petra Lang, a crane operator".
				for k := b + 2; k < len(toks) && k < b+6 && toks[k].Sent == toks[b].Sent; k++ {
					if personRoles[toks[k].Lower] {
						return true
					}
					if toks[k].Text == "," {
						break
					}
				}
				return false
			}
			if hasDigit(toks[b+1].Text) && b+2 < len(toks) && toks[b+2].Text == "," {
				return true // "John Smith, 45,"
			}
		}
	}
	return false
}

// productNouns in an appositive after a name make it a product: "Zorblix,
// the latest version of the camera software", "Quill, the code name for
// the update".
var productNouns = map[string]bool{
	"version": true, "release": true, "successor": true, "upgrade": true, "edition": true, "model": true,
	"codename": true, "code-name": true, "smartphone": true, "handset": true, "browser": true,
	"console": true, "app": true, "laptop": true, "tablet": true, "jetliner": true, "airliner": true,
}

// productCue reports whether the words after a name at b are an
// appositive that calls it a product: a comma, an article or possessive,
// at most two modifiers, then a product noun ("code name" too).
func (x *extractor) productCue(b int) bool {
	toks := x.toks
	if b+2 >= len(toks) || toks[b].Text != "," {
		return false
	}
	switch toks[b+1].Lower {
	case "the", "a", "an", "its", "their":
	default:
		return false
	}
	for k := b + 2; k < len(toks) && k <= b+4 && toks[k].Sent == toks[b].Sent; k++ {
		w := toks[k].Lower
		if productNouns[w] || w == "code" && k+1 < len(toks) && toks[k+1].Lower == "name" {
			return true
		}
		if toks[k].Text != w || !unicode.IsLetter(firstRune(w)) {
			return false
		}
	}
	return false
}

// orgBeforeConnector reports whether an organisation suffix comes right
// before "of" or "for" inside a run ("Roper Center for Public Opinion
// Research", "Bank of England").
func (x *extractor) orgBeforeConnector(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if w := x.toks[k].Lower; (w == "of" || w == "for" || w == "on") && x.g.OrgSuffix(x.toks[k-1].Lower) {
			return true
		}
	}
	return false
}

// seenLower reports whether the document uses a word in lower case.
func (x *extractor) seenLower(lower string) bool {
	if x.lowerSeen == nil {
		x.lowerSeen = make(map[string]bool, len(x.toks)/3)
		for k := range x.toks {
			tk := &x.toks[k]
			if tk.Text == tk.Lower && tk.Lower != "" && unicode.IsLetter(firstRune(tk.Lower)) {
				x.lowerSeen[tk.Lower] = true
			}
		}
	}
	return x.lowerSeen[lower]
}
