package tagger

import (
	"bytes"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/nlp/lex"
)

func sent(s string) Sentence {
	var out Sentence
	for _, wt := range strings.Fields(s) {
		w, t, _ := strings.Cut(wt, "/")
		u, x, _ := strings.Cut(t, ":")
		out.Words = append(out.Words, w)
		out.UPOS = append(out.UPOS, u)
		out.XPOS = append(out.XPOS, x)
	}
	return out
}

func tag(tg *Tagger, words []string) []string {
	lx := make([]lex.Lex, len(words))
	lw := make([]string, len(words))
	for i, w := range words {
		lw[i] = strings.ToLower(w)
		lex.Compute(w, lw[i], &lx[i])
	}
	out := make([]int, len(words))
	var s Scratch
	tg.Tag(lx, lw, out, &s)
	tags := make([]string, len(words))
	for i, c := range out {
		u, x := tg.Split(c)
		tags[i] = u + ":" + x
	}
	return tags
}

// The tagger learns that "attack" is a noun after "the" and a verb after a
// pronoun, and the model survives a save/load round trip.
func TestTrainTagSave(t *testing.T) {
	var train []Sentence
	for i := 0; i < 20; i++ {
		train = append(train,
			sent("they/PRON:PRP attack/VERB:VBP towns/NOUN:NNS"),
			sent("we/PRON:PRP saw/VERB:VBD the/DET:DT attack/NOUN:NN"),
		)
	}
	tg := Train(train, Options{Iterations: 10, Seed: 1})
	words := strings.Fields("they attack the attack")
	want := []string{"PRON:PRP", "VERB:VBP", "DET:DT", "NOUN:NN"}
	got := tag(tg, words)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("tags %v, want %v", got, want)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	tg2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got2 := tag(tg2, words); strings.Join(got2, " ") != strings.Join(got, " ") {
		t.Errorf("after reload %v, before %v", got2, got)
	}
}
