package eval

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
)

// unerDoc is one Universal NER document: the sentences' `# text` lines
// joined by blank lines, with gold PER/ORG/LOC spans in code points.
type unerDoc struct {
	name, text string
	gold       []mtSpan
}

// loadUNER reads an IOB2 file of Universal NER (CoNLL-like: id, token,
// tag). Tokens are found in order in each sentence's `# text`, so spans
// keep the original spacing. limit caps the documents (0: all).
func loadUNER(path string, limit int) ([]unerDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []unerDoc
	var cur *unerDoc
	var b strings.Builder
	var sent string // the current sentence's text
	base, cursor := 0, 0
	open := -1 // index in cur.gold of the entity being extended
	flush := func() {
		if cur != nil {
			cur.text = b.String()
			out = append(out, *cur)
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newdoc id = "):
			flush()
			if limit > 0 && len(out) >= limit {
				return out, nil
			}
			cur = &unerDoc{name: strings.TrimPrefix(line, "# newdoc id = ")}
			b.Reset()
		case strings.HasPrefix(line, "# text = "):
			if cur == nil {
				cur = &unerDoc{name: "?"}
			}
			if b.Len() > 0 {
				b.WriteString("\n\n")
			}
			base = utf8.RuneCountInString(b.String())
			sent = strings.TrimPrefix(line, "# text = ")
			b.WriteString(sent)
			cursor, open = 0, -1
		case line == "" || strings.HasPrefix(line, "#"):
			open = -1
		default:
			cols := strings.Split(line, "\t")
			if len(cols) < 3 || cur == nil {
				return nil, fmt.Errorf("%s:%d: bad token line", path, n)
			}
			i := strings.Index(sent[cursor:], cols[1])
			if i < 0 {
				open = -1
				continue // a token not in the text (rare): skip it
			}
			s := base + utf8.RuneCountInString(sent[:cursor+i])
			cursor += i + len(cols[1])
			e := base + utf8.RuneCountInString(sent[:cursor])
			tag, typ, _ := strings.Cut(cols[2], "-")
			switch {
			case tag == "B" || tag == "I" && open < 0:
				if typ == "PER" || typ == "ORG" || typ == "LOC" {
					cur.gold = append(cur.gold, mtSpan{start: s, end: e, typ: typ})
					open = len(cur.gold) - 1
				} else {
					open = -1
				}
			case tag == "I" && open >= 0:
				cur.gold[open].end = e
			default:
				open = -1
			}
		}
	}
	flush()
	return out, sc.Err()
}

// scoreEntitySpans counts exact span+type matches per type and overall.
func scoreEntitySpans(total map[string]PRF, gold, pred []mtSpan) {
	for _, typ := range []string{"PER", "ORG", "LOC", "all"} {
		var g, p []mtSpan
		for _, x := range gold {
			if typ == "all" || x.typ == typ {
				g = append(g, x)
			}
		}
		for _, x := range pred {
			if typ == "all" || x.typ == typ {
				p = append(p, x)
			}
		}
		c := match(len(g), len(p), func(i, j int) bool { return g[i].start == p[j].start && g[i].end == p[j].end && g[i].typ == p[j].typ })
		t := total[typ]
		t.Add(c)
		total[typ] = t
	}
}

// entityMentions lists the analyser's named mentions typed PER/ORG/LOC,
// before limit: not the pronouns nor the definite descriptions ("the
// company") coreference adds, which are no more names than the nominal
// mentions the gold leaves out.
func entityMentions(d *doc.Document, limit int) []mtSpan {
	var pred []mtSpan
	for _, e := range d.Entities {
		t := meantimeType(e.Type)
		if t == "" {
			continue
		}
		for _, m := range e.Mentions {
			if !m.Pronoun && !nominal(m.Text) && m.Start < limit {
				pred = append(pred, mtSpan{m.Start, m.End, t, m.Text})
			}
		}
	}
	return pred
}

// nominal reports whether a mention is a definite description, "the" and a
// common noun ("the company", "The ministry's"), rather than a name.
func nominal(text string) bool {
	rest, ok := strings.CutPrefix(text, "the ")
	if !ok {
		rest, ok = strings.CutPrefix(text, "The ")
	}
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// runUNER scores the analyser's entities on Universal NER EWT test (web
// English: answers, email, reviews, blogs — harder than news for rules).
func runUNER(r *Report, an *analyzer.Analyzer, o Options) error {
	path := o.Data + "/uner-ewt/en_ewt-ud-test.iob2"
	if _, err := os.Stat(path); err != nil {
		return nil // optional: the set is not part of every data folder
	}
	docs, err := loadUNER(path, o.Limit)
	if err != nil {
		return err
	}
	total := map[string]PRF{}
	var misses []string
	for _, ud := range docs {
		d := an.Analyze(doc.Article{Text: ud.text})
		pred := entityMentions(d, len(ud.text)+1)
		scoreEntitySpans(total, ud.gold, pred)
		misses = entityErrors(misses, o.Errors, ud.name, ud.text, ud.gold, pred)
	}
	m := map[string]float64{"documents": float64(len(docs))}
	for _, k := range []string{"PER", "ORG", "LOC"} {
		prfKeys(m, strings.ToLower(k), total[k])
	}
	prfKeys(m, "per_org_loc", total["all"])
	r.set("entities", "uner_ewt_test", m, misses)
	return nil
}

// entityErrors appends up to limit error lines for one document, each
// classed so that the kinds can be counted: a gold mention found with the
// wrong type ("type"), found with other bounds ("boundary": an overlapping
// prediction of the same type) or not at all ("missed"); a prediction that
// overlaps no gold mention ("spurious"). Boundary and type errors are
// listed once, from the gold side; a prediction that is exactly another
// gold mention (MEANTIME nests "Airbus" in "Airbus parent EADS") is no
// boundary error of the longer one.
func entityErrors(out []string, limit int, name, text string, gold, pred []mtSpan) []string {
	exact := func(a, b mtSpan) bool { return a.start == b.start && a.end == b.end }
	overlap := func(a, b mtSpan) bool { return a.start < b.end && b.start < a.end }
	isGold := func(p mtSpan) bool {
		for _, g := range gold {
			if exact(g, p) {
				return true
			}
		}
		return false
	}
	for _, g := range gold {
		if len(out) >= limit {
			return out
		}
		kind, ours := "missed", ""
		for _, p := range pred {
			switch {
			case exact(g, p) && g.typ == p.typ:
				kind = ""
			case exact(g, p) && kind != "":
				kind, ours = "type", p.typ
			case overlap(g, p) && kind == "missed" && !isGold(p):
				kind, ours = "boundary", fmt.Sprintf("%s %q", p.typ, p.text)
			}
			if kind == "" {
				break
			}
		}
		if kind == "" {
			continue
		}
		line := fmt.Sprintf("%s: %s %s %s", name, kind, g.typ, jsonq(context(text, g.start, g.end)))
		if ours != "" {
			line += " · ours " + ours
		}
		out = append(out, line)
	}
	for _, p := range pred {
		if len(out) >= limit {
			return out
		}
		hit := false
		for _, g := range gold {
			hit = hit || overlap(g, p)
		}
		if !hit {
			out = append(out, fmt.Sprintf("%s: spurious %s %s", name, p.typ, jsonq(context(text, p.start, p.end))))
		}
	}
	return out
}
