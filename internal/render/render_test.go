package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

func sample() *doc.Document {
	text := `"Nobody was warned," said Ana Ruiz. At least 40 people died.`
	d := doc.New(doc.Article{Title: "Flood | toll", Outlet: "The Courier", Text: text, Published: time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)})
	v := 40.0
	src := d.Span(26, 34)
	d.Attributions = []doc.Attribution{{ID: "a1", Source: &src, Cue: d.Span(21, 25), Content: d.Span(0, 20), Kind: doc.Direct, Speaker: "Ana Ruiz"}}
	d.Figures = []doc.Figure{{ID: "f1", Start: 36, End: 47, Text: "At least 40", Value: &v, Low: &v, Bound: doc.Lower, Measure: doc.Killed}}
	d.Findings = []doc.Finding{{ID: "x1", Kind: doc.FindingFigureConflict, Contradiction: true, Explanation: "Two tolls cannot both hold.",
		Items: []doc.Ref{{Kind: "figure", ID: "f1", Start: 36, End: 47, Text: "At least 40"}, {Kind: "figure", ID: "f1", Start: 36, End: 47, Text: "At least 40"}}}}
	return d
}

func TestText(t *testing.T) {
	var plain, colour bytes.Buffer
	if err := Text(&plain, sample(), false); err != nil {
		t.Fatal(err)
	}
	out := plain.String()
	for _, want := range []string{"Flood | toll", "The Courier", "published 2025-05-12", "Findings (1)", "✗ figure conflict",
		"Two tolls cannot both hold.", "Ana Ruiz said [direct] \"Nobody was warned,\"", "≥40", "killed", "← the article"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour codes without colour")
	}
	Text(&colour, sample(), true)
	if !strings.Contains(colour.String(), "\x1b[31;1m") {
		t.Error("no colour for a contradiction with colour on")
	}
}

func TestMarkdownEscapesTables(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, sample()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "# Flood | toll") || !strings.Contains(out, "| Ana Ruiz | said |") || !strings.Contains(out, "**figure conflict**") {
		t.Errorf("markdown:\n%s", out)
	}
}

func TestJSONKeepsHTMLAndUnicode(t *testing.T) {
	d := doc.New(doc.Article{Text: "<b>“Zürich”</b>"})
	var b bytes.Buffer
	if err := JSON(&b, d); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), `\u003c`) {
		t.Error("JSON escapes < as \\u003c; the contract keeps text readable")
	}
	var back map[string]any
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back["schema"] != doc.SchemaVersion {
		t.Errorf("schema = %v", back["schema"])
	}
}

func TestNumbers(t *testing.T) {
	for v, want := range map[float64]string{6000: "6,000", 1234567: "1,234,567", -4500: "-4,500", 3.5: "3.5", 600: "600"} {
		if got := num(v); got != want {
			t.Errorf("num(%v) = %s, want %s", v, got, want)
		}
	}
}

// TestSourceSurfaceWithoutClosingComma: a source span that keeps the comma
// closing its appositive prints without it inside the parentheses.
func TestSourceSurfaceWithoutClosingComma(t *testing.T) {
	text := `Ana Ruiz, a nurse, said the ward was full.`
	d := doc.New(doc.Article{Text: text})
	src := d.Span(0, 18) // "Ana Ruiz, a nurse,"
	d.Attributions = []doc.Attribution{{ID: "a1", Source: &src, Cue: d.Span(19, 23), Content: d.Span(24, 41), Kind: doc.Indirect, Speaker: "Ana Ruiz"}}
	var b bytes.Buffer
	if err := Text(&b, d, false); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "Ana Ruiz (Ana Ruiz, a nurse) said") {
		t.Errorf("want the surface without its closing comma:\n%s", out)
	}
}
