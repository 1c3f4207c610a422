package eval

import (
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/attrib"
	"github.com/crosscheck-news/crosscheck/internal/entity"
	"github.com/crosscheck-news/crosscheck/internal/figure"
	"github.com/crosscheck-news/crosscheck/internal/nlp"
	timexpkg "github.com/crosscheck-news/crosscheck/internal/timex"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// This file is a diagnostic harness for attribution rules, not a test: it
// analyses PolNeAR once up to the attribution step (the full language core
// parses every sentence; the analyser's NeedsParse choice is then replayed),
// caches the documents in the temporary directory, and re-runs only
// attrib.Extract and the scorer, so that a rule can be measured on train and
// dev in seconds rather than minutes. Its numbers match `crosscheck eval
// attribution`. Each run writes one line per predicted relation (TP or FP by
// overlap) for diffing two runs, and the missed and mismatched gold
// relations:
//
//	FAST_TAG=name go test ./internal/eval -run TestFastAttr -v   # scores, name_{dev,train}.tsv
//	FAST_MISSED=train go test ./internal/eval -run TestFastMissed # gold cues no prediction touches
//	FAST_MISMATCH=dev go test ./internal/eval -run TestFastMismatch
//	FAST_SHOW="words of a sentence" go test ./internal/eval -run TestFastShow -v
//
// Delete the cache files (attrfast_cache_*.gob) after changing anything
// before the attribution step (tokenizer, core, entities, times, figures).
type cachedDoc struct {
	Name      string
	Art       doc.Article
	Sentences []doc.Sentence
	Tokens    []doc.Token
	Entities  []doc.Entity
	Times     []doc.Time
	Figures   []doc.Figure
	Gold      []relation
}

func init() { gob.Register(relation{}) }

type relationG struct{ Source, Cue, Content Span }

func fastDir() string {
	d := filepath.Join(os.TempDir(), "attrfast")
	os.MkdirAll(d, 0o755)
	return d
}

func cachePath(split string) string { return filepath.Join(fastDir(), "attrfast_cache_"+split+".gob") }

func buildCache(t *testing.T, split string) []cachedDoc {
	dir := filepath.Join("..", "..", "..", "shared", "data", "polnear", split)
	if _, err := os.Stat(dir); err != nil {
		t.Skip("PolNeAR not found under ../shared/data")
	}
	docs, err := loadPolNEAR(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []cachedDoc
	for _, pd := range docs {
		d := doc.New(doc.Article{Text: pd.text, Published: pd.published})
		tokenize.Tokenize(d)
		nlp.Annotate(d)
		entity.Extract(d)
		timexpkg.Tag(d)
		figure.Extract(d)
		out = append(out, cachedDoc{Name: pd.name, Art: d.Article, Sentences: d.Sentences, Tokens: d.Tokens, Entities: d.Entities, Times: d.Times, Figures: d.Figures, Gold: pd.gold})
	}
	return out
}

type cacheFile struct {
	Docs []cachedDocG
}
type cachedDocG struct {
	Name      string
	Art       doc.Article
	Sentences []doc.Sentence
	Tokens    []doc.Token
	Entities  []doc.Entity
	Times     []doc.Time
	Figures   []doc.Figure
	Gold      []relationG
}

func loadCache(t *testing.T, split string) []cachedDocG {
	p := cachePath(split)
	if f, err := os.Open(p); err == nil {
		defer f.Close()
		var cf cacheFile
		if err := gob.NewDecoder(f).Decode(&cf); err != nil {
			t.Fatal(err)
		}
		return cf.Docs
	}
	var cf cacheFile
	for _, c := range buildCache(t, split) {
		g := cachedDocG{Name: c.Name, Art: c.Art, Sentences: c.Sentences, Tokens: c.Tokens, Entities: c.Entities, Times: c.Times, Figures: c.Figures}
		for _, r := range c.Gold {
			g.Gold = append(g.Gold, relationG{r.source, r.cue, r.content})
		}
		cf.Docs = append(cf.Docs, g)
	}
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := gob.NewEncoder(f).Encode(&cf); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return cf.Docs
}

func fastDoc(c cachedDocG) *doc.Document {
	d := doc.New(c.Art)
	d.Sentences = c.Sentences
	d.Tokens = append([]doc.Token(nil), c.Tokens...)
	for _, s := range d.Sentences {
		for a := s.First; a < s.Limit; a += 250 {
			l := min(s.Limit, a+250)
			if !attrib.NeedsParse(d.Tokens[a:l]) {
				for i := a; i < l; i++ {
					d.Tokens[i].Head, d.Tokens[i].Dep = -1, ""
				}
			}
		}
	}
	d.Entities = c.Entities
	d.Times = c.Times
	d.Figures = c.Figures
	attrib.Extract(d)
	return d
}

func TestFastAttr(t *testing.T) {
	tag := os.Getenv("FAST_TAG")
	if tag == "" {
		t.Skip()
	}
	for _, split := range []string{"dev", "train"} {
		docs := loadCache(t, split)
		total := map[string]PRF{}
		var lines []string
		for _, c := range docs {
			d := fastDoc(c)
			pred := predicted(d)
			var gold []relation
			for _, r := range c.Gold {
				gold = append(gold, relation{r.Source, r.Cue, r.Content})
			}
			toks := tokenRanges(c.Art.Text)
			for k, v := range scoreAttributions(gold, pred, toks) {
				x := total[k]
				x.Add(v)
				total[k] = x
			}
			// per predicted relation: TP or FP (overlap), for diffing
			matched := matchRelations(gold, pred, toks)
			rs := []rune(c.Art.Text)
			show := func(s Span) string { return spanText(rs, s) }
			for j, p := range pred {
				st := "FP"
				if _, ok := matched[j]; ok {
					st = "TP"
				}
				cs := 0
				if len(p.cue) > 0 {
					cs = p.cue[0][0]
				}
				a, b := max(0, cs-100), min(len(rs), cs+100)
				lines = append(lines, fmt.Sprintf("%s\t%s\t%v\t%s\t[%s] <%s> {%s}\t%s", c.Name, st, p.cue, show(p.cue), show(p.source), show(p.cue), show(p.content), strings.ReplaceAll(string(rs[a:b]), "\n", " ")))
			}
		}
		sort.Strings(lines)
		os.WriteFile(filepath.Join(fastDir(), fmt.Sprintf("%s_%s.tsv", tag, split)), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
		m := map[string]float64{}
		for k, v := range total {
			m[k+"_p"], m[k+"_r"], m[k+"_f1"] = 100*v.P(), 100*v.R(), 100*v.F1()
		}
		fmt.Printf("%s %-5s relO F1 %.2f P %.2f R %.2f | srcX %.2f cueX %.2f contO %.2f relX %.2f | pred %d\n", tag, split,
			m["relation_overlap_f1"], m["relation_overlap_p"], m["relation_overlap_r"], m["source_exact_f1"], m["cue_exact_f1"], m["content_overlap_f1"], m["relation_exact_f1"], total["relation_overlap"].TP+total["relation_overlap"].FP)
	}
}

func TestFastMissed(t *testing.T) {
	split := os.Getenv("FAST_MISSED")
	if split == "" {
		t.Skip()
	}
	docs := loadCache(t, split)
	var lines []string
	for _, c := range docs {
		d := fastDoc(c)
		pred := predicted(d)
		toks := tokenRanges(c.Art.Text)
		rs := []rune(c.Art.Text)
		show := func(s Span) string {
			var b []string
			for _, r := range s {
				if r[0] >= 0 && r[1] <= len(rs) && r[0] <= r[1] {
					b = append(b, string(rs[r[0]:r[1]]))
				}
			}
			return strings.ReplaceAll(strings.Join(b, "…"), "\n", " ")
		}
		for _, g := range c.Gold {
			hit := false
			for _, p := range pred {
				if g.Cue.Overlaps(p.cue, toks) {
					hit = true
				}
			}
			if hit || len(g.Cue) == 0 {
				continue
			}
			// describe the cue tokens
			var desc []string
			for i := range d.Tokens {
				tk := &d.Tokens[i]
				in := false
				for _, r := range g.Cue {
					if tk.Start >= r[0] && tk.End <= r[1] {
						in = true
					}
				}
				if !in {
					continue
				}
				h := "ROOT"
				if tk.Head >= 0 && tk.Head < len(d.Tokens) {
					h = d.Tokens[tk.Head].Lower + "/" + d.Tokens[tk.Head].POS + "/" + d.Tokens[tk.Head].Dep
				}
				subj := "-"
				for j := range d.Tokens {
					if d.Tokens[j].Head == i && strings.HasPrefix(d.Tokens[j].Dep, "nsubj") {
						subj = d.Tokens[j].Lower
					}
				}
				where := "free"
				for _, a := range d.Attributions {
					if a.Source != nil && a.Source.Start <= tk.Start && tk.End <= a.Source.End {
						where = "inSrc"
					}
					for _, cs := range a.ContentSpans() {
						if cs.Start <= tk.Start && tk.End <= cs.End && where == "free" {
							where = "inCont"
						}
					}
				}
				desc = append(desc, fmt.Sprintf("%s|%s|%s|%s|%s|subj=%s|%s", tk.Lower, strings.ToLower(tk.Lemma), tk.POS, tk.Dep, h, subj, where))
			}
			cs := g.Cue[0][0]
			a, b := max(0, cs-120), min(len(rs), cs+120)
			lines = append(lines, fmt.Sprintf("%s\t%s\t[%s] <%s> {%s}\t%s\t%s", c.Name, show(g.Cue), show(g.Source), show(g.Cue), show(g.Content), strings.Join(desc, " "), strings.ReplaceAll(string(rs[a:b]), "\n", " ")))
		}
	}
	os.WriteFile(filepath.Join(fastDir(), fmt.Sprintf("missed_%s.tsv", split)), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

func TestFastShow(t *testing.T) {
	q := os.Getenv("FAST_SHOW")
	if q == "" {
		t.Skip()
	}
	for _, split := range []string{"dev", "train"} {
		for _, c := range loadCache(t, split) {
			i := strings.Index(c.Art.Text, q)
			if i < 0 {
				continue
			}
			d := fastDoc(c)
			for _, s := range d.Sentences {
				if d.Tokens[s.First].Start > len([]rune(c.Art.Text[:i])) || d.Tokens[s.Limit-1].End < len([]rune(c.Art.Text[:i])) {
					continue
				}
				for k := s.First; k < s.Limit; k++ {
					tk := d.Tokens[k]
					fmt.Printf("%d\t%s\t%s\t%s\t%s\t%d\n", k, tk.Text, tk.Lemma, tk.POS, tk.Dep, tk.Head)
				}
				for _, a := range d.Attributions {
					if a.Cue.Start >= d.Tokens[s.First].Start && a.Cue.End <= d.Tokens[s.Limit-1].End {
						src := ""
						if a.Source != nil {
							src = d.Slice(a.Source.Start, a.Source.End)
						}
						fmt.Printf("ATTR [%s] <%s> {%s}\n", src, d.Slice(a.Cue.Start, a.Cue.End), d.Slice(a.Content.Start, a.Content.End))
					}
				}
			}
			return
		}
	}
}

func TestFastMismatch(t *testing.T) {
	split := os.Getenv("FAST_MISMATCH")
	if split == "" {
		t.Skip()
	}
	docs := loadCache(t, split)
	var lines []string
	for _, c := range docs {
		d := fastDoc(c)
		pred := predicted(d)
		var gold []relation
		for _, r := range c.Gold {
			gold = append(gold, relation{r.Source, r.Cue, r.Content})
		}
		toks := tokenRanges(c.Art.Text)
		rs := []rune(c.Art.Text)
		show := func(s Span) string {
			var b []string
			for _, r := range s {
				if r[0] >= 0 && r[1] <= len(rs) && r[0] <= r[1] {
					b = append(b, string(rs[r[0]:r[1]]))
				}
			}
			return strings.ReplaceAll(strings.Join(b, "…"), "\n", " ")
		}
		used := make([]bool, len(pred))
		matched := make([]bool, len(gold))
		for gi, g := range gold {
			for j, p := range pred {
				if used[j] {
					continue
				}
				srcOK := g.source.Empty() || g.source.Overlaps(p.source, toks)
				if g.cue.Overlaps(p.cue, toks) && srcOK && g.content.Overlaps(p.content, toks) {
					used[j], matched[gi] = true, true
					break
				}
			}
		}
		for gi, g := range gold {
			if matched[gi] {
				continue
			}
			for j, p := range pred {
				if !g.cue.Overlaps(p.cue, toks) {
					continue
				}
				why := ""
				if !(g.source.Empty() || g.source.Overlaps(p.source, toks)) {
					why += "SRC"
				}
				if !g.content.Overlaps(p.content, toks) {
					why += "CONT"
				}
				if why == "" {
					why = "TAKEN"
				}
				lines = append(lines, fmt.Sprintf("%s\t%s\tG[%s] <%s> {%s}\tP[%s] <%s> {%s}\t%v", c.Name, why, show(g.source), show(g.cue), show(g.content), show(p.source), show(p.cue), show(p.content), used[j]))
				break
			}
		}
	}
	os.WriteFile(filepath.Join(fastDir(), fmt.Sprintf("mismatch_%s.tsv", split)), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}
