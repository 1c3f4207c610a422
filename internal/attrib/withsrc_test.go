package attrib

import "testing"

// TestWithSource checks that a participle cue opened by "with" takes the
// noun phrase between them as its source, not the main clause's subject.
func TestWithSource(t *testing.T) {
	checkLines(t, []wantLines{
		{"a poll's share",
			"The poll put Ortiz ahead, with 41 percent of residents saying they trust her.",
			[]string{"41 percent of residents | saying | they trust her | indirect"}},
		{"a named rival",
			"Lee won the primary easily, with rival Tom Diaz calling the result a fraud.",
			[]string{"rival Tom Diaz | calling | the result a fraud | indirect"}},
		{"an adverb before the participle stays in the cue",
			"The race tightened, with Diaz repeatedly calling the count a farce.",
			[]string{"Diaz | repeatedly calling | the count a farce | indirect"}},
		{"a clause after the noun keeps its own subject",
			"Voters met with the judge she is hoping to replace.",
			[]string{"she | is hoping | to replace | indirect"}},
	})
}
