// Package gazetteer holds the name lists the entity step matches against
// tokens: countries with their alternative names, demonyms and capitals
// (derived from the ODbL world countries data, see NOTICE), and hand-curated
// lists of regions, cities, organisations, named events, person titles,
// organisation suffixes, agency nouns and first names with a gender hint.
//
// Lists are indexed by the lower-cased first token of each phrase, and
// phrases are stored already tokenised by the same tokenizer the pipeline
// uses, so a lookup is one map access per token followed by a comparison of
// token strings: no text is built or lower-cased at match time. Matches are
// longest-first.
package gazetteer

//go:generate go run ./gen -out countries.tsv

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

//go:embed countries.tsv
var countriesTSV string

// Kind says what a gazetteer phrase names.
type Kind uint16

// Kinds of phrases. They are bits so that a lookup can ask for several.
const (
	Country    Kind = 1 << iota // "North Korea", "DPRK" → GPE with a country code
	Capital                     // "Pyongyang" → GPE
	City                        // other well-known cities → GPE
	Demonym                     // "North Korean(s)" → NORP linked to the country
	Region                      // "Middle East", "Crimea" → LOC (or GPE for states)
	Org                         // "Reuters", "United Nations" → ORG
	Event                       // "World War II" → EVENT
	Group                       // NORP without a country: "Kurds", "Muslims"
	Title                       // "President", "Prime Minister", "spokeswoman"
	AgencyNoun                  // "intelligence agency" after a possessive country
	Product                     // "iPhone", "Boeing 737" → PRODUCT
	Person                      // "Vladimir Putin" → PERSON

	// Names is every kind that names an entity by itself.
	Names = Country | Capital | City | Demonym | Region | Org | Event | Group | Product | Person
)

// Gender is a hint for pronoun resolution.
type Gender uint8

// Gender hints. Unknown matches either.
const (
	Unknown Gender = iota
	Male
	Female
)

// Entry is what a phrase names.
type Entry struct {
	Kind Kind
	// Type is the doc entity type (doc.GPE, doc.Org…), empty for titles
	// and agency nouns.
	Type string
	// Canonical is the preferred name: the country's common name for all
	// of its spellings, the full name of an organisation for its acronym.
	Canonical string
	// Link is the country a demonym refers to ("North Korea").
	Link string
	// Country is the ISO 3166-1 alpha-3 code, when there is one.
	Country string
	// Gender is set for gendered titles ("Mrs.", "spokeswoman", "King").
	Gender Gender
}

// phrase is one tokenised spelling of an entry.
type phrase struct {
	words []string // lower-cased token texts
	raw   []string // token texts as written, for exact matches
	// exact phrases (acronyms such as "US", "WHO", "AP") match only when
	// written exactly so; the others match any case, but a word written
	// with a capital must be capitalised in the text too ("Turkey" is not
	// "turkey").
	exact bool
	caps  []bool
	entry *Entry
}

// Gazetteer is an immutable, concurrency-safe set of indexed lists.
type Gazetteer struct {
	index map[string][]*phrase // by first word, longest phrases first
	// starts holds, by first word, the union of the kinds of the phrases
	// that start with it, so that callers can skip a token with one map
	// access.
	starts map[string]Kind
	first  map[string]Gender // first names
	// orgSuffix holds lower-cased final words that make a capitalised name
	// an organisation ("Inc.", "Ministry", "Party"); orgHead the words that
	// do so at the start ("Ministry of…", "University of…").
	orgSuffix map[string]bool
	orgHead   map[string]bool
	// regionWord holds words that turn a name before them into a region
	// ("Kursk region", "Donetsk Oblast").
	regionWord map[string]bool
	// eventWord holds words that make a capitalised name an event
	// ("Korean War", "Paris Olympics").
	eventWord map[string]bool
	// common holds lower-case words that start sentences without naming
	// anything ("However", "Some", "Officials").
	common map[string]bool
	// placeSuffix holds last words of place and facility names.
	placeSuffix map[string]bool
	// temporal holds month and day names and the like.
	temporal map[string]bool
	// countries by ISO code, for canonical names.
	countryName map[string]string
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
)

// Default returns the gazetteer built from the embedded lists. It is built
// once per process.
func Default() *Gazetteer {
	defaultOnce.Do(func() { defaultG = build() })
	return defaultG
}

