// Package attrib finds who said what: attributions with a source, a cue and
// a content span, for direct quotes ("…," said Anna Berg, a spokeswoman),
// indirect speech (X said that …; X estimates that …), mixed quotes (X
// promised a "beautiful life"), "according to X", dash attributions and
// lead-in lines, quotes that run across paragraphs, and pronoun speakers
// resolved through the entity step's coreference.
//
// It works on tokens with a part of speech for each (from the statistical
// tagger when it ran, guessed otherwise; see package syntax) and, when the
// parser ran, prefers the cue verb's nsubj as the source.
package attrib

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// Extract appends the document's attributions to d.Attributions, in text
// order, with IDs a1, a2, ….
func Extract(d *doc.Document) {
	if len(d.Tokens) == 0 {
		return
	}
	x := &extractor{d: d, used: make([]bool, len(d.Tokens)), inQuote: make([]int8, len(d.Tokens))}
	quotes := findQuotes(d)
	for _, q := range quotes {
		for _, s := range q.segments {
			for k := s[0]; k <= s[1]; k++ {
				x.inQuote[k] = 1
			}
		}
	}
	x.colonLines()
	x.direct(quotes)
	for si := range d.Sentences {
		x.sentence(si)
	}
	x.continueQuotes()
	x.passiveSources()
	x.passiveByAgents()
	x.dropNested()
	x.dropNestedStances()
	x.dropQuestions()
	x.cutAtTags()
	x.dropContained()
	x.refineContents(quotes)
	x.sourceRelatives()
	x.sourceReportCut()
	x.joinParts()
	x.dropGenericRelatives()
	sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].Content.Start < x.out[j].Content.Start })
	for i := range x.out {
		x.out[i].ID = fmt.Sprintf("a%d", len(d.Attributions)+i+1)
	}
	d.Attributions = append(d.Attributions, x.out...)
}

type extractor struct {
	d       *doc.Document
	used    []bool // tokens already part of a source or cue
	inQuote []int8
	out     []doc.Attribution
	// last attributed speaker per paragraph, for unattributed quote
	// paragraphs that continue a speaker's words.
	lastSource *doc.Span
	lastEntity string
	lastPara   int
	// firstKid and nextKid list each token's dependents (see children).
	firstKid, nextKid []int32
	// timeOnly holds the sources of attributions dropped because their
	// content was only a time: the speaker may still have a second cue
	// ("tweeted Friday, remarking that …"), see sharesSource.
	timeOnly []doc.Span
}

func (x *extractor) tok(i int) *doc.Token { return &x.d.Tokens[i] }

func (x *extractor) sentBounds(i int) (int, int) {
	s := x.d.Sentences[x.d.Tokens[i].Sent]
	return s.First, s.Limit
}

// isCue reports whether token i can be a reporting verb here.
func (x *extractor) isCue(i int) bool {
	t := x.tok(i)
	if _, ok := cueLemma[t.Lower]; !ok {
		return false
	}
	if t.POS != "" && t.POS != "VERB" && t.POS != "AUX" {
		return false
	}
	if x.otherSense(i) {
		return false
	}
	if i > 0 && t.POS == "" {
		// "the estimate", "the agency's report": a noun, not a cue.
		switch x.d.Tokens[i-1].Lower {
		case "the", "a", "an", "its", "their", "his", "her", "'s", "’s", "this", "that", "whose":
			return false
		}
	}
	return true
}

// direct attributes each quotation to a source next to it.
func (x *extractor) direct(quotes []quote) {
	d := x.d
	for _, q := range quotes {
		inner := q.close - q.open - 1
		if x.isNickname(q) || x.used[q.open+1] {
			continue
		}
		if x.quotedTitle(q) {
			// A show's or a book's title is no quotation of speech; a cue
			// before it may still report the clause that runs on past it
			// (`told Channel 9's "Morning Line" that …`).
			if a, ok := x.afterTitle(q); ok {
				x.add(a)
			}
			continue
		}
		content := d.Span(d.Tokens[q.open].Start, d.Tokens[q.close].End)
		para := d.Sentences[d.Tokens[q.open].Sent].Paragraph
		// After the closing mark: `"…," said X` / `"…," X said` / `"…" — X`.
		if a, ok := x.afterQuote(q.close, content); ok {
			x.add(a)
			continue
		}
		// Before the opening mark: `Said X, "…"`, `X said: "…"` or `X
		// said, "…"`.
		if a, ok := x.saidFirst(q.open, content); ok {
			x.add(a)
			continue
		}
		if a, ok := x.beforeQuote(q.open, content); ok {
			x.add(a)
			continue
		}
		// A short quote inside a sentence with a cue: a mixed quote.
		if a, ok := x.mixed(q); ok {
			x.add(a)
			continue
		}
		// A lead-in line: the previous paragraph ends with a colon.
		if a, ok := x.leadIn(q.open, content); ok {
			x.add(a)
			continue
		}
		// `X fired back: "…"`, `analyst Ana Roy: "…"` inside a paragraph.
		if a, ok := x.colonQuote(q.open, content); ok {
			x.add(a)
			continue
		}
		// A whole-paragraph quote after the same speaker's attributed quote
		// continues that speaker's words.
		if inner >= 4 && x.lastSource != nil && para-x.lastPara <= 1 && x.startsSentence(q.open) {
			// `"A," she said. "B."`: a second attribution that shares the
			// first one's source and cue; neither content takes in the cue.
			if n := len(x.out); n > 0 && x.out[n-1].Source != nil && *x.out[n-1].Source == *x.lastSource && x.out[n-1].Content.End < content.Start {
				prev := x.out[n-1]
				x.add(doc.Attribution{Source: prev.Source, Cue: prev.Cue, Content: content, Kind: doc.Direct, Entity: prev.Entity, Sentence: d.SentenceAt(content.Start)})
				continue
			}
			src := *x.lastSource
			x.add(doc.Attribution{Source: &src, Cue: doc.Span{Start: content.Start, End: content.Start}, Content: content, Kind: doc.Direct, Entity: x.lastEntity})
			continue
		}
		if inner >= 6 && x.looksLikeSpeech(q) {
			x.add(doc.Attribution{Cue: doc.Span{Start: content.Start, End: content.Start}, Content: content, Kind: doc.Direct})
		}
	}
}

// continueQuotes gives a quotation left without a cue the source and cue of
// the attribution just before it when only that attribution's own source,
// cue and punctuation stand between them: `X said: "A." "B."` and `"A," X
// said. "B."` where the sentence rules, not the quotation pass, found X.
// PolNeAR writes such a speaker's run of quotations as one relation with a
// discontinuous content, which is what two attributions sharing a source
// and cue stand for.
func (x *extractor) continueQuotes() {
	drop := make([]bool, len(x.out))
	for i, a := range x.out {
		drop[i] = a.Cue.End <= a.Cue.Start && a.Kind == doc.Direct && x.runsOn(a)
	}
	keep := x.out[:0]
	for i, a := range x.out {
		if !drop[i] {
			keep = append(keep, a)
		}
	}
	x.out = keep
	for i := range x.out {
		a := &x.out[i]
		if a.Cue.End > a.Cue.Start || a.Kind != doc.Direct {
			continue
		}
		p := x.quoteBefore(i)
		if p < 0 {
			continue
		}
		prev := x.out[p]
		if a.Source != nil && (prev.Source == nil || *a.Source != *prev.Source) {
			continue
		}
		a.Source, a.Cue, a.Entity, a.Speaker = prev.Source, prev.Cue, prev.Entity, prev.Speaker
	}
}

// runsOn extends the content of an attribution that ends inside quotation
// a (`According to the paper, "A. B."`, where the sentence rule stops at
// the end of "A.") to the end of the quotation, and reports whether it did:
// the quotation is then part of that attribution's content.
func (x *extractor) runsOn(a doc.Attribution) bool {
	for j := range x.out {
		b := &x.out[j]
		if b.Cue.End <= b.Cue.Start || b.Content.Start > a.Content.Start || b.Content.End <= a.Content.Start || b.Content.End >= a.Content.End {
			continue
		}
		if a.Source != nil && (b.Source == nil || *a.Source != *b.Source) {
			continue
		}
		b.Content.End = a.Content.End
		b.Content.Text = x.d.Slice(b.Content.Start, b.Content.End)
		return true
	}
	return false
}

// quoteBefore returns the attribution with a cue whose content ends closest
// before attribution i's content, if nothing but its own source, cue and
// punctuation lies between the two contents; otherwise -1.
func (x *extractor) quoteBefore(i int) int {
	d := x.d
	a := x.out[i]
	p := -1
	for j, b := range x.out {
		if j != i && b.Cue.End > b.Cue.Start && b.Content.End <= a.Content.Start && (p < 0 || b.Content.End > x.out[p].Content.End) {
			p = j
		}
	}
	if p < 0 {
		return -1
	}
	b := x.out[p]
	// "said in a statement", "wrote on its website on Sunday": the cue's own
	// adjuncts may follow it.
	adj, adjEnd := d.TokenAt(b.Cue.End-1)+1, -1
	if adj > 0 && adj < len(d.Tokens) {
		_, lim := x.sentBounds(adj)
		adjEnd = x.skipSpeechPP(adj, lim)
	}
	for k := d.TokenAt(b.Content.End-1) + 1; k < len(d.Tokens) && d.Tokens[k].Start < a.Content.Start; k++ {
		t := &d.Tokens[k]
		if t.Start >= b.Cue.Start && t.End <= b.Cue.End || b.Source != nil && t.Start >= b.Source.Start && t.End <= b.Source.End || k >= adj && k < adjEnd {
			continue
		}
		if x.cueTail(b, k) || x.quoteOpener(k, a) {
			continue
		}
		if syntax.POS(d, k) != "PUNCT" {
			return -1
		}
	}
	return p
}

// dropContained removes quotations we could not attribute (no source, no
// cue) whose words already lie inside another attribution's content: the
// enclosing attribution says whose they are.
func (x *extractor) dropContained() {
	keep := x.out[:0]
	for i, a := range x.out {
		if a.Source == nil && a.Cue.End <= a.Cue.Start && x.inside(i, a.Content) {
			continue
		}
		keep = append(keep, a)
	}
	x.out = keep
}

func (x *extractor) inside(i int, sp doc.Span) bool {
	for j, b := range x.out {
		if j != i && b.Cue.End > b.Cue.Start && b.Content.Start <= sp.Start && sp.End <= b.Content.End {
			return true
		}
	}
	return false
}

func (x *extractor) startsSentence(i int) bool {
	return x.d.Sentences[x.d.Tokens[i].Sent].First == i
}

func (x *extractor) startsParagraph(i int) bool {
	s := x.d.Sentences[x.d.Tokens[i].Sent]
	if s.First != i {
		return false
	}
	return x.d.Tokens[i].Sent == 0 || x.d.Sentences[x.d.Tokens[i].Sent-1].Paragraph != s.Paragraph
}

// looksLikeSpeech: a quotation with a finite clause inside and closing
// punctuation is someone's words even when we cannot tell whose.
func (x *extractor) looksLikeSpeech(q quote) bool {
	last := x.tok(q.close - 1).Text
	return last == "." || last == "," || last == "?" || last == "!"
}

// isNickname spots `Robert "Bobby" Lane` and titles in quotes: one or two
// capitalised words between names.
func (x *extractor) isNickname(q quote) bool {
	return q.close == q.open+2 && syntax.IsNickname(x.d, q.open)
}

