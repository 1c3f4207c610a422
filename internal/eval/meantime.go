package eval

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/gazetteer"
)

// meantimeSentences is how many sentences of each MEANTIME document are
// annotated (the title, the date line and the first four sentences).
const meantimeSentences = 6

type mtAnchor struct {
	ID string `xml:"t_id,attr"`
}

type mtXML struct {
	Tokens []struct {
		ID       string `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Mentions []mtMention `xml:"ENTITY_MENTION"`
		Entities []struct {
			ID   string `xml:"m_id,attr"`
			Type string `xml:"ent_type,attr"`
		} `xml:"ENTITY"`
		Timexes []struct {
			Type     string     `xml:"type,attr"`
			Value    string     `xml:"value,attr"`
			Function string     `xml:"functionInDocument,attr"`
			Anchors  []mtAnchor `xml:"token_anchor"`
		} `xml:"TIMEX3"`
		Values []struct {
			Type    string     `xml:"type,attr"`
			Anchors []mtAnchor `xml:"token_anchor"`
		} `xml:"VALUE"`
	} `xml:"Markables"`
	Relations struct {
		RefersTo []struct {
			Sources []struct {
				ID string `xml:"m_id,attr"`
			} `xml:"source"`
			Target struct {
				ID string `xml:"m_id,attr"`
			} `xml:"target"`
		} `xml:"REFERS_TO"`
	} `xml:"Relations"`
}

// mtSpan is a gold mention: code points and a type.
type mtSpan struct {
	start, end int
	typ, text  string
}

type meantimeDoc struct {
	name      string
	text      string
	published time.Time
	scored    int
	// dct is the span of the creation time written in the text (the
	// dateline), which is given, not annotated: [0, 0) when absent.
	dct      [2]int
	entities []mtSpan // named mentions (NAM and PRE.NAM, see namedMentions), PER/ORG/LOC
	values   []mtSpan
	times    []timex
}

// loadMeantime rebuilds a MEANTIME document's text (tokens joined by
// spaces, one paragraph per sentence) with its gold named entity mentions,
// values and times as code-point spans.
func loadMeantime(path string) (meantimeDoc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return meantimeDoc{}, err
	}
	var x mtXML
	if err := xml.Unmarshal(raw, &x); err != nil {
		return meantimeDoc{}, fmt.Errorf("%s: %w", path, err)
	}
	md := meantimeDoc{name: filepath.Base(path)}
	var b strings.Builder
	start, end, first := map[string]int{}, map[string]int{}, map[string]string{}
	pos, sent := 0, -1
	for i, t := range x.Tokens {
		if i > 0 {
			sep := " "
			if t.Sentence != sent {
				sep = "\n\n"
			}
			b.WriteString(sep)
			pos += len([]rune(sep))
		}
		sent = t.Sentence
		start[t.ID] = pos
		first[t.ID] = t.Text
		b.WriteString(t.Text)
		pos += len([]rune(t.Text))
		end[t.ID] = pos
		if t.Sentence < meantimeSentences {
			md.scored = pos
		}
	}
	md.text = b.String()
	r := []rune(md.text)
	spanOf := func(as []mtAnchor, dropThe bool) (int, int, bool) {
		if len(as) == 0 {
			return 0, 0, false
		}
		s, e := start[as[0].ID], end[as[len(as)-1].ID]
		// MEANTIME spans take in a leading determiner; ours do not.
		if dropThe && len(as) > 1 && strings.EqualFold(first[as[0].ID], "the") {
			s = start[as[1].ID]
		}
		return s, e, e > s
	}
	types := map[string]string{}
	for _, e := range x.Markables.Entities {
		types[e.ID] = e.Type
	}
	// target is the entity each mention refers to.
	target := map[string]string{}
	for _, rel := range x.Relations.RefersTo {
		for _, s := range rel.Sources {
			target[s.ID] = rel.Target.ID
		}
	}
	for _, m := range namedMentions(x.Markables.Mentions, types, target, start) {
		typ := types[target[m.ID]]
		as := m.Anchors
		if typ == "PER" && len(as) > 1 {
			words := make([]string, len(as))
			for i, a := range as {
				words[i] = first[a.ID]
			}
			// MEANTIME's person names take in their titles ("Senator
			// John McCain"); crosscheck's, like UNER's, do not.
			as = as[gazetteer.Default().TitleLen(words):]
		}
		if s, e, ok := spanOf(as, true); ok {
			md.entities = append(md.entities, mtSpan{s, e, typ, string(r[s:e])})
		}
	}
	for _, v := range x.Markables.Values {
		if s, e, ok := spanOf(v.Anchors, false); ok {
			md.values = append(md.values, mtSpan{s, e, v.Type, string(r[s:e])})
		}
	}
	for _, t := range x.Markables.Timexes {
		if t.Function == "CREATION_TIME" {
			if d, err := parseTimeValue(t.Value); err == nil {
				md.published = d
			}
			if s, e, ok := spanOf(t.Anchors, false); ok {
				md.dct = [2]int{s, e}
			}
			continue
		}
		if s, e, ok := spanOf(t.Anchors, false); ok {
			md.times = append(md.times, timex{start: s, end: e, typ: t.Type, value: t.Value, text: string(r[s:e])})
		}
	}
	return md, nil
}

// mtMention is one ENTITY_MENTION of a MEANTIME document.
type mtMention struct {
	ID      string     `xml:"m_id,attr"`
	Syntax  string     `xml:"syntactic_type,attr"`
	Anchors []mtAnchor `xml:"token_anchor"`
}

// namedMentions returns the document's name mentions of PER, ORG and LOC
// entities: syntactic type NAM, and PRE.NAM, a name that premodifies a
// noun ("Apple CEO Steve Jobs", "US markets"), which the guidelines
// annotate as a mention of its entity like any other name. A name mention
// whose tokens strictly contain another name mention of the same entity is
// left out: it is an apposition around the name ("Ryanair CEO, Michael
// O'Leary", "German airline Lufthansa"), the construction the corpus
// elsewhere marks APP ("Apple Inc. CEO Steve Jobs") and the scorer never
// counted; the name inside it stays gold. types maps an entity to its
// type, target a mention to its entity, pos a token to its position.
func namedMentions(mentions []mtMention, types, target map[string]string, pos map[string]int) []mtMention {
	var names []mtMention
	for _, m := range mentions {
		typ := types[target[m.ID]]
		if (m.Syntax == "NAM" || m.Syntax == "PRE.NAM") && len(m.Anchors) > 0 && (typ == "PER" || typ == "ORG" || typ == "LOC") {
			names = append(names, m)
		}
	}
	span := func(m mtMention) (int, int) { return pos[m.Anchors[0].ID], pos[m.Anchors[len(m.Anchors)-1].ID] }
	var out []mtMention
	for _, m := range names {
		a, b := span(m)
		apposition := false
		for _, n := range names {
			c, d := span(n)
			if n.ID != m.ID && target[n.ID] == target[m.ID] && a <= c && d <= b && (a != c || b != d) {
				apposition = true
				break
			}
		}
		if !apposition {
			out = append(out, m)
		}
	}
	return out
}

func loadMeantimeAll(o Options) ([]meantimeDoc, error) {
	var out []meantimeDoc
	for _, c := range []string{"corpus_airbus", "corpus_apple"} {
		dir := filepath.Join(o.Data, "meantime", "intra-doc_annotation", c)
		fs, err := files(dir, ".xml", o.Limit)
		if err != nil {
			return nil, fmt.Errorf("meantime/%s: %w", c, err)
		}
		for _, f := range fs {
			md, err := loadMeantime(f)
			if err != nil {
				return nil, err
			}
			out = append(out, md)
		}
	}
	return out, nil
}

// meantimeType maps crosscheck's entity types onto MEANTIME's: places of
// either kind are LOC; nationalities and events are not MEANTIME entities.
func meantimeType(t string) string {
	switch t {
	case doc.Person:
		return "PER"
	case doc.Org:
		return "ORG"
	case doc.GPE, doc.Loc:
		return "LOC"
	}
	return ""
}

func runEntities(r *Report, an *analyzer.Analyzer, o Options) error {
	docs, err := loadMeantimeAll(o)
	if err != nil {
		return err
	}
	total := map[string]PRF{}
	var misses []string
	for _, md := range docs {
		d := an.Analyze(doc.Article{Text: md.text, Published: md.published})
		pred := entityMentions(d, md.scored)
		scoreEntitySpans(total, md.entities, pred)
		misses = entityErrors(misses, o.Errors, md.name, md.text, md.entities, pred)
	}
	m := map[string]float64{"documents": float64(len(docs))}
	for _, k := range []string{"PER", "ORG", "LOC"} {
		prfKeys(m, strings.ToLower(k), total[k])
	}
	prfKeys(m, "per_org_loc", total["all"])
	r.set("entities", "meantime", m, misses)
	return runUNER(r, an, o)
}

func runFigures(r *Report, an *analyzer.Analyzer, o Options) error {
	docs, err := loadMeantimeAll(o)
	if err != nil {
		return err
	}
	var total PRF
	unitOK, matched := 0, 0
	var misses []string
	for _, md := range docs {
		d := an.Analyze(doc.Article{Text: md.text, Published: md.published})
		var pred []doc.Figure
		for _, f := range d.Figures {
			if f.Start < md.scored {
				pred = append(pred, f)
			}
		}
		toks := tokenRanges(md.text)
		used := make([]bool, len(pred))
		tp := 0
		gold := md.scoredValues()
		for _, g := range gold {
			hit := false
			for j, p := range pred {
				if used[j] || !(Span{{g.start, g.end}}).Overlaps(Span{{p.Start, p.End}}, toks) {
					continue
				}
				used[j], hit = true, true
				tp++
				matched++
				if unitAgrees(g.typ, p) {
					unitOK++
				}
				break
			}
			if !hit && len(misses) < o.Errors {
				misses = append(misses, fmt.Sprintf("%s: missed %s %s", md.name, g.typ, jsonq(context(md.text, g.start, g.end))))
			}
		}
		total.Add(PRF{TP: tp, FP: len(pred) - tp, FN: len(gold) - tp})
	}
	m := map[string]float64{"documents": float64(len(docs)), "gold": float64(total.TP + total.FN)}
	prfKeys(m, "overlap", total)
	if matched > 0 {
		m["kind_accuracy"] = round(100 * float64(unitOK) / float64(matched))
	}
	r.set("figures", "meantime_value", m, misses)
	return runCaseSets(r, an, o, "figures", figureSpecs, figureDims, false)
}

// scoredValues returns the VALUE mentions inside the scored sentences,
// the window predictions are kept in. A document whose caption merged into
// the date line has a VALUE past it (in 8983, "US$ 6.8 billion for 50" in
// sentence 6, where neither entities nor times are annotated): counted, it
// would be a miss no prediction could meet.
func (md meantimeDoc) scoredValues() []mtSpan {
	var out []mtSpan
	for _, g := range md.values {
		if g.start < md.scored {
			out = append(out, g)
		}
	}
	return out
}

// unitAgrees checks the kind of a matched figure: money for MONEY, a
// percentage for PERCENT; other gold kinds (quantities) accept any figure.
func unitAgrees(goldType string, f doc.Figure) bool {
	switch strings.ToUpper(goldType) {
	case "MONEY":
		return f.Measure == doc.Money
	case "PERCENT":
		return f.Measure == doc.Percent
	}
	return f.Measure != doc.Money && f.Measure != doc.Percent
}
