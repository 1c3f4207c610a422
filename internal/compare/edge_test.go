package compare

import "testing"

// TestAwkwardInputs: empty, punctuation-only and unpunctuated texts on
// either side must give a report, never a panic; an empty derived text is
// faithful (it says nothing), an empty source supports nothing.
func TestAwkwardInputs(t *testing.T) {
	texts := []string{
		"", "\"", "“Unclosed quote in a one-line article",
		"no punctuation at all and no capitals either just words",
		"Ünïcödé “quotes” — and emoji 🙂 in “Zürich,” said Ana Ruiz.",
	}
	for _, a := range texts {
		for _, b := range texts {
			r := Compare(analyse(t, a), analyse(t, b))
			if r.Findings == nil || r.Counts == nil || r.Alignments == nil {
				t.Errorf("%q vs %q: nil lists in the report", a, b)
			}
		}
	}
	if r := Compare(analyse(t, "Rebels killed 40 soldiers near the border."), analyse(t, "")); r.Verdict != VerdictFaithful {
		t.Errorf("empty derived text: verdict %q", r.Verdict)
	}
	if r := Compare(analyse(t, ""), analyse(t, "Rebels killed 40 soldiers near the border.")); r.Counts[Unsupported] == 0 {
		t.Errorf("empty source: %v, want the statement unsupported", r.Counts)
	}
}
