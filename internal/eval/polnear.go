package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
)

// relation is one attribution: source (possibly empty), cue and content.
type relation struct{ source, cue, content Span }

// loadBrat reads a PolNeAR .ann file: Source, Cue and Content text-bound
// annotations (possibly discontinuous, "10 20;25 30") tied together by
// Attribution events. Offsets count code points of the .txt file.
func loadBrat(path string) ([]relation, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	spans := map[string]Span{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 {
			continue
		}
		switch parts[0][0] {
		case 'T':
			fields := strings.SplitN(parts[1], " ", 2)
			if len(fields) < 2 {
				return nil, fmt.Errorf("%s:%d: bad text-bound annotation", path, n)
			}
			var s Span
			for _, r := range strings.Split(fields[1], ";") {
				ab := strings.Fields(r)
				if len(ab) != 2 {
					return nil, fmt.Errorf("%s:%d: bad offsets %q", path, n, r)
				}
				a, err1 := strconv.Atoi(ab[0])
				b, err2 := strconv.Atoi(ab[1])
				if err1 != nil || err2 != nil {
					return nil, fmt.Errorf("%s:%d: bad offsets %q", path, n, r)
				}
				s = append(s, [2]int{a, b})
			}
			spans[parts[0]] = s
		case 'E':
			events = append(events, strings.Fields(parts[1]))
		}
	}
	var out []relation
	for _, ev := range events {
		var r relation
		ok := false
		for _, arg := range ev {
			role, id, found := strings.Cut(arg, ":")
			if !found {
				continue
			}
			switch {
			case strings.HasPrefix(role, "Attribution"):
				ok = true
			case strings.HasPrefix(role, "Source"):
				r.source = spans[id]
			case strings.HasPrefix(role, "Cue"):
				r.cue = spans[id]
			case strings.HasPrefix(role, "Content"):
				r.content = spans[id]
			}
		}
		if ok && !r.cue.Empty() && !r.content.Empty() {
			out = append(out, r)
		}
	}
	return out, sc.Err()
}

// predicted turns the analyser's attributions into relations, a
// discontinuous content by its pieces (Attribution.Parts). Attributions
// that still share a source and a cue are merged into one relation, as
// PolNeAR writes them.
func predicted(d *doc.Document) []relation {
	var out []relation
	idx := map[string]int{}
	for _, a := range d.Attributions {
		var r relation
		if a.Source != nil {
			r.source = Span{{a.Source.Start, a.Source.End}}
		}
		if a.Cue.End > a.Cue.Start {
			r.cue = Span{{a.Cue.Start, a.Cue.End}}
		}
		for _, c := range a.ContentSpans() {
			r.content = append(r.content, [2]int{c.Start, c.End})
		}
		if !r.cue.Empty() {
			key := fmt.Sprint(r.source, r.cue)
			if i, ok := idx[key]; ok {
				out[i].content = append(out[i].content, r.content...)
				continue
			}
			idx[key] = len(out)
		}
		out = append(out, r)
	}
	return out
}

type polnearDoc struct {
	name, text string
	published  time.Time
	gold       []relation
}

// loadPolNEAR reads one split: each text with the first annotator's
// relations (sorted by file name; most texts have one annotator).
func loadPolNEAR(dir string, limit int) ([]polnearDoc, error) {
	meta := map[string]time.Time{}
	if f, err := os.Open(filepath.Join(dir, "..", "metadata.tsv")); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			if len(c) > 5 {
				if t, err := time.Parse("2006-01-02", c[5]); err == nil {
					meta[c[1]] = t
				}
			}
		}
		f.Close()
	}
	anns, err := files(filepath.Join(dir, "attributions"), ".ann", 0)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []polnearDoc
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		stem := base[:max(0, strings.LastIndexByte(base, '_'))]
		if seen[stem] {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, "text", stem+".txt"))
		if err != nil {
			continue
		}
		seen[stem] = true
		gold, err := loadBrat(a)
		if err != nil {
			return nil, err
		}
		out = append(out, polnearDoc{name: stem, text: string(raw), published: meta[stem], gold: gold})
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	return out, nil
}

