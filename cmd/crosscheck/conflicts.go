package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

func init() {
	register(&command{name: "conflicts", summary: "list figures from different sources that cannot both hold", run: runConflicts})
}

const conflictsUsage = `Usage: crosscheck conflicts [options] [QUERY]

Compares every stored estimate of the same group with the estimates other
articles give, and lists the pairs that cannot both hold, each naming both
sources and explaining itself. Casualties include the killed and wounded, a
later and larger cumulative toll is an update, and different groups are never
compared. Contradictions the analyser found inside single articles follow.
QUERY narrows the figures compared, as in 'crosscheck figures'.

Options:
`

func runConflicts(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("conflicts", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	all := fs.Bool("all", false, "also list inside-article findings that are not contradictions (spreads)")
	fs.Usage = func() {
		fmt.Fprint(stderr, conflictsUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	ctx := context.Background()
	st, ok := openLedger(ctx, "conflicts", *db, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	es, err := st.Estimates(ctx, strings.Join(fs.Args(), " "))
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck conflicts: %v\n", err)
		return 1
	}
	cs := ledger.FindConflicts(es)
	fmt.Fprintf(stdout, "Between articles: %s\n", plural(len(cs), "conflict"))
	for i, c := range cs {
		fmt.Fprintf(stdout, "%d. %s\n", i+1, c.Explanation)
		for _, e := range []ledger.Estimate{c.A, c.B} {
			fmt.Fprintf(stdout, "   - %q (%s, %s)\n", oneLine(e.Context), dash(e.Title), e.Article)
		}
	}
	fsd, err := st.Findings(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck conflicts: %v\n", err)
		return 1
	}
	var shown []ledger.StoredFinding
	for _, f := range fsd {
		if f.Contradiction || *all {
			shown = append(shown, f)
		}
	}
	fmt.Fprintf(stdout, "\nInside articles: %s\n", plural(len(shown), "finding"))
	for i, f := range shown {
		meta := f.Outlet
		if f.Published != "" {
			meta = strings.TrimPrefix(meta+", "+f.Published, ", ")
		}
		fmt.Fprintf(stdout, "%d. [%s] %s\n   %s (%s, %s)\n", i+1, f.Kind, f.Explanation, dash(f.Title), dash(meta), f.Article)
	}
	return 0
}
