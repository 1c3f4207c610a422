package train

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/gazetteer"
	"github.com/crosscheck-news/crosscheck/internal/nlp/conllu"
	"github.com/crosscheck-news/crosscheck/internal/nlp/ner"
)

// span is an entity mention over words [a, b).
type span struct {
	a, b int
	typ  string
}

// gumEntities returns the named-entity spans of a GUM sentence: mentions of
// type person, organization or place whose syntactic head is a proper noun,
// trimmed to the name around the head ("the University of Chicago" →
// "University of Chicago"), outermost first, without overlaps.
func gumEntities(s *conllu.Sentence) []span {
	type open struct {
		id, typ string
		a       int
	}
	var stack []open
	var all []span
	for i, w := range s.Words {
		v := ""
		for _, kv := range strings.Split(w.Misc, "|") {
			if strings.HasPrefix(kv, "Entity=") {
				v = kv[len("Entity="):]
			}
		}
		for j := 0; j < len(v); {
			switch {
			case v[j] == '(':
				k := j + 1
				for k < len(v) && v[k] != '(' && v[k] != ')' {
					k++
				}
				parts := strings.Split(v[j+1:k], "-")
				o := open{a: i}
				if len(parts) > 1 {
					o.id, o.typ = parts[0], parts[1]
				}
				if k < len(v) && v[k] == ')' {
					all = append(all, span{i, i + 1, o.typ})
					k++
				} else {
					stack = append(stack, o)
				}
				j = k
			case v[j] >= '0' && v[j] <= '9':
				k := j
				for k < len(v) && v[k] != ')' {
					k++
				}
				id := v[j:k]
				for m := len(stack) - 1; m >= 0; m-- {
					if stack[m].id == id {
						all = append(all, span{stack[m].a, i + 1, stack[m].typ})
						stack = append(stack[:m], stack[m+1:]...)
						break
					}
				}
				j = k + 1
			default:
				j++
			}
		}
	}
	var named []span
	for _, m := range all {
		var typ string
		switch m.typ {
		case "person":
			typ = "PERSON"
		case "organization":
			typ = "ORG"
		case "place":
			typ = "place"
		default:
			continue
		}
		h := -1
		for i := m.a; i < m.b; i++ {
			hd := s.Words[i].Head - 1
			if hd < m.a || hd >= m.b {
				h = i
				break
			}
		}
		if h < 0 || s.Words[h].UPOS != "PROPN" {
			continue
		}
		if typ == "PERSON" && s.Words[h].XPOS == "NNPS" {
			// A group ("Muslims", "the Kennedys"): GUM's person type
			// covers groups of people, UNER's PER does not.
			continue
		}
		a, b := h, h+1
		// Leftwards, only words that attach inside the name: in "Ambassador
		// to the United States Hamdullah Mohib" the country attaches to the
		// title, not to the person.
		for a > m.a && nameWord(s, a-1) && inside(s, a-1, a, b) {
			a--
		}
		for b < m.b {
			if nameWord(s, b) {
				b++
				continue
			}
			lw := strings.ToLower(s.Words[b].Form)
			if s.Words[b].XPOS == "HYPH" && b+1 < m.b && nameWord(s, b+1) && !spaceBefore(s, b) {
				b += 2 // "Bailey - Ross" written "Bailey-Ross"
				continue
			}
			if typ == "PERSON" && particles[lw] && b+1 < m.b && nameWord(s, b+1) {
				b += 2 // "Charles de Gaulle"
				continue
			}
			if typ != "PERSON" && (lw == "of" || lw == "de" || lw == "and" || lw == "&" || lw == "for" || lw == "the") {
				// "of the American Revolution": the article may follow.
				c := b + 1
				if c < m.b && lw != "the" && strings.EqualFold(s.Words[c].Form, "the") {
					c++
				}
				if c < m.b && nameWord(s, c) {
					b = c + 1
					continue
				}
			}
			break
		}
		if typ == "PERSON" {
			// Titles are not part of the name ("U.S. President Donald
			// Trump" → "Donald Trump"), as in UNER; a mention that is
			// only a title ("the President") names no one.
			for i := a; i <= h; i++ {
				if titles[strings.ToLower(s.Words[i].Form)] {
					a = i + 1
				}
			}
			if a >= b {
				continue
			}
		}
		if typ == "place" {
			typ = ner.PlaceType(forms(s, a, b))
		}
		named = append(named, span{a, b, typ})
	}
	sort.SliceStable(named, func(i, j int) bool { return named[i].b-named[i].a > named[j].b-named[j].a })
	var out []span
	for _, m := range named {
		ok := true
		for _, o := range out {
			if m.a < o.b && o.a < m.b {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

// countriesArePlaces retypes GUM organisations named exactly like a
// country or capital ("Sweden" for its football team, "North Korea" for its
// government) as places: UNER and MEANTIME call such metonymic names
// locations, and a reader of news expects a country to be a place.
func countriesArePlaces(s *conllu.Sentence, spans []span, gaz map[string]int) []span {
	for i, sp := range spans {
		if sp.typ != "ORG" {
			continue
		}
		k := gaz[strings.ToLower(strings.Join(forms(s, sp.a, sp.b), " "))]
		if k == ner.GazCountry || k == ner.GazCapital {
			spans[i].typ = ner.PlaceType(forms(s, sp.a, sp.b))
		}
	}
	return spans
}

// inside reports whether word i attaches to a word of [a, b) as part of
// its name (compound, flat, amod; GUM's nmod:desc for "St." and first
// names), not as a name of its own (nmod: "the United States Hamdullah
// Mohib").
func inside(s *conllu.Sentence, i, a, b int) bool {
	h, d := s.Words[i].Head-1, s.Words[i].Deprel
	return h >= a && h < b && (d == "nmod:desc" || !strings.HasPrefix(d, "nmod")) && d != "appos" && d != "obl"
}

func nameWord(s *conllu.Sentence, i int) bool {
	w := s.Words[i]
	if w.UPOS == "PROPN" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w.Form)
	return unicode.IsUpper(r) && w.UPOS != "DET" && w.UPOS != "PRON" && w.UPOS != "PUNCT"
}

func forms(s *conllu.Sentence, a, b int) []string {
	out := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		out = append(out, s.Words[i].Form)
	}
	return out
}

// unerSentence is a sentence of Universal NER: words and IOB2 tags;
// NewDoc marks the first sentence of a document.
type unerSentence struct {
	Words, Tags []string
	NewDoc      bool
}

// readUNER reads a UNER IOB2 file.
func readUNER(path string) ([]unerSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []unerSentence
	var cur unerSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = unerSentence{}
			continue
		}
		if line[0] == '#' {
			if strings.HasPrefix(line, "# newdoc") {
				cur.NewDoc = true
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		cur.Words = append(cur.Words, f[1])
		cur.Tags = append(cur.Tags, f[2])
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// unerSpans converts IOB2 tags to spans with crosscheck types; LOC is split
// into GPE and LOC by ner.PlaceType.
func unerSpans(s unerSentence) []span {
	var out []span
	for i := 0; i < len(s.Tags); i++ {
		t := s.Tags[i]
		if len(t) < 3 || (t[0] != 'B' && t[0] != 'I') {
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(s.Tags) && s.Tags[j] == "I-"+typ {
			j++
		}
		switch typ {
		case "PER":
			typ = "PERSON"
		case "LOC":
			typ = ner.PlaceType(s.Words[i:j])
		case "ORG":
		default:
			i = j - 1
			continue
		}
		out = append(out, span{i, j, typ})
		i = j - 1
	}
	return out
}

// docFeatures fills Input.Doc of training sentences; newDoc(i) reports
// whether sentence i starts a document.
func docFeatures(r *ner.Recognizer, ns []ner.Sentence, words [][]string, newDoc func(int) bool) {
	for a := 0; a < len(ns); {
		b := a + 1
		for b < len(ns) && !newDoc(b) {
			b++
		}
		var all, lower []string
		for i := a; i < b; i++ {
			all = append(all, words[i]...)
			lower = append(lower, ns[i].Lower...)
		}
		d := make([]uint8, len(all))
		r.DocFeatures(all, lower, d)
		for i := a; i < b; i++ {
			ns[i].Doc, d = d[:len(words[i])], d[len(words[i]):]
		}
		a = b
	}
}

// bilou writes BILOU labels for spans over n words.
func bilou(n int, spans []span) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for _, s := range spans {
		ner.Label(out, s.a, s.b, s.typ)
	}
	return out
}

// addNORP marks gazetteer demonyms and group names outside other entities
// as NORP: the training corpora do not annotate them.
func addNORP(lower []string, spans []span, gaz map[string]int) []span {
	taken := make([]bool, len(lower))
	for _, s := range spans {
		for i := s.a; i < s.b; i++ {
			taken[i] = true
		}
	}
	for i := 0; i < len(lower); i++ {
		for n := min(3, len(lower)-i); n >= 1; n-- {
			ok := true
			for j := i; j < i+n; j++ {
				ok = ok && !taken[j]
			}
			if !ok {
				continue
			}
			if gaz[strings.Join(lower[i:i+n], " ")] == ner.GazDemonym {
				spans = append(spans, span{i, i + n, "NORP"})
				i += n - 1
				break
			}
		}
	}
	return spans
}

// BuildGazetteer reads countries/countries.json into phrase → kind: common
// and official names and alternative spellings (GazCountry), capitals
// (GazCapital), English demonyms with their plurals, and a few religious
// and political group names (GazDemonym).
func BuildGazetteer(dataDir string) (map[string]int, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, "countries", "countries.json"))
	if err != nil {
		return nil, err
	}
	var cs []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Capital      []string
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, err
	}
	g := map[string]int{}
	add := func(s string, k int) {
		s = strings.ToLower(strings.TrimSpace(s))
		if s == "" || strings.ContainsAny(s, ",()") || len(s) < 3 {
			return
		}
		for _, r := range s {
			if r > unicode.MaxLatin1 && !unicode.IsLetter(r) {
				return
			}
		}
		if _, ok := g[s]; !ok {
			g[s] = k
		}
	}
	for _, c := range cs {
		add(c.Name.Common, ner.GazCountry)
		add(c.Name.Official, ner.GazCountry)
		for _, a := range c.AltSpellings {
			if len(a) == 2 && a != "UK" && a != "US" {
				continue // ISO codes clash with words ("IN", "IT")
			}
			add(a, ner.GazCountry)
		}
		for _, a := range c.Capital {
			add(a, ner.GazCapital)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			for _, x := range []string{d.M, d.F} {
				add(x, ner.GazDemonym)
				if strings.HasSuffix(x, "n") || strings.HasSuffix(x, "i") {
					add(x+"s", ner.GazDemonym)
				}
			}
		}
	}
	for _, w := range strings.Fields(`muslim muslims christian christians jewish jews jew catholic catholics
		protestant protestants sunni sunnis shia shiite shiites hindu hindus buddhist buddhists democrat democrats
		republican republicans european europeans african africans asian asians arab arabs kurdish kurds palestinian
		palestinians latino latinos western westerners`) {
		add(w, ner.GazDemonym)
	}
	// Short forms news uses; "us" is left out, it is mostly the pronoun.
	for _, s := range []string{"uk", "u.k.", "u.s.", "u.s.a."} {
		g[s] = ner.GazCountry
	}
	addCurated(g)
	return g, nil
}

// curatedKinds maps the analyser's gazetteer kinds onto the NER's.
var curatedKinds = map[gazetteer.Kind]int{
	gazetteer.Country: ner.GazCountry, gazetteer.Capital: ner.GazCapital, gazetteer.City: ner.GazCity,
	gazetteer.Demonym: ner.GazDemonym, gazetteer.Group: ner.GazDemonym, gazetteer.Region: ner.GazRegion,
	gazetteer.Org: ner.GazOrg, gazetteer.Person: ner.GazPerson, gazetteer.Event: ner.GazEvent,
	gazetteer.Product: ner.GazProduct, gazetteer.Title: ner.GazTitle,
}

// acronymWords are short acronyms that are also English words once lower-
// cased: the NER's gazetteer ignores case, so they are left out of it.
var acronymWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`who its all one can aid age act art sun was are per won fed eat let
		any new now may man men war ban set top end far few own try use win`) {
		acronymWords[w] = true
	}
}

