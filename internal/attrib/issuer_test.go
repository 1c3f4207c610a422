package attrib

import "testing"

// TestIssuerSources checks that the one who put out a message, not the
// message, is the source of what the message says.
func TestIssuerSources(t *testing.T) {
	checkLines(t, []wantLines{
		{"a response fired back",
			"The tenants' union fired back a response saying that the rent increase was illegal.",
			[]string{"The tenants' union | saying | that the rent increase was illegal | indirect"}},
		{"a lawsuit filed",
			"Councilwoman Marisol Beck filed a lawsuit alleging that the zoning board ignored its own rules.",
			[]string{"Councilwoman Marisol Beck | alleging | that the zoning board ignored its own rules | indirect"}},
		{"a revised statement",
			"Okonkwo revised her statement explaining that she had never met the developer.",
			[]string{"Okonkwo | explaining | that she had never met the developer | indirect"}},
		{"a relative clause on the message",
			"The Halvorsen campaign released a radio spot that says the senator skipped the vote.",
			[]string{"The Halvorsen campaign | says | the senator skipped the vote | indirect"}},
		{"a relative pronoun issuer",
			"Reporters reached the fishing cooperative, which released a letter saying that the quotas were unfair.",
			[]string{"which | saying | that the quotas were unfair | indirect"}},
		{"a verb that puts nothing out",
			"The crew repaired a sign saying that the bridge was closed.",
			[]string{"a sign | saying | that the bridge was closed | indirect"}},
		{"defacing puts nothing out",
			"Vandals defaced a poster saying that the park would close.",
			[]string{"a poster | saying | that the park would close | indirect"}},
	})
}
