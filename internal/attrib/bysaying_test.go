package attrib

import "testing"

// TestBySaying checks "responded by saying" chains on invented sentences,
// and a "by" gerund whose verb opens no turn of speech.
func TestBySaying(t *testing.T) {
	checkLines(t, []wantLines{
		{"responded by saying with a clause",
			"A Norwegian diplomat responded by saying Oslo would be cautious “not to inflame tensions” in the fjord.",
			[]string{"A Norwegian diplomat | responded by saying | Oslo would be cautious “not to inflame tensions” in the fjord | mixed"}},
		{"continued by saying with a quotation",
			"The mayor listened to the complaints. Ostrander continued by saying, “We will rebuild the pier before the summer season starts.”",
			[]string{"Ostrander | continued by saying | “We will rebuild the pier before the summer season starts.” | mixed"}},
		{"a verb that opens no turn",
			"The club saved money by selling its old stadium to a developer.",
			nil},
	})
}
