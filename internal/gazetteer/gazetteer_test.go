package gazetteer

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

func toks(s string) []doc.Token {
	d := doc.New(doc.Article{Text: s})
	tokenize.Tokenize(d)
	return d.Tokens
}

func TestMatch(t *testing.T) {
	g := Default()
	tests := []struct {
		text      string
		want      Kind
		n         int
		canonical string
		link      string
		country   string
	}{
		{"North Korea fired a missile", Names, 2, "North Korea", "", "PRK"},
		{"the DPRK said", Names, 2, "North Korea", "", "PRK"}, // the entity step trims "the"
		{"DPRK said", Names, 1, "North Korea", "", "PRK"},
		{"North Korean troops", Names, 2, "North Korean", "North Korea", "PRK"},
		{"North Koreans fled", Names, 2, "North Koreans", "North Korea", "PRK"},
		{"Russian Federation forces", Names, 2, "Russia", "", "RUS"},
		{"Democratic People's Republic of Korea", Names, 6, "North Korea", "", "PRK"},
		{"U.S. officials", Names, 1, "United States", "", "USA"},
		{"US officials", Names, 1, "United States", "", "USA"},
		{"us officials", Names, 0, "", "", ""},      // the pronoun is not a country
		{"turkey sandwiches", Names, 0, "", "", ""}, // the bird is not a country
		{"Britain and France", Names, 1, "United Kingdom", "", "GBR"},
		{"Pyongyang said", Names, 1, "Pyongyang", "", "PRK"},
		{"UN agencies", Names, 1, "United Nations", "", ""},
		{"the United Nations", Names, 3, "United Nations", "", ""},
		{"WHO said", Names, 1, "World Health Organization", "", ""},
		{"who said", Names, 0, "", "", ""},
		{"Reuters could not verify", Names, 1, "Reuters", "", ""},
		{"World War Two ended", Names, 3, "World War Two", "", ""},
		{"World War II ended", Names, 3, "World War Two", "", ""},
		{"Prime Minister Keir Starmer", Title, 2, "Prime Minister", "", ""},
		{"intelligence agency estimates", AgencyNoun, 2, "intelligence agency", "", ""},
		{"Americans voted", Names, 1, "Americans", "United States", "USA"},
		{"Dutch voters", Names, 1, "Dutch", "Netherlands", "NLD"},
	}
	for _, tc := range tests {
		ts := toks(tc.text)
		n, e := g.Match(ts, 0, len(ts), tc.want)
		if n != tc.n {
			t.Errorf("%q: matched %d tokens, want %d", tc.text, n, tc.n)
			continue
		}
		if n == 0 {
			continue
		}
		if e.Canonical != tc.canonical || e.Link != tc.link || e.Country != tc.country {
			t.Errorf("%q: got canonical %q link %q country %q, want %q %q %q",
				tc.text, e.Canonical, e.Link, e.Country, tc.canonical, tc.link, tc.country)
		}
	}
}

func TestHints(t *testing.T) {
	g := Default()
	if gen, ok := g.FirstName("anna"); !ok || gen != Female {
		t.Errorf("anna: %v %v", gen, ok)
	}
	if gen, ok := g.FirstName("vladimir"); !ok || gen != Male {
		t.Errorf("vladimir: %v %v", gen, ok)
	}
	if _, ok := g.FirstName("kim"); ok {
		t.Error("kim is a family name first in Korean names and must give no hint")
	}
	for _, w := range []string{"inc.", "ministry", "agency", "party"} {
		if !g.OrgSuffix(w) {
			t.Errorf("OrgSuffix(%q) = false", w)
		}
	}
	if !g.RegionWord("oblast") || g.RegionWord("troops") {
		t.Error("RegionWord")
	}
	if g.CountryName("PRK") != "North Korea" {
		t.Errorf("CountryName(PRK) = %q", g.CountryName("PRK"))
	}
}

func BenchmarkMatch(b *testing.B) {
	g := Default()
	ts := toks("In a significant development, North Korean leader Kim Jong Un and Russian President Vladimir Putin are set to join a military parade in China next week.")
	b.ResetTimer()
	for b.Loop() {
		for i := range ts {
			g.Match(ts, i, len(ts), Names)
		}
	}
}

func TestTitleLen(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		name string
		want int
	}{
		{"Senator John McCain", 1},
		{"Chief executive Thomas Enders", 2},
		{"Prime Minister Mr. Lee Hsien Loong", 3},
		{"Vladimir Putin", 0},
		{"Senator", 0},
		{"Airbus chief executive Noel Forgeard", 0},
	} {
		if got := g.TitleLen(strings.Fields(c.name)); got != c.want {
			t.Errorf("TitleLen(%q) = %d, want %d", c.name, got, c.want)
		}
	}
}
