package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

// entityKey is what makes two entities of different documents the same:
// the country or place an adjectival mention links to ("North Korean" →
// "north korea"), else the canonical name.
func entityKey(e *doc.Entity) string {
	k := e.Canonical
	if e.Link != "" {
		k = e.Link
	} else if e.Country != "" {
		k = e.Country
	}
	k = strings.ToLower(k)
	if c, ok := capitalOf[k]; ok && e.Type == doc.GPE {
		return c
	}
	return strings.TrimPrefix(k, "the ")
}

// capitalOf maps capitals that news uses for their governments ("Washington
// has charged a tariff") to the country's key, so that "Washington" →
// "the US" is not a swap.
var capitalOf = map[string]string{
	"washington": "usa", "moscow": "rus", "beijing": "chn", "kyiv": "ukr", "kiev": "ukr",
	"london": "gbr", "paris": "fra", "berlin": "deu", "tokyo": "jpn", "seoul": "kor",
	"pyongyang": "prk", "tehran": "irn", "ankara": "tur", "new delhi": "ind", "islamabad": "pak",
	"kabul": "afg", "damascus": "syr", "cairo": "egy", "riyadh": "sau", "ottawa": "can",
	"canberra": "aus", "taipei": "twn", "bangkok": "tha", "phnom penh": "khm", "nairobi": "ken",
	"jerusalem": "isr", "brasilia": "bra", "mexico city": "mex", "rome": "ita", "madrid": "esp",
	"warsaw": "pol", "minsk": "blr", "caracas": "ven", "havana": "cub", "baghdad": "irq",
}

// named reports whether a mention names its entity (shares a word with the
// canonical name) rather than refers back to it ("the company", "he"):
// coreference in a short rewrite is too unreliable to accuse a text of
// swapping who did what.
func named(m doc.Mention, e *doc.Entity) bool {
	if m.Pronoun {
		return false
	}
	if strings.EqualFold(m.Text, e.Canonical) || e.Link != "" {
		return true
	}
	cw := contentSet(e.Canonical)
	for w := range contentSet(m.Text) {
		if cw[w] {
			return true
		}
	}
	return false
}

// namedIn reports whether e is named (not only referred to) inside span.
func namedIn(e *doc.Entity, span doc.Span) bool {
	for _, m := range e.Mentions {
		if m.Start >= span.Start && m.End <= span.End && named(m, e) {
			return true
		}
	}
	return false
}

// roleTypes are the entity types that can do something to someone; a swap
// between them changes who did what to whom.
func roleType(t string) string {
	switch t {
	case doc.NORP, doc.GPE:
		return "polity"
	}
	return t
}

// sourceHas reports whether the source names e anywhere: by key, by
// canonical name, or by its surface text.
func (c *checker) sourceHas(e *doc.Entity) bool {
	k := entityKey(e)
	for i := range c.src.d.Entities {
		se := &c.src.d.Entities[i]
		if entityKey(se) == k || strings.EqualFold(se.Canonical, e.Canonical) {
			return true
		}
	}
	return containsFold(c.src.d.Article.Text, e.Text) || containsFold(c.src.d.Article.Text, e.Canonical)
}

func containsFold(hay, needle string) bool {
	if needle == "" {
		return false
	}
	return strings.Contains(strings.ToLower(hay), strings.ToLower(needle))
}

func (c *checker) entities(du, su *unit, sspan *doc.Span) {
	// Names are judged against the statement that says the same apart
	// from its names when the aligned one does not.
	if su != nil {
		if alt := c.nameBlindCounterpart(du, su); alt != nil {
			su = alt
			sp := alt.span
			sspan = &sp
		}
	}
	skeys := map[string]*doc.Entity{}
	if su != nil {
		for _, e := range su.ents {
			skeys[entityKey(e)] = e
		}
	}
	// Only entities the derived statement names count as kept: a "she"
	// resolved to the source's Hillary does not excuse a Mook named in
	// her place.
	dkeys := map[string]bool{}
	for _, e := range du.ents {
		if namedIn(e, du.span) {
			dkeys[entityKey(e)] = true
		}
	}
	for _, e := range du.ents {
		k := entityKey(e)
		// Known here when the source statement names it; a pronoun the
		// analyser resolved to it ("he would close loopholes Trump used")
		// does not make the name in Trump's place the source's.
		if se, ok := skeys[k]; ok && namedIn(se, su.span) || !namedIn(e, du.span) {
			continue
		}
		if su != nil && namedLoosely(e, su.ents, su.span) {
			continue
		}
		ds := mentionIn(e, du.span)
		// A source entity of the same kind that the derived statement
		// no longer names took e's place.
		// A candidate counts as still named when the derived statement
		// names it by its own name, not merely by one sharing its key: a
		// capital and its country share a key ("Pyongyang", "North
		// Korea"), and a swap may replace one while the other stays.
		var swapped *doc.Entity
		if su != nil {
			for _, se := range su.ents {
				if roleType(se.Type) == roleType(e.Type) && !sameSpeaker(se.Canonical, e.Canonical) && namedIn(se, su.span) &&
					!c.stillNamed(se, du) {
					swapped = se
					break
				}
			}
		}
		// The two texts' name steps may type one slot differently ("from
		// Disney ," read as a place, "from Lost ," as an organisation):
		// a source name of another type that stands between the same
		// words and is gone from the derived statement was replaced too.
		if swapped == nil && su != nil {
			for _, se := range su.ents {
				if !sameEntityKind(se, e) && namedIn(se, su.span) && !c.stillNamed(se, du) && !sameSpeaker(se.Canonical, e.Canonical) &&
					sameSlot(c.der.d, ds, c.src.d, mentionIn(se, su.span)) {
					swapped = se
					break
				}
			}
		}
		if swapped != nil {
			sp := mentionIn(swapped, su.span)
			c.add(EntitySwapped, ds, &sp, fmt.Sprintf("the source names %s here; the derived text names %s", swapped.Canonical, e.Canonical))
			continue
		}
		if !c.sourceHas(e) && !c.reported(EntityInvented, ds) {
			c.add(EntityInvented, ds, sspan, fmt.Sprintf("the source never names %s", e.Canonical))
		}
	}
	// Same entities, roles exchanged: the subject of the derived claim is
	// a non-subject of the source claim and the other way round. Two
	// names sharing a word are one name cut differently by the two texts'
	// name steps ("New York's legislature", "New York"), and a name each
	// subject holds (a subject naming two) was not moved out of it.
	if du.claim != nil && su != nil && su.claim != nil && du.claim.Subject != nil && su.claim.Subject != nil {
		dsub := subjectEntity(c.der.d, du, du.claim.Subject)
		ssub := subjectEntity(c.src.d, su, su.claim.Subject)
		if dsub != nil && ssub != nil && entityKey(dsub) != entityKey(ssub) && !sameSpeaker(dsub.Canonical, ssub.Canonical) &&
			(dkeys[entityKey(ssub)] || surfaceIn(c.der.d, ssub, du.span)) &&
			!surfaceIn(c.der.d, ssub, *du.claim.Subject) && !c.srcNames(dsub, *su.claim.Subject) {
			if _, ok := skeys[entityKey(dsub)]; ok {
				c.add(EntitySwapped, *du.claim.Subject, su.claim.Subject,
					fmt.Sprintf("roles exchanged: the source has %s as the subject, the derived text %s", ssub.Canonical, dsub.Canonical))
			}
		}
	}
}

