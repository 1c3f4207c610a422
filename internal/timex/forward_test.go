package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// qref is a Tuesday morning, the kind of moment a query is typed at.
var qref = time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)

func checkWith(t *testing.T, text string, ref time.Time, o Options, wants []want) {
	t.Helper()
	got := FindWith(text, ref, o)
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

func TestDirection(t *testing.T) {
	cases := []struct {
		text      string
		past, fut string
	}{
		{"Friday", "2013-02-08", "2013-02-15"},
		{"tuesday", "2013-02-12", "2013-02-19"}, // said on a Tuesday: today, or the coming one
		{"this monday", "2013-02-11", "2013-02-18"},
		{"November", "2012-11", "2013-11"},
		{"February 5", "2013-02-05", "2014-02-05"},
		{"the 3rd of March", "2013-03-03", "2013-03-03"},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, []want{{c.text, doc.Date, c.past, ""}})
		checkWith(t, c.text, qref, Options{Direction: Future}, []want{{c.text, doc.Date, c.fut, ""}})
	}
	// A cue in the sentence wins over the default.
	checkWith(t, "They met on Friday, officials said.", qref, Options{Direction: Future},
		[]want{{"Friday", doc.Date, "2013-02-08", ""}})
	checkWith(t, "They will meet on Friday.", qref, Options{}, []want{{"Friday", doc.Date, "2013-02-15", ""}})
}
