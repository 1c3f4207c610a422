package corrupt

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

// pronounWord are words that refer back; a sentence holding one cannot be
// moved or lifted into another article without losing its reference.
var pronounWord = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "his": true, "her": true, "their": true, "its": true,
	"him": true, "them": true, "this": true, "these": true, "those": true, "we": true, "i": true, "you": true,
	"our": true, "us": true, "my": true, "your": true, "there": true, "such": true, "also": true, "other": true,
	"former": true, "latter": true, "same": true, "then": true,
}

// connective are sentence openers that lean on what came before.
var connective = map[string]bool{
	"but": true, "and": true, "however": true, "still": true, "yet": true, "meanwhile": true, "so": true,
	"then": true, "instead": true, "moreover": true, "thus": true, "therefore": true, "or": true, "nor": true,
	"because": true, "while": true, "although": true, "as": true, "later": true, "earlier": true,
}

// variants returns the names in a random order.
func (g *gen) variants(names ...string) []string {
	out := make([]string, len(names))
	for i, j := range g.shuffled(len(names)) {
		out[i] = names[j]
	}
	return out
}

// ---- entity swap -------------------------------------------------------

// swappable entity types: a person for a person, an organisation for an
// organisation, a country for a country; names of the same type fit the
// same grammatical slot.
var swappable = map[string]bool{doc.Person: true, doc.Org: true, doc.GPE: true, doc.NORP: true, doc.Loc: true}

type mention struct {
	e    *doc.Entity
	m    mentionSpan
	sent int
}

type mentionSpan struct{ doc.Mention }

func (m mentionSpan) span() doc.Span { return doc.Span{Start: m.Start, End: m.End, Text: m.Text} }

// names reports whether a mention names its entity: capitalised and sharing
// a word with the canonical name ("Putin" for Vladimir Putin), not "the
// company" or "he".
func names(m doc.Mention, e *doc.Entity) bool {
	if m.Pronoun || !isUpperStart(strings.TrimPrefix(strings.TrimPrefix(m.Text, "the "), "The ")) {
		return false
	}
	if strings.EqualFold(m.Text, e.Canonical) {
		return true
	}
	cw := wordSet(e.Canonical)
	for w := range wordSet(m.Text) {
		if cw[w] && w != "the" {
			return true
		}
	}
	return false
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[f] = true
	}
	return m
}

// related reports whether two names share a word ("Trump", "Donald Trump
// Jr."): exchanging them may not change who is meant.
func related(a, b string) bool {
	bw := wordSet(b)
	for w := range wordSet(a) {
		if bw[w] && w != "the" && w != "of" {
			return true
		}
	}
	return false
}

func (g *gen) mentions() []mention {
	var out []mention
	for i := range g.d.Entities {
		e := &g.d.Entities[i]
		if !swappable[e.Type] {
			continue
		}
		for _, m := range e.Mentions {
			if names(m, e) && !strings.ContainsAny(m.Text, "\n\"“”") && g.free(m.Start, m.End) {
				out = append(out, mention{e: e, m: mentionSpan{m}, sent: g.d.SentenceAt(m.Start)})
			}
		}
	}
	return out
}

// free reports whether [a, b) stands apart from its neighbours: not glued
// to a word or a hyphen ("African-Americans" holds no swappable name).
func (g *gen) free(a, b int) bool {
	glued := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '/' }
	if a > 0 && glued(g.runes[a-1]) || b < len(g.runes) && glued(g.runes[b]) || b-a < 2 {
		return false
	}
	// A capitalised word right before or after is part of a longer name
	// the analyser cut ("European Aeronautic Defence and Space Company").
	if i := g.d.TokenAt(a); i > 0 && g.d.Tokens[i-1].Sent == g.d.Tokens[i].Sent && isUpperStart(g.d.Tokens[i-1].Text) {
		return false
	}
	if i := g.d.TokenAt(b - 1); i >= 0 && i+1 < len(g.d.Tokens) && g.d.Tokens[i+1].Sent == g.d.Tokens[i].Sent && isUpperStart(g.d.Tokens[i+1].Text) {
		return false
	}
	return true
}

// verbBetween reports whether a verb stands between code points a and b,
// so that two names there play different parts in a clause ("Clinton led
// Trump"), not items of a list ("Apple and AT&T").
func (g *gen) verbBetween(a, b int) bool {
	for i := max(g.d.TokenAt(a), 0); i < len(g.d.Tokens) && g.d.Tokens[i].Start < b; i++ {
		if t := g.d.Tokens[i]; t.Start >= a && (t.POS == "VERB" || t.POS == "AUX") {
			return true
		}
	}
	return false
}

