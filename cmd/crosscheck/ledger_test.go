package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// ledgerArticles are JSON Lines written for these tests: two outlets give
// North Korean losses on the same day that cannot both hold, and the third
// line is malformed.
const ledgerArticles = `{"outlet":"Harbour Post","published":"2025-01-10","title":"Pyongyang troops suffer losses near Sudzha","text":"South Korea's spy agency said 300 North Korean soldiers had been killed in fighting near Sudzha."}
{"outlet":"Northern Star","published":"2025-01-10","title":"Moscow disputes losses","text":"A Russian military blogger said no more than 40 North Korean soldiers had been killed in the Kursk region."}
{"outlet":"Northern Star","title":"cut off",
`

func TestIngestSearchFiguresConflicts(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	code, out, errs := runCLI(t, ledgerArticles, "ingest", "--db", db, "--input-format", "jsonl", "-")
	if code != 1 {
		t.Errorf("exit %d with a malformed line, want 1", code)
	}
	if !strings.Contains(out, "2 new, 0 duplicate, 1 failed") {
		t.Errorf("summary %q", out)
	}
	if !strings.Contains(errs, "-: line 3") {
		t.Errorf("stderr %q should name line 3 of standard input", errs)
	}

	for i, want := range []string{"1 new, 0 duplicate, 0 failed", "Nothing new: all 1 article was already"} {
		code, out, errs = runCLI(t, "", "ingest", "--db", db, "../../examples/dam-collapse.txt")
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("ingest %d: exit %d, out %q (want %q), err %q", i+1, code, out, want, errs)
		}
	}

	code, out, errs = runCLI(t, "", "search", "--db", db, "Sudzha")
	if code != 0 || !strings.Contains(out, "Pyongyang troops suffer losses") || !strings.Contains(out, "[Sudzha]") {
		t.Errorf("search: exit %d, out %q, err %q", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "search", "--db", db, "--outlet", "Harbour Post", "dam")
	if code != 0 || !strings.Contains(out, "No articles found") {
		t.Errorf("search with an excluding outlet: %q", out)
	}
	if code, _, errs = runCLI(t, "", "search", "--db", db, "--from", "10/01/2025", "x"); code != 2 || !strings.Contains(errs, "YYYY-MM-DD") {
		t.Errorf("bad --from: exit %d, %q", code, errs)
	}

	code, out, errs = runCLI(t, "", "figures", "--db", db, "North Korean killed")
	if code != 0 || !strings.Contains(out, "killed (") || !strings.Contains(out, "300") || !strings.Contains(out, "up to 40") || !strings.Contains(out, "Northern Star") {
		t.Errorf("figures: exit %d, out %q, err %q", code, out, errs)
	}

	code, out, errs = runCLI(t, "", "conflicts", "--db", db)
	if code != 0 || !strings.Contains(out, "Between articles: 1 conflict") || !strings.Contains(out, "both cannot hold") {
		t.Errorf("conflicts: exit %d, out %q, err %q", code, out, errs)
	}
	if !strings.Contains(out, "Inside articles:") || !strings.Contains(out, "[negation]") {
		t.Errorf("conflicts should list the dam article's own contradiction: %q", out)
	}
}

func TestLedgerCommandsUsage(t *testing.T) {
	for _, args := range [][]string{{"ingest"}, {"figures"}, {"search"}} {
		if code, _, _ := runCLI(t, "", args...); code != 2 {
			t.Errorf("%v without arguments: exit %d, want 2", args, code)
		}
	}
	if code, _, errs := runCLI(t, "", "search", "--db", filepath.Join(t.TempDir(), "no", "x.db"), "--limit", "1", "x"); code != 0 {
		t.Errorf("search of a fresh ledger: exit %d %q", code, errs)
	}
}

func TestStories(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	in := `{"outlet":"Harbour Post","published":"2025-03-01","title":"Ferry sinks off Lamu","text":"A ferry carrying 80 passengers sank off Lamu island in Kenya on Saturday, the Kenya Coast Guard said. Twelve people died, coast guard commander Amina Odhiambo said."}
{"outlet":"Valley Times","published":"2025-03-02","title":"Search goes on after ferry disaster","text":"Rescuers searched the waters off Lamu on Sunday after a passenger ferry went down on Saturday, killing twelve people, said Amina Odhiambo of the Kenya Coast Guard."}
{"outlet":"Valley Times","published":"2025-03-02","title":"Steel plant to close","text":"Norder Stahl will close its Brenzhausen steelworks next year, chief executive Katrin Vogel told reporters in Hamburg."}
`
	if code, out, errs := runCLI(t, in, "ingest", "--db", db, "--input-format", "jsonl", "-"); code != 0 {
		t.Fatalf("ingest: %d %q %q", code, out, errs)
	}
	code, out, errs := runCLI(t, "", "stories", "--db", db)
	if code != 0 || !strings.Contains(out, "1 story among 3 articles") || !strings.Contains(out, "Ferry sinks off Lamu — 2 articles from 2 outlets") {
		t.Errorf("stories: exit %d, out %q, err %q", code, out, errs)
	}
	if strings.Contains(out, "Steel plant") {
		t.Errorf("the steel article joined the ferry story: %q", out)
	}
}
