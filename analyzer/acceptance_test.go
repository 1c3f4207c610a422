package analyzer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
)

func entityNamed(d *doc.Document, canonical string) *doc.Entity {
	for i := range d.Entities {
		if d.Entities[i].Canonical == canonical {
			return &d.Entities[i]
		}
	}
	return nil
}

func figureText(d *doc.Document, contains string) *doc.Figure {
	for i := range d.Figures {
		if strings.Contains(d.Figures[i].Text, contains) {
			return &d.Figures[i]
		}
	}
	return nil
}

func attributionOf(d *doc.Document, f *doc.Figure) *doc.Attribution {
	if f == nil || f.Attribution == nil {
		return nil
	}
	for i := range d.Attributions {
		if d.Attributions[i].ID == *f.Attribution {
			return &d.Attributions[i]
		}
	}
	return nil
}

// TestSeedAcceptance checks, on the article crosscheck was created from,
// everything the report must show.
func TestSeedAcceptance(t *testing.T) {
	data := corpora.Dir(t)
	b, err := os.ReadFile(filepath.Join(data, "seed", "kursk-parade-2025.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := a.Analyze(doc.Article{Text: string(b), Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)})

	// People, with their short mentions merged.
	for _, p := range []struct{ name, short string }{{"Kim Jong Un", "Kim"}, {"Vladimir Putin", "Putin"}} {
		e := entityNamed(d, p.name)
		if e == nil || e.Type != doc.Person {
			t.Errorf("no PERSON %q among %v", p.name, canonicals(d))
			continue
		}
		short := 0
		for _, m := range e.Mentions {
			if m.Text == p.short {
				short++
			}
		}
		if short == 0 {
			t.Errorf("%s: the short mention %q is not merged (mentions %v)", p.name, p.short, e.Mentions)
		}
	}
	for _, place := range []string{"North Korea", "Russia", "China", "Ukraine", "Japan", "South Korea"} {
		if e := entityNamed(d, place); e == nil || e.Type != doc.GPE {
			t.Errorf("no GPE %q among %v", place, canonicals(d))
		}
	}
	if e := entityNamed(d, "Kursk region"); e == nil || e.Type != doc.Loc {
		t.Errorf("no LOC Kursk region among %v", canonicals(d))
	}
	if e := entityNamed(d, "Reuters"); e == nil || e.Type != doc.Org {
		t.Errorf("no ORG Reuters among %v", canonicals(d))
	}
	if e := entityNamed(d, "South Korea's intelligence agency"); e == nil || e.Type != doc.Org {
		t.Errorf("no ORG South Korea's intelligence agency among %v", canonicals(d))
	}

	// 6,000: a lower bound on casualties among North Korean troops, from
	// some Western intelligence sources.
	f6 := figureText(d, "6,000")
	if f6 == nil {
		t.Fatalf("no figure 6,000 among %v", figureTexts(d))
	}
	if f6.Value == nil || *f6.Value != 6000 || f6.Bound != doc.Lower || f6.Measure != doc.Casualties {
		t.Errorf("6,000: value=%v bound=%s measure=%s", f6.Value, f6.Bound, f6.Measure)
	}
	if f6.Group != "North Korea" {
		t.Errorf("6,000: group %q, want North Korea", f6.Group)
	}
	if at := attributionOf(d, f6); at == nil || !strings.EqualFold(at.Source.Text, "Some Western intelligence sources") {
		t.Errorf("6,000: attribution %+v, want some Western intelligence sources", at)
	}
	// 600: about 600 killed, part of the 15,000 deployed, from South
	// Korea's intelligence agency.
	f600 := figureText(d, "600")
	f15 := figureText(d, "15,000")
	if f600 == nil || f15 == nil {
		t.Fatalf("figures 600 and 15,000 missing: %v", figureTexts(d))
	}
	if f600.Value == nil || *f600.Value != 600 || f600.Bound != doc.Approx || f600.Measure != doc.Killed {
		t.Errorf("600: value=%v bound=%s measure=%s", f600.Value, f600.Bound, f600.Measure)
	}
	if f600.PartOf == nil || *f600.PartOf != f15.ID {
		t.Errorf("600: part_of %v, want %s (15,000)", f600.PartOf, f15.ID)
	}
	if at := attributionOf(d, f600); at == nil || at.Speaker != "South Korea's intelligence agency" {
		t.Errorf("600: attribution %+v, want South Korea's intelligence agency", at)
	}
	if f15.Value == nil || *f15.Value != 15000 || f15.Measure != doc.Deployed {
		t.Errorf("15,000: value=%v measure=%s", f15.Value, f15.Measure)
	}

	// Reuters could not verify the documentary footage.
	var footage bool
	for _, v := range d.Verification {
		if v.Status == doc.Unverified && v.Agent == "Reuters" && v.Target != nil && strings.Contains(v.Target.Text, "footage") && len(v.AppliesTo) > 0 {
			footage = true
		}
	}
	if !footage {
		t.Errorf("the unverified footage (Reuters) is missing: %+v", d.Verification)
	}

	// Kim's promise of a "beautiful life", attributed to him.
	var promise bool
	for _, at := range d.Attributions {
		if strings.Contains(at.Content.Text, "beautiful life") && at.Speaker == "Kim Jong Un" {
			promise = true
		}
	}
	if !promise {
		t.Errorf("the \"beautiful life\" promise is not attributed to Kim Jong Un: %+v", d.Attributions)
	}

	// What Kim expressed and praised is his; no piece of the sentence
	// between the two cues is a claim in the article's own voice.
	var expressed, praised *doc.Attribution
	for i := range d.Attributions {
		switch d.Attributions[i].Cue.Text {
		case "expressed":
			expressed = &d.Attributions[i]
		case "praised":
			praised = &d.Attributions[i]
		}
	}
	if expressed == nil || praised == nil || expressed.Cue.End >= praised.Cue.Start {
		t.Errorf("Kim's expressed grief and praise are not two attributions: %+v", d.Attributions)
	} else {
		for _, c := range d.Claims {
			if c.Asserter == "article" && c.End > expressed.Cue.End && c.Start < praised.Cue.Start {
				t.Errorf("a piece of Kim's statement is an article claim: %q", c.Text)
			}
		}
	}

	// Both self-contradictions, and the spread that is not one.
	var meeting, losses, spread bool
	for _, f := range d.Findings {
		switch {
		case f.Kind == doc.FindingNegation && f.Contradiction && strings.Contains(f.Items[1].Text, "not a meeting between Kim and Putin"):
			meeting = true
		case f.Kind == doc.FindingSubjectConflict && f.Contradiction && strings.Contains(f.Explanation, "North Korea") && strings.Contains(f.Explanation, "Russia"):
			losses = true
		case f.Kind == doc.FindingSpread && !f.Contradiction && hasItem(f, f6.ID) && hasItem(f, f600.ID):
			spread = strings.Contains(f.Explanation, "different measures") && strings.Contains(f.Explanation, "10")
		}
	}
	if !meeting {
		t.Errorf("the meeting contradiction is missing: %+v", d.Findings)
	}
	if !losses {
		t.Errorf("the heaviest-losses contradiction is missing: %+v", d.Findings)
	}
	if !spread {
		t.Errorf("the 6,000 vs 600 spread is missing or unexplained: %+v", d.Findings)
	}
}

func hasItem(f doc.Finding, id string) bool {
	for _, it := range f.Items {
		if it.ID == id {
			return true
		}
	}
	return false
}

func canonicals(d *doc.Document) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, e.Type+":"+e.Canonical)
	}
	return out
}