// afterQuote looks right of a closing mark for a cue and a source.
func (x *extractor) afterQuote(close int, content doc.Span) (doc.Attribution, bool) {
	d := x.d
	n := len(d.Tokens)
	i := close + 1
	// Skip a comma between the quote and the attribution (`…", she said`).
	for i < n && (d.Tokens[i].Text == "," || d.Tokens[i].Text == ";") {
		i++
	}
	if i >= n || x.inQuote[i] != 0 && i > close+1 {
		return doc.Attribution{}, false
	}
	if d.Tokens[i].Sent != d.Tokens[close].Sent && d.Tokens[close].Text != "”" && d.Tokens[close].Text != "\"" {
		return doc.Attribution{}, false
	}
	if t := d.Tokens[i].Text; d.Tokens[i].Sent != d.Tokens[close].Sent && t != "—" && t != "–" && t != "―" && t != "--" {
		// `"…." She said.` across a sentence split: accept a short
		// "She said." sentence only.
		_, lim := x.sentBounds(i)
		if lim-i > 6 && !x.tagSentence(close, i, lim) {
			return doc.Attribution{}, false
		}
	}
	// Dash attribution: `"…" — Commissioner Lee`.
	if t := d.Tokens[i].Text; t == "—" || t == "–" || t == "―" || t == "-" || t == "--" {
		end := syntax.NounPhraseStartingAt(d, i+1, true)
		if end > i+1 && x.dashSpeaker(i+1) {
			src := x.source(i+1, x.appositive(end))
			return x.mk(src, d.TokenSpan(i, i+1), content, doc.Direct), true
		}
		return doc.Attribution{}, false
	}
	// Inverted: `said Anna Berg, a spokeswoman for the agency`.
	if (x.isCue(i) && strong[d.Tokens[i].Lower] || x.tagVerb(close, i)) && !x.hearerFollows(i) {
		j := i + 1
		end := syntax.NounPhraseStartingAt(d, j, true)
		if end <= j && x.capitalisedWord(j) {
			end = j + 1
		}
		if end > j {
			srcEnd := x.appositive(end)
			return x.mk(x.parsedAfter(i, x.source(j, srcEnd)), d.TokenSpan(i, i+1), content, doc.Direct), true
		}
	}
	// `X said` / `X, a doctor, said`.
	end := syntax.NounPhraseStartingAt(d, i, true)
	if end <= i && x.capitalisedWord(i) && i+1 < n && strong[d.Tokens[i+1].Lower] {
		// `"…," Bright said`: a surname that is also a word the tagger
		// reads as an adjective or adverb ("Bright", "Jolly", "Cuban").
		end = i + 1
	}
	if end > i {
		k := x.appositive(end)
		cueAt := x.skipAdverbs(k)
		if cueAt < n && (x.isCue(cueAt) && (strong[d.Tokens[cueAt].Lower] || x.tok(cueAt).Lower == "estimated" || x.tok(cueAt).Lower == "reported") || x.tagVerb(close, cueAt)) {
			cueEnd := x.cueEnd(cueAt)
			src := x.source(i, k)
			if k > end && k < cueAt && d.Tokens[k].Text == "," && src.limit == k {
				// `"…," Graham, a former candidate, told CBS`: the comma
				// that closes the appositive belongs to the source, as the
				// annotators mark it after a quotation.
				src.limit = k + 1
			}
			return x.mk(src, d.TokenSpan(max(k, x.cueStart(cueAt)), cueEnd), content, doc.Direct), true
		}
		if a, ok := x.asideSpeaker(i, end, content); ok {
			return a, true
		}
	}
	return x.parsedTag(close, i, content)
}

// parsedTag reads `"…," X, Sanders’ campaign manager, said` off the parse
// where the surface scan stops inside the source: the phrase at i is the
// nsubj of a cue verb right after it, with only the phrase's own words and
// commas between them.
func (x *extractor) parsedTag(close, i int, content doc.Span) (doc.Attribution, bool) {
	d := x.d
	if i >= len(d.Tokens) || d.Tokens[i].Dep == "" {
		return doc.Attribution{}, false
	}
	j := i
	for depIs(d.Tokens[j].Dep, "flat", "compound") && d.Tokens[j].Head > j {
		j = d.Tokens[j].Head
	}
	v := d.Tokens[j].Head
	if d.Tokens[j].Dep != "nsubj" || v <= j || v >= len(d.Tokens) || d.Tokens[v].Sent != d.Tokens[i].Sent {
		return doc.Attribution{}, false
	}
	if !(x.isCue(v) && strong[d.Tokens[v].Lower] || x.tagVerb(close, v)) {
		return doc.Attribution{}, false
	}
	f, l := syntax.Subtree(d, j)
	if f != i || l > v || x.inQuoteRange(f, l) {
		return doc.Attribution{}, false
	}
	for k := l; k < v; k++ {
		if d.Tokens[k].Text != "," {
			return doc.Attribution{}, false
		}
	}
	src := srcSpan{f, l}
	if l < v && strings.Contains(d.Slice(d.Tokens[f].Start, d.Tokens[l-1].End), ",") {
		// The comma that closes the appositive belongs to the source.
		src.limit = l + 1
	}
	return x.mk(src, d.TokenSpan(v, x.cueEnd(v)), content, doc.Direct), true
}

// nameBeforeCue reports whether the word just before the strong cue k is a
// capitalised word the tagger did not read as a name ("Cook said", "Jolly
// said"): no subject-less clause opens with such a word and "said", so it
// is the speaker's name. Sentence adverbs ("Then said Trump") are left out.
func (x *extractor) nameBeforeCue(k int) bool {
	i := k - 1
	first, _ := x.sentBounds(k)
	if i < first || !strong[x.d.Tokens[k].Lower] || strings.HasSuffix(x.d.Tokens[k].Lower, "ing") || cueAdverbs[x.d.Tokens[i].Lower] || notNames[x.d.Tokens[i].Lower] {
		return false
	}
	return x.capitalisedWord(i)
}

// notNames are capitalised adverbs that may stand before a cue.
var notNames = map[string]bool{
	"then": true, "so": true, "here": true, "there": true, "earlier": true, "finally": true, "instead": true,
	"meanwhile": true, "thus": true, "hence": true, "just": true, "only": true, "again": true, "yet": true,
	"first": true, "separately": true, "similarly": true, "likewise": true, "specifically": true, "as": true,
	"when": true, "whenever": true, "where": true, "why": true, "how": true, "while": true, "once": true,
	"after": true, "before": true, "if": true, "unless": true, "until": true, "because": true, "since": true,
	"though": true, "although": true,
}

// tagVerb reports whether token i, right after a quotation that closes on
// a comma, question or exclamation mark (`"…," she scoffed`, `"…?" asked
// Lee`), is a finite verb that tags the quotation as speech, whatever the
// verb: "scoffed", "remembered", "elaborated", "interjected".
func (x *extractor) tagVerb(close, i int) bool {
	d := x.d
	if close < 1 || i >= len(d.Tokens) || x.inQuote[i] != 0 {
		return false
	}
	switch d.Tokens[close-1].Text {
	case ",", "?", "!":
	default:
		return false
	}
	t := &d.Tokens[i]
	if t.POS != "VERB" || t.Tag != "VBD" && t.Tag != "VBZ" {
		return false
	}
	switch strings.ToLower(t.Lemma) {
	case "be", "have", "do", "get", "go", "come", "make", "take":
		return false
	}
	return true
}

// capitalisedWord reports whether token i is a capitalised word inside its
// sentence that the tagger did not read as a name (an adjective, adverb or
// verb): next to a cue of saying it is a speaker's name.
func (x *extractor) capitalisedWord(i int) bool {
	d := x.d
	if i >= len(d.Tokens) || !isUpper(d.Tokens[i].Text) || x.inQuote[i] != 0 {
		return false
	}
	switch syntax.POS(d, i) {
	case "ADJ", "ADV", "VERB":
		return true
	}
	return false
}

// beforeQuote looks left of an opening mark for `X said:` or `X said,`.
func (x *extractor) beforeQuote(open int, content doc.Span) (doc.Attribution, bool) {
	d := x.d
	first, _ := x.sentBounds(open)
	i := open - 1
	if i < first {
		return doc.Attribution{}, false
	}
	if t := d.Tokens[i].Text; t == ":" || t == "," {
		i--
	}
	if i < first {
		return doc.Attribution{}, false
	}
	colon := d.Tokens[open-1].Text == ":"
	// The cue may be followed by a hearer or a time: `told reporters:`,
	// `said on Tuesday:`. Walk left to the nearest cue within 6 tokens;
	// before a colon any verb introduces the quote (`Okafor resumed:`,
	// `the banner declares:`).
	for k := i; k >= first && k >= i-6; k-- {
		if x.inQuote[k] != 0 {
			break
		}
		if !x.isCue(k) && !(colon && syntax.POS(d, k) == "VERB" && d.Tokens[k].Lower == d.Tokens[k].Text && !nonStance[d.Tokens[k].Lower]) {
			continue
		}
		// Only a hearer, a time or a place may stand between the cue and
		// the quote; anything else makes it a mixed quote.
		if c := x.contentStart(k, open+1); c != open {
			return doc.Attribution{}, false
		}
		src, ok := x.subject(k)
		if !ok {
			return doc.Attribution{}, false
		}
		return x.mk(src, d.TokenSpan(x.cueStart(k), x.cueEnd(k)), content, doc.Direct), true
	}
	return doc.Attribution{}, false
}

// mixed handles a quotation inside a reported clause: `He promised a
// "beautiful life" for the families` — the cue and its subject lie outside
// the quote in the same sentence, the content is the cue's complement.
func (x *extractor) mixed(q quote) (doc.Attribution, bool) {
	d := x.d
	first, limit := x.sentBounds(q.open)
	for k := q.open - 1; k >= first; k-- {
		if x.inQuote[k] != 0 || x.used[k] {
			break
		}
		if !x.isCue(k) {
			continue
		}
		src, ok := x.subject(k)
		if !ok {
			return doc.Attribution{}, false
		}
		end := limit
		if q.close == limit && limit-1 > k && isFinal(d.Tokens[limit-1].Text) {
			// `… a terrorist world war.''`: the sentence splitter leaves
			// the closing mark after the stop on its own; the content ends
			// with it, as it does when the mark stays in the sentence.
			end = limit + 1
		} else if end > 0 && isFinal(d.Tokens[end-1].Text) {
			end--
		}
		c := x.contentStart(k, end)
		if !strong[d.Tokens[k].Lower] && (c >= end || d.Tokens[c].Lower != "that") {
			return doc.Attribution{}, false
		}
		end = x.contentEnd(c, end)
		if end <= c {
			return doc.Attribution{}, false
		}
		return x.mk(src, d.TokenSpan(x.cueStart(k), x.cueEnd(k)), d.TokenSpan(c, end), doc.Mixed), true
	}
	return doc.Attribution{}, false
}