// nameBlindCounterpart is the source statement that says what du says
// apart from its names, when the aligned statement su does not: a name
// swapped in that the source uses elsewhere pulls the word alignment to
// that other statement ("the dispute … reaches the Centre for Fair
// Regulation" matched to the sentence introducing the centre). Only the
// words outside names count; du needs at least two of them, su must cover
// under half, and the counterpart nearly all.
func (c *checker) nameBlindCounterpart(du, su *unit) *unit {
	want := plainWords(c.der.d, du.span)
	if len(want) < 2 || share(want, plainWords(c.src.d, su.span)) >= 0.5 {
		return nil
	}
	var best *unit
	top := 0.0
	for i := range c.src.units {
		cand := &c.src.units[i]
		if cand == su {
			continue
		}
		if sh := share(want, plainWords(c.src.d, cand.span)); sh > top {
			best, top = cand, sh
		}
	}
	if top < 0.9 {
		return nil
	}
	return best
}

// plainWords are the stemmed content words of span outside entity names.
func plainWords(d *doc.Document, span doc.Span) map[string]bool {
	inName := func(t *doc.Token) bool {
		for i := range d.Entities {
			for _, m := range d.Entities[i].Mentions {
				if !m.Pronoun && t.Start < m.End && m.Start < t.End {
					return true
				}
			}
		}
		return false
	}
	out := map[string]bool{}
	for i := max(d.TokenAt(span.Start), 0); i < len(d.Tokens) && d.Tokens[i].Start < span.End; i++ {
		t := &d.Tokens[i]
		if t.End <= span.Start || !contentWord(t.Lower) || inName(t) {
			continue
		}
		out[stem(t.Lower)] = true
	}
	return out
}

// share is the part of want that have holds.
func share(want, have map[string]bool) float64 {
	n := 0
	for w := range want {
		if have[w] {
			n++
		}
	}
	return float64(n) / float64(len(want))
}

// sameEntityKind reports whether two entities have types a swap check
// already pairs.
func sameEntityKind(a, b *doc.Entity) bool { return roleType(a.Type) == roleType(b.Type) }

// sameSlot reports whether mention a of document da and mention b of db
// stand between the same words: the token before and the token after
// (none at a sentence's edge) are the same, and at least one is a word.
func sameSlot(da *doc.Document, a doc.Span, db *doc.Document, b doc.Span) bool {
	ap, an := neighbours(da, a)
	bp, bn := neighbours(db, b)
	return ap == bp && an == bn && (contentWord(ap) || contentWord(an) || ap != "" && an != "")
}

// neighbours are the lower-cased tokens just before and after span within
// its sentence ("" at the sentence's edge).
func neighbours(d *doc.Document, span doc.Span) (prev, next string) {
	first, last := d.TokenAt(span.Start), d.TokenAt(span.End-1)
	if first < 0 || last < 0 {
		return "", ""
	}
	if first > 0 && d.Tokens[first-1].Sent == d.Tokens[first].Sent {
		prev = strings.ToLower(d.Tokens[first-1].Text)
	}
	if last+1 < len(d.Tokens) && d.Tokens[last+1].Sent == d.Tokens[last].Sent {
		next = strings.ToLower(d.Tokens[last+1].Text)
	}
	return prev, next
}

// srcNames reports whether the source names the derived entity e inside
// span, by an entity of e's key or by e's name written there.
func (c *checker) srcNames(e *doc.Entity, span doc.Span) bool {
	for i := range c.src.d.Entities {
		se := &c.src.d.Entities[i]
		if entityKey(se) == entityKey(e) && namedIn(se, span) {
			return true
		}
	}
	return surfaceIn(c.src.d, e, span)
}

// stillNamed reports whether the derived statement du names the source
// entity se: an entity of du with se's key, unless one of the two is a
// capital and the other its country ("Pyongyang" and "North Korea" share
// a key, and a swap may replace one while the other stays), or se's name
// written out in du's text, which counts even when the analyser did not
// recognise it there (the same name is not always tagged the same way in
// two texts: "AWR Hawkins" after "for" can be missed).
func (c *checker) stillNamed(se *doc.Entity, du *unit) bool {
	for _, e := range du.ents {
		if entityKey(e) == entityKey(se) && isCapital(e) == isCapital(se) && namedIn(e, du.span) {
			return true
		}
	}
	return surfaceIn(c.der.d, se, du.span)
}

// isCapital reports whether e is a capital that entityKey maps onto its
// country.
func isCapital(e *doc.Entity) bool {
	if e.Type != doc.GPE {
		return false
	}
	k := e.Canonical
	if e.Link != "" {
		k = e.Link
	}
	_, ok := capitalOf[strings.ToLower(k)]
	return ok
}

// surfaceIn reports whether one of the names e goes by in its own text
// (its canonical name or a naming mention) is written, as whole words,
// inside span of d.
func surfaceIn(d *doc.Document, e *doc.Entity, span doc.Span) bool {
	text := d.Slice(span.Start, span.End)
	if hasWords(text, e.Canonical) {
		return true
	}
	for _, m := range e.Mentions {
		if named(m, e) && hasWords(text, m.Text) {
			return true
		}
	}
	return false
}

// hasWords reports whether name occurs in text with word boundaries on
// both sides, so that "Cole" is not found in "Coleman".
func hasWords(text, name string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			return false
		}
		a, b := off+i, off+i+len(name)
		before, _ := utf8.DecodeLastRuneInString(text[:a])
		after, _ := utf8.DecodeRuneInString(text[b:])
		if (a == 0 || !isWordRune(before)) && (b == len(text) || !isWordRune(after)) {
			return true
		}
		off = a + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// reported reports whether a finding of kind already covers or lies inside
// span, so that "Kenyan police" and its "Kenyan" make one finding.
func (c *checker) reported(kind string, span doc.Span) bool {
	for _, f := range c.r.Findings {
		if f.Kind == kind && (f.Derived.Contains(span) || span.Contains(f.Derived)) {
			return true
		}
	}
	return false
}

