package ledger_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/pgtest"
)

// viewArticles are three reports of one event (two outlets on the same
// day disagree on a toll) and one unrelated article.
var viewArticles = []doc.Article{
	{Outlet: "Harbour Post", Title: "Pyongyang troops suffer losses near Sudzha", Published: mustDay("2025-01-10"),
		Text: "South Korea's spy agency said 300 North Korean soldiers had been killed in fighting near Sudzha in the Kursk region.\n\nThe agency said another 2,700 had been wounded."},
	{Outlet: "Northern Star", Title: "Moscow disputes North Korean losses near Sudzha", Published: mustDay("2025-01-10"),
		Text: "A Russian military blogger said no more than 40 North Korean soldiers had been killed in fighting near Sudzha in the Kursk region."},
	{Outlet: "Valley Times", Title: "North Korean losses in Kursk rise", Published: mustDay("2025-01-11"),
		Text: "Ukrainian officials said about 1,000 North Korean soldiers had been killed since the units arrived in the Kursk region near Sudzha."},
	{Outlet: "Valley Times", Title: "Dam council approves repairs", Published: mustDay("2025-03-02"),
		Text: "The regional council approved repairs to the Marrow Creek dam on Tuesday, the mayor said."},
}

func mustDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func viewDocs(t *testing.T) []*doc.Document {
	t.Helper()
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Document
	for _, a := range viewArticles {
		docs = append(docs, an.Analyze(a))
	}
	return docs
}

func TestViewsSQLite(t *testing.T) { runViews(t, openSQLite(t)) }

