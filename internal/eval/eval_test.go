package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/corpora"
)

func TestScoreAttributions(t *testing.T) {
	text := "Officials said the dam held , but residents said it broke ."
	toks := tokenRanges(text)
	// Officials(0,9) said(10,14) the dam held(15,27) … residents(34,43) said(44,48) it broke(49,57)
	gold := []relation{
		{source: Span{{0, 9}}, cue: Span{{10, 14}}, content: Span{{15, 27}}},
		{source: Span{{34, 43}}, cue: Span{{44, 48}}, content: Span{{49, 57}}},
	}
	perfect := scoreAttributions(gold, gold, toks)
	for k, c := range perfect {
		if c.F1() != 1 {
			t.Errorf("perfect prediction: %s F1 = %v", k, c.F1())
		}
	}
	empty := scoreAttributions(gold, nil, toks)
	for k, c := range empty {
		if c.F1() != 0 {
			t.Errorf("empty prediction: %s F1 = %v", k, c.F1())
		}
	}
	// One relation right by overlap only (content one token short), one
	// predicted with the wrong cue, one spurious.
	pred := []relation{
		{source: Span{{0, 9}}, cue: Span{{10, 14}}, content: Span{{19, 27}}},
		{source: Span{{34, 43}}, cue: Span{{49, 51}}, content: Span{{49, 57}}},
		{source: Span{{0, 3}}, cue: Span{{52, 57}}, content: Span{{15, 18}}},
	}
	c := scoreAttributions(gold, pred, toks)
	if got := c["relation_overlap"]; got != (PRF{TP: 1, FP: 2, FN: 1}) {
		t.Errorf("relation_overlap = %+v", got)
	}
	if got := c["relation_exact"]; got != (PRF{TP: 0, FP: 3, FN: 2}) {
		t.Errorf("relation_exact = %+v", got)
	}
	if got := c["content_exact"]; got != (PRF{TP: 1, FP: 2, FN: 1}) {
		t.Errorf("content_exact = %+v", got)
	}
	if got := c["source_exact"]; got != (PRF{TP: 2, FP: 1, FN: 0}) {
		t.Errorf("source_exact = %+v", got)
	}
}

func TestScoreTimes(t *testing.T) {
	text := "He left on Monday and returned two weeks later ."
	toks := tokenRanges(text)
	gold := []timex{{start: 11, end: 17, typ: "DATE", value: "2025-05-12"}, {start: 31, end: 46, typ: "DURATION", value: "P2W"}}
	pred := []timex{{start: 8, end: 17, typ: "DATE", value: "2025-05-12"}, {start: 31, end: 40, typ: "DURATION", value: "P3W"}}
	strict, relaxed, value, typeOK, valueOK, matched := scoreTimes(gold, pred, toks)
	if strict.TP != 0 || relaxed.TP != 2 || matched != 2 || typeOK != 2 || valueOK != 1 {
		t.Errorf("strict %+v relaxed %+v typeOK %d valueOK %d", strict, relaxed, typeOK, valueOK)
	}
	if value != (PRF{TP: 1, FP: 1, FN: 1}) {
		t.Errorf("value = %+v", value)
	}
}

func TestSameValue(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"2000-W7", "2000-W07", true},
		{"2000-W07", "2000-W7", true},
		{"2000-W7-WE", "2000-W07-WE", true},
		{"2000-W12", "2000-W12", true},
		{"2000-W7", "2000-W08", false},
		{"2000-W17", "2000-W07", false},
		{"XXXX-WXX", "XXXX-WXX", true},
		{"1998-02", "1998-2", false},
		{"P1W", "P01W", false},
	} {
		if got := sameValue(c.a, c.b); got != c.want {
			t.Errorf("sameValue(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestLoadBrat(t *testing.T) {
	dir := t.TempDir()
	ann := "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 20;25 30\tx\nT4\tAttribution 10 14\tsaid\n" +
		"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\nT5\tCue 40 44\tsaid\nT6\tContent 45 50\ty\nT7\tAttribution 40 44\tsaid\n" +
		"E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n"
	p := filepath.Join(dir, "a.ann")
	os.WriteFile(p, []byte(ann), 0o644)
	rels, err := loadBrat(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 2 || len(rels[0].content) != 2 || !rels[1].source.Empty() || rels[0].cue[0] != [2]int{10, 14} {
		t.Errorf("relations = %+v", rels)
	}
}

// TestQuickRun is CI's quick subset: each task on a few documents, with
// plausible counts.
func TestQuickRun(t *testing.T) {
	data := corpora.Dir(t)
	r, err := Run([]string{"attribution", "time", "entities", "figures", "dates", "stories"}, Options{Data: data, Limit: 3, Errors: 2})
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ task, set, key string }{
		{"attribution", "polnear_dev", "gold_relations"},
		{"time", "tbaq", "gold"},
		{"time", "meantime", "gold"},
		{"entities", "meantime", "documents"},
		{"entities", "uner_ewt_test", "documents"},
		{"figures", "meantime_value", "gold"},
		{"figures", "recognizers_number", "cases"},
		{"figures", "recognizers_currency", "cases"},
		{"figures", "duckling_numeral", "cases"},
		{"dates", "recognizers_datetime", "cases"},
		{"dates", "duckling_time", "cases"},
	}
	for _, c := range checks {
		if v := r.Tasks[c.task][c.set][c.key]; v <= 0 {
			t.Errorf("%s/%s %s = %v, want > 0", c.task, c.set, c.key, v)
		}
	}
	if f := r.Tasks["time"]["tbaq"]["relaxed_f1"]; f < 50 {
		t.Errorf("TBAQ relaxed F1 on three documents is %v: the time step or the loader is broken", f)
	}
	md := r.Markdown()
	if !strings.Contains(md, "| polnear_dev") || !strings.Contains(md, "#### time") {
		t.Errorf("markdown:\n%s", md)
	}
}

func TestMissingData(t *testing.T) {
	_, err := Run(nil, Options{Data: filepath.Join(t.TempDir(), "nope")})
	if err == nil || !strings.Contains(err.Error(), "not found") {
		t.Errorf("err = %v", err)
	}
}
