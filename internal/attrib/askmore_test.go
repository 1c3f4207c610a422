package attrib

import "testing"

// TestAskedMore checks questions put to a speaker that the opener rule
// missed: a clause closing the sentence after a comma, a bare participle
// after a speech tag, a question of one word, and an adverb or a phrase
// before the question.
func TestAskedMore(t *testing.T) {
	checkLines(t, []wantLines{
		{"when asked closing the sentence",
			`The harbor will stay open all winter, the mayor said, when asked whether the ferry would keep running.`,
			// The tag still keeps the clause as a second part of its
			// content; the question is now read on its own as well.
			[]string{`the mayor | said | The harbor will stay open all winter | indirect`, `the mayor | said | when asked whether the ferry would keep running | indirect`, `∅ | asked | whether the ferry would keep running | indirect`}},
		{"bare participle after a tag",
			`“It has taken far too long,” Okafor said, asked about the delay to the bridge.`,
			[]string{`Okafor | said | “It has taken far too long,” | direct`, `∅ | asked about | the delay to the bridge | indirect`}},
		{"one-word question",
			`When asked why, Halvorsen replied that the budget had run out.`,
			[]string{`∅ | asked | why | indirect`, `Halvorsen | replied | that the budget had run out | indirect`}},
		{"adverb before the question",
			`Asked specifically what should happen to the old depot, the residents were split.`,
			[]string{`∅ | Asked specifically | what should happen to the old depot | indirect`}},
		{"asked with an object: a request, not this rule",
			`Later, the tenants asked him to repair the roof.`,
			[]string{`the tenants | asked | to repair the roof | indirect`}},
		{"a time before the topic",
			`Asked Tuesday about Okafor, Lindqvist said she had never met him.`,
			[]string{`∅ | Asked | about Okafor | indirect`, `Lindqvist | said | she had never met him | indirect`}},
		{"not a question: asked for a refund",
			`The shop refused when the customer asked for a refund after the sale.`,
			nil},
		{"an aside inside the subject stays with the interrupted subject",
			`The row grew after Councillor Brandt, asked about the levy, had said the parks would close.`,
			[]string{`Councillor Brandt | had said | the parks would close | indirect`}},
	})
}
