package finding

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/claim"
)

// buildClaims runs the claim step, which subject conflicts read.
func buildClaims(d *doc.Document) { claim.Extract(d) }
