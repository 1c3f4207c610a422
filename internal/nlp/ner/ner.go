// Package ner is the statistical named-entity recognizer of crosscheck's
// language core. It labels tokens with BILOU tags over five types — PERSON,
// ORG, GPE, LOC, NORP — using a greedy left-to-right averaged perceptron.
// Its features are the word, its shape, affixes and neighbours (±2), the
// part-of-speech tags, the two entity tags already predicted, the casing
// of the whole sentence (headline, all lower or all upper case: capitals
// then say little), matches against a gazetteer with their BILOU position
// (countries, capitals and demonyms from the world countries data, and the
// analyser's curated organisations, cities, regions, people and titles),
// cue words (first names, organisation suffixes, place suffixes, months)
// and what the rest of the document says about the word (DocFeatures: it
// follows a first name somewhere, precedes a model number, is written in
// lower case elsewhere). Decoding only allows valid BILOU sequences;
// Harmonize then makes a document's labels consistent.
//
// GPE vs LOC: training data marks places without saying which; a place is
// LOC when it is a geographic feature or region — its last word is one of a
// list of feature nouns ("River", "Sea", "Mountains", "Valley", "Peninsula"),
// its first is "Mount"/"Lake"/"Gulf", or it is a continent or a named world
// region ("Middle East") — and GPE (a country, state, city: a place with a
// government) otherwise. See PlaceType.
package ner

import (
	"io"
	"math/rand"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/nlp/lex"
	"github.com/crosscheck-news/crosscheck/internal/nlp/perceptron"
)

// Types the recognizer produces.
var Types = []string{"PERSON", "ORG", "GPE", "LOC", "NORP"}

// Gazetteer kinds: what a phrase of Recognizer.Gazetteer names.
const (
	GazCountry = 1 + iota
	GazCapital
	GazDemonym
	GazCity
	GazRegion
	GazOrg
	GazPerson
	GazEvent
	GazProduct
	GazTitle
)

// Word cues: bits of Recognizer.Words, single words that hint at a type
// when they sit inside or next to a name ("Paul", "Inc.", "Ministry",
// "Airport") or that rarely name anything ("However", "March").
const (
	CueFirstName = 1 << iota
	CueOrgSuffix
	CueOrgHead
	CuePlaceSuffix
	CueRegion
	CueEvent
	CueCommon
	CueTemporal
)

// Recognizer is a trained NER model. It is safe for concurrent use.
type Recognizer struct {
	Labels []string // "O", "B-PERSON", …
	// Gazetteer maps a lower-cased, space-separated phrase to its kind.
	Gazetteer map[string]int
	// Words maps a lower-cased word to its cue bits.
	Words  map[string]uint8
	model  *perceptron.Model
	first  map[string][]string // first word → phrases, longest first
	maxLen int
	prevOK [][]bool // prevOK[prev][cur]: may cur follow prev?
	endOK  []bool
}

type meta struct {
	Labels    []string
	Gazetteer map[string]int
	Words     map[string]uint8
}

func (r *Recognizer) init() {
	r.first = map[string][]string{}
	for p := range r.Gazetteer {
		ws := strings.Fields(p)
		r.first[ws[0]] = append(r.first[ws[0]], p)
		r.maxLen = max(r.maxLen, len(ws))
	}
	n := len(r.Labels)
	r.prevOK = make([][]bool, n+1) // index n is "sentence start"
	r.endOK = make([]bool, n)
	for p := 0; p <= n; p++ {
		r.prevOK[p] = make([]bool, n)
		pp, pt := "O", ""
		if p < n {
			pp, pt, _ = strings.Cut(r.Labels[p], "-")
		}
		open := pp == "B" || pp == "I"
		for c := 0; c < n; c++ {
			cp, ct, _ := strings.Cut(r.Labels[c], "-")
			inside := cp == "I" || cp == "L"
			r.prevOK[p][c] = (open && inside && ct == pt) || (!open && !inside)
		}
	}
	for c := 0; c < n; c++ {
		cp, _, _ := strings.Cut(r.Labels[c], "-")
		r.endOK[c] = cp != "B" && cp != "I"
	}
}

// gazetteer marks tokens covered by a gazetteer phrase: g[i] is kind*4 +
// position (0 begin, 1 inside, 2 last, 3 unit), or 0.
func (r *Recognizer) gazetteer(lower []string, g []uint8) {
	clear(g)
	var buf [128]byte
	for i := 0; i < len(lower); i++ {
		// Most tokens start no phrase: one look-up settles them, rather
		// than one per candidate length.
		if _, ok := r.first[lower[i]]; !ok {
			continue
		}
		best, bk := 0, 0
		for n := min(r.maxLen, len(lower)-i); n >= 1; n-- {
			b := buf[:0]
			for j := i; j < i+n; j++ {
				if j > i {
					b = append(b, ' ')
				}
				b = append(b, lower[j]...)
			}
			if k, ok := r.Gazetteer[string(b)]; ok {
				best, bk = n, k
				break
			}
		}
		if best == 0 {
			continue
		}
		if best == 1 {
			g[i] = uint8(bk*4 + 3)
			continue
		}
		for j := i; j < i+best; j++ {
			pos := 1
			if j == i {
				pos = 0
			} else if j == i+best-1 {
				pos = 2
			}
			g[j] = uint8(bk*4 + pos)
		}
		i += best - 1
	}
}

// Input is one sentence to label: token hashes, lower-cased forms and tag
// class ids from the tagger, and optionally the document evidence of each
// token (see DocFeatures; nil when there is none).
type Input struct {
	Lex   []lex.Lex
	Lower []string
	Tags  []int
	Doc   []uint8
}

