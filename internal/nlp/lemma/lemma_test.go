package lemma

import "testing"

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

func toLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
