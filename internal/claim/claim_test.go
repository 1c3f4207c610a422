package claim

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/attrib"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
	"github.com/crosscheck-news/crosscheck/internal/verify"
)

func analyse(text string) *doc.Document {
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	attrib.Extract(d)
	verify.Extract(d)
	Extract(d)
	return d
}

func TestClaimParts(t *testing.T) {
	cases := []struct {
		text, subject, predicate string
		negated                  bool
		modality                 string
	}{
		{"The delegation will not attend the summit.", "The delegation", "will not attend the summit", true, "will"},
		{"During the visit, the two leaders signed a trade pact.", "the two leaders", "signed a trade pact", false, ""},
		{"Kim and Putin have met twice in two years.", "Kim and Putin", "have met twice", false, ""},
		{"The minister is not expected to resign.", "The minister", "is not expected to resign", true, "expected to"},
		{"Floodwater may have reached the lower town.", "Floodwater", "may have reached the lower town", false, "may"},
	}
	for _, c := range cases {
		d := analyse(c.text)
		if len(d.Claims) != 1 {
			t.Errorf("%q: want 1 claim, got %d", c.text, len(d.Claims))
			continue
		}
		cl := d.Claims[0]
		subj := ""
		if cl.Subject != nil {
			subj = cl.Subject.Text
		}
		if subj != c.subject || cl.Predicate != c.predicate || cl.Negated != c.negated || cl.Modality != c.modality {
			t.Errorf("%q:\n got subj=%q pred=%q neg=%v mod=%q\nwant subj=%q pred=%q neg=%v mod=%q",
				c.text, subj, cl.Predicate, cl.Negated, cl.Modality, c.subject, c.predicate, c.negated, c.modality)
		}
	}
}

func TestAttributedClaims(t *testing.T) {
	d := analyse("Rescue teams say that at least 40 people died, while the governor said that 25 bodies had been recovered.")
	if len(d.Claims) != 2 {
		t.Fatalf("want two claims, got %d: %+v", len(d.Claims), d.Claims)
	}
	want := []struct{ asserter, text string }{
		{"Rescue teams", "that at least 40 people died"},
		{"the governor", "that 25 bodies had been recovered"},
	}
	for i, w := range want {
		c := d.Claims[i]
		if c.Asserter != w.asserter || c.Text != w.text || c.Attribution == nil {
			t.Errorf("claim %d: got asserter=%q text=%q, want %q %q", i, c.Asserter, c.Text, w.asserter, w.text)
		}
	}
}

func TestVerificationLinks(t *testing.T) {
	text := "State television aired a film showing footage of the crossing. " +
		"The agency could not independently verify the footage. " +
		"Officials also said the bridge was destroyed. This could not be verified."
	d := analyse(text)
	status := map[string]string{}
	for _, c := range d.Claims {
		status[c.Text] = c.Verification
	}
	if got := status["State television aired a film showing footage of the crossing"]; got != doc.Unverified {
		t.Errorf("the footage claim: verification %q, want unverified (claims: %v)", got, status)
	}
	if got := status["the bridge was destroyed"]; got != doc.Unverified {
		t.Errorf("the bridge claim: verification %q, want unverified (claims: %v)", got, status)
	}
	for _, v := range d.Verification {
		if len(v.AppliesTo) == 0 {
			t.Errorf("marker %q applies to nothing", v.Text)
		}
		for _, id := range v.AppliesTo {
			if !strings.HasPrefix(id, "c") && !strings.HasPrefix(id, "f") {
				t.Errorf("marker %q applies to %q", v.Text, id)
			}
		}
	}
}

// TestWithinOnce checks that within appends each ID inside the range once,
// keeps what out already held, and skips spans that overrun the range —
// both with a few IDs (scanned) and with many (a map takes over at 32).
func TestWithinOnce(t *testing.T) {
	for _, n := range []int{3, 80} {
		var s spans
		for i := 0; i < n; i++ {
			id := "e" + strings.Repeat("x", i%(n/2+1)) // every ID twice
			s = append(s, spanRef{start: i, end: i + 1, id: id})
		}
		s = append(s, spanRef{start: n - 1, end: n + 5, id: "overrun"})
		out := s.within(0, n, []string{"e"})
		seen := map[string]bool{}
		for _, id := range out {
			if seen[id] {
				t.Errorf("n=%d: %q appended twice: %v", n, id, out)
			}
			seen[id] = true
		}
		if seen["overrun"] {
			t.Errorf("n=%d: a span past the end was taken", n)
		}
		if want := n/2 + 1; len(out) != want {
			t.Errorf("n=%d: %d IDs, want %d: %v", n, len(out), want, out)
		}
	}
}

func TestLoneRelative(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"which", true},
		{"What", true},
		{"which was unfair", false},
		{"the levy", false},
	}
	for _, c := range cases {
		if got := loneRelative(c.in); got != c.want {
			t.Errorf("loneRelative(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// A subject cut off from its predicate by the cue is one claim with it,
// not a claim "The new bridge" and another "will open in May".
func TestParentheticalCueIsOneClaim(t *testing.T) {
	d := analyse("The new bridge, the engineers said, will open in May.")
	if len(d.Claims) != 1 {
		var got []string
		for _, c := range d.Claims {
			got = append(got, c.Text)
		}
		t.Fatalf("want one claim, got %q", got)
	}
	c := d.Claims[0]
	if c.Asserter != "the engineers" || !strings.HasPrefix(c.Text, "The new bridge") || !strings.HasSuffix(c.Text, "will open in May") {
		t.Errorf("got asserter=%q text=%q", c.Asserter, c.Text)
	}
}

// A quotation its cue interrupts keeps a claim per piece: joining them
// would put "the minister said" inside the claim.
func TestInterruptedQuotationKeepsItsPieces(t *testing.T) {
	d := analyse(`"We will cut taxes," the minister said, "and we will build homes."`)
	for _, c := range d.Claims {
		if strings.Contains(c.Text, "minister said") {
			t.Errorf("claim %q holds the cue", c.Text)
		}
	}
}
