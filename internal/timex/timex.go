// Package timex finds time expressions in news text and normalises them to
// TimeML (TIMEX3) values against the publication date: "August 28, 2025" →
// 2025-08-28, "next week" → 2025-W36, "two months" → P2M, "every week" →
// P1W, "Tuesday morning" → 2025-08-26TMO.
//
// When a claim says something happened "last Tuesday", a reader of a ledger
// built from many articles needs the date, not the phrase: the same event is
// "yesterday" in one article and "on Monday" in another. Times are also what
// tells two statements about different days apart, so a contradiction is
// only a contradiction at the same time.
//
// The tagger is rule-based in the manner of HeidelTime and SUTime but works
// over tokens with lexicon maps instead of regular expressions over the
// text: one left-to-right pass over each sentence, trying the expression
// grammars at tokens that can start one and keeping the longest match.
// Relative expressions use simple tense cues from the sentence ("will",
// "'ll", "plans to") to choose between the last and the next April.
//
// Direction. News reports what has happened, so a bare "Friday", "April"
// or "March 3" with no tense cue is the last one before publication
// (Past, the default of Find and Tag). A sentence that is nothing but time
// expressions and prepositions ("Friday", "on Thursday from 9:30 to
// 11:00": a heading, an agenda line, a caption, a query) has no verb to
// give a tense; what it names is read as coming, the next Friday, in
// either mode. Input without context — a search box, a calendar request —
// can read everything forward: FindWith(text, ref, Options{Direction:
// Future}). A cue in the sentence ("said", "ago", "will") still wins in
// either direction.
//
// Ranges. "July 13–15", "between 2 and 4 p.m." and "2014-2018" are one
// Match whose Value is the start (TimeML has no interval value for a DATE)
// and whose Range holds the TIMEX3 value of each end, so a reader of the
// ledger still sees both. When both ends are expressions of their own
// ("from Monday to Wednesday") news keeps two TIMEX3s, as TimeML corpora
// annotate them, the first carrying the Range; Options.Intervals makes one
// match of them. Options.ConvertZones rewrites "8:00 GMT" into the
// reference time's zone; news keeps the time the source wrote.
package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// Match is one time expression found in a text.
type Match struct {
	// Start and End are code-point offsets, End exclusive.
	Start, End int
	Text       string
	// Type is doc.Date, doc.TimeOfDay, doc.Duration or doc.Set.
	Type string
	// Value is the TimeML value; Mod the TimeML mod, if any.
	Value string
	Mod   string
	// Anchor is the event an anchored duration counts from ("two months
	// after signing a treaty").
	Anchor *doc.Span
	// Sentence is the index of the sentence the expression is in.
	Sentence int
	// Range, when set, holds the values of the two ends of an interval
	// ("July 13–15" → 2025-07-13, 2025-07-15); Value is then the start,
	// except for a duration counted from the publication date ("the past
	// two weeks"), whose Value stays its length (P2W), and for what is
	// left of a unit ("the rest of the week"), whose Value is the unit.
	Range *[2]string
	// Zone is the time zone written with a clock time ("3pm EST" →
	// "EST"), upper-cased. The value keeps the clock time the source
	// wrote (see Options.ConvertZones); Zone is the note a reader needs
	// to place it. Empty when the zone was converted or none was written.
	Zone string
}

// Direction is how a relative expression without a tense cue resolves.
type Direction int

const (
	// Past reads "Friday" as the last Friday: news reports what happened.
	Past Direction = iota
	// Future reads "Friday" as the next Friday, as calendars and
	// assistants do.
	Future
)

// Options tune Find for input that is not a news article.
type Options struct {
	Direction Direction
	// Intervals makes one match of an interval written as two
	// expressions ("from Monday to Wednesday"), with both ends in Range.
	// Without it each end is its own match, as TimeML annotates them, and
	// the first carries the Range.
	Intervals bool
	// ConvertZones rewrites clock times written with a time zone ("8:00
	// GMT") as the same instant in the zone of the reference time, as an
	// assistant would for its user. News keeps the time as written: the
	// reader of a ledger wants "8:00 GMT" to stay 08:00, the time the
	// source gave.
	ConvertZones bool
}

// Find tokenises text and returns its time expressions, normalised against
// ref (zero for unknown). It is the pure entry point for evaluation and case
// lists; the pipeline uses Tag.
func Find(text string, ref time.Time) []Match {
	return FindWith(text, ref, Options{})
}

// FindWith is Find with options, for context-free input such as queries
// and case lists that look forward.
func FindWith(text string, ref time.Time, o Options) []Match {
	d := doc.New(doc.Article{Text: text, Published: ref})
	tokenize.Tokenize(d)
	return find(d, o, nil)
}

// Tag appends the document's time expressions to d.Times, with IDs t1, t2…
// in text order, normalised against d.Article.Published.
func Tag(d *doc.Document) {
	ms := find(d, Options{}, nil)
	n := len(d.Times)
	for _, m := range ms {
		n++
		d.Times = append(d.Times, doc.Time{
			ID: "t" + strconv.Itoa(n), Start: m.Start, End: m.End, Text: m.Text,
			Type: m.Type, Value: m.Value, Mod: m.Mod, Anchor: m.Anchor, Range: m.Range, Sentence: m.Sentence,
			Zone: m.Zone,
		})
	}
}

