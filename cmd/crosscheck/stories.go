package main

import (
	"container/heap"
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
	eval.SetTuning(func(story, topic float64) eval.TopicClusterer {
		return ledger.Clusterer{Options: ledger.StoryOptions{Threshold: story, TopicThreshold: topic}}
	})
}

const storiesUsage = `Usage: crosscheck stories [options]

Groups the stored articles that report the same event, usually from different
outlets. Each article is weighed by its words and by the people,
organisations and places it names (TF-IDF). Articles are read in publication
order and each joins the story it is closest to on average (mean similarity
to the story's articles at least --threshold) among the stories whose latest
article is within --window of it, or starts a story of its own; a story with
no article for longer than the window is finished and saved. Memory depends on
how many articles a window holds, not on the size of the ledger.

Without --since every stored story is replaced. With --since DATE only the
articles published from DATE on are grouped: the stories saved before keep
their articles, and new articles can join them ("--since auto" starts from the
newest article of a saved story, for adding the articles ingested since the
last run). The largest stories are listed, with the related ones among them
(reports of related events: an aftershock, the trial after an attack).

Options:
`

func runStories(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	threshold := fs.Float64("threshold", 0.2, "mean similarity (0–1) from which an article joins a story")
	window := fs.Duration("window", 72*time.Hour, "largest gap between a story's latest article and one that joins it")
	since := fs.String("since", "", "group only articles published from this date (YYYY-MM-DD, or auto), keeping the stories saved before")
	show := fs.Int("show", 50, "how many of the largest stories to list")
	fs.Usage = func() {
		fmt.Fprint(stderr, storiesUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *threshold <= 0 || *threshold > 1 || *window <= 0 || *show < 0 {
		fmt.Fprintln(stderr, "crosscheck stories: --threshold must be in (0, 1], --window positive and --show not negative")
		return 2
	}
	if *since != "" && *since != "auto" {
		if _, err := time.Parse("2006-01-02", *since); err != nil {
			fmt.Fprintln(stderr, "crosscheck stories: --since must be a date (YYYY-MM-DD) or auto")
			return 2
		}
	}
	ctx := context.Background()
	st, ok := openLedger(ctx, "stories", *db, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	ss, ok := st.(ledger.StoryStore)
	if !ok {
		fmt.Fprintln(stderr, "crosscheck stories: this ledger cannot stream its articles")
		return 1
	}
	res, err := groupLedger(ctx, ss, ledger.StreamOptions{StoryOptions: ledger.StoryOptions{Threshold: *threshold, Window: *window}}, *since, *show, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck stories: %v\n", err)
		return 1
	}
	if *since != "" {
		fmt.Fprintf(stdout, "%s new or grown among %s read.\n", pluralStories(res.stories), plural(res.articles, "article"))
	} else {
		fmt.Fprintf(stdout, "%s among %s.\n", pluralStories(res.stories), plural(res.articles, "article"))
	}
	stories := res.top
	ledger.RelateStories(stories)
	index := map[string]int{}
	for i, s := range stories {
		index[s.ID] = i + 1
	}
	if len(stories) > 0 && len(stories) < res.stories {
		fmt.Fprintf(stdout, "The %d largest:\n", len(stories))
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

// groupResult is what one grouping run did.
type groupResult struct {
	articles, stories int
	top               []ledger.Story // the largest stories, largest first
	maxLive           int
}

const (
	// storyBatch is how many finished stories are written in one transaction.
	storyBatch = 1000
	// progressEvery is how many articles pass between progress lines on a
	// long run.
	progressEvery = 100_000
)

// groupLedger streams the ledger's articles through a StoryStream, writing
// finished stories in batches and keeping the show largest to list. With
// since, it starts from the stories live at that date: the articles of the
// window before it are replayed (seeded into their stored stories), so a
// new article can join a story the last run saved.
func groupLedger(ctx context.Context, ss ledger.StoryStore, opts ledger.StreamOptions, since string, show int, progress io.Writer) (groupResult, error) {
	var res groupResult
	if opts.Window == 0 {
		opts.Window = 72 * time.Hour
	}
	from := ""
	if since == "auto" {
		latest, err := ss.LatestStoryArticle(ctx)
		if err != nil {
			return res, err
		}
		since = latest
	}
	if since != "" {
		if len(since) > 10 {
			since = since[:10]
		}
		d, err := time.Parse("2006-01-02", since)
		if err != nil {
			return res, fmt.Errorf("since %q: %w", since, err)
		}
		// The replay starts a DF window back (twice what the centred
		// document frequencies need, and more than the story window), so
		// that the vectors are those a full run has here and the stories
		// live at since are rebuilt from their saved articles.
		replay := 4 * opts.Window
		if opts.DFWindow > replay {
			replay = opts.DFWindow
		}
		from = d.Add(-replay).Format("2006-01-02")
	} else if err := ss.ClearStories(ctx); err != nil {
		return res, err
	}
	var batch []ledger.Story
	top := &storySizeHeap{}
	g := ledger.NewStoryStream(opts, func(s ledger.Story) error {
		res.stories++
		batch = append(batch, s)
		if show > 0 {
			heap.Push(top, s)
			if top.Len() > show {
				heap.Pop(top)
			}
		}
		if len(batch) >= storyBatch {
			err := ss.WriteStories(ctx, batch)
			batch = batch[:0]
			return err
		}
		return nil
	})
	err := ss.StreamStoryInputs(ctx, from, func(a ledger.StoryInput, storyID string) error {
		res.articles++
		if res.articles%progressEvery == 0 {
			fmt.Fprintf(progress, "crosscheck stories: %d articles read (published %s), %d stories saved, %d live\n", res.articles, dash(a.Published), res.stories, g.Live())
		}
		if storyID != "" {
			return g.Seed(a, storyID)
		}
		if since != "" && a.Published < since {
			// Before since, an article the last run left alone stays alone:
			// it is replayed only for the statistics.
			return g.Seed(a, a.ID)
		}
		return g.Add(a)
	})
	if err == nil {
		err = g.Flush()
	}
	if err == nil {
		err = ss.WriteStories(ctx, batch)
	}
	res.maxLive = g.MaxLiveSeen
	res.top = make([]ledger.Story, top.Len())
	for i := len(res.top) - 1; i >= 0; i-- {
		res.top[i] = heap.Pop(top).(ledger.Story)
	}
	return res, err
}

// storySizeHeap keeps the largest stories: its root is the smallest.
type storySizeHeap []ledger.Story

func (h storySizeHeap) Len() int { return len(h) }
func (h storySizeHeap) Less(i, j int) bool {
	if len(h[i].Articles) != len(h[j].Articles) {
		return len(h[i].Articles) < len(h[j].Articles)
	}
	return h[i].ID > h[j].ID
}
func (h storySizeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *storySizeHeap) Push(x any)   { *h = append(*h, x.(ledger.Story)) }
func (h *storySizeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func pluralStories(n int) string {
	if n == 1 {
		return "1 story"
	}
	return fmt.Sprintf("%d stories", n)
}
