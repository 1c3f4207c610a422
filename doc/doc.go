// Package doc is crosscheck's document model: one Article, its text, and every
// annotation the analyser adds to it (tokens, sentences, entities, times,
// figures, attributions, verification markers, claims and findings).
//
// Every pipeline step reads and writes the same *Document, in the spirit of
// spaCy's Doc/Token/Span: steps never re-tokenise, and all of them agree on
// offsets. Public offsets (Start, End) count Unicode code points from the start
// of Article.Text, end exclusive, because that is what JSON consumers in other
// languages index by; byte offsets are kept alongside, unexported from JSON, for
// Go code that slices the text.
//
// The JSON encoding of Document is crosscheck's public contract; it is
// described by docs/schema/document.schema.json and validated by tests.
package doc

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"
)

// SchemaVersion names the version of the JSON contract a Document encodes to.
const SchemaVersion = "crosscheck/v1"

// Article is one news article as a reader produced it.
type Article struct {
	// ID is a content hash of Text (see ContentID): the same text read from
	// any source gets the same ID, which makes storage idempotent.
	ID     string `json:"id"`
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title,omitempty"`
	// Published anchors relative times ("last week"); zero when unknown.
	Published time.Time `json:"-"`
	Text      string    `json:"-"`
	// Language is an ISO 639-1 code when a reader or detector knows it.
	Language string `json:"language,omitempty"`
	// Origin says where the article was read from (file name, feed item,
	// WARC record); it is for error messages and provenance.
	Origin string `json:"origin,omitempty"`
}

// ContentID returns the content hash used as Article.ID: the first 16 bytes
// of SHA-256 over the UTF-8 text, hex encoded.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// MarshalJSON writes Published as a date ("2025-08-28") when it has no time of
// day, as RFC 3339 otherwise, and null when unknown.
func (a Article) MarshalJSON() ([]byte, error) {
	type plain Article
	var pub *string
	if !a.Published.IsZero() {
		s := FormatPublished(a.Published)
		pub = &s
	}
	return json.Marshal(struct {
		plain
		Published *string `json:"published"`
	}{plain(a), pub})
}

// FormatPublished formats a publication time the way the contract does.
func FormatPublished(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// Span is a stretch of the article text. Start and End are code-point
// offsets, End exclusive.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Len is the span's length in code points.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Token is one token of the text. Tag fields are empty until a tagger or
// parser has run.
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// ByteStart and ByteEnd index Article.Text in bytes.
	ByteStart int `json:"-"`
	ByteEnd   int `json:"-"`
	// Lower is the lower-cased text, kept because nearly every rule compares
	// against it.
	Lower string `json:"-"`
	// SpaceAfter is true when whitespace follows the token.
	SpaceAfter bool `json:"-"`
	// Sent is the index of the sentence the token belongs to.
	Sent int `json:"-"`
	// POS is the universal part of speech, Tag the Penn tag, Lemma the base
	// form; Head is the index of the syntactic head (-1 for the root) and Dep
	// the dependency label. All are optional.
	POS   string `json:"pos,omitempty"`
	Tag   string `json:"tag,omitempty"`
	Lemma string `json:"lemma,omitempty"`
	Head  int    `json:"head"`
	Dep   string `json:"dep,omitempty"`
	// Ent is the statistical NER's BILOU tag ("B-PERSON", "L-PERSON",
	// "U-GPE", "O"), empty when no NER has run. The entity step merges it
	// with its gazetteer and rules.
	Ent string `json:"ent,omitempty"`
}

// Sentence is a sentence of the text with the range of its tokens.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
	// First and Last+1 index Document.Tokens.
	First int `json:"-"`
	Limit int `json:"-"`
	// Paragraph counts blank-line-separated blocks from 0.
	Paragraph int `json:"paragraph"`
}

// Entity types.
const (
	Person  = "PERSON"
	Org     = "ORG"
	GPE     = "GPE"
	Loc     = "LOC"
	NORP    = "NORP"
	Event   = "EVENT"
	Product = "PRODUCT"
)

