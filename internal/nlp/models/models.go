// Package models embeds the trained models of crosscheck's language core in
// the binary. The files are written by `crosscheck train` (see
// internal/nlp/train) from UD English EWT (CC BY-SA 4.0), GUM (CC BY 4.0),
// Universal NER EWT dev (CC BY-SA 4.0) and the world countries data
// (ODbL 1.0); NOTICE credits them.
package models

import "embed"

// FS holds tagger.bin.gz, lemma.json.gz, parser.bin.gz and ner.bin.gz.
//
//go:embed *.gz
var FS embed.FS

// File names of the models.
const (
	TaggerFile = "tagger.bin.gz"
	LemmaFile  = "lemma.json.gz"
	ParserFile = "parser.bin.gz"
	NERFile    = "ner.bin.gz"
)