// Document evidence: what the rest of an article says about a word. A
// one-word name is ambiguous in its sentence ("Airbus said") but rarely in
// the whole article, which writes "Airbus A380", "Senator McCain" or "the
// Pentagon" somewhere.
const (
	// DocSurname: somewhere the word follows a first name or a title.
	DocSurname = 1 << iota
	// DocMaker: somewhere it precedes a model number ("Boeing 737") or an
	// organisation suffix ("Apple Inc.", "Apple Computer").
	DocMaker
	// DocLower: somewhere it is written in lower case, as a common word.
	DocLower
	// DocAfterThe: somewhere it follows "the" ("the Pentagon").
	DocAfterThe
	// DocHe: somewhere the first personal pronoun after it in its
	// sentence is he, she, his or her ("Cheney said he").
	DocHe
	// DocIt: somewhere that pronoun is it or its ("Boeing said it").
	DocIt
	// DocCorp: somewhere a company's officer or stock follows it ("Apple
	// CEO", "Boeing shares").
	DocCorp
)

// corpWords follow a company's name: its officers and its stock.
var corpWords = map[string]bool{"ceo": true, "cfo": true, "coo": true, "chairman": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "founder": true, "co-founder": true, "shares": true,
	"shareholders": true, "stock": true, "executives": true, "employees": true}

// pronounWindow is how many words after a name DocFeatures looks for the
// pronoun that refers back to it.
const pronounWindow = 4

// pronounKind: 1 for a person's pronoun, 2 for a thing's, 0 for others.
func pronounKind(lw string) uint8 {
	switch lw {
	case "he", "she", "his", "her", "him", "himself", "herself":
		return 1
	case "it", "its", "itself":
		return 2
	}
	return 0
}

// sentenceEnd reports whether a token ends a sentence.
func sentenceEnd(w string) bool { return w == "." || w == "!" || w == "?" }

// DocFeatures computes the document evidence of every token of a document
// (words as written and lower-cased, in order) into out.
func (r *Recognizer) DocFeatures(words, lower []string, out []uint8) {
	ev := make(map[string]uint8, len(words)/8)
	seenLower := make(map[string]bool, len(words)/2)
	for i, w := range words {
		if !upperStart(w) {
			if w != "" && unicode.IsLetter(rune(w[0])) {
				seenLower[w] = true
			}
			continue
		}
		if i > 0 {
			p, lp := words[i-1], lower[i-1]
			if upperStart(p) && (r.Words[lp]&CueFirstName != 0 || r.Gazetteer[lp] == GazTitle) {
				ev[w] |= DocSurname
			}
			if lp == "the" {
				ev[w] |= DocAfterThe
			}
		}
		if i+1 < len(words) && (model(words[i+1]) || r.Words[lower[i+1]]&CueOrgSuffix != 0) {
			ev[w] |= DocMaker
		}
		if i+1 < len(words) && corpWords[lower[i+1]] {
			ev[w] |= DocCorp
		}
		for j := i + 1; j < min(len(words), i+1+pronounWindow) && !sentenceEnd(words[j]); j++ {
			if k := pronounKind(lower[j]); k == 1 {
				ev[w] |= DocHe
				break
			} else if k == 2 {
				ev[w] |= DocIt
				break
			}
		}
	}
	for i, w := range words {
		out[i] = 0
		if !upperStart(w) {
			continue
		}
		out[i] = ev[w]
		if seenLower[lower[i]] {
			out[i] |= DocLower
		}
	}
}

