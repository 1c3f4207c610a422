package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestCheckExampleText(t *testing.T) {
	code, out, errs := runCLI(t, "", "check", "../../examples/dam-collapse.txt")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	for _, want := range []string{"Findings", "Who said what", "Figures", "Verification", "Claims", "Times", "Entities", "Miriam Achieng"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour codes written to a non-terminal")
	}
}

func TestCheckJSONAndPublishedOverride(t *testing.T) {
	code, out, errs := runCLI(t, "", "check", "--format", "json", "--published", "2024-01-02", "../../examples/border-clash.txt")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	var d struct {
		Schema  string `json:"schema"`
		Article struct {
			Published string `json:"published"`
			Title     string `json:"title"`
		} `json:"article"`
		Attributions []json.RawMessage `json:"attributions"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not one JSON object: %v", err)
	}
	if d.Schema != "crosscheck/v1" || d.Article.Published != "2024-01-02" || d.Article.Title == "" || len(d.Attributions) == 0 {
		t.Errorf("unexpected document: %+v", d)
	}
}

func TestCheckStdinMarkdown(t *testing.T) {
	code, out, errs := runCLI(t, "\"The levee held,\" said Tomas Berg, the county engineer.\n", "check", "--format", "markdown", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	if !strings.Contains(out, "## Who said what") || !strings.Contains(out, "Tomas Berg") {
		t.Errorf("markdown report:\n%s", out)
	}
}

func TestCheckBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "blob.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte{0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10}, 0o644)
	for _, c := range []struct{ path, reason string }{
		{empty, "empty"},
		{binary, "binary"},
		{filepath.Join(dir, "missing.txt"), "missing.txt"},
	} {
		code, out, errs := runCLI(t, "", "check", c.path)
		if code == 0 {
			t.Errorf("%s: exit 0, want non-zero", c.path)
		}
		if !strings.Contains(errs, filepath.Base(c.path)) || !strings.Contains(strings.ToLower(errs), c.reason) {
			t.Errorf("%s: error %q does not name the input and the reason %q", c.path, errs, c.reason)
		}
		if out != "" {
			t.Errorf("%s: printed a report for bad input: %q", c.path, out)
		}
	}
}

func TestCheckGoodInputStillReportedBesideBadOne(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	code, out, errs := runCLI(t, "", "check", empty, "../../examples/plant-closure.txt")
	if code == 0 || !strings.Contains(errs, "empty.txt") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "Who said what") {
		t.Error("the good article was not reported")
	}
}

func TestUsage(t *testing.T) {
	code, out, _ := runCLI(t, "", "--help")
	if code != 0 || !strings.Contains(out, "check") {
		t.Errorf("--help: exit %d, %q", code, out)
	}
	code, _, errs := runCLI(t, "", "check", "--help")
	if code != 0 || !strings.Contains(errs, "--format") {
		t.Errorf("check --help: exit %d, %q", code, errs)
	}
	code, _, _ = runCLI(t, "", "nonsense")
	if code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	code, _, errs = runCLI(t, "", "check", "--format", "yaml", "x")
	if code != 2 || !strings.Contains(errs, "yaml") {
		t.Errorf("bad --format: exit %d, %q", code, errs)
	}
}

// TestCheckManyKeepsInputOrder: many articles are analysed in parallel but
// reported in the order they were read, across several analysis windows.
func TestCheckManyKeepsInputOrder(t *testing.T) {
	var in strings.Builder
	const n = 37
	for i := range n {
		fmt.Fprintf(&in, `{"title": "Report %d", "text": "The mayor said %d people were evacuated from the valley on Monday."}`+"\n", i, i+10)
	}
	code, out, errs := runCLI(t, in.String(), "check", "--format", "json", "--input-format", "jsonl", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != n {
		t.Fatalf("%d lines of output for %d articles", len(lines), n)
	}
	for i, l := range lines {
		var d struct {
			Article struct {
				Title string `json:"title"`
			} `json:"article"`
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if want := fmt.Sprintf("Report %d", i); d.Article.Title != want {
			t.Errorf("line %d is %q, want %q", i, d.Article.Title, want)
		}
	}
}
