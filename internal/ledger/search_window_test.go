package ledger

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/pgtest"
)

// Search ranks the newest matches first and widens the window when filters
// leave too few hits, so a filtered search still finds old articles.
func TestSearchRankWindow(t *testing.T) {
	ctx := context.Background()
	st, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var docs []*doc.Document
	for i := range 40 {
		outlet := "Wire"
		if i < 3 {
			outlet = "Old Gazette" // only among the oldest articles
		}
		text := fmt.Sprintf("Flood waters rose in the valley, report number %d said. The river burst its banks.", i)
		if i < 10 {
			// Old reports say "flood" more often: ranked over every
			// match, they would come first.
			text = fmt.Sprintf("Flood after flood: the flood waters rose, report number %d said.", i)
		}
		a := doc.Article{
			Title:     fmt.Sprintf("Report %d", i),
			Outlet:    outlet,
			Published: time.Date(2025, 1, 1+i, 0, 0, 0, 0, time.UTC),
			Text:      text,
		}
		a.ID = doc.ContentID(a.Text)
		docs = append(docs, &doc.Document{Article: a})
	}
	if _, err := st.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	st.(*sqlStore).rankWindow = 4

	hits, err := st.Search(ctx, Query{Text: "flood", Limit: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 4 {
		t.Fatalf("got %d hits, want 4", len(hits))
	}
	for _, h := range hits {
		if h.Published < "2025-02-06" { // the four newest are 2025-02-06..09
			t.Errorf("hit %q (%s) is not among the newest matches", h.Title, h.Published)
		}
	}

	hits, err = st.Search(ctx, Query{Text: "flood", Outlet: "old gazette"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3 {
		t.Fatalf("filtered search found %d of the 3 old articles: %+v", len(hits), hits)
	}

	// Without a window every match is ranked: the same hits, in any order.
	st.(*sqlStore).rankWindow = 1 << 20
	all, err := st.Search(ctx, Query{Text: "flood", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 40 {
		t.Fatalf("unwindowed search found %d, want 40", len(all))
	}
	if all[0].Published >= "2025-01-11" {
		t.Errorf("ranked over every match, the best hit is %q (%s); want one of the old flood-flood reports", all[0].Title, all[0].Published)
	}
}

// windowLedger stores n reports numbered from the oldest, in one Put, and
// sets the first stretch to window matches. Every report says "flood";
// report i is from outlet outlets[i%len(outlets)].
func windowLedger(t *testing.T, open func(t *testing.T) Store, n, window int, text func(i int) string, outlets ...string) Store {
	t.Helper()
	ctx := context.Background()
	st := open(t)
	var docs []*doc.Document
	for i := range n {
		a := doc.Article{
			Title:     fmt.Sprintf("Report %d", i),
			Outlet:    outlets[i%len(outlets)],
			Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i),
			Text:      text(i),
		}
		a.ID = doc.ContentID(a.Text)
		docs = append(docs, &doc.Document{Article: a})
	}
	if _, err := st.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	st.(*sqlStore).rankWindow = window
	return st
}

// backends lists the stores the stretch tests run on: SQLite, and
// PostgreSQL (in a schema of its own, dropped afterwards) when
// CROSSCHECK_TEST_POSTGRES names a database.
func backends() map[string]func(t *testing.T) Store {
	out := map[string]func(t *testing.T) Store{
		"sqlite": func(t *testing.T) Store {
			st, err := OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "l.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { st.Close() })
			return st
		},
	}
	if os.Getenv(pgtest.Env) == "" {
		return out
	}
	out["postgres"] = func(t *testing.T) Store {
		ctx := context.Background()
		u := pgtest.Schema(t, "searchtest")
		st, err := OpenPostgres(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	return out
}

// reportNumber reads i back from the title "Report i".
func reportNumber(t *testing.T, h Hit) int {
	t.Helper()
	var i int
	if _, err := fmt.Sscanf(h.Title, "Report %d", &i); err != nil {
		t.Fatalf("hit title %q: %v", h.Title, err)
	}
	return i
}

// The order is stretch by stretch (4, 4, 8, 16… newest matches), best match
// first inside one; pages of any size cut the same list.
func TestSearchStretchesAndPaging(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) { testStretchesAndPaging(t, open) })
	}
}

func testStretchesAndPaging(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	// Every third report says "flood" three times: within a stretch those
	// come first.
	st := windowLedger(t, open, 30, 4, func(i int) string {
		if i%3 == 0 {
			return fmt.Sprintf("Flood, flood and more flood in district %d, officials said.", i)
		}
		return fmt.Sprintf("A flood reached district %d overnight, officials said, and roads were closed.", i)
	}, "Wire")
	all, err := st.Search(ctx, Query{Text: "flood", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 30 {
		t.Fatalf("got %d hits, want all 30", len(all))
	}
	// Stretches over reports 29..0: [29..26] [25..22] [21..14] [13..0].
	stretchOf := func(i int) int {
		switch {
		case i >= 26:
			return 0
		case i >= 22:
			return 1
		case i >= 14:
			return 2
		}
		return 3
	}
	for k := 1; k < len(all); k++ {
		a, b := reportNumber(t, all[k-1]), reportNumber(t, all[k])
		sa, sb := stretchOf(a), stretchOf(b)
		switch {
		case sa > sb:
			t.Errorf("hit %d (report %d, stretch %d) comes before report %d of a newer stretch", k-1, a, sa, b)
		case sa == sb && a%3 != 0 && b%3 == 0:
			t.Errorf("in stretch %d report %d (one flood) comes before report %d (three floods)", sa, a, b)
		case sa == sb && a%3 == b%3 && a < b:
			t.Errorf("in stretch %d equally good reports %d and %d are not newest first", sa, a, b)
		}
	}
	if got := reportNumber(t, all[0]); got != 27 {
		t.Errorf("first hit is report %d, want 27 (the three-flood report in the newest stretch)", got)
	}
	for _, size := range []int{1, 3, 7} {
		var paged []Hit
		for off := 0; off < 40; off += size {
			page, err := st.Search(ctx, Query{Text: "flood", Limit: size, Offset: off})
			if err != nil {
				t.Fatal(err)
			}
			paged = append(paged, page...)
		}
		if len(paged) != len(all) {
			t.Fatalf("pages of %d gave %d hits, want %d", size, len(paged), len(all))
		}
		for k := range all {
			if paged[k].ID != all[k].ID {
				t.Errorf("pages of %d: hit %d is %q, one query says %q", size, k, paged[k].Title, all[k].Title)
				break
			}
		}
	}
	if page, err := st.Search(ctx, Query{Text: "flood", Offset: 30}); err != nil || len(page) != 0 {
		t.Errorf("page past the end = %d hits, %v; want none", len(page), err)
	}
}

// Filters that leave few hits walk back through the stretches until the
// page is full or the matches run out.
func TestSearchFiltersWidenStretches(t *testing.T) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) { testFiltersWidenStretches(t, open) })
	}
}

func testFiltersWidenStretches(t *testing.T, open func(t *testing.T) Store) {
	ctx := context.Background()
	st := windowLedger(t, open, 64, 2, func(i int) string {
		return fmt.Sprintf("The flood in district %d closed the bridge.", i)
	}, "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Wire", "Rare Gazette")
	tests := []struct {
		name string
		q    Query
		want []int // report numbers, in order
	}{
		// Reports 15, 31, 47, 63 are the gazette's.
		{"outlet, every hit", Query{Text: "flood", Outlet: "rare gazette"}, []int{63, 47, 31, 15}},
		{"outlet, one page", Query{Text: "flood", Outlet: "Rare Gazette", Limit: 2}, []int{63, 47}},
		{"outlet, second page", Query{Text: "flood", Outlet: "Rare Gazette", Limit: 2, Offset: 2}, []int{31, 15}},
		{"date range of old reports", Query{Text: "flood", From: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC), To: time.Date(2025, 1, 3, 0, 0, 0, 0, time.UTC)}, []int{2, 1}},
		{"filter nothing passes", Query{Text: "flood", Outlet: "Nobody"}, nil},
		{"words nothing matches", Query{Text: "earthquake"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := st.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, h := range hits {
				got = append(got, reportNumber(t, h))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got reports %v, want %v", got, tc.want)
			}
		})
	}
}

func TestLightStem(t *testing.T) {
	tests := []struct {
		words []string // all share one stem
		stem  string
	}{
		{[]string{"kill", "kills", "killed", "killing"}, "kill"},
		{[]string{"verify", "verified", "verifies"}, "verifi"},
		{[]string{"loss", "losses"}, "loss"},
		{[]string{"cause", "causes", "caused"}, "caus"},
		{[]string{"stop", "stops", "stopped", "stopping"}, "stop"},
		{[]string{"agree", "agreed"}, "agre"},
		{[]string{"country", "countries"}, "countri"},
		{[]string{"soldier", "soldiers"}, "soldier"},
		{[]string{"crisis"}, "crisis"},
		{[]string{"bus"}, "bus"},
		{[]string{"red"}, "red"},
	}
	for _, tc := range tests {
		for _, w := range tc.words {
			if got := lightStem(w); got != tc.stem {
				t.Errorf("lightStem(%q) = %q, want %q", w, got, tc.stem)
			}
		}
	}
}

func TestCountTerms(t *testing.T) {
	stems := queryStems([]string{"Soldiers", "killed", "Zürich", "soldier"})
	if len(stems) != 3 {
		t.Fatalf("queryStems kept %d stems, want 3 (soldier and soldiers are one)", len(stems))
	}
	tf := make([]int, len(stems))
	n := countTerms("Two soldiers were killed in Zurich; a soldier's killing — ZÜRICH police said.", stems, tf)
	if n != 13 {
		t.Errorf("counted %d tokens, want 13", n)
	}
	if fmt.Sprint(tf) != "[2 2 2]" {
		t.Errorf("term counts %v, want [2 2 2]", tf)
	}
}

func TestSnippet(t *testing.T) {
	stems := queryStems([]string{"soldiers", "killed"})
	long := "The council met on Monday to discuss the budget for roads, schools and the new library. " +
		"Later, officials said two soldiers were killed near the border. The mayor did not comment."
	tests := []struct {
		name, text string
		n          int
		want       string
	}{
		{"window around the matches", long, 10, "…officials said two [soldiers] were [killed] near the border. The…"},
		{"short text whole", "Two soldiers died.", 10, "Two [soldiers] died."},
		{"no match: the opening", "The council met on Monday to discuss the budget.", 4, "The council met on…"},
		{"inflections and case", "KILLING of soldiers", 10, "[KILLING] of [soldiers]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := snippet(tc.text, stems, tc.n); got != tc.want {
				t.Errorf("snippet = %q, want %q", got, tc.want)
			}
		})
	}
}