func figureTexts(d *doc.Document) []string {
	var out []string
	for _, f := range d.Figures {
		out = append(out, f.Text)
	}
	return out
}

// TestFastLeavesOutTheCore checks that Options.Fast drops the statistical
// core, and only it: the tokens carry no parts of speech or parse, yet the
// rules still find the source, cue and figure of a plain attribution.
func TestFastLeavesOutTheCore(t *testing.T) {
	art := doc.Article{Text: "The regional governor said on Monday that at least 12 people were killed in the strike."}
	for _, fast := range []bool{false, true} {
		an, err := New(Options{Fast: fast})
		if err != nil {
			t.Fatal(err)
		}
		d := an.Analyze(art)
		tagged := 0
		for _, tk := range d.Tokens {
			if tk.POS != "" || tk.Dep != "" {
				tagged++
			}
		}
		if fast && tagged != 0 || !fast && tagged != len(d.Tokens) {
			t.Errorf("fast=%v: %d of %d tokens tagged or parsed", fast, tagged, len(d.Tokens))
		}
		if len(d.Attributions) != 1 || d.Attributions[0].Source.Text != "The regional governor" || d.Attributions[0].Cue.Text != "said" {
			t.Errorf("fast=%v: attributions %+v", fast, d.Attributions)
		}
		if len(d.Figures) != 1 || d.Figures[0].Measure != doc.Killed {
			t.Errorf("fast=%v: figures %+v", fast, d.Figures)
		}
	}
}
