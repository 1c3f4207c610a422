package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/api"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

func init() {
	register(&command{name: "export", summary: "write the ledger as JSON Lines, CSV, GKG-style TSV or ClaimReview", run: runExport})
}

const exportUsage = `Usage: crosscheck export --format FORMAT [options] [QUERY]

Writes the ledger to standard output, as the server's /api/v1/export routes do:

  jsonl        every stored article as document JSON, one per line
  csv          figure series (estimates of one measure of one group), one
               estimate per row; QUERY narrows the figures as in 'figures'
  gkg          the same series as GDELT-GKG-style tab-separated counts
  claimreview  every inside-article finding as schema.org ClaimReview
               JSON-LD, one per line

Options:
`

func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	format := fs.String("format", "", "jsonl, csv, gkg or claimreview")
	fs.Usage = func() {
		fmt.Fprint(stderr, exportUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch *format {
	case "jsonl", "csv", "gkg", "claimreview":
	default:
		fmt.Fprintf(stderr, "crosscheck export: --format %q: want jsonl, csv, gkg or claimreview\n", *format)
		return 2
	}
	ctx := context.Background()
	st, ok := openLedger(ctx, "export", *db, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	w := bufio.NewWriter(stdout)
	var err error
	switch *format {
	case "jsonl":
		err = api.ExportJSONL(ctx, st, w)
	case "csv", "gkg":
		var es []ledger.Estimate
		es, err = st.Estimates(ctx, strings.Join(fs.Args(), " "))
		if err == nil {
			if *format == "csv" {
				err = api.WriteSeriesCSV(w, ledger.BuildSeries(es), ',')
			} else {
				err = api.WriteSeriesGKG(w, ledger.BuildSeries(es))
			}
		}
	case "claimreview":
		err = exportClaimReview(ctx, st, w)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck export: %v\n", err)
		return 1
	}
	return 0
}

func exportClaimReview(ctx context.Context, st ledger.Store, w io.Writer) error {
	fs, err := st.Findings(ctx)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	docs := map[string]*doc.Document{}
	now := time.Now()
	for _, f := range fs {
		d := docs[f.Article]
		if d == nil {
			if d, err = st.Document(ctx, f.Article); err != nil {
				return err
			}
			docs = map[string]*doc.Document{f.Article: d} // keep one: findings mostly come grouped by article
		}
		for i := range d.Findings {
			if d.Findings[i].ID == f.ID {
				if err := enc.Encode(api.ClaimReview(d, &d.Findings[i], now)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
