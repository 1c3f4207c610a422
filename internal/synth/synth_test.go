package synth

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
)

func collect(t *testing.T, n int, opts Options) []Article {
	t.Helper()
	var out []Article
	if err := Generate(n, opts, func(a Article) error { out = append(out, a); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestGenerateIsReproducible(t *testing.T) {
	a := collect(t, 50, Options{Seed: 7})
	b := collect(t, 50, Options{Seed: 7})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different articles")
	}
	c := collect(t, 50, Options{Seed: 8})
	if reflect.DeepEqual(a, c) {
		t.Fatal("different seeds gave the same articles")
	}
	if len(a) != 50 {
		t.Fatalf("got %d articles, want 50", len(a))
	}
}

func TestArticlesAreDistinctAndShareStories(t *testing.T) {
	arts := collect(t, 400, Options{Seed: 1})
	ids := map[string]bool{}
	titles := map[string]int{}
	for _, a := range arts {
		id := doc.ContentID(a.Text)
		if ids[id] {
			t.Fatalf("duplicate text: %q", a.Text[:80])
		}
		ids[id] = true
		titles[a.Title]++
		if a.Outlet == "" || a.Published == "" || a.URL == "" || len(strings.Fields(a.Text)) < 80 {
			t.Fatalf("incomplete article: %+v", a)
		}
	}
	multi := 0
	for _, n := range titles {
		if n > 1 {
			multi++
		}
	}
	if multi < 20 {
		t.Fatalf("only %d events were covered by more than one article; stories need several", multi)
	}
}

// The articles must give the analyser the work real news does: sourced,
// hedged figures and attributions.
func TestArticlesCarryFiguresAndAttributions(t *testing.T) {
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var figs, sourced, hedged, attrs int
	for _, a := range collect(t, 30, Options{Seed: 3}) {
		pub, err := time.Parse("2006-01-02", a.Published)
		if err != nil {
			t.Fatal(err)
		}
		d := an.Analyze(doc.Article{Title: a.Title, Outlet: a.Outlet, Text: a.Text, Published: pub})
		attrs += len(d.Attributions)
		for _, f := range d.Figures {
			figs++
			if f.Attribution != nil {
				sourced++
			}
			if f.Hedge != "" {
				hedged++
			}
		}
	}
	if figs < 60 || attrs < 60 {
		t.Fatalf("30 articles gave %d figures and %d attributions; want at least 60 of each", figs, attrs)
	}
	if sourced*3 < figs || hedged*4 < figs {
		t.Fatalf("of %d figures, %d had a source and %d a hedge; the generator should give most of them both", figs, sourced, hedged)
	}
}
