package main

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

const (
	ferry1 = `{"outlet":"Harbour Post","published":"2025-03-01","title":"Ferry sinks off Lamu","text":"A ferry carrying 80 passengers sank off Lamu island in Kenya on Saturday, the Kenya Coast Guard said. Twelve people died, coast guard commander Amina Odhiambo said."}` + "\n"
	ferry2 = `{"outlet":"Valley Times","published":"2025-03-02","title":"Search goes on after ferry disaster","text":"Rescuers searched the waters off Lamu on Sunday after a passenger ferry went down on Saturday, killing twelve people, said Amina Odhiambo of the Kenya Coast Guard."}` + "\n"
	ferry3 = `{"outlet":"Island Report","published":"2025-03-03","title":"Lamu ferry toll rises","text":"The toll from the ferry that sank off Lamu on Saturday rose to fifteen, Amina Odhiambo of the Kenya Coast Guard said, as divers searched the wreck for passengers."}` + "\n"
	steel1 = `{"outlet":"Valley Times","published":"2025-03-02","title":"Steel plant to close","text":"Norder Stahl will close its Brenzhausen steelworks next year, chief executive Katrin Vogel told reporters in Hamburg."}` + "\n"
	old1   = `{"outlet":"Harbour Post","published":"2024-06-01","title":"Dam bursts above Osora","text":"The Osora dam burst on Saturday, flooding the valley below, the Chilean interior ministry said. Governor Lucia Rojas ordered an evacuation."}` + "\n"
	old2   = `{"outlet":"Island Report","published":"2024-06-02","title":"Osora valley evacuated","text":"Thousands left the Osora valley after the dam burst, Governor Lucia Rojas said, as the Chilean interior ministry sent rescue teams."}` + "\n"
	steel2 = `{"outlet":"Harbour Post","published":"2025-03-03","title":"Union anger at Brenzhausen closure","text":"Workers at the Norder Stahl steelworks in Brenzhausen called a strike after chief executive Katrin Vogel said the plant would close next year."}` + "\n"
)

// storedStories reads back the saved stories as "id: article titles".
func storedStories(t *testing.T, db string) []string {
	t.Helper()
	ctx := context.Background()
	st, err := ledger.OpenSQLite(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sums, err := st.Stories(ctx, 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range sums {
		full, err := st.Story(ctx, s.ID)
		if err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, a := range full.Articles {
			titles = append(titles, a.Title)
		}
		out = append(out, strings.Join(titles, " | "))
	}
	sort.Strings(out)
	return out
}

// A later run with --since auto adds the articles ingested since to the
// stories saved before, keeping them, and groups the new ones; a run without
// it regroups everything to the same result.
func TestStoriesIncremental(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	ingest := func(lines string) {
		if code, out, errs := runCLI(t, lines, "ingest", "--db", db, "--input-format", "jsonl", "-"); code != 0 {
			t.Fatalf("ingest: %d %q %q", code, out, errs)
		}
	}
	ingest(old1 + old2 + ferry1 + ferry2 + steel1)
	if code, out, errs := runCLI(t, "", "stories", "--db", db); code != 0 || !strings.Contains(out, "2 stories among 5 articles") {
		t.Fatalf("stories: exit %d, out %q, err %q", code, out, errs)
	}
	ingest(ferry3 + steel2)
	code, out, errs := runCLI(t, "", "stories", "--db", db, "--since", "auto")
	// The dam story is months older than the window: it is neither read
	// nor changed.
	if code != 0 || !strings.Contains(out, "2 stories new or grown among 5 articles read") {
		t.Fatalf("stories --since auto: exit %d, out %q, err %q", code, out, errs)
	}
	want := []string{
		"Dam bursts above Osora | Osora valley evacuated",
		"Ferry sinks off Lamu | Search goes on after ferry disaster | Lamu ferry toll rises",
		"Steel plant to close | Union anger at Brenzhausen closure",
	}
	if got := storedStories(t, db); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after the incremental run the ledger holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if code, _, errs := runCLI(t, "", "stories", "--db", db); code != 0 {
		t.Fatalf("stories: exit %d, err %q", code, errs)
	}
	if got := storedStories(t, db); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after a full run the ledger holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestStoriesFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	for _, args := range [][]string{{"--since", "March"}, {"--threshold", "0"}, {"--show", "-1"}} {
		if code, _, _ := runCLI(t, "", append([]string{"stories", "--db", db}, args...)...); code != 2 {
			t.Errorf("stories %v: exit %d, want 2", args, code)
		}
	}
}
