// Command gen derives internal/gazetteer/countries.tsv from the ODbL-licensed
// world countries data (mledoze/countries) kept in ../shared/data/countries.
//
// The shipped file keeps only what entity recognition needs: the ISO 3166-1
// alpha-3 code, common and official English names, Latin-script alternative
// spellings, English demonyms with their plurals, and capitals. Running it
// twice on the same input gives the same bytes, so `go generate` is
// reproducible and diffs of the TSV show real data changes.
//
// Usage (from internal/gazetteer): go run ./gen [-in path] [-out countries.tsv]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

type country struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	UNMember     bool     `json:"unMember"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func main() {
	in := flag.String("in", "", "countries.json (default: ../shared/data/countries/countries.json next to the repository)")
	out := flag.String("out", "countries.tsv", "output file")
	flag.Parse()
	if *in == "" {
		root, err := repoRoot()
		if err != nil {
			log.Fatal(err)
		}
		*in = filepath.Join(root, "..", "shared", "data", "countries", "countries.json")
	}
	raw, err := os.ReadFile(*in)
	if err != nil {
		log.Fatalf("gen: %v (the countries data lives in ../shared/data/countries)", err)
	}
	var cs []country
	if err := json.Unmarshal(raw, &cs); err != nil {
		log.Fatalf("gen: %s: %v", *in, err)
	}
	// UN members first: when two entries share a name or demonym
	// ("Dutch", "American"), the loader keeps the first, which should be
	// the sovereign state a news article most likely means.
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].UNMember != cs[j].UNMember {
			return cs[i].UNMember
		}
		return cs[i].CCA3 < cs[j].CCA3
	})

	var b strings.Builder
	b.WriteString("# Derived from mledoze/countries (ODbL 1.0) by internal/gazetteer/gen; see NOTICE. Do not edit.\n")
	b.WriteString("# code\tcommon\tofficial\talternatives\tdemonyms\tcapitals\n")
	for _, c := range cs {
		common := c.Name.Common
		var alts []string
		seen := map[string]bool{strings.ToLower(common): true}
		add := func(s string) {
			s = strings.TrimSpace(s)
			if !usable(s) || seen[strings.ToLower(s)] {
				return
			}
			seen[strings.ToLower(s)] = true
			alts = append(alts, s)
		}
		official := c.Name.Official
		if !usable(official) {
			official = common
		}
		seen[strings.ToLower(official)] = true
		for _, a := range c.AltSpellings {
			// Two-letter ISO codes collide with words and initials ("IN",
			// "IT", "AM"); only the US one is used as a name in news.
			if a == c.CCA2 && a != "US" {
				continue
			}
			add(a)
		}
		var dems []string
		dseen := map[string]bool{}
		if e, ok := c.Demonyms["eng"]; ok {
			for _, d := range []string{e.M, e.F} {
				d = strings.TrimSpace(d)
				if d == "" || dseen[d] || !usable(d) {
					continue
				}
				dseen[d] = true
				dems = append(dems, d)
				if p := plural(d); p != "" && !dseen[p] {
					dseen[p] = true
					dems = append(dems, p)
				}
			}
		}
		var caps []string
		for _, c := range c.Capital {
			if usable(c) {
				caps = append(caps, c)
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", c.CCA3, common, official,
			strings.Join(alts, "|"), strings.Join(dems, "|"), strings.Join(caps, "|"))
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

// usable keeps names an English article could contain: Latin script, no
// inverted "Korea, Republic of" forms, no parenthesised qualifiers.
func usable(s string) bool {
	if s == "" || strings.ContainsAny(s, ",()\t|") {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// plural forms the plural of a demonym used as a noun ("North Koreans").
// Adjective-only demonyms ("British", "Chinese", "Swiss") have none.
func plural(d string) string {
	l := strings.ToLower(d)
	for _, suf := range []string{"sh", "ch", "ese", "ss", "s", "x", "z"} {
		if strings.HasSuffix(l, suf) {
			return ""
		}
	}
	return d + "s"
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("gen: no go.mod above the working directory")
		}
		dir = parent
	}
}
