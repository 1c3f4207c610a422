package ledger

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
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