// acceptFor lists the findings that name a change of the names at spans:
// a swap, an invention, or, when a name is the source of an attribution,
// words given to someone else.
func (g *gen) acceptFor(spans ...doc.Span) []string {
	for _, a := range g.d.Attributions {
		for _, sp := range spans {
			if a.Source != nil && a.Source.Overlaps(sp) {
				return append(append([]string(nil), acceptEntity...), acceptReassign...)
			}
		}
	}
	return acceptEntity
}

func (g *gen) entitySwap() (Sample, bool) {
	ms := g.mentions()
	if len(ms) == 0 {
		return Sample{}, false
	}
	for _, v := range g.variants("swap", "replace") {
		if v == "swap" {
			for _, i := range g.shuffled(len(ms)) {
				a := ms[i]
				for _, j := range g.shuffled(len(ms)) {
					b := ms[j]
					if b.sent != a.sent || b.m.Start <= a.m.End || b.e.Type != a.e.Type || related(a.e.Canonical, b.e.Canonical) ||
						related(a.m.Text, b.m.Text) || !g.verbBetween(a.m.End, b.m.Start) {
						continue
					}
					text, sp := g.apply(edit{a.m.Start, a.m.End, b.m.Text}, edit{b.m.Start, b.m.End, a.m.Text})
					return Sample{Kind: EntitySwap, Variant: "swap", Text: text, Spans: sp, Accept: g.acceptFor(a.m.span(), b.m.span()),
						Before: g.slice(a.m.Start, b.m.End), After: string([]rune(text)[sp[0].Start:sp[1].End])}, true
				}
			}
			continue
		}
		for _, i := range g.shuffled(len(ms)) {
			a := ms[i]
			var inSent []*doc.Entity
			st := g.d.Sentences[a.sent]
			for k := range g.d.Entities {
				e := &g.d.Entities[k]
				for _, m := range e.Mentions {
					if m.Start >= st.Start && m.End <= st.End {
						inSent = append(inSent, e)
						break
					}
				}
			}
			for _, j := range g.shuffled(len(ms)) {
				b := ms[j]
				if b.e.Type != a.e.Type || slices.ContainsFunc(inSent, func(e *doc.Entity) bool { return e == b.e || related(e.Canonical, b.e.Canonical) }) {
					continue
				}
				repl := replacement(a.m.Text, b.e)
				if repl == "" || related(repl, a.m.Text) {
					continue
				}
				text, sp := g.apply(edit{a.m.Start, a.m.End, repl})
				return Sample{Kind: EntitySwap, Variant: "replace", Text: text, Spans: sp, Accept: g.acceptFor(a.m.span()),
					Before: a.m.Text, After: repl}, true
			}
		}
	}
	return Sample{}, false
}

// replacement is the name of e written the way old was written: a surname
// for a surname, with or without "the", plural for a plural nationality.
func replacement(old string, e *doc.Entity) string {
	name := e.Canonical
	the := ""
	for _, p := range []string{"the ", "The "} {
		if strings.HasPrefix(old, p) {
			the = p
		}
		name = strings.TrimPrefix(name, p)
	}
	if name == "" || !isUpperStart(name) {
		return ""
	}
	if e.Type == doc.Person && !strings.Contains(old, " ") {
		f := strings.Fields(name)
		name = f[len(f)-1]
	}
	if e.Type == doc.NORP && strings.HasSuffix(old, "s") && !strings.HasSuffix(name, "s") {
		name += "s"
	}
	return the + name
}

// ---- number change -----------------------------------------------------

var digitRun = regexp.MustCompile(`\d[\d,]*(\.\d+)?`)

var numberWords = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty"}

// unitSwap changes what a number measures without touching its value.
var unitSwap = map[string]string{
	"million": "billion", "billion": "million", "thousand": "million", "trillion": "billion",
	"dollars": "euros", "euros": "dollars", "pounds": "dollars", "yen": "dollars",
	"$": "€", "€": "$", "£": "$",
	"kilometres": "miles", "kilometers": "miles", "km": "miles", "miles": "kilometres",
	"metres": "feet", "meters": "feet", "feet": "metres", "tons": "kilograms", "tonnes": "kilograms",
}

// measureSwap changes what happened to the people counted.
var measureSwap = map[string]string{
	"killed": "wounded", "wounded": "killed", "injured": "killed", "arrested": "killed", "dead": "missing",
	"missing": "dead", "deaths": "injuries", "injuries": "deaths", "evacuated": "killed", "displaced": "killed",
}

func yearLike(f *doc.Figure) bool {
	return f.Value != nil && *f.Value >= 1900 && *f.Value <= 2100 && f.Unit == "" && len(strings.TrimSpace(f.Text)) == 4
}

