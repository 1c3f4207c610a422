package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

func analyse(text string) *doc.Document {
	d := doc.New(doc.Article{Text: text, Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)})
	tokenize.Tokenize(d)
	Extract(d)
	return d
}

func find(d *doc.Document, typ, canonical string) *doc.Entity {
	for i := range d.Entities {
		if d.Entities[i].Type == typ && d.Entities[i].Canonical == canonical {
			return &d.Entities[i]
		}
	}
	return nil
}

func dump(t *testing.T, d *doc.Document) {
	t.Helper()
	for _, e := range d.Entities {
		var ms []string
		for _, m := range e.Mentions {
			s := m.Text
			if m.Pronoun {
				s += "(pron)"
			}
			ms = append(ms, s)
		}
		t.Logf("%s %-7s %-40q link=%q country=%q mentions=%s", e.ID, e.Type, e.Canonical, e.Link, e.Country, strings.Join(ms, " | "))
	}
}

// TestSeed checks the canonical example article end to end.
func TestSeed(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(corpora.Dir(t), "seed", "kursk-parade-2025.txt"))
	if err != nil {
		t.Skipf("seed article not readable: %v", err)
	}
	d := analyse(string(raw))
	if testing.Verbose() {
		dump(t, d)
	}
	for _, w := range []struct{ typ, canonical string }{
		{doc.Person, "Kim Jong Un"}, {doc.Person, "Vladimir Putin"},
		{doc.GPE, "North Korea"}, {doc.GPE, "Russia"}, {doc.GPE, "China"}, {doc.GPE, "Ukraine"},
		{doc.GPE, "Japan"}, {doc.GPE, "South Korea"}, {doc.Loc, "Kursk region"}, {doc.Org, "Reuters"},
		{doc.Org, "South Korea's intelligence agency"}, {doc.NORP, "North Korean"}, {doc.Event, "World War Two"},
	} {
		if find(d, w.typ, w.canonical) == nil {
			t.Errorf("no %s %q", w.typ, w.canonical)
		}
	}
	kim := find(d, doc.Person, "Kim Jong Un")
	putin := find(d, doc.Person, "Vladimir Putin")
	if kim == nil || putin == nil {
		return
	}
	short, he := 0, 0
	for _, m := range kim.Mentions {
		if m.Text == "Kim" {
			short++
		}
		if m.Pronoun && m.Text == "He" {
			he++
		}
	}
	// The seed names Kim alone several times and has two sentences opening
	// with "He" that refer to him.
	if short < 5 || he < 2 {
		t.Errorf("Kim Jong Un: %d short mentions, %d resolved \"He\"; want ≥5 and ≥2", short, he)
	}
	pshort := 0
	for _, m := range putin.Mentions {
		if m.Text == "Putin" {
			pshort++
		}
	}
	if pshort < 4 {
		t.Errorf("Vladimir Putin: %d short mentions, want ≥4", pshort)
	}
	if nk := find(d, doc.NORP, "North Korean"); nk != nil && (nk.Link != "North Korea" || nk.Country != "PRK") {
		t.Errorf("North Korean: link %q country %q", nk.Link, nk.Country)
	}
	for _, e := range d.Entities {
		if e.Type == doc.Person && e.Canonical != "Kim Jong Un" && e.Canonical != "Vladimir Putin" {
			t.Errorf("unexpected person %q", e.Canonical)
		}
	}
}

// BenchmarkExtractSeed measures the step on the canonical article; the
// reported MB/s is megabytes of article text per second.
func BenchmarkExtractSeed(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(corpora.Dir(b), "seed", "kursk-parade-2025.txt"))
	if err != nil {
		b.Skipf("seed article not readable: %v", err)
	}
	d := doc.New(doc.Article{Text: string(raw)})
	tokenize.Tokenize(d)
	toks := d.Tokens
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for b.Loop() {
		d.Entities = d.Entities[:0]
		d.Tokens = toks
		Extract(d)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(toks)), "ns/token")
}
