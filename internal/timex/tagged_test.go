package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/nlp"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// checkTagged is check with the language core's tags on the tokens, as the
// analyser runs the time tagger: rules that read parts of speech are
// tested on what the tagger really says, not on tags written by hand.
func checkTagged(t *testing.T, text string, ref time.Time, wants []want) {
	t.Helper()
	compare(t, text, findAnnotated(text, ref), wants)
}

// findAnnotated is Find after the language core, as the analyser runs it.
func findAnnotated(text string, ref time.Time) []Match {
	d := doc.New(doc.Article{Text: text, Published: ref})
	tokenize.Tokenize(d)
	nlp.Annotate(d)
	return find(d, Options{}, nil)
}