func (g *gen) numberChange() (Sample, bool) {
	figs := g.d.Figures
	if len(figs) == 0 {
		return Sample{}, false
	}
	for _, v := range g.variants("value", "value", "unit", "measure") {
		for _, i := range g.shuffled(len(figs)) {
			f := &figs[i]
			if yearLike(f) || strings.ContainsAny(f.Text, "\n") {
				continue
			}
			var s Sample
			var ok bool
			switch v {
			case "value":
				s, ok = g.changeValue(f)
			case "unit":
				s, ok = g.changeUnit(f)
			case "measure":
				s, ok = g.changeMeasure(f)
			}
			if ok {
				return s, true
			}
		}
	}
	return Sample{}, false
}

func (g *gen) changeValue(f *doc.Figure) (Sample, bool) {
	runes := []rune(f.Text)
	var a, b int
	var repl string
	if loc := digitRun.FindStringIndex(f.Text); loc != nil {
		old := strings.TrimRight(f.Text[loc[0]:loc[1]], ",")
		a = utf8.RuneCountInString(f.Text[:loc[0]])
		b = a + utf8.RuneCountInString(old)
		repl = g.newNumber(old)
	} else {
		// A number written as a word.
		for k, w := range strings.Fields(f.Text) {
			lw := strings.ToLower(strings.Trim(w, ".,"))
			if idx := wordIndex(lw); idx >= 0 {
				n := numberWords[(idx+1+g.pick(len(numberWords)-1))%len(numberWords)]
				if isUpperStart(w) {
					n = capitalize(n)
				}
				pre := strings.Join(strings.Fields(f.Text)[:k], " ")
				if pre != "" {
					pre += " "
				}
				a = utf8.RuneCountInString(pre)
				b = a + utf8.RuneCountInString(lw)
				repl = n
				break
			}
		}
	}
	if repl == "" || repl == string(runes[a:b]) {
		return Sample{}, false
	}
	text, sp := g.apply(edit{f.Start + a, f.Start + b, repl})
	return Sample{Kind: NumberChange, Variant: "value", Text: text, Spans: sp, Accept: acceptFigure, Before: f.Text,
		After: string(runes[:a]) + repl + string(runes[b:])}, true
}

func wordIndex(w string) int {
	for i, n := range numberWords {
		if n == w {
			return i
		}
	}
	return -1
}

// newNumber writes a different value in the style of old ("1,150" →
// "2,300", "7.9" → "9.4").
func (g *gen) newNumber(old string) string {
	plain := strings.ReplaceAll(old, ",", "")
	dec := 0
	if i := strings.IndexByte(plain, '.'); i >= 0 {
		dec = len(plain) - i - 1
	}
	v, err := strconv.ParseFloat(plain, 64)
	if err != nil {
		return ""
	}
	var nv float64
	switch g.pick(3) {
	case 0:
		nv = v * 2
	case 1:
		nv = v * 3
	default:
		if v >= 4 {
			nv = v / 2
		} else {
			nv = v + 3
		}
	}
	if dec == 0 {
		nv = float64(int64(nv + 0.5))
	}
	if nv == v || nv == 0 {
		nv = v + 1
	}
	s := strconv.FormatFloat(nv, 'f', dec, 64)
	if strings.Contains(old, ",") || (nv >= 10000 && dec == 0) {
		s = commas(s)
	}
	return s
}

