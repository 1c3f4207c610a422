package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	var out, errb bytes.Buffer
	if code := run([]string{"ingest", "--db", db, "--progress", "none", filepath.Join("..", "..", "examples")}, nil, &out, &errb); code != 0 {
		t.Fatalf("ingest: %d %s", code, errb.String())
	}
	export := func(args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(append([]string{"export", "--db", db}, args...), nil, &out, &errb); code != 0 {
			t.Fatalf("export %v: %d %s", args, code, errb.String())
		}
		return out.String()
	}
	lines := strings.Split(strings.TrimSpace(export("--format", "jsonl")), "\n")
	if len(lines) != 3 {
		t.Errorf("jsonl: %d lines, want the 3 examples", len(lines))
	}
	for _, l := range lines {
		var d struct{ Schema string }
		if err := json.Unmarshal([]byte(l), &d); err != nil || d.Schema != "crosscheck/v1" {
			t.Errorf("jsonl line: %v %q", err, d.Schema)
		}
	}
	rows, err := csv.NewReader(strings.NewReader(export("--format", "csv"))).ReadAll()
	if err != nil || len(rows) < 2 || rows[0][0] != "series" {
		t.Errorf("csv: %d rows, %v", len(rows), err)
	}
	gkg := export("--format", "gkg", "killed")
	if !strings.HasPrefix(gkg, "DATE\t") || !strings.Contains(gkg, "\tKILL\t") {
		t.Errorf("gkg:\n%.400s", gkg)
	}
	crs := strings.Split(strings.TrimSpace(export("--format", "claimreview")), "\n")
	for _, l := range crs {
		var cr map[string]any
		if err := json.Unmarshal([]byte(l), &cr); err != nil || cr["@type"] != "ClaimReview" {
			t.Errorf("claimreview line %q: %v", l, err)
		}
	}
	if len(crs) < 3 {
		t.Errorf("claimreview: %d findings exported", len(crs))
	}
	var e bytes.Buffer
	if code := run([]string{"export", "--db", db, "--format", "xml"}, nil, &bytes.Buffer{}, &e); code != 2 || !strings.Contains(e.String(), "want jsonl") {
		t.Errorf("bad format: %d %s", code, e.String())
	}
}
