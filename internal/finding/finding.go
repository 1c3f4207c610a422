// Package finding compares the statements of one article with each other
// and reports where they cannot all hold: an explicit negation of an earlier
// statement, the same predicate given to incompatible subjects, and figures
// for the same measure of the same group that conflict. It also says when
// figures differ but do NOT conflict (different measures, sources or
// scopes) — a spread to show, not a contradiction — because users should not
// have to work that out for themselves.
//
// A contradiction needs the same subject, the same predicate and the same
// time and place: statements about different events, dates or places are
// never flagged.
package finding

import (
	"fmt"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Extract appends the document's findings to d.Findings.
func Extract(d *doc.Document) {
	var out []doc.Finding
	out = append(out, negations(d)...)
	out = append(out, subjectConflicts(d)...)
	out = append(out, figureFindings(d)...)
	for i := range out {
		out[i].ID = fmt.Sprintf("x%d", len(d.Findings)+i+1)
	}
	d.Findings = append(d.Findings, out...)
}

// ref cites a span of the document, tied to the claim that holds it.
func ref(d *doc.Document, kind, id string, start, end int) doc.Ref {
	return doc.Ref{Kind: kind, ID: id, Start: start, End: end, Text: d.Slice(start, end)}
}

// claimAt returns the claim holding code-point offset r, or nil.
func claimAt(d *doc.Document, r int) *doc.Claim {
	var best *doc.Claim
	for i := range d.Claims {
		c := &d.Claims[i]
		if c.Start <= r && r < c.End && (best == nil || c.End-c.Start < best.End-best.Start) {
			best = c
		}
	}
	return best
}

func claimRef(d *doc.Document, start, end int) doc.Ref {
	if c := claimAt(d, start); c != nil {
		return ref(d, "claim", c.ID, start, end)
	}
	return ref(d, "span", "", start, end)
}
