package train

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/nlp/conllu"
	"github.com/crosscheck-news/crosscheck/internal/nlp/ner"
	"github.com/crosscheck-news/crosscheck/internal/nlp/tagger"
)

// Silver NER data. UD EWT train is the text whose UNER annotation is not
// available here, and its gold parse already marks where the names are:
// proper nouns joined by flat and compound relations ("George W. Bush"),
// with "of" or "&" inside an organisation's name ("Bank of America").
// properNames reads those spans; a recognizer trained on the gold NER data
// then only has to type them (ner.SpanScores), and sentences where it
// cannot tell a type are left out.

// nameJoin are the relations that hold one proper name together.
var nameJoin = map[string]bool{"flat": true, "compound": true, "fixed": true, "goeswith": true}

// properNames returns the proper-name spans of a sentence with a gold UD
// annotation: maximal groups of PROPN words joined by flat, compound,
// fixed or goeswith, or by an nmod or conj whose only words in between are
// "of", "the", "&" or "de" ("University of the West", "Procter & Gamble");
// a title (nmod:desc, "Gov." in "Gov. George W. Bush") is no part of the
// name it describes, and leading titles are cut off. Spans made only of
// month or day names (cue temporal: "Monday", "September") are left out:
// they are no entities. Spans are sorted and do not overlap.
func properNames(s *conllu.Sentence, cues map[string]uint8, gaz map[string]int) [][2]int {
	n := len(s.Words)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	prop := func(i int) bool { return i >= 0 && i < n && s.Words[i].UPOS == "PROPN" }
	// member: a proper noun, or a capitalised adjective or noun inside a
	// name ("International Atomic Energy Agency", "Governing Council").
	member := make([]bool, n)
	for i, w := range s.Words {
		rel, _, _ := strings.Cut(w.Deprel, ":")
		member[i] = prop(i) || i > 0 && upperStart(w.Form) && prop(w.Head-1) &&
			(w.UPOS == "ADJ" || w.UPOS == "NOUN" || w.UPOS == "VERB") && (rel == "amod" || rel == "compound")
	}
	in := func(i int) bool { return i >= 0 && i < n && member[i] }
	for i, w := range s.Words {
		h := w.Head - 1
		if !in(i) || !in(h) {
			continue
		}
		rel, _, _ := strings.Cut(w.Deprel, ":")
		lo, hi := min(i, h), max(i, h)
		join := false
		switch {
		case nameJoin[rel] || rel == "amod":
			// "al - Qaeda": a hyphen may stand between the parts.
			join = true
			for k := lo + 1; k < hi; k++ {
				join = join && (in(k) || s.Words[k].Form == "-")
			}
		case (rel == "nmod" || rel == "conj") && w.Deprel != "nmod:desc" && h < i && hi-lo > 1:
			// "Bank of America", "Procter & Gamble": only connectors
			// between the two names; not a person's or company's
			// affiliation ("Ed Wong of the Times", "Acme Inc. of Ohio").
			lh := strings.ToLower(s.Words[h].Form)
			join = cues[lh]&ner.CueFirstName == 0 && !legalForms[lh]
			for k := lo + 1; k < hi; k++ {
				lw := strings.ToLower(s.Words[k].Form)
				join = join && (in(k) || lw == "of" || lw == "the" || lw == "&" || lw == "de")
			}
			if rel == "conj" {
				join = join && hi-lo == 2 && s.Words[lo+1].Form == "&"
			}
		}
		if join {
			parent[find(i)] = find(h)
		}
	}
	// A group's span runs from its first word to its last; every word in
	// between must be in it or be a connector.
	first := map[int]int{}
	last := map[int]int{}
	for i := 0; i < n; i++ {
		if !in(i) {
			continue
		}
		r := find(i)
		if _, ok := first[r]; !ok {
			first[r] = i
		}
		last[r] = i
	}
	var out [][2]int
	end := 0 // where the last span ended
	for i := 0; i < n; i++ {
		if !in(i) || i < end {
			continue
		}
		r := find(i)
		if first[r] != i {
			continue
		}
		a, b := i, last[r]+1
		ok := true
		for k := a; k < b; k++ {
			if in(k) && find(k) != r {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for a < b && titles[strings.ToLower(s.Words[a].Form)] {
			a++
		}
		if a == b {
			continue
		}
		if !hasProp(s, a, b) || notName(s, a, b, cues, gaz) {
			continue
		}
		if b+2 <= n && s.Words[b].Form == "," && legalForms[strings.ToLower(s.Words[b+1].Form)] {
			b += 2 // "Acme , Inc.", as UNER writes it
		}
		out = append(out, [2]int{a, b})
		end = b
	}
	return out
}

func hasProp(s *conllu.Sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if s.Words[k].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// notName reports spans that are proper nouns but no entities: month and
// day names, nationalities and groups ("Iraqis", "Democrats": a plural
// proper noun alone, unless the gazetteer knows a place or organisation so
// named; "Acme Motors" stays), and e-mail and web addresses.
func notName(s *conllu.Sentence, a, b int, cues map[string]uint8, gaz map[string]int) bool {
	temporal := true
	for k := a; k < b; k++ {
		w := s.Words[k].Form
		if strings.Contains(w, "@") || strings.Contains(w, "://") || strings.HasPrefix(strings.ToLower(w), "www.") {
			return true
		}
		temporal = temporal && cues[strings.ToLower(w)]&ner.CueTemporal != 0
	}
	if temporal {
		return true
	}
	k := gaz[strings.ToLower(strings.Join(forms(s, a, b), " "))]
	if k == ner.GazDemonym {
		return true
	}
	return b-a == 1 && s.Words[a].XPOS == "NNPS" && k == 0
}

func upperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// legalForms end a company's registered name.
var legalForms = map[string]bool{"inc.": true, "inc": true, "corp.": true, "corp": true, "ltd.": true,
	"ltd": true, "llc": true, "l.p.": true, "plc": true, "co.": true}

// silverBase is EWT train ready for the recognizer: inputs with document
// features, and the proper-name spans of each sentence from its gold parse.
type silverBase struct {
	sents []ner.Sentence // Labels unset: they depend on the typing model
	spans [][][2]int
	doc   []int // document number of each sentence
}

// silverData reads the candidate names of EWT train (c.EWTTrain) and tags
// its sentences with tg, as the gold NER sentences are tagged.
func silverData(c *Corpus, tg *tagger.Tagger, gaz map[string]int) *silverBase {
	sb := &silverBase{}
	cues := CueWords()
	var words [][]string
	doc := -1
	for j := range c.EWTTrain {
		s := &c.EWTTrain[j]
		if j == 0 || s.NewDoc {
			doc++
		}
		sb.doc = append(sb.doc, doc)
		ws := forms(s, 0, len(s.Words))
		lx, lw, pt := predictTags(tg, ws)
		sb.sents = append(sb.sents, ner.Sentence{Input: ner.Input{Lex: lx, Lower: lw, Tags: pt}})
		sb.spans = append(sb.spans, properNames(s, cues, gaz))
		words = append(words, ws)
	}
	dr := &ner.Recognizer{Gazetteer: gaz, Words: cues}
	docFeatures(dr, sb.sents, words, func(i int) bool { return i == 0 || c.EWTTrain[i].NewDoc })
	return sb
}

// label types the candidate names with r and returns the sentences whose
// every name r types with a margin of at least o.SilverMargin per word
// between its best and second-best type (with o.SilverAll, sentences that
// name no one are kept too). Gazetteer demonyms become NORP as in the gold
// data.
func (sb *silverBase) label(r *ner.Recognizer, gaz map[string]int, o Options) (out []ner.Sentence, kept, dropped, names int) {
	var sc ner.Scratch
	// Every name's per-word scores (its types', then leaving it out);
	// with o.SilverDoc, a name is typed by the scores summed over all its
	// mentions in the document (same words, any case), as a reader takes
	// a name to mean one thing throughout.
	scores := make([][][]float32, len(sb.sents))
	type key struct {
		doc  int
		name string
	}
	sum := map[key][]float32{}
	nameKey := func(i, k int) key {
		sp := sb.spans[i][k]
		return key{sb.doc[i], strings.Join(sb.sents[i].Lower[sp[0]:sp[1]], " ")}
	}
	for i := range sb.sents {
		sp := sb.spans[i]
		if len(sp) == 0 {
			continue
		}
		types, none := r.SpanScores(&sb.sents[i].Input, sp, &sc)
		for k, ts := range types {
			n := float32(sp[k][1] - sp[k][0])
			v := make([]float32, len(ts)+1)
			for t := range ts {
				v[t] = ts[t] / n
			}
			v[len(ts)] = none[k] / n
			scores[i] = append(scores[i], v)
			kk := nameKey(i, k)
			if sum[kk] == nil {
				sum[kk] = make([]float32, len(v))
			}
			for t := range v {
				sum[kk][t] += v[t]
			}
		}
	}
	for i := range sb.sents {
		s := sb.sents[i]
		sp := sb.spans[i]
		if len(sp) == 0 && !o.SilverAll {
			continue
		}
		types := scores[i]
		if o.SilverDoc {
			types = make([][]float32, len(sp))
			for k := range sp {
				types[k] = sum[nameKey(i, k)]
			}
		}
		ok := true
		var typed, unknown []span
		for k, v := range types {
			ts, none := v[:len(v)-1], v[len(v)-1]
			best, second := -1, -1
			for t := range ts {
				if best < 0 || ts[t] > ts[best] {
					best, second = t, best
				} else if second < 0 || ts[t] > ts[second] {
					second = t
				}
			}
			if ts[best]-ts[second] < o.SilverMargin || o.SilverMargin > 0 && none >= ts[best] {
				ok = false
				unknown = append(unknown, span{sp[k][0], sp[k][1], ""})
				continue
			}
			typed = append(typed, span{sp[k][0], sp[k][1], ner.Types[best]})
		}
		if !ok && !o.SilverPartial {
			dropped++
			continue
		}
		kept++
		names += len(typed)
		s.Labels = bilou(len(s.Lex), addNORP(s.Lower, append(typed, unknown...), gaz))
		for _, u := range unknown {
			for i := u.a; i < u.b; i++ {
				s.Labels[i] = ner.Unknown
			}
		}
		out = append(out, s)
	}
	return out, kept, dropped, names
}