func commas(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// tokensAfter returns the indexes of the figure's tokens and the n tokens
// after it in its sentence.
func (g *gen) tokensAround(f *doc.Figure, after int) []int {
	var out []int
	d := g.d
	first := d.TokenAt(f.Start)
	if first < 0 {
		return nil
	}
	sent := d.Tokens[first].Sent
	extra := 0
	for i := first; i < len(d.Tokens) && d.Tokens[i].Sent == sent; i++ {
		if d.Tokens[i].Start >= f.End {
			if extra >= after {
				break
			}
			extra++
		}
		out = append(out, i)
	}
	return out
}

func (g *gen) changeUnit(f *doc.Figure) (Sample, bool) {
	for _, i := range g.tokensAround(f, 1) {
		t := g.d.Tokens[i]
		repl, ok := unitSwap[t.Lower]
		if !ok {
			continue
		}
		if isUpperStart(t.Text) {
			repl = capitalize(repl)
		}
		end := max(f.End, t.End)
		e := edit{t.Start, t.End, repl}
		text, _ := g.apply(e)
		sp := widen(text, e, f.Start, end)
		return Sample{Kind: NumberChange, Variant: "unit", Text: text, Spans: []doc.Span{sp}, Accept: acceptFigure,
			Before: g.slice(f.Start, end), After: sp.Text}, true
	}
	return Sample{}, false
}

func (g *gen) changeMeasure(f *doc.Figure) (Sample, bool) {
	if f.Measure == doc.Other || f.Measure == "" || f.Measure == doc.Money || f.Measure == doc.Percent {
		return Sample{}, false
	}
	for _, i := range g.tokensAround(f, 8) {
		t := g.d.Tokens[i]
		repl, ok := measureSwap[t.Lower]
		if !ok || t.Start < f.End {
			continue
		}
		if isUpperStart(t.Text) {
			repl = capitalize(repl)
		}
		e := edit{t.Start, t.End, repl}
		text, _ := g.apply(e)
		sp := widen(text, e, f.Start, t.End)
		return Sample{Kind: NumberChange, Variant: "measure", Text: text, Spans: []doc.Span{sp}, Accept: acceptFigure,
			Before: g.slice(f.Start, t.End), After: sp.Text}, true
	}
	return Sample{}, false
}

// ---- hedge removal -----------------------------------------------------

var possibleModal = map[string]bool{"could": true, "may": true, "might": true}

func (g *gen) hedgeRemoval() (Sample, bool) {
	for _, v := range g.variants("bound", "modal") {
		if v == "bound" {
			for _, i := range g.shuffled(len(g.d.Figures)) {
				f := &g.d.Figures[i]
				if f.Hedge == "" || f.Bound == doc.Exact || f.Bound == doc.Range || yearLike(f) {
					continue
				}
				h := strings.ToLower(f.Hedge)
				if possibleModal[strings.Fields(h)[0]] || !strings.HasPrefix(strings.ToLower(f.Text), h+" ") {
					continue
				}
				rest := strings.TrimSpace(f.Text[len(f.Hedge):])
				if rest == "" || !strings.ContainsAny(rest, "0123456789") && wordIndex(strings.ToLower(strings.Fields(rest)[0])) < 0 {
					continue
				}
				if isUpperStart(f.Text) {
					rest = capitalize(rest)
				}
				text, sp := g.apply(edit{f.Start, f.End, rest})
				return Sample{Kind: HedgeRemoval, Variant: "bound", Text: text, Spans: sp, Accept: acceptHedge, Before: f.Text, After: rest}, true
			}
			continue
		}
		// A modal made fact: "could exceed" → "exceeded".
		toks := g.d.Tokens
		for _, i := range g.shuffled(len(toks)) {
			t := toks[i]
			if !possibleModal[t.Lower] || i+1 >= len(toks) {
				continue
			}
			vb := toks[i+1]
			if vb.Tag != "VB" || vb.Sent != t.Sent || vb.Lower == "be" || vb.Lower == "have" || !g.inClaim(t.Start) {
				continue
			}
			p := past(vb.Lower)
			if p == "" {
				continue
			}
			if isUpperStart(t.Text) {
				p = capitalize(p)
			}
			text, sp := g.apply(edit{t.Start, vb.End, p})
			return Sample{Kind: HedgeRemoval, Variant: "modal", Text: text, Spans: sp, Accept: acceptHedge,
				Before: g.slice(t.Start, vb.End), After: p}, true
		}
	}
	return Sample{}, false
}

// inClaim reports whether code point r lies inside one of the claims.
func (g *gen) inClaim(r int) bool {
	for _, c := range g.d.Claims {
		if r >= c.Start && r < c.End {
			return true
		}
	}
	return false
}

// ---- negation flip -----------------------------------------------------

// negator are the words flipNegation adds or removes; otherNegator the
// ones it leaves alone (a clause that holds one is not rewritten: "no one
// is not writing" is no English).
var (
	negator      = map[string]bool{"not": true, "n't": true, "n’t": true}
	otherNegator = map[string]bool{"no": true, "never": true, "nothing": true, "none": true, "nobody": true, "neither": true, "nor": true, "without": true}
)

var finiteAux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "am": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "shall": true, "does": true, "do": true, "did": true,
}

func (g *gen) negationFlip() (Sample, bool) {
	d := g.d
	for _, ci := range g.shuffled(len(d.Claims)) {
		cl := &d.Claims[ci]
		if cl.Sentence < 0 || cl.Sentence >= len(d.Sentences) || strings.Contains(cl.Text, "?") {
			continue
		}
		st := d.Sentences[cl.Sentence]
		in := func(i int) bool {
			return i >= st.First && i < st.Limit && d.Tokens[i].Start >= cl.Start && d.Tokens[i].End <= cl.End
		}
		root := -1
		for i := st.First; i < st.Limit; i++ {
			if in(i) && otherNegator[d.Tokens[i].Lower] {
				root = -1
				break
			}
			t := &d.Tokens[i]
			if in(i) && (t.Head < 0 || !in(t.Head)) && (t.POS == "VERB" || t.POS == "AUX" || t.POS == "ADJ") {
				root = i
				break
			}
		}
		if root < 0 {
			continue
		}
		e, variant, ok := g.flipAt(st, root, in)
		if !ok {
			continue
		}
		text, _ := g.apply(e)
		sp := widen(text, e, cl.Start, cl.End)
		a, b := max(e.start-20, cl.Start), min(e.end+20, cl.End)
		return Sample{Kind: NegationFlip, Variant: variant, Text: text, Spans: []doc.Span{sp}, Accept: acceptNegation,
			Before: g.slice(a, b), After: string([]rune(text)[a : b+utf8.RuneCountInString(e.text)-(e.end-e.start)])}, true
	}
	return Sample{}, false
}

