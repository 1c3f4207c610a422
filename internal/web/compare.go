package web

import (
	"net/http"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/api"
	"github.com/crosscheck-news/crosscheck/internal/compare"
)

// compareView is the compare page: the form, and after a comparison the
// verdict, the counts per kind, both texts with the findings marked, and
// the findings each linking to its span in the rewrite and in the source.
type compareView struct {
	MaxBody         int64
	Source, Derived string // the texts as given, to refill the form
	Report          *compare.Report
	SourceNodes     []Node
	DerivedNodes    []Node
	Counts          []kindCount
	Findings        []compareFinding
}

type kindCount struct {
	Kind  string
	Count int
}

type compareFinding struct {
	compare.Finding
	Label string
}

var compareLabel = map[string]string{
	compare.FigureChanged:       "Figure changed",
	compare.FigureInvented:      "Figure invented",
	compare.EntitySwapped:       "Entity swapped",
	compare.EntityInvented:      "Entity invented",
	compare.AttributionChanged:  "Attribution changed",
	compare.AttributionDropped:  "Attribution dropped",
	compare.VerificationDropped: "Caveat dropped",
	compare.NegationFlipped:     "Negation flipped",
	compare.ModalityChanged:     "Modality changed",
	compare.TimeMoved:           "Time moved",
	compare.Unsupported:         "Unsupported",
}

func (s *Server) compareForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "compare", "Compare a rewrite with its source", compareView{MaxBody: s.cfg.MaxBody})
}

// compareRun analyses both texts and shows the report. Nothing is stored,
// so the form needs no token; cross-origin posts are refused by the CSRF
// middleware like every form.
func (s *Server) compareRun(w http.ResponseWriter, r *http.Request) {
	src, der, err := api.DecodeCompare(r, s.cfg.API.MaxBytes())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	docs := s.cfg.API.Analyse([]doc.Article{src, der})
	rep := compare.Compare(docs[0], docs[1])
	v := compareView{MaxBody: s.cfg.MaxBody, Source: r.FormValue("source"), Derived: r.FormValue("derived"), Report: rep}
	var dspans, sspans []span
	for _, f := range rep.Findings {
		label := compareLabel[f.Kind]
		if label == "" {
			label = strings.ReplaceAll(f.Kind, "_", " ")
		}
		v.Findings = append(v.Findings, compareFinding{Finding: f, Label: label})
		dspans = append(dspans, span{start: f.Derived.Start, end: f.Derived.End, prio: pFinding,
			mark: Mark{ID: "d-" + f.ID, Class: "hl hl-change", Label: label, Tip: f.Explanation}})
		if f.Source != nil {
			sspans = append(sspans, span{start: f.Source.Start, end: f.Source.End, prio: pFinding,
				mark: Mark{ID: "s-" + f.ID, Class: "hl hl-srcmatch", Label: "Source of: " + label, Tip: f.Source.Text}})
		}
	}
	v.DerivedNodes = nodes(docs[1].Article.Text, dspans)
	v.SourceNodes = nodes(docs[0].Article.Text, sspans)
	for _, k := range compare.Kinds {
		if n := rep.Counts[k]; n > 0 {
			v.Counts = append(v.Counts, kindCount{Kind: compareLabel[k], Count: n})
		}
	}
	s.render(w, r, http.StatusOK, "compare", "Compare: "+rep.Verdict, v)
}

// nodes marks spans (code points) in text, dropping any outside it.
func nodes(text string, spans []span) []Node {
	runes := []rune(text)
	kept := spans[:0]
	for _, sp := range spans {
		if sp.start >= 0 && sp.end <= len(runes) && sp.start < sp.end {
			kept = append(kept, sp)
		}
	}
	return tree(runes, 0, len(runes), kept)
}
