package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/api"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/metrics"
)

// benchArticles is the ledger size the page budget (< 100 ms) is set for.
const benchArticles = 10000

// buildBenchLedger stores n articles made from the seeded examples, in
// stories of five: each copy gets its own outlet (one of 40), date, title
// and a closing line that makes its text, and so its ID, unique; the groups
// its figures count are suffixed per story, so that each story's series
// hold its own five articles' figures as a real ledger's would, rather than
// n/len(examples) identical copies. Offsets of the analysis stay valid
// because the text only grows at the end.
func buildBenchLedger(b testing.TB, path string, n int) ledger.Store {
	ctx := context.Background()
	st, err := ledger.OpenSQLite(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	a := testAnalyzer(b)
	var base []*doc.Document
	for _, art := range seedArticles(b) {
		base = append(base, a.Analyze(art))
	}
	start := time.Now()
	day0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	batch := make([]*doc.Document, 0, 250)
	var stories []ledger.Story
	for i := 0; i < n; i++ {
		story := i / 5
		src := base[(story*7+i)%len(base)]
		d := *src
		d.Article.Text = src.Article.Text + "\n\nFiled as copy " + strconv.Itoa(i) + "."
		d.Article.ID = doc.ContentID(d.Article.Text)
		d.Article.Outlet = fmt.Sprintf("Outlet %02d", i%40)
		d.Article.Title = fmt.Sprintf("%s (%d)", src.Article.Title, i)
		d.Article.Published = day0.AddDate(0, 0, story%365+i%5/2)
		d.Figures = append([]doc.Figure(nil), src.Figures...)
		for j := range d.Figures {
			if d.Figures[j].Group != "" {
				d.Figures[j].Group += " " + strconv.Itoa(story%300)
			}
		}
		if i%5 == 0 {
			stories = append(stories, ledger.Story{ID: d.Article.ID, Title: d.Article.Title})
		}
		s := &stories[len(stories)-1]
		s.Articles = append(s.Articles, ledger.StoryInput{ID: d.Article.ID})
		batch = append(batch, &d)
		if len(batch) == cap(batch) || i == n-1 {
			if _, err := st.Put(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := st.SaveStories(ctx, stories); err != nil {
		b.Fatal(err)
	}
	b.Logf("built a %d-article ledger in %s", n, time.Since(start).Round(time.Millisecond))
	return st
}

// BenchmarkPages times the page and API handlers on a 10,000-article
// SQLite ledger (server time only: httptest.NewRecorder, no network). Set
// CROSSCHECK_BENCH_LEDGER to a file to keep the ledger between runs.
//
//	go test -run '^$' -bench Pages -benchtime 50x ./internal/web
func BenchmarkPages(b *testing.B) {
	path := os.Getenv("CROSSCHECK_BENCH_LEDGER")
	var st ledger.Store
	if path != "" {
		if _, err := os.Stat(path); err == nil {
			var err error
			if st, err = ledger.OpenSQLite(context.Background(), path); err != nil {
				b.Fatal(err)
			}
		}
	} else {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	if st == nil {
		st = buildBenchLedger(b, path, benchArticles)
	}
	defer st.Close()
	ctx := context.Background()
	a := api.New(api.Config{Store: st, Analyzer: testAnalyzer(b), Metrics: metrics.New()})
	h, err := New(Config{API: a, Store: st})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	cs, err := a.Conflicts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("ledger-wide conflicts (cold, then cached): %d in %s", len(cs), time.Since(t0).Round(time.Millisecond))

	recent, err := st.RecentArticles(ctx, 1, 5000)
	if err != nil || len(recent) == 0 {
		b.Fatalf("no article to show: %v", err)
	}
	stories, err := st.Stories(ctx, 1, 0)
	if err != nil || len(stories) == 0 {
		b.Fatalf("no story: %v", err)
	}
	pages := []struct{ name, path string }{
		{"home", "/"},
		{"article", "/article/" + recent[0].ID},
		{"story", "/story/" + url.PathEscape(stories[0].ID)},
		{"search", "/search?q=soldiers+killed"},
		{"search-filtered", "/search?q=soldiers&outlet=Outlet+07&entity=Thailand&from=2025-03-01&to=2025-06-30&page=2"},
		{"search-filters-only", "/search?outlet=Outlet+07&from=2025-03-01"},
		{"conflicts", "/conflicts"},
		{"conflicts-filtered", "/conflicts?kind=figure_conflict&outlet=Outlet+03&page=3"},
		{"entity", "/entity/Thailand"},
		{"api-articles", "/api/v1/articles?page=100"},
		{"api-article", "/api/v1/articles/" + recent[0].ID},
		{"api-search", "/api/v1/search?q=troops&page=2"},
		{"api-story", "/api/v1/stories/" + url.PathEscape(stories[0].ID)},
	}
	b.Logf("story %q has %d articles", stories[0].Title, stories[0].Articles)
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			req := httptest.NewRequest("GET", p.path, nil)
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != http.StatusOK {
					b.Fatalf("%s: %d %.200s", p.path, w.Code, w.Body.String())
				}
			}
		})
	}
}
