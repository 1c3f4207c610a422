package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
)

// timex is a gold or predicted temporal expression.
type timex struct {
	start, end int
	typ, value string
	text       string
}

// timeDoc is a text with its gold timexes and creation time.
type timeDoc struct {
	name      string
	text      string
	published time.Time
	gold      []timex
	// scored is where annotation ends (MEANTIME annotates only the first
	// sentences); predictions past it are not counted.
	scored int
	// ignore is the dateline MEANTIME marks as the creation time: input,
	// not annotation, so predictions over it are not counted (TempEval
	// does not score the creation time either).
	ignore [2]int
}

// loadTimeML reads a TimeML (.tml) file: the text of its TEXT element with
// the inline TIMEX3 elements as gold, and the CREATION_TIME TIMEX3 as the
// publication date.
func loadTimeML(path string) (timeDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return timeDoc{}, err
	}
	defer f.Close()
	td := timeDoc{name: filepath.Base(path)}
	dec := xml.NewDecoder(f)
	dec.Strict = false
	var b strings.Builder
	pos := 0
	inText := false
	var open *timex
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return td, fmt.Errorf("%s: %w", path, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "TIMEX3":
				x := timex{start: pos}
				fn := ""
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						x.typ = a.Value
					case "value":
						x.value = a.Value
					case "functionInDocument":
						fn = a.Value
					}
				}
				if fn == "CREATION_TIME" {
					if d, err := parseTimeValue(x.value); err == nil {
						td.published = d
					}
				}
				if inText {
					open = &x
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "TIMEX3":
				if open != nil && inText {
					open.end = pos
					td.gold = append(td.gold, *open)
				}
				open = nil
			}
		case xml.CharData:
			if inText {
				b.Write(t)
				pos += utf8.RuneCount(t)
			}
		}
	}
	td.text = b.String()
	td.scored = pos
	r := []rune(td.text)
	for i := range td.gold {
		td.gold[i].text = string(r[td.gold[i].start:td.gold[i].end])
	}
	return td, nil
}

func parseTimeValue(v string) (time.Time, error) {
	if len(v) >= 10 {
		return time.Parse("2006-01-02", v[:10])
	}
	return time.Parse("2006-01-02", v)
}

// scoreTimes scores TempEval-3 style: strict (exact) and relaxed (any
// shared token) span matches, and, on the relaxed matches, the type and
// the value. Value P/R/F1 count a relaxed match with the right value as a
// hit (TempEval-3's attribute F1).
func scoreTimes(gold, pred []timex, toks [][2]int) (strict, relaxed, value PRF, typeOK, valueOK, matched int) {
	strict = match(len(gold), len(pred), func(g, p int) bool {
		return gold[g].start == pred[p].start && gold[g].end == pred[p].end
	})
	used := make([]bool, len(pred))
	for _, g := range gold {
		gs := Span{{g.start, g.end}}
		for j, p := range pred {
			if used[j] || !gs.Overlaps(Span{{p.start, p.end}}, toks) {
				continue
			}
			used[j] = true
			matched++
			if g.typ == p.typ {
				typeOK++
			}
			if sameValue(g.value, p.value) {
				valueOK++
			}
			break
		}
	}
	relaxed = PRF{TP: matched, FP: len(pred) - matched, FN: len(gold) - matched}
	value = PRF{TP: valueOK, FP: len(pred) - valueOK, FN: len(gold) - valueOK}
	return
}

// sameValue compares two TIMEX3 values as ISO 8601 reads them. TimeML
// writes a week as ISO 8601 does, with two digits ("2000-W07"), but part
// of AQUAINT writes "2000-W7": the same week, so the week number is
// compared as a number. Nothing else is loosened.
func sameValue(a, b string) bool {
	return a == b || padWeek(a) == padWeek(b)
}

// padWeek writes a one-digit ISO week number with two digits ("2000-W7"
// → "2000-W07", "2000-W7-WE" → "2000-W07-WE").
func padWeek(v string) string {
	i := strings.Index(v, "-W")
	if i < 0 || i+3 > len(v) || v[i+2] < '0' || v[i+2] > '9' {
		return v
	}
	if i+3 == len(v) || v[i+3] < '0' || v[i+3] > '9' {
		return v[:i+2] + "0" + v[i+2:]
	}
	return v
}

