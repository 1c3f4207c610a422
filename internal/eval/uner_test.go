package eval

import "testing"

func TestNominal(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the company", true},
		{"The ministry's", true},
		{"the Pentagon", false},
		{"Apple", false},
		{"The Hague", false},
		{"the", false},
		{"theatre group", false},
	} {
		if got := nominal(c.text); got != c.want {
			t.Errorf("nominal(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