// addCurated adds the analyser's hand-curated gazetteer (organisations,
// cities, regions, people, events, titles) to g, in a fixed order so that
// training is reproducible; phrases already in g keep their kind.
func addCurated(g map[string]int) {
	type kp struct {
		phrase string
		kind   int
	}
	var all []kp
	gazetteer.Default().Phrases(func(words []string, exact bool, e *gazetteer.Entry) {
		k, ok := curatedKinds[e.Kind]
		if !ok {
			return
		}
		p := strings.Join(words, " ")
		if len(p) < 2 || exact && (len(p) < 3 || acronymWords[p]) {
			return
		}
		all = append(all, kp{p, k})
	})
	sort.Slice(all, func(i, j int) bool {
		if all[i].phrase != all[j].phrase {
			return all[i].phrase < all[j].phrase
		}
		return all[i].kind < all[j].kind
	})
	for _, x := range all {
		if _, ok := g[x.phrase]; !ok {
			g[x.phrase] = x.kind
		}
	}
}

// CueWords builds the NER's cue words (lower-cased word → ner.Cue* bits)
// from the analyser's gazetteer lists.
func CueWords() map[string]uint8 {
	bits := map[string]uint8{
		"first": ner.CueFirstName, "orgSuffix": ner.CueOrgSuffix, "orgHead": ner.CueOrgHead,
		"placeSuffix": ner.CuePlaceSuffix, "region": ner.CueRegion, "event": ner.CueEvent,
		"common": ner.CueCommon, "temporal": ner.CueTemporal,
	}
	out := map[string]uint8{}
	for name, list := range gazetteer.Default().WordLists() {
		for w := range list {
			out[strings.ToLower(w)] |= bits[name]
		}
	}
	return out
}

var titles = map[string]bool{}

// particles join the parts of a person's name ("Charles de Gaulle").
var particles = map[string]bool{"de": true, "da": true, "van": true, "von": true, "der": true, "den": true,
	"bin": true, "ibn": true, "al": true, "la": true, "le": true, "du": true, "del": true, "di": true}

func init() {
	for _, w := range strings.Fields(`president prime minister mr mr. mrs mrs. ms ms. dr dr. sir dame king queen prince
		princess pope general gen. senator sen. governor gov. mayor chancellor secretary ambassador judge justice
		professor prof. rev. reverend lord lady captain capt. colonel col. lieutenant lt. sergeant sgt. officer
		director chairman chairwoman ceo commissioner rep. representative vice foreign defence defense chief deputy
		emperor empress sheikh ayatollah cardinal bishop archbishop father brother sister saint coach agent
		detective inspector admiral marshal major premier minister congressman congresswoman president-elect
		madam speaker`) {
		titles[w] = true
	}
}

// spaceBefore reports whether a space separates word i from the one before.
func spaceBefore(s *conllu.Sentence, i int) bool {
	return i > 0 && !strings.Contains(s.Words[i-1].Misc, "SpaceAfter=No")
}
