package eval

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/meantime"
)

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
	entities []mtSpan // gold named mentions, PER/ORG/LOC (meantime.Document.Names)
	values   []mtSpan
	times    []timex
}

// loadMeantime rebuilds a MEANTIME document's text (tokens joined by
// spaces, one paragraph per sentence) with its gold named entity mentions,
// values and times as code-point spans.
func loadMeantime(path string) (meantimeDoc, error) {
	x, err := meantime.Read(path)
	if err != nil {
		return meantimeDoc{}, err
	}
	md := meantimeDoc{name: filepath.Base(path)}
	text, starts, ends := x.Text()
	md.text = text
	start, end := map[string]int{}, map[string]int{}
	for i, t := range x.Tokens {
		start[t.ID], end[t.ID] = starts[i], ends[i]
		if t.Sentence < meantime.AnnotatedSentences {
			md.scored = ends[i]
		}
	}
	r := []rune(md.text)
	spanOf := func(as []meantime.Anchor) (int, int, bool) {
		if len(as) == 0 {
			return 0, 0, false
		}
		s, e := start[as[0].ID], end[as[len(as)-1].ID]
		return s, e, e > s
	}
	for _, n := range x.Names() {
		s, e := starts[n.First], ends[n.Limit-1]
		md.entities = append(md.entities, mtSpan{s, e, n.Type, string(r[s:e])})
	}
	for _, v := range x.Markables.Values {
		if s, e, ok := spanOf(v.Anchors); ok {
			md.values = append(md.values, mtSpan{s, e, v.Type, string(r[s:e])})
		}
	}
	for _, t := range x.Markables.Timexes {
		if t.Function == "CREATION_TIME" {
			if d, err := parseTimeValue(t.Value); err == nil {
				md.published = d
			}
			if s, e, ok := spanOf(t.Anchors); ok {
				md.dct = [2]int{s, e}
			}
			continue
		}
		if s, e, ok := spanOf(t.Anchors); ok {
			md.times = append(md.times, timex{start: s, end: e, typ: t.Type, value: t.Value, text: string(r[s:e])})
		}
	}
	return md, nil
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