func build() *Gazetteer {
	g := &Gazetteer{
		index:       make(map[string][]*phrase, 4096),
		starts:      make(map[string]Kind, 4096),
		first:       make(map[string]Gender, len(firstNames)),
		orgSuffix:   set(orgSuffixes),
		orgHead:     set(orgHeads),
		regionWord:  set(regionWords),
		eventWord:   set(eventWords),
		common:      set(commonWords),
		temporal:    set(temporalWords),
		placeSuffix: set(placeSuffixes),
		countryName: make(map[string]string, 256),
	}
	g.loadCountries()
	for _, c := range append(curated, people...) {
		e := &Entry{Kind: c.kind, Type: c.typ, Canonical: c.names[0], Country: c.country, Gender: c.gender}
		if c.canonical != "" {
			e.Canonical = c.canonical
		}
		if c.kind == Demonym && c.country != "" {
			e.Link = g.countryName[c.country]
		}
		if c.kind == Country && c.country != "" {
			if n := g.countryName[c.country]; n != "" {
				e.Canonical = n
			}
		}
		for _, n := range c.names {
			g.add(n, e)
		}
	}
	for short, full := range surnames {
		var gen Gender
		for _, p := range people {
			if p.names[0] == full {
				gen = p.gender
			}
		}
		g.add(short, &Entry{Kind: Person, Type: doc.Person, Canonical: full, Gender: gen})
	}
	for _, t := range titles {
		g.add(t.name, &Entry{Kind: Title, Canonical: t.name, Gender: t.gender})
	}
	for _, a := range agencyNouns {
		g.add(a, &Entry{Kind: AgencyNoun, Type: doc.Org, Canonical: a})
	}
	for _, f := range firstNames {
		name, gen := f[:len(f)-2], Unknown
		switch f[len(f)-1] {
		case 'm':
			gen = Male
		case 'f':
			gen = Female
		}
		g.first[strings.ToLower(name)] = gen
	}
	// Longest phrases first, so the first hit is the longest match.
	for k, ps := range g.index {
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		g.index[k] = ps
	}
	return g
}

func (g *Gazetteer) loadCountries() {
	for _, line := range strings.Split(countriesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			continue
		}
		code, common, official := f[0], f[1], f[2]
		g.countryName[code] = common
		ce := &Entry{Kind: Country, Type: doc.GPE, Canonical: common, Country: code}
		g.add(common, ce)
		g.add(official, ce)
		if strings.HasPrefix(official, "Republic of ") || strings.HasPrefix(official, "Kingdom of ") {
			g.add("the "+official, ce)
		}
		demonyms := set(split(f[4]))
		for _, a := range split(f[3]) {
			// "Thai" is listed among Thailand's spellings, but in news it
			// is the nationality: the demonym entry below wins.
			if !demonyms[strings.ToLower(a)] {
				g.add(a, ce)
			}
		}
		for _, d := range split(f[4]) {
			g.add(d, &Entry{Kind: Demonym, Type: doc.NORP, Canonical: d, Link: common, Country: code})
		}
		for _, c := range split(f[5]) {
			g.add(c, &Entry{Kind: Capital, Type: doc.GPE, Canonical: c, Country: code})
		}
	}
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

// add indexes one spelling. A spelling already present for an entry of the
// same kind keeps its first entry, so the order of the lists decides which
// country "Dutch" or "Congo" means.
func (g *Gazetteer) add(name string, e *Entry) {
	d := doc.New(doc.Article{Text: name})
	tokenize.Tokenize(d)
	if len(d.Tokens) == 0 {
		return
	}
	p := &phrase{entry: e, exact: isAcronym(name)}
	for _, t := range d.Tokens {
		p.words = append(p.words, t.Lower)
		p.raw = append(p.raw, t.Text)
		r, _ := utf8.DecodeRuneInString(t.Text)
		p.caps = append(p.caps, unicode.IsUpper(r))
	}
	key := p.words[0]
	for _, q := range g.index[key] {
		if q.entry.Kind == e.Kind && equal(q.words, p.words) && q.exact == p.exact {
			return
		}
	}
	g.index[key] = append(g.index[key], p)
	g.starts[key] |= e.Kind
}

