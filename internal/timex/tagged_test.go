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
	d := doc.New(doc.Article{Text: text, Published: ref})
	tokenize.Tokenize(d)
	nlp.Annotate(d)
	got := find(d, Options{}, nil)
	if len(got) != len(wants) {
		t.Errorf("%q: got %d expressions %s, want %d", text, len(got), describe(got), len(wants))
		return
	}
	for i, w := range wants {
		g := got[i]
		if g.Text != w.text || g.Type != w.typ || g.Value != w.value || g.Mod != w.mod {
			t.Errorf("%q: expression %d = %q %s %s %q, want %q %s %s %q",
				text, i, g.Text, g.Type, g.Value, g.Mod, w.text, w.typ, w.value, w.mod)
		}
	}
}