// leadIn: `And from the chairwoman:` on its own line, then the quote.
func (x *extractor) leadIn(open int, content doc.Span) (doc.Attribution, bool) {
	d := x.d
	if !x.startsParagraph(open) || open == 0 {
		return doc.Attribution{}, false
	}
	prev := open - 1
	if d.Tokens[prev].Text != ":" {
		return doc.Attribution{}, false
	}
	first, _ := x.sentBounds(prev)
	// The lead-in line is read from its end: the verb nearest the colon and
	// its subject speak, not the first clause of the line ("When the dam
	// failed in 1998, the governor released this statement:", "The agency
	// denied it, and the union responded:").
	if a, _, ok := x.colonVerbLead(prev, content); ok {
		return a, true
	}
	// "The mayor issued the following statement:": the subject of the lead-in
	// line's verb; otherwise its last noun phrase ("And from the
	// chairwoman:").
	if s, lim := x.mainSubject(first, prev); s >= 0 && lim < prev {
		return x.mk(srcSpan{s, lim}, d.TokenSpan(x.leadInVerb(lim, prev), prev+1), content, doc.Direct), true
	}
	end := prev
	start := syntax.NounPhraseEndingAt(d, end-1)
	if start < first || start < 0 || x.inNounClause(end-1, first) {
		// "The airline, in a notice that was emailed to passengers:":
		// the passengers are the notice's, not speakers.
		return doc.Attribution{}, false
	}
	return x.mk(x.source(start, end), d.TokenSpan(prev, prev+1), content, doc.Direct), true
}

// leadInVerb returns where the cue of a lead-in line starts when its
// subject ends at lim and its colon is at colon: at the verb right after
// the subject, which PolNeAR keeps in the cue with the rest of the line
// ("Okafor resumed:", "The warden sent out this note:", "He answered by
// letter:"); at the colon when no verb (perhaps after adverbs) follows
// the subject. Everything from the verb to the colon joins the cue, not
// only the verb group: "said on Friday:", and also "had three demands:",
// where the verb is no verb of saying.
func (x *extractor) leadInVerb(lim, colon int) int {
	d := x.d
	verb := false
	for k := lim; k < colon; k++ {
		switch syntax.POS(d, k) {
		case "VERB", "AUX":
			verb = true
		case "ADV", "PART":
		default:
			if !verb {
				return colon
			}
		}
		if d.Tokens[k].Text == "," || x.inQuote[k] != 0 {
			return colon
		}
	}
	if !verb {
		return colon
	}
	return lim
}

// sentence finds the indirect attributions of sentence si.
func (x *extractor) sentence(si int) {
	d := x.d
	s := d.Sentences[si]
	first, limit := s.First, s.Limit
	end := limit
	if !(end-3 >= first && syntax.IsQuote(d.Tokens[end-1].Text) && isFinal(d.Tokens[end-2].Text) && x.inQuote[end-3] != 0) {
		// A quotation that closes the sentence keeps its final mark and
		// the stop inside it (`the beginning of a "world war."`).
		for end > first && (isFinal(d.Tokens[end-1].Text) || syntax.IsQuote(d.Tokens[end-1].Text) && x.inQuote[end-1] == 0) {
			end--
		}
	}
	// "According to X, …" and "…, according to X."
	for k := first; k+1 < limit; k++ {
		if x.used[k] || x.inQuote[k] != 0 || d.Tokens[k].Lower != "according" || d.Tokens[k+1].Lower != "to" {
			continue
		}
		srcEnd := syntax.NounPhraseStartingAt(d, k+2, true)
		if srcEnd <= k+2 {
			// The surface scan stops at a mistagged head ("the
			// foundation's tally") or a quoted title; "according to"
			// always has a source, and the parse says where it ends.
			srcEnd = x.parsedObject(k, limit)
		}
		if srcEnd <= k+2 {
			continue
		}
		srcEnd = x.byWhom(srcEnd, end)
		if k == first || k > first && d.Tokens[k-1].Text == "\"" && k-1 == first {
			// Leading: an appositive must close with a comma before the
			// content ("According to Ann Lee, a spokeswoman, …"); "According
			// to officials, the account that …" has none.
			if a := x.appositive(srcEnd); a < end && d.Tokens[a].Text == "," {
				srcEnd = a
			}
		} else {
			srcEnd = x.appositive(srcEnd)
		}
		cue := d.TokenSpan(k, k+2)
		src := x.source(k+2, srcEnd)
		var content doc.Span
		if k == first || k > first && d.Tokens[k-1].Text == "\"" && k-1 == first {
			// Leading: content after the comma.
			c := srcEnd
			for c < end && (d.Tokens[c].Text == ",") {
				c++
			}
			if c >= end {
				continue
			}
			content = d.TokenSpan(c, end)
		} else {
			c := k
			for c > first && d.Tokens[c-1].Text == "," {
				c--
			}
			if c <= first {
				continue
			}
			// "X happened, according to Y, after Z": the content is what
			// comes before the cue; PolNeAR leaves the rest out or makes it
			// a second, discontinuous part.
			content = d.TokenSpan(first, c)
		}
		x.mark(k, srcEnd)
		x.add(x.mk(src, cue, content, doc.AccordingTo))
	}
	x.askedClause(first, end)
	x.callsFor(first, end)
	x.evidential(first, end)
	x.knownAs(first, end)
	x.itSeems(first, end)
	x.seemsPredicate(first, end)
	x.reportedly(first, end)
	x.inSource(first, end)
	x.asReported(first, end)
	x.asTrailing(first, end)
	x.lightVerbs(first, end)
	x.makeSpeech(first, end)
	x.voteCues(first, end)
	x.castCues(first, end)
	x.releaseCues(first, end)
	x.passCues(first, end)
	x.deliverCues(first, end)
	x.findings(first, end)
	x.showCues(first, end)
	x.headlineVerbs(first, end)
	x.colonMessage(first, end)
	for k := first; k < limit; k++ {
		if x.used[k] || x.inQuote[k] != 0 || x.otherSense(k) {
			continue
		}
		if !x.isCue(k) {
			if a, ok := x.participle(k, first, end); ok {
				x.add(a)
			} else if a, ok := x.stance(k, end); ok {
				x.add(a)
			}
			continue
		}
		if a, ok := x.trailing(k, first, end); ok {
			x.add(a)
			continue
		}
		if a, ok := x.leading(k, first, end); ok {
			x.add(a)
			continue
		}
		if a, ok := x.participle(k, first, end); ok {
			x.add(a)
			continue
		}
		if a, ok := x.objectCue(k, first, end); ok {
			x.add(a)
			continue
		}
		if a, ok := x.stance(k, end); ok {
			x.add(a)
		}
	}
	x.tailTag(first, end)
	x.adjectives(first, end)
	x.bySaying(first, end)
	x.parsedCues(first, end)
	x.interruptedSubjects(first, end)
	x.pollReports(first, end)
	x.nominal(first, end)
	x.possNominal(first, end)
}

// nominal handles a possessor's claim as a noun with its "that" clause:
// "Trump's claim that there were thousands of shootings", "her warning that
// the dam would fail". The source is the possessor, the cue the noun.
func (x *extractor) nominal(first, end int) {
	d := x.d
	for k := first + 1; k+2 < end; k++ {
		if !nominalCues[d.Tokens[k].Lower] || d.Tokens[k+1].Lower != "that" || x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		if x.insideContent(k) {
			// "Critics argued that the minister's claim that … was
			// false": a claim inside what someone else says is reported,
			// and PolNeAR seldom marks it. This runs after the verb
			// rules so that their contents are known.
			continue
		}
		// "the mayor's bold new assertion that …": adjectives
		// between the possessor and the noun belong to the cue.
		cs := x.claimModifiers(k, first)
		src, ok := x.possessor(cs, first)
		if !ok {
			continue
		}
		if !x.clauseFollows(k+2, end) {
			continue
		}
		e := x.contentEnd(k+1, end)
		if e-(k+1) < 3 {
			continue
		}
		x.add(x.mk(src, d.TokenSpan(cs, k+1), d.TokenSpan(k+1, e), doc.Indirect))
	}
}

// claimModifiers returns the start of the adjectives, adverbs and numbers before
// the claim noun at k ("bold new", "oddly cheerful", "widely
// doubted", "two new"), at most three, or k. colonMessage and the nominal
// and stance-noun rules share it.
func (x *extractor) claimModifiers(k, first int) int {
	d := x.d
	i := k
	for i-1 > first && k-i < 3 {
		switch p := syntax.POS(d, i-1); {
		case p == "ADJ" || p == "ADV" || p == "NUM" || p == "VERB" && d.Tokens[i-1].Tag == "VBN":
			i--
			continue
		}
		break
	}
	return i
}

// asReported handles "As The Post reported, …" and "As reported by X, …":
// the source and cue sit in a leading "as" clause, the content is the rest
// of the sentence.
func (x *extractor) asReported(first, end int) {
	d := x.d
	k := first
	if k+4 >= end || d.Tokens[k].Lower != "as" || x.inQuote[k] != 0 {
		return
	}
	var src srcSpan
	cue := -1
	if x.isCue(k+1) && k+2 < end && d.Tokens[k+2].Lower == "by" {
		// "As reported by Western Journalism, …".
		e := syntax.NounPhraseStartingAt(d, k+3, true)
		if e <= k+3 {
			return
		}
		src, cue = srcSpan{k + 3, e}, k+1
	} else {
		e := syntax.NounPhraseStartingAt(d, k+1, true)
		if e <= k+1 {
			return
		}
		c := e
		for c < end && c < e+3 && syntax.POS(d, c) == "ADV" {
			c++
		}
		if c >= end || !x.isCue(c) {
			return
		}
		src, cue = srcSpan{k + 1, e}, c
	}
	// The content starts after the comma that closes the "as" clause.
	comma := -1
	for j := cue + 1; j < end && j < cue+20; j++ {
		if d.Tokens[j].Text == "," {
			comma = j
			break
		}
	}
	if comma < 0 || comma+3 > end || x.used[cue] {
		return
	}
	cueLimit := x.cueEnd(cue)
	if src.first > cue {
		cueLimit = cue + 1
	}
	x.add(x.mk(src, d.TokenSpan(x.cueStart(cue), cueLimit), d.TokenSpan(comma+1, x.contentEnd(comma+1, end)), doc.Indirect))
}

// inSource handles a poll, study or statement as the source of what the
// sentence says: "In a Times/CBS survey released Thursday, 79 percent of
// Democrats …" and "… has a 12-point lead in a new Post-ABC poll." The cue
// is "in". Only findings (polls, surveys, studies, reports) count: "In a
// statement, the ministry said …" leaves the work to "said".
func (x *extractor) inSource(first, end int) {
	d := x.d
	if end-first < 6 {
		return
	}
	k := first
	if d.Tokens[k].Lower == "in" && !x.used[k] && x.inQuote[k] == 0 {
		e := syntax.NounPhraseStartingAt(d, k+1, true)
		e = syntax.ExtendParticiple(d, e)
		if e > k+1 && e+2 < end && d.Tokens[e].Text == "," && findingNouns[headNoun(d, k+1, e)] {
			x.mark(k, e)
			x.add(x.mk(srcSpan{k + 1, e}, d.TokenSpan(k, k+1), d.TokenSpan(e+1, x.contentEnd(e+1, end)), doc.AccordingTo))
			return
		}
	}
	// Trailing: the last "in" of the sentence opens a finding's noun phrase
	// that runs to the end.
	for k := end - 2; k > first+3 && k >= end-14; k-- {
		if d.Tokens[k].Lower != "in" || x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		e := syntax.NounPhraseStartingAt(d, k+1, true)
		if e != end {
			return
		}
		if !findingNouns[headNoun(d, k+1, e)] || barePolls(d, k+1, e) {
			return
		}
		c := k
		for c > first && d.Tokens[c-1].Text == "," {
			c--
		}
		x.mark(k, e)
		x.add(x.mk(srcSpan{k + 1, e}, d.TokenSpan(k, k+1), d.TokenSpan(first, c), doc.AccordingTo))
		return
	}
}

