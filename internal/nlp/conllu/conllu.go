// Package conllu reads CoNLL-U treebanks (Universal Dependencies) into plain
// Go values for training and evaluating crosscheck's statistical core.
//
// Only what the core learns from is kept: syntactic words with their form,
// lemma, tags, head and relation, the surface tokens (multi-word tokens such
// as "don't" stay one surface token spanning two words), SpaceAfter, the
// sentence text and GUM's Entity= annotations. Empty nodes (enhanced
// dependencies, "8.1") are skipped.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Word is one syntactic word.
type Word struct {
	Form, Lemma, UPOS, XPOS string
	// Head is the 1-based index of the head word, 0 for the root.
	Head   int
	Deprel string
	Misc   string
}

// Surface is one surface token: words [First, Limit) of the sentence.
type Surface struct {
	Form         string
	First, Limit int
	SpaceAfter   bool
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	ID, Text string
	// NewDoc and NewPar mark the first sentence of a document or paragraph.
	NewDoc, NewPar bool
	Words          []Word
	Tokens         []Surface
}

// Read parses CoNLL-U from r.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []Sentence
	var cur Sentence
	var mwEnd = -1 // last word id covered by the current multi-word token
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
		mwEnd = -1
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" {
			flush()
			continue
		}
		if s[0] == '#' {
			switch {
			case strings.HasPrefix(s, "# sent_id ="):
				cur.ID = strings.TrimSpace(s[len("# sent_id ="):])
			case strings.HasPrefix(s, "# text ="):
				cur.Text = strings.TrimSpace(s[len("# text ="):])
			case strings.HasPrefix(s, "# newdoc"):
				cur.NewDoc = true
				cur.NewPar = true
			case strings.HasPrefix(s, "# newpar"):
				cur.NewPar = true
			}
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 10 {
			return out, fmt.Errorf("conllu: line %d: %d fields", line, len(f))
		}
		id := f[0]
		if strings.IndexByte(id, '.') >= 0 {
			continue
		}
		if k := strings.IndexByte(id, '-'); k >= 0 {
			a, err1 := strconv.Atoi(id[:k])
			b, err2 := strconv.Atoi(id[k+1:])
			if err1 != nil || err2 != nil {
				return out, fmt.Errorf("conllu: line %d: bad range %q", line, id)
			}
			cur.Tokens = append(cur.Tokens, Surface{Form: f[1], First: a - 1, Limit: b, SpaceAfter: spaceAfter(f[9])})
			mwEnd = b
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return out, fmt.Errorf("conllu: line %d: bad id %q", line, id)
		}
		head := 0
		if f[6] != "_" {
			head, err = strconv.Atoi(f[6])
			if err != nil {
				return out, fmt.Errorf("conllu: line %d: bad head %q", line, f[6])
			}
		}
		cur.Words = append(cur.Words, Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, Deprel: f[7], Misc: f[9]})
		if n > mwEnd {
			cur.Tokens = append(cur.Tokens, Surface{Form: f[1], First: n - 1, Limit: n, SpaceAfter: spaceAfter(f[9])})
		}
	}
	flush()
	return out, sc.Err()
}

func spaceAfter(misc string) bool {
	for _, kv := range strings.Split(misc, "|") {
		if kv == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// ReadFile reads one CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

// ReadSplit reads the documents a split file lists (one path per line,
// relative to dir; a missing ".conllu" extension is added). limit > 0 keeps
// only the first limit documents. Each document's first sentence has NewDoc.
func ReadSplit(dir, splitFile string, limit int) ([]Sentence, error) {
	b, err := os.ReadFile(splitFile)
	if err != nil {
		return nil, err
	}
	var out []Sentence
	n := 0
	for _, name := range strings.Split(string(b), "\n") {
		name = strings.TrimSpace(name)
		if name == "" || strings.HasPrefix(name, "#") {
			continue
		}
		if !strings.HasSuffix(name, ".conllu") {
			name += ".conllu"
		}
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err != nil {
			continue // GUM splits list genres that are not distributed here
		}
		ss, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		if len(ss) > 0 {
			ss[0].NewDoc, ss[0].NewPar = true, true
		}
		out = append(out, ss...)
		n++
		if limit > 0 && n >= limit {
			break
		}
	}
	return out, nil
}

// Projective reports whether the sentence's tree has no crossing arcs.
func (s *Sentence) Projective() bool {
	n := len(s.Words)
	for i := 0; i < n; i++ {
		h := s.Words[i].Head - 1 // -1 root
		a, b := min(i, h), max(i, h)
		if h < 0 {
			a, b = -1, i
		}
		for j := a + 1; j < b; j++ {
			// every word strictly inside must have its head inside [a, b]
			hj := s.Words[j].Head - 1
			if hj < a || hj > b {
				return false
			}
		}
	}
	return true
}

// WordSpans locates each syntactic word in the sentence text: spans[i] is
// the byte range of word i in s.Text, or {-1, -1} when the word cannot be
// found (a multi-word token whose words do not spell it, like "cannot" →
// "can" "not" does, but "du" → "de" "le" would not). Tokenizers that split
// "don't" into "do" "n't", as UD does, are measured against these spans.
func (s *Sentence) WordSpans() [][2]int {
	spans := make([][2]int, len(s.Words))
	cur := 0
	for _, tk := range s.Tokens {
		k := strings.Index(s.Text[cur:], tk.Form)
		if k < 0 {
			for w := tk.First; w < tk.Limit; w++ {
				spans[w] = [2]int{-1, -1}
			}
			continue
		}
		a := cur + k
		cur = a + len(tk.Form)
		if tk.Limit-tk.First == 1 {
			spans[tk.First] = [2]int{a, cur}
			continue
		}
		p := a
		for w := tk.First; w < tk.Limit; w++ {
			f := s.Words[w].Form
			if p+len(f) <= cur && strings.EqualFold(s.Text[p:p+len(f)], f) {
				spans[w] = [2]int{p, p + len(f)}
				p += len(f)
			} else {
				spans[w] = [2]int{-1, -1}
			}
		}
	}
	return spans
}
