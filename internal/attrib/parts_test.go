package attrib

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// A content that its cue interrupts is one attribution: Content runs from
// its first piece to its last, Parts holds the pieces.
func TestJoinParts(t *testing.T) {
	cases := []struct {
		name, text  string
		content     string
		parts       []string
		contentText string
	}{
		{"parenthetical cue", "The new bridge, the engineers said, will open in May.",
			"The new bridge, the engineers said, will open in May",
			[]string{"The new bridge", "will open in May"}, "The new bridge … will open in May"},
		{"writer's hedge", "The final ruling is expected to arrive before the harvest festival.",
			"The final ruling is expected to arrive before the harvest festival",
			[]string{"The final ruling", "to arrive before the harvest festival"},
			"The final ruling … to arrive before the harvest festival"},
		{"one piece", "The engineers said the bridge will open in May.",
			"the bridge will open in May", nil, "the bridge will open in May"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := analyse(c.text)
			if len(d.Attributions) != 1 {
				var got []string
				for _, a := range d.Attributions {
					got = append(got, show(a)...)
				}
				t.Fatalf("want one attribution, got %q", got)
			}
			a := d.Attributions[0]
			if a.Content.Text != c.content {
				t.Errorf("content %q, want %q", a.Content.Text, c.content)
			}
			if len(a.Parts) != len(c.parts) {
				t.Fatalf("parts %d, want %d", len(a.Parts), len(c.parts))
			}
			for i, p := range a.Parts {
				if p.Text != c.parts[i] {
					t.Errorf("part %d %q, want %q", i, p.Text, c.parts[i])
				}
			}
			if got := a.ContentText(); got != c.contentText {
				t.Errorf("content text %q, want %q", got, c.contentText)
			}
		})
	}
}

// A quotation that runs on in a later sentence stays a statement of its
// own, with the source and cue of the first.
func TestQuotationRunOnStaysApart(t *testing.T) {
	d := analyse(`"The bridge is safe," the engineer said. "It will open in May."`)
	var got []string
	for _, a := range d.Attributions {
		if len(a.Parts) > 0 {
			t.Errorf("%s: unexpected parts %v", a.ID, a.Parts)
		}
		got = append(got, show(a)...)
	}
	want := []string{
		`the engineer | said | "The bridge is safe," | direct`,
		`the engineer | said | "It will open in May." | direct`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %q, want %q", got[i], want[i])
		}
	}
}

// A number in the source that interrupts a content is not the content's:
// "the two engineers" put no figure on the bridge.
func TestLinkFiguresSkipsTheInterruption(t *testing.T) {
	text := `The new bridge, the two engineers said, will carry 40 lorries a day.`
	d := analyse(text)
	for _, w := range []string{"40", "two"} {
		i := strings.Index(text, w)
		d.Figures = append(d.Figures, doc.Figure{ID: "f" + w, Start: i, End: i + len(w), Text: w})
	}
	LinkFigures(d)
	if len(d.Attributions) != 1 || len(d.Attributions[0].Parts) != 2 {
		t.Fatalf("want one attribution in two pieces, got %+v", d.Attributions)
	}
	if f := d.Figures[0]; f.Attribution == nil {
		t.Errorf("40 inside the content has no attribution")
	}
	if f := d.Figures[1]; f.Attribution != nil {
		t.Errorf("two, in the source, is linked to %s", *f.Attribution)
	}
}