// Entity is one thing the article names, with every mention of it grouped
// under a canonical name ("Kim", "Kim Jong Un" and a resolved "He").
type Entity struct {
	ID string `json:"id"`
	// Text, Start and End are those of the first mention.
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Type      string    `json:"type"`
	Canonical string    `json:"canonical"`
	Mentions  []Mention `json:"mentions"`
	// Link names what a NORP or adjectival mention refers to ("North Korean"
	// → "North Korea"); Country is its ISO 3166-1 alpha-3 code when known.
	Link    string `json:"link,omitempty"`
	Country string `json:"country,omitempty"`
}

// Mention is one place an entity is named or referred to.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Pronoun marks a mention resolved from a pronoun ("he").
	Pronoun bool `json:"pronoun,omitempty"`
}

// Time types, as in TimeML.
const (
	Date      = "DATE"
	TimeOfDay = "TIME"
	Duration  = "DURATION"
	Set       = "SET"
)

// Time is a temporal expression with its TimeML value normalised against
// the publication date ("next week" → "2025-W36").
type Time struct {
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	// Value is the TimeML value: 2025-08-28, 2025-W36, P2Y, PT25M, PRESENT_REF…
	Value string `json:"value"`
	// Mod is the TimeML mod (APPROX, BEFORE, START, …) when the text says so.
	Mod string `json:"mod,omitempty"`
	// Anchor is the text of an event a relative expression is anchored to
	// ("two months after signing a treaty" → "signing a treaty").
	Anchor *Span `json:"anchor,omitempty"`
	// Range holds the TimeML values of both ends of an interval ("July
	// 13–15" → 2025-07-13, 2025-07-15); Value is then its start, but for
	// a duration counted from publication ("the past two weeks"), whose
	// Value stays its length (P2W).
	Range *[2]string `json:"range,omitempty"`
	// Zone is the time zone written with a clock time ("3pm EST" →
	// "EST"); Value keeps the clock time as written, with ISO's Z when
	// the zone is UTC.
	Zone string `json:"zone,omitempty"`
	// Sentence is the index of the sentence the time is in.
	Sentence int `json:"sentence"`
}

// Figure bounds.
const (
	Exact  = "exact"
	Approx = "approx"
	Lower  = "lower" // more than, at least, could exceed, over
	Upper  = "upper" // up to, fewer than, as many as
	Range  = "range" // "between 10 and 20", "dozens"
)

// Figure measures: what happened to what was counted. Where they fit they
// follow GDELT's count kinds.
const (
	Killed     = "killed"
	Wounded    = "wounded"
	Casualties = "casualties" // killed + wounded + captured + missing
	Captured   = "captured"
	Missing    = "missing"
	Deployed   = "deployed"
	Displaced  = "displaced"
	Arrested   = "arrested"
	Evacuated  = "evacuated"
	Affected   = "affected"
	Money      = "money"
	Percent    = "percent"
	Other      = "other"
)

// Figure is a number that counts or measures something.
type Figure struct {
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Value is set for a single value; Low and High for a range or a vague
	// quantity ("dozens" → 24..99). For a single value Low == High == Value.
	Value *float64 `json:"value"`
	Low   *float64 `json:"low"`
	High  *float64 `json:"high"`
	Bound string   `json:"bound"`
	// Hedge is the words that set the bound ("could exceed", "around").
	Hedge string `json:"hedge,omitempty"`
	// Unit is a currency code (USD, EUR…), "percent", "point", or a unit of
	// measure ("km"); empty for plain counts.
	Unit string `json:"unit,omitempty"`
	// Counted is the noun phrase the figure counts ("North Korean troops").
	Counted *Span  `json:"counted"`
	Measure string `json:"measure"`
	// Group is the entity (usually NORP or GPE) whose members are counted.
	Group string `json:"group,omitempty"`
	// PartOf is the ID of the figure this one is a part of ("600 of the
	// 15,000 deployed").
	PartOf *string `json:"part_of"`
	// Attribution is the ID of the attribution whose content holds the
	// figure; null when the article states it in its own voice.
	Attribution *string `json:"attribution"`
	Sentence    int     `json:"sentence"`
}

// Attribution kinds.
const (
	Direct      = "direct"   // "…," she said.
	Indirect    = "indirect" // She said that …
	Mixed       = "mixed"    // She said the plan was "dead".
	AccordingTo = "according_to"
)

