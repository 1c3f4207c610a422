// Package lemma is the lemmatizer of crosscheck's language core, learned
// from the treebank lemmas: a lookup table of (lower-cased form, Penn tag)
// pairs whose lemma the rules would get wrong ("went" → "go", "better" →
// "good"), and edit rules keyed by tag and word ending ("-ies" NNS → "-y")
// for every other word. Proper nouns keep their form, other words are lower-
// cased, as in UD English.
package lemma

import (
	"encoding/json"
	"io"
	"strings"
	"unicode/utf8"
)

// rule turns a lower-cased form into a lemma: drop Strip bytes, add Add.
type rule struct {
	Strip int    `json:"s"`
	Add   string `json:"a"`
	Keep  bool   `json:"k,omitempty"` // lemma keeps the form's case
}

// Lemmatizer is a trained lemmatizer. It is safe for concurrent use.
type Lemmatizer struct {
	// Exceptions maps "form\ttag" to the lemma.
	Exceptions map[string]string `json:"exceptions"`
	// Rules maps "tag\tsuffix" to an edit rule; suffixes of 0..maxSuf
	// characters, longest match wins.
	Rules map[string]rule `json:"rules"`

	// The same, indexed for speed once loaded (see index); nil while
	// training.
	exc      *index
	excLemma []string
	rules    *index
	ruleList []rule
}

// buildIndex indexes Exceptions and Rules.
func (l *Lemmatizer) buildIndex() {
	l.exc, l.excLemma = newIndex(len(l.Exceptions)), make([]string, 0, len(l.Exceptions))
	for k, v := range l.Exceptions {
		l.exc.put(k, len(l.excLemma))
		l.excLemma = append(l.excLemma, v)
	}
	l.rules, l.ruleList = newIndex(len(l.Rules)), make([]rule, 0, len(l.Rules))
	for k, r := range l.Rules {
		l.rules.put(k, len(l.ruleList))
		l.ruleList = append(l.ruleList, r)
	}
}

func (l *Lemmatizer) exception(key []byte) (string, bool) {
	if l.exc == nil {
		s, ok := l.Exceptions[string(key)]
		return s, ok
	}
	if i := l.exc.get(key); i >= 0 {
		return l.excLemma[i], true
	}
	return "", false
}

func (l *Lemmatizer) rule(key []byte) (rule, bool) {
	if l.rules == nil {
		r, ok := l.Rules[string(key)]
		return r, ok
	}
	if i := l.rules.get(key); i >= 0 {
		return l.ruleList[i], true
	}
	return rule{}, false
}

const maxSuf = 5

func learnRule(form, lem string) rule {
	keep := false
	lower := strings.ToLower(form)
	base := lower
	if lem != strings.ToLower(lem) {
		// "Obama", "I", "U.S.": the lemma keeps the form's case.
		keep, base = true, form
	}
	p := 0
	for p < len(base) && p < len(lem) && base[p] == lem[p] {
		p++
	}
	return rule{Strip: len(base) - p, Add: lem[p:], Keep: keep}
}

func (r rule) apply(form, lower string) string {
	base := lower
	if r.Keep {
		base = form
	}
	if r.Strip > len(base) {
		return base
	}
	return base[:len(base)-r.Strip] + r.Add
}

// Lemma returns the lemma of form with Penn tag tag. lower is the
// lower-cased form.
func (l *Lemmatizer) Lemma(form, lower, tag string) string {
	var kb [64]byte
	key := append(append(append(kb[:0], lower...), '\t'), tag...)
	if s, ok := l.exception(key); ok {
		return s
	}
	key = append(append(kb[:0], tag...), '\t')
	n := len(key)
	// Longest known suffix first.
	var eb [maxSuf + 1]int
	ends := suffixStarts(lower, eb[:0])
	for k := len(ends) - 1; k >= 0; k-- {
		key = append(key[:n], lower[ends[k]:]...)
		if r, ok := l.rule(key); ok {
			return r.apply(form, lower)
		}
	}
	return lower
}

// suffixStarts returns the byte offsets where the suffixes of 0..maxSuf
// characters start, shortest first.
func suffixStarts(s string, out []int) []int {
	i := len(s)
	out = append(out, i)
	for k := 0; k < maxSuf && i > 0; k++ {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
		out = append(out, i)
	}
	return out
}

// Example is one training word.
type Example struct{ Form, Tag, Lemma string }

// Train learns a lemmatizer.
func Train(ex []Example) *Lemmatizer {
	ruleCount := map[string]map[rule]int{}
	formCount := map[string]map[string]int{}
	rep := map[string]string{}
	for _, e := range ex {
		if e.Lemma == "_" || e.Lemma == "" {
			continue
		}
		lower := strings.ToLower(e.Form)
		r := learnRule(e.Form, e.Lemma)
		for _, st := range suffixStarts(lower, nil) {
			k := e.Tag + "\t" + lower[st:]
			if ruleCount[k] == nil {
				ruleCount[k] = map[rule]int{}
			}
			ruleCount[k][r]++
		}
		fk := lower + "\t" + e.Tag
		if formCount[fk] == nil {
			formCount[fk] = map[string]int{}
		}
		formCount[fk][e.Lemma]++
		if _, ok := rep[fk]; !ok {
			rep[fk] = e.Form
		}
	}
	l := &Lemmatizer{Exceptions: map[string]string{}, Rules: map[string]rule{}}
	for k, m := range ruleCount {
		var best rule
		bn := -1
		for r, n := range m {
			if n > bn || (n == bn && ruleLess(r, best)) {
				best, bn = r, n
			}
		}
		// Keep a rule only when it was seen at least twice or is the
		// tag-level default (empty suffix).
		if bn >= 2 || strings.HasSuffix(k, "\t") {
			l.Rules[k] = best
		}
	}
	for fk, m := range formCount {
		var best string
		bn := -1
		for lem, n := range m {
			if n > bn || (n == bn && lem < best) {
				best, bn = lem, n
			}
		}
		lower, tag, _ := strings.Cut(fk, "\t")
		// Exceptions hold lower-cased keys; a form as written in the
		// treebank decides whether the rules already get it right.
		if l.Lemma(rep[fk], lower, tag) != best {
			l.Exceptions[fk] = best
		}
	}
	return l
}

// Save writes the lemmatizer as JSON.
func (l *Lemmatizer) Save(w io.Writer) error { return json.NewEncoder(w).Encode(l) }

// Load reads a lemmatizer written by Save.
func Load(r io.Reader) (*Lemmatizer, error) {
	var l Lemmatizer
	if err := json.NewDecoder(r).Decode(&l); err != nil {
		return nil, err
	}
	l.buildIndex()
	return &l, nil
}

// ruleLess orders rules so that ties between equally frequent rules are
// broken the same way on every run (map iteration order is random).
func ruleLess(a, b rule) bool {
	if a.Strip != b.Strip {
		return a.Strip < b.Strip
	}
	if a.Add != b.Add {
		return a.Add < b.Add
	}
	return !a.Keep && b.Keep
}