// model reports whether w looks like a model number: "737", "A380",
// "787-8".
func model(w string) bool {
	digits, letters := 0, 0
	for _, r := range w {
		if unicode.IsDigit(r) {
			digits++
		} else if unicode.IsLetter(r) {
			letters++
		}
	}
	if digits == 0 || len(w) > 8 || strings.ContainsAny(w, ",.:/$%") {
		return false
	}
	if letters > 0 {
		return true
	}
	// Three digits or more, but not a year.
	return digits >= 3 && !(len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")))
}

func docAt(d []uint8, i int) uint64 {
	if d == nil {
		return 0
	}
	if i < 0 || i >= len(d) {
		return 0x1ff
	}
	return uint64(d[i] & docModelBits)
}

// docModelBits are the document evidence bits the model reads; DocHe,
// DocIt and DocCorp are for Harmonize only (as features the pronoun bits
// cost more than they gave).
const docModelBits = DocSurname | DocMaker | DocLower | DocAfterThe

// Scratch holds per-goroutine buffers.
type Scratch struct {
	feats  []uint64
	scores []float32
	gaz    []uint8
	cues   []uint8
}

// Sentence case modes: news headlines capitalise every word and web text
// is often all lower or all upper case, and then capitals say little
// about names. The mode lets the weights of shape features differ.
const (
	caseNormal = iota + 1
	caseLower
	caseTitle
	caseUpper
)

// caseMode classifies a sentence by the capitalisation of its words.
func caseMode(lx []lex.Lex) uint64 {
	words, upper, caps := 0, 0, 0
	for i := range lx {
		f := lx[i].Flags
		if f&(lex.Punct|lex.Digit) != 0 {
			continue
		}
		words++
		if f&lex.Upper != 0 {
			upper++
		}
		if f&lex.AllCaps != 0 {
			caps++
		}
	}
	switch {
	case words < 3:
		return caseNormal
	case upper == 0 || upper == 1 && lx[0].Flags&lex.Upper == 0:
		return caseLower
	case caps*5 >= words*4:
		return caseUpper
	case upper*5 >= words*4 && words >= 4:
		return caseTitle
	}
	return caseNormal
}

func (r *Recognizer) cues(lower []string, c []uint8) {
	for i, w := range lower {
		c[i] = r.Words[w]
	}
}

func cueAt(c []uint8, i int) uint64 {
	if i < 0 || i >= len(c) {
		return 0x1ff
	}
	return uint64(c[i])
}

func tagAt(t []int, i int) uint64 {
	if i < 0 || i >= len(t) {
		return 0xffff
	}
	return uint64(t[i]) + 1
}

func gazAt(g []uint8, i int) uint64 {
	if i < 0 || i >= len(g) {
		return 0xff
	}
	return uint64(g[i])
}

func at(lx []lex.Lex, i int) *lex.Lex {
	if i < 0 || i >= len(lx) {
		return &lex.None
	}
	return &lx[i]
}

func features(f []uint64, in *Input, gaz, cue []uint8, mode uint64, ents []int, i int) []uint64 {
	w := &in.Lex[i]
	p1, p2, n1, n2 := at(in.Lex, i-1), at(in.Lex, i-2), at(in.Lex, i+1), at(in.Lex, i+2)
	e1, e2 := tagAt(ents, i-1), tagAt(ents, i-2)
	t0, tp, tn := tagAt(in.Tags, i), tagAt(in.Tags, i-1), tagAt(in.Tags, i+1)
	g0, gp, gn := gazAt(gaz, i), gazAt(gaz, i-1), gazAt(gaz, i+1)
	c0, cp, cn := cueAt(cue, i), cueAt(cue, i-1), cueAt(cue, i+1)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	fl := uint64(w.Flags)
	M, M2, M3 := perceptron.Mix, perceptron.Mix2, perceptron.Mix3
	f = append(f,
		M(0, 0), M(1, w.Word), M(2, w.Lower), M(3, w.Shape), M(4, w.Suf3), M(5, w.Pre2),
		M(6, fl), M(7, p1.Word), M(8, p2.Lower), M(9, n1.Word), M(10, n2.Lower),
		M(11, p1.Shape), M(12, n1.Shape), M(13, t0), M(14, tp), M(15, tn),
		M(16, e1), M(17, e2), M2(18, e1, w.Word), M2(19, e1, t0), M2(20, e1, e2),
		M(21, g0), M2(22, g0, w.Shape), M(23, gp), M(24, gn), M2(25, w.Lower, n1.Lower),
		M2(26, p1.Lower, w.Lower), M3(27, uint64(p1.Flags), fl, uint64(n1.Flags)),
		M2(28, first, w.Shape), M2(29, e1, fl), M3(30, tp, t0, tn), M(31, w.Suf4),
		M2(32, e1, p1.Lower), M2(33, t0, w.Shape), M(34, p1.Suf3), M(35, n1.Suf3),
		// Casing of the whole sentence, gazetteer and cue words around.
		M2(36, mode, w.Shape), M3(37, mode, fl, first), M3(38, mode, t0, fl),
		M(39, c0), M(40, cp), M(41, cn), M2(42, c0, fl), M2(43, cp, fl), M2(44, cn, fl),
		M(45, gazAt(gaz, i-2)), M(46, gazAt(gaz, i+2)), M2(47, g0, e1), M2(48, g0, mode),
		M(49, w.Suf2), M(50, p1.Lower), M(51, n1.Lower), M(52, p2.Shape), M(53, n2.Shape),
		M3(54, p1.Shape, w.Shape, n1.Shape), M2(55, w.Lower, e1), M2(56, mode, e1),
		// What the rest of the document says about the word.
		M(57, docAt(in.Doc, i)), M2(58, docAt(in.Doc, i), fl), M2(59, docAt(in.Doc, i), e1),
		M(60, docAt(in.Doc, i-1)), M(61, docAt(in.Doc, i+1)),
	)
	return f
}

// prepare fills the scratch's per-word gazetteer and cue marks and its
// score buffer for a sentence, and returns the sentence's length and case
// mode: what Label and SpanScores read before they score a word.
func (r *Recognizer) prepare(in *Input, s *Scratch) (n int, mode uint64) {
	n = len(in.Lex)
	if cap(s.gaz) < n {
		s.gaz = make([]uint8, n)
	}
	s.gaz = s.gaz[:n]
	r.gazetteer(in.Lower, s.gaz)
	if cap(s.cues) < n {
		s.cues = make([]uint8, n)
	}
	s.cues = s.cues[:n]
	r.cues(in.Lower, s.cues)
	if len(s.scores) != len(r.Labels) {
		s.scores = make([]float32, len(r.Labels))
	}
	return n, caseMode(in.Lex)
}

// Label labels a sentence; out receives label indices into r.Labels.
func (r *Recognizer) Label(in *Input, out []int, s *Scratch) {
	n, mode := r.prepare(in, s)
	prev := len(r.Labels)
	for i := 0; i < n; i++ {
		s.feats = features(s.feats[:0], in, s.gaz, s.cues, mode, out, i)
		r.model.Score(s.feats, s.scores)
		out[i] = r.best(prev, s.scores, i == n-1)
		prev = out[i]
	}
}

func (r *Recognizer) best(prev int, scores []float32, last bool) int {
	b := -1
	for c, sc := range scores {
		if !r.prevOK[prev][c] || (last && !r.endOK[c]) {
			continue
		}
		if b < 0 || sc > scores[b] {
			b = c
		}
	}
	return b
}

// Unknown is the training label of a word whose label is not known (a
// name in silver data whose type could not be told): training learns
// nothing at that word.
const Unknown = "?"

// Sentence is a training sentence with BILOU labels (or Unknown).
type Sentence struct {
	Input
	Labels []string
}

// Options control training.
type Options struct {
	Iterations int
	Seed       int64
	// Mix > 1 trains Mix models on the same sentences, with seeds Seed,
	// Seed+1, … (each its own order of the sentences), and keeps the mean
	// of their weights (perceptron.Mean): one seed's model moves by as
	// much as a change to the features does, and the mean keeps what the
	// orders agree on.
	Mix int
	Log func(format string, args ...any)
}

// Train learns a recognizer; gaz is the gazetteer (phrase → kind), words
// the cue words (word → cue bits).
func Train(sents []Sentence, gaz map[string]int, words map[string]uint8, opt Options) *Recognizer {
	if opt.Mix > 1 {
		return trainMix(sents, gaz, words, opt)
	}
	if opt.Iterations == 0 {
		opt.Iterations = 10
	}
	r := &Recognizer{Labels: []string{"O"}, Gazetteer: gaz, Words: words}
	for _, t := range Types {
		for _, p := range []string{"B-", "I-", "L-", "U-"} {
			r.Labels = append(r.Labels, p+t)
		}
	}
	r.init()
	lid := map[string]int{}
	for i, l := range r.Labels {
		lid[l] = i
	}
	tr := perceptron.NewTrainer(len(r.Labels))
	rng := rand.New(rand.NewSource(opt.Seed))
	scores := make([]float32, len(r.Labels))
	var f []uint64
	var gz, cu []uint8
	var pred []int
	for it := 0; it < opt.Iterations; it++ {
		good, total := 0, 0
		for _, j := range rng.Perm(len(sents)) {
			s := &sents[j]
			n := len(s.Lex)
			gz = append(gz[:0], make([]uint8, n)...)
			r.gazetteer(s.Lower, gz)
			cu = append(cu[:0], make([]uint8, n)...)
			r.cues(s.Lower, cu)
			mode := caseMode(s.Lex)
			pred = append(pred[:0], make([]int, n)...)
			prev := len(r.Labels)
			for i := 0; i < n; i++ {
				tr.Tick()
				f = features(f[:0], &s.Input, gz, cu, mode, pred, i)
				tr.Score(f, scores)
				p := r.best(prev, scores, i == n-1)
				if s.Labels[i] == Unknown {
					// No label to learn from: the prediction only
					// becomes the history of the next word.
					pred[i], prev = p, p
					continue
				}
				g := lid[s.Labels[i]]
				// An unconstrained argmax keeps learning even when the
				// constraint happens to rescue the prediction.
				if a := perceptron.Argmax(scores); a != g {
					p2 := p
					if p == g {
						p2 = a
					}
					tr.Update(g, p2, f)
				}
				if p == g {
					good++
				}
				total++
				pred[i] = p
				prev = p
			}
		}
		if opt.Log != nil {
			opt.Log("ner iteration %d: train token accuracy %.2f%%", it+1, 100*float64(good)/float64(max(total, 1)))
		}
	}
	r.model = tr.Average(0.001)
	return r
}

// trainMix trains opt.Mix recognizers with consecutive seeds and returns
// one whose model is the mean of theirs.
func trainMix(sents []Sentence, gaz map[string]int, words map[string]uint8, opt Options) *Recognizer {
	ms := make([]*perceptron.Model, opt.Mix)
	var r *Recognizer
	for k := range ms {
		o := opt
		o.Mix, o.Seed = 0, opt.Seed+int64(k)
		r = Train(sents, gaz, words, o)
		ms[k] = r.model
	}
	r.model = perceptron.Mean(ms...)
	return r
}

// Save writes the recognizer.
func (r *Recognizer) Save(w io.Writer) error {
	return perceptron.SaveBundle(w, meta{Labels: r.Labels, Gazetteer: r.Gazetteer, Words: r.Words}, r.model)
}

// Load reads a recognizer written by Save.
func Load(rd io.Reader) (*Recognizer, error) {
	var m meta
	ms, err := perceptron.LoadBundle(rd, &m)
	if err != nil {
		return nil, err
	}
	r := &Recognizer{Labels: m.Labels, Gazetteer: m.Gazetteer, Words: m.Words, model: ms[0]}
	r.init()
	return r, nil
}

// Prune drops weights below thr (see perceptron.Model.Prune).
func (r *Recognizer) Prune(thr float32) { r.model = r.model.Prune(thr) }

// Stats describes the model size.
func (r *Recognizer) Stats() (features, weights int) { return r.model.Features(), r.model.Weights() }

var locLast = map[string]bool{}
var locFirst = map[string]bool{}
var locWhole = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`river rivers sea seas ocean mountain mountains mountain hills hill valley desert
		island islands isles peninsula gulf bay coast strait straits channel lake lakes canyon forest forests park
		plateau plain plains basin delta range falls beach glacier cape reef volcano highlands lowlands border
		region heights steppe sound archipelago`) {
		locLast[w] = true
	}
	for _, w := range strings.Fields(`mount mt. lake gulf cape isle`) {
		locFirst[w] = true
	}
	for _, w := range []string{"africa", "asia", "europe", "antarctica", "australasia", "oceania", "north america",
		"south america", "latin america", "central america", "middle east", "the middle east", "near east", "far east",
		"east asia", "southeast asia", "south asia", "central asia", "eastern europe", "western europe", "the west",
		"the balkans", "balkans", "scandinavia", "caucasus", "the caucasus", "sahel", "the sahel", "arctic", "the arctic",
		"mediterranean", "the mediterranean", "caribbean", "the caribbean", "siberia", "donbas", "the donbas",
		"sub-saharan africa", "north africa", "west africa", "east africa", "the gulf", "persian gulf", "horn of africa"} {
		locWhole[w] = true
	}
}