// namedLoosely reports whether one of ents, named in span, is e under a
// fuller or shorter name ("Putin", "Vladimir Putin").
func namedLoosely(e *doc.Entity, ents []*doc.Entity, span doc.Span) bool {
	for _, se := range ents {
		if roleType(se.Type) == roleType(e.Type) && sameSpeaker(se.Canonical, e.Canonical) && namedIn(se, span) {
			return true
		}
	}
	return false
}

// subjectEntity is the entity named inside a claim's subject. A pronoun
// does not count: what it was resolved to in one text is no evidence that
// the other text moved a name ("HE'S FULL OF …" cut into a different
// claim by a straightened quotation mark).
func subjectEntity(d *doc.Document, u *unit, sub *doc.Span) *doc.Entity {
	for _, e := range u.ents {
		for _, m := range e.Mentions {
			if m.Start >= sub.Start && m.End <= sub.End && named(m, e) {
				return e
			}
		}
	}
	return nil
}

// mentionIn is e's first mention inside span, else its first mention.
func mentionIn(e *doc.Entity, span doc.Span) doc.Span {
	for _, m := range e.Mentions {
		if m.Start >= span.Start && m.End <= span.End {
			return doc.Span{Start: m.Start, End: m.End, Text: m.Text}
		}
	}
	return doc.Span{Start: e.Start, End: e.End, Text: e.Text}
}

// times reports a time of the derived statement that names a different
// date from the aligned source statement's and appears nowhere in the
// source.
func (c *checker) times(du, su *unit) {
	for _, t := range du.times {
		if c.timeInSource(t, du, su) {
			continue
		}
		ds := doc.Span{Start: t.Start, End: t.End, Text: t.Text}
		other := c.movedFrom(t, su)
		if other == nil {
			// A date the source does not have for this statement: moved
			// only if it is a real date; a new vague time is not a fact.
			if !comparableTime(t.Value) {
				continue
			}
			var sspan *doc.Span
			if su != nil {
				s := su.span
				sspan = &s
			}
			c.add(TimeMoved, ds, sspan, fmt.Sprintf("the source gives no time %s (%s) for this", quote(t.Text), t.Value))
			continue
		}
		sp := doc.Span{Start: other.Start, End: other.End, Text: other.Text}
		c.add(TimeMoved, ds, &sp, fmt.Sprintf("the source dates this %s (%s); the derived text %s (%s)", quote(other.Text), other.Value, quote(t.Text), t.Value))
	}
}

// movedFrom picks the source time that the derived time t replaced: of
// the aligned statement's calendar times and then its sentence's, one as
// fine as t ("Tuesday" for "Friday", not the "this year" beside it), else
// the statement's first calendar time of t's type; nil when there is none.
func (c *checker) movedFrom(t *doc.Time, su *unit) *doc.Time {
	if su == nil {
		return c.datelineTime(t)
	}
	cands := su.times
	for i := range c.src.d.Times {
		if st := &c.src.d.Times[i]; st.Sentence == su.sent && !slices.Contains(su.times, st) {
			cands = append(cands[:len(cands):len(cands)], st)
		}
	}
	var coarse *doc.Time
	for _, st := range cands {
		if st.Type != t.Type || !comparableTime(st.Value) {
			continue
		}
		if len(st.Value) == len(t.Value) {
			return st
		}
		if coarse == nil && slices.Contains(su.times, st) {
			coarse = st
		}
	}
	return coarse
}

// dateline reports whether the time t stands in a statement of nothing
// but a date.
func (s *side) dateline(t *doc.Time) bool {
	u := s.unitFor(t.Start, t.End, t.Sentence)
	return u != nil && u.weight == 0 && len(u.figs) == 0 && u.span.Start <= t.Start && t.End <= u.span.End
}

// datelineTime is the source's time as fine as t in a statement of
// nothing but a date (a dateline), which a derived dateline replaced; nil
// when the source has no such statement.
func (c *checker) datelineTime(t *doc.Time) *doc.Time {
	for i := range c.src.units {
		u := &c.src.units[i]
		if u.weight != 0 || len(u.figs) > 0 {
			continue
		}
		for _, st := range u.times {
			if st.Type == t.Type && len(st.Value) == len(t.Value) && comparableTime(st.Value) {
				return st
			}
		}
	}
	return nil
}

// comparableTime is true for calendar values (a year, month, week or day)
// as opposed to PRESENT_REF, durations and the like.
func comparableTime(v string) bool {
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[3] >= '0'
}

// timeInSource reports whether the source backs the derived time t: when
// the aligned statement carries calendar times, one of them (or one in a
// neighbouring sentence, for merged sentences) must agree, because the same
// weekday named elsewhere in the source does not date this event; when it
// carries none, any agreeing time in the source will do. A source time that
// another of du's times repeats exactly backs that one only (takenByOther):
// "in 2016 … from 2010 to 2019" for "in 2019 … from 2010 to 2019" moved a
// year into the range the sentence names.
func (c *checker) timeInSource(t *doc.Time, du, su *unit) bool {
	if !comparableTime(t.Value) {
		return true
	}
	dated := false
	if su != nil {
		for _, st := range su.times {
			if comparableTime(st.Value) {
				dated = true
			}
			if timesAgree(st, t) && !takenByOther(st, t, du) {
				return true
			}
		}
	}
	for i := range c.src.d.Times {
		st := &c.src.d.Times[i]
		if !timesAgree(st, t) || takenByOther(st, t, du) {
			continue
		}
		// A neighbour backs a time of a merged sentence by its value, not
		// by a range holding it: "by 2015" moved from "by 2018" is not
		// backed by "from 2014 to 2016" a sentence before.
		// Nor does a dateline: it dates the article, not the event ("On
		// Thursday" moved from "On Wednesday" under a Thursday dateline).
		// Nor does a coarser time ("in September" for "September 28"):
		// the statement's own times were no match.
		near := dated && st.Sentence >= su.sent-1 && st.Sentence <= su.sent+1 && (valuesAgree(st.Value, t.Value) || st.Sentence == su.sent) &&
			!c.src.dateline(st) && !coarser(st, t)
		if near || !dated && !coarser(st, t) {
			return true
		}
	}
	return false
}

// coarser reports whether the source time st only names a coarser stretch
// than t ("earlier this year" for "August 13, 2005"): from anywhere in the
// source, with no statement of its own to date, such a time does not back
// t (a dateline's date moved to another month).
func coarser(st, t *doc.Time) bool {
	return st.Range == nil && len(st.Value) < len(t.Value) && !inWeek(st.Value, t.Value)
}

