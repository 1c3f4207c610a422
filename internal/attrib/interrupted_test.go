package attrib

import "testing"

// TestInterruptedSubjects checks speakers cut off from their verb of saying
// by an aside, on invented sentences, and near misses where the opening
// phrase is no speaker.
func TestInterruptedSubjects(t *testing.T) {
	checkLines(t, []wantLines{
		{"a name, an aside with its own verb, said",
			"Tovald, for instance, said he’s confident that the ferry will run through the winter.",
			[]string{"Tovald | said | he’s confident that the ferry will run through the winter | indirect"}},
		{"a title and name with a participle aside",
			"Harbor pilot Ines Varga, wrapped in a yellow coat that glowed in the fog, said the channel could close if the dredging stalls.",
			[]string{"Harbor pilot Ines Varga | said | the channel could close if the dredging stalls | indirect"}},
		{"an aside that is an attribution leaves the later verb alone",
			"Night trains, the rail chief said, are a lifeline, as Oskar Lindqvist, shivering on the platform, said before he boarded.",
			[]string{"the rail chief | said | Night trains | indirect",
				"the rail chief | said | are a lifeline, as Oskar Lindqvist | indirect",
				"Oskar Lindqvist | said | before he boarded | indirect"}},
		{"a subject after a subordinator, with an aside",
			"The mayor changed course after Dr. Amara Osei, clearly tired after the night shift, said the clinic could not take more patients.",
			[]string{"Dr. Amara Osei | said | the clinic could not take more patients | indirect"}},
		{"a subject after a subordinator, a participle aside, and a quotation",
			"The dispute flared on Friday after Mayor Lindqvist, asked about the budget, had said, “We will not cut the libraries.”",
			[]string{"Mayor Lindqvist | had said | “We will not cut the libraries.” | mixed"}},
		{"a verb with no clause after it",
			"The bakery, citing the price of flour, responded by raising its prices.",
			nil},
	})
}
