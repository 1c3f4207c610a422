package attrib

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/nlp"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// TestShowCues checks a document that shows a finding from a distance, and
// the senses of "show" that report nothing.
func TestShowCues(t *testing.T) {
	checkLines(t, []wantLines{
		{"records show a finding without that",
			"The harbor logs showed the dredger idle for most of August.",
			[]string{"The harbor logs | showed | the dredger idle for most of August | indirect"}},
		{"a person shows up",
			"Mayor Lindqvist showed up late to the ribbon cutting.",
			nil},
		{"a film is shown",
			"The documentary was shown at the library on Friday.",
			nil},
	})
}

// TestFindingSourceHead checks that the finding noun must head the
// subject: "survey crews" are people, "the survey" is a finding.
func TestFindingSourceHead(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int
		want bool
	}{
		{"Survey crews showed the farmers a map.", 2, false},
		{"The county survey showed a drop.", 3, true},
	} {
		d := doc.New(doc.Article{Text: c.text})
		tokenize.Tokenize(d)
		nlp.Annotate(d)
		if len(d.Warnings) > 0 {
			t.Skipf("language core not available: %v", d.Warnings)
		}
		x := &extractor{d: d, used: make([]bool, len(d.Tokens)), inQuote: make([]int8, len(d.Tokens))}
		if got := x.findingSource(srcSpan{0, c.n}); got != c.want {
			t.Errorf("%s: findingSource = %v, want %v", c.text, got, c.want)
		}
	}
}
