package train

import (
	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"github.com/crosscheck-news/crosscheck/internal/nlp/tagger"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/nlp/conllu"
	"github.com/crosscheck-news/crosscheck/internal/nlp/ner"
)

// row writes one CoNLL-U word line: id, form, UPOS, XPOS, head, deprel.
func row(id, form, upos, xpos, head, rel string) string {
	return strings.Join([]string{id, form, "_", upos, xpos, "_", head, rel, "_", "_"}, "\t")
}

// The silver names of a treebank sentence come from its gold parse: proper
// nouns held together by flat and compound, "of" inside an organisation,
// titles and days left out. The sentences are invented.
func TestProperNames(t *testing.T) {
	gaz := map[string]int{"canadians": ner.GazDemonym}
	cues := CueWords()
	for _, c := range []struct {
		name  string
		words []string
		want  []string
	}{
		{"title, affiliation, of-name, day", []string{
			row("1", "Gov.", "PROPN", "NNP", "2", "nmod:desc"),
			row("2", "Maria", "PROPN", "NNP", "8", "nsubj"),
			row("3", "Lopez", "PROPN", "NNP", "2", "flat"),
			row("4", "of", "ADP", "IN", "6", "case"),
			row("5", "Acme", "PROPN", "NNP", "6", "compound"),
			row("6", "Widgets", "PROPN", "NNPS", "2", "nmod"),
			row("7", "quietly", "ADV", "RB", "8", "advmod"),
			row("8", "met", "VERB", "VBD", "0", "root"),
			row("9", "officials", "NOUN", "NNS", "8", "obj"),
			row("10", "from", "ADP", "IN", "12", "case"),
			row("11", "the", "DET", "DT", "12", "det"),
			row("12", "Bank", "PROPN", "NNP", "9", "nmod"),
			row("13", "of", "ADP", "IN", "14", "case"),
			row("14", "Springfield", "PROPN", "NNP", "12", "nmod"),
			row("15", "on", "ADP", "IN", "16", "case"),
			row("16", "Monday", "PROPN", "NNP", "8", "obl"),
			row("17", ".", "PUNCT", ".", "8", "punct"),
		}, []string{"Maria Lopez", "Acme Widgets", "Bank of Springfield"}},
		{"hyphen, capitalised adjective, legal form", []string{
			row("1", "Abu", "PROPN", "NNP", "5", "nsubj"),
			row("2", "-", "PUNCT", "HYPH", "3", "punct"),
			row("3", "Rami", "PROPN", "NNP", "1", "flat"),
			row("4", "now", "ADV", "RB", "5", "advmod"),
			row("5", "runs", "VERB", "VBZ", "0", "root"),
			row("6", "Northern", "ADJ", "JJ", "7", "amod"),
			row("7", "Lantern", "PROPN", "NNP", "5", "obj"),
			row("8", ",", "PUNCT", ",", "9", "punct"),
			row("9", "Inc.", "PROPN", "NNP", "7", "appos"),
		}, []string{"Abu - Rami", "Northern Lantern , Inc."}},
		{"groups, addresses, lower-case names", []string{
			row("1", "Canadians", "PROPN", "NNPS", "2", "nsubj"),
			row("2", "wrote", "VERB", "VBD", "0", "root"),
			row("3", "to", "ADP", "IN", "4", "case"),
			row("4", "ann@example.org", "X", "ADD", "2", "obl"),
			row("5", "and", "CCONJ", "CC", "6", "cc"),
			row("6", "Fernwick", "PROPN", "NNPS", "4", "conj"),
			row("7", "in", "ADP", "IN", "8", "case"),
			row("8", "port", "PROPN", "NNP", "2", "obl"),
			row("9", "lowell", "PROPN", "NNP", "8", "flat"),
		}, []string{"port lowell"}},
	} {
		ss, err := conllu.Read(strings.NewReader(strings.Join(c.words, "\n") + "\n\n"))
		if err != nil || len(ss) != 1 {
			t.Fatalf("%s: %v", c.name, err)
		}
		s := &ss[0]
		var got []string
		for _, sp := range properNames(s, cues, gaz) {
			got = append(got, strings.Join(forms(s, sp[0], sp[1]), " "))
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// With Silver, NERData adds EWT train sentences labelled from their proper
// names (read on a few documents of ../shared/data): the gold part is
// unchanged, and every silver label is a well-formed BILOU label.
func TestNERDataSilver(t *testing.T) {
	dd := corpora.Dir(t)
	c, err := ReadCorpus(dd, 3)
	if err != nil {
		t.Fatal(err)
	}
	tg := tagger.Train(tagSents(append(c.EWTTrain, c.GUMTrain...)), tagger.Options{Iterations: 1, Seed: 1})
	gold, _, err := NERData(dd, c, tg, nil, Options{Limit: 3, Iterations: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	both, _, err := NERData(dd, c, tg, nil, Options{Limit: 3, Iterations: 2, Seed: 1, Silver: true, SilverDoc: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(both) <= len(gold) {
		t.Fatalf("silver added nothing: %d sentences against %d", len(both), len(gold))
	}
	names := 0
	for _, s := range both {
		for _, l := range s.Labels {
			if l != "O" && l != ner.Unknown && len(l) < 3 {
				t.Fatalf("bad label %q", l)
			}
			if strings.HasPrefix(l, "U-") || strings.HasPrefix(l, "B-") {
				names++
			}
		}
	}
	t.Logf("%d gold sentences, %d with silver; %d names", len(gold), len(both), names)
}
