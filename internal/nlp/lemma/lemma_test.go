package lemma

import (
	"bytes"
	"testing"
)

func TestLemma(t *testing.T) {
	train := []Example{
		{"cities", "NNS", "city"}, {"parties", "NNS", "party"}, {"armies", "NNS", "army"},
		{"troops", "NNS", "troop"}, {"soldiers", "NNS", "soldier"}, {"reports", "NNS", "report"},
		{"went", "VBD", "go"}, {"killed", "VBD", "kill"}, {"wounded", "VBD", "wound"}, {"said", "VBD", "say"},
		{"said", "VBD", "say"}, {"attacked", "VBD", "attack"},
		{"Moscow", "NNP", "Moscow"}, {"Kyiv", "NNP", "Kyiv"}, {"The", "DT", "the"}, {"the", "DT", "the"},
		{"running", "VBG", "run"}, {"walking", "VBG", "walk"}, {"talking", "VBG", "talk"},
	}
	l := Train(train)
	cases := []struct{ form, tag, want string }{
		{"ladies", "NNS", "lady"},      // -ies rule
		{"Officers", "NNS", "officer"}, // lower-cased, -s rule
		{"went", "VBD", "go"},          // exception
		{"Went", "VBD", "go"},          // exception, any case
		{"shelled", "VBD", "shell"},    // -ed rule
		{"Kharkiv", "NNP", "Kharkiv"},  // proper noun keeps its form
		{"THE", "DT", "the"},
		{"reading", "VBG", "read"},
	}
	for _, c := range cases {
		lower := toLower(c.form)
		if got := l.Lemma(c.form, lower, c.tag); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.form, c.tag, got, c.want)
		}
	}
}

// A loaded lemmatizer looks its tables up through an index; it must give
// what the maps give, for known and unknown forms and tags.
func TestIndexedLemmaMatchesMaps(t *testing.T) {
	l := Train([]Example{
		{"cities", "NNS", "city"}, {"parties", "NNS", "party"}, {"went", "VBD", "go"},
		{"killed", "VBD", "kill"}, {"attacked", "VBD", "attack"}, {"Moscow", "NNP", "Moscow"},
		{"running", "VBG", "run"}, {"walking", "VBG", "walk"}, {"better", "JJR", "good"},
		{"U.S.", "NNP", "U.S."}, {"naïve", "JJ", "naïve"}, {"cafés", "NNS", "café"},
	})
	var buf bytes.Buffer
	if err := l.Save(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if loaded.rules == nil || loaded.exc == nil {
		t.Fatal("Load did not index the tables")
	}
	for _, form := range []string{"cities", "Parties", "went", "killed", "shelled", "Moscow", "better",
		"U.S.", "naïve", "cafés", "", "a", "é", "walkings", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"} {
		for _, tag := range []string{"NNS", "VBD", "VBG", "NNP", "JJR", "JJ", "XX", ""} {
			lower := toLower(form)
			if a, b := l.Lemma(form, lower, tag), loaded.Lemma(form, lower, tag); a != b {
				t.Errorf("Lemma(%q, %s): %q from the maps, %q indexed", form, tag, a, b)
			}
		}
	}
}

func toLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
