package entity

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/gazetteer"
)

// nameTokens returns the tokens of a mention that make up the name: no
// leading "the", no quotes or nickname in quotes, no possessive mark.
func (x *extractor) nameTokens(c *cand, buf []int) []int {
	buf = buf[:0]
	inQ := false
	for k := c.first; k < c.limit; k++ {
		t := &x.toks[k]
		if isQuote(t.Text) {
			inQ = !inQ
			continue
		}
		if inQ || ((t.Text == "'s" || t.Text == "’s") && k == c.limit-1) || (k == c.first && t.Lower == "the") {
			continue
		}
		buf = append(buf, k)
	}
	return buf
}

// nameText is the name of a mention with its original spacing, nickname
// and quotes dropped ("Robert Lane").
func (x *extractor) nameText(c *cand) string {
	ks := x.nameTokens(c, nil)
	if len(ks) == 0 {
		return x.d.TokenSpan(c.first, c.limit).Text
	}
	if ks[len(ks)-1]-ks[0] == len(ks)-1 {
		return x.d.Slice(x.toks[ks[0]].Start, x.toks[ks[len(ks)-1]].End)
	}
	var b strings.Builder
	for i, k := range ks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(x.toks[k].Text)
	}
	return b.String()
}

// onlyGroupWithin returns the one group of type typ, typed by a rule or
// better, whose name starts with the words w (or ends with them, when last
// is set), or -1 when none or several do. f is scratch for name tokens.
func (x *extractor) onlyGroupWithin(w []int, f *[]int, typ string, last bool) int {
	found := -1
	for gi := range x.groups {
		g := &x.groups[gi]
		if g.typ != typ || g.typPrio < prioRule {
			continue
		}
		*f = x.nameTokens(&x.cands[g.best], *f)
		if len(w) >= len(*f) {
			continue
		}
		part := (*f)[:len(w)]
		if last {
			part = (*f)[len(*f)-len(w):]
		}
		if x.sameWords(w, part) {
			if found >= 0 {
				return -1
			}
			found = gi
		}
	}
	return found
}

func (x *extractor) sameWords(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if x.toks[a[i]].Lower != x.toks[b[i]].Lower {
			return false
		}
	}
	return true
}

// shortForm reports whether name w is a short form of name f: "Kim" of
// "Kim Jong Un", "Putin" of "Vladimir Putin", "Jong Un" of "Kim Jong Un".
func (x *extractor) shortForm(w, f []int) bool {
	if len(w) == 0 || len(w) >= len(f) {
		return false
	}
	pre, suf := true, true
	for i := range w {
		if x.toks[w[i]].Lower != x.toks[f[i]].Lower {
			pre = false
		}
		if x.toks[w[i]].Lower != x.toks[f[len(f)-len(w)+i]].Lower {
			suf = false
		}
	}
	return pre || suf
}

func compatible(a, b gazetteer.Gender) bool {
	return a == gazetteer.Unknown || b == gazetteer.Unknown || a == b
}