// timesAgree: equal values, one value a coarser form of the other ("2025-07"
// and "2025-07-13"), or a day inside the other's range. Two ranges agree
// only end for end: "March 15-17" starts inside "March 14-17" but moves
// its start.
func timesAgree(a, b *doc.Time) bool {
	if a.Range != nil && b.Range != nil {
		return valuesAgree(a.Range[0], b.Range[0]) && valuesAgree(a.Range[1], b.Range[1])
	}
	if valuesAgree(a.Value, b.Value) {
		return true
	}
	in := func(r *[2]string, v string) bool { return r != nil && v >= r[0] && v <= r[1] }
	return in(a.Range, b.Value) || in(b.Range, a.Value) || inWeek(a.Value, b.Value) || inWeek(b.Value, a.Value)
}

// takenByOther reports whether the source time st, which t would match
// only as a coarser or wider form, is the very value of another of du's
// times: "this year" backs the derived "this year", not also a weekday
// moved beside it ("announced Friday that … this year").
func takenByOther(st, t *doc.Time, du *unit) bool {
	if st.Value == t.Value && sameRange(st, t) {
		return false
	}
	for _, o := range du.times {
		// Another time that refines t ("in 2019, on March 3, 2019") takes
		// nothing from it.
		if o != t && o.Value == st.Value && sameRange(o, st) && !refines(o.Value, t.Value) {
			return true
		}
	}
	return false
}