// flipAt builds the edit that negates (or un-negates) the clause headed by
// token root.
func (g *gen) flipAt(st doc.Sentence, root int, in func(int) bool) (edit, string, bool) {
	d := g.d
	tok := d.Tokens
	var aux []int
	neg := -1
	for i := st.First; i < st.Limit; i++ {
		if !in(i) || tok[i].Head != root {
			continue
		}
		switch {
		case tok[i].Lower == "not" || tok[i].Lower == "n't" || tok[i].Lower == "n’t":
			neg = i
		case i < root && (tok[i].Dep == "aux" || tok[i].Dep == "aux:pass" || tok[i].Dep == "cop"):
			aux = append(aux, i)
		}
	}
	if neg >= 0 {
		p := neg - 1
		if p < st.First {
			return edit{}, "", false
		}
		pl := tok[p].Lower
		switch {
		case (pl == "do" || pl == "does" || pl == "did") && root == neg+1:
			form := tok[root].Lower
			switch pl {
			case "did":
				form = past(tok[root].Lower)
			case "does":
				form = third(tok[root].Lower)
			}
			if form == "" || tok[root].Tag != "VB" {
				return edit{}, "", false
			}
			if isUpperStart(tok[p].Text) {
				form = capitalize(form)
			}
			return edit{tok[p].Start, tok[root].End, form}, "remove_not", true
		case pl == "do" || pl == "does" || pl == "did":
			return edit{}, "", false
		case tok[neg].Lower != "not" && (pl == "ca" || pl == "wo"):
			w := map[string]string{"ca": "can", "wo": "will"}[pl]
			if isUpperStart(tok[p].Text) {
				w = capitalize(w)
			}
			return edit{tok[p].Start, tok[neg].End, w}, "remove_not", true
		case finiteAux[pl]:
			start := tok[neg].Start
			if tok[p].SpaceAfter {
				start = tok[p].End
			}
			return edit{start, tok[neg].End, ""}, "remove_not", true
		}
		return edit{}, "", false
	}
	for _, a := range aux {
		if finiteAux[tok[a].Lower] && a+1 < len(tok) && !negator[tok[a+1].Lower] {
			return edit{tok[a].End, tok[a].End, " not"}, "add_not", true
		}
	}
	if len(aux) > 0 {
		return edit{}, "", false
	}
	r := tok[root]
	switch {
	case r.Lower == "is" || r.Lower == "was" || r.Lower == "are" || r.Lower == "were":
		return edit{r.End, r.End, " not"}, "add_not", true
	case r.POS != "VERB" || r.Lemma == "" || !isLetters(r.Lemma) || r.Lemma == "be":
		return edit{}, "", false
	}
	var do string
	switch r.Tag {
	case "VBD":
		do = "did"
	case "VBZ":
		do = "does"
	case "VBP":
		do = "do"
	default:
		return edit{}, "", false
	}
	if isUpperStart(r.Text) {
		do = capitalize(do)
	}
	return edit{r.Start, r.End, do + " not " + r.Lemma}, "add_not", true
}

// ---- attribution drop --------------------------------------------------

// allowedLeft are the tokens an attribution leaves around its content
// besides its source and cue.
var allowedLeft = map[string]bool{
	"that": true, ",": true, ":": true, "“": true, "”": true, "\"": true, "‘": true, "’": true, "'": true,
	".": true, "according": true, "to": true, "—": true, "–": true, "-": true, "--": true, "``": true, "''": true,
}

// pastCue are cues after which any speaker fits without changing the verb.
var pastCue = map[string]bool{
	"said": true, "told": true, "added": true, "stated": true, "according": true, "wrote": true, "reported": true,
	"announced": true, "claimed": true, "explained": true, "noted": true, "insisted": true, "argued": true,
	"warned": true, "asserted": true, "acknowledged": true, "confirmed": true, "estimated": true,
}

func (g *gen) attributionDrop() (Sample, bool) {
	d := g.d
	for _, v := range g.variants("drop", "drop", "reassign") {
		for _, ai := range g.shuffled(len(d.Attributions)) {
			a := &d.Attributions[ai]
			var s Sample
			var ok bool
			if v == "drop" {
				s, ok = g.dropAttribution(a)
			} else {
				s, ok = g.reassign(a)
			}
			if ok {
				return s, true
			}
		}
	}
	return Sample{}, false
}

