package verify

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

func TestMarkers(t *testing.T) {
	cases := []struct {
		text                       string
		marker, status, agent, tgt string
	}{
		{"Reuters could not independently verify the footage presented in the documentary.",
			"could not independently verify", doc.Unverified, "Reuters", "the footage presented in the documentary"},
		{"This could not be independently verified.", "could not be independently verified", doc.Unverified, "", "This"},
		{"The exact scale of the losses remains unclear.", "remains unclear", doc.Unclear, "", "The exact scale of the losses"},
		{"The ministry denied the report.", "denied", doc.Denied, "The ministry", "the report"},
		{"It is not clear whether the dam was inspected.", "is not clear", doc.Unclear, "", "whether the dam was inspected"},
		{"Officials confirmed the death of the pilot.", "confirmed", doc.Confirmed, "Officials", "the death of the pilot"},
		{"The agency was unable to verify the video.", "was unable to verify", doc.Unverified, "The agency", "the video"},
		{"He dismissed the allegations as lies.", "dismissed", doc.Denied, "He", "the allegations"},
		{"Unverified videos showed smoke over the port.", "Unverified", doc.Unverified, "", "videos"},
		{"The figures are disputed by the opposition.", "disputed", doc.Disputed, "", ""},
	}
	for _, c := range cases {
		d := doc.New(doc.Article{Text: c.text})
		tokenize.Tokenize(d)
		Extract(d)
		if len(d.Verification) != 1 {
			t.Errorf("%q: want 1 marker, got %d: %+v", c.text, len(d.Verification), d.Verification)
			continue
		}
		m := d.Verification[0]
		tgt := ""
		if m.Target != nil {
			tgt = m.Target.Text
		}
		if m.Text != c.marker || m.Status != c.status || m.Agent != c.agent || tgt != c.tgt {
			t.Errorf("%q:\n got %q %s agent=%q target=%q\nwant %q %s agent=%q target=%q", c.text, m.Text, m.Status, m.Agent, tgt, c.marker, c.status, c.agent, c.tgt)
		}
	}
}

func TestNoMarker(t *testing.T) {
	for _, text := range []string{
		"The court dismissed the case on Monday.",
		"The dam was built in 1962 and holds back the river.",
		"She said it was clear that the plan had worked.",
	} {
		d := doc.New(doc.Article{Text: text})
		tokenize.Tokenize(d)
		Extract(d)
		if len(d.Verification) != 0 {
			t.Errorf("%q: want no marker, got %+v", text, d.Verification)
		}
	}
}
