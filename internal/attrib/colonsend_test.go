package attrib

import "testing"

// TestColonMessageSender checks that a message before a colon is the
// subject's only when its verb sends it, that a verb-led message gives one
// relation, and that a deed after "response:" is no one's words.
func TestColonMessageSender(t *testing.T) {
	checkLines(t, []wantLines{
		{"a verb that sends",
			"The pilots offered a gloomy prediction: the strike could last all summer.",
			[]string{"The pilots | offered a gloomy prediction: | the strike could last all summer | indirect"}},
		{"the verb's subject, not the pronoun, owns the message",
			"The geologist renewed her warning: the slope could slide again after the rains.",
			[]string{"The geologist | renewed her warning: | the slope could slide again after the rains | indirect"}},
		{"a verb that receives",
			"The tenants finally got their answer: the landlord had sold the building.",
			nil},
		{"a verb that faces",
			"Shoppers face a hard question: can they still afford fresh fish?",
			nil},
		{"a reply that is a deed",
			"The school's response: it closed the gym and cancelled the dance.",
			nil},
		{"a reply in words",
			"The school's response: the claims are false and will be answered in court.",
			[]string{"The school | response: | the claims are false and will be answered in court | indirect"}},
	})
}