// valuesAgree: equal TimeML values, or one a coarser form of the other.
func valuesAgree(a, b string) bool {
	return a == b || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// refines: value a is a finer form of b ("2019-03-03" of "2019").
func refines(a, b string) bool {
	return len(a) > len(b) && strings.HasPrefix(a, b)
}

// sameRange: neither time is a range, or both are the same range.
func sameRange(a, b *doc.Time) bool {
	if a.Range == nil || b.Range == nil {
		return a.Range == nil && b.Range == nil
	}
	return *a.Range == *b.Range
}

// inWeek reports whether day (YYYY-MM-DD…) falls in week (YYYY-Www, with
// an optional -WE for the weekend): "on Sunday" and "at the weekend" agree.
func inWeek(week, day string) bool {
	if len(week) < 8 || week[4:6] != "-W" || len(day) < 10 {
		return false
	}
	d, err := time.Parse("2006-01-02", day[:10])
	if err != nil {
		return false
	}
	y, w := d.ISOWeek()
	if fmt.Sprintf("%04d-W%02d", y, w) != week[:8] {
		return false
	}
	if strings.HasSuffix(week, "-WE") {
		return d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
	}
	return true
}

// attribution compares who asserts the aligned claims.
func (c *checker) attribution(du, su *unit, sspan *doc.Span) {
	dc, sc := du.claim, su.claim
	if nested, kept := c.nestedInSource(dc, sc); nested {
		if !kept {
			c.add(AttributionDropped, du.span, c.attrSpan(c.src, sc, sspan), fmt.Sprintf("the source attributes this to %s; the derived text states as fact what it reported", sc.Asserter))
		}
		return
	}
	sArticle, dArticle := sc.Asserter == "" || sc.Asserter == "article", dc.Asserter == "" || dc.Asserter == "article"
	// "I firmly believe the council will fund it" outside quotes is the
	// writer's own voice: a quotation whose marks and speaker were dropped
	// leaves its first person to the derived text's author.
	dArticle = dArticle || c.writerVoice(du, dc) && !strings.EqualFold(sc.Asserter, dc.Asserter)
	if !dArticle && (pronoun[strings.ToLower(sc.Asserter)] || pronoun[strings.ToLower(dc.Asserter)]) {
		// A "he said" the analyser resolved to a person is that person;
		// an unresolved one names nobody to compare with another speaker
		// (dropped, it is still dropped).
		// Only a name put where the source has a resolved pronoun is
		// judged: a pronoun in a short rewrite may be resolved otherwise.
		if pronoun[strings.ToLower(dc.Asserter)] {
			return
		}
		ds, ss := c.resolved(c.der, dc), c.resolved(c.src, sc)
		if ds == nil || ss == nil || entityKey(ds) == entityKey(ss) || sameSpeaker(ds.Canonical, ss.Canonical) {
			return
		}
		c.add(AttributionChanged, *c.attrSpan(c.der, dc, &du.span), c.attrSpan(c.src, sc, sspan), fmt.Sprintf("the source attributes this to %s; the derived text to %s", ss.Canonical, ds.Canonical))
		return
	}
	switch {
	case sArticle && dArticle:
	case !sArticle && dArticle:
		// The source's attribution may sit on a neighbouring claim of the
		// same sentence (split statements), or the derived text may keep
		// the speaker with a cue the attribution step does not link: only
		// a drop when neither holds.
		if c.sentenceAttributes(du.sent, sc.Asserter) || c.speakerKept(du, sc.Asserter) || c.quoted(du, sc.Asserter) {
			return
		}
		c.add(AttributionDropped, du.span, c.attrSpan(c.src, sc, sspan), fmt.Sprintf("the source attributes this to %s; the derived text states it as fact", sc.Asserter))
	case sArticle && !dArticle:
		// Giving the words of the source's own voice to someone the source
		// names right there (a minister's plans → "the minister said") is
		// not putting words in a mouth. A speaker swapped in for a name
		// is checked first, since the speaker named nearby may be the
		// very name it replaced.
		c.speakerReplacesName(du, su)
		if namesSpeaker(c.src.d, su.sent-1, su.sent+1, dc.Asserter) {
			return
		}
		c.add(AttributionChanged, *c.attrSpan(c.der, dc, &du.span), sspan, fmt.Sprintf("the source states this in its own voice; the derived text attributes it to %s", dc.Asserter))
	default:
		// Two different names are two speakers, whatever the words of
		// their descriptions share ("Petra Lind, the Veltro chief
		// executive" is not "Omar Seddik, the Veltro chief executive").
		// Otherwise a description on one side may name the other's
		// speaker ("a doctor at Saruni District Hospital").
		if c.apposed(c.src, sc, dc.Asserter) || c.apposed(c.der, dc, sc.Asserter) {
			return
		}
		if !c.differentNames(dc, sc) && sameSpeaker(c.speakerText(c.der, dc), c.speakerText(c.src, sc)) {
			c.speakerNamesSwapped(dc, sc)
			return
		}
		c.add(AttributionChanged, *c.attrSpan(c.der, dc, &du.span), c.attrSpan(c.src, sc, sspan), fmt.Sprintf("the source attributes this to %s; the derived text to %s", sc.Asserter, dc.Asserter))
	}
}

// speakerReplacesName adds an entity-swap finding when a derived speaker
// took the place of a name: the derived text reads a cue the source's own statement lacks
// ("Boeing had hoped" read plainly, "Airbus had hoped" as Airbus's
// words), so the speaker's name stands outside every derived statement
// the name check sees. It was swapped when the source statement names
// nothing with its key but a name of the same kind that the derived
// sentence no longer names, between the same two words (a cue rewritten
// as a synonym moves the attribution too, and must not make the speaker
// stand in for some other name of the statement).
func (c *checker) speakerReplacesName(du, su *unit) {
	da := c.attrSource(c.der, du.claim)
	if da == nil {
		return
	}
	for _, e := range c.der.entList {
		if !namedIn(e, *da) || namedByKeyIn(su, e) || namedLoosely(e, su.ents, su.span) {
			continue
		}
		for _, se := range su.ents {
			if roleType(se.Type) != roleType(e.Type) || !namedIn(se, su.span) || sameSpeaker(se.Canonical, e.Canonical) || c.namedInSentence(se, du.sent) {
				continue
			}
			ds, sp := mentionIn(e, *da), mentionIn(se, su.span)
			dPrev, dNext := neighbours(c.der.d, ds)
			if sPrev, sNext := neighbours(c.src.d, sp); dPrev == sPrev && dNext == sNext {
				c.add(EntitySwapped, ds, &sp, fmt.Sprintf("the source names %s here; the derived text names %s", se.Canonical, e.Canonical))
				return
			}
		}
	}
}

// namedByKeyIn reports whether u names an entity with e's key.
func namedByKeyIn(u *unit, e *doc.Entity) bool {
	for _, se := range u.ents {
		if entityKey(se) == entityKey(e) && namedIn(se, u.span) {
			return true
		}
	}
	return false
}

// namedInSentence reports whether the derived sentence si names an entity
// of the source entity se's key or surface.
func (c *checker) namedInSentence(se *doc.Entity, si int) bool {
	if si < 0 || si >= len(c.der.d.Sentences) {
		return false
	}
	st := c.der.d.Sentences[si]
	span := c.der.d.Span(st.Start, st.End)
	return c.namedByKey(se, span) || surfaceIn(c.der.d, se, span)
}

// nestedInSource reports whether the derived claim's attribution is one
// the source has only inside the content of another speaker's: its cue
// verb or every word of its source stands in the source's reported
// content ("Mr. Clarke said he realized that X" → "He realized that X").
// The two claims may even name the same person, so comparing speakers
// does not decide it. kept reports whether the derived sentence still
// names the source's speaker: then the derived text only reads the inner
// attribution at the top (a cue rewritten so that the clause parses
// differently); otherwise it states as fact what the source reported.
func (c *checker) nestedInSource(dc, sc *doc.Claim) (nested, kept bool) {
	if dc.Attribution == nil || sc.Attribution == nil || sc.Asserter == "" || sc.Asserter == "article" {
		return false, false
	}
	da, sa := c.der.attrs[*dc.Attribution], c.src.attrs[*sc.Attribution]
	if da == nil || sa == nil || sa.Source == nil || da.Source == nil {
		return false, false
	}
	// "I thought …" speaks for the writer or inside a quotation, and is
	// judged as either elsewhere.
	if firstOrSecond[strings.ToLower(strings.TrimSpace(da.Source.Text))] {
		return false, false
	}
	si := c.der.d.SentenceAt(da.Cue.Start)
	if si < 0 || !c.inContent(da, sa) {
		return false, false
	}
	kept = namesSpeaker(c.der.d, si, si, sc.Asserter) || c.sourceWordsIn(sa, da, si)
	return true, kept
}

// sourceWordsIn reports whether every word of the source attribution sa's
// source ("a source", "she") but the articles stands in sentence si of the
// derived text outside da's source.
func (c *checker) sourceWordsIn(sa, da *doc.Attribution, si int) bool {
	have := map[string]bool{}
	for _, t := range c.der.d.SentenceTokens(si) {
		if t.Start < da.Source.Start || t.End > da.Source.End {
			have[t.Lower] = true
		}
	}
	some := false
	for _, t := range c.src.d.Tokens {
		if t.Start < sa.Source.Start || t.End > sa.Source.End || strings.IndexFunc(t.Text, isWordRune) != 0 || t.Lower == "a" || t.Lower == "an" || t.Lower == "the" {
			continue
		}
		if !have[t.Lower] {
			return false
		}
		some = true
	}
	return some
}

// inContent reports whether the derived attribution da stands inside the
// content of the source attribution sa: a verb of da's cue is among the
// content's verbs, the source reports da's speaker inside that content,
// or every word of da's source (a name or description; a pronoun is no
// evidence) is among the content's words.
func (c *checker) inContent(da, sa *doc.Attribution) bool {
	if strings.EqualFold(da.Cue.Text, sa.Cue.Text) {
		return false
	}
	verbs, words := map[string]bool{}, map[string]bool{}
	for _, t := range c.src.d.Tokens {
		if sa.InContent(t.Start, t.End) {
			words[t.Lower] = true
			if t.POS == "VERB" {
				verbs[t.Lemma] = true
			}
		}
	}
	// The source may keep the derived speaker's own attribution inside
	// the reported content (a relative "the congressman said").
	for i := range c.src.d.Attributions {
		b := &c.src.d.Attributions[i]
		if b.ID != sa.ID && sa.InContent(b.Cue.Start, b.Cue.End) && sameSpeaker(b.Speaker, da.Speaker) {
			return true
		}
	}
	// A pronoun is no evidence: "he" stands in many a content.
	all, some := !pronoun[strings.ToLower(strings.TrimSpace(da.Source.Text))], false
	for _, t := range c.der.d.Tokens {
		switch {
		case t.Start >= da.Cue.Start && t.End <= da.Cue.End && t.POS == "VERB" && verbs[t.Lemma]:
			return true
		case t.Start >= da.Source.Start && t.End <= da.Source.End && strings.IndexFunc(t.Text, isWordRune) == 0:
			some = true
			all = all && words[t.Lower]
		}
	}
	return some && all
}

// apposed reports whether the source of cl's attribution is a description
// in apposition to a name that names speaker: "Even China, Pyongyang's
// only ally, said" gives the words to China whichever of the two the
// attribution step took for the source.
func (c *checker) apposed(s *side, cl *doc.Claim, speaker string) bool {
	if cl.Attribution == nil {
		return false
	}
	a := s.attrs[*cl.Attribution]
	if a == nil || a.Source == nil {
		return false
	}
	si := s.d.SentenceAt(a.Source.Start)
	if si < 0 || !description(s.d, *a.Source) {
		return false
	}
	before := strings.TrimSpace(s.d.Slice(s.d.Sentences[si].Start, a.Source.Start))
	if !strings.HasSuffix(before, ",") {
		return false
	}
	if i := strings.LastIndexAny(strings.TrimSuffix(before, ","), ",;:"); i >= 0 {
		before = before[i+1:]
	}
	want, have := contentSet(speaker), contentSet(before)
	if len(want) == 0 {
		return false
	}
	for w := range want {
		if !have[w] {
			return false
		}
	}
	return true
}

// description reports whether span ends in a common noun ("its economic
// lifeline to the outside world"), not a name: a name after a name is
// another speaker ("Alan Mulally, Scott Carson, said").
func description(d *doc.Document, span doc.Span) bool {
	for k := d.TokenAt(span.End - 1); k >= 0 && d.Tokens[k].Start >= span.Start; k-- {
		if t := d.Tokens[k]; strings.IndexFunc(t.Text, isWordRune) == 0 {
			return t.POS == "NOUN"
		}
	}
	return false
}

// speakerNamesSwapped reports a name exchanged inside the description of
// a speaker both texts agree on: "Helen Ortak, director of the Centre for
// Nursing Research at the University of Leeds" → "… at Keele", or one
// of three institutes behind an estimate replaced by another. The speaker
// is the same, so the attribution stands, but the derived text ties the
// speaker to someone else. A derived name counts as changed only when the
// source's description does not name it and a name of the same kind there
// is gone from the derived description.
func (c *checker) speakerNamesSwapped(dc, sc *doc.Claim) {
	da, sa := c.attrSource(c.der, dc), c.attrSource(c.src, sc)
	if da == nil || sa == nil {
		return
	}
	for i := range c.der.d.Entities {
		e := &c.der.d.Entities[i]
		if !namedIn(e, *da) || c.reported(EntitySwapped, mentionIn(e, *da)) || surfaceIn(c.src.d, e, *sa) {
			continue
		}
		kept, gone := false, (*doc.Entity)(nil)
		for j := range c.src.d.Entities {
			se := &c.src.d.Entities[j]
			if !namedIn(se, *sa) {
				continue
			}
			if entityKey(se) == entityKey(e) || roleType(se.Type) == roleType(e.Type) && nameVariant(se.Canonical, e.Canonical) {
				kept = true
				break
			}
			if gone == nil && roleType(se.Type) == roleType(e.Type) && !surfaceIn(c.der.d, se, *da) && !c.namedByKey(se, *da) {
				gone = se
			}
		}
		if kept || gone == nil {
			continue
		}
		sp := mentionIn(gone, *sa)
		c.add(EntitySwapped, mentionIn(e, *da), &sp, fmt.Sprintf("the source's speaker is described with %s; the derived text's with %s", gone.Canonical, e.Canonical))
	}
}

// nameVariant reports whether one name's words are all among the other's
// ("Brookings", "the Brookings Institution"): a shorter or fuller form of
// one name, where sameSpeaker would also join two names that merely share
// a word ("Tax Policy Center", "Tax Foundation").
func nameVariant(a, b string) bool {
	aw, bw := contentSet(a), contentSet(b)
	if len(aw) == 0 || len(bw) == 0 {
		return false
	}
	sub := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return false
			}
		}
		return true
	}
	return sub(aw, bw) || sub(bw, aw)
}