func find(d *doc.Document, o Options, out []Match) []Match {
	p := parser{d: d, toks: d.Tokens, forward: o.Direction == Future, intervals: o.Intervals, zones: o.ConvertZones, joinFrom: -1}
	ref := d.Article.Published
	if ref.IsZero() {
		ref = datelineDate(d)
	}
	if !ref.IsZero() {
		p.hasRef = true
		p.refTime = ref
		p.ref = date(ref.Year(), int(ref.Month()), ref.Day())
	}
	for si, s := range d.Sentences {
		n := len(out)
		saved := p.memory
		out = p.sentence(si, s.First, s.Limit, out)
		if !p.forward && standalone(d.Tokens, s.First, s.Limit, out[n:]) {
			// Nothing but time expressions: read the sentence again
			// looking forward (see the package comment, Direction).
			p.memory = saved
			p.forward = true
			out = p.sentence(si, s.First, s.Limit, out[:n])
			p.forward = false
		}
	}
	// Readings that need the expressions around them (news.go).
	out = partOfDayThenDay(d, mergeYearQuarter(d, dropNames(d, dropAges(d, out))))
	lastHalfOf(d, out)
	yearAfterIn(d, out)
	out = weekdayOffset(d, out)
	out = nthWeekdayFrom(d, out)
	out = dayAfterDate(d, out)
	out = weekdayThenDate(d, out)
	out = dayThenPart(d, out)
	out = clockThenPart(d, out)
	out = meals(d, out)
	previousWeekday(out)
	periodYearBefore(out)
	samePeriodLastYear(d, out)
	articleExtent(d, out)
	return out
}

// datelineDate stands in for an unknown publication date: a dated story
// opens with its dateline, a line that holds one full date and nothing
// else ("April 27, 2005"), and what the story calls "today" or "at 08:30"
// is on that day, as a reader of the page takes it. Only the first three
// sentences are looked at, and a date among other words ("The plant
// opened on May 2, 1990.") is the story's subject, not its date.
func datelineDate(d *doc.Document) time.Time {
	for si, s := range d.Sentences {
		if si >= 3 {
			break
		}
		p := parser{d: d, toks: d.Tokens, joinFrom: -1}
		ms := p.sentence(si, s.First, s.Limit, nil)
		if len(ms) != 1 || !standalone(d.Tokens, s.First, s.Limit, ms) || relatesTime(d.Tokens[s.First:s.Limit]) {
			continue
		}
		if t, err := time.Parse("2006-01-02", ms[0].Value); err == nil {
			return t
		}
	}
	return time.Time{}
}

// relatesTime reports whether tokens hold a word that sets a time against
// another ("Before Sept. 11, 2001", "Since May 2, 1990"): such a line is a
// heading about a date, not the date of the story.
func relatesTime(toks []doc.Token) bool {
	for _, t := range toks {
		switch t.Lower {
		case "before", "after", "since", "until", "till", "from", "to", "between", "by":
			return true
		}
	}
	return false
}

