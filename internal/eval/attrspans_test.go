package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestFastSpans is a diagnostic on the fast harness's cache, not a test: for
// the split FAST_SPANS names it writes spans_<split>.tsv in the cache
// directory with (a) the predicted relations that match no gold relation,
// counted by why (no gold cue touches the cue, or the source or content is
// another phrase) and by the cue's head lemma, and (b) among the relations
// that match, the sources and cues whose edges differ from the gold ones,
// counted by side (L/R), by whether the prediction adds (+) or leaves out
// (-) words there, and by the first such word's tag ("src R+ ,", "cue L- AUX");
// spans_<split>_all.tsv lists every case under its key. Probes weigh one
// boundary rule each before it is written: FAST_CUE_PROBE="of about" (is the
// word after the cue in the gold cue?), FAST_CUE_PREV=by (does the gold cue
// start before that word?), FAST_CUE_FIRST=1 (an adverb opening the cue),
// FAST_SPANS_PROBE=", who" (is the source cut before those words?),
// FAST_COMMA_PROBE=1 (the comma after an appositive) and FAST_REL_PROBE=1 (a
// relative pronoun as source). It asserts nothing; the rules it led to are
// in internal/attrib (spans.go, timesrc.go, titles.go).
func TestFastSpans(t *testing.T) {
	split := os.Getenv("FAST_SPANS")
	if split == "" {
		t.Skip()
	}
	tally := newTally()
	for _, c := range loadCache(t, split) {
		d := fastDoc(c)
		pred := predicted(d)
		gold := make([]relation, len(c.Gold))
		for i, r := range c.Gold {
			gold[i] = relation{r.Source, r.Cue, r.Content}
		}
		toks := tokenRanges(c.Art.Text)
		rs := []rune(c.Art.Text)
		show := func(s Span) string { return spanText(rs, s) }
		match := matchRelations(gold, pred, toks)
		if os.Getenv("FAST_REL_PROBE") != "" {
			probeRelative(d, gold, pred, toks, show, tally.add)
		}
		for j, p := range pred {
			g, ok := match[j]
			if !ok {
				why := whyFalse(gold, p, toks)
				ex := fmt.Sprintf("[%s] <%s> {%.80s}", show(p.source), show(p.cue), show(p.content))
				tally.add("FP "+why, ex)
				tally.add("FP "+why+" "+cueLemma(d, p.cue), ex)
				continue
			}
			runProbes(d, g, p, show, tally.add)
			for _, part := range []string{"src", "cue"} {
				gs, ps := g.source, p.source
				if part == "cue" {
					gs, ps = g.cue, p.cue
				}
				if gs.Empty() || gs.Exact(ps) {
					continue
				}
				ex := fmt.Sprintf("{%s} [[%s]]", show(ps), show(gs))
				for _, k := range edgeDiffs(d, gs, ps) {
					tally.add(part+" "+k, ex)
				}
			}
		}
	}
	tally.write(t, filepath.Join(fastDir(), "spans_"+split))
}

// tally counts cases by key, keeping a few examples of each and every case
// for grepping.
type tally struct {
	counts   map[string]int
	examples map[string][]string
	all      []string
}

func newTally() *tally { return &tally{counts: map[string]int{}, examples: map[string][]string{}} }

func (t *tally) add(key, ex string) {
	t.counts[key]++
	t.all = append(t.all, key+"\t"+ex)
	if len(t.examples[key]) < 6 {
		t.examples[key] = append(t.examples[key], ex)
	}
}

// write writes the counts, most frequent first, to base.tsv and every case
// to base_all.tsv.
func (t *tally) write(tt *testing.T, base string) {
	keys := make([]string, 0, len(t.counts))
	for k := range t.counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return t.counts[keys[i]] > t.counts[keys[j]] })
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%d\t%s\t%s\n", t.counts[k], k, strings.Join(t.examples[k], " ‖ "))
	}
	if err := os.WriteFile(base+".tsv", []byte(b.String()), 0o644); err != nil {
		tt.Fatal(err)
	}
	if err := os.WriteFile(base+"_all.tsv", []byte(strings.Join(t.all, "\n")+"\n"), 0o644); err != nil {
		tt.Fatal(err)
	}
}

