package web

import (
	"bytes"
	"context"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/api"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/metrics"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// storyArticles are written for these tests: three outlets report North
// Korean losses near Sudzha; two on the same day give tolls that cannot
// both hold, a third a week later gives a range and a lower bound.
var storyArticles = []doc.Article{
	{Outlet: "Harbour Post", Title: "Pyongyang troops suffer losses near Sudzha", Published: mustDay("2025-01-10"),
		Text: "South Korea's spy agency said 300 North Korean soldiers had been killed in fighting near Sudzha in the Kursk region on Thursday.\n\nThe agency said another 2,700 North Korean soldiers had been wounded. Reuters could not independently verify the figures."},
	{Outlet: "Northern Star", Title: "Moscow disputes North Korean losses near Sudzha", Published: mustDay("2025-01-10"),
		Text: "A Russian military blogger said no more than 40 North Korean soldiers had been killed in fighting near Sudzha in the Kursk region.\n\n\"The losses are tiny,\" the blogger wrote on Telegram."},
	{Outlet: "Valley Times", Title: "North Korean losses in Kursk rise, Kyiv says", Published: mustDay("2025-01-12"),
		Text: "Ukrainian officials said at least 1,000 North Korean soldiers had been killed since the units arrived in the Kursk region near Sudzha.\n\nA Western official said between 1,200 and 1,500 North Korean soldiers had been killed in the Kursk region."},
}

// xssPayloads are what a hostile page might carry in its text, title and
// outlet name; every one must come back as text.
const (
	xssTitle  = `<script>window.__xss=1;document.title="pwned"</script>Border "talks" & <b>more</b>`
	xssOutlet = `<img src=x onerror="window.__xss=2">Evil Outlet`
	xssText   = "Officials said <script>window.__xss=3;document.title='pwned'</script> 12 soldiers were killed in the village.\n\n" +
		`The mayor said "<img src=x onerror=window.__xss=4>" was written on the wall, and <svg onload=window.__xss=5> appeared. ` +
		`A spokesman said javascript:alert(1) was not a link. </textarea><iframe src="javascript:window.__xss=6"></iframe>`
)

var xssArticle = doc.Article{Title: xssTitle, Outlet: xssOutlet, URL: "javascript:window.__xss=7", Published: mustDay("2025-02-01"), Text: xssText}

func mustDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

var (
	anOnce sync.Once
	an     *analyzer.Analyzer
	anErr  error
)

func testAnalyzer(t testing.TB) *analyzer.Analyzer {
	t.Helper()
	anOnce.Do(func() { an, anErr = analyzer.New(analyzer.Options{}) })
	if anErr != nil {
		t.Fatal(anErr)
	}
	return an
}

func repoRoot(t testing.TB) string { return corpora.RepoRoot(t) }

// seedArticles reads the project's own example articles (examples/*.txt,
// the compare and reader test data), the shared seed article when ../shared
// is present, and the articles written above.
func seedArticles(t testing.TB) []doc.Article {
	t.Helper()
	root := repoRoot(t)
	var arts []doc.Article
	var paths []string
	for _, pat := range []string{"examples/*.txt", "internal/compare/testdata/*.txt", "internal/reader/testdata/article.txt", "internal/reader/testdata/page.html"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) < 8 {
		t.Fatalf("found only %d example articles under %s", len(paths), root)
	}
	seed := filepath.Join(root, "..", "shared", "data", "seed", "kursk-parade-2025.txt")
	if _, err := os.Stat(seed); err == nil {
		paths = append(paths, seed)
	}
	for _, p := range paths {
		got, errs, err := reader.ReadFile(p, reader.Options{})
		if err != nil || len(errs) > 0 {
			t.Fatalf("%s: %v %v", p, err, errs)
		}
		arts = append(arts, got...)
	}
	arts = append(arts, storyArticles...)
	arts = append(arts, xssArticle)
	return arts
}

// fixture is a running server over a seeded SQLite ledger.
type fixture struct {
	srv   *httptest.Server
	store ledger.Store
	api   *api.API
	docs  []*doc.Document
	reg   *metrics.Registry
	token string
	// storyID is the story of the three Sudzha reports.
	storyID string
	xssID   string
}

type fixtureOptions struct {
	token    string
	insecure bool
	maxBody  int64
	fetcher  *api.Fetcher
}

func newFixture(t testing.TB, o fixtureOptions) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := ledger.OpenSQLite(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	a := testAnalyzer(t)
	f := &fixture{store: st, token: o.token, reg: metrics.New()}
	for _, art := range seedArticles(t) {
		f.docs = append(f.docs, a.Analyze(art))
	}
	if _, err := st.Put(ctx, f.docs); err != nil {
		t.Fatal(err)
	}
	in, err := st.StoryInputs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stories := ledger.GroupStories(in, ledger.StoryOptions{})
	if err := st.SaveStories(ctx, stories); err != nil {
		t.Fatal(err)
	}
	sudzha := doc.ContentID(reader.CleanText(storyArticles[0].Text))
	for _, d := range f.docs {
		if d.Article.Title == storyArticles[0].Title {
			sudzha = d.Article.ID
		}
		if d.Article.Title == xssTitle {
			f.xssID = d.Article.ID
		}
	}
	for _, s := range stories {
		for _, art := range s.Articles {
			if art.ID == sudzha {
				f.storyID = s.ID
			}
		}
	}
	if f.storyID == "" {
		t.Fatal("the three Sudzha reports were not grouped into a story")
	}
	f.api = api.New(api.Config{Store: st, Analyzer: a, Token: o.token, InsecureNoToken: o.insecure, MaxBytes: o.maxBody, Fetcher: o.fetcher, Metrics: f.reg})
	h, err := New(Config{API: f.api, Store: st, Metrics: f.reg, MaxBody: o.maxBody})
	if err != nil {
		t.Fatal(err)
	}
	f.srv = httptest.NewServer(h)
	t.Cleanup(f.srv.Close)
	return f
}

// docByTitle finds a seeded document.
func (f *fixture) docByTitle(t testing.TB, title string) *doc.Document {
	t.Helper()
	for _, d := range f.docs {
		if d.Article.Title == title {
			return d
		}
	}
	t.Fatalf("no seeded article titled %q", title)
	return nil
}

func readerRead(text []byte) ([]doc.Article, []error, error) {
	return reader.Read("text", bytes.NewReader(text), reader.Options{Format: reader.FormatText})
}