// Attribution is who said what: source, cue and content.
type Attribution struct {
	ID      string `json:"id"`
	Source  *Span  `json:"source"`
	Cue     Span   `json:"cue"`
	Content Span   `json:"content"`
	// Parts are the pieces of a discontinuous content within one
	// sentence, in text order, when the cue or its source interrupts it
	// ("The plan, officials said, is dead"; "The senator is expected to
	// resign"). Content then spans from the first piece to the last,
	// interruption included, so that it still reads as one statement;
	// Parts says which words are the speaker's. Empty for a content in one
	// piece. (A quotation that runs on in a later sentence is an
	// attribution of its own with the same source and cue.)
	Parts []Span `json:"content_parts,omitempty"`
	Kind  string `json:"kind"`
	// Speaker is the canonical name of the source's entity, or the source
	// text when it names no entity ("Some Western intelligence sources").
	Speaker string `json:"speaker"`
	// Entity is the ID of the source's entity, when there is one.
	Entity   string `json:"entity,omitempty"`
	Sentence int    `json:"sentence"`
}

// Verification statuses.
const (
	Unverified = "unverified"
	Unclear    = "unclear"
	Disputed   = "disputed"
	Denied     = "denied"
	Confirmed  = "confirmed"
)

// Verification is a marker of how far something has been checked ("Reuters
// could not independently verify the footage").
type Verification struct {
	ID     string `json:"id"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Status string `json:"status"`
	// Agent is who did or could not do the checking ("Reuters").
	Agent string `json:"agent,omitempty"`
	// Target is what was (not) verified ("the footage").
	Target *Span `json:"target,omitempty"`
	// AppliesTo lists the IDs of the claims (and figures) the marker bears on.
	AppliesTo []string `json:"applies_to"`
	Sentence  int      `json:"sentence"`
}

// Claim is the unit the ledger stores: one factual statement, who asserts it,
// what it says and how far it is verified.
type Claim struct {
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Subject is what the claim is about; Predicate the verb phrase's head
	// words ("suffered heavy casualties").
	Subject   *Span  `json:"subject"`
	Predicate string `json:"predicate"`
	// Negated is true for "is not", "denied meeting"; Modality holds a modal
	// or hedge ("could", "may", "expected to") and is empty for plain fact.
	Negated  bool     `json:"negated"`
	Modality string   `json:"modality,omitempty"`
	Figures  []string `json:"figures"`
	Times    []string `json:"times"`
	Entities []string `json:"entities"`
	// Attribution is the ID of the attribution that asserts the claim;
	// Asserter is its speaker, or "article" for the article's own voice.
	Attribution *string `json:"attribution"`
	Asserter    string  `json:"asserter"`
	// Verification is the status of the strongest marker that applies, or
	// empty when none does.
	Verification string `json:"verification,omitempty"`
	Sentence     int    `json:"sentence"`
}

// Finding kinds.
const (
	// FindingNegation: a later statement explicitly negates an earlier one.
	FindingNegation = "negation"
	// FindingSubjectConflict: the same predicate asserted of incompatible
	// subjects.
	FindingSubjectConflict = "subject_conflict"
	// FindingFigureConflict: figures for the same measure of the same group
	// that cannot both hold.
	FindingFigureConflict = "figure_conflict"
	// FindingSpread: figures that differ but do not conflict (different
	// sources, measures or scopes); shown, not flagged.
	FindingSpread = "spread"
)

// Finding is something the analyser noticed across statements of one
// article; it cites every item it rests on and explains itself.
type Finding struct {
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Items []Ref  `json:"items"`
	// Contradiction is true for findings that say the article cannot be
	// right both times (negation, subject and figure conflicts).
	Contradiction bool   `json:"contradiction"`
	Explanation   string `json:"explanation"`
}

// Ref points at an annotation from a finding.
type Ref struct {
	// Kind is "claim", "figure", "attribution" or "time".
	Kind  string `json:"kind"`
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Document is an article with everything the analyser found in it.
type Document struct {
	Schema       string         `json:"schema"`
	Article      Article        `json:"article"`
	Sentences    []Sentence     `json:"sentences"`
	Tokens       []Token        `json:"-"`
	Entities     []Entity       `json:"entities"`
	Times        []Time         `json:"times"`
	Figures      []Figure       `json:"figures"`
	Attributions []Attribution  `json:"attributions"`
	Verification []Verification `json:"verification"`
	Claims       []Claim        `json:"claims"`
	Findings     []Finding      `json:"findings"`
	// Warnings record partial analyses (a step that gave up on oversize
	// input, a recovered failure); the rest of the document still stands.
	Warnings []string `json:"warnings"`

	// runeAt[i] is the code-point offset of byte i of the text, for the
	// bytes that start a code point; byteAt[r] the byte offset of rune r.
	byteAt []int32
}

// New returns an empty document for the article, ready for the pipeline.
func New(a Article) *Document {
	if a.ID == "" {
		a.ID = ContentID(a.Text)
	}
	d := &Document{Schema: SchemaVersion, Article: a}
	d.indexRunes()
	return d
}

func (d *Document) indexRunes() {
	t := d.Article.Text
	d.byteAt = make([]int32, 0, len(t)+1)
	for i := range t {
		d.byteAt = append(d.byteAt, int32(i))
	}
	d.byteAt = append(d.byteAt, int32(len(t)))
}

// Text is the article text.
func (d *Document) Text() string { return d.Article.Text }

// Runes is the length of the text in code points.
func (d *Document) Runes() int { return len(d.byteAt) - 1 }

// ByteOffset converts a code-point offset to a byte offset.
func (d *Document) ByteOffset(r int) int {
	if r <= 0 {
		return 0
	}
	if r >= len(d.byteAt) {
		return len(d.Article.Text)
	}
	return int(d.byteAt[r])
}

// RuneOffset converts a byte offset to a code-point offset. A byte offset
// inside a code point maps to that code point.
func (d *Document) RuneOffset(b int) int {
	if b <= 0 {
		return 0
	}
	if b >= len(d.Article.Text) {
		return d.Runes()
	}
	// Binary search: byteAt is increasing.
	lo, hi := 0, len(d.byteAt)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if int(d.byteAt[mid]) <= b {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// Slice returns the text between two code-point offsets.
func (d *Document) Slice(start, end int) string {
	return d.Article.Text[d.ByteOffset(start):d.ByteOffset(end)]
}

// Span builds a Span between two code-point offsets, with its text.
func (d *Document) Span(start, end int) Span {
	return Span{Start: start, End: end, Text: d.Slice(start, end)}
}

// TokenSpan builds the Span covering tokens [first, limit).
func (d *Document) TokenSpan(first, limit int) Span {
	if limit <= first {
		return Span{}
	}
	return d.Span(d.Tokens[first].Start, d.Tokens[limit-1].End)
}

// ByteSpan builds a Span from byte offsets.
func (d *Document) ByteSpan(bstart, bend int) Span {
	return Span{Start: d.RuneOffset(bstart), End: d.RuneOffset(bend), Text: d.Article.Text[bstart:bend]}
}

// SentenceAt returns the index of the sentence holding code-point offset r,
// or -1.
func (d *Document) SentenceAt(r int) int {
	lo, hi := 0, len(d.Sentences)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		s := d.Sentences[mid]
		switch {
		case r < s.Start:
			hi = mid - 1
		case r >= s.End:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}

// TokenAt returns the index of the token holding code-point offset r, or -1.
func (d *Document) TokenAt(r int) int {
	lo, hi := 0, len(d.Tokens)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		t := d.Tokens[mid]
		switch {
		case r < t.Start:
			hi = mid - 1
		case r >= t.End:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.Limit]
}

// ValidUTF8 reports whether the article text can be analysed.
func ValidUTF8(s string) bool { return utf8.ValidString(s) }

// ContentSpans returns the pieces of the attribution's content: Parts when
// the content is discontinuous, else Content alone.
func (a Attribution) ContentSpans() []Span {
	if len(a.Parts) > 0 {
		return a.Parts
	}
	return []Span{a.Content}
}

// ContentText is the content's words without what interrupts them, the
// pieces of a discontinuous content joined by " … ".
func (a Attribution) ContentText() string {
	if len(a.Parts) == 0 {
		return a.Content.Text
	}
	parts := make([]string, len(a.Parts))
	for i, p := range a.Parts {
		parts[i] = p.Text
	}
	return strings.Join(parts, " … ")
}

// InContent reports whether the text [start, end) lies inside the
// attribution's content: inside one of its pieces, not in the cue or
// source that interrupts them.
func (a Attribution) InContent(start, end int) bool {
	for _, p := range a.ContentSpans() {
		if p.Start <= start && end <= p.End {
			return true
		}
	}
	return false
}