// PlaceType decides GPE or LOC for a place name given as words.
func PlaceType(words []string) string {
	if len(words) == 0 {
		return "GPE"
	}
	// Lower-cased into a stack buffer: Harmonize calls this for every
	// place of every document, and m[string(b)] does not allocate.
	var buf [96]byte
	all := lowerJoin(buf[:0], words)
	if locWhole[string(all)] {
		return "LOC"
	}
	if locLast[string(lowerJoin(all[:0], words[len(words)-1:]))] || locFirst[string(lowerJoin(all[:0], words[:1]))] {
		return "LOC"
	}
	return "GPE"
}

// lowerJoin appends words, lower-cased and joined by spaces, to b.
func lowerJoin(b []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		for _, c := range w {
			b = utf8.AppendRune(b, unicode.ToLower(c))
		}
	}
	return b
}

// span is an entity over tokens [a, b).
type span struct {
	a, b int
	typ  string
}

func spans(ents []string) []span {
	var out []span
	start := -1
	for i, e := range ents {
		if len(e) < 3 {
			start = -1
			continue
		}
		switch e[0] {
		case 'U':
			out = append(out, span{i, i + 1, e[2:]})
			start = -1
		case 'B':
			start = i
		case 'L':
			if start >= 0 && ents[start][2:] == e[2:] {
				out = append(out, span{start, i + 1, e[2:]})
			}
			start = -1
		}
	}
	return out
}

