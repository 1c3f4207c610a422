package figure

import (
	"math"
	"testing"
)

func TestPower(t *testing.T) {
	cases := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"2^10", 1024, true},
		{"1.1^23", math.Pow(1.1, 23), true},
		{"1.1^+23", math.Pow(1.1, 23), true},
		{"2.5^-1", 0.4, true},
		{"-2.5^-1", -0.4, true},
		{"-2^2", -4, true}, // the sign is outside the power, as in mathematics
		{"10^--6", 1e6, true},
		{"12^345678", 0, false}, // a code, not a number: the exponent is too long
		{"0^5", 0, false},
		{"^5", 0, false},
		{"5^", 0, false},
		{"1,000^2", 0, false},
		{"2^x", 0, false},
	}
	for _, c := range cases {
		got, ok := power(c.in)
		if ok != c.ok || ok && math.Abs(got-c.want) > 1e-9*math.Abs(c.want) {
			t.Errorf("power(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
