package syntax

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

func tokenized(text string) *doc.Document {
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	return d
}

func index(d *doc.Document, word string) int {
	for i, t := range d.Tokens {
		if t.Text == word {
			return i
		}
	}
	return -1
}

func TestGuess(t *testing.T) {
	cases := []struct{ text, word, want string }{
		{"The report was late.", "report", "NOUN"},
		{"Officials report delays.", "report", "VERB"},
		{"Emily Chen said so.", "Emily", "PROPN"},
		{"Reportedly, the dam broke.", "Reportedly", "ADV"},
		{"They held a meeting in Oslo.", "meeting", "NOUN"},
		{"They were meeting in Oslo.", "meeting", "VERB"},
		{"It rose by 40 percent.", "40", "NUM"},
		{"The talks, as planned, ended.", "as", "ADP"},
	}
	for _, c := range cases {
		d := tokenized(c.text)
		if got := POS(d, index(d, c.word)); got != c.want {
			t.Errorf("%q: POS(%s) = %s, want %s", c.text, c.word, got, c.want)
		}
	}
}

func TestNounPhrases(t *testing.T) {
	cases := []struct{ text, last, want string }{
		{"South Korea's intelligence agency estimates that", "agency", "South Korea's intelligence agency"},
		{"Some Western intelligence sources suggest", "sources", "Some Western intelligence sources"},
		{"Then the coach Robert \"Bobby\" Lane said", "Lane", "the coach Robert \"Bobby\" Lane"},
		{"Then Rep. Ann Cole (D-Ore.) said", ")", "Rep. Ann Cole (D-Ore.)"},
	}
	for _, c := range cases {
		d := tokenized(c.text)
		last := index(d, c.last)
		first := NounPhraseEndingAt(d, last)
		if first < 0 {
			t.Errorf("%q: no noun phrase ends at %q", c.text, c.last)
			continue
		}
		if got := d.TokenSpan(first, last+1).Text; got != c.want {
			t.Errorf("%q: noun phrase %q, want %q", c.text, got, c.want)
		}
	}
	d := tokenized("He met a spokeswoman for the agency on Friday.")
	start := index(d, "a")
	if got := d.TokenSpan(start, NounPhraseStartingAt(d, start, true)).Text; got != "a spokeswoman for the agency" {
		t.Errorf("noun phrase with attachment: %q", got)
	}
	for _, c := range []struct{ text, from, want string }{
		{"He quit, according to one of his longtime advisers.", "one", "one of his longtime advisers"},
		{"He quit, according to many of the delegates.", "many", "many of the delegates"},
		{"He quit, according to one.", "one", ""},
	} {
		d := tokenized(c.text)
		start := index(d, c.from)
		if got := d.TokenSpan(start, NounPhraseStartingAt(d, start, true)).Text; got != c.want {
			t.Errorf("partitive %q: got %q, want %q", c.text, got, c.want)
		}
	}
}

func TestSubjectEndingAt(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Anna Berg, a doctor at the clinic, said it.", "Anna Berg, a doctor at the clinic"},
		{"The authority, which runs the dam, denied it.", "The authority, which runs the dam"},
		{"Several aid workers in the valley, who asked not to be named, said it.", "Several aid workers in the valley, who asked not to be named"},
	}
	for _, c := range cases {
		d := tokenized(c.text)
		// The subject ends at the comma before the verb.
		last := -1
		for i, tk := range d.Tokens {
			if tk.Text == "," {
				last = i
			}
		}
		first, limit := SubjectEndingAt(d, last)
		if first < 0 {
			t.Errorf("%q: no subject", c.text)
			continue
		}
		if got := d.TokenSpan(first, limit).Text; got != c.want {
			t.Errorf("%q: subject %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLemma(t *testing.T) {
	d := tokenized("They met at meetings and suffered losses; casualties mounted.")
	want := map[string]string{"met": "meet", "meetings": "meet", "suffered": "suffer", "losses": "loss", "casualties": "casualty", "mounted": "mount"}
	for w, l := range want {
		if got := Lemma(d, index(d, w)); got != l {
			t.Errorf("Lemma(%s) = %s, want %s", w, got, l)
		}
	}
}