func relabel(ents []string, s span) { Label(ents, s.a, s.b, s.typ) }

// labelTable holds the B-, I-, L- and U- labels of the types the recognizer
// produces, so that labelling a document (Harmonize relabels every span)
// concatenates no strings.
var labelTable = func() []struct {
	typ string
	l   [4]string
} {
	types := []string{"PERSON", "ORG", "GPE", "LOC", "NORP"}
	t := make([]struct {
		typ string
		l   [4]string
	}, len(types))
	for i, typ := range types {
		t[i].typ = typ
		t[i].l = [4]string{"B-" + typ, "I-" + typ, "L-" + typ, "U-" + typ}
	}
	return t
}()

// typeLabels returns typ's labels from labelTable, nil for another type.
func typeLabels(typ string) *[4]string {
	for i := range labelTable {
		if labelTable[i].typ == typ {
			return &labelTable[i].l
		}
	}
	return nil
}

// Label writes the BILOU labels of an entity of type typ over words
// [a, b) into labels: U- for one word, else B-, I-… and L-.
func Label(labels []string, a, b int, typ string) {
	if t := typeLabels(typ); t != nil {
		if b-a == 1 {
			labels[a] = t[3]
			return
		}
		labels[a] = t[0]
		for i := a + 1; i < b-1; i++ {
			labels[i] = t[1]
		}
		labels[b-1] = t[2]
		return
	}
	if b-a == 1 {
		labels[a] = "U-" + typ
		return
	}
	labels[a] = "B-" + typ
	for i := a + 1; i < b-1; i++ {
		labels[i] = "I-" + typ
	}
	labels[b-1] = "L-" + typ
}

// Harmonize makes one document's labels consistent, the way a reader
// takes a name to mean one thing throughout an article:
//
//   - a single word that ends a longer person's name in the document
//     ("Nesbit" after "Paul Nesbit") is that person;
//   - first, a name is cut at a bracket inside it and a place at the
//     country that ends it without a comma ("Invercargill New Zealand");
//   - a PERSON span loses its leading titles and nationalities and
//     what comes before a title inside it ("NASA CEO Mike Griffin": NASA
//     an organisation when it can be told) and is split at "and" or a
//     comma (trimPersons);
//   - a single word the gazetteer knows as a place or an organisation is
//     not a person ("China", "NATO"), nor is one that the document never
//     puts after a first name or title but does put before a model number
//     or an organisation suffix ("Boeing 737", "Apple Inc."), or before a
//     company's officer or stock ("Apple CEO", "Boeing shares"), or refers
//     back to with "it" and never with "he" or "she" ("Boeing said it");
//     "after the" is no such evidence ("the Bush administration");
//   - every mention of the same name (same words, same case) takes the type
//     most of its mentions got;
//   - later unlabelled occurrences of a capitalised name of several words
//     found elsewhere are labelled too, and so are a person's surname
//     (not starting a sentence) and, on the evidence above, one-word
//     names (oneWordRepeats);
//   - a company's legal form joins its name ("Google , Inc.",
//     legalSuffixes).
//
// words are the document's tokens as written, docb their document evidence
// (DocFeatures), ents their BILOU labels, changed in place.
func (r *Recognizer) Harmonize(words []string, docb []uint8, ents []string) {
	ss := spans(ents)
	if len(ss) == 0 {
		r.legalSuffixes(words, ents)
		return
	}
	ss = r.splitSpans(words, ents, ss)
	ss = r.extendPersons(words, docb, ents, ss)
	ss = r.trimPersons(words, ents, ss)
	key := func(a, b int) string { return strings.Join(words[a:b], " ") }
	surname := map[string]bool{}
	for _, s := range ss {
		// A word the gazetteer knows as a place or organisation is no
		// surname, though the model put it at the end of a "person"
		// ("Smart Taiwan" must not make every "Taiwan" a person).
		if s.typ == "PERSON" && s.b-s.a > 1 && !r.placeOrOrg(words[s.b-1:s.b]) {
			surname[words[s.b-1]] = true
		}
	}
	for i := range ss {
		s := &ss[i]
		if s.typ == "GPE" || s.typ == "LOC" {
			// Which of the two a place is, is PlaceType's rule, not
			// the model's guess ("Asia" is a region wherever it is).
			s.typ = PlaceType(words[s.a:s.b])
		}
		if s.typ == "PERSON" && s.b-s.a > 1 && r.placeOrOrg(words[s.a:s.b]) {
			// A known place or organisation of several words
			// ("San Antonio") is no person either.
			s.typ = r.retype(words, *s).typ
		}
		if s.b-s.a != 1 {
			continue
		}
		if surname[words[s.a]] {
			s.typ = "PERSON"
			continue
		}
		if s.typ != "PERSON" {
			continue
		}
		switch r.Gazetteer[strings.ToLower(words[s.a])] {
		case GazCountry, GazCapital, GazCity, GazRegion:
			s.typ = PlaceType(words[s.a:s.b])
		case GazOrg:
			s.typ = "ORG"
		case 0:
			if d := docb[s.a]; d&DocSurname == 0 && (d&(DocMaker|DocCorp) != 0 || d&(DocIt|DocHe) == DocIt &&
				r.Words[strings.ToLower(words[s.a])]&CueFirstName == 0) {
				s.typ = "ORG"
			}
		}
	}
	// One flat map of (name, type) counts: a map per name cost an
	// allocation per distinct name.
	type vote struct{ name, typ string }
	votes := make(map[vote]int, len(ss))
	for _, s := range ss {
		votes[vote{key(s.a, s.b), s.typ}]++
	}
	best := func(k string) (string, int) {
		bt, bn := "", 0
		for _, t := range Types {
			if n := votes[vote{k, t}]; n > bn {
				bt, bn = t, n
			}
		}
		return bt, bn
	}
	for _, s := range ss {
		k := key(s.a, s.b)
		if bt, bn := best(k); bn > votes[vote{k, s.typ}] {
			s.typ = bt
		}
		relabel(ents, s)
	}
	// Unlabelled repeats of multi-word names.
	for i := 0; i < len(words); i++ {
		if ents[i] != "O" || !upperStart(words[i]) {
			continue
		}
		for _, s := range ss {
			n := s.b - s.a
			if n < 2 || i+n > len(words) || words[i] != words[s.a] {
				continue
			}
			ok := true
			for j := 0; j < n; j++ {
				ok = ok && ents[i+j] == "O" && words[i+j] == words[s.a+j]
			}
			if ok {
				t, _ := best(key(s.a, s.b))
				relabel(ents, span{i, i + n, t})
				i += n - 1
				break
			}
		}
	}
	r.oneWordRepeats(words, docb, ents, best)
	surnames(words, ents, surname)
	r.legalSuffixes(words, ents)
}