// byWhom returns where an "according to" source ending at e ends when a
// participle with "by" or "for" follows it: "according to a tally of
// ballots kept by volunteers for the Velm Courier" — who kept the tally
// is part of the source, as PolNeAR marks it (7 times in 7 on train). The
// participle's phrase runs to the next comma or the end of the clause.
func (x *extractor) byWhom(e, end int) int {
	d := x.d
	if e+2 >= end || d.Tokens[e].Tag != "VBN" || x.inQuote[e] != 0 {
		return e
	}
	if w := d.Tokens[e+1].Lower; w != "by" && w != "for" {
		return e
	}
	for j := e + 2; j < end; j++ {
		if t := d.Tokens[j].Text; t == "," || t == ";" || isFinal(t) || x.inQuote[j] != 0 || isDash(t) {
			return j
		}
	}
	return end
}

// headNoun returns the lower-case head of the noun phrase [first, limit):
// its last noun before any "of"/"for"/"from"/"at" attachment.
func headNoun(d *doc.Document, first, limit int) string {
	h := ""
	for k := first; k < limit; k++ {
		switch d.Tokens[k].Lower {
		case "of", "for", "from", "at", "by":
			return h
		}
		switch syntax.POS(d, k) {
		case "NOUN", "PROPN":
			h = d.Tokens[k].Lower
		case "VERB":
			// "a survey released Thursday": the participle ends the head.
			return h
		}
	}
	return h
}

// parsedObject returns the end of the noun phrase that "according" at k
// marks as its case in the parse (0 without a parse): the head's subtree up
// to the first comma, stop or quote mark that closes it.
func (x *extractor) parsedObject(k, limit int) int {
	d := x.d
	if d.Tokens[k].Dep == "" {
		return 0
	}
	h := d.Tokens[k].Head
	if h < k+2 {
		// Parsed as a verb: "according" heads its object.
		h = syntax.Child(d, k, "obl", "nmod", "obj")
	}
	if h < k+2 || h >= limit {
		return 0
	}
	_, l := syntax.Subtree(d, h)
	l = min(l, limit)
	for j := h + 1; j < l; j++ {
		if d.Tokens[j].Text == "," || isFinal(d.Tokens[j].Text) {
			l = j
			break
		}
	}
	for l > h+1 && (isFinal(d.Tokens[l-1].Text) || d.Tokens[l-1].Text == ",") {
		l--
	}
	return l
}

// evidential handles the writer's hedges that attribution annotators
// count without a source: "the verdict is expected to arrive before …", "the
// receipts appear to be forged", "the board seemed frozen". The
// content is the subject with the infinitive or adjective after the cue,
// the cue left out (cutCue splits it in two); the source stays empty, so
// the claim stays the article's own but hedged.
// "Appeared on television" and "is expected" with a noun ("as expected")
// are not hedges: the cue needs "to" or an adjective after it. A verb of
// saying or judging after "to" ("seemed to concede") makes the subject the
// source instead (infinitiveCue), which the other rules read; a subject
// that can hold a view is the source of any other infinitive too
// (hedgedHolder), with the infinitive alone as the content.
func (x *extractor) evidential(first, end int) {
	d := x.d
	for k := first + 1; k+1 < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		cs, ce := k, k+1
		switch w := d.Tokens[k].Lower; {
		case seemForms[w]:
			if d.Tokens[k+1].Lower != "to" || x.infinitiveCue(k+2, end) {
				continue
			}
		case w == "expected":
			b := k - 1
			for b > first && syntax.POS(d, b) == "ADV" || b > first && (d.Tokens[b].Lower == "not" || d.Tokens[b].Lower == "widely" || d.Tokens[b].Lower == "also") {
				b--
			}
			switch d.Tokens[b].Lower {
			case "is", "are", "was", "were", "be", "been", "'s", "’s":
			default:
				continue
			}
			if d.Tokens[k+1].Lower != "to" {
				continue
			}
			cs = b
		default:
			continue
		}
		c := first
		h := syntax.Child(d, k, "nsubj", "nsubj:pass")
		if h >= first && h < cs {
			c, _ = syntax.Subtree(d, h)
		}
		if c >= cs || x.used[c] {
			continue
		}
		if src, ok := x.hedgedHolder(h, first, cs); ok {
			x.add(x.mk(src, d.TokenSpan(cs, ce), d.TokenSpan(ce, end), doc.Indirect))
			x.mark(cs, ce)
			continue
		}
		x.add(x.mk(srcSpan{}, d.TokenSpan(cs, ce), d.TokenSpan(c, end), doc.Indirect))
		x.mark(cs, ce)
	}
}

// askedClause handles a question put to someone: "Asked whether the plan
// was dead, Lee said …", "When asked by reporters about the toll, …",
// "Okafor said when asked whether …", "The minister was asked to name …". The
// cue is "asked" (with its auxiliary in a passive, and "about" when the
// question is a topic, as PolNeAR marks "asked about"), the content the
// question, and the source whoever asked, when a "by" phrase names them.
func (x *extractor) askedClause(first, end int) {
	d := x.d
	for k := first; k < end; k++ {
		if d.Tokens[k].Lower != "asked" || x.used[k] || x.inQuote[k] != 0 {
			continue
		}
		p := k - 1
		if p >= first && d.Tokens[p].Lower == "being" {
			p--
		}
		opener := p < first || p == first && isAskOpener(d.Tokens[p].Lower) || p > first && isAskOpener(d.Tokens[p].Lower) && d.Tokens[p-1].Text == ","
		mid := p > first && isAskOpener(d.Tokens[p].Lower) && !opener
		passive := k-1 > first && isBeForm(d.Tokens[k-1].Lower)
		if opener || mid || passive || x.bareAsked(k, first, end) {
			x.asked(k, first, end, opener || !mid && !passive)
		}
	}
}

// isAskOpener reports whether w opens a clause of "asked" without a
// subject: "when asked", "after being asked".
func isAskOpener(w string) bool {
	switch w {
	case "when", "after", "once", "whenever", "if", "before", "until":
		return true
	}
	return false
}

func isBeForm(w string) bool {
	switch w {
	case "was", "were", "is", "are", "been", "being", "be", "'s", "’s":
		return true
	}
	return false
}

// asked adds the attribution of a question at "asked" (k). A clause that
// opens the sentence ends at its comma; elsewhere the question runs to the
// comma or the sentence's end.
func (x *extractor) asked(k, first, end int, opener bool) {
	d := x.d
	c := k + 1
	src := srcSpan{}
	if c < end && d.Tokens[c].Lower == "by" {
		e := syntax.NounPhraseStartingAt(d, c+1, true)
		if e <= c+1 {
			return
		}
		src = srcSpan{c + 1, e}
		c = e
	}
	cs, ce := k, k+1
	if !opener && k-1 > first && isBeForm(d.Tokens[k-1].Lower) {
		cs = x.cueStart(k)
	}
	if src.limit == 0 {
		// "asked specifically what …": the adverb joins the cue.
		ce = x.askAdverb(k, end)
		c = ce
	}
	if c < end && d.Tokens[c].Lower == "about" && src.limit == 0 {
		// "asked about her vote": the preposition joins the cue.
		ce = c + 1
		c++
	} else {
		c = x.askSkip(c, end)
		if c >= end {
			return
		}
		w := d.Tokens[c].Lower
		if !isAskWh(w) && w != "if" && w != "about" && !(w == "to" && !opener) {
			return
		}
	}
	e := c + 1
	for e < end && d.Tokens[e].Text != "," {
		e++
	}
	if opener && e >= end && !x.askTrailing(k, first) || e-c < 2 && !x.shortQuestion(c, end) || e > end {
		return
	}
	if d.Tokens[e-1].Text != "," && e < end && x.inQuote[e] != 0 && syntax.IsQuote(d.Tokens[e].Text) {
		e++
	}
	x.add(x.mk(src, d.TokenSpan(cs, ce), d.TokenSpan(c, e), doc.Indirect))
	x.mark(cs, ce)
}

// particle returns where the complement of stance verb k starts, after a
// particle that belongs to the verb ("referring to", "talked about",
// "called for").
func (x *extractor) particle(k, end int) int {
	d := x.d
	c := x.cueEnd(k)
	if c < end {
		switch d.Tokens[c].Lower {
		case "about", "on", "for", "to", "of", "out", "with", "against":
			if d.Tokens[c].Lower != "to" || c+1 < end && nounStart(d, c+1) {
				// "referring to the ad"; "wants to cut taxes" keeps its
				// infinitive as content.
				c++
			}
		}
	}
	return c
}

// nounStart reports whether token i can open a noun phrase, so that a "to"
// before it is a preposition ("pointed to the report"), not an infinitive
// marker ("agreed to debate").
func nounStart(d *doc.Document, i int) bool {
	switch syntax.POS(d, i) {
	case "DET", "PROPN", "NUM", "PRON", "ADJ", "SYM":
		return true
	case "NOUN":
		// A bare lower-case noun after "to" is most often a verb the
		// guesser could not tell ("to debate", "to keep").
		return d.Tokens[i].Lower != d.Tokens[i].Text
	}
	return false
}

// complementAt reports whether a stance verb's complement starts at c: a
// "that" or wh- clause, an infinitive or a noun phrase.
func (x *extractor) complementAt(c, end int) bool {
	d := x.d
	if p := syntax.POS(d, c); p == "ADV" || p == "AUX" || p == "ADP" {
		return false
	}
	switch w := d.Tokens[c].Lower; {
	case w == "that" || isWh(w):
		return true
	case w == "to" && c+1 < end && !nounStart(d, c+1):
		return true
	}
	return syntax.NounPhraseStartingAt(d, c, true) > c
}

// stance handles the verbs outside the lexicon by which someone takes a
// position, thinks, wants or perceives: "Polls show Clinton leading",
// "Trump blamed the media", "Sanders echoed the criticism", "voters feel
// the economy is rigged". Annotators of attribution (PolNeAR) count them
// when the subject can hold a view; the content is the verb's complement —
// a clause, an infinitive or an object noun phrase.
func (x *extractor) stance(k, end int) (doc.Attribution, bool) {
	d := x.d
	t := &d.Tokens[k]
	// Reporting verbs come here when the rules above found no clause:
	// "polls show Clinton leading", "supporters believe he can win", "he
	// announced his candidacy"; "say" and its kin with a bare object ("said
	// goodbye") do not.
	weak := cueLemma[t.Lower] != "" && syntax.POS(d, k) == "VERB"
	switch cueLemma[t.Lower] {
	case "say", "add", "continue", "reply", "respond", "write":
		weak = false
	}
	if !stanceForms[t.Lower] && !weak || t.Lower != t.Text {
		return doc.Attribution{}, false
	}
	if strings.HasSuffix(t.Lower, "ing") && x.cueStart(k) == k {
		// An -ing form counts only as a progressive ("is demanding").
		return doc.Attribution{}, false
	}
	if nounFirst[t.Lower] {
		// "the state", "terror attacks", "support for": more often a noun
		// than a verb, and the guesser cannot tell.
		return doc.Attribution{}, false
	}
	if cs := x.cueStart(k); cs < k {
		switch d.Tokens[cs].Lower {
		case "would", "could", "might", "may":
			// "would support": a hypothetical, not a position taken.
			return doc.Attribution{}, false
		}
	}
	if p := syntax.POS(d, k); p != "VERB" && p != "NOUN" {
		return doc.Attribution{}, false
	}
	if k > 0 && !strings.HasSuffix(t.Lower, "ing") {
		switch d.Tokens[k-1].Lower {
		case "was", "were", "is", "are", "be", "been", "being", "to", "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "'s", "’s":
			// A passive ("was elected"), an infinitive, or a noun ("the
			// call", "his support").
			return doc.Attribution{}, false
		}
		if p := syntax.POS(d, k-1); p == "ADJ" || p == "ADP" || p == "NUM" {
			return doc.Attribution{}, false
		}
	}
	src, ok := x.subject(k)
	if !ok || !x.canHoldView(src.first, src.limit) {
		return doc.Attribution{}, false
	}
	c := x.particle(k, end)
	if c >= end || !x.complementAt(c, end) {
		return doc.Attribution{}, false
	}
	e := x.contentEnd(c, end)
	if e-c < 2 {
		return doc.Attribution{}, false
	}
	return x.mk(src, d.TokenSpan(x.cueStart(k), c), d.TokenSpan(c, e), doc.Indirect), true
}