// dropCue are the cues of speech whose attribution can go while the words
// stay a statement ("X said Y" → "Y"); "asked whether", "plans to" and the
// like do not leave one.
var dropCue = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true, "adds": true,
	"stated": true, "states": true, "according": true, "announced": true, "claimed": true, "claims": true,
	"explained": true, "noted": true, "insisted": true, "argued": true, "warned": true, "asserted": true,
	"asserts": true, "confirmed": true, "reported": true, "wrote": true, ":": true, "—": true,
}

func (g *gen) dropAttribution(a *doc.Attribution) (Sample, bool) {
	d := g.d
	if a.Source == nil || a.Sentence < 0 || a.Sentence >= len(d.Sentences) {
		return Sample{}, false
	}
	if !dropCue[strings.ToLower(strings.Fields(a.Cue.Text + " x")[0])] {
		return Sample{}, false
	}
	st := d.Sentences[a.Sentence]
	cs, ce := a.Content.Start, a.Content.End
	if cs < st.Start || ce > st.End || ce-cs < 15 {
		return Sample{}, false
	}
	// Content that holds an attribution of its own ("they hoped the move
	// will…") stays attributed without its outer one.
	for _, b := range d.Attributions {
		if b.ID != a.ID && b.Cue.Start >= cs && b.Cue.End <= ce {
			return Sample{}, false
		}
	}
	inside := func(t doc.Token, s doc.Span) bool { return t.Start >= s.Start && t.End <= s.End }
	hasSource := false
	for i := st.First; i < st.Limit; i++ {
		t := d.Tokens[i]
		switch {
		case t.Start >= cs && t.End <= ce:
		case inside(t, *a.Source):
			hasSource = true
		case inside(t, a.Cue) || allowedLeft[t.Lower]:
		default:
			return Sample{}, false
		}
	}
	content := strings.TrimSpace(g.slice(cs, ce))
	content = strings.Trim(content, " ,:;“”\"‘’'`")
	for _, p := range []string{"that ", "That "} {
		content = strings.TrimPrefix(content, p)
	}
	if low := strings.ToLower(content); strings.HasPrefix(low, "whether ") || strings.HasPrefix(low, "if ") {
		return Sample{}, false
	}
	if !hasSource || content == "" || strings.Count(content, "\"")%2 == 1 || strings.Count(content, "“") != strings.Count(content, "”") || strings.Contains(content, "\n") {
		return Sample{}, false
	}
	end := "."
	if last, _ := utf8.DecodeLastRuneInString(content); last == '.' || last == '?' || last == '!' {
		end = ""
	}
	repl := capitalize(content) + end
	text, sp := g.apply(edit{st.Start, st.End, repl})
	return Sample{Kind: AttributionDrop, Variant: "drop", Text: text, Spans: sp, Accept: acceptDrop,
		Before: g.slice(st.Start, st.End), After: repl}, true
}

func (g *gen) reassign(a *doc.Attribution) (Sample, bool) {
	d := g.d
	if a.Source == nil || !pastCue[strings.ToLower(strings.Fields(a.Cue.Text + " x")[0])] || strings.Count(a.Source.Text, " ") > 6 {
		return Sample{}, false
	}
	// Another speaker of the article, named: who else could have said it.
	var others []string
	// Only sources that name someone: "the company" may be the very
	// speaker it replaces.
	for _, b := range d.Attributions {
		if b.Source == nil || pronounWord[strings.ToLower(b.Source.Text)] || related(b.Speaker, a.Speaker) ||
			related(b.Source.Text, a.Source.Text) || strings.Count(b.Source.Text, " ") > 6 || strings.ContainsAny(b.Source.Text, "\n\"“”") ||
			!g.namesSomeone(*b.Source) {
			continue
		}
		others = append(others, b.Source.Text)
	}
	for _, e := range d.Entities {
		if e.Type == doc.Person && isUpperStart(e.Canonical) && strings.Contains(e.Canonical, " ") && !related(e.Canonical, a.Speaker) && !related(e.Canonical, a.Source.Text) {
			others = append(others, e.Canonical)
		}
	}
	if len(others) == 0 {
		return Sample{}, false
	}
	repl := others[g.pick(len(others))]
	st := d.Sentences[a.Sentence]
	if a.Source.Start == st.Start || strings.HasSuffix(strings.TrimSpace(g.slice(max(0, a.Source.Start-3), a.Source.Start)), ".") {
		repl = capitalize(repl)
	} else if strings.HasPrefix(repl, "The ") {
		repl = lowerFirst(repl)
	}
	text, sp := g.apply(edit{a.Source.Start, a.Source.End, repl})
	return Sample{Kind: AttributionDrop, Variant: "reassign", Text: text, Spans: sp, Accept: acceptReassign,
		Before: a.Source.Text + " " + a.Cue.Text, After: repl + " " + a.Cue.Text}, true
}

