package attrib

import "testing"

// TestNestedStances checks that a verb of thinking or wanting inside the
// content of a finite, active verb of saying is no attribution of its own.
func TestNestedStances(t *testing.T) {
	checkLines(t, []wantLines{
		{"a wish inside reported words",
			"Bell wrote in the bulletin that, like many traders, she hopes the market reopens.",
			[]string{"Bell | wrote | that, like many traders, she hopes the market reopens | indirect"}},
		{"a wish on its own",
			"The traders hope the market reopens.",
			[]string{"The traders | hope | the market reopens | indirect"}},
		{"inside a passive's clause it stays",
			"It was reported in the bulletin that, like many traders, Bell hopes the market reopens.",
			[]string{"Bell | hopes | the market reopens | indirect"}},
		{"a stance in a clause coordinated after a comma stays",
			"The bakery chain said flour prices fell 8 percent, and grocers expect cheaper bread by spring.",
			[]string{"The bakery chain | said | flour prices fell 8 percent | indirect",
				"grocers | expect | cheaper bread by spring | indirect"}},
		{"a stance coordinated inside the reported clause is still dropped",
			"The baker said that flour is scarce and she fears a shortage.",
			[]string{"The baker | said | that flour is scarce and she fears a shortage | indirect"}},
	})
}
