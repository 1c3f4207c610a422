// Package ledgertest is the contract every ledger.Store implementation must
// meet. The SQLite and PostgreSQL stores run the same suite, so the CLI can
// rely on identical behaviour whichever database holds the ledger.
package ledgertest

import (
	"context"
	"encoding/json"
	"errors"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// Articles written for these tests: two outlets report North Korean losses
// a week apart, a third contradicts the first on the same day.
var ownArticles = []doc.Article{
	{Outlet: "Harbour Post", Title: "Pyongyang troops suffer losses near Sudzha", Published: day("2025-01-10"),
		Text: "South Korea's spy agency said 300 North Korean soldiers had been killed in fighting near Sudzha.\n\nThe agency said another 2,700 had been wounded."},
	{Outlet: "Valley Times", Title: "Losses among North Korean units rise", Published: day("2025-01-17"),
		Text: "Ukrainian officials said about 1,000 North Korean soldiers had been killed since the units arrived in the Kursk region."},
	{Outlet: "Northern Star", Title: "Moscow disputes losses", Published: day("2025-01-10"),
		Text: "A Russian military blogger said no more than 40 North Korean soldiers had been killed in the Kursk region."},
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// examples returns the analysed documents of the repository's examples and
// of the articles above.
func examples(t *testing.T) []*doc.Document {
	t.Helper()
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	root := repoRoot(t)
	paths, _ := filepath.Glob(filepath.Join(root, "examples", "*.txt"))
	if len(paths) == 0 {
		t.Fatal("no examples/*.txt")
	}
	var docs []*doc.Document
	for _, p := range paths {
		arts, errs, err := reader.ReadFile(p, reader.Options{})
		if err != nil || len(errs) > 0 {
			t.Fatalf("reading %s: %v %v", p, err, errs)
		}
		for _, a := range arts {
			docs = append(docs, an.Analyze(a))
		}
	}
	for _, a := range ownArticles {
		docs = append(docs, an.Analyze(a))
	}
	return docs
}

func repoRoot(t testing.TB) string { return corpora.RepoRoot(t) }

// Run runs the contract against fresh, empty stores made by open; open
// registers its own cleanup.
func Run(t *testing.T, open func(t *testing.T) ledger.Store) {
	docs := examples(t)
	ctx := context.Background()

	t.Run("PutIsIdempotent", func(t *testing.T) {
		st := open(t)
		r, err := st.Put(ctx, docs)
		if err != nil {
			t.Fatal(err)
		}
		if r.Added != len(docs) || r.Duplicate != 0 {
			t.Fatalf("first Put: %+v, want %d added", r, len(docs))
		}
		before, err := st.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var figures, claims int
		for _, d := range docs {
			figures += len(d.Figures)
			claims += len(d.Claims)
		}
		if before["articles"] != len(docs) || before["figures"] != figures || before["claims"] != claims {
			t.Errorf("counts %v, want %d articles, %d figures, %d claims", before, len(docs), figures, claims)
		}
		r, err = st.Put(ctx, docs)
		if err != nil {
			t.Fatal(err)
		}
		if r.Added != 0 || r.Duplicate != len(docs) {
			t.Fatalf("second Put: %+v, want all %d duplicates", r, len(docs))
		}
		after, _ := st.Counts(ctx)
		for k, v := range before {
			if after[k] != v {
				t.Errorf("%s: %d rows after re-put, %d before", k, after[k], v)
			}
		}
		ids := []string{docs[0].Article.ID, "0000000000000000000000000000dead"}
		have, err := st.Contains(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		if !have[ids[0]] || have[ids[1]] {
			t.Errorf("Contains(%v) = %v", ids, have)
		}
	})

	t.Run("DocumentRoundTrip", func(t *testing.T) {
		st := open(t)
		if _, err := st.Put(ctx, docs); err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			got, err := st.Document(ctx, d.Article.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Article.Text != d.Article.Text || !got.Article.Published.Equal(d.Article.Published) {
				t.Errorf("%s: text or date changed in storage", d.Article.ID)
			}
			want, _ := json.Marshal(d)
			have, _ := json.Marshal(got)
			if string(want) != string(have) {
				t.Errorf("%s: stored document differs from the analysed one", d.Article.ID)
			}
		}
		if _, err := st.Document(ctx, "nope"); !errors.Is(err, ledger.ErrNotFound) {
			t.Errorf("Document(unknown) error = %v, want ErrNotFound", err)
		}
	})

	t.Run("Search", func(t *testing.T) {
		st := open(t)
		if _, err := st.Put(ctx, docs); err != nil {
			t.Fatal(err)
		}
		tests := []struct {
			name      string
			q         ledger.Query
			wantTitle string // a hit's title must contain this
			wantNone  bool
			snippet   string // the first hit's snippet must contain this
		}{
			{"word", ledger.Query{Text: "dam"}, "dam", false, "[dam]"},
			{"stemmed plural", ledger.Query{Text: "soldiers Sudzha"}, "Sudzha", false, "[Sudzha]"},
			{"punctuation is not syntax", ledger.Query{Text: `"Sudzha*) -`}, "Sudzha", false, ""},
			{"outlet filter", ledger.Query{Text: "North Korean", Outlet: "valley times"}, "rise", false, ""},
			{"outlet filter excludes", ledger.Query{Text: "dam", Outlet: "Valley Times"}, "", true, ""},
			{"date range", ledger.Query{Text: "killed", From: day("2025-01-15"), To: day("2025-01-31")}, "rise", false, ""},
			{"date range excludes", ledger.Query{Text: "Sudzha", From: day("2025-02-01")}, "", true, ""},
			{"entity filter", ledger.Query{Entity: "Sudzha"}, "Sudzha", false, ""},
			{"no match", ledger.Query{Text: "zeppelin"}, "", true, ""},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				hits, err := st.Search(ctx, tc.q)
				if err != nil {
					t.Fatal(err)
				}
				if tc.wantNone {
					if len(hits) != 0 {
						t.Fatalf("got %d hits, want none: %+v", len(hits), hits[0])
					}
					return
				}
				if len(hits) == 0 {
					t.Fatal("no hits")
				}
				found := false
				for _, h := range hits {
					if strings.Contains(strings.ToLower(h.Title), strings.ToLower(tc.wantTitle)) {
						found = true
					}
				}
				if !found {
					t.Errorf("no hit titled like %q: %+v", tc.wantTitle, hits)
				}
				if tc.snippet != "" && !strings.Contains(strings.ToLower(hits[0].Snippet), strings.ToLower(tc.snippet)) {
					t.Errorf("snippet %q lacks %q", hits[0].Snippet, tc.snippet)
				}
			})
		}
	})

	t.Run("Stories", func(t *testing.T) { runStories(t, open(t), docs) })

	t.Run("EstimatesAndConflicts", func(t *testing.T) {
		st := open(t)
		if _, err := st.Put(ctx, docs); err != nil {
			t.Fatal(err)
		}
		es, err := st.Estimates(ctx, "North Korean killed")
		if err != nil {
			t.Fatal(err)
		}
		var values []string
		for _, e := range es {
			values = append(values, e.Text+"@"+e.Outlet)
		}
		for _, want := range []string{"300@Harbour Post", "1,000@Valley Times", "40@Northern Star"} {
			found := false
			for _, v := range values {
				if strings.Contains(v, want) {
					found = true
				}
			}
			if !found {
				t.Errorf("estimates %v lack %q", values, want)
			}
		}
		cs := ledger.FindConflicts(es)
		var between []string
		for _, c := range cs {
			between = append(between, c.A.Outlet+"/"+c.B.Outlet)
		}
		if !contains(between, "Harbour Post/Northern Star") && !contains(between, "Northern Star/Harbour Post") {
			t.Errorf("conflicts %v: want 300 against no more than 40 on the same day", between)
		}
		for _, b := range between {
			if strings.Contains(b, "Harbour Post") && strings.Contains(b, "Valley Times") {
				t.Errorf("300 then 1,000 a week later is an update, reported as conflict %v", b)
			}
		}
		all, err := st.Estimates(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range docs {
			n += len(d.Figures)
		}
		if len(all) != n {
			t.Errorf("Estimates(\"\") = %d figures, want %d", len(all), n)
		}
		fs, err := st.Findings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		nf := 0
		for _, d := range docs {
			nf += len(d.Findings)
		}
		if len(fs) != nf || nf == 0 {
			t.Errorf("Findings = %d, want %d (and some)", len(fs), nf)
		}
		if len(fs) > 0 && !fs[0].Contradiction {
			t.Errorf("first finding %+v is not a contradiction", fs[0])
		}
	})
}

func runStories(t *testing.T, st ledger.Store, docs []*doc.Document) {
	ctx := context.Background()
	if _, err := st.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	in, err := st.StoryInputs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(in) != len(docs) {
		t.Fatalf("StoryInputs = %d articles, want %d", len(in), len(docs))
	}
	for _, a := range in {
		if a.Text == "" || len(a.Features) == 0 {
			t.Errorf("%s: no text or no features (%v)", a.ID, a.Features)
		}
	}
	story := ledger.Story{ID: in[0].ID, Title: in[0].Title, Articles: in[:2]}
	if err := st.SaveStories(ctx, []ledger.Story{story}); err != nil {
		t.Fatal(err)
	}
	c, _ := st.Counts(ctx)
	if c["stories"] != 1 || c["story_articles"] != 2 {
		t.Errorf("after saving one story of two: %v", c)
	}
	if err := st.SaveStories(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if c, _ := st.Counts(ctx); c["stories"] != 0 || c["story_articles"] != 0 {
		t.Errorf("saving no stories should replace the old ones: %v", c)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
