// Package meantime reads MEANTIME (NewsReader) documents — token-based XML
// with entity mentions, TIMEX3s and VALUEs anchored to token ids — and
// decides once which of its mentions are gold named entities, so that the
// analyser's entity score (internal/eval) and the language core's NER score
// (internal/nlp/nlpeval) measure against the same gold.
package meantime

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/gazetteer"
)

// AnnotatedSentences is how many sentences of each document are annotated:
// the title, the date line and the first four sentences of the body.
// Sentence numbers count from 0.
const AnnotatedSentences = 6

// Anchor ties a markable to one token.
type Anchor struct {
	ID string `xml:"t_id,attr"`
}

// Token is one token of the document text.
type Token struct {
	ID       string `xml:"t_id,attr"`
	Sentence int    `xml:"sentence,attr"`
	Text     string `xml:",chardata"`
}

// Mention is one ENTITY_MENTION.
type Mention struct {
	ID      string   `xml:"m_id,attr"`
	Syntax  string   `xml:"syntactic_type,attr"`
	Anchors []Anchor `xml:"token_anchor"`
}

// Timex is one TIMEX3; the one whose Function is CREATION_TIME is the
// publication date.
type Timex struct {
	Type     string   `xml:"type,attr"`
	Value    string   `xml:"value,attr"`
	Function string   `xml:"functionInDocument,attr"`
	Anchors  []Anchor `xml:"token_anchor"`
}

// Value is one VALUE (a quantity, an amount of money, a percentage).
type Value struct {
	Type    string   `xml:"type,attr"`
	Anchors []Anchor `xml:"token_anchor"`
}

// Document is a MEANTIME file as its XML gives it.
type Document struct {
	Tokens    []Token `xml:"token"`
	Markables struct {
		Mentions []Mention `xml:"ENTITY_MENTION"`
		Entities []struct {
			ID   string `xml:"m_id,attr"`
			Type string `xml:"ent_type,attr"`
		} `xml:"ENTITY"`
		Timexes []Timex `xml:"TIMEX3"`
		Values  []Value `xml:"VALUE"`
	} `xml:"Markables"`
	Relations struct {
		RefersTo []struct {
			Sources []struct {
				ID string `xml:"m_id,attr"`
			} `xml:"source"`
			Target struct {
				ID string `xml:"m_id,attr"`
			} `xml:"target"`
		} `xml:"REFERS_TO"`
	} `xml:"Relations"`
}

// Read parses the MEANTIME file at path.
func Read(path string) (*Document, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d := &Document{}
	if err := xml.Unmarshal(raw, d); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// Name is a gold named mention over the tokens [First, Limit) of the
// document (indices into Tokens) with its type, PER, ORG or LOC.
type Name struct {
	First, Limit int
	Type         string
}

// Names returns the document's gold named mentions of persons,
// organisations and locations.
//
// A mention is gold when its syntactic type is NAM, or PRE.NAM — a name
// premodifying a noun ("Acme CEO Jane Roe", "US exporters"), which the
// guidelines annotate as a mention of its entity like any other name — and
// it refers to an entity typed PER, ORG or LOC. A name mention whose tokens
// strictly contain another name mention of the same entity is left out: it
// is an apposition around the name ("Skyline CEO, Mara Quist", "Dutch
// carrier Nordair"), the construction the corpus elsewhere marks APP
// ("Acme Inc. CEO Jane Roe"); the name inside it stays gold. The spans
// are written as crosscheck and UNER write names: without a leading "the"
// (MEANTIME writes "the Northern Rail Company") and, for persons, without
// leading titles ("Senator Jane Doyle" → "Jane Doyle"; the titles are the
// gazetteer's). Mentions whose tokens are not in the document are skipped.
func (d *Document) Names() []Name {
	types := map[string]string{}
	for _, e := range d.Markables.Entities {
		types[e.ID] = e.Type
	}
	target := map[string]string{}
	for _, rel := range d.Relations.RefersTo {
		for _, s := range rel.Sources {
			target[s.ID] = rel.Target.ID
		}
	}
	pos := make(map[string]int, len(d.Tokens))
	for i, t := range d.Tokens {
		pos[t.ID] = i
	}
	type cand struct {
		a, b   int // token indices, inclusive
		entity string
		typ    string
	}
	var names []cand
	for _, m := range d.Markables.Mentions {
		typ := types[target[m.ID]]
		if (m.Syntax != "NAM" && m.Syntax != "PRE.NAM") || len(m.Anchors) == 0 || (typ != "PER" && typ != "ORG" && typ != "LOC") {
			continue
		}
		a, ok1 := pos[m.Anchors[0].ID]
		b, ok2 := pos[m.Anchors[len(m.Anchors)-1].ID]
		if !ok1 || !ok2 || b < a {
			continue
		}
		names = append(names, cand{a, b, target[m.ID], typ})
	}
	var out []Name
	for i, m := range names {
		apposition := false
		for j, n := range names {
			if i != j && n.entity == m.entity && m.a <= n.a && n.b <= m.b && (m.a != n.a || m.b != n.b) {
				apposition = true
				break
			}
		}
		if apposition {
			continue
		}
		a, limit := m.a, m.b+1
		if limit-a > 1 && strings.EqualFold(d.Tokens[a].Text, "the") {
			a++
		}
		if m.typ == "PER" && limit-a > 1 {
			words := make([]string, limit-a)
			for k := range words {
				words[k] = d.Tokens[a+k].Text
			}
			a += gazetteer.Default().TitleLen(words)
		}
		if a < limit {
			out = append(out, Name{a, limit, m.typ})
		}
	}
	return out
}

// Text rebuilds the document's text — its tokens joined by spaces, with a
// blank line between sentences — and gives the code-point offsets where
// each token starts and ends in it. MEANTIME keeps no original spacing, so
// every scorer reads the same rebuilt text.
func (d *Document) Text() (text string, starts, ends []int) {
	var b strings.Builder
	starts, ends = make([]int, len(d.Tokens)), make([]int, len(d.Tokens))
	pos := 0
	for i, t := range d.Tokens {
		if i > 0 {
			sep := " "
			if t.Sentence != d.Tokens[i-1].Sentence {
				sep = "\n\n"
			}
			b.WriteString(sep)
			pos += len(sep)
		}
		starts[i] = pos
		b.WriteString(t.Text)
		pos += utf8.RuneCountInString(t.Text)
		ends[i] = pos
	}
	return b.String(), starts, ends
}