// acronym returns the initials of the capitalised words of a name
// ("United Nations" → "UN"), or "" for names of one word.
func (x *extractor) acronym(ks []int) string {
	if len(ks) < 2 {
		return ""
	}
	var b strings.Builder
	for _, k := range ks {
		t := x.toks[k].Text
		r := firstRune(t)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bareAcronym strips periods from an all-caps token ("U.N." → "UN").
func bareAcronym(s string) string {
	if !isAllCaps(s) {
		return ""
	}
	return strings.ReplaceAll(s, ".", "")
}

// groupMentions assigns every accepted mention to an entity.
func (x *extractor) groupMentions(accepted []int) {
	var w, f []int
	for _, ci := range accepted {
		c := &x.cands[ci]
		w = x.nameTokens(c, w)
		gi := x.findGroup(c, w, &f)
		if gi < 0 {
			x.groups = append(x.groups, group{typ: c.typ, kind: c.kind, canonical: c.canonical, best: ci,
				link: c.link, country: c.country, gender: c.gender, typPrio: c.prio})
			gi = len(x.groups) - 1
		} else {
			gr := &x.groups[gi]
			f = x.nameTokens(&x.cands[gr.best], f)
			if len(w) > len(f) {
				gr.best = ci
			}
			if c.prio > gr.typPrio && c.typ != "" && !c.nested {
				gr.typ, gr.typPrio = c.typ, c.prio
			}
			if gr.gender == gazetteer.Unknown {
				gr.gender = c.gender
			}
		}
		c.ent = gi
		gr := &x.groups[gi]
		gr.mentions = append(gr.mentions, ci)
		gr.last = c.first
	}
}

func (x *extractor) findGroup(c *cand, w []int, f *[]int) int {
	// Spellings of one country, and demonyms of one country.
	if c.country != "" && c.kind&(gazetteer.Country|gazetteer.Demonym) != 0 {
		for gi := range x.groups {
			g := &x.groups[gi]
			if g.kind == c.kind && g.country == c.country {
				return gi
			}
		}
		return -1
	}
	if c.canonical != "" {
		for gi := range x.groups {
			g := &x.groups[gi]
			if g.typ == c.typ && strings.EqualFold(g.canonical, c.canonical) {
				return gi
			}
		}
	}
	// People: short forms and fuller forms, most recent entity first.
	if c.typ == doc.Person || (c.prio <= prioGuess && !c.nested) {
		bestGi, bestLast := -1, -1
		for gi := range x.groups {
			g := &x.groups[gi]
			guessed := g.typ != doc.Person && g.typPrio == prioGuess && g.canonical == ""
			if g.typ != doc.Person && !guessed {
				continue
			}
			if !compatible(g.gender, c.gender) {
				continue
			}
			*f = x.nameTokens(&x.cands[g.best], *f)
			// A guessed name of plain words later called by its last
			// word alone is a person ("Lena Okafor" … "Okafor"):
			// organisations are shortened by their first word.
			if guessed && c.typ != doc.Person {
				if len(w) == 1 && len(*f) >= 2 && len(*f) <= 3 && x.plainName(*f) &&
					x.toks[w[0]].Lower == x.toks[(*f)[len(*f)-1]].Lower && g.last > bestLast {
					g.typ = doc.Person
					bestGi, bestLast = gi, g.last
				}
				continue
			}
			if x.sameWords(w, *f) || x.shortForm(w, *f) || (c.typ == doc.Person && x.shortForm(*f, w)) {
				if g.last > bestLast {
					bestGi, bestLast = gi, g.last
				}
			}
		}
		if bestGi >= 0 {
			return bestGi
		}
	}
	// Organisations: acronym and full name.
	if c.typ == doc.Org || c.prio <= prioGuess {
		ac := ""
		if len(w) == 1 {
			ac = bareAcronym(x.toks[w[0]].Text)
		}
		myInit := x.acronym(w)
		for gi := range x.groups {
			g := &x.groups[gi]
			if g.typ != doc.Org {
				continue
			}
			*f = x.nameTokens(&x.cands[g.best], *f)
			if ac != "" && len(ac) >= 2 && len(*f) >= 2 {
				for _, a := range x.initials(*f) {
					if a == ac {
						return gi
					}
				}
			}
			if myInit != "" && len(*f) == 1 && bareAcronym(x.toks[(*f)[0]].Text) == myInit {
				return gi
			}
		}
	}
	// An organisation's first words ("Northrop" of "Northrop Grumman"),
	// when they start one named organisation only: "Apple" next to
	// "Apple Corps" and "Apple Computer" stays apart.
	if c.typ == doc.Org && !c.nested {
		if gi := x.onlyGroupWithin(w, f, doc.Org, false); gi >= 0 {
			return gi
		}
	}
	// A product's or a storm's last words ("SDK" of "iPhone SDK",
	// "Katrina" of "Hurricane Katrina"), when they end one such name only.
	if (c.typ == doc.Product || c.typ == doc.Event) && !c.nested {
		if gi := x.onlyGroupWithin(w, f, c.typ, true); gi >= 0 {
			return gi
		}
	}
	// The same words again.
	for gi := len(x.groups) - 1; gi >= 0; gi-- {
		g := &x.groups[gi]
		if g.typ != c.typ && c.prio > prioGuess && g.typPrio > prioGuess {
			continue
		}
		*f = x.nameTokens(&x.cands[g.best], *f)
		if x.sameWords(w, *f) {
			return gi
		}
	}
	return -1
}

// pronounTypes retypes guessed organisations — plain capitalised names no
// list or cue explained, typed ORG by default — as people when the
// pronouns that follow their mentions say so: "Bush came out today and
// said that if he had known", "Wolfowitz lied to him" against "Boeing
// said it would". For each mention the first third-person pronoun within
// the rest of its sentence and the next is a vote, unless another name
// comes first; he/him/his/she/her vote person, it/its vote organisation.
func (x *extractor) pronounTypes() {
	var f []int
	for gi := range x.groups {
		g := &x.groups[gi]
		if g.typ != doc.Org && g.typ != doc.Person || g.typPrio != prioGuess || g.canonical != "" {
			continue
		}
		f = x.nameTokens(&x.cands[g.best], f)
		if len(f) == 0 || len(f) > 3 || !x.plainName(f) {
			continue
		}
		person, org := 0, 0
		for _, ci := range g.mentions {
			c := &x.cands[ci]
			if x.orgContext(c.first, c.limit) {
				org += 2
				continue
			}
			// A pronoun refers back to a subject, not to a name after a
			// preposition ("founder of Apple, has chosen … his post").
			if c.first > 0 && prepositions[x.toks[c.first-1].Lower] {
				continue
			}
			switch x.pronounAfter(c.limit) {
			case doc.Person:
				person++
			case doc.Org:
				org++
			}
		}
		// A pronoun can belong to someone else: a third of the mentions
		// at least must vote.
		if person > org && 3*person >= len(g.mentions) {
			g.typ = doc.Person
		} else if g.typ == doc.Person && org > person && 3*org >= len(g.mentions) {
			// A guessed person (the NER's reading) that the article
			// calls "it": "Norder Stahl will close its steelworks".
			g.typ = doc.Org
		}
	}
}

var prepositions = map[string]bool{
	"of": true, "at": true, "for": true, "to": true, "from": true, "with": true, "by": true, "in": true,
	"on": true, "against": true, "into": true, "about": true, "than": true,
}

// orgNouns after a name, or after its possessive, make it a company or
// institution: "Apple shares", "Boeing's board", "the Airbus chief
// executive".
var orgNouns = map[string]bool{
	"shares": true, "stock": true, "board": true, "employees": true, "staff": true, "workers": true,
	"engineers": true, "executive": true, "executives": true, "ceo": true, "chairman": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "headquarters": true, "subsidiary": true, "products": true,
	"website": true, "customers": true, "shareholders": true, "investors": true, "stores": true, "store": true,
	"profits": true, "profit": true, "revenue": true, "revenues": true, "earnings": true, "officials": true,
}

// orgContext reports whether the words around a name at [a, b) are those
// of an organisation: an organisation noun after it or after its
// possessive, or a role "of"/"at" it ("founder of Apple", "chief
// executive of Boeing", "an engineer at Intel").
func (x *extractor) orgContext(a, b int) bool {
	toks := x.toks
	k := b
	if k < len(toks) && (toks[k].Text == "'s" || toks[k].Text == "’s" || toks[k].Text == "'") {
		k++
	}
	if k < len(toks) && (toks[k].Text == toks[k].Lower || isAllCaps(toks[k].Text)) && orgNouns[toks[k].Lower] {
		return true
	}
	if a >= 2 && (toks[a-1].Lower == "of" || toks[a-1].Lower == "at") {
		switch toks[a-2].Lower {
		case "founder", "co-founder", "ceo", "executive", "chairman", "president", "employee", "employees",
			"engineer", "engineers", "spokesman", "spokeswoman", "spokesperson", "shares", "director", "head", "analyst":
			return true
		}
	}
	return false
}

// pronounAfter returns the type the first third-person pronoun after token
// b points to (PERSON for he/she, ORG for it/its), looking through the
// rest of b's sentence and the next, or "" when another capitalised word
// or none comes first.
func (x *extractor) pronounAfter(b int) string {
	if b >= len(x.toks) {
		return ""
	}
	sent := x.toks[b-1].Sent
	// A relative pronoun right after the name: ", who" or ", which".
	if b+1 < len(x.toks) && x.toks[b].Text == "," {
		switch x.toks[b+1].Lower {
		case "who", "whose":
			return doc.Person
		case "which":
			return doc.Org
		}
	}
	for k := b; k < len(x.toks) && x.toks[k].Sent <= sent+1; k++ {
		t := &x.toks[k]
		switch t.Lower {
		case "he", "him", "his", "himself", "she", "her", "herself":
			return doc.Person
		case "it", "its", "itself":
			return doc.Org
		}
		if x.toks[k].Sent > sent && k == x.d.Sentences[x.toks[k].Sent].First {
			continue // a capitalised first word says nothing
		}
		if capitalised(t) && t.Text != "I" {
			return ""
		}
	}
	return ""
}

// knownNames adds mentions of already known names where the first pass was
// cautious: headlines, sentence-initial words, words it left unclaimed.
func (x *extractor) knownNames() {
	if len(x.groups) == 0 {
		return
	}
	covered := make([]bool, len(x.toks))
	for gi := range x.groups {
		for _, ci := range x.groups[gi].mentions {
			c := &x.cands[ci]
			for k := c.first; k < c.limit; k++ {
				covered[k] = true
			}
		}
	}
	byWord := map[string][]int{}
	var f []int
	for gi := range x.groups {
		g := &x.groups[gi]
		if g.typ != doc.Person && g.typ != doc.Org {
			continue
		}
		f = x.nameTokens(&x.cands[g.best], f)
		if len(f) == 0 {
			continue
		}
		if g.typ == doc.Person {
			byWord[x.toks[f[0]].Lower] = append(byWord[x.toks[f[0]].Lower], gi)
			if len(f) > 1 {
				byWord[x.toks[f[len(f)-1]].Lower] = append(byWord[x.toks[f[len(f)-1]].Lower], gi)
			}
		} else if g.typPrio == prioGuess && len(f) >= 2 && len(f) <= 3 && x.plainName(f) {
			// A guessed name whose last word recurs alone is a person's;
			// an organisation's first word may stand for it.
			byWord[x.toks[f[len(f)-1]].Lower] = append(byWord[x.toks[f[len(f)-1]].Lower], gi)
			if w := x.toks[f[0]].Lower; g.typ == doc.Org && x.distinctive(f[0]) {
				byWord[w] = append(byWord[w], gi)
			}
		} else if len(f) == 1 {
			byWord[x.toks[f[0]].Lower] = append(byWord[x.toks[f[0]].Lower], gi)
		} else if w := x.toks[f[0]].Lower; len(f) <= 3 && g.typ == doc.Org && x.distinctive(f[0]) {
			// Organisations are shortened by their first word: "Apple"
			// for "Apple Computer", "Northrop" for "Northrop Grumman".
			byWord[w] = append(byWord[w], gi)
		}
	}
	for i := 0; i < len(x.toks); i++ {
		t := &x.toks[i]
		if covered[i] || !capitalised(t) {
			continue
		}
		gs, ok := byWord[t.Lower]
		if !ok || x.g.Common(t.Lower) {
			continue
		}
		gi := x.nearestBefore(gs, i)
		g := &x.groups[gi]
		f = x.nameTokens(&x.cands[g.best], f)
		// Extend to the full name when it follows.
		end := i + 1
		if x.toks[f[0]].Lower == t.Lower {
			k := 1
			for k < len(f) && i+k < len(x.toks) && !covered[i+k] && x.toks[i+k].Lower == x.toks[f[k]].Lower {
				k++
			}
			if k == len(f) {
				end = i + k
			}
		}
		if g.typ != doc.Person && len(f) >= 2 && end == i+1 && t.Lower != x.toks[f[0]].Lower {
			g.typ = doc.Person
		}
		x.cands = append(x.cands, cand{first: i, limit: end, typ: g.typ, prio: prioGuess, ent: gi})
		g.mentions = append(g.mentions, len(x.cands)-1)
		for k := i; k < end; k++ {
			covered[k] = true
		}
		i = end - 1
	}
}

// distinctive reports whether the word at k can stand for a whole name:
// a title-case word, not a common word, a title, a place or a demonym
// ("Apple", not "United", "General" or "European").
func (x *extractor) distinctive(k int) bool {
	t := &x.toks[k]
	if isAllCaps(t.Text) || !unicode.IsUpper(firstRune(t.Text)) || x.g.Common(t.Lower) || x.seenLower(t.Lower) {
		return false
	}
	if n, _ := x.match(k, k+1, gazetteer.Names|gazetteer.Title); n > 0 {
		return false
	}
	return len(t.Text) > 2
}

// quoteState marks the tokens inside quotation marks, paragraph by
// paragraph, so that a name inside a quote is not taken as the antecedent
// of a "he" outside it.
func (x *extractor) quoteState() []bool {
	in := make([]bool, len(x.toks))
	open := false
	para := -1
	for si, s := range x.d.Sentences {
		if s.Paragraph != para {
			para, open = s.Paragraph, false
		}
		_ = si
		for i := s.First; i < s.Limit; i++ {
			switch x.toks[i].Text {
			case "“", "«":
				open = true
			case "”", "»":
				open = false
			case "\"":
				open = !open
			default:
				in[i] = open
			}
		}
	}
	return in
}

func pronounGender(lower string) (gazetteer.Gender, bool) {
	switch lower {
	case "he", "him", "his", "himself":
		return gazetteer.Male, true
	case "she", "her", "hers", "herself":
		return gazetteer.Female, true
	}
	return gazetteer.Unknown, false
}

// pronouns resolves he/him/his and she/her to the person most likely
// meant: in the pronoun's sentence the first compatible person before it,
// else the first compatible person of the nearest earlier sentence within
// the window (subjects are the usual antecedents in news prose).
func (x *extractor) pronouns() {
	type pm struct {
		tok, sent, group int
	}
	var people []pm
	for gi := range x.groups {
		if x.groups[gi].typ != doc.Person {
			continue
		}
		x.groupGender(gi)
		for _, ci := range x.groups[gi].mentions {
			c := &x.cands[ci]
			people = append(people, pm{c.first, x.toks[c.first].Sent, gi})
		}
	}
	if len(people) == 0 {
		return
	}
	sort.Slice(people, func(i, j int) bool { return people[i].tok < people[j].tok })
	inQ := x.quoteState()
	// rival reports whether another person than gi, of a compatible
	// gender, stands before pronoun i within the window: the pronoun is
	// then no evidence of gi's gender.
	rival := func(gi, i, s int, gen gazetteer.Gender) bool {
		for _, p := range people {
			if p.tok >= i {
				break
			}
			if p.group != gi && p.sent >= s-pronounWindow && compatible(x.groups[p.group].gender, gen) {
				return true
			}
		}
		return false
	}
	for i := range x.toks {
		t := &x.toks[i]
		gen, ok := pronounGender(t.Lower)
		if !ok {
			continue
		}
		s := t.Sent
		chosen := -1
		for sj := s; sj >= 0 && sj >= s-pronounWindow && chosen < 0; sj-- {
			for _, p := range people {
				if p.sent != sj || p.tok >= i {
					continue
				}
				if inQ[p.tok] && !inQ[i] {
					continue
				}
				g := &x.groups[p.group]
				if compatible(g.gender, gen) {
					chosen = p.group
					break
				}
			}
		}
		if chosen < 0 {
			continue
		}
		g := &x.groups[chosen]
		if g.gender == gazetteer.Unknown && !rival(chosen, i, s, gen) {
			g.gender = gen
		}
		x.cands = append(x.cands, cand{first: i, limit: i + 1, typ: doc.Person, prio: prioPronoun, pronoun: true, ent: chosen})
		g.mentions = append(g.mentions, len(x.cands)-1)
		// Keep people sorted: the pronoun is a mention for later ones.
		people = append(people, pm{i, s, chosen})
		for k := len(people) - 1; k > 0 && people[k].tok < people[k-1].tok; k-- {
			people[k], people[k-1] = people[k-1], people[k]
		}
	}
}

// groupGender gives a person whose gender is still unknown the one a
// gendered noun in apposition to one of its mentions tells: names the
// statistical tagger found, or retyped as people, did not pass through
// person.
func (x *extractor) groupGender(gi int) {
	g := &x.groups[gi]
	for _, ci := range g.mentions {
		if g.gender != gazetteer.Unknown {
			return
		}
		c := &x.cands[ci]
		g.gender = x.apposGender(c.first, c.limit)
	}
}

// emit writes the entities to the document in order of first mention.
func (x *extractor) emit() {
	type firstOf struct{ gi, tok int }
	order := make([]firstOf, 0, len(x.groups))
	for gi := range x.groups {
		g := &x.groups[gi]
		first := -1
		for _, ci := range g.mentions {
			if c := &x.cands[ci]; first < 0 || c.first < first {
				first = c.first
			}
		}
		order = append(order, firstOf{gi, first})
	}
	slices.SortStableFunc(order, func(a, b firstOf) int { return cmp.Compare(a.tok, b.tok) })
	for n, o := range order {
		g := &x.groups[o.gi]
		ms := make([]doc.Mention, 0, len(g.mentions))
		for _, ci := range g.mentions {
			c := &x.cands[ci]
			sp := x.d.TokenSpan(c.first, c.limit)
			ms = append(ms, doc.Mention{Start: sp.Start, End: sp.End, Text: sp.Text, Pronoun: c.pronoun})
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		canon := g.canonical
		if canon == "" {
			canon = x.nameText(&x.cands[g.best])
		}
		e := doc.Entity{
			ID:        "e" + strconv.Itoa(n+1),
			Text:      ms[0].Text,
			Start:     ms[0].Start,
			End:       ms[0].End,
			Type:      g.typ,
			Canonical: canon,
			Mentions:  ms,
			Link:      g.link,
		}
		if g.kind&(gazetteer.Country|gazetteer.Demonym) != 0 {
			e.Country = g.country
		}
		x.d.Entities = append(x.d.Entities, e)
	}
}

// ResolvePronoun returns the index in d.Entities of the person a pronoun
// token refers to. Extract has usually resolved it already; for a pronoun it
// left alone, the nearest earlier person mention within the window is
// taken.
func ResolvePronoun(d *doc.Document, tokenIndex int) (entityIndex int, ok bool) {
	if tokenIndex < 0 || tokenIndex >= len(d.Tokens) {
		return -1, false
	}
	t := &d.Tokens[tokenIndex]
	for ei := range d.Entities {
		for _, m := range d.Entities[ei].Mentions {
			if m.Pronoun && m.Start == t.Start {
				return ei, true
			}
		}
	}
	gen, isPron := pronounGender(t.Lower)
	if !isPron {
		return -1, false
	}
	best, bestStart := -1, -1
	for ei := range d.Entities {
		e := &d.Entities[ei]
		if e.Type != doc.Person || !compatible(mentionGender(e), gen) {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= t.Start || m.Start <= bestStart {
				continue
			}
			if s := d.SentenceAt(m.Start); s < 0 || t.Sent-s > pronounWindow {
				continue
			}
			best, bestStart = ei, m.Start
		}
	}
	return best, best >= 0
}

// mentionGender is the gender the pronouns resolved to an entity give it,
// Unknown when none or both do: "she" is not handed to a man by the
// fallback of ResolvePronoun either.
func mentionGender(e *doc.Entity) gazetteer.Gender {
	found := gazetteer.Unknown
	for _, m := range e.Mentions {
		if !m.Pronoun {
			continue
		}
		g, _ := pronounGender(strings.ToLower(m.Text))
		if found != gazetteer.Unknown && g != found {
			return gazetteer.Unknown
		}
		found = g
	}
	return found
}

// plainName reports whether a name is made of title-case words only, as
// personal names are.
func (x *extractor) plainName(ks []int) bool {
	for _, k := range ks {
		t := x.toks[k].Text
		if isAllCaps(t) || hasDigit(t) || !unicode.IsUpper(firstRune(t)) || x.g.OrgSuffix(x.toks[k].Lower) {
			return false
		}
	}
	return true
}

// nearestBefore picks, among groups sharing a name word, the one mentioned
// last before token i ("Clinton" after "Hillary Clinton" but before "Bill
// Clinton" is Hillary), or the first mentioned when none comes before.
func (x *extractor) nearestBefore(gs []int, i int) int {
	best, bestTok := gs[0], -1
	firstTok := len(x.toks)
	for _, gi := range gs {
		for _, ci := range x.groups[gi].mentions {
			c := &x.cands[ci]
			if c.first < i && c.first > bestTok {
				best, bestTok = gi, c.first
			}
			if bestTok < 0 && c.first < firstTok {
				best, firstTok = gi, c.first
			}
		}
	}
	return best
}

// plainWords is plainName over the token range [a, b).
func (x *extractor) plainWords(a, b int) bool {
	if b <= a {
		return false
	}
	for k := a; k < b; k++ {
		t := x.toks[k].Text
		if isAllCaps(t) || hasDigit(t) || !unicode.IsUpper(firstRune(t)) || x.g.OrgSuffix(x.toks[k].Lower) {
			return false
		}
	}
	return true
}

// EntityAt returns the index in d.Entities of the entity a span of text
// (code points, end exclusive) names, for steps that hold a span and want
// its entity, such as an attribution's source "North Korean leader Kim Jong
// Un" (→ Kim Jong Un) or "South Korea's intelligence agency" (→ the
// agency, not South Korea). Among the mentions inside the span it prefers
// people and organisations, then places, then the mention ending last (the
// head of an English noun phrase comes last), then the longest.
func EntityAt(d *doc.Document, start, end int) (entityIndex int, ok bool) {
	best, bestRank, bestEnd, bestLen := -1, 99, -1, -1
	for ei := range d.Entities {
		e := &d.Entities[ei]
		rank := typeRank(e.Type)
		for _, m := range e.Mentions {
			if m.Start < start || m.End > end {
				continue
			}
			l := m.End - m.Start
			if rank < bestRank || (rank == bestRank && (m.End > bestEnd || (m.End == bestEnd && l > bestLen))) {
				best, bestRank, bestEnd, bestLen = ei, rank, m.End, l
			}
		}
	}
	return best, best >= 0
}

func typeRank(t string) int {
	switch t {
	case doc.Person, doc.Org:
		return 0
	case doc.GPE, doc.Loc:
		return 1
	}
	return 2
}
