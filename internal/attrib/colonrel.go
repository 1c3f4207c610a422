package attrib

import "github.com/crosscheck-news/crosscheck/internal/syntax"

// nounClauseDeps mark a clause that modifies a noun: a relative clause
// ("a letter that was mailed to parents") or a participle ("a cap bearing
// the slogan").
var nounClauseDeps = map[string]bool{"acl": true, "acl:relcl": true}

// inNounClause reports whether verb k sits in a clause that modifies a
// noun, itself or through the verbs above it within the sentence that
// starts at first. Its subject ("that", "who", or the noun the clause
// hangs from) did not say what follows a colon after it.
func (x *extractor) inNounClause(k, first int) bool {
	d := x.d
	for n := 0; n < 6 && k >= first; n++ {
		if nounClauseDeps[d.Tokens[k].Dep] {
			return true
		}
		h := d.Tokens[k].Head
		if h < 0 || h == k {
			return false
		}
		k = h
	}
	return false
}

// relativeThat reports whether "that" at j opens a relative clause on the
// noun before it ("a statement that was posted online") rather than a
// reported clause: it is the subject of the verb that follows it, and that
// verb is a relative clause's. A reported clause has a subject of its own
// after "that" ("said in a letter that the school would close").
func (x *extractor) relativeThat(j int) bool {
	d := x.d
	if j == 0 || j+1 >= len(d.Tokens) || !syntax.IsNominal(syntax.POS(d, j-1)) {
		return false
	}
	if p := syntax.POS(d, j+1); p != "AUX" && p != "VERB" {
		return false
	}
	h := d.Tokens[j].Head
	return h > j && d.Tokens[h].Dep == "acl:relcl" && syntax.POS(d, j-1) != "PROPN"
}

// isRelativePronoun reports whether w can only refer back to a noun when
// it is a clause's subject.
func isRelativePronoun(w string) bool {
	return w == "that" || w == "who" || w == "which" || w == "whom"
}