// namesSomeone reports whether span holds a name of a person or an
// organisation.
func (g *gen) namesSomeone(span doc.Span) bool {
	for _, e := range g.d.Entities {
		if e.Type != doc.Person && e.Type != doc.Org {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= span.Start && m.End <= span.End && names(m, &e) {
				return true
			}
		}
	}
	return false
}

// ---- date shift --------------------------------------------------------

var (
	weekdays   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	yearRe     = regexp.MustCompile(`\b(19|20)\d\d\b`)
	dayAfterRe = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\b`)
	dayFirstRe = regexp.MustCompile(`\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b`)
)

func (g *gen) dateShift() (Sample, bool) {
	d := g.d
	for _, ti := range g.shuffled(len(d.Times)) {
		t := &d.Times[ti]
		if (t.Type != doc.Date && t.Type != doc.TimeOfDay) || strings.Contains(t.Text, "\n") {
			continue
		}
		for _, v := range g.variants("weekday", "month", "year", "day") {
			repl := g.shiftText(t.Text, v)
			if repl == "" || repl == t.Text {
				continue
			}
			text, sp := g.apply(edit{t.Start, t.End, repl})
			return Sample{Kind: DateShift, Variant: v, Text: text, Spans: sp, Accept: acceptTime, Before: t.Text, After: repl}, true
		}
	}
	return Sample{}, false
}

func (g *gen) shiftText(s, v string) string {
	switch v {
	case "weekday":
		for i, w := range weekdays {
			if strings.Contains(s, w) {
				return strings.Replace(s, w, weekdays[(i+1+g.pick(5))%7], 1)
			}
		}
	case "month":
		if dayAfterRe.MatchString(s) || dayFirstRe.MatchString(s) || yearRe.MatchString(s) {
			for i, m := range months {
				if strings.Contains(s, m) {
					return strings.Replace(s, m, months[(i+1+g.pick(10))%12], 1)
				}
			}
		}
	case "year":
		if loc := yearRe.FindStringIndex(s); loc != nil {
			y, _ := strconv.Atoi(s[loc[0]:loc[1]])
			ny := y - 1 - g.pick(3)
			return s[:loc[0]] + strconv.Itoa(ny) + s[loc[1]:]
		}
	case "day":
		re, idx := dayAfterRe, 2
		if !re.MatchString(s) {
			re, idx = dayFirstRe, 1
		}
		if m := re.FindStringSubmatchIndex(s); m != nil {
			a, b := m[2*idx], m[2*idx+1]
			day, _ := strconv.Atoi(s[a:b])
			nd := day + 1 + g.pick(5)
			if nd > 28 {
				nd = day - 1 - g.pick(5)
			}
			return s[:a] + strconv.Itoa(nd) + s[b:]
		}
	}
	return ""
}

// ---- unsupported sentence ---------------------------------------------

func (g *gen) unsupported(donor *doc.Document) (Sample, bool) {
	d := g.d
	if donor == nil || len(d.Sentences) < 3 {
		return Sample{}, false
	}
	var pool []doc.Span
	for si := range donor.Sentences {
		if s, ok := standalone(donor, si); ok && !strings.Contains(d.Article.Text, s.Text) {
			pool = append(pool, s)
		}
	}
	if len(pool) == 0 {
		return Sample{}, false
	}
	ins := pool[g.pick(len(pool))]
	// After a sentence past the headline and lead, at a sentence end.
	at := d.Sentences[1+g.pick(len(d.Sentences)-2)].End
	text, sp := g.apply(edit{at, at, " " + ins.Text})
	sp[0].Start++
	sp[0].Text = ins.Text
	return Sample{Kind: Unsupported, Variant: "insert", Text: text, Spans: sp, Accept: acceptUnsupported, After: ins.Text}, true
}

// standalone returns sentence si of d when it reads on its own: eight to
// forty tokens, a capital first and a full stop last, no quotation, no word
// that refers back.
func standalone(d *doc.Document, si int) (doc.Span, bool) {
	st := d.Sentences[si]
	n := st.Limit - st.First
	if n < 8 || n > 40 {
		return doc.Span{}, false
	}
	toks := d.Tokens[st.First:st.Limit]
	if toks[n-1].Text != "." || !isUpperStart(toks[0].Text) || connective[toks[0].Lower] {
		return doc.Span{}, false
	}
	for _, t := range toks {
		if pronounWord[t.Lower] || strings.ContainsAny(t.Text, "\"“”‘’'`") {
			return doc.Span{}, false
		}
	}
	s := d.Span(toks[0].Start, toks[n-1].End)
	if strings.Contains(s.Text, "\n") {
		return doc.Span{}, false
	}
	return s, true
}

