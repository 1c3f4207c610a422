// Package train rebuilds every model of crosscheck's language core from
// ../shared/data: it reads the official splits, trains tagger, lemmatizer,
// parser and named-entity recognizer in a fixed order with fixed seeds (so a
// rerun gives the same models), and writes them where the default build
// embeds them (internal/nlp/models).
package train

import (
	"path/filepath"

	"github.com/crosscheck-news/crosscheck/internal/nlp/conllu"
)

// Corpus is the training material read from the data directory.
type Corpus struct {
	EWTTrain, EWTDev, EWTTest []conllu.Sentence
	GUMTrain                  []conllu.Sentence
}

// ReadCorpus reads EWT train/dev/test and GUM train+dev (the openly licensed
// genres present in dataDir). limit > 0 caps the number of documents read
// from each training split, for quick runs and tests.
func ReadCorpus(dataDir string, limit int) (*Corpus, error) {
	c := &Corpus{}
	var err error
	ewt := filepath.Join(dataDir, "ud-ewt")
	if c.EWTTrain, err = conllu.ReadSplit(filepath.Join(ewt, "documents"), filepath.Join(ewt, "splits", "files.train"), limit); err != nil {
		return nil, err
	}
	if c.EWTDev, err = conllu.ReadFile(filepath.Join(ewt, "en_ewt-ud-dev.conllu")); err != nil {
		return nil, err
	}
	if c.EWTTest, err = conllu.ReadFile(filepath.Join(ewt, "en_ewt-ud-test.conllu")); err != nil {
		return nil, err
	}
	gum := filepath.Join(dataDir, "ud-gum")
	for _, sp := range []string{"files.train", "files.dev"} {
		ss, err := conllu.ReadSplit(filepath.Join(gum, "documents"), filepath.Join(gum, "splits", sp), limit)
		if err != nil {
			return nil, err
		}
		c.GUMTrain = append(c.GUMTrain, ss...)
	}
	return c, nil
}
