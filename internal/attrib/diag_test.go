package attrib_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/attrib"
)

// TestDiagMissedLexiconCues lists PolNeAR gold cues whose words are in
// crosscheck's cue lexicons but that no predicted cue touches, grouped by
// the word's tag and dependency (and whether the parse gave the verb a
// subject, and whether it lies inside a predicted content). It reads ../shared/data and runs only when CC_ATTRIB_DIAG names
// a split ("train", "dev"); it asserts nothing.
func TestDiagMissedLexiconCues(t *testing.T) {
	groups := map[string]int{}
	words := map[string]int{}
	examples := map[string][]string{}
	eachPolnearDoc(t, "CC_ATTRIB_DIAG", "the PolNeAR cue diagnostic", func(a, text string, d *doc.Document) {
		for _, cue := range goldCues(a) {
			hit := false
			for _, p := range d.Attributions {
				for _, r := range cue {
					if p.Cue.Start < r[1] && r[0] < p.Cue.End {
						hit = true
					}
				}
			}
			if hit {
				continue
			}
			for i := range d.Tokens {
				tk := &d.Tokens[i]
				in := false
				for _, r := range cue {
					if tk.Start >= r[0] && tk.End <= r[1] {
						in = true
					}
				}
				if !in || !attrib.InLexicon(tk.Lower, tk.Lemma) {
					continue
				}
				subj := "-"
				for j := range d.Tokens {
					if d.Tokens[j].Head == i && strings.HasPrefix(d.Tokens[j].Dep, "nsubj") {
						subj = "subj"
					}
				}
				nested := "free"
				for _, p := range d.Attributions {
					for _, c := range p.ContentSpans() {
						if tk.Start >= c.Start && tk.End <= c.End {
							nested = "in-content"
						}
					}
				}
				key := fmt.Sprintf("%s %s %s %s", tk.POS, tk.Dep, subj, nested)
				groups[key]++
				words[tk.POS+" "+strings.ToLower(tk.Lemma)]++
				if len(examples[key]) < 6 {
					s, e := max(0, tk.Start-60), min(len([]rune(text)), tk.End+40)
					rr := []rune(text)
					examples[key] = append(examples[key], strings.ReplaceAll(string(rr[s:tk.Start])+"[["+string(rr[tk.Start:tk.End])+"]]"+string(rr[tk.End:e]), "\n", " "))
				}
				break
			}
		}
	})
	dump := func(m map[string]int, n int) {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool { return m[ks[i]] > m[ks[j]] })
		for i, k := range ks {
			if i >= n {
				break
			}
			fmt.Printf("%6d  %s\n", m[k], k)
			for _, ex := range examples[k] {
				fmt.Printf("          %s\n", ex)
			}
		}
	}
	dump(groups, 40)
	fmt.Println("---- words")
	dump(words, 60)
}

// goldCues reads the Cue spans of a brat file (ranges in code points).
func goldCues(path string) [][][2]int {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out [][][2]int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 2 || !strings.HasPrefix(c[1], "Cue ") {
			continue
		}
		var rs [][2]int
		for _, part := range strings.Split(strings.TrimPrefix(c[1], "Cue "), ";") {
			se := strings.Fields(part)
			if len(se) != 2 {
				continue
			}
			s, _ := strconv.Atoi(se[0])
			e, _ := strconv.Atoi(se[1])
			rs = append(rs, [2]int{s, e})
		}
		out = append(out, rs)
	}
	return out
}

// eachPolnearDoc runs fn on every PolNeAR document of the split that the
// environment variable env names, analysed as the eval task analyses it,
// with the path of its first annotation file and its text; it skips the
// test (saying what to set) when env is unset or the corpus is absent.
// The diagnostics here share it: they assert nothing.
func eachPolnearDoc(t *testing.T, env, what string, fn func(ann, text string, d *doc.Document)) {
	t.Helper()
	split := os.Getenv(env)
	if split == "" {
		t.Skip("set " + env + "=train|dev to run " + what)
	}
	dir := filepath.Join("..", "..", "..", "shared", "data", "polnear", split)
	if _, err := os.Stat(dir); err != nil {
		t.Skip("PolNeAR not found under ../shared/data")
	}
	anns, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	sort.Strings(anns)
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
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
		fn(a, string(raw), an.Analyze(doc.Article{Text: string(raw)}))
	}
}
