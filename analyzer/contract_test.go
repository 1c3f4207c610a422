package analyzer

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/reader"
	"github.com/crosscheck-news/crosscheck/internal/render"
	"github.com/crosscheck-news/crosscheck/internal/schematest"
)

// contractInputs are the articles whose JSON output is checked against the
// schema: the bundled examples, some awkward inputs, and the seed when
// ../shared is there.
func contractInputs(t *testing.T) []doc.Article {
	t.Helper()
	var arts []doc.Article
	paths, err := filepath.Glob("../examples/*.txt")
	if err != nil || len(paths) < 2 {
		t.Fatalf("want at least two bundled examples, found %v (%v)", paths, err)
	}
	for _, p := range paths {
		got, errs, err := reader.ReadFile(p, reader.Options{})
		if err != nil || len(errs) > 0 || len(got) != 1 {
			t.Fatalf("%s: %v %v (%d articles)", p, err, errs, len(got))
		}
		arts = append(arts, got...)
	}
	for _, text := range []string{
		"Ünïcödé “quotes” — and emoji 🙂 in “Zürich,” said Ana Ruiz.",
		"no punctuation at all and no capitals either just words",
		"\"", "“Unclosed quote in a one-line article",
		"The briefing starts at 3pm EST on Friday, officials said.",
	} {
		arts = append(arts, doc.Article{Text: text, Title: "awkward"})
	}
	if b, err := os.ReadFile("../../shared/data/seed/kursk-parade-2025.txt"); err == nil {
		arts = append(arts, doc.Article{Text: string(b), Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)})
	}
	return arts
}

// TestJSONContract validates every output against the published schema and
// checks that every span's text is exactly the text at its code-point
// offsets.
func TestJSONContract(t *testing.T) {
	sch := schematest.Load(t, "../docs/schema/document.schema.json")
	an, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, art := range contractInputs(t) {
		d := an.Analyze(art)
		var buf bytes.Buffer
		if err := render.JSON(&buf, d); err != nil {
			t.Fatal(err)
		}
		if err := schematest.Validate(sch, buf.Bytes()); err != nil {
			t.Errorf("%.40q: output does not match the schema: %v", art.Text, err)
		}
		var generic any
		if err := json.Unmarshal(buf.Bytes(), &generic); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, []rune(art.Text), generic, "$")
		checkIDs(t, d)
	}
}

// checkSpans walks the JSON and checks every object with start, end and
// text against the article's code points.
func checkSpans(t *testing.T, runes []rune, v any, path string) {
	switch x := v.(type) {
	case map[string]any:
		s, okS := x["start"].(float64)
		e, okE := x["end"].(float64)
		txt, okT := x["text"].(string)
		if okS && okE && okT {
			if s < 0 || e < s || int(e) > len(runes) {
				t.Errorf("%s: offsets %v–%v out of range (text has %d code points)", path, s, e, len(runes))
			} else if got := string(runes[int(s):int(e)]); got != txt {
				t.Errorf("%s: text %q but the article has %q at %v–%v", path, txt, got, s, e)
			}
		}
		for k, c := range x {
			checkSpans(t, runes, c, path+"."+k)
		}
	case []any:
		for i, c := range x {
			checkSpans(t, runes, c, path+"["+itoa(i)+"]")
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// checkIDs checks that every cross-reference names an annotation that
// exists.
func checkIDs(t *testing.T, d *doc.Document) {
	ids := map[string]bool{}
	for _, e := range d.Entities {
		ids[e.ID] = true
	}
	for _, x := range d.Times {
		ids[x.ID] = true
	}
	for _, f := range d.Figures {
		ids[f.ID] = true
	}
	for _, a := range d.Attributions {
		ids[a.ID] = true
	}
	for _, c := range d.Claims {
		ids[c.ID] = true
	}
	ref := func(what, id string) {
		if !ids[id] {
			t.Errorf("%s refers to %q, which does not exist", what, id)
		}
	}
	for _, f := range d.Figures {
		if f.PartOf != nil {
			ref(f.ID+".part_of", *f.PartOf)
		}
		if f.Attribution != nil {
			ref(f.ID+".attribution", *f.Attribution)
		}
	}
	for _, a := range d.Attributions {
		if a.Entity != "" {
			ref(a.ID+".entity", a.Entity)
		}
	}
	for _, v := range d.Verification {
		for _, id := range v.AppliesTo {
			ref(v.ID+".applies_to", id)
		}
	}
	for _, c := range d.Claims {
		for _, id := range append(append(append([]string{}, c.Figures...), c.Times...), c.Entities...) {
			ref(c.ID, id)
		}
		if c.Attribution != nil {
			ref(c.ID+".attribution", *c.Attribution)
		}
	}
	for _, f := range d.Findings {
		for _, it := range f.Items {
			if it.ID != "" {
				ref(f.ID, it.ID)
			}
		}
	}
}