// trailing handles `CONTENT, X said.` and `CONTENT, said X.`: the cue sits
// in the last stretch of the sentence after a comma.
func (x *extractor) trailing(k, first, end int) (doc.Attribution, bool) {
	d := x.d
	// Inverted: ", said X" at the end.
	if k > first && d.Tokens[k-1].Text == "," && strong[d.Tokens[k].Lower] && !x.hearerFollows(k) {
		srcEnd := syntax.NounPhraseStartingAt(d, k+1, true)
		// After the speaker's name a comma may open a description the
		// appositive scan cannot close ("said Carla Jimenez, an Ohio
		// lawyer currently working for the tenants' union"); the name still
		// says who spoke.
		if srcEnd > k+1 && !isTimeWord(d.Tokens[k+1].Lower) && (x.restIsTail(x.appositive(srcEnd), end) || srcEnd < end && d.Tokens[srcEnd].Text == ",") {
			c := k - 1
			if c > first {
				return x.mk(x.parsedAfter(k, x.source(k+1, x.appositive(srcEnd))), d.TokenSpan(k, k+1), d.TokenSpan(first, c), doc.Indirect), true
			}
		}
	}
	// ", X said" at the end. The parse may widen the source but not take
	// it back across the comma that ends the content: a misparse that
	// joins "among supporters, experts" must not lose the attribution.
	src, ok := x.surfaceSubject(k)
	if !ok || !x.restIsTail(x.cueEnd(k), end) {
		return doc.Attribution{}, false
	}
	if p := x.parsedExtent(k, src); p.first == src.first {
		src = p
	}
	comma := src.first - 1
	if comma <= first || d.Tokens[comma].Text != "," {
		return doc.Attribution{}, false
	}
	if !strong[d.Tokens[k].Lower] && !x.weakOK(k) {
		return doc.Attribution{}, false
	}
	if e := x.cueEnd(k); !strong[d.Tokens[k].Lower] && e < end && syntax.IsNominal(syntax.POS(d, e)) && !isTimeWord(d.Tokens[e].Lower) {
		// "…, investigators found the cracks": a weak cue with an object
		// of its own does not report the clause before it.
		return doc.Attribution{}, false
	}
	if e := x.cueEnd(k); e < end && x.frontedPhrase(first, comma) && x.ownComplement(e) {
		// "In her 2011 memoir, Okafor noted the leak's existence": a
		// fronted phrase with no verb is no content when the cue has its
		// own complement after it.
		return doc.Attribution{}, false
	}
	return x.mk(src, d.TokenSpan(x.cueStart(k), x.cueEnd(k)), d.TokenSpan(first, comma), doc.Indirect), true
}

// participle handles ", saying …" after a main clause: the source is the
// main clause's subject.
func (x *extractor) participle(k, first, end int) (doc.Attribution, bool) {
	d := x.d
	w := d.Tokens[k].Lower
	// The comma may close a quotation before the participle: `…
	// maniacal,” adding that …`.
	comma := k > first && d.Tokens[k-1].Text == "," || k-1 > first && syntax.IsQuote(d.Tokens[k-1].Text) && d.Tokens[k-2].Text == ","
	if !comma || !participleCues[w] && !(strings.HasSuffix(w, "ing") && (stanceForms[w] || cueLemma[w] != "")) {
		return doc.Attribution{}, false
	}
	if !participleCues[w] {
		// "…, referring to the ad", "…, calling for a recount": the
		// content is the participle's object or clause.
		src, lim := x.sharedSource(k)
		if src < 0 {
			src, lim = x.mainSubject(first, k)
		}
		if src < 0 {
			return doc.Attribution{}, false
		}
		c := x.particle(k, end)
		if c >= end || !x.complementAt(c, end) {
			return doc.Attribution{}, false
		}
		e := x.contentEnd(c, end)
		if e-c < 2 {
			return doc.Attribution{}, false
		}
		return x.mk(srcSpan{src, lim}, d.TokenSpan(k, c), d.TokenSpan(c, e), doc.Indirect), true
	}
	s, lim := x.sharedSource(k)
	if ps, ok := x.parseOverShared(k, s, lim); ok {
		s, lim = ps.first, ps.limit
	}
	if s < 0 {
		s, lim = x.mainSubject(first, k)
	}
	if s < 0 {
		return doc.Attribution{}, false
	}
	c := x.contentStart(k, end)
	e := x.contentEnd(c, end)
	if e-c < 2 {
		return doc.Attribution{}, false
	}
	return x.mk(srcSpan{s, lim}, d.TokenSpan(k, x.cueEnd(k)), d.TokenSpan(c, e), doc.Indirect), true
}

// sharedSource returns the source of an attribution whose cue stands
// earlier in cue k's sentence: `"…," she said, adding that …`.
func (x *extractor) sharedSource(k int) (int, int) {
	d := x.d
	for j := len(x.out) - 1; j >= 0; j-- {
		a := x.out[j]
		if a.Source == nil || a.Cue.End <= a.Cue.Start {
			continue
		}
		ci := d.TokenAt(a.Cue.Start)
		if ci < 0 || d.Tokens[ci].Sent != d.Tokens[k].Sent || ci >= k {
			continue
		}
		return d.TokenAt(a.Source.Start), d.TokenAt(a.Source.End-1) + 1
	}
	return -1, -1
}

// mainSubject returns the subject of the main clause before limit: the
// noun phrase before its first finite verb ("At a rally on Tuesday, Senator
// Lee endorsed …"), or the noun phrase that opens the sentence, if it can
// hold a view.
func (x *extractor) mainSubject(first, limit int) (int, int) {
	d := x.d
	for v := first + 1; v < limit; v++ {
		if x.inQuote[v] != 0 {
			break
		}
		p := syntax.POS(d, v)
		if p != "VERB" && p != "AUX" || strings.HasSuffix(d.Tokens[v].Lower, "ing") {
			continue
		}
		i := v - 1
		for i > first && (syntax.POS(d, i) == "ADV" || syntax.POS(d, i) == "AUX") {
			i--
		}
		s, lim := syntax.SubjectEndingAt(d, i)
		if s < first || s < 0 {
			break
		}
		if w := d.Tokens[s].Lower; w == "it" || w == "there" || w == "who" || w == "which" || w == "that" {
			break
		}
		if d.Tokens[i].Text == "," && lim == i {
			lim = i + 1
		}
		if x.canHoldView(s, lim) {
			return s, lim
		}
		break
	}
	k := first
	if p := syntax.POS(d, k); p == "ADP" || p == "ADV" || p == "SCONJ" {
		for j := k; j < limit && j < k+10; j++ {
			if d.Tokens[j].Text == "," {
				k = j + 1
				break
			}
		}
	}
	e := syntax.NounPhraseStartingAt(d, k, true)
	if e <= k || !x.canHoldView(k, e) {
		return -1, -1
	}
	return k, e
}

// canHoldView: a name, a pronoun for a person or group, or a noun such as
// "officials" or "the agency".
func (x *extractor) canHoldView(first, limit int) bool {
	d := x.d
	for j := first; j < limit; j++ {
		if isUpper(d.Tokens[j].Text) && syntax.POS(d, j) != "DET" {
			// A name, even where the guesser cannot tell ("Trump
			// dismissed …" at the start of a sentence).
			return true
		}
		switch syntax.POS(d, j) {
		case "PROPN":
			return true
		case "PRON":
			w := d.Tokens[j].Lower
			return w == "he" || w == "she" || w == "they" || w == "we" || w == "i" || w == "you"
		}
		if sourceNouns[d.Tokens[j].Lower] {
			return true
		}
	}
	return false
}

// objectCue handles stance verbs whose content is their object: "Clinton
// called the charges fabricated", "the union wants to block the sale".
func (x *extractor) objectCue(k, first, end int) (doc.Attribution, bool) {
	d := x.d
	if !objectCues[d.Tokens[k].Lower] {
		return doc.Attribution{}, false
	}
	src, ok := x.subject(k)
	if !ok || !x.canHoldView(src.first, src.limit) {
		return doc.Attribution{}, false
	}
	c := x.cueEnd(k)
	// "called for", "called on", "pointed to": the particle is the cue's.
	if c < end {
		switch d.Tokens[c].Lower {
		case "for", "on", "to", "out":
			// "called for an inquiry" keeps its particle in the cue;
			// "declined to comment", "wants to cut" keep the infinitive
			// in the content.
			if !(d.Tokens[c].Lower == "to" && c+1 < end && !nounStart(d, c+1)) && d.Tokens[k].Lower != "wants" && d.Tokens[k].Lower != "want" && !strings.HasPrefix(d.Tokens[k].Lower, "plan") {
				c++
			}
		}
	}
	if c < end {
		if p := syntax.POS(d, c); p == "AUX" || p == "VERB" && !strings.HasSuffix(d.Tokens[c].Lower, "ing") {
			// "the letters Mutai described could not be verified": the cue
			// sits in a relative clause; what follows is the main verb.
			return doc.Attribution{}, false
		}
	}
	e := x.contentEnd(c, end)
	if e-c < 2 {
		return doc.Attribution{}, false
	}
	return x.mk(src, d.TokenSpan(x.cueStart(k), c), d.TokenSpan(c, e), doc.Indirect), true
}

// weakOK accepts a weak cue at a sentence end: ", officials estimated."
func (x *extractor) weakOK(k int) bool {
	switch cueLemma[x.tok(k).Lower] {
	case "estimate", "report", "suggest", "believe", "think", "deny", "confirm", "indicate", "show", "find", "fear":
		return true
	}
	return false
}

// restIsTail reports whether tokens [i, end) are only a tail that can follow
// an attribution: a time, a place where it was said, a hearer.
func (x *extractor) restIsTail(i, end int) bool {
	d := x.d
	for k := i; k < end; k++ {
		t := d.Tokens[k].Lower
		p := syntax.POS(d, k)
		if t == "that" || t == "," && k+1 < end && d.Tokens[k+1].Lower == "that" {
			return false
		}
		if t == "," && k+1 < end && strings.HasSuffix(d.Tokens[k+1].Lower, "ing") && syntax.POS(d, k+1) == "VERB" {
			// ", ending steelmaking in the town": a participle clause on
			// the main clause, not the content of the cue.
			return true
		}
		if (p == "VERB" || p == "AUX") && !(t == "adding" || t == "saying") {
			return false
		}
		if (t == "adding" || t == "saying") && k > i {
			return true
		}
	}
	return end-i <= 12
}

