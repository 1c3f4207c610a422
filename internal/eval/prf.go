package eval

// PRF counts matches for precision, recall and F1.
type PRF struct{ TP, FP, FN int }

// Add adds another count.
func (c *PRF) Add(o PRF) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// P is precision: 0 when nothing was predicted.
func (c PRF) P() float64 {
	if c.TP+c.FP == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// R is recall: 0 when there is no gold.
func (c PRF) R() float64 {
	if c.TP+c.FN == 0 {
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of P and R.
func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Span is a set of code-point ranges (one range for most annotations, more
// for discontinuous ones such as a quotation interrupted by its cue).
type Span [][2]int

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool {
	for _, r := range s {
		if r[1] > r[0] {
			return false
		}
	}
	return true
}

// Exact reports whether two spans cover exactly the same ranges.
func (s Span) Exact(o Span) bool {
	a, b := norm(s), norm(o)
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Overlaps reports whether two spans share a token: tokens are given as the
// sorted code-point ranges of the document's tokens, so that a shared space
// or punctuation-free sliver does not count.
func (s Span) Overlaps(o Span, tokens [][2]int) bool {
	for _, t := range tokens {
		if s.covers(t) && o.covers(t) {
			return true
		}
	}
	return false
}

// covers reports whether the span overlaps token range t.
func (s Span) covers(t [2]int) bool {
	for _, r := range s {
		if r[0] < t[1] && t[0] < r[1] {
			return true
		}
	}
	return false
}

func norm(s Span) [][2]int {
	var out [][2]int
	for _, r := range s {
		if r[1] > r[0] {
			out = append(out, r)
		}
	}
	// insertion sort: spans are tiny
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j][0] < out[j-1][0]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// match pairs gold and predicted items one to one, greedily in order, and
// counts the result. same decides whether a gold and a predicted item match.
func match(gold, pred int, same func(g, p int) bool) PRF {
	used := make([]bool, pred)
	tp := 0
	for g := 0; g < gold; g++ {
		for p := 0; p < pred; p++ {
			if !used[p] && same(g, p) {
				used[p] = true
				tp++
				break
			}
		}
	}
	return PRF{TP: tp, FP: pred - tp, FN: gold - tp}
}
