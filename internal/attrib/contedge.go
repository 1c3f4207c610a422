package attrib

// occasionEnd returns where content [c, e) of cue verb k ends when it
// closes with the occasion of speaking: "praised the ruling in a tweet",
// "called the plan reckless in an interview with the Courier on Monday".
// The phrase tells how the words were said, not what was said, and PolNeAR
// leaves it out of the content as it does out of the source (see
// occasionAt). Only a phrase the parse hangs on the cue verb is cut: "has
// been working on the speech" or "when she speaks at the conference" is
// part of what was said.
func (x *extractor) occasionEnd(k, c, e int) int {
	d := x.d
	for j := c + 1; j < e; j++ {
		if x.inQuote[j] != 0 || !x.occasionAt(j, e) || hasVerb(d, j, e) {
			continue
		}
		n := d.Tokens[j].Head
		if n <= j || n >= e || !x.onCueOrObject(n, k) {
			continue
		}
		for j > c+1 && d.Tokens[j-1].Text == "," {
			j--
		}
		return j
	}
	return e
}

// onCueOrObject reports whether the parse hangs noun n on cue verb k or on
// k's object ("praised the plan in a tweet" read as "the plan in a
// tweet"): an object of a verb of speaking is not where it was said.
func (x *extractor) onCueOrObject(n, k int) bool {
	d := x.d
	h := d.Tokens[n].Head
	if h == k {
		return true
	}
	return h >= 0 && h < len(d.Tokens) && d.Tokens[h].Head == k && d.Tokens[h].Dep == "obj"
}
