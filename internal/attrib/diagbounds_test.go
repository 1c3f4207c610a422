package attrib_test

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/attrib"
)

// TestDiagBounds lists, for PolNeAR relations whose cue, source or
// content a prediction overlaps but does not match exactly, how the edges
// differ: words the prediction adds or leaves out at the left or right
// edge, by their tag and dependency label, with examples ({prediction},
// [[gold]]); then what lies beyond the edges of the spans that match, and
// for cues the preposition after the verb ("P-in say"/"P-out say"), to
// weigh a rule that would move an edge. It reads ../shared/data and runs
// only when CC_ATTRIB_BOUNDS names a split ("train", "dev") and
// CC_ATTRIB_PART the part ("cue", "source", "content"; cue by default); it
// asserts nothing. Boundary rules found with it are in spans.go.
func TestDiagBounds(t *testing.T) {
	part := os.Getenv("CC_ATTRIB_PART")
	if part == "" {
		part = "cue"
	}
	groups := map[string]int{}
	words := map[string]int{}
	examples := map[string][]string{}
	exact, differ, disc := 0, 0, 0
	ctxs, ctxWords := map[string]int{}, map[string]int{}
	add := func(key, word, ex string) {
		groups[key]++
		words[key+" «"+word+"»"]++
		if len(examples[key]) < 8 {
			examples[key] = append(examples[key], ex)
		}
	}
	eachPolnearDoc(t, "CC_ATTRIB_BOUNDS", "the PolNeAR boundary diagnostic", func(a, text string, d *doc.Document) {
		rr := []rune(text)
		tokIn := func(s, e int) []int {
			var out []int
			for i := range d.Tokens {
				if d.Tokens[i].Start < e && s < d.Tokens[i].End {
					out = append(out, i)
				}
			}
			return out
		}
		overlaps := func(g [][2]int, s, e int) bool {
			for _, r := range g {
				if len(tokIn(max(r[0], s), min(r[1], e))) > 0 && max(r[0], s) < min(r[1], e) {
					return true
				}
			}
			return false
		}
		for _, g := range goldRelations(a) {
			var best *doc.Attribution
			for i := range d.Attributions {
				p := &d.Attributions[i]
				if !overlaps(g.cue, p.Cue.Start, p.Cue.End) {
					continue
				}
				if part != "cue" && !overlaps(g.content, p.Content.Start, p.Content.End) {
					continue
				}
				if best == nil || len(g.cue) == 1 && p.Cue.Start == g.cue[0][0] && p.Cue.End == g.cue[0][1] {
					best = p
				}
			}
			if best == nil {
				continue
			}
			var gs [][2]int
			var ps, pe int
			if part == "source" {
				if len(g.source) == 0 || best.Source == nil || !overlaps(g.source, best.Source.Start, best.Source.End) {
					continue
				}
				gs, ps, pe = g.source, best.Source.Start, best.Source.End
			} else if part == "content" {
				cs := best.ContentSpans()
				if len(cs) != 1 || len(g.content) != 1 || !overlaps(g.content, cs[0].Start, cs[0].End) {
					continue
				}
				gs, ps, pe = g.content, cs[0].Start, cs[0].End
			} else {
				gs, ps, pe = g.cue, best.Cue.Start, best.Cue.End
			}
			if len(gs) > 1 {
				disc++
				inner := ""
				for k := 0; k+1 < len(gs); k++ {
					for _, i := range tokIn(gs[k][1], gs[k+1][0]) {
						inner += d.Tokens[i].Lower + "/" + d.Tokens[i].POS + " "
					}
				}
				add("discontinuous", "", fmt.Sprintf("gap: %s| %s", inner, ctx(rr, gs[0][0], gs[len(gs)-1][1], ps, pe)))
				continue
			}
			s, e := gs[0][0], gs[0][1]
			if s == ps && e == pe {
				exact++
				// What lies beyond each edge of a span both agree on, to
				// weigh a rule that would widen it.
				if in := tokIn(s, e); len(in) > 1 && d.Tokens[in[len(in)-1]].POS == "ADP" {
					ctxWords["P-in "+d.Tokens[in[len(in)-1]].Lower+" "+d.Tokens[in[len(in)-2]].Lemma]++
				}
				if in := tokIn(s, e); len(in) > 0 && in[len(in)-1]+1 < len(d.Tokens) && d.Tokens[in[len(in)-1]+1].POS == "ADP" {
					ctxWords["P-out "+d.Tokens[in[len(in)-1]+1].Lower+" "+d.Tokens[in[len(in)-1]].Lemma]++
				}
				if in := tokIn(s, e); len(in) > 0 {
					for side, k := range map[string]int{"first": in[0], "last": in[len(in)-1]} {
						tk := &d.Tokens[k]
						ctxWords[fmt.Sprintf("exact-%s %s/%s «%s»", side, tk.POS, tk.Dep, tk.Lower)]++
					}
					for _, side := range []struct {
						name string
						k    int
					}{{"left", in[0] - 1}, {"right", in[len(in)-1] + 1}} {
						if side.k < 0 || side.k >= len(d.Tokens) {
							continue
						}
						tk := &d.Tokens[side.k]
						hd := "-"
						if tk.Head >= 0 && tk.Head < len(d.Tokens) {
							hd = d.Tokens[tk.Head].POS
						}
						k := fmt.Sprintf("exact-next-%s %s/%s/%s<-%s", side.name, tk.POS, tk.Tag, tk.Dep, hd)
						ctxs[k]++
						ctxWords[k+" «"+tk.Lower+"»"]++
					}
				}
				continue
			}
			differ++
			ex := ctx(rr, s, e, ps, pe)
			desc := func(toks []int, inner bool) (string, string) {
				// The token next to the boundary inside the difference.
				if len(toks) == 0 {
					return "?", ""
				}
				k := toks[0]
				if inner {
					k = toks[len(toks)-1]
				}
				tk := &d.Tokens[k]
				n := "1"
				if len(toks) > 1 {
					n = "2+"
				}
				hd := "-"
				if tk.Head >= 0 && tk.Head < len(d.Tokens) {
					hd = d.Tokens[tk.Head].POS
				}
				var ws []string
				for _, i := range toks {
					ws = append(ws, d.Tokens[i].Lower)
				}
				return fmt.Sprintf("%s %s/%s/%s<-%s", n, tk.POS, tk.Tag, tk.Dep, hd), strings.Join(ws, " ")
			}
			if ps < s {
				k, w := desc(tokIn(ps, s), true)
				add("extra-left "+k, w, ex)
			} else if ps > s {
				k, w := desc(tokIn(s, min(ps, e)), false)
				add("missing-left "+k, w, ex)
			}
			if pe > e {
				if tk := tokIn(e, pe); len(tk) == 1 && d.Tokens[tk[0]].POS == "ADP" && tk[0] > 0 {
					ctxWords["P-out "+d.Tokens[tk[0]].Lower+" "+d.Tokens[tk[0]-1].Lemma]++
				}
				k, w := desc(tokIn(e, pe), false)
				add("extra-right "+k, w, ex)
			} else if pe < e {
				if tk := tokIn(pe, e); len(tk) == 1 && d.Tokens[tk[0]].POS == "ADP" && tk[0] > 0 {
					ctxWords["P-in "+d.Tokens[tk[0]].Lower+" "+d.Tokens[tk[0]-1].Lemma]++
				}
				k, w := desc(tokIn(max(pe, s), e), true)
				add("missing-right "+k, w, ex)
			}
		}
	})
	fmt.Printf("%s %s: exact %d, differ %d, discontinuous gold %d\n", os.Getenv("CC_ATTRIB_BOUNDS"), part, exact, differ, disc)
	dump := func(m map[string]int, n int, exs bool) {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool { return m[ks[i]] > m[ks[j]] || m[ks[i]] == m[ks[j]] && ks[i] < ks[j] })
		for i, k := range ks {
			if i >= n {
				break
			}
			fmt.Printf("%6d  %s\n", m[k], k)
			if exs {
				for _, ex := range examples[k] {
					fmt.Printf("          %s\n", ex)
				}
			}
		}
	}
	dump(groups, 60, true)
	fmt.Println("---- words")
	dump(words, 100000, false)
	fmt.Println("---- beyond the edges of exact spans")
	dump(ctxs, 40, false)
	dump(ctxWords, 100000, false)
}