// legalForms end a company's registered name, after a comma or not.
var legalForms = map[string]bool{"inc.": true, "inc": true, "corp.": true, "ltd.": true, "ltd": true, "llc": true,
	"l.l.c.": true, "plc": true, "l.p.": true, "llp": true, "gmbh": true, "n.v.": true, "s.a.": true, "pvt.": true}

// legalSuffixes takes a company's legal form into its name, as a reader
// and the annotators do: "Google , Inc." and "Acme Ltd." are one
// organisation, whether the recognizer labelled the name before the form
// (as anything) or left it out, and whether it labelled the form alone.
func (r *Recognizer) legalSuffixes(words, ents []string) {
	var buf [8]byte
	for k := 1; k < len(words); k++ {
		// upperStart first: most words need no lower-casing at all.
		if !upperStart(words[k]) || len(words[k]) > 6 || !legalForms[string(lowerJoin(buf[:0], words[k:k+1]))] ||
			ents[k][0] == 'I' {
			continue
		}
		if ents[k][0] == 'B' {
			// The form starts a longer span ("Inc. of Mountain View"):
			// the form belongs to the name before it, and what follows
			// is a name of its own if it starts with a capital.
			m, typ := k+1, ents[k][2:]
			for m < len(ents) && ents[m][0] == 'I' {
				m++
			}
			if m == len(ents) || ents[m][0] != 'L' {
				continue
			}
			for i := k; i <= m; i++ {
				ents[i] = "O"
			}
			if upperStart(words[k+1]) {
				relabel(ents, span{k + 1, m + 1, typ})
			}
		}
		e := k - 1 // the name's last word
		if words[e] == "," {
			e--
		}
		if e < 0 || !upperStart(words[e]) || ents[e] != "O" && ents[e][0] != 'L' && ents[e][0] != 'U' {
			continue
		}
		a := e
		if ents[e] == "O" {
			for a > 0 && ents[a-1] == "O" && upperStart(words[a-1]) && !sentenceEnd(words[a-1]) {
				a--
			}
			// A common word capitalised at the start of a sentence
			// ("The", "Yesterday") is not part of the name.
			for a < e && r.Words[strings.ToLower(words[a])]&(CueCommon|CueTemporal) != 0 {
				a++
			}
		} else {
			for a > 0 && ents[a][0] != 'B' && ents[a][0] != 'U' {
				a--
			}
		}
		for i := a; i <= k; i++ {
			ents[i] = "O"
		}
		relabel(ents, span{a, k + 1, "ORG"})
	}
}

// oneWordRepeats labels the unlabelled capitalised occurrences of a one-
// word name that the document labels at least twice and at least as often
// as it leaves it out ("Canon" in "call Canon" when two other sentences
// named it), unless the word is written in lower case somewhere or a model
// number follows it ("Boeing 787" names a product). Persons are left
// alone: a one-word "person" is the recognizer's commonest mistake for a
// company it does not know, and spreading it costs more than it finds.
// A capitalised word the document repeats and that a company's officer or
// stock follows somewhere ("Apple CEO", "Boeing shares"; DocCorp), never a
// first name, title or "he", is an organisation wherever it is unlabelled.
func (r *Recognizer) oneWordRepeats(words []string, docb []uint8, ents []string, best func(string) (string, int)) {
	named, unnamed := map[string]int{}, map[string]int{}
	for i, w := range words {
		if !upperStart(w) || docb[i]&DocLower != 0 {
			continue
		}
		switch {
		case strings.HasPrefix(ents[i], "U-"):
			named[w]++
		case ents[i] == "O":
			unnamed[w]++
		}
	}
	for i, w := range words {
		if ents[i] != "O" || !upperStart(w) || docb[i]&DocLower != 0 {
			continue
		}
		if i+1 < len(words) && model(words[i+1]) {
			continue
		}
		if named[w] >= 2 && named[w] >= unnamed[w] {
			if t, _ := best(w); t != "" && t != "PERSON" {
				relabel(ents, span{i, i + 1, t})
			}
			continue
		}
		if r.companyEvidence(w, docb[i], named[w]+unnamed[w]) {
			relabel(ents, span{i, i + 1, "ORG"})
		}
	}
}