// spanText is the text of a span, its pieces joined by an ellipsis.
func spanText(rs []rune, s Span) string {
	var b []string
	for _, r := range norm(s) {
		if r[1] <= len(rs) {
			b = append(b, string(rs[r[0]:r[1]]))
		}
	}
	return strings.ReplaceAll(strings.Join(b, "…"), "\n", " ")
}

// whyFalse says why predicted relation p matches no gold one: no gold cue
// touches its cue ("cue-none"), or the first gold relation whose cue it
// touches has another source, another content, or was taken by another
// prediction ("cue-other").
func whyFalse(gold []relation, p relation, toks [][2]int) string {
	for _, g := range gold {
		if !g.cue.Overlaps(p.cue, toks) {
			continue
		}
		switch {
		case !(g.source.Empty() || g.source.Overlaps(p.source, toks)):
			return "src-wrong"
		case !g.content.Overlaps(p.content, toks):
			return "cont-wrong"
		}
		return "cue-other"
	}
	return "cue-none"
}

// runProbes runs the probes the environment asks for on a matched pair.
func runProbes(d *doc.Document, g, p relation, show func(Span) string, add func(string, string)) {
	if f := os.Getenv("FAST_SPANS_PROBE"); f != "" {
		probeSource(d, f, g, p, show, add)
	}
	if w := os.Getenv("FAST_CUE_PREV"); w != "" {
		probeCuePrev(d, w, g, p, show, add)
	}
	if os.Getenv("FAST_CUE_FIRST") != "" {
		probeCueFirst(d, g, p, add)
	}
	if os.Getenv("FAST_COMMA_PROBE") != "" {
		probeComma(d, g, p, show, add)
	}
	if f := os.Getenv("FAST_CUE_PROBE"); f != "" {
		probeCueNext(d, f, g, p, show, add)
	}
}

// matchRelations pairs predicted with gold relations one to one by overlap,
// in the scorer's order; it returns the gold relation of each matched
// prediction.
func matchRelations(gold, pred []relation, toks [][2]int) map[int]relation {
	used := map[int]relation{}
	for _, g := range gold {
		for j, p := range pred {
			if _, ok := used[j]; ok {
				continue
			}
			if g.cue.Overlaps(p.cue, toks) && (g.source.Empty() || g.source.Overlaps(p.source, toks)) && g.content.Overlaps(p.content, toks) {
				used[j] = g
				break
			}
		}
	}
	return used
}

// cueLemma is the lemma of the cue's verb, or of its last word.
func cueLemma(d *doc.Document, s Span) string {
	lem := ""
	for _, k := range spanTokens(d, s) {
		t := &d.Tokens[k]
		if lem == "" || t.POS == "VERB" {
			lem = strings.ToLower(t.Lemma)
		}
	}
	return lem
}

// spanTokens lists the tokens a span covers.
func spanTokens(d *doc.Document, s Span) []int {
	var out []int
	for i := range d.Tokens {
		if s.covers([2]int{d.Tokens[i].Start, d.Tokens[i].End}) {
			out = append(out, i)
		}
	}
	return out
}

// edgeDiffs names how predicted span p differs from gold span g at each
// edge: side, + (p adds words) or - (p lacks them), the first differing
// word's tag, or "gap" for a discontinuous gold span, "disjoint" when they
// share no word.
func edgeDiffs(d *doc.Document, g, p Span) []string {
	gt, pt := spanTokens(d, g), spanTokens(d, p)
	if len(gt) == 0 || len(pt) == 0 {
		return []string{"empty"}
	}
	if len(norm(g)) > 1 {
		return []string{"gap"}
	}
	if pt[len(pt)-1] < gt[0] || gt[len(gt)-1] < pt[0] {
		return []string{"disjoint"}
	}
	tag := func(k int) string {
		t := &d.Tokens[k]
		switch t.POS {
		case "PUNCT":
			return t.Text
		case "ADP", "PART", "AUX", "SCONJ", "CCONJ", "DET", "PRON":
			return t.POS + ":" + t.Lower
		}
		return t.POS
	}
	var out []string
	if gt[0] != pt[0] {
		if pt[0] < gt[0] {
			out = append(out, "L+ "+tag(pt[0]))
		} else {
			out = append(out, "L- "+tag(gt[0]))
		}
	}
	if gl, pl := gt[len(gt)-1], pt[len(pt)-1]; gl != pl {
		if pl > gl {
			out = append(out, "R+ "+tag(gl+1))
		} else {
			out = append(out, "R- "+tag(pl+1))
		}
	}
	if len(out) == 0 {
		out = append(out, "chars")
	}
	return out
}