// attrSource is the span of the source of a claim's attribution, or nil.
func (c *checker) attrSource(s *side, cl *doc.Claim) *doc.Span {
	if cl.Attribution == nil {
		return nil
	}
	if a := s.attrs[*cl.Attribution]; a != nil && a.Source != nil {
		sp := *a.Source
		return &sp
	}
	return nil
}

// namedByKey reports whether an entity of the derived text with se's key
// is named inside span.
func (c *checker) namedByKey(se *doc.Entity, span doc.Span) bool {
	for i := range c.der.d.Entities {
		e := &c.der.d.Entities[i]
		if entityKey(e) == entityKey(se) && namedIn(e, span) {
			return true
		}
	}
	return false
}

// quoted reports whether du lies inside a quotation the attribution step
// gives to nobody, and speaker is named (or, for a pronoun, referred to)
// in the sentences just around it: news runs a quote paragraph on from a
// speaker named a paragraph before, so the quotation marks still give the
// words to that speaker. A bare quotation with its speaker gone from the
// neighbourhood is a dropped attribution.
func (c *checker) quoted(du *unit, speaker string) bool {
	d := c.der.d
	// A quotation the attribution step left without any attribution at
	// all (a quote paragraph after one whose cue it did not read) counts
	// as one it gives to nobody.
	inside := inQuotes(d, du.span)
	for _, a := range d.Attributions {
		if a.Speaker == "" && a.Source == nil && a.InContent(du.span.Start, du.span.End) {
			inside = true
		}
	}
	if !inside {
		return false
	}
	first, last := du.sent-3, min(du.sent+1, len(d.Sentences)-1)
	if namesSpeaker(d, first, last, speaker) {
		return true
	}
	low := strings.ToLower(speaker)
	for si := max(first, 0); pronoun[low] && si <= last; si++ {
		for _, t := range d.SentenceTokens(si) {
			if t.Lower == low {
				return true
			}
		}
	}
	return false
}

// inQuotes reports whether span is enclosed in quotation marks: the
// text just before it opens a quotation and the text just after it (past
// closing punctuation) closes one.
func inQuotes(d *doc.Document, span doc.Span) bool {
	before := strings.TrimRight(d.Slice(max(span.Start-3, 0), span.Start), " ")
	after := strings.TrimLeft(d.Slice(span.End, min(span.End+3, utf8.RuneCountInString(d.Article.Text))), " .,!?")
	open := strings.HasSuffix(before, "“") || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "``")
	closing := strings.HasPrefix(after, "”") || strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "''")
	return open && closing
}

// firstOrSecond are the pronouns that, outside a quotation, speak for the
// writer or the reader rather than name anyone.
var firstOrSecond = map[string]bool{"i": true, "we": true, "you": true}

// writerVoice reports whether a derived claim's speaker is a first- or
// second-person pronoun in a sentence without quotation marks.
func (c *checker) writerVoice(du *unit, dc *doc.Claim) bool {
	d := c.der.d
	if !firstOrSecond[strings.ToLower(dc.Asserter)] || du.sent < 0 || du.sent >= len(d.Sentences) {
		return false
	}
	st := d.Sentences[du.sent]
	text := d.Slice(st.Start, st.End)
	return !strings.ContainsAny(text, "\"“”`") && !strings.Contains(text, "''")
}