func runTime(r *Report, an *analyzer.Analyzer, o Options) error {
	var tbaq []timeDoc
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		fs, err := files(filepath.Join(o.Data, "timeml", sub), ".tml", o.Limit)
		if err != nil {
			return fmt.Errorf("timeml/%s: %w", sub, err)
		}
		for _, f := range fs {
			td, err := loadTimeML(f)
			if err != nil {
				return err
			}
			tbaq = append(tbaq, td)
		}
	}
	scoreTimeSet(r, an, "tbaq", tbaq, o)
	mt, err := loadMeantimeAll(o)
	if err != nil {
		return err
	}
	var mdocs []timeDoc
	for _, m := range mt {
		mdocs = append(mdocs, timeDoc{name: m.name, text: m.text, published: m.published, gold: m.times, scored: m.scored, ignore: m.dct})
	}
	scoreTimeSet(r, an, "meantime", mdocs, o)
	return nil
}

// counts reports whether a prediction over [start, end) is scored: it lies
// in the annotated part and off the dateline.
func (td timeDoc) counts(start, end int) bool {
	return start < td.scored && !(start < td.ignore[1] && td.ignore[0] < end)
}

func scoreTimeSet(r *Report, an *analyzer.Analyzer, name string, docs []timeDoc, o Options) {
	var strict, relaxed, value PRF
	typeOK, valueOK, matched := 0, 0, 0
	var misses []string
	for _, td := range docs {
		d := an.Analyze(doc.Article{Text: td.text, Published: td.published})
		var pred []timex
		for _, t := range d.Times {
			if td.counts(t.Start, t.End) {
				pred = append(pred, timex{start: t.Start, end: t.End, typ: t.Type, value: t.Value, text: t.Text})
			}
		}
		toks := tokenRanges(td.text)
		s, rl, v, to, vo, m := scoreTimes(td.gold, pred, toks)
		strict.Add(s)
		relaxed.Add(rl)
		value.Add(v)
		typeOK += to
		valueOK += vo
		matched += m
		if len(misses) < o.Errors {
			misses = append(misses, timeMisses(td, pred, toks, o.Errors-len(misses))...)
		}
	}
	out := map[string]float64{"documents": float64(len(docs)), "gold": float64(relaxed.TP + relaxed.FN)}
	prfKeys(out, "strict", strict)
	prfKeys(out, "relaxed", relaxed)
	prfKeys(out, "value", value)
	if matched > 0 {
		out["type_accuracy"] = round(100 * float64(typeOK) / float64(matched))
		out["value_accuracy"] = round(100 * float64(valueOK) / float64(matched))
	}
	r.set("time", name, out, misses)
}

func timeMisses(td timeDoc, pred []timex, toks [][2]int, n int) []string {
	var out []string
	for _, g := range td.gold {
		var got *timex
		for i := range pred {
			if (Span{{g.start, g.end}}).Overlaps(Span{{pred[i].start, pred[i].end}}, toks) {
				got = &pred[i]
				break
			}
		}
		switch {
		case len(out) >= n:
			return out
		case got == nil:
			out = append(out, fmt.Sprintf("%s: missed %s %s=%s", td.name, jsonq(context(td.text, g.start, g.end)), g.typ, g.value))
		case !sameValue(got.value, g.value):
			out = append(out, fmt.Sprintf("%s: %q valued %s, gold %s", td.name, got.text, got.value, g.value))
		}
	}
	return append(out, spurious(td, pred, toks, n-len(out))...)
}

// spurious lists predictions that share no token with any gold expression,
// the false positives that cost value precision as much as a wrong value.
func spurious(td timeDoc, pred []timex, toks [][2]int, n int) []string {
	var out []string
	for _, p := range pred {
		if len(out) >= n {
			break
		}
		ps := Span{{p.start, p.end}}
		hit := false
		for _, g := range td.gold {
			if ps.Overlaps(Span{{g.start, g.end}}, toks) {
				hit = true
				break
			}
		}
		if !hit {
			out = append(out, fmt.Sprintf("%s: spurious %s %s=%s", td.name, jsonq(context(td.text, p.start, p.end)), p.typ, p.value))
		}
	}
	return out
}