// probeSource counts, for matched relations whose predicted source holds
// the words of probe (", who"), whether the gold source is the same, ends
// before them, or differs otherwise, split by the source's side of the cue
// and by whether an attribution's cue lies inside the source.
func probeSource(d *doc.Document, probe string, g, p relation, show func(Span) string, add func(string, string)) {
	ps := show(p.source)
	i := strings.Index(ps, probe)
	if i < 0 || len(p.source) == 0 || len(p.cue) == 0 {
		return
	}
	side := "before"
	if p.source[0][0] > p.cue[0][0] {
		side = "after"
	}
	nested := "plain"
	for _, a := range d.Attributions {
		if a.Cue.Start >= p.source[0][0] && a.Cue.End <= p.source[0][1] {
			nested = "nested"
		}
	}
	gs := show(g.source)
	res := "other"
	switch {
	case g.source.Exact(p.source):
		res = "same"
	case strings.TrimRight(gs, " ,") == strings.TrimRight(ps[:i], " ,"):
		res = "cut"
	}
	add("probe "+side+" "+nested+" "+res, fmt.Sprintf("{%s} [[%s]]", ps, gs))
}

// probeCueNext counts, for matched relations whose predicted cue is followed
// by a word of the list words ("Monday Tuesday …"; "*" for any), whether the
// gold cue takes that word in or not, split by where the content lies.
func probeCueNext(d *doc.Document, words string, g, p relation, show func(Span) string, add func(string, string)) {
	pt := spanTokens(d, p.cue)
	if len(pt) == 0 || len(p.content) == 0 {
		return
	}
	n := pt[len(pt)-1] + 1
	if n >= len(d.Tokens) {
		return
	}
	w := d.Tokens[n].Lower
	if words != "*" && !strings.Contains(" "+strings.ToLower(words)+" ", " "+w+" ") {
		return
	}
	side := "content-after"
	if norm(p.content)[0][0] < p.cue[0][0] {
		side = "content-before"
	}
	res := "other"
	if g.cue.Exact(p.cue) {
		res = "out"
	} else if g.cue.covers([2]int{d.Tokens[n].Start, d.Tokens[n].End}) {
		res = "in"
	}
	add("cprobe "+side+" "+res, fmt.Sprintf("{%s} [[%s]]", show(p.cue), show(g.cue)))
	add("cprobe "+w+" "+side+" "+res, fmt.Sprintf("{%s} [[%s]]", show(p.cue), show(g.cue)))
}

// probeComma counts, for matched relations whose sources overlap and hold
// a comma inside, whether the gold source keeps the comma after it, by the
// side of the cue and the tag of the word before that comma.
func probeComma(d *doc.Document, g, p relation, show func(Span) string, add func(string, string)) {
	gt, pt := spanTokens(d, g.source), spanTokens(d, p.source)
	if len(gt) < 3 || len(pt) < 3 || len(norm(g.source)) > 1 || len(p.cue) == 0 {
		return
	}
	inner := false
	for _, k := range gt[1 : len(gt)-1] {
		if d.Tokens[k].Text == "," {
			inner = true
		}
	}
	if !inner || gt[0] != pt[0] {
		return
	}
	last := gt[len(gt)-1]
	kept := "no"
	if d.Tokens[last].Text == "," {
		kept = "kept"
		last--
	} else if last+1 >= len(d.Tokens) || d.Tokens[last+1].Text != "," {
		return
	}
	side := "before"
	if p.source[0][0] > p.cue[0][0] {
		side = "after"
	}
	// the phrase after the last inner comma: a name or a description
	lc := gt[0]
	for _, k := range gt[:len(gt)-1] {
		if d.Tokens[k].Text == "," && k < last {
			lc = k
		}
	}
	kind := "desc"
	allProp := true
	for k := lc + 1; k <= last; k++ {
		if d.Tokens[k].POS != "PROPN" && d.Tokens[k].POS != "PUNCT" {
			allProp = false
		}
	}
	if allProp {
		kind = "name"
	}
	add("comma "+side+" "+kind+" "+kept, fmt.Sprintf("{%s} [[%s]]", show(p.source), show(g.source)))
}

