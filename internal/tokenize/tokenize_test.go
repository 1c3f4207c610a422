package tokenize

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

func tokens(text string) []string {
	d := doc.New(doc.Article{Text: text})
	Tokenize(d)
	out := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = t.Text
	}
	return out
}

func TestTokens(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Kim didn't go.", "Kim|did|n't|go|."},
		{"They can't stay.", "They|ca|n't|stay|."},
		{"The agency's estimate, at 6,000, was high.", "The|agency|'s|estimate|,|at|6,000|,|was|high|."},
		{"Mr. Lee met U.S. officials on Jan. 3.", "Mr.|Lee|met|U.S.|officials|on|Jan.|3|."},
		{`"It was a 25-minute film," he said.`, `"|It|was|a|25-minute|film|,|"|he|said|.`},
		{"Costs hit US$14 billion (€3.5m) — a 40% rise…", "Costs|hit|US$|14|billion|(|€|3.5m|)|—|a|40|%|rise|…"},
		{"See https://example.org/a?b=1. Then go.", "See|https://example.org/a?b=1|.|Then|go|."},
		{"“We’re ready,” she said.", "“|We|’re|ready|,|”|she|said|."},
		{"the soldiers' families", "the|soldiers|'|families"},
		{"J. R. Smith wrote -5 degrees", "J.|R.|Smith|wrote|-5|degrees"},
		{"wait... what", "wait|...|what"},
		{"''It is over,'' he said.", "''|It|is|over|,|''|he|said|."},
		// Runs of marks stay together, as in UD English.
		{"Really?! No way!!! ***update*** wait....", "Really|?!|No|way|!!!|***|update|***|wait|...."},
		{"The U.S.. Then", "The|U.S.|.|Then"},
	}
	for _, c := range cases {
		got := strings.Join(tokens(c.in), "|")
		if got != c.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestOffsetsAreCodePoints(t *testing.T) {
	text := "Él dijo “sí” — 3 €"
	d := doc.New(doc.Article{Text: text})
	Tokenize(d)
	runes := []rune(text)
	for _, tok := range d.Tokens {
		if got := string(runes[tok.Start:tok.End]); got != tok.Text {
			t.Errorf("token %q: runes[%d:%d] = %q", tok.Text, tok.Start, tok.End, got)
		}
		if got := text[tok.ByteStart:tok.ByteEnd]; got != tok.Text {
			t.Errorf("token %q: bytes give %q", tok.Text, got)
		}
	}
}

func sentences(text string) []string {
	d := doc.New(doc.Article{Text: text})
	Tokenize(d)
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Start, s.End))
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Mr. Lee arrived. He spoke.", []string{"Mr. Lee arrived.", "He spoke."}},
		{`"We will win," she said. "Soon."`, []string{`"We will win," she said.`, `"Soon."`}},
		{`He asked, "Why?" and left.`, []string{`He asked, "Why?" and left.`}},
		{"Troops left the U.S. The war ended.", []string{"Troops left the U.S.", "The war ended."}},
		{"Talks with U.S. officials ended.", []string{"Talks with U.S. officials ended."}},
		{"A headline\nThe body starts here. It goes on.", []string{"A headline", "The body starts here.", "It goes on."}},
		{"A line that wraps\nin the middle.", []string{"A line that wraps\nin the middle."}},
		{"Gen. Park said so. Dr. Kim agreed.", []string{"Gen. Park said so.", "Dr. Kim agreed."}},
		{"It rose 3.5% in 2024. Prices fell.", []string{"It rose 3.5% in 2024.", "Prices fell."}},
		// Web text often starts sentences in lower case after ! ? or a
		// full stop that is not an abbreviation's.
		{"Great service!!! i will be back. the staff was kind.", []string{"Great service!!!", "i will be back.", "the staff was kind."}},
		{"He waited... then left.", []string{"He waited... then left."}},
		{"Talks resumed in the U.S. on Monday.", []string{"Talks resumed in the U.S. on Monday."}},
		// A month abbreviation closing a day range keeps its period.
		{"The talks ran Nov. 18-Dec. 19 in Geneva. They failed.", []string{"The talks ran Nov. 18-Dec. 19 in Geneva.", "They failed."}},
		{"The fair closes on 18-Dec. The town empties.", []string{"The fair closes on 18-Dec.", "The town empties."}},
		// A closing '' (typewriter-style quotes) belongs to its sentence.
		{"He called it ``a disgrace.'' Then he left.", []string{"He called it ``a disgrace.''", "Then he left."}},
	}
	for _, c := range cases {
		got := sentences(c.in)
		if strings.Join(got, "§") != strings.Join(c.want, "§") {
			t.Errorf("sentences(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	d := doc.New(doc.Article{Text: "One. Two.\n\nThree.\nFour."})
	Tokenize(d)
	var got []int
	for _, s := range d.Sentences {
		got = append(got, s.Paragraph)
	}
	want := []int{0, 0, 1, 2}
	if len(got) != len(want) {
		t.Fatalf("paragraphs %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("paragraphs %v, want %v", got, want)
		}
	}
}

// TestLowerMatchesToLower checks that every token's Lower is exactly
// strings.ToLower of its text, whichever way lowerAll took: ASCII words
// sharing one string, other scripts, clitics and words already lower.
func TestLowerMatchesToLower(t *testing.T) {
	for _, text := range []string{
		"The U.S. Senate voted; Obama's aides didn't CONFIRM it.",
		"Ärzte in MÜNCHEN und İstanbul sagten: „Nein“.",
		"already lower case, nothing to do",
		"",
		"X",
	} {
		d := doc.New(doc.Article{Text: text})
		Tokenize(d)
		for _, tk := range d.Tokens {
			if want := strings.ToLower(tk.Text); tk.Lower != want {
				t.Errorf("%q: Lower of %q = %q, want %q", text, tk.Text, tk.Lower, want)
			}
		}
	}
}