// leading handles `X said (that) CONTENT` and `X told reporters CONTENT`.
func (x *extractor) leading(k, first, end int) (doc.Attribution, bool) {
	d := x.d
	src, ok := x.subject(k)
	if !ok {
		return doc.Attribution{}, false
	}
	c := x.contentStart(k, end)
	if c >= end {
		return doc.Attribution{}, false
	}
	hasThat := d.Tokens[c].Lower == "that" || isWh(d.Tokens[c].Lower) && strong[d.Tokens[k].Lower]
	if !strong[d.Tokens[k].Lower] && !hasThat {
		return x.parsedContent(k, src, end)
	}
	if !hasThat && !x.clauseFollows(c, end) && !(cueLemma[d.Tokens[k].Lower] == "say" && x.sayContent(c, end)) {
		return x.parsedContent(k, src, end)
	}
	cEnd := x.contentEnd(c, x.relativeEnd(src, c, end))
	if cEnd <= c {
		return doc.Attribution{}, false
	}
	return x.mk(src, d.TokenSpan(x.cueStart(k), x.cueEnd(k)), d.TokenSpan(c, cEnd), doc.Indirect), true
}

// relativeEnd ends the content of a cue inside a non-restrictive relative
// clause ("Berg, who said the dam was sound, resigned") at the comma before
// the main clause's verb.
func (x *extractor) relativeEnd(src srcSpan, c, end int) int {
	d := x.d
	if src.limit != src.first+1 || src.first == 0 || d.Tokens[src.first-1].Text != "," {
		return end
	}
	if w := d.Tokens[src.first].Lower; w != "who" && w != "which" {
		return end
	}
	for k := c + 1; k+1 < end; k++ {
		if d.Tokens[k].Text != "," {
			continue
		}
		j := k + 1
		for j < end && syntax.POS(d, j) == "ADV" {
			j++
		}
		if j < end {
			if p := syntax.POS(d, j); p == "VERB" || p == "AUX" {
				return k
			}
		}
	}
	return end
}

// sayContent: after "say" almost anything is content; only a few words make
// it something else ("said goodbye", "said to be", "said nothing").
func (x *extractor) sayContent(c, end int) bool {
	if end-c < 3 {
		return false
	}
	switch x.d.Tokens[c].Lower {
	case "to", "goodbye", "hello", "nothing", "something", "so", "thanks", "little", "yes", "no":
		return false
	}
	return true
}

// clauseFollows: a strong cue without "that" must be followed by a clause
// (a subject and a verb), not a direct object ("said goodbye").
func (x *extractor) clauseFollows(c, end int) bool {
	d := x.d
	if x.inQuote[c] != 0 {
		return true
	}
	switch d.Tokens[c].Lower {
	case "he", "she", "they", "we", "i", "you", "there", "it":
		// A subject pronoun opens a clause.
		return true
	}
	np := syntax.NounPhraseStartingAt(d, c, true)
	if np == c {
		return false
	}
	for k := np; k < end && k < np+4; k++ {
		p := syntax.POS(d, k)
		if p == "AUX" || p == "VERB" {
			return true
		}
		if p != "ADV" && p != "PART" {
			return false
		}
	}
	return false
}

// maxContent caps an indirect content, in tokens: text with no sentence
// breaks (a run-on transcript, a table) must not make every cue in it claim
// everything after it.
const maxContent = 120

// contentEnd ends an indirect content at a clause that starts another
// attribution (", while X estimates that …") or at the sentence end.
func (x *extractor) contentEnd(c, end int) int {
	d := x.d
	if end > c+maxContent {
		end = c + maxContent
	}
	for k := c + 1; k < end; k++ {
		t := d.Tokens[k].Lower
		if t == ";" {
			return k
		}
		if t == "," && participleCues[d.Tokens[k+1].Lower] && k+1 < end {
			// ", saying …": the participle opens an attribution of its own.
			return k
		}
		if syntax.IsQuote(t) && d.Tokens[k-1].Text == "," && k+1 < end && participleCues[d.Tokens[k+1].Lower] {
			// `…,” adding …`: the same after a quotation.
			return k + 1
		}
		if t == "," && k+1 < end && x.inQuote[k+1] == 0 && d.Tokens[k+1].Tag == "VBG" && d.Tokens[k+1].Dep == "advcl" {
			// ", declaring that …", ", often by guessing": a participle
			// clause on the main clause, which the annotators leave out
			// of the content.
			return k
		}
		if t == "," && k+2 < end && d.Tokens[k+1].Lower == "according" && d.Tokens[k+2].Lower == "to" {
			// "…, according to X": the source of another attribution.
			return k
		}
		if t == "(" && k > c+2 && x.inQuote[k] == 0 {
			// A bracket opens an aside of the writer's. A dash does not
			// end the content: PolNeAR keeps what follows it ("— a
			// decline that took hold …", "- which include radio ads -
			// will pay off") about as often as not, and more often on dev.
			return k
		}
		if (t == "and" || t == "but") && k+1 < end && (x.isCue(k+1) || syntax.POS(d, k+1) == "ADV" && k+2 < end && x.isCue(k+2)) {
			// "denied that … and said …": a second cue of the same source.
			return k
		}
		if (t == "while" || t == "whereas" || t == "but") && d.Tokens[k-1].Text == "," {
			// Does another attribution follow?
			for j := k + 1; j < end && j < k+14; j++ {
				if x.isCue(j) {
					if _, ok := x.subject(j); ok {
						return k - 1
					}
				}
			}
		}
	}
	return end
}

// contentStart returns where the content of cue k begins: after a hearer
// ("told reporters"), where and when it was said ("in a statement", "outside
// the main gate", "earlier this month"), and commas or a colon; at "that"
// when one follows such phrases.
func (x *extractor) contentStart(k, end int) int {
	d := x.d
	c := x.cueEnd(k)
	if objectTakingCues[cueLemma[d.Tokens[k].Lower]] {
		if e := syntax.NounPhraseStartingAt(d, c, false); e > c {
			c = e
		}
	}
	c = x.skipSpeechPP(c, end)
scan:
	for j := c; j < end && j < c+8; j++ {
		switch d.Tokens[j].Lower {
		case "that":
			if !x.relativeThat(j) {
				return j
			}
			if j == c {
				// "said in a letter that was mailed to parents:": the
				// clause is the letter's, and the cue has no content here.
				return end
			}
			// "want policies that create jobs": the clause is the
			// object's, and the content starts with the object.
			break scan
		case "how", "why", "whether", "what", "when", "where":
			// "told a podcast host on Sunday how tired the players were".
			if j > c || x.isCue(k) && strong[d.Tokens[k].Lower] {
				return j
			}
		}
		if p := syntax.POS(d, j); p == "VERB" || p == "AUX" || p == "PUNCT" || x.inQuote[j] != 0 {
			break
		}
	}
	for c < end && (d.Tokens[c].Text == "," || d.Tokens[c].Text == ":") {
		c++
	}
	return c
}

// skipSpeechPP skips "in a statement", "on Tuesday", "at a briefing",
// "earlier this week" after a cue.
func (x *extractor) skipSpeechPP(c, end int) int {
	d := x.d
	for c < end {
		t := d.Tokens[c].Lower
		if syntax.POS(d, c) == "ADP" && t != "of" && t != "that" {
			e := syntax.NounPhraseStartingAt(d, c+1, true)
			if e > c+1 {
				c = e
				continue
			}
		}
		if isTimeWord(t) {
			c++
			continue
		}
		break
	}
	return c
}

func isTimeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
		"tonight", "week", "month", "year", "morning", "afternoon", "evening", "night", "earlier", "later", "recently":
		return true
	}
	return false
}

// span of a source: tokens [first, limit).
type srcSpan struct{ first, limit int }

// subject finds the source of cue k: the noun phrase before it (skipping
// adverbs and auxiliaries: "has also said"), or the parser's nsubj.
func (x *extractor) subject(k int) (srcSpan, bool) {
	if src, ok := x.withSource(k); ok {
		return src, true
	}
	src, ok := x.surfaceSubject(k)
	if ok {
		src = x.parsedExtent(k, src)
	}
	return src, ok
}

// itSays reports whether "it" at s is the subject of an active verb of
// saying at k ("It said it would appeal", "it adds that"): a company, an ad
// or a report speaking, which annotators attribute to "It". A "be" between
// them ("it is said", "it was reported") or a non-saying verb ("it seems")
// leaves "it" the dummy subject it is then.
func (x *extractor) itSays(s, k int) bool {
	if !strong[x.d.Tokens[k].Lower] || x.d.Tokens[k].Lower == "continued" || x.d.Tokens[k].Lower == "continues" {
		return false
	}
	for i := s + 1; i < k; i++ {
		if x.d.Tokens[i].Lemma == "be" || cueLemma[x.d.Tokens[i].Lower] == "" && syntax.POS(x.d, i) != "ADV" && syntax.POS(x.d, i) != "AUX" {
			return false
		}
	}
	return true
}

// dropFronted cuts a fronted adverbial off a source: "In Oregon, early
// polls suggested", "All at once, rural voters saw" — a source that
// opens with a preposition, subordinator or adverb and has a comma starts
// after the comma.
func (x *extractor) dropFronted(src srcSpan) srcSpan {
	d := x.d
	if src.limit-src.first < 3 {
		return src
	}
	switch syntax.POS(d, src.first) {
	case "ADP", "SCONJ", "ADV", "CCONJ":
	default:
		if w := d.Tokens[src.first].Lower; w != "all" {
			return src
		}
	}
	for i := src.first + 1; i < src.limit-1; i++ {
		if d.Tokens[i].Text == "," {
			if i+1 < src.limit && x.canHoldView(i+1, src.limit) {
				return srcSpan{i + 1, src.limit}
			}
			break
		}
	}
	return src
}