// sentence appends the time expressions of the sentence of tokens
// [first, limit) to out.
func (p *parser) sentence(si, first, limit int, out []Match) []Match {
	d := p.d
	p.first, p.limit = first, limit
	for i := first; i < limit; {
		if !p.canStart(i) {
			i++
			continue
		}
		r, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		if r.skip {
			i = r.end
			continue
		}
		// nightEnd marks the end of an interval just read that runs past
		// midnight: its day is the one after the start's, not the day
		// last named.
		nightEnd := false
		if p.fix.value != "" && p.fix.start == r.start && p.fix.end == r.end {
			r.value, nightEnd = p.fix.value, p.fix.night
		}
		p.fix = endFix{}
		p.extendRange(&r, p.intervals)
		p.afternoonHours(&r)
		if r.onRef && !nightEnd && r.typ == doc.TimeOfDay && p.lastIsDay && p.seen > 0 && p.lastDaySent == d.Tokens[r.start].Sent &&
			p.prevEnd < r.start && p.lastDay[0] != 'X' && (deadlineWords(p.toks, p.prevEnd, r.start) || p.sameClause(p.prevEnd, r.start)) {
			// "on Feb. 1 no later than 6 p.m.", "on March 3 after 2
			// p.m.", "left Wednesday in Hobart at 21:15": the clock time
			// is on the day just named.
			r.value = p.lastDay + r.value[10:]
			if len(r.rangeEnd) > 10 {
				if p.fix.value == r.rangeEnd {
					p.fix.value = p.lastDay + r.rangeEnd[10:] // the end's own match
				}
				r.rangeEnd = p.lastDay + r.rangeEnd[10:]
			}
		}
		p.overnight(&r)
		zone := strings.ToUpper(r.zone)
		if p.zones && r.zone != "" {
			r.value = inZone(r.value, r.zone, p.refTime.Location())
			r.rangeEnd = inZone(r.rangeEnd, r.zone, p.refTime.Location())
			zone = ""
		}
		r.value, r.rangeEnd, r.rangeStart = utcValue(r.value, zone), utcValue(r.rangeEnd, zone), utcValue(r.rangeStart, zone)
		m := Match{
			Start: d.Tokens[r.start].Start, End: d.Tokens[r.end-1].End,
			Type: r.typ, Value: r.value, Mod: r.mod, Sentence: si, Zone: zone,
		}
		m.Text = d.Slice(m.Start, m.End)
		if r.anchorEnd > r.anchorStart {
			sp := d.TokenSpan(r.anchorStart, r.anchorEnd)
			m.Anchor = &sp
		}
		if r.rangeEnd != "" {
			start := r.value
			if r.rangeStart != "" {
				start = r.rangeStart
			}
			m.Range = &[2]string{start, r.rangeEnd}
		}
		if r.absY > 0 {
			p.memory.lastY, p.memory.lastM, p.memory.lastD = r.absY, r.absM, r.absD
			p.memory.explicitY = r.absY
		} else if y, mo, ok := resolvedMonth(m.Value); ok && r.typ == doc.Date {
			// A month named without its year ("in March") and resolved
			// is as much the story's last date: "the following month"
			// is the one after it.
			p.memory.lastY, p.memory.lastM, p.memory.lastD = y, mo, 0
		}
		if r.namesQuarter && (!p.hasRef || m.Value <= thisUnit(p.ref, -1, "quarter") ||
			m.Value == thisUnit(p.ref, 0, "quarter") && p.tense(r.start, r.end) < 0 && !p.presentByTags(r.start)) && laterQuarter(m.Value, p.lastQ) {
			// The quarter an earnings report is about is over, or told
			// in the past tense: "a fourth-quarter charge" expected in
			// November does not change what "the latest quarter" means,
			// nor does an earlier quarter it recalls ("after a weak
			// second quarter").
			p.lastQ = m.Value
		}
		v := m.Value
		p.lastIsDay = len(v) >= 10 && v[0] != 'X' && v[4] == '-' && v[7] == '-' && v[8] != 'W'
		if p.lastIsDay && !nightEnd {
			if v[:10] != p.lastDay {
				p.dayBefore = p.lastDay
			}
			p.lastDay, p.lastDaySent, p.lastDayEnd = v[:10], d.Tokens[r.start].Sent, r.end
		}
		p.seen++
		p.prevEnd, p.lastValue = r.end, v
		out = append(out, m)
		i = r.end
	}
	return out
}

// deadlineWords reports whether tokens [a, b) are only words that bound
// a time by another ("by", "before", "no later than"): between a day and
// a clock time they leave the clock time on that day.
func deadlineWords(toks []doc.Token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].Lower {
		case "by", "before", "after", "until", "till", "no", "not", "later", "earlier", "than":
		default:
			return false
		}
	}
	return true
}

// glue are the words a sentence made only of time expressions may also
// hold: prepositions, articles, conjunctions and punctuation ("on Friday",
// "from 9:30 to 11:00 on Thursday", "Christmas, 6 pm").
var glue = map[string]bool{
	"on": true, "in": true, "at": true, "by": true, "for": true, "from": true, "to": true, "until": true,
	"till": true, "untill": true, "through": true, "thru": true, "between": true, "and": true, "or": true,
	"the": true, "of": true, "during": true, "around": true, "about": true, "approximately": true,
	"since": true, "before": true, "after": true, "@": true, "-": true, "–": true, "—": true, ",": true,
	".": true, "!": true, "?": true, ":": true, ";": true, "(": true, ")": true, "/": true,
}

// standalone reports whether the sentence [first, limit) holds time
// expressions ms and nothing else but glue words: a heading, a caption, a
// listing, an agenda line or a query rather than a report. Such text has
// no verb to give a tense, and a day it names without one is a day to come
// (an agenda's "Friday: vote", a schedule's "Thursday from 9:30 to
// 11:00"), so it is read forward; running text keeps the past default.
func standalone(toks []doc.Token, first, limit int, ms []Match) bool {
	if len(ms) == 0 {
		return false
	}
	k := 0
	for i := first; i < limit; i++ {
		t := toks[i]
		for k < len(ms) && ms[k].End <= t.Start {
			k++
		}
		if k < len(ms) && ms[k].Start <= t.Start && t.End <= ms[k].End {
			continue
		}
		if !glue[t.Lower] {
			return false
		}
	}
	return true
}

// resolvedMonth reads a month value "1989-03" (not a week, a quarter or a
// season).
func resolvedMonth(v string) (int, int, bool) {
	if len(v) != 7 || v[4] != '-' || !allDigits(v[:4]) || !allDigits(v[5:]) {
		return 0, 0, false
	}
	y, _ := strconv.Atoi(v[:4])
	m, _ := strconv.Atoi(v[5:])
	return y, m, m >= 1 && m <= 12
}
