package train

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"github.com/crosscheck-news/crosscheck/internal/nlp/conllu"
	"github.com/crosscheck-news/crosscheck/internal/nlp/ner"
)

// Training still runs end to end on a few documents, and the models it
// writes can be read back. CI runs this instead of retraining.
func TestTrainSmall(t *testing.T) {
	dd := corpora.Dir(t)
	m, err := All(dd, Options{Limit: 3, Iterations: 1, Jackknife: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Tagger.Classes) < 10 || len(m.Parser.Labels) < 10 || len(m.NER.Labels) != 21 {
		t.Errorf("suspicious label sets: %d tags, %d deps, %d ner", len(m.Tagger.Classes), len(m.Parser.Labels), len(m.NER.Labels))
	}
	out := t.TempDir()
	sizes, err := m.Save(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{TaggerFile, LemmaFile, ParserFile, NERFile} {
		if sizes[n] == 0 {
			t.Errorf("%s not written", n)
		}
	}
	// The same seed and data give byte-identical models.
	m2, err := All(dd, Options{Limit: 3, Iterations: 1, Jackknife: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	out2 := t.TempDir()
	if _, err := m2.Save(out2); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{TaggerFile, LemmaFile, ParserFile, NERFile} {
		a, _ := os.ReadFile(filepath.Join(out, n))
		b, _ := os.ReadFile(filepath.Join(out2, n))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs with the same seed", n)
		}
	}
}

func TestGazetteer(t *testing.T) {
	g, err := BuildGazetteer(corpora.Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	for phrase, kind := range map[string]int{"france": 1, "north korea": 1, "paris": 2, "russian": 3, "americans": 3, "uk": 1} {
		if g[phrase] != kind {
			t.Errorf("gazetteer[%q] = %d, want %d", phrase, g[phrase], kind)
		}
	}
	if _, ok := g["us"]; ok {
		t.Error(`"us" must not be a country: it is mostly the pronoun`)
	}
}

// GUM mentions become names around a proper-noun head; common-noun
// mentions are dropped.
func TestGUMEntities(t *testing.T) {
	// Hand-written CoNLL-U: "The painter visited the University of Oslo in
	// Norway ."
	src := "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-x-x-1-coref\n" +
		"2\tpainter\tpainter\tNOUN\tNN\t_\t3\tnsubj\t_\tEntity=1)\n" +
		"3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
		"4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(2-organization-new-x-x-1-coref\n" +
		"5\tUniversity\tUniversity\tPROPN\tNNP\t_\t3\tobj\t_\t_\n" +
		"6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n" +
		"7\tOslo\tOslo\tPROPN\tNNP\t_\t5\tnmod\t_\tEntity=(3-place-new-x-x-1-coref)2)\n" +
		"8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n" +
		"9\tNorway\tNorway\tPROPN\tNNP\t_\t3\tobl\t_\tEntity=(4-place-new-x-x-1-coref)\n" +
		"10\tnear\tnear\tADP\tIN\t_\t12\tcase\t_\t_\n" +
		"11\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\tEntity=(5-place-new-x-x-1-coref\n" +
		"12\tNile\tNile\tPROPN\tNNP\t_\t9\tnmod\t_\t_\n" +
		"13\tRiver\tRiver\tPROPN\tNNP\t_\t12\tflat\t_\tEntity=5)\n\n"
	ss, err := conllu.Read(strings.NewReader(src))
	if err != nil || len(ss) != 1 {
		t.Fatal(err)
	}
	got := gumEntities(&ss[0])
	want := map[span]bool{{4, 7, "ORG"}: true, {8, 9, "GPE"}: true, {11, 13, "LOC"}: true}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for _, s := range got {
		if !want[s] {
			t.Errorf("unexpected span %v (want %v)", s, want)
		}
	}
	labels := bilou(13, got)
	if labels[4] != "B-ORG" || labels[5] != "I-ORG" || labels[6] != "L-ORG" || labels[8] != "U-GPE" || labels[0] != "O" {
		t.Errorf("BILOU labels %v", labels)
	}
}

func TestCountriesArePlaces(t *testing.T) {
	s := &conllu.Sentence{}
	for _, w := range []string{"Sweden", "beat", "North", "Korea", "and", "Acme", "Corp"} {
		s.Words = append(s.Words, conllu.Word{Form: w})
	}
	gaz := map[string]int{"sweden": ner.GazCountry, "north korea": ner.GazCountry}
	got := countriesArePlaces(s, []span{{0, 1, "ORG"}, {2, 4, "ORG"}, {5, 7, "ORG"}}, gaz)
	want := []span{{0, 1, "GPE"}, {2, 4, "GPE"}, {5, 7, "ORG"}}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

// Person names lose their titles and the names of other things before them;
// a title alone and a group of people name no person.
func TestGUMPersons(t *testing.T) {
	// "U.S. President Donald Trump met Ambassador to the United States
	// Hamdullah Mohib , the President and Muslims ."
	rows := [][]string{
		{"U.S.", "PROPN", "NNP", "2", "compound", "(1-place-new-x-x-1-coref)(2-person-new-x-x-1-coref"},
		{"President", "PROPN", "NNP", "3", "compound", "_"},
		{"Donald", "PROPN", "NNP", "5", "nsubj", "_"},
		{"Trump", "PROPN", "NNP", "3", "flat", "2)"},
		{"met", "VERB", "VBD", "0", "root", "_"},
		{"Ambassador", "PROPN", "NNP", "11", "nmod:desc", "(3-person-new-x-x-1-coref"},
		{"to", "ADP", "IN", "10", "case", "_"},
		{"the", "DET", "DT", "10", "det", "(4-place-new-x-x-1-coref"},
		{"United", "PROPN", "NNP", "10", "amod", "_"},
		{"States", "PROPN", "NNPS", "11", "nmod", "4)"},
		{"Hamdullah", "PROPN", "NNP", "5", "obj", "_"},
		{"Mohib", "PROPN", "NNP", "11", "flat", "3)"},
		{",", "PUNCT", ",", "15", "punct", "_"},
		{"the", "DET", "DT", "15", "det", "(5-person-new-x-x-1-coref"},
		{"President", "PROPN", "NNP", "11", "conj", "5)"},
		{"and", "CCONJ", "CC", "17", "cc", "_"},
		{"Muslims", "PROPN", "NNPS", "11", "conj", "(6-person-new-x-x-1-coref)"},
		{".", "PUNCT", ".", "5", "punct", "_"},
	}
	var b strings.Builder
	for i, r := range rows {
		misc := "_"
		if r[5] != "_" {
			misc = "Entity=" + r[5]
		}
		b.WriteString(strings.Join([]string{strconv.Itoa(i + 1), r[0], r[0], r[1], r[2], "_", r[3], r[4], "_", misc}, "\t") + "\n")
	}
	b.WriteString("\n")
	ss, err := conllu.Read(strings.NewReader(b.String()))
	if err != nil || len(ss) != 1 {
		t.Fatal(err)
	}
	got := map[span]bool{}
	for _, s := range gumEntities(&ss[0]) {
		got[s] = true
	}
	want := map[span]bool{{0, 1, "GPE"}: true, {2, 4, "PERSON"}: true, {8, 10, "GPE"}: true, {10, 12, "PERSON"}: true}
	if len(got) != len(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for s := range want {
		if !got[s] {
			t.Errorf("missing %v (got %v)", s, got)
		}
	}
}