// surfaceSubject is subject without the parse's refinement of the span.
func (x *extractor) surfaceSubject(k int) (srcSpan, bool) {
	d := x.d
	first, _ := x.sentBounds(k)
	i := x.cueStart(k) - 1
	if i > first && d.Tokens[i].Lower == "and" {
		// "The ministry denied … and said …": the same source.
		for j := len(x.out) - 1; j >= 0; j-- {
			a := x.out[j]
			if a.Source != nil && a.Sentence == d.Tokens[k].Sent {
				s, l := d.TokenAt(a.Source.Start), d.TokenAt(a.Source.End-1)
				return srcSpan{s, l + 1}, true
			}
		}
	}
	if i == k-1 && x.nameBeforeCue(k) {
		// "Jolly said", "Mark Cuban said": a surname the tagger reads
		// as an adverb, adjective or verb.
		s := i
		if i-1 >= first && syntax.POS(d, i-1) == "PROPN" {
			if a := syntax.NounPhraseEndingAt(d, i-1); a >= first {
				s = a
			}
		}
		return srcSpan{s, i + 1}, true
	}
	for i >= first && (syntax.POS(d, i) == "ADV" || syntax.POS(d, i) == "PART" && d.Tokens[i].Lower != "to") {
		i--
	}
	if i < first || x.inQuote[i] != 0 {
		return srcSpan{}, false
	}
	if w := d.Tokens[i].Lower; (w == "and" || w == "but") && i > first {
		// "Carson admitted the error but said …": the subject of the
		// clause the cue's verb phrase is joined to.
		if s, lim := x.mainSubject(first, i); s >= 0 {
			return srcSpan{s, lim}, true
		}
		return srcSpan{}, false
	}
	s, lim := syntax.SubjectEndingAt(d, i)
	if s < first || s < 0 || s > first && syntax.POS(d, s-1) == "ADP" && d.Tokens[s-1].Lower != "of" {
		// No noun phrase, or only the object of a preposition ("on
		// Monday concluded"): ask the parser.
		return x.parsedSubject(k)
	}
	// A restrictive relative clause belongs to its head: "Former officials
	// who spoke with the Post said", "Republicans who critiqued the speech
	// argued".
	for j := s - 1; j > first && j >= s-12; j-- {
		w := d.Tokens[j].Lower
		if w == "," || w == ";" || x.inQuote[j] != 0 {
			break
		}
		if w != "who" {
			continue
		}
		if d.Tokens[j-1].Text == "," {
			break
		}
		if a := syntax.NounPhraseEndingAt(d, j-1); a >= first && a >= 0 && syntax.POS(d, j-1) != "PRON" {
			s = a
		}
		break
	}
	// Coordinated sources: "Kim and Putin acknowledged …".
	for s-2 >= first && d.Tokens[s-1].Lower == "and" {
		p, ok := x.conjunctStart(s-2, first)
		if !ok {
			break
		}
		s = p
	}
	if d.Tokens[s].Lower == "there" || d.Tokens[s].Lower == "it" && !x.itSays(s, k) {
		return srcSpan{}, false
	}
	if w := d.Tokens[s].Lower; (w == "who" || w == "which" || w == "that") && s > first {
		// "Sanders, who said …": the source span is the relative pronoun,
		// as annotators mark it; the speaker is its antecedent (see
		// antecedent).
		j := s - 1
		if d.Tokens[j].Text == "," {
			j--
		}
		a := syntax.NounPhraseEndingAt(d, j)
		if a < first || a < 0 {
			return srcSpan{}, false
		}
		return srcSpan{s, s + 1}, true
	}
	if d.Tokens[i].Text == "," && lim == i {
		// "Anna Berg, a doctor at the hospital, said": the appositive's
		// closing comma belongs to the source, as PolNeAR and PARC mark it.
		lim = i + 1
	}
	return srcSpan{s, lim}, true
}

// conjunctStart returns where the speaker ending at e, before an "and"
// that joins it to the next, starts: "Kim and Putin acknowledged". A
// phrase that is the object of a verb or preposition is no speaker (see
// objectBefore), except after a preposition inside the speaker's own
// phrase, which the speaker takes in ("Officials at the port and the
// police said", "Heads of both guilds and the warden said").
func (x *extractor) conjunctStart(e, first int) (int, bool) {
	d := x.d
	p := syntax.NounPhraseEndingAt(d, e)
	if p < first || p < 0 {
		return 0, false
	}
	if syntax.POS(d, e) == "PROPN" || !x.objectBefore(p, first) {
		return p, true
	}
	if p-2 < first || syntax.POS(d, p-1) != "ADP" {
		return 0, false
	}
	q := syntax.NounPhraseEndingAt(d, p-2)
	if q < first || q < 0 || x.objectBefore(q, first) {
		return 0, false
	}
	return q, true
}

// objectBefore reports whether the noun phrase opening at p is the object
// of a verb or preposition just before it, so that an "and" after it joins
// two clauses, not two speakers: "Reyes called him a liar and the Ledger
// said …", "won the county and Ortiz conceded …". The caller keeps a name
// before "and" ("praised by the Ledger and the Courier"), which is as
// often a second speaker as not.
func (x *extractor) objectBefore(p, first int) bool {
	if p <= first {
		return false
	}
	switch syntax.POS(x.d, p-1) {
	case "VERB", "AUX", "ADP", "PRON":
		return true
	}
	return false
}

// parsedContent falls back on the parser where the surface rules find no
// content: the cue's clausal complement (ccomp) subtree.
func (x *extractor) parsedContent(k int, src srcSpan, end int) (doc.Attribution, bool) {
	d := x.d
	if d.Tokens[k].Dep == "" {
		return doc.Attribution{}, false
	}
	cc := syntax.Child(d, k, "ccomp")
	if cc <= k {
		return doc.Attribution{}, false
	}
	f, l := syntax.Subtree(d, cc)
	if l > end {
		l = end
	}
	if f <= k || l-f < 2 || x.inQuoteRange(f, l) {
		return doc.Attribution{}, false
	}
	return x.mk(src, d.TokenSpan(x.cueStart(k), x.cueEnd(k)), d.TokenSpan(f, l), doc.Indirect), true
}

// parsedSubject falls back on the parser where the surface rules find no
// source: the cue's nsubj with its whole subtree ("Investigators in the
// port city concluded …").
func (x *extractor) parsedSubject(k int) (srcSpan, bool) {
	d := x.d
	if d.Tokens[k].Dep == "" {
		return srcSpan{}, false
	}
	j := syntax.Child(d, k, "nsubj")
	if j < 0 || j >= k {
		return srcSpan{}, false
	}
	f, l := syntax.Subtree(d, j)
	if l > k {
		l = k
	}
	for l > f && d.Tokens[l-1].Text == "," {
		l--
	}
	if w := d.Tokens[f].Lower; w == "it" || w == "there" || w == "who" || w == "which" || w == "that" || x.inQuoteRange(f, l) {
		return srcSpan{}, false
	}
	return srcSpan{f, l}, true
}

// appositive extends a source ending at limit over ", a spokeswoman for the
// agency," — PolNeAR counts appositives as part of the source.
func (x *extractor) appositive(limit int) int {
	d := x.d
	if limit+1 >= len(d.Tokens) || d.Tokens[limit].Text != "," {
		return limit
	}
	if d.Tokens[limit].Sent != d.Tokens[limit-1].Sent {
		return limit
	}
	t := d.Tokens[limit+1].Lower
	if t != "a" && t != "an" && t != "the" && syntax.POS(d, limit+1) != "NOUN" && syntax.POS(d, limit+1) != "PROPN" && syntax.POS(d, limit+1) != "ADJ" && t != "who" {
		return limit
	}
	e := syntax.NounPhraseStartingAt(d, limit+1, true)
	if e <= limit+1 {
		return limit
	}
	// A relative clause may finish it: "a group that tracks …", "a teacher
	// who lost her house" — up to the next comma or the sentence end.
	if e < len(d.Tokens) && (d.Tokens[e].Lower == "that" || d.Tokens[e].Lower == "who") {
		j := e + 1
		for ; j < len(d.Tokens) && d.Tokens[j].Sent == d.Tokens[limit].Sent; j++ {
			if d.Tokens[j].Text == "," {
				return j
			}
		}
		for j > e+1 && isFinal(d.Tokens[j-1].Text) {
			j--
		}
		return j
	}
	// The appositive must end the clause: a comma, the sentence end or a
	// quote follows ("unemployment in the district stood …" is no
	// appositive).
	if e < len(d.Tokens) && d.Tokens[e].Sent == d.Tokens[limit].Sent {
		switch d.Tokens[e].Text {
		case ",", ".", ";", ":", "\"", "”", "—":
		default:
			return limit
		}
	}
	return e
}

// skipAdverbs skips "also", "has", "had" before a cue.
func (x *extractor) skipAdverbs(i int) int {
	d := x.d
	if i < len(d.Tokens) && d.Tokens[i].Text == "," {
		i++
	}
	for i < len(d.Tokens) {
		p := syntax.POS(d, i)
		if p == "ADV" || p == "AUX" {
			i++
			continue
		}
		break
	}
	return i
}

// cueStart takes auxiliaries into the cue ("has said", "had warned").
func (x *extractor) cueStart(k int) int {
	d := x.d
	first, _ := x.sentBounds(k)
	s := k
	progressive := strings.HasSuffix(d.Tokens[k].Lower, "ing")
	for s-1 >= first {
		t := d.Tokens[s-1].Lower
		if s == k && x.nameBeforeCue(k) {
			break
		}
		if progressive && (t == "is" || t == "are" || t == "was" || t == "were" || t == "'s" || t == "’s" || t == "'re" || t == "’re" || t == "been" || t == "be") && s-1 > first {
			// "is demanding", "’s claiming": the progressive's auxiliary.
			s--
			continue
		}
		if (t == "has" || t == "have" || t == "had" || t == "will" || t == "would" || t == "did" || t == "does" || t == "do") && d.Tokens[s-1].POS != "PROPN" {
			s--
			continue
		}
		if cueAdverbs[t] && s-1 > first {
			// "also said", "has repeatedly said", "did not mention":
			// annotators keep these in the cue.
			s--
			continue
		}
		if x.cueModifier(s-1, k) {
			s--
			continue
		}
		break
	}
	return s
}

// cueModifier reports whether token i, just before the cue verb k's group,
// belongs to it by the parse: an auxiliary or modal ("could favor", "’s
// predicted", "was asked"), a negation, or an adverb on the verb ("have
// vigorously denied", "only briefly explained"). PolNeAR keeps these in the
// cue far more often than not.
func (x *extractor) cueModifier(i, k int) bool {
	t := &x.d.Tokens[i]
	if t.Dep == "" || t.POS == "PROPN" || x.inQuote[i] != 0 {
		return false
	}
	h := t.Head
	switch {
	case t.POS == "AUX" && h == k:
		return depIs(t.Dep, "aux")
	case t.POS == "PART" && (t.Lower == "not" || t.Lower == "n't" || t.Lower == "n’t"):
		return h == k
	case t.POS == "ADV" && t.Dep == "advmod":
		return h == k || h > i && h < k && x.d.Tokens[h].POS == "ADV"
	}
	return false
}

var cueAdverbs = map[string]bool{
	"also": true, "later": true, "now": true, "never": true, "not": true, "n't": true, "n’t": true, "previously": true,
	"again": true, "once": true, "publicly": true, "privately": true, "repeatedly": true, "often": true,
	"even": true, "still": true, "already": true, "recently": true, "frequently": true, "long": true,
}

// cueEnd takes in the particles "out" and "back" and the "it" of "put it".
func (x *extractor) cueEnd(k int) int {
	d := x.d
	if k+1 < len(d.Tokens) {
		switch d.Tokens[k+1].Lower {
		case "out", "back":
			// "pointed out", "shot back", "pushed back".
			return k + 2
		case "it":
			if cueLemma[d.Tokens[k].Lower] == "put" {
				// "as Vulture put it, …".
				return k + 2
			}
		case ":":
			// "said:" before a quotation: PolNeAR and PARC keep the colon
			// in the cue.
			return k + 2
		}
	}
	return k + 1
}

// source builds the source span of tokens [first, limit) after trimming
// trailing commas.
func (x *extractor) source(first, limit int) srcSpan {
	for limit > first && x.d.Tokens[limit-1].Text == "," {
		limit--
	}
	return srcSpan{first, limit}
}

func (x *extractor) mark(first, limit int) {
	for k := first; k < limit && k < len(x.used); k++ {
		x.used[k] = true
	}
}