// ctx shows gold [s, e) in [[ ]] and the prediction [ps, pe) in { }.
func ctx(rr []rune, s, e, ps, pe int) string {
	lo, hi := max(0, min(s, ps)-50), min(len(rr), max(e, pe)+30)
	var b strings.Builder
	for i := lo; i <= hi; i++ {
		if i == ps {
			b.WriteString("{")
		}
		if i == s {
			b.WriteString("[[")
		}
		if i == e {
			b.WriteString("]]")
		}
		if i == pe {
			b.WriteString("}")
		}
		if i < hi {
			b.WriteRune(rr[i])
		}
	}
	return strings.ReplaceAll(b.String(), "\n", " ")
}

type goldRel struct{ source, cue, content [][2]int }

// goldRelations reads the Attribution events of a brat file with their
// Source, Cue and Content ranges (code points).
func goldRelations(path string) []goldRel {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	spans := map[string][][2]int{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 2 || c[0] == "" {
			continue
		}
		switch c[0][0] {
		case 'T':
			fs := strings.SplitN(c[1], " ", 2)
			if len(fs) < 2 {
				continue
			}
			var rs [][2]int
			for _, part := range strings.Split(fs[1], ";") {
				se := strings.Fields(part)
				if len(se) != 2 {
					continue
				}
				s, _ := strconv.Atoi(se[0])
				e, _ := strconv.Atoi(se[1])
				rs = append(rs, [2]int{s, e})
			}
			spans[c[0]] = rs
		case 'E':
			events = append(events, strings.Fields(c[1]))
		}
	}
	var out []goldRel
	for _, ev := range events {
		var r goldRel
		for _, arg := range ev {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			switch {
			case strings.HasPrefix(role, "Source"):
				r.source = spans[id]
			case strings.HasPrefix(role, "Cue"):
				r.cue = spans[id]
			case strings.HasPrefix(role, "Content"):
				r.content = spans[id]
			}
		}
		if len(r.cue) > 0 && len(r.content) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// TestDiagConventions counts, from the gold annotation and the parse
// alone, how often the annotators put a dependent of the span's head into
// the cue (or source, with CC_ATTRIB_PART=source) when it stands right
// beside it: for each gold span, the child subtrees of its head that touch
// its edge (inside it, or starting just after or ending just before it),
// keyed by side, dependency label, a word for closed classes and where the
// content lies. For cues it adds the verb + object + second complement,
// participle and to-infinitive counts, for sources the comma and relative
// clause after them. A convention the annotators follow shows as a lopsided
// pair; a rule for a pair near even loses as much as it wins. It reads
// ../shared/data and runs only when CC_ATTRIB_CONV names a split
// (CC_ATTRIB_EX=1 adds examples, CC_ATTRIB_ALL=1 every key); it asserts
// nothing.
func TestDiagConventions(t *testing.T) {
	part := os.Getenv("CC_ATTRIB_PART")
	if part == "" {
		part = "cue"
	}
	in, out := map[string]int{}, map[string]int{}
	xcIn, xcOut := map[string]int{}, map[string]int{}
	pcIn, pcOut := map[string]int{}, map[string]int{}
	rcIn, rcOut := map[string]int{}, map[string]int{}
	cmIn, cmOut, cmEx := map[string]int{}, map[string]int{}, map[string][]string{}
	obIn, obOut := map[string]int{}, map[string]int{}
	exIn, exOut := map[string][]string{}, map[string][]string{}
	eachPolnearDoc(t, "CC_ATTRIB_CONV", "the PolNeAR convention counts", func(a, text string, d *doc.Document) {
		rr := []rune(text)
		n := len(d.Tokens)
		lo, hi := make([]int, n), make([]int, n)
		for i := range d.Tokens {
			lo[i], hi[i] = i, i
		}
		for i := range d.Tokens {
			for h, steps := d.Tokens[i].Head, 0; h >= 0 && h < n && steps < n; h, steps = d.Tokens[h].Head, steps+1 {
				lo[h], hi[h] = min(lo[h], i), max(hi[h], i)
			}
		}
		tokRange := func(s, e int) (int, int) {
			f, l := -1, -1
			for i := range d.Tokens {
				if d.Tokens[i].Start < e && s < d.Tokens[i].End {
					if f < 0 {
						f = i
					}
					l = i
				}
			}
			return f, l
		}
		for _, g := range goldRelations(a) {
			sp := g.cue
			if part == "source" {
				sp = g.source
			}
			if len(sp) != 1 {
				continue
			}
			f, l := tokRange(sp[0][0], sp[0][1])
			if f < 0 {
				continue
			}
			h := -1
			for k := f; k <= l; k++ {
				if hd := d.Tokens[k].Head; hd < f || hd > l {
					if h < 0 || d.Tokens[k].POS == "VERB" && d.Tokens[h].POS != "VERB" {
						h = k
					}
				}
			}
			if h < 0 {
				continue
			}
			// A verb of the cue with an infinitive complement: does the
			// cue take the infinitive's verb in?
			for v := f; v <= l; v++ {
				if d.Tokens[v].POS != "VERB" {
					continue
				}
				for c := v + 1; c < n && c <= l+3; c++ {
					if d.Tokens[c].Head != v || d.Tokens[c].Dep != "xcomp" || c < 1 || d.Tokens[c-1].Lower != "to" {
						continue
					}
					key := d.Tokens[v].Lemma
					if attrib.InLexicon(d.Tokens[c].Lower, d.Tokens[c].Lemma) {
						key += " +cue"
					}
					if c <= l {
						xcIn[key]++
					} else if gc, _ := tokRange(g.content[0][0], g.content[0][0]+1); gc == c-1 || gc == c {
						xcOut[key]++
					}
				}
			}
			// A verb with an object and a second complement after it
			// ("hailed Reyes as …", "accused X of …", "urged X to …"):
			// is the object the cue's or the content's?
			if part == "cue" && d.Tokens[h].POS == "VERB" {
				o, c2 := -1, ""
				for c := h + 1; c < n && d.Tokens[c].Sent == d.Tokens[h].Sent; c++ {
					if d.Tokens[c].Head != h {
						continue
					}
					switch {
					case (d.Tokens[c].Dep == "obj" || d.Tokens[c].Dep == "iobj") && o < 0:
						o = c
					case o >= 0 && c2 == "" && (d.Tokens[c].Dep == "xcomp" || d.Tokens[c].Dep == "ccomp"):
						c2 = d.Tokens[c].Dep + ":" + d.Tokens[lo[c]].Lower
					case o >= 0 && c2 == "" && (d.Tokens[c].Dep == "obl" || d.Tokens[c].Dep == "advcl"):
						c2 = d.Tokens[c].Dep + ":" + d.Tokens[lo[c]].Lower
					}
				}
				if o >= 0 && c2 != "" {
					key := fmt.Sprintf("%-12s %s", d.Tokens[h].Lemma, c2)
					key2 := "* " + c2
					if lo[o] > h && hi[o] <= l {
						obIn[key]++
						obIn[key2]++
					} else if lo[o] == l+1 {
						obOut[key]++
						obOut[key2]++
					}
				}
			}
			// The comma after a source: in it or not?
			if part == "source" {
				gcf, _ := tokRange(g.cue[0][0], g.cue[0][1])
				pos := "before-cue"
				if gcf < f {
					pos = "after-cue"
				}
				inner := "plain"
				for k := f; k < l; k++ {
					if d.Tokens[k].Text == "," {
						inner = "appos"
					}
				}
				next := func(k int) string {
					if k >= n {
						return "end"
					}
					switch {
					case k == gcf:
						return "cue"
					case d.Tokens[k].Tag == "VBG":
						return "VBG"
					case d.Tokens[k].Lower == "who" || d.Tokens[k].Lower == "which":
						return "rel"
					case d.Tokens[k].Sent != d.Tokens[f].Sent:
						return "nextsent"
					}
					return d.Tokens[k].POS
				}
				if d.Tokens[l].Text == "," {
					key := pos + " " + inner + " " + next(l+1)
					cmIn[key]++
					if len(cmEx[key+" in"]) < 3 {
						cmEx[key+" in"] = append(cmEx[key+" in"], ctx(rr, sp[0][0], sp[0][1], sp[0][0], sp[0][1]))
					}
				} else if l+1 < n && d.Tokens[l+1].Text == "," {
					key := pos + " " + inner + " " + next(l+2)
					cmOut[key]++
					if len(cmEx[key+" out"]) < 3 {
						cmEx[key+" out"] = append(cmEx[key+" out"], ctx(rr, sp[0][0], sp[0][1], sp[0][0], sp[0][1]))
					}
				}
			}
			// A relative clause after a comma on a word of the source.
			if part == "source" {
				gcf, _ := tokRange(g.cue[0][0], g.cue[0][1])
				pos := "before-cue"
				if gcf < f {
					pos = "after-cue"
				}
				for r := f; r < n && d.Tokens[r].Sent == d.Tokens[f].Sent; r++ {
					tr := &d.Tokens[r]
					if tr.Dep != "acl:relcl" || tr.Head < f || tr.Head > l {
						continue
					}
					s0 := lo[r]
					if d.Tokens[s0].Text == "," {
						s0++
					}
					if s0 < 1 || d.Tokens[s0-1].Text != "," || s0 <= f {
						continue
					}
					w := d.Tokens[s0].Lower
					if w != "who" && w != "which" {
						continue
					}
					appos := "plain"
					for k := f; k < s0-1; k++ {
						if d.Tokens[k].Text == "," {
							appos = "appos"
						}
					}
					key := fmt.Sprintf("%s %s head=%s %s", pos, appos, d.Tokens[tr.Head].POS, w)
					if hi[r] <= l {
						rcIn[key]++
					} else if s0-1 >= l {
						rcOut[key]++
					}
				}
			}
			// A participle ("…, saying"): does the cue run back over the
			// verb it hangs on?
			for v := f; v <= l; v++ {
				tv := &d.Tokens[v]
				if tv.Tag != "VBG" || !strings.HasPrefix(tv.Dep, "advcl") || tv.Head < 0 || tv.Head >= v {
					continue
				}
				key := d.Tokens[tv.Head].POS
				if p := tv.Head; p >= f {
					pcIn[key]++
				} else if v == f {
					pcOut[key]++
				}
			}
			where := "content-after"
			if g.content[0][0] < sp[0][0] {
				where = "content-before"
			}
			for c := range d.Tokens {
				if d.Tokens[c].Head != h || d.Tokens[c].Dep == "punct" && part == "cue" {
					continue
				}
				side := ""
				inside := false
				switch {
				case lo[c] >= f && hi[c] <= l && c > h:
					side, inside = "right", true
				case lo[c] >= f && hi[c] <= l && c < h:
					side, inside = "left", true
				case lo[c] == l+1:
					side = "right"
				case hi[c] == f-1:
					side = "left"
				default:
					continue
				}
				tk := &d.Tokens[c]
				word := ""
				switch tk.POS {
				case "ADP", "ADV", "AUX", "PART", "SCONJ", "CCONJ", "DET", "PRON", "PUNCT":
					word = tk.Lower
				}
				if tk.Dep == "obl" || tk.Dep == "obl:unmarked" || tk.Dep == "nmod" {
					for k := lo[c]; k <= c; k++ {
						if d.Tokens[k].Head == c && d.Tokens[k].Dep == "case" {
							word = d.Tokens[k].Lower
						}
					}
				}
				if part == "source" {
					comma := ""
					if lo[c] > 0 && d.Tokens[lo[c]-1].Text == "," {
						comma = ",+"
					}
					word += " head=" + d.Tokens[h].POS + comma
				}
				key := fmt.Sprintf("%-5s %-14s %-5s %-10s %s", side, tk.Dep, tk.POS, word, where)
				cs, ce := d.Tokens[lo[c]].Start, d.Tokens[hi[c]].End
				ex := ctx(rr, sp[0][0], sp[0][1], cs, ce)
				if inside {
					in[key]++
					if len(exIn[key]) < 3 {
						exIn[key] = append(exIn[key], ex)
					}
				} else {
					out[key]++
					if len(exOut[key]) < 3 {
						exOut[key] = append(exOut[key], ex)
					}
				}
			}
		}
	})
	if part == "source" {
		fmt.Println("relative clause after a comma: in / out")
		rall := map[string]bool{}
		for k := range rcIn {
			rall[k] = true
		}
		for k := range rcOut {
			rall[k] = true
		}
		var rks []string
		for k := range rall {
			rks = append(rks, k)
		}
		sort.Strings(rks)
		for _, k := range rks {
			fmt.Printf("%5d %5d  %s\n", rcIn[k], rcOut[k], k)
		}
		fmt.Println("comma after the source: in / out")
		all := map[string]bool{}
		for k := range cmIn {
			all[k] = true
		}
		for k := range cmOut {
			all[k] = true
		}
		var ks []string
		for k := range all {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		for _, k := range ks {
			fmt.Printf("%5d %5d  %s\n", cmIn[k], cmOut[k], k)
			if os.Getenv("CC_ATTRIB_EX") != "" {
				for _, e := range cmEx[k+" in"] {
					fmt.Println("       in:", e)
				}
				for _, e := range cmEx[k+" out"] {
					fmt.Println("      out:", e)
				}
			}
		}
	}
	if part == "cue" {
		var vs []string
		for v := range xcIn {
			vs = append(vs, v)
		}
		for v := range xcOut {
			if xcIn[v] == 0 {
				vs = append(vs, v)
			}
		}
		sort.Slice(vs, func(i, j int) bool { return xcIn[vs[i]]+xcOut[vs[i]] > xcIn[vs[j]]+xcOut[vs[j]] })
		fmt.Println("participle cue: the verb it hangs on in the cue / not", pcIn, pcOut)
		var os []string
		for v := range obIn {
			os = append(os, v)
		}
		for v := range obOut {
			if obIn[v] == 0 {
				os = append(os, v)
			}
		}
		sort.Slice(os, func(i, j int) bool { return obIn[os[i]]+obOut[os[i]] > obIn[os[j]]+obOut[os[j]] })
		fmt.Println("verb + object + second complement: object in the cue / content opens at it")
		for i, v := range os {
			if i < 80 {
				fmt.Printf("%5d %5d  %s\n", obIn[v], obOut[v], v)
			}
		}
		fmt.Println("verb + to-infinitive: infinitive in the cue / content opens at it")
		for _, v := range vs {
			fmt.Printf("%5d %5d  %s\n", xcIn[v], xcOut[v], v)
		}
	}
	var ks []string
	all := map[string]bool{}
	for k := range in {
		all[k] = true
	}
	for k := range out {
		all[k] = true
	}
	for k := range all {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return in[ks[i]]+out[ks[i]] > in[ks[j]]+out[ks[j]] })
	fmt.Printf("%s %s: dependents of the head beside the span: kept inside / left outside\n", os.Getenv("CC_ATTRIB_CONV"), part)
	for i, k := range ks {
		if i >= 150 && os.Getenv("CC_ATTRIB_ALL") == "" {
			break
		}
		fmt.Printf("%5d %5d  %s\n", in[k], out[k], k)
		if os.Getenv("CC_ATTRIB_EX") != "" {
			for _, e := range exIn[k] {
				fmt.Printf("       in: %s\n", e)
			}
			for _, e := range exOut[k] {
				fmt.Printf("      out: %s\n", e)
			}
		}
	}
}