// splitSpans cuts a name at a bracket inside it ("WASHINGTON ( Reuters")
// and a place at the country that ends it without a comma ("Invercargill
// New Zealand" is a city and a country, "Papua New Guinea" one country).
func (r *Recognizer) splitSpans(words, ents []string, ss []span) []span {
	var out []span
	for _, s := range ss {
		parts := []span{s}
		// splitSpan leaves whole (and allocates to say so) every span
		// but a place or one with a bracket inside.
		if s.b-s.a > 1 && (s.typ == "GPE" || s.typ == "LOC" || hasBracket(words[s.a:s.b])) {
			parts = r.splitSpan(words, s)
		}
		if len(parts) != 1 || parts[0] != s {
			for i := s.a; i < s.b; i++ {
				ents[i] = "O"
			}
			for _, p := range parts {
				relabel(ents, p)
			}
		}
		out = append(out, parts...)
	}
	return out
}

// hasBracket reports whether words hold a round or square bracket.
func hasBracket(words []string) bool {
	for _, w := range words {
		if w == "(" || w == ")" || w == "[" || w == "]" {
			return true
		}
	}
	return false
}

func (r *Recognizer) splitSpan(words []string, s span) []span {
	for i := s.a; i < s.b; i++ {
		if w := words[i]; w == "(" || w == ")" || w == "[" || w == "]" {
			var out []span
			if i > s.a {
				out = append(out, r.splitSpan(words, r.retype(words, span{s.a, i, s.typ}))...)
			}
			if i+1 < s.b {
				out = append(out, r.splitSpan(words, r.retype(words, span{i + 1, s.b, s.typ}))...)
			}
			return out
		}
	}
	if s.typ != "GPE" && s.typ != "LOC" || r.Gazetteer[strings.ToLower(strings.Join(words[s.a:s.b], " "))] != 0 {
		return []span{s}
	}
	for k := s.a + 1; k < s.b; k++ {
		if r.Gazetteer[strings.ToLower(strings.Join(words[k:s.b], " "))] == GazCountry && !placeModifier[strings.ToLower(words[k-1])] {
			return []span{{s.a, k, PlaceType(words[s.a:k])}, {k, s.b, PlaceType(words[k:s.b])}}
		}
	}
	return []span{s}
}

// placeOrOrg reports whether the gazetteer knows words as a place or an
// organisation.
func (r *Recognizer) placeOrOrg(words []string) bool {
	var buf [96]byte
	switch r.Gazetteer[string(lowerJoin(buf[:0], words))] {
	case GazCountry, GazCapital, GazCity, GazRegion, GazOrg:
		return true
	}
	return false
}

// retype gives a part of a split name the type the gazetteer knows it by.
func (r *Recognizer) retype(words []string, s span) span {
	switch r.Gazetteer[strings.ToLower(strings.Join(words[s.a:s.b], " "))] {
	case GazCountry, GazCapital, GazCity, GazRegion:
		s.typ = PlaceType(words[s.a:s.b])
	case GazOrg:
		s.typ = "ORG"
	}
	return s
}

// placeModifier words make one name with the country after them ("South
// Korea", "New Guinea", "Greater China").
var placeModifier = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "new": true, "upper": true, "lower": true,
	"greater": true, "equatorial": true, "democratic": true, "republic": true, "of": true, "the": true}

// extendPersons takes into a person's name of two words or more, or a
// known first name, the capitalised word right after it that nothing else
// claims: no label, no gazetteer entry or cue, never written in lower case
// ("Muhammed Usman Saddique , 24": the greedy decoder closed the name a
// word early).
func (r *Recognizer) extendPersons(words []string, docb []uint8, ents []string, ss []span) []span {
	for i := range ss {
		s := &ss[i]
		if s.typ != "PERSON" || s.b >= len(words) {
			continue
		}
		if s.b-s.a == 1 && r.Words[strings.ToLower(words[s.a])]&CueFirstName == 0 {
			continue
		}
		w := words[s.b]
		lw := strings.ToLower(w)
		if ents[s.b] != "O" || !upperStart(w) || docb[s.b]&DocLower != 0 || r.Gazetteer[lw] != 0 || r.Words[lw] != 0 {
			continue
		}
		if !isWord(w) {
			continue
		}
		s.b++
		relabel(ents, *s)
	}
	return ss
}

// isWord reports whether w is made of letters (an apostrophe, hyphen or
// full stop inside allowed): "O'Neil", "Smith-Jones".
func isWord(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) && (i == 0 || !strings.ContainsRune("'-.", r)) {
			return false
		}
	}
	return true
}