func TestViewsPostgres(t *testing.T) {
	if os.Getenv(pgtest.Env) == "" {
		t.Skip("CROSSCHECK_TEST_POSTGRES is not set; skipping the PostgreSQL views")
	}
	ctx := context.Background()
	u := pgtest.Schema(t, "views")
	st, err := ledger.OpenPostgres(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	runViews(t, st)
}

func runViews(t *testing.T, st ledger.Store) {
	ctx := context.Background()
	docs := viewDocs(t)
	if _, err := st.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.Article.ID
	}

	t.Run("RecentArticlesPages", func(t *testing.T) {
		first, err := st.RecentArticles(ctx, 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		rest, err := st.RecentArticles(ctx, 3, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(first) != 3 || len(rest) != 1 {
			t.Fatalf("pages of 3: got %d then %d articles, want 3 then 1", len(first), len(rest))
		}
		if first[0].ID != ids[3] || rest[0].ID != ids[0] {
			t.Errorf("order: first %s, last %s; want the last ingested first", first[0].ID, rest[0].ID)
		}
	})

	t.Run("SearchOffset", func(t *testing.T) {
		all, err := st.Search(ctx, ledger.Query{Text: "North Korean", Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 3 {
			t.Fatalf("search found %d articles, want 3", len(all))
		}
		second, err := st.Search(ctx, ledger.Query{Text: "North Korean", Limit: 1, Offset: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(second) != 1 || second[0].ID != all[1].ID {
			t.Errorf("page 2 of 1 = %v, want %s", second, all[1].ID)
		}
	})

	t.Run("StoriesReadBack", func(t *testing.T) {
		in, err := st.StoryInputs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		stories := ledger.GroupStories(in, ledger.StoryOptions{})
		if len(stories) == 0 {
			t.Fatal("the three Sudzha reports form no story")
		}
		if err := st.SaveStories(ctx, stories); err != nil {
			t.Fatal(err)
		}
		list, err := st.Stories(ctx, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != len(stories) || list[0].ID != stories[0].ID || list[0].Articles != len(stories[0].Articles) {
			t.Fatalf("Stories = %+v, want %d stories led by %s with %d articles", list, len(stories), stories[0].ID, len(stories[0].Articles))
		}
		got, err := st.Story(ctx, stories[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Articles) != len(stories[0].Articles) || got.Title != stories[0].Title {
			t.Errorf("Story(%s) = %q with %d articles, want %q with %d", got.ID, got.Title, len(got.Articles), stories[0].Title, len(stories[0].Articles))
		}
		if _, err := st.Story(ctx, "no-such-story"); !errors.Is(err, ledger.ErrNotFound) {
			t.Errorf("unknown story: err = %v, want ErrNotFound", err)
		}
	})

	t.Run("ArticleEstimatesAndConflict", func(t *testing.T) {
		es, err := st.ArticleEstimates(ctx, ids[:2])
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.Article != ids[0] && e.Article != ids[1] {
				t.Errorf("figure %s of article %s is outside the asked articles", e.Figure, e.Article)
			}
		}
		if len(ledger.FindConflicts(es)) == 0 {
			t.Errorf("300 against no more than 40 killed on the same day: no conflict among %d estimates", len(es))
		}
	})

	t.Run("Entity", func(t *testing.T) {
		v, err := st.Entity(ctx, "north korea", 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(v.Articles) != 3 {
			t.Errorf("articles naming North Korea: %d, want 3", len(v.Articles))
		}
		// Named counts entity records: at least one per article.
		if v.Named < 3 || v.NamedMore {
			t.Errorf("Named = %d (more: %v), want at least 3 and no more", v.Named, v.NamedMore)
		}
		if len(v.Figures) == 0 {
			t.Error("no figures count North Korea")
		}
		if _, err := st.Entity(ctx, "Atlantis'; DROP TABLE articles; --", 10); !errors.Is(err, ledger.ErrNotFound) {
			t.Errorf("unknown entity: err = %v, want ErrNotFound", err)
		}
	})

	t.Run("FindFindingsFilters", func(t *testing.T) {
		all, err := st.FindFindings(ctx, ledger.FindingQuery{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range all {
			one, err := st.FindFindings(ctx, ledger.FindingQuery{Kind: f.Kind, Outlet: f.Outlet, Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			if len(one) == 0 {
				t.Errorf("filtering on kind %s and outlet %s loses finding %s", f.Kind, f.Outlet, f.ID)
			}
			for _, g := range one {
				if g.Kind != f.Kind {
					t.Errorf("kind filter %s let %s through", f.Kind, g.Kind)
				}
			}
		}
		none, err := st.FindFindings(ctx, ledger.FindingQuery{Outlet: "' OR 1=1 --"})
		if err != nil || len(none) != 0 {
			t.Errorf("injection string as outlet: %d findings, err %v; want none", len(none), err)
		}
	})

	t.Run("DeleteArticle", func(t *testing.T) {
		before, err := st.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.DeleteArticle(ctx, ids[1]); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Document(ctx, ids[1]); !errors.Is(err, ledger.ErrNotFound) {
			t.Errorf("deleted document still readable: %v", err)
		}
		hits, err := st.Search(ctx, ledger.Query{Text: "blogger"})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 0 {
			t.Errorf("search still finds the deleted article: %v", hits)
		}
		after, err := st.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after["articles"] != before["articles"]-1 || after["figures"] >= before["figures"] {
			t.Errorf("counts before %v after %v", before, after)
		}
		if err := st.DeleteArticle(ctx, ids[1]); !errors.Is(err, ledger.ErrNotFound) {
			t.Errorf("second delete: err = %v, want ErrNotFound", err)
		}
		// Stored again, it is new, not a duplicate.
		r, err := st.Put(ctx, docs[1:2])
		if err != nil || r.Added != 1 {
			t.Errorf("re-put after delete: %+v, %v", r, err)
		}
	})
}

func TestEntityWindowSQLite(t *testing.T) { runEntityWindow(t, openSQLite(t)) }

func TestEntityWindowPostgres(t *testing.T) {
	if os.Getenv(pgtest.Env) == "" {
		t.Skip("CROSSCHECK_TEST_POSTGRES is not set; skipping the PostgreSQL entity window")
	}
	st, err := ledger.OpenPostgres(context.Background(), pgtest.Schema(t, "entitywindow"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	runEntityWindow(t, st)
}

// runEntityWindow stores 110 articles naming one place, one per batch, each
// published a day before the last, and checks that the entity page reads
// the 100 stored last: publication order picks the 100 stored first, so
// only a walk of the name index in stored order passes.
func runEntityWindow(t *testing.T, st ledger.Store) {
	ctx := context.Background()
	an, err := analyzer.New(analyzer.Options{Fast: true})
	if err != nil {
		t.Fatal(err)
	}
	const n = 110
	day := mustDay("2025-01-01")
	var pub []string
	for i := range n {
		a := doc.Article{Outlet: "Harbour Post", Title: fmt.Sprintf("Floods in Zembla, day %d", i), Published: day.AddDate(0, 0, n-1-i),
			Text: fmt.Sprintf("Officials in Zembla said %d families had been evacuated from the river towns.", 100+i)}
		d := an.Analyze(a)
		if _, err := st.Put(ctx, []*doc.Document{d}); err != nil {
			t.Fatal(err)
		}
		pub = append(pub, doc.FormatPublished(d.Article.Published))
	}
	v, err := st.Entity(ctx, "Zembla", 200)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Articles) != 100 {
		t.Fatalf("entity page lists %d articles, want the window of 100", len(v.Articles))
	}
	// The page lists its articles newest published first: the first
	// of the 100 stored last, down to the last stored.
	if v.Articles[0].Published != pub[n-100] || v.Articles[99].Published != pub[n-1] {
		t.Errorf("window runs from %s back to %s; want the 100 stored last, %s back to %s",
			v.Articles[0].Published, v.Articles[99].Published, pub[n-100], pub[n-1])
	}
}
