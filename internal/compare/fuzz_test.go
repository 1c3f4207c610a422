package compare

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
)

// FuzzCompare compares two arbitrary texts. Whatever they are, the report
// must come back (no panic, no hang), every span must cite its own text, the
// counts and verdict must agree with the findings, and the report must
// encode as JSON (it is the compare contract).
func FuzzCompare(f *testing.F) {
	for _, c := range cases[:6] {
		f.Add(c.src, c.der)
	}
	f.Add("", "Rebels killed 40 soldiers near the border.")
	f.Add("“Unclosed quote", "no punctuation at all")
	f.Add("Between 10 and 20 people died, police said.", "Between 10 and 20 people died.")
	an, err := analyzer.New(analyzer.Options{Published: published})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src, der string) {
		if !utf8.ValidString(src) || !utf8.ValidString(der) {
			return
		}
		done := make(chan [2]*doc.Document, 1)
		var r *Report
		go func() {
			s, d := an.Analyze(doc.Article{Text: src}), an.Analyze(doc.Article{Text: der})
			r = Compare(s, d)
			done <- [2]*doc.Document{s, d}
		}()
		var docs [2]*doc.Document
		select {
		case docs = <-done:
		case <-time.After(10 * time.Second):
			panic(fmt.Sprintf("comparing %q with %q did not finish in 10 s", src, der))
		}
		s, d := docs[0], docs[1]
		cites := func(what string, sp doc.Span, in *doc.Document) {
			if sp.Start < 0 || sp.End > in.Runes() || sp.Start > sp.End || in.Slice(sp.Start, sp.End) != sp.Text {
				t.Errorf("%s span %+v does not cite its text (%d code points)", what, sp, in.Runes())
			}
		}
		n := 0
		for _, fd := range r.Findings {
			if !slices.Contains(Kinds, fd.Kind) {
				t.Errorf("unknown finding kind %q", fd.Kind)
			}
			cites("derived", fd.Derived, d)
			if fd.Source != nil {
				cites("source", *fd.Source, s)
			}
		}
		for _, a := range r.Alignments {
			cites("aligned derived", a.Derived, d)
			if a.Source != nil {
				cites("aligned source", *a.Source, s)
			}
			if a.Coverage < 0 || a.Coverage > 1 {
				t.Errorf("coverage %v outside 0..1", a.Coverage)
			}
		}
		for _, c := range r.Counts {
			n += c
		}
		if n != len(r.Findings) || (r.Verdict == VerdictFaithful) != (len(r.Findings) == 0) {
			t.Errorf("verdict %q and counts %v disagree with %d findings", r.Verdict, r.Counts, len(r.Findings))
		}
		if _, err := json.Marshal(r); err != nil {
			t.Errorf("report does not encode: %v", err)
		}
	})
}
