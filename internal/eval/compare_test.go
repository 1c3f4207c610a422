package eval

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/compare/corrupt"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
)

func TestJudge(t *testing.T) {
	s := corrupt.Sample{Kind: corrupt.NumberChange, Spans: []doc.Span{{Start: 10, End: 13}},
		Accept: []string{compare.FigureChanged, compare.FigureInvented}}
	rep := func(kind string, start, end int) *compare.Report {
		return &compare.Report{Verdict: compare.VerdictChangesFacts, Findings: []compare.Finding{{Kind: kind, Derived: doc.Span{Start: start, End: end}}}}
	}
	for _, c := range []struct {
		name             string
		r                *compare.Report
		changed, located bool
	}{
		{"right kind, overlapping", rep(compare.FigureChanged, 0, 11), true, true},
		{"right kind, elsewhere", rep(compare.FigureChanged, 13, 20), true, false},
		{"wrong kind, overlapping", rep(compare.TimeMoved, 10, 13), true, false},
		{"faithful", &compare.Report{Verdict: compare.VerdictFaithful}, false, false},
	} {
		o := judge(s, c.r)
		if o.changed != c.changed || o.located != c.located {
			t.Errorf("%s: changed %v located %v, want %v %v", c.name, o.changed, o.located, c.changed, c.located)
		}
	}
	ctl := judge(corrupt.Sample{Kind: corrupt.LightEdit, Variant: "style"}, rep(compare.FigureChanged, 0, 5))
	if !ctl.control || !ctl.changed || ctl.located {
		t.Errorf("control with a finding: %+v", ctl)
	}
}

// TestDescribeMiss checks that a missed corruption is listed with the
// derived text around it, the change marked, so that a developer can see
// the sentence compare failed on.
func TestDescribeMiss(t *testing.T) {
	s := corrupt.Sample{Kind: corrupt.DateShift, Variant: "weekday", Before: "Monday", After: "Friday",
		Text: "The harbour board met on Friday to approve the dredging plan.", Spans: []doc.Span{{Start: 25, End: 31}}}
	got := describeMiss("harbour.txt", s, compareOutcome{kind: s.Kind}, &compare.Report{Verdict: compare.VerdictFaithful})
	want := "harbour.txt: missed date_shift/weekday “Monday” → “Friday” in “The harbour board met on ⟦Friday⟧ to approve the dredging plan.” (verdict faithful)"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestScoreCompare(t *testing.T) {
	perfect := []compareOutcome{
		{kind: corrupt.EntitySwap, changed: true, located: true},
		{kind: corrupt.NegationFlip, changed: true, located: true},
		{kind: corrupt.Unchanged, control: true},
		{kind: corrupt.LightEdit, variant: "reorder", control: true},
	}
	m := scoreCompare(perfect)
	for _, k := range []string{"recall", "verdict_recall", "entity_swap_recall", "negation_flip_verdict_recall"} {
		if m[k] != 100 {
			t.Errorf("perfect: %s = %v, want 100", k, m[k])
		}
	}
	for _, k := range []string{"false_alarm", "unchanged_false_alarm", "light_edit_false_alarm", "light_reorder_false_alarm"} {
		if m[k] != 0 {
			t.Errorf("perfect: %s = %v, want 0", k, m[k])
		}
	}
	empty := scoreCompare(nil)
	for _, k := range []string{"recall", "verdict_recall", "false_alarm", "entity_swap_n", "date_shift_recall"} {
		if empty[k] != 0 {
			t.Errorf("empty: %s = %v, want 0", k, empty[k])
		}
	}
	// Four entity swaps: one located, two found only by the verdict, one
	// missed; three light edits, one alarmed; one unchanged, silent.
	partial := []compareOutcome{
		{kind: corrupt.EntitySwap, changed: true, located: true},
		{kind: corrupt.EntitySwap, changed: true},
		{kind: corrupt.EntitySwap, changed: true},
		{kind: corrupt.EntitySwap},
		{kind: corrupt.LightEdit, variant: "style", control: true, changed: true},
		{kind: corrupt.LightEdit, variant: "style", control: true},
		{kind: corrupt.LightEdit, variant: "reorder", control: true},
		{kind: corrupt.Unchanged, control: true},
	}
	m = scoreCompare(partial)
	want := map[string]float64{
		"entity_swap_n": 4, "entity_swap_recall": 25, "entity_swap_verdict_recall": 75, "recall": 25, "verdict_recall": 75,
		"light_edit_n": 3, "light_edit_false_alarm": 33.3, "light_style_false_alarm": 50, "light_reorder_false_alarm": 0,
		"unchanged_false_alarm": 0, "unchanged_n": 1, "false_alarm": 25, "negation_flip_n": 0,
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("partial: %s = %v, want %v", k, m[k], v)
		}
	}
}

// TestCompareTaskOnCorpora runs the task on two articles of each corpus:
// every corruption kind and control is made and judged.
func TestCompareTaskOnCorpora(t *testing.T) {
	data := corpora.Dir(t)
	r, err := Run([]string{"compare"}, Options{Data: data, Limit: 2, Errors: 5})
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []string{"polnear_dev", "meantime"} {
		m := r.Tasks["compare"][set]
		if m["documents"] == 0 || m["unchanged_n"] == 0 || m["light_edit_n"] == 0 {
			t.Errorf("%s: nothing measured: %v", set, m)
		}
		n := 0.0
		for _, k := range corrupt.Corruptions {
			n += m[k+"_n"]
			if m[k+"_recall"] > m[k+"_verdict_recall"] {
				t.Errorf("%s: %s located recall above verdict recall", set, k)
			}
		}
		if n < 8 {
			t.Errorf("%s: only %v corruptions made from %v articles", set, n, m["documents"])
		}
	}
}