// differentNames reports whether the two claims' speakers are named by
// different names: the people named in each attribution's source (or,
// when neither names a person, the organisations and places) have nothing
// in common. Descriptions do not count: "a doctor at Saruni District
// Hospital, Daniel Kiprono" and "Daniel Kiprono, a doctor…" share a name.
func (c *checker) differentNames(dc, sc *doc.Claim) bool {
	dp, do := speakerNames(c.der, dc)
	sp, so := speakerNames(c.src, sc)
	if len(dp) > 0 && len(sp) > 0 {
		return disjointNames(dp, sp)
	}
	if len(dp) > 0 || len(sp) > 0 || len(do) == 0 || len(so) == 0 {
		return false
	}
	return disjointNames(do, so)
}

// speakerNames returns the people and the other entities named inside the
// source span of a claim's attribution.
func speakerNames(s *side, cl *doc.Claim) (people, others []*doc.Entity) {
	if cl.Attribution == nil {
		return nil, nil
	}
	a := s.attrs[*cl.Attribution]
	if a == nil || a.Source == nil {
		return nil, nil
	}
	for i := range s.d.Entities {
		e := &s.d.Entities[i]
		if !namedIn(e, *a.Source) {
			continue
		}
		switch e.Type {
		case doc.Person:
			people = append(people, e)
		case doc.Org, doc.GPE:
			others = append(others, e)
		}
	}
	return people, others
}

func disjointNames(a, b []*doc.Entity) bool {
	for _, x := range a {
		for _, y := range b {
			if entityKey(x) == entityKey(y) || sameSpeaker(x.Canonical, y.Canonical) {
				return false
			}
		}
	}
	return true
}

// resolved is the entity the source of a claim's attribution mentions
// (by name, or by a pronoun the analyser resolved), or nil.
func (c *checker) resolved(s *side, cl *doc.Claim) *doc.Entity {
	if cl.Attribution == nil {
		return nil
	}
	a := s.attrs[*cl.Attribution]
	if a == nil || a.Source == nil {
		return nil
	}
	for i := range s.d.Entities {
		e := &s.d.Entities[i]
		for _, m := range e.Mentions {
			if m.Start >= a.Source.Start && m.End <= a.Source.End && (e.Type == doc.Person || e.Type == doc.Org) {
				return e
			}
		}
	}
	return nil
}

// attrSpan is the span of the claim's attribution source (or cue), else def.
func (c *checker) attrSpan(s *side, cl *doc.Claim, def *doc.Span) *doc.Span {
	if cl.Attribution != nil {
		if a := s.attrs[*cl.Attribution]; a != nil {
			if a.Source != nil {
				sp := *a.Source
				return &sp
			}
			sp := a.Cue
			return &sp
		}
	}
	return def
}

// speakerText is the claim's asserter with the text of its attribution's
// source ("Daniel Kiprono, a doctor at Saruni District Hospital"), so that
// a source named by name on one side and by role on the other still meets.
func (c *checker) speakerText(s *side, cl *doc.Claim) string {
	t := cl.Asserter
	if cl.Attribution != nil {
		if a := s.attrs[*cl.Attribution]; a != nil && a.Source != nil {
			t += " " + a.Source.Text
		}
	}
	return t
}

// namesSpeaker reports whether sentences first..last of d name speaker
// (any of its distinctive words), whether or not the attribution step
// linked it: a cue the lexicon lacks must not make a faithful text alarm.
func namesSpeaker(d *doc.Document, first, last int, speaker string) bool {
	want := contentSet(speaker)
	if len(want) == 0 {
		return false
	}
	for si := max(first, 0); si <= last && si < len(d.Sentences); si++ {
		for _, t := range d.SentenceTokens(si) {
			if want[stem(t.Lower)] {
				return true
			}
		}
	}
	return false
}

func (c *checker) sentenceAttributes(sent int, speaker string) bool {
	for i := range c.der.d.Claims {
		cl := &c.der.d.Claims[i]
		if cl.Sentence == sent && cl.Asserter != "" && cl.Asserter != "article" && sameSpeaker(cl.Asserter, speaker) {
			return true
		}
	}
	return false
}

// sameSpeaker compares speakers loosely: "the army" and "army officials",
// "Reuters" and "Reuters news agency" are the same source.
func sameSpeaker(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	// Joint speakers ("Ada Moreno and Luis Ferro") are the same
	// when every one of either side is among the other's: a merged
	// sentence may add a speaker, but "Moreno and Kask" is not "Moreno and
	// Ferro".
	if ap, bp := speakerParts(a), speakerParts(b); len(ap) > 1 || len(bp) > 1 {
		return coveredBy(ap, bp) || coveredBy(bp, ap)
	}
	aw, bw := contentSet(a), contentSet(b)
	for w := range aw {
		if bw[w] {
			return true
		}
	}
	return false
}

func speakerParts(s string) []string {
	return strings.FieldsFunc(strings.ReplaceAll(s, " and ", "|"), func(r rune) bool { return r == '|' || r == '&' })
}

