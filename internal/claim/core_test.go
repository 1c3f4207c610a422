package claim_test

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
)

// TestNoDanglingAdjunctClaims runs the whole analyser, language core and
// all: a stretch left between two attributed parts of one sentence that has
// no finite verb and opens with a preposition is a piece of the reported
// statement, not a claim of the article's; a participle clause or a full
// clause the writer adds stays the article's.
func TestNoDanglingAdjunctClaims(t *testing.T) {
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text    string
		not     string // no claim of the article's contains this text
		article string // and one has this text ("" when none is wanted)
	}{
		{
			text: "At the ceremony, the mayor voiced her sorrow for failing to protect the workers and thanked the families for their courage.",
			not:  "for failing",
		},
		{
			text: "At the ceremony, the mayor voiced her sorrow for failing to protect the fallen workers and thanked the families for their courage.",
			not:  "for failing",
		},
		{
			text:    "The mayor said the town would rebuild, and the floodwaters receded overnight.",
			article: "and the floodwaters receded overnight",
		},
		{
			text:    "\"We will rebuild,\" the mayor said, before touring the flooded streets with engineers.",
			article: "before touring the flooded streets with engineers",
		},
		{
			text:    "The mayor thanked the families for their courage, and the council approved a memorial.",
			article: "and the council approved a memorial",
		},
	} {
		d := an.Analyze(doc.Article{Text: c.text})
		found := c.article == ""
		for _, cl := range d.Claims {
			if cl.Asserter == "article" && c.not != "" && strings.Contains(cl.Text, c.not) {
				t.Errorf("%q: dangling claim %q", c.text, cl.Text)
			}
			if cl.Asserter == "article" && cl.Text == c.article {
				found = true
			}
		}
		if !found {
			var got []string
			for _, cl := range d.Claims {
				got = append(got, cl.Asserter+": "+cl.Text)
			}
			t.Errorf("%q: no article claim %q in %q", c.text, c.article, got)
		}
	}
}
