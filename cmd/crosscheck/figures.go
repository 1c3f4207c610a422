package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

func init() {
	register(&command{name: "figures", summary: "show figure series across articles (e.g. troops killed)", run: runFigures})
}

const figuresUsage = `Usage: crosscheck figures [options] QUERY

Gathers the stored figures whose group, counted phrase, measure or sentence
contain every word of QUERY ("North Korean killed Kursk") into series: one
table per measure of one group, every estimate with its value or range, its
bound, who gave it, the outlet and the article's date, oldest first.

Options:
`

func runFigures(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("figures", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, figuresUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	query := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(query) == "" {
		fmt.Fprintln(stderr, "crosscheck figures: no QUERY given (e.g. \"North Korean killed\")")
		fs.Usage()
		return 2
	}
	ctx := context.Background()
	st, ok := openLedger(ctx, "figures", *db, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	es, err := st.Estimates(ctx, query)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck figures: %v\n", err)
		return 1
	}
	series := ledger.BuildSeries(es)
	if len(series) == 0 {
		fmt.Fprintf(stdout, "No figures match %q.\n", query)
		return 0
	}
	for i, s := range series {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "%s — %s\n", s.Name(), plural(len(s.Estimates), "estimate"))
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "DATE\tESTIMATE\tAS WRITTEN\tSOURCE\tOUTLET")
		for _, e := range s.Estimates {
			src := e.Source
			if src == "" {
				src = "(the article)"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", dash(e.Published), ledger.Describe(e), oneLine(e.Text), oneLine(src), dash(e.Outlet))
		}
		tw.Flush()
	}
	return 0
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
