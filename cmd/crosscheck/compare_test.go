package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const cmpSource = `Published: 2025-03-10

Rebels killed around 40 soldiers near the border on Tuesday, the army said. Reuters could not independently verify the figure.

The finance minister will not meet the union leaders next week.
`

func writeTemp(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCompareFaithfulText(t *testing.T) {
	src := writeTemp(t, "src.txt", cmpSource)
	code, out, errs := runCLI(t, "", "compare", src, "../../examples/border-clash.txt")
	if code != 3 || !strings.Contains(out, "[unsupported]") {
		t.Errorf("unrelated texts: exit %d, want 3 (changes facts) with unsupported statements; stderr %s\n%s", code, errs, out)
	}
	code, out, errs = runCLI(t, cmpSource, "compare", src, "-")
	if code != 0 {
		t.Fatalf("identical texts: exit %d, stderr %s\n%s", code, errs, out)
	}
	if !strings.Contains(out, "Verdict: faithful") {
		t.Errorf("identical texts: no faithful verdict in\n%s", out)
	}
}

func TestCompareChangesText(t *testing.T) {
	src := writeTemp(t, "src.txt", cmpSource)
	der := writeTemp(t, "der.txt", "Published: 2025-03-10\n\nRebels killed 40 soldiers near the border on Tuesday. The finance minister will meet the union leaders next week.\n")
	code, out, errs := runCLI(t, "", "compare", src, der)
	if code != 3 {
		t.Fatalf("exit %d, want 3; stderr %s", code, errs)
	}
	for _, want := range []string{"[figure changed]", "[negation flipped]", "[attribution dropped]", "[verification dropped]", "Verdict: changes facts", "around 40"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestCompareJSON(t *testing.T) {
	src := writeTemp(t, "src.txt", cmpSource)
	der := writeTemp(t, "der.txt", "Published: 2025-03-10\n\nRebels killed 40 soldiers near the border on Tuesday, the army said.\n")
	code, out, errs := runCLI(t, "", "compare", "--format", "json", src, der)
	if code != 3 {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	var rep struct {
		Schema   string         `json:"schema"`
		Verdict  string         `json:"verdict"`
		Counts   map[string]int `json:"counts"`
		Findings []struct {
			Kind    string `json:"kind"`
			Derived struct {
				Text string `json:"text"`
			} `json:"derived"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if rep.Schema != "crosscheck/compare/v1" || rep.Verdict != "changes facts" {
		t.Errorf("schema %q verdict %q", rep.Schema, rep.Verdict)
	}
	if rep.Counts["figure_changed"] != 1 || rep.Counts["verification_dropped"] != 1 || len(rep.Counts) != 2 {
		t.Errorf("counts %v, want one figure_changed and one verification_dropped", rep.Counts)
	}
}

func TestCompareBadArgs(t *testing.T) {
	src := writeTemp(t, "src.txt", cmpSource)
	for _, args := range [][]string{
		{"compare"},
		{"compare", src},
		{"compare", src, src, src},
		{"compare", "-", "-"},
		{"compare", "--format", "yaml", src, src},
		{"compare", "--published", "yesterday", src, src},
	} {
		if code, _, errs := runCLI(t, "", args...); code != 2 || errs == "" {
			t.Errorf("%q: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
	if code, _, errs := runCLI(t, "", "compare", src, filepath.Join(t.TempDir(), "missing.txt")); code != 1 || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}