// scoreAttributions scores predicted against gold relations with BBC
// Citron's definitions: exact spans, and overlap as any shared token; a
// relation matches (overlap) when its cues overlap and its sources and
// contents overlap (a relation without a source needs no source).
func scoreAttributions(gold, pred []relation, toks [][2]int) map[string]PRF {
	c := map[string]PRF{}
	for _, part := range []string{"source", "cue", "content"} {
		get := func(r relation) Span {
			switch part {
			case "source":
				return r.source
			case "cue":
				return r.cue
			}
			return r.content
		}
		var g, p []Span
		for _, r := range gold {
			if s := get(r); !s.Empty() {
				g = append(g, s)
			}
		}
		for _, r := range pred {
			if s := get(r); !s.Empty() {
				p = append(p, s)
			}
		}
		c[part+"_exact"] = match(len(g), len(p), func(i, j int) bool { return g[i].Exact(p[j]) })
		c[part+"_overlap"] = match(len(g), len(p), func(i, j int) bool { return g[i].Overlaps(p[j], toks) })
	}
	srcOK := func(g, p Span, exact bool) bool {
		if g.Empty() {
			return true
		}
		if exact {
			return g.Exact(p)
		}
		return g.Overlaps(p, toks)
	}
	c["relation_exact"] = match(len(gold), len(pred), func(i, j int) bool {
		return gold[i].cue.Exact(pred[j].cue) && srcOK(gold[i].source, pred[j].source, true) && gold[i].content.Exact(pred[j].content)
	})
	c["relation_overlap"] = match(len(gold), len(pred), func(i, j int) bool {
		return gold[i].cue.Overlaps(pred[j].cue, toks) && srcOK(gold[i].source, pred[j].source, false) && gold[i].content.Overlaps(pred[j].content, toks)
	})
	return c
}

func runAttribution(r *Report, an *analyzer.Analyzer, o Options) error {
	for _, split := range []string{"dev", "train"} {
		dir := filepath.Join(o.Data, "polnear", split)
		if _, err := os.Stat(dir); err != nil {
			return fmt.Errorf("%s: not found", dir)
		}
		docs, err := loadPolNEAR(dir, o.Limit)
		if err != nil {
			return err
		}
		total := map[string]PRF{}
		var misses []string
		for _, pd := range docs {
			d := an.Analyze(doc.Article{Text: pd.text, Published: pd.published})
			pred := predicted(d)
			toks := tokenRanges(pd.text)
			for k, v := range scoreAttributions(pd.gold, pred, toks) {
				t := total[k]
				t.Add(v)
				total[k] = t
			}
			if len(misses) < o.Errors {
				misses = append(misses, attributionMisses(pd, pred, toks, o.Errors-len(misses))...)
			}
		}
		m := map[string]float64{"documents": float64(len(docs))}
		keys := make([]string, 0, len(total))
		for k := range total {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			prfKeys(m, k, total[k])
		}
		m["gold_relations"] = float64(total["relation_overlap"].TP + total["relation_overlap"].FN)
		m["predicted_relations"] = float64(total["relation_overlap"].TP + total["relation_overlap"].FP)
		r.set("attribution", "polnear_"+split, m, misses)
	}
	return nil
}

// attributionMisses lists gold relations no prediction overlaps.
func attributionMisses(pd polnearDoc, pred []relation, toks [][2]int, n int) []string {
	var out []string
	for _, g := range pd.gold {
		hit := false
		for _, p := range pred {
			if g.cue.Overlaps(p.cue, toks) && g.content.Overlaps(p.content, toks) {
				hit = true
				break
			}
		}
		if !hit && len(out) < n {
			c := g.cue[0]
			out = append(out, fmt.Sprintf("%s: missed cue %s", pd.name, jsonq(context(pd.text, c[0], c[1]))))
		}
	}
	return out
}

func jsonq(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