// coveredBy reports whether each of a loosely matches one of b.
func coveredBy(a, b []string) bool {
	for _, x := range a {
		ok := false
		for _, y := range b {
			if sameSpeaker(strings.TrimSpace(x), strings.TrimSpace(y)) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func contentSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stopword[f] && !genericSpeaker[f] {
			m[stem(f)] = true
		}
	}
	return m
}

var pronoun = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// genericSpeaker words say what kind of source speaks, not which one.
var genericSpeaker = map[string]bool{
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"source": true, "sources": true, "statement": true, "agency": true, "report": true, "media": true,
}

// denialCue lists cue verbs by which a speaker rejects the content rather
// than asserts it; "X denied that …" and "X admitted that …" say opposite
// things though the content clause is the same.
var denialCue = map[string]bool{
	"denied": true, "denies": true, "deny": true, "denying": true, "rejected": true, "rejects": true,
	"dismissed": true, "dismisses": true, "refuted": true, "refutes": true, "disputed": true, "disputes": true,
	"contested": true, "contests": true, "disavowed": true,
}

// cueDenies reports whether the claim's attribution cue is a denial, or a
// denial verb sits inside the claim itself (the claim step sometimes takes
// "X, and it denied that Y" as one claim).
func (c *checker) cueDenies(s *side, u *unit) bool {
	cl := u.claim
	if cl.Attribution != nil {
		if a := s.attrs[*cl.Attribution]; a != nil {
			for _, w := range strings.Fields(strings.ToLower(a.Cue.Text)) {
				if denialCue[w] {
					return true
				}
			}
		}
	}
	toks := s.d.SentenceTokens(u.sent)
	for i, t := range toks {
		if t.Start >= u.span.Start && t.End <= u.span.End && denialCue[t.Lower] && i+1 < len(toks) && toks[i+1].Lower == "that" {
			return true
		}
	}
	return false
}

// withCue widens a claim unit's span to take in its attribution's cue when
// the cue stands before the content in the same sentence ("denied that
// …"), so a finding about the cue marks the word that changed.
func withCue(s *side, u *unit) doc.Span {
	cl := u.claim
	if cl == nil || cl.Attribution == nil {
		return u.span
	}
	a := s.attrs[*cl.Attribution]
	if a == nil || a.Cue.End > u.span.Start || a.Cue.Start >= a.Cue.End || s.d.SentenceAt(a.Cue.Start) != s.d.SentenceAt(u.span.Start) {
		return u.span
	}
	return s.d.Span(a.Cue.Start, u.span.End)
}

// caveat statuses are those whose loss makes a claim look surer than the
// source says it is.
func caveat(s string) bool {
	return s == doc.Unverified || s == doc.Unclear || s == doc.Disputed || s == doc.Denied
}

func (c *checker) verification(du, su *unit, sspan *doc.Span) {
	sv, marker := c.caveatOf(c.src, su)
	if sv == "" {
		return
	}
	if dv, _ := c.caveatOf(c.der, du); dv != "" {
		return
	}
	// "Unclear" (the scale remains unclear) hedges a statement the way an
	// attribution does; a derived statement that keeps its source keeps
	// that hedge. Unverified, disputed and denied are lost either way.
	if sv == doc.Unclear && du.claim.Asserter != "" && du.claim.Asserter != "article" {
		return
	}
	// A marker of the same status in the derived text near the statement
	// still carries the caveat even if the claim step did not link it.
	// A marker of the same status anywhere whose target names the claim's
	// speaker or shares the claim's words also still carries it.
	var near map[string]bool
	for _, v := range c.der.d.Verification {
		if v.Status != sv {
			continue
		}
		if v.Sentence >= du.sent-1 && v.Sentence <= du.sent+1 {
			return
		}
		if v.Target == nil {
			continue
		}
		if near == nil {
			near = contentSet(du.span.Text + " " + c.speakerText(c.der, du.claim))
		}
		for w := range contentSet(v.Target.Text) {
			if near[w] {
				return
			}
		}
	}
	if marker == nil {
		marker = sspan
	}
	c.add(VerificationDropped, du.span, marker, fmt.Sprintf("the source marks this %s; the derived text drops the caveat", sv))
}

// statementNoun reports whether a marker's target is something said (an
// estimate, a claim, a toll) rather than a thing (letters, footage): only
// then does naming the speaker tie it to what the speaker said.
func statementNoun(words map[string]bool) bool {
	for _, w := range []string{"estimate", "figure", "claim", "account", "report", "statement", "toll", "tally", "number", "assertion", "allegation", "count"} {
		if words[w] {
			return true
		}
	}
	return false
}

// caveatOf is the caveat status that bears on a claim, and the marker's
// span: the claim's own verification, else a caveat marker whose target
// names the claim's speaker ("could not confirm the coalition's estimate"
// bears on what the coalition's director said), which the claim step does
// not always link.
func (c *checker) caveatOf(s *side, u *unit) (string, *doc.Span) {
	cl := u.claim
	if cl == nil {
		return "", nil
	}
	for _, v := range s.d.Verification {
		for _, id := range v.AppliesTo {
			if id == cl.ID && caveat(v.Status) {
				sp := doc.Span{Start: v.Start, End: v.End, Text: v.Text}
				return v.Status, &sp
			}
		}
	}
	if caveat(cl.Verification) {
		return cl.Verification, nil
	}
	if cl.Asserter == "" || cl.Asserter == "article" {
		return "", nil
	}
	speaker := contentSet(c.speakerText(s, cl))
	for _, v := range s.d.Verification {
		if !caveat(v.Status) || v.Target == nil || v.Sentence < cl.Sentence || v.Sentence > cl.Sentence+15 {
			continue
		}
		target := contentSet(v.Target.Text)
		if !statementNoun(target) {
			continue
		}
		for w := range target {
			if speaker[w] {
				sp := doc.Span{Start: v.Start, End: v.End, Text: v.Text}
				return v.Status, &sp
			}
		}
	}
	return "", nil
}

// words returns the sorted distinct term ids of the content words inside
// span: lower-cased, stemmed, without stopwords, numbers or punctuation.
func words(d *doc.Document, span doc.Span, terms map[string]int32) []int32 {
	first := d.TokenAt(span.Start)
	if first < 0 {
		first = 0
	}
	var out []int32
	for i := first; i < len(d.Tokens); i++ {
		t := &d.Tokens[i]
		if t.Start >= span.End {
			break
		}
		if t.End <= span.Start {
			continue
		}
		w := t.Lower
		if w == "" {
			w = strings.ToLower(t.Text)
		}
		if !contentWord(w) {
			continue
		}
		// A rewrite changes tense ("revised" → "did not revise"), and
		// stem alone keeps the e of "revise" that it cuts from
		// "revised". (Irregular pasts stay apart: joining "lost" and
		// "loses" pulled a headline onto the body sentence that repeats
		// it, hiding a name swapped in from there.) Only a verb loses the
		// e: nouns would merge ("plane" with "plan", "rate" with "rat").
		w = stem(w)
		if t.Tag == "" || strings.HasPrefix(t.Tag, "VB") {
			w = strings.TrimSuffix(w, "e")
		}
		id, ok := terms[w]
		if !ok {
			id = int32(len(terms))
			terms[w] = id
		}
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	n := 0
	for i, v := range out {
		if i == 0 || v != out[n-1] {
			out[n] = v
			n++
		}
	}
	return out[:n]
}

func contentWord(w string) bool {
	if len(w) < 2 || stopword[w] || calendarWord[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// stem strips common English inflections so that "killed"/"kills",
// "troops"/"troop" meet; it is deliberately crude and symmetric.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		return w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed"):
		return w[:n-2]
	case n > 4 && strings.HasSuffix(w, "es") && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:n-1]
	case n > 4 && strings.HasSuffix(w, "ly"):
		return w[:n-2]
	}
	return w
}

// calendarWord are the names of days and months. Like numbers they are
// left out of the word bags: a moved date must not break the alignment
// that lets the time check see it moved.
var calendarWord = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday january february
		march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`) {
		calendarWord[w] = true
	}
}

// stopword lists function words, modals, negations and cue verbs: fields
// compare modality, negation and attribution, so they must not move the
// alignment.
var stopword = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the of to in on at for by with and or but from as that this these those it its
		is are was were be been being has have had do does did will would could may might can shall should must
		not no never n't nor he she they them their his her we our us you your i who whom which what when where
		also than more less about around over some any after before during into there then so such very just
		said says say saying told tells tell stated states stating added adds according informed informs inform
		reporters journalists noted notes announced announces explained explains insisted insists
		spokesman spokeswoman one ones other another
		while since until up down out if because though although yet still only even all both each per
		mr mrs ms dr`) {
		stopword[w] = true
	}
}
