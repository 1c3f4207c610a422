package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/eval"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

func init() {
	register(&command{name: "stories", summary: "group the ledger's articles about the same event", run: runStories})
	// crosscheck eval stories scores the same grouping on ECB+.
	eval.SetClusterer(ledger.Clusterer{})
}

const storiesUsage = `Usage: crosscheck stories [options]

Groups the stored articles that report the same event, usually from different
outlets: candidates come from MinHash over word shingles and from shared
names, places and dates, and two articles join a story when they are similar
enough and published within --window of each other. The stories are saved in
the ledger and listed largest first.

Options:
`

func runStories(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	threshold := fs.Float64("threshold", 0.15, "similarity (0–1) from which two articles are linked")
	window := fs.Duration("window", 72*time.Hour, "largest gap between two linked articles' publication dates")
	fs.Usage = func() {
		fmt.Fprint(stderr, storiesUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *threshold <= 0 || *threshold > 1 || *window <= 0 {
		fmt.Fprintln(stderr, "crosscheck stories: --threshold must be in (0, 1] and --window positive")
		return 2
	}
	ctx := context.Background()
	st, ok := openLedger(ctx, "stories", *db, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	in, err := st.StoryInputs(ctx)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck stories: %v\n", err)
		return 1
	}
	stories := ledger.GroupStories(in, ledger.StoryOptions{Threshold: *threshold, Window: *window})
	if err := st.SaveStories(ctx, stories); err != nil {
		fmt.Fprintf(stderr, "crosscheck stories: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s among %s.\n", pluralStories(len(stories)), plural(len(in), "article"))
	for i, s := range stories {
		outlets := map[string]bool{}
		for _, a := range s.Articles {
			outlets[a.Outlet] = true
		}
		fmt.Fprintf(stdout, "\n%d. %s — %s from %s\n", i+1, dash(s.Title), plural(len(s.Articles), "article"), plural(len(outlets), "outlet"))
		if len(s.Shared) > 0 {
			shared := s.Shared
			if len(shared) > 8 {
				shared = shared[:8]
			}
			fmt.Fprintf(stdout, "   shared: %s\n", strings.Join(shared, ", "))
		}
		for _, a := range s.Articles {
			fmt.Fprintf(stdout, "   - %s  %s  %s  (%s)\n", dash(a.Published), dash(a.Outlet), dash(a.Title), a.ID)
		}
	}
	return 0
}

func pluralStories(n int) string {
	if n == 1 {
		return "1 story"
	}
	return fmt.Sprintf("%d stories", n)
}