// mk assembles an attribution and links its source to an entity.
func (x *extractor) mk(src srcSpan, cue, content doc.Span, kind string) doc.Attribution {
	d := x.d
	a := doc.Attribution{Cue: cue, Content: content, Kind: kind, Sentence: d.SentenceAt(cue.Start)}
	if a.Sentence < 0 {
		a.Sentence = d.SentenceAt(content.Start)
	}
	src = x.issuerOf(x.timeSource(x.dropDateline(x.dropFronted(src))))
	if src.limit > src.first {
		s := d.TokenSpan(src.first, src.limit)
		a.Source = &s
		x.mark(src.first, src.limit)
	}
	if cue.End > cue.Start {
		ci := d.TokenAt(cue.Start)
		cj := d.TokenAt(cue.End - 1)
		if ci >= 0 && cj >= 0 {
			x.mark(ci, cj+1)
		}
	}
	return a
}

// add records an attribution, resolving the speaker, and remembers it for
// quotes that continue in the next paragraph.
func (x *extractor) add(a doc.Attribution) {
	d := x.d
	if x.onlyTime(a.Content) {
		// "tweeted Friday", "did not immediately respond Wednesday": the
		// cue's complement is missing and the parse or the scan took the
		// time after it for the content. A time says nothing.
		if a.Source != nil {
			x.timeOnly = append(x.timeOnly, *a.Source)
		}
		return
	}
	if a.Source != nil {
		a.Entity, a.Speaker = speaker(d, x.antecedent(*a.Source))
		src := *a.Source
		x.lastSource = &src
		x.lastEntity = a.Entity
		x.lastPara = d.Sentences[a.Sentence].Paragraph
	} else if a.Entity != "" {
		for _, e := range d.Entities {
			if e.ID == a.Entity {
				a.Speaker = e.Canonical
			}
		}
	}
	if a.Speaker == "" && a.Source != nil {
		a.Speaker = a.Source.Text
	}
	if a.Kind == doc.Indirect && x.holdsQuote(a.Content) {
		a.Kind = doc.Mixed
	}
	// Content continues past the cue's paragraph: record the paragraph of
	// the content's end for continuation.
	if cs := d.SentenceAt(a.Content.End - 1); cs >= 0 && a.Source != nil {
		x.lastPara = d.Sentences[cs].Paragraph
	}
	x.out = append(x.out, a)
}

// antecedent returns, for a source that is a relative pronoun ("Sanders,
// who said …"), the noun phrase it stands for; any other source as it is.
func (x *extractor) antecedent(src doc.Span) doc.Span {
	d := x.d
	switch strings.ToLower(src.Text) {
	case "who", "which", "that":
	default:
		return src
	}
	i := d.TokenAt(src.Start)
	if i <= 0 {
		return src
	}
	first, _ := x.sentBounds(i)
	j := i - 1
	if d.Tokens[j].Text == "," {
		j--
	}
	a := syntax.NounPhraseEndingAt(d, j)
	if a < first || a < 0 {
		return src
	}
	return d.TokenSpan(a, j+1)
}

// speaker returns the entity and canonical name of a source span. The
// source's head is what comes before its first comma ("Daniel Kiprono, a
// doctor at Saruni District Hospital" → Daniel Kiprono, not the hospital);
// a person or organisation named there wins, longest first; a country or
// nationality only when it is the whole head ("Russia said"), not a
// modifier ("Cambodia's Defence Ministry", "South Korea's intelligence
// agency"). With no entity the speaker is the head's text.
func speaker(d *doc.Document, src doc.Span) (string, string) {
	head := src
	if i := strings.IndexAny(src.Text, ",("); i > 0 {
		head = d.Span(src.Start, src.Start+utf8.RuneCountInString(src.Text[:i]))
		head.Text = strings.TrimSpace(head.Text)
	}
	best, bestLen := -1, 0
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			if m.Start < head.Start || m.End > head.End {
				continue
			}
			l := m.End - m.Start
			if rest := d.Slice(m.End, head.End); strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
				// "Brenzhausen's mayor": the name only modifies the head.
				continue
			}
			switch e.Type {
			case doc.Person, doc.Org:
			case doc.GPE, doc.NORP, doc.Loc:
				// Only as the whole head, give or take a determiner.
				if l < utf8.RuneCountInString(strings.TrimPrefix(strings.TrimPrefix(head.Text, "The "), "the ")) {
					continue
				}
				l = 0 // people and organisations first
			default:
				continue
			}
			if best < 0 || l > bestLen {
				best, bestLen = i, l
			}
		}
	}
	if best < 0 || d.Entities[best].Type != doc.Person && d.Entities[best].Type != doc.Org {
		// "Brenzhausen's mayor, Thomas Reiter": a role in the head, the
		// person in the appositive.
		for i := range d.Entities {
			e := &d.Entities[i]
			if e.Type != doc.Person {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start >= head.End && m.End <= src.End && !m.Pronoun {
					return e.ID, e.Canonical
				}
			}
		}
	}
	if best < 0 {
		return "", head.Text
	}
	e := &d.Entities[best]
	if e.Type == doc.Person && strings.Contains(head.Text, " and ") {
		// "Kim and Putin acknowledged": every person named speaks.
		var names []string
		for i := range d.Entities {
			if d.Entities[i].Type != doc.Person {
				continue
			}
			for _, m := range d.Entities[i].Mentions {
				if m.Start >= head.Start && m.End <= head.End {
					names = append(names, d.Entities[i].Canonical)
					break
				}
			}
		}
		if len(names) > 1 {
			return "", strings.Join(names, " and ")
		}
	}
	return e.ID, e.Canonical
}

func isWh(w string) bool {
	switch w {
	case "how", "why", "whether", "what", "when", "where":
		return true
	}
	return false
}

// inQuoteRange reports whether any token of [f, l) is inside a quotation.
func (x *extractor) inQuoteRange(f, l int) bool {
	for k := f; k < l; k++ {
		if x.inQuote[k] != 0 {
			return true
		}
	}
	return false
}

// holdsQuote reports whether a content span contains a quotation.
func (x *extractor) holdsQuote(sp doc.Span) bool {
	i := x.d.TokenAt(sp.Start)
	if i < 0 {
		return false
	}
	for ; i < len(x.d.Tokens) && x.d.Tokens[i].End <= sp.End; i++ {
		if x.inQuote[i] != 0 {
			return true
		}
	}
	return false
}

func isFinal(s string) bool {
	switch s {
	case ".", "!", "?", "…", "...":
		return true
	}
	return false
}

// LinkFigures sets Figure.Attribution to the attribution whose content
// holds the figure, so every number carries who gave it; a figure in the
// article's own voice keeps a nil attribution.
func LinkFigures(d *doc.Document) {
	// Attributions are in content order; each figure looks at the ones whose
	// content starts before it, nearest first, and at most 64 of them, so
	// long documents stay linear.
	var nominal []bool
	if len(d.Figures) > 0 {
		nominal = make([]bool, len(d.Attributions))
		for j := range d.Attributions {
			nominal[j] = nominalContent(d, &d.Attributions[j])
		}
	}
	for i := range d.Figures {
		f := &d.Figures[i]
		k := sort.Search(len(d.Attributions), func(j int) bool { return d.Attributions[j].Content.Start > f.Start })
		best := -1
		for j := k - 1; j >= 0 && j >= k-64; j-- {
			a := &d.Attributions[j]
			if a.InContent(f.Start, f.End) && !nominal[j] {
				if best < 0 || a.Content.Len() < d.Attributions[best].Content.Len() {
					best = j
				}
			}
		}
		if best >= 0 {
			id := d.Attributions[best].ID
			f.Attribution = &id
		}
	}
}

// colonLines handles "Name: words" — headlines ("Pat Lee: Voters Are
// Worried") and transcripts ("WALLACE: Let's start…"): a short name or noun
// phrase opening a paragraph, a colon, then the content to the paragraph's
// end.
func (x *extractor) colonLines() {
	d := x.d
	for si, s := range d.Sentences {
		if si > 0 && d.Sentences[si-1].Paragraph == s.Paragraph {
			continue
		}
		// The colon must come within the first five tokens, after a name
		// (a transcript line may open with a quote mark).
		first := s.First
		if syntax.IsQuote(d.Tokens[first].Text) {
			first++
		}
		span := 5
		if si == 0 {
			span = titleColonSpan
		}
		for k := first + 1; k < s.Limit && k <= first+span; k++ {
			if d.Tokens[k].Text != ":" {
				continue
			}
			if x.used[k] || x.inQuote[k] != 0 && first == s.First || k+1 >= len(d.Tokens) {
				break
			}
			if k == first+1 && labelWords[d.Tokens[first].Lower] || columnLabels[d.Tokens[k-1].Lower] {
				// "Q: …" / "A: …" in an interview transcript, "Contributing:"
				// and "Breaking:" are labels, not speakers.
				break
			}
			allNames := true
			for j := first; j < k; j++ {
				if p := syntax.POS(d, j); p != "PROPN" && !isUpper(d.Tokens[j].Text) && !(j > first && (p == "PUNCT" || d.Tokens[j].Lower == "of" || d.Tokens[j].Lower == "'s")) {
					allNames = false
				}
			}
			if !(allNames && k <= first+5) && !(si == 0 && x.titleSpeaker(first, k)) {
				break
			}
			// The content runs to the end of the paragraph.
			last := k + 1
			for last < len(d.Tokens) && d.Sentences[d.Tokens[last].Sent].Paragraph == s.Paragraph {
				last++
			}
			end := last
			for end > k+1 && isFinal(d.Tokens[end-1].Text) {
				end--
			}
			if end-(k+1) < 3 || si == 0 && x.titleQuestion(k+1, last) || x.nameList(k+1, end) || !x.loneSpeaker(first, k) {
				break
			}
			src, cue := srcSpan{first, k}, d.TokenSpan(k, k+1)
			if k-first > 1 && x.invertedLead(first) {
				// "Added Ruiz: …": the verb is the cue, the name the source
				// (the cue is one span, so it cannot take the colon past
				// the name; "Said Ruiz, …" is read the same way).
				src, cue = srcSpan{first + 1, k}, d.TokenSpan(first, first+1)
			}
			x.add(x.mk(src, cue, d.TokenSpan(k+1, end), doc.Direct))
			x.mark(k+1, end)
			break
		}
	}
}

func isUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// nominalContent reports whether an attribution's content is a noun phrase
// the source names rather than a statement it makes ("Norder Stahl blamed
// high electricity prices and the 50 percent tariff"): a figure inside it
// is the article's, not the source's. It needs the parse; quotations and
// clauses are statements.
func nominalContent(d *doc.Document, a *doc.Attribution) bool {
	if a.Kind == doc.Direct || a.Kind == doc.Mixed {
		return false
	}
	f, l := d.TokenAt(a.Content.Start), d.TokenAt(a.Content.End-1)
	if f < 0 || l < f || d.Tokens[f].Dep == "" {
		return false
	}
	root := -1
	for k := f; k <= l; k++ {
		if h := d.Tokens[k].Head; h >= f && h <= l || d.Tokens[k].Dep == "punct" {
			continue
		}
		if root >= 0 {
			return false
		}
		root = k
	}
	if root < 0 {
		return false
	}
	switch d.Tokens[root].POS {
	case "NOUN", "PROPN", "PRON":
	default:
		return false
	}
	// A copular clause has a nominal root too ("the number is nearly
	// 1,400"): its subject and copula make it a statement.
	for k := f; k <= l; k++ {
		if d.Tokens[k].Head == root && (strings.HasPrefix(d.Tokens[k].Dep, "nsubj") || d.Tokens[k].Dep == "cop") {
			return false
		}
	}
	return true
}