// Starts returns the kinds of the phrases that start with a lower-cased
// word, 0 when none does.
func (g *Gazetteer) Starts(lower string) Kind { return g.starts[lower] }

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// AllCaps reports whether every letter of s is a capital and it has at
// least one ("NATO", "U.N.", "WALLACE").
func AllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// isAcronym reports whether a name is written in capitals only ("US",
// "NATO", "U.N."), which must then match exactly: "us", "who" and "it" are
// words. Longer capitalised names are shouting, not acronyms.
func isAcronym(s string) bool {
	if !AllCaps(s) {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 6
}

// Match returns the longest phrase of one of the kinds in want that starts
// at toks[i] and ends before toks[limit], with its length in tokens; n is 0
// when nothing matches.
func (g *Gazetteer) Match(toks []doc.Token, i, limit int, want Kind) (n int, e *Entry) {
	if i >= limit {
		return 0, nil
	}
	for _, p := range g.index[toks[i].Lower] {
		if p.entry.Kind&want == 0 || i+len(p.words) > limit {
			continue
		}
		if p.matches(toks[i : i+len(p.words)]) {
			return len(p.words), p.entry
		}
	}
	return 0, nil
}

func (p *phrase) matches(toks []doc.Token) bool {
	for k := range p.words {
		t := &toks[k]
		if p.exact {
			if t.Text != p.raw[k] {
				return false
			}
			continue
		}
		if t.Lower != p.words[k] {
			return false
		}
		if p.caps[k] {
			r, _ := utf8.DecodeRuneInString(t.Text)
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// Phrases calls fn with the lower-cased words and the entry of every
// indexed spelling, in no particular order; exact says the spelling is an
// acronym that matches only as written ("WHO"). The statistical NER turns
// them into features when it is trained, so both steps share one set of
// lists.
func (g *Gazetteer) Phrases(fn func(words []string, exact bool, e *Entry)) {
	for _, ps := range g.index {
		for _, p := range ps {
			fn(p.words, p.exact, p.entry)
		}
	}
}

// WordLists returns the lower-cased single-word cue lists by name
// ("first", "orgSuffix", "orgHead", "placeSuffix", "region", "event",
// "common", "temporal"), for the same purpose as Phrases. The maps are the
// gazetteer's own: callers must not modify them.
func (g *Gazetteer) WordLists() map[string]map[string]bool {
	first := make(map[string]bool, len(g.first))
	for w := range g.first {
		first[w] = true
	}
	return map[string]map[string]bool{
		"first": first, "orgSuffix": g.orgSuffix, "orgHead": g.orgHead, "placeSuffix": g.placeSuffix,
		"region": g.regionWord, "event": g.eventWord, "common": g.common, "temporal": g.temporal,
	}
}

// TitleLen returns how many leading words of a person's name, given as
// words, are titles ("Senator", "Chief executive", "Mr."), leaving at least
// one word: "Senator John McCain" → 1.
func (g *Gazetteer) TitleLen(words []string) int {
	n := 0
	for n < len(words)-1 {
		k := min(4, len(words)-1-n)
		for ; k >= 1; k-- {
			if e, ok := g.Lookup(strings.Join(words[n:n+k], " ")); ok && e.Kind == Title {
				break
			}
		}
		if k == 0 {
			break
		}
		n += k
	}
	return n
}

// FirstName returns the gender hint of a first name and whether it is one.
func (g *Gazetteer) FirstName(lower string) (Gender, bool) {
	gen, ok := g.first[lower]
	return gen, ok
}

// OrgSuffix reports whether a lower-cased word ends organisation names.
func (g *Gazetteer) OrgSuffix(lower string) bool { return g.orgSuffix[lower] }

// OrgHead reports whether a lower-cased word starts organisation names
// followed by "of" ("Ministry of Defence").
func (g *Gazetteer) OrgHead(lower string) bool { return g.orgHead[lower] }

// RegionWord reports whether a lower-cased word makes the name before it a
// region ("region", "oblast", "province").
func (g *Gazetteer) RegionWord(lower string) bool { return g.regionWord[lower] }

// EventWord reports whether a lower-cased word makes a name an event.
func (g *Gazetteer) EventWord(lower string) bool { return g.eventWord[lower] }

// Common reports whether a lower-cased word is a common English word that
// names nothing when capitalised at the start of a sentence.
func (g *Gazetteer) Common(lower string) bool { return g.common[lower] }

// CountryName returns the common name of a country by ISO alpha-3 code.
func (g *Gazetteer) CountryName(code string) string { return g.countryName[code] }

// Temporal reports whether a lower-cased word names a month, a weekday or a
// time zone: capitalised, but never an entity.
func (g *Gazetteer) Temporal(lower string) bool { return g.temporal[lower] }

// PlaceSuffix reports whether a lower-cased word ends names of places and
// facilities ("Airport", "Square", "Bridge").
func (g *Gazetteer) PlaceSuffix(lower string) bool { return g.placeSuffix[lower] }

// Lookup finds the entry for a whole name written as one word or phrase
// ("Singapore", "South Korea"), the way Match would find it in text.
func (g *Gazetteer) Lookup(name string) (*Entry, bool) {
	d := doc.New(doc.Article{Text: name})
	tokenize.Tokenize(d)
	if len(d.Tokens) == 0 {
		return nil, false
	}
	n, e := g.Match(d.Tokens, 0, len(d.Tokens), ^Kind(0))
	if n != len(d.Tokens) {
		return nil, false
	}
	return e, true
}
