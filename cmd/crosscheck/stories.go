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
outlets. Each article is weighed by its words and by the people,
organisations and places it names (TF-IDF); groups of articles merge, closest
first, while the mean similarity between their members reaches --threshold,
and only articles published within --window of each other are compared
directly. Stories about related events (an aftershock, the trial after an
attack) are listed as related. The stories are saved in the ledger and
listed largest first.

Options:
`

func runStories(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	threshold := fs.Float64("threshold", 0.2, "mean similarity (0–1) from which two groups of articles merge into one story")
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
	index := map[string]int{}
	for i, s := range stories {
		index[s.ID] = i + 1
	}
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
		if len(s.Related) > 0 {
			var rel []string
			for _, id := range s.Related {
				rel = append(rel, fmt.Sprintf("%d", index[id]))
			}
			fmt.Fprintf(stdout, "   related: %s\n", strings.Join(rel, ", "))
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
