package eval

import (
	"math"
	"testing"
)

func approx(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestPRF(t *testing.T) {
	cases := []struct {
		c       PRF
		p, r, f float64
	}{
		{PRF{TP: 5}, 1, 1, 1},
		{PRF{}, 0, 0, 0},
		{PRF{FP: 3, FN: 2}, 0, 0, 0},
		{PRF{TP: 1, FP: 1, FN: 3}, 0.5, 0.25, 1.0 / 3},
	}
	for _, c := range cases {
		if !approx(c.c.P(), c.p) || !approx(c.c.R(), c.r) || !approx(c.c.F1(), c.f) {
			t.Errorf("%+v: P=%v R=%v F1=%v, want %v %v %v", c.c, c.c.P(), c.c.R(), c.c.F1(), c.p, c.r, c.f)
		}
	}
}

func TestSpans(t *testing.T) {
	toks := [][2]int{{0, 3}, {4, 9}, {10, 12}, {13, 20}}
	a := Span{{0, 9}}
	if !a.Exact(Span{{0, 9}}) || a.Exact(Span{{0, 8}}) || a.Exact(Span{}) {
		t.Error("Exact")
	}
	if !(Span{{10, 12}, {0, 3}}).Exact(Span{{0, 3}, {10, 12}}) {
		t.Error("Exact ignores the order of ranges")
	}
	if !a.Overlaps(Span{{5, 6}}, toks) {
		t.Error("a shared token is an overlap")
	}
	if a.Overlaps(Span{{9, 10}}, toks) {
		t.Error("a shared space is no overlap")
	}
}

func TestMatchIsOneToOne(t *testing.T) {
	gold := []int{1, 1, 2}
	pred := []int{1, 3}
	c := match(len(gold), len(pred), func(g, p int) bool { return gold[g] == pred[p] })
	if c != (PRF{TP: 1, FP: 1, FN: 2}) {
		t.Errorf("got %+v", c)
	}
}
