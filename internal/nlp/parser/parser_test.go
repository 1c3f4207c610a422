package parser

import "testing"

// Following the dynamic oracle's zero-cost moves from the start must build
// exactly the gold tree of a projective sentence, and every move must stay
// valid; this checks costs, validity and the single-root rule together.
func TestOracleReachesGold(t *testing.T) {
	trees := [][]int32{
		// "Officials said 40 soldiers were killed ." heads (1-based, 0 root)
		{0, 2, 0, 4, 6, 6, 2, 2},
		// right-branching chain
		{0, 0, 1, 2, 3},
		// left-branching chain
		{0, 2, 3, 4, 0},
		// one word
		{0, 0},
	}
	for k, gh := range trees {
		n := len(gh) - 1
		var s state
		s.reset(n)
		for steps := 0; !s.terminal(); steps++ {
			if steps > 4*n+4 {
				t.Fatalf("tree %d: no termination", k)
			}
			cs, cl, cr := moveCosts(&s, gh)
			switch {
			case s.valid(left) && cl == 0:
				s.apply(left, 0)
			case s.valid(right) && cr == 0:
				s.apply(right, 0)
			case s.valid(shift) && cs == 0:
				s.apply(shift, 0)
			default:
				t.Fatalf("tree %d: no zero-cost valid move (costs %d %d %d, stack %v, b %d)", k, cs, cl, cr, s.stack, s.b)
			}
		}
		for i := 1; i <= n; i++ {
			if s.heads[i] != gh[i] {
				t.Errorf("tree %d: word %d head %d, want %d", k, i, s.heads[i], gh[i])
			}
		}
	}
}

// A wrong move must have a positive cost.
func TestCostOfMistake(t *testing.T) {
	gh := []int32{0, 2, 0, 2} // "He said it"-like: 1←2, 2 root, 2→3
	var s state
	s.reset(3)
	s.apply(shift, 0) // stack [0 1], buffer [2 3]
	cs, cl, cr := moveCosts(&s, gh)
	if cl != 0 {
		t.Errorf("LEFT (2→1) is gold, cost %d", cl)
	}
	if cs == 0 {
		t.Error("SHIFT loses the arc 2→1 but costs 0")
	}
	_ = cr
	if s.valid(right) {
		t.Error("RIGHT onto the root must wait for an empty buffer")
	}
}

// A move that is the only valid one is taken without scoring; onlyValid
// must find exactly those.
func TestOnlyValid(t *testing.T) {
	for _, c := range []struct {
		name  string
		moves []int // applied to a fresh state of 3 words
		want  int
	}{
		{"start: only SHIFT", nil, shift},
		{"stack [root 1], buffer 2 3: SHIFT or LEFT", []int{shift}, -1},
		{"stack [root 1 2], buffer 3: all three", []int{shift, shift}, -1},
		{"stack emptied by LEFT: only SHIFT", []int{shift, left}, shift},
		{"buffer done, stack [root 1 2 3]: only RIGHT", []int{shift, shift, shift}, right},
		{"buffer done, stack [root 1]: only RIGHT", []int{shift, shift, shift, right, right}, right},
	} {
		var s state
		s.reset(3)
		for _, m := range c.moves {
			s.apply(m, 0)
		}
		if got := onlyValid(&s); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}