// surnames labels an unlabelled capitalised word that ends a person's full
// name elsewhere in the document as that person ("Jobs resigned" after
// "Steve Jobs", though "jobs" is a common word), except at the start of a
// sentence, where a capital says nothing.
func surnames(words, ents []string, surname map[string]bool) {
	for i, w := range words {
		if ents[i] != "O" || !surname[w] || !upperStart(w) || !isWord(w) || strings.Contains(w, ".") || i == 0 ||
			sentenceEnd(words[i-1]) {
			continue
		}
		if i+1 < len(words) && upperStart(words[i+1]) && ents[i+1] != "O" {
			continue // part of another name
		}
		relabel(ents, span{i, i + 1, "PERSON"})
	}
}

// companyEvidence reports whether the document's evidence about a
// capitalised word it writes n times says it names a company: a company's
// officer or stock follows it, and no first name, title or "he" shows it
// is a person.
func (r *Recognizer) companyEvidence(w string, d uint8, n int) bool {
	lw := strings.ToLower(w)
	if d&(DocSurname|DocHe) != 0 || r.Gazetteer[lw] != 0 || n < 2 {
		return false
	}
	// "it" after the word is too weak here: the recognizer did not call
	// it a person, and "its" follows many a capitalised word (+0.2 on
	// MEANTIME for 0.7 of its precision).
	return d&DocCorp != 0
}

// trimPersons cuts what a PERSON span should not hold: leading titles and
// nationalities ("Russian President Vladimir Putin" → "Vladimir Putin",
// "Russian" a NORP) and the "and" or comma joining two people ("Kim and
// Putin" → "Kim", "Putin"). It relabels ents and returns the new spans.
func (r *Recognizer) trimPersons(words, ents []string, ss []span) []span {
	var out []span
	for _, s := range ss {
		if s.typ != "PERSON" || s.b-s.a < 2 {
			out = append(out, s)
			continue
		}
		for i := s.a; i < s.b; i++ {
			ents[i] = "O"
		}
		a := s.a
		// A title inside the span ends what came before it: "NASA
		// Administrator Mike Griffin", "UN Secretary General Kofi Annan",
		// "Apple CEO Steve Jobs". The words before it name the title's
		// organisation or country when the gazetteer or an acronym says so.
		for k := s.b - 2; k > a; k-- {
			if r.Gazetteer[strings.ToLower(words[k])] != GazTitle {
				continue
			}
			j := k
			for j > a && r.Gazetteer[strings.ToLower(words[j-1])] == GazTitle {
				j--
			}
			if j > a {
				if t := r.ownerType(words[a:j]); t != "" {
					n := span{a, j, t}
					relabel(ents, n)
					out = append(out, n)
				}
				a = j
			}
			break
		}
		for a < s.b-1 {
			k := r.Gazetteer[strings.ToLower(words[a])]
			if k != GazTitle && k != GazDemonym {
				break
			}
			if k == GazDemonym {
				n := span{a, a + 1, "NORP"}
				relabel(ents, n)
				out = append(out, n)
			}
			a++
		}
		for a < s.b {
			b := a
			for b < s.b && words[b] != "and" && words[b] != "&" && words[b] != "," {
				b++
			}
			if b > a && upperStart(words[a]) {
				p := span{a, b, "PERSON"}
				relabel(ents, p)
				out = append(out, p)
			}
			a = b + 1
		}
	}
	return out
}

// ownerType types the words before a title inside a person's span: a
// place, organisation or nationality the gazetteer knows, an acronym or a
// name ending in an organisation suffix ("Apple Inc."); "" when nothing
// says.
func (r *Recognizer) ownerType(ws []string) string {
	switch r.Gazetteer[strings.ToLower(strings.Join(ws, " "))] {
	case GazCountry, GazCapital, GazCity, GazRegion:
		return PlaceType(ws)
	case GazOrg:
		return "ORG"
	case GazDemonym:
		return "NORP"
	case GazTitle:
		return ""
	}
	if len(ws) == 1 && acronym(ws[0]) || r.Words[strings.ToLower(ws[len(ws)-1])]&CueOrgSuffix != 0 {
		return "ORG"
	}
	return ""
}

// acronym reports whether w is two or more capital letters (dots and
// digits allowed): "NASA", "U.N.".
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == '&' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return n >= 2
}

func upperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// SpanScores scores the entity types of given spans of a sentence, for
// labelling text whose name boundaries are known but whose types are not
// (silver training data from a treebank's proper nouns). The sentence is
// decoded with its labels fixed — O outside the spans, each span one
// entity — and for each span the summed label scores of every type in
// Types are returned in types[k] (same order as Types), and in none[k] the
// summed score of leaving it out (O on every word). A span's best type
// becomes the history the spans after it are scored with. Spans must be
// sorted and must not overlap.
func (r *Recognizer) SpanScores(in *Input, spans [][2]int, s *Scratch) (types [][]float32, none []float32) {
	n, mode := r.prepare(in, s)
	lid := make(map[string]int, len(r.Labels))
	for i, l := range r.Labels {
		lid[l] = i
	}
	ents := make([]int, n) // 0 is "O"
	labels := make([]string, n)
	for _, sp := range spans {
		a, b := sp[0], sp[1]
		score := func() float32 {
			var sum float32
			for i := a; i < b; i++ {
				s.feats = features(s.feats[:0], in, s.gaz, s.cues, mode, ents, i)
				r.model.Score(s.feats, s.scores)
				sum += s.scores[ents[i]]
			}
			return sum
		}
		ts := make([]float32, len(Types))
		best := 0
		for t, typ := range Types {
			Label(labels, a, b, typ)
			for i := a; i < b; i++ {
				ents[i] = lid[labels[i]]
			}
			ts[t] = score()
			if ts[t] > ts[best] {
				best = t
			}
		}
		clear(ents[a:b])
		none = append(none, score())
		Label(labels, a, b, Types[best])
		for i := a; i < b; i++ {
			ents[i] = lid[labels[i]]
		}
		types = append(types, ts)
	}
	return types, none
}