// ---- light edits -------------------------------------------------------

// cueSynonym maps cue verbs to synonyms that report the same act of speech.
// "Told reporters" replaces "said" only after its source ("the minister
// told reporters", never "told reporters the minister").
var cueSynonym = map[string][]string{
	"said": {"stated", "told reporters"}, "says": {"states"}, "announced": {"said"}, "stated": {"said"},
	"explained": {"said"}, "told": {"informed"},
}

func (g *gen) lightEdit() (Sample, bool) {
	for _, v := range g.variants("cue_synonym", "reorder", "style") {
		var s Sample
		var ok bool
		switch v {
		case "cue_synonym":
			s, ok = g.cueSynonyms()
		case "reorder":
			s, ok = g.reorder()
		case "style":
			s, ok = g.style()
		}
		if ok {
			return s, true
		}
	}
	return Sample{}, false
}

func (g *gen) cueSynonyms() (Sample, bool) {
	var edits []edit
	var before, after []string
	seen := map[int]bool{}
	for _, ai := range g.shuffled(len(g.d.Attributions)) {
		a := g.d.Attributions[ai]
		syn := cueSynonym[strings.ToLower(a.Cue.Text)]
		if len(syn) == 0 || seen[a.Cue.Start] || len(edits) == 3 {
			continue
		}
		repl := syn[g.pick(len(syn))]
		if repl == "told reporters" && (a.Source == nil || a.Source.End > a.Cue.Start || a.Cue.Start-a.Source.End > 1) {
			repl = syn[0]
		}
		if isUpperStart(a.Cue.Text) {
			repl = capitalize(repl)
		}
		seen[a.Cue.Start] = true
		edits = append(edits, edit{a.Cue.Start, a.Cue.End, repl})
		before = append(before, a.Cue.Text)
		after = append(after, repl)
	}
	if len(edits) == 0 {
		return Sample{}, false
	}
	text, _ := g.apply(edits...)
	return Sample{Kind: LightEdit, Variant: "cue_synonym", Text: text, Before: strings.Join(before, ", "), After: strings.Join(after, ", ")}, true
}

// reorder exchanges two neighbouring paragraphs after the lead whose
// first sentences refer back to nothing.
func (g *gen) reorder() (Sample, bool) {
	d := g.d
	type para struct{ start, end, first int }
	var ps []para
	for i, s := range d.Sentences {
		if len(ps) == 0 || s.Paragraph != d.Sentences[i-1].Paragraph {
			ps = append(ps, para{s.Start, s.End, i})
		} else {
			ps[len(ps)-1].end = s.End
		}
	}
	free := func(p para) bool {
		toks := d.SentenceTokens(p.first)
		if len(toks) == 0 || connective[toks[0].Lower] {
			return false
		}
		for _, t := range toks {
			if pronounWord[t.Lower] {
				return false
			}
		}
		return true
	}
	var cands []int
	for k := 2; k+1 < len(ps); k++ {
		if free(ps[k]) && free(ps[k+1]) {
			cands = append(cands, k)
		}
	}
	if len(cands) == 0 {
		return Sample{}, false
	}
	k := cands[g.pick(len(cands))]
	a, b := ps[k], ps[k+1]
	sep := g.slice(a.end, b.start)
	if strings.TrimSpace(sep) != "" {
		return Sample{}, false
	}
	text, _ := g.apply(edit{a.start, b.end, g.slice(b.start, b.end) + sep + g.slice(a.start, a.end)})
	return Sample{Kind: LightEdit, Variant: "reorder", Text: text, Before: fmt.Sprintf("paragraphs %d and %d", k, k+1), After: "exchanged"}, true
}

// style turns curly quotes straight (or straight ones curly) and puts two
// spaces after every sentence.
func (g *gen) style() (Sample, bool) {
	s := g.d.Article.Text
	var out string
	if strings.ContainsAny(s, "“”‘’") {
		out = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'").Replace(s)
	} else {
		var b strings.Builder
		open := true
		for _, r := range s {
			if r == '"' {
				if open {
					b.WriteString("“")
				} else {
					b.WriteString("”")
				}
				open = !open
				continue
			}
			b.WriteRune(r)
		}
		out = b.String()
	}
	out = strings.ReplaceAll(out, ". ", ".  ")
	if out == s {
		return Sample{}, false
	}
	return Sample{Kind: LightEdit, Variant: "style", Text: out, Before: "quotes and spacing", After: "restyled"}, true
}
