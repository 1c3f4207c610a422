package conllu

import (
	"strings"
	"testing"
)

const sample = `# newdoc id = x
# sent_id = x-1
# text = We don't know.
1	We	we	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	known	know	VERB	VBN	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	_	_

`

func TestRead(t *testing.T) {
	ss, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 {
		t.Fatalf("got %d sentences", len(ss))
	}
	s := ss[0]
	if len(s.Words) != 5 || len(s.Tokens) != 4 {
		t.Fatalf("words %d tokens %d", len(s.Words), len(s.Tokens))
	}
	if s.Tokens[1].Form != "don't" || s.Tokens[1].First != 1 || s.Tokens[1].Limit != 3 {
		t.Errorf("multi-word token: %+v", s.Tokens[1])
	}
	if s.Tokens[2].SpaceAfter || !s.Tokens[1].SpaceAfter {
		t.Errorf("SpaceAfter wrong: %+v", s.Tokens)
	}
	if !s.NewDoc || s.Text != "We don't know." || s.Words[3].Head != 0 || s.Words[4].Head != 4 {
		t.Errorf("bad parse: %+v", s)
	}
}

func TestProjective(t *testing.T) {
	s := Sentence{Words: []Word{{Head: 2}, {Head: 0}, {Head: 2}}}
	if !s.Projective() {
		t.Error("simple tree should be projective")
	}
	// 1->3, 2->4 cross.
	s = Sentence{Words: []Word{{Head: 3}, {Head: 4}, {Head: 0}, {Head: 3}}}
	if s.Projective() {
		t.Error("crossing arcs reported projective")
	}
}