// probeCueFirst counts, for matched relations whose cues overlap and
// whose predicted cue opens with an adverb or a word tagged as one, whether
// the gold cue opens with it too ("in") or starts after it ("out"), by the
// word and by the tag of the word before it.
func probeCueFirst(d *doc.Document, g, p relation, add func(string, string)) {
	pt, gt := spanTokens(d, p.cue), spanTokens(d, g.cue)
	if len(pt) < 2 || len(gt) == 0 || d.Tokens[pt[0]].POS != "ADV" {
		return
	}
	res := "other"
	switch {
	case gt[0] == pt[0]:
		res = "in"
	case gt[0] == pt[1]:
		res = "out"
	}
	prev := "START"
	if pt[0] > 0 {
		prev = d.Tokens[pt[0]-1].POS
	}
	w := d.Tokens[pt[0]].Lower
	add("cfirst "+w+" "+res, prev)
	add("cfirstprev "+prev+" "+res, w)
}

// probeRelative counts, for predicted relations whose source is a lone
// relative pronoun, how the gold relation whose cue overlaps theirs marks
// it: the pronoun as source, the pronoun inside the cue, or neither.
func probeRelative(d *doc.Document, gold, pred []relation, toks [][2]int, show func(Span) string, add func(string, string)) {
	for _, p := range pred {
		st := spanTokens(d, p.source)
		if len(st) != 1 || !isRel(d.Tokens[st[0]].Lower) || len(p.cue) == 0 {
			continue
		}
		w := d.Tokens[st[0]].Lower
		r := [2]int{d.Tokens[st[0]].Start, d.Tokens[st[0]].End}
		res := "nogold"
		ex := ""
		for _, g := range gold {
			if !g.cue.Overlaps(p.cue, toks) {
				continue
			}
			ex = fmt.Sprintf("[%s] <%s> || [[%s]] <<%s>>", show(p.source), show(p.cue), show(g.source), show(g.cue))
			switch {
			case g.source.Exact(p.source):
				res = "src=pron"
			case g.cue.covers(r):
				res = "pron-in-cue"
			case g.source.covers(r):
				res = "src-holds-pron"
			default:
				res = "other"
			}
			break
		}
		add("rel "+w+" "+res, ex)
	}
}

func isRel(w string) bool { return w == "who" || w == "which" || w == "that" }

// probeCuePrev counts, for matched relations whose predicted cue follows
// the word w ("by"), whether the gold cue starts before it, at the same
// place, or elsewhere.
func probeCuePrev(d *doc.Document, w string, g, p relation, show func(Span) string, add func(string, string)) {
	pt, gt := spanTokens(d, p.cue), spanTokens(d, g.cue)
	if len(pt) == 0 || len(gt) == 0 || pt[0] == 0 || d.Tokens[pt[0]-1].Lower != w {
		return
	}
	res := "other"
	switch {
	case gt[0] == pt[0]:
		res = "same"
	case gt[0] < pt[0]-1:
		res = "before"
	}
	ctx := ""
	for k := max(0, pt[0]-4); k < pt[0]; k++ {
		ctx += d.Tokens[k].Text + " "
	}
	add("cprev "+w+" "+res, fmt.Sprintf("%s{%s} [[%s]]", ctx, show(p.cue), show(g.cue)))
}
