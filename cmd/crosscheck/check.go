package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/reader"
	"github.com/crosscheck-news/crosscheck/internal/render"
)

func init() {
	register(&command{name: "check", summary: "analyse articles and print a claims report", run: runCheck})
}

const checkUsage = `Usage: crosscheck check [options] ARTICLE...

Reads each ARTICLE (a file, or - for standard input) and prints everything
crosscheck finds in it: who said what, the figures they gave, times, how far
it is verified, the claims, and where statements conflict.

Inputs may be plain text (with an optional Title:/Published:/Source:/URL:
header), HTML, RSS/Atom, JSON Lines or WARC; the format is detected unless
--input-format says it. With --format json one article prints one JSON
object (docs/schema/document.schema.json); several print one object per line.

Options:
`

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output: text, json or markdown")
	published := fs.String("published", "", "publication date YYYY-MM-DD (overrides the article's)")
	inFormat := fs.String("input-format", "auto", "input format: auto, text, html, rss, jsonl or warc")
	maxBytes := fs.Int64("max-bytes", reader.DefaultMaxBytes, "largest input read, in bytes")
	fast := fs.Bool("fast", false, "leave out the statistical language core (tagger, parser, NER): about five times faster, attribution and names a few points less accurate")
	colour := fs.String("color", "auto", "colour in text output: auto, always or never")
	fs.Usage = func() {
		fmt.Fprint(stderr, checkUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "crosscheck check: no ARTICLE given (a file, or - for standard input)")
		fs.Usage()
		return 2
	}
	switch *format {
	case "text", "json", "markdown", "md":
	default:
		fmt.Fprintf(stderr, "crosscheck check: --format %q: want text, json or markdown\n", *format)
		return 2
	}
	opts := analyzer.Options{Fast: *fast}
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck check: --published %q: want a date as YYYY-MM-DD\n", *published)
			return 2
		}
		opts.Published = t
	}
	an, err := analyzer.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
		return 1
	}
	useColour := *colour == "always" || *colour == "auto" && isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	ropts := reader.Options{Format: *inFormat, MaxBytes: *maxBytes}

	// Read every input first: a bad input is reported and nothing is
	// printed for it, but the others still are.
	var arts []doc.Article
	failed := false
	for _, path := range fs.Args() {
		var errs []error
		var err error
		if path == "-" {
			var got []doc.Article
			got, errs, err = reader.Read("-", stdin, ropts)
			arts = append(arts, got...)
		} else {
			errs, err = reader.EachFile(path, ropts, func(a doc.Article) error {
				arts = append(arts, a)
				return nil
			})
		}
		for _, e := range errs {
			fmt.Fprintf(stderr, "crosscheck check: %v\n", e)
			failed = true
		}
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck check: %v\n", err)
			failed = true
		}
	}
	// Analyse on every core, a window of articles at a time, and print in
	// input order.
	docs := make([]*doc.Document, len(arts))
	window := 4 * runtime.GOMAXPROCS(0)
	for i := range arts {
		if i%window == 0 {
			analyseWindow(an, arts[i:min(i+window, len(arts))], docs[i:])
		}
		d := docs[i]
		docs[i] = nil
		var err error
		switch *format {
		case "json":
			if len(arts) == 1 {
				err = render.JSON(stdout, d)
			} else {
				err = render.JSONLine(stdout, d)
			}
		case "markdown", "md":
			if i > 0 {
				fmt.Fprintln(stdout, "\n---")
			}
			err = render.Markdown(stdout, d)
		default:
			if i > 0 {
				fmt.Fprintln(stdout)
			}
			err = render.Text(stdout, d, useColour)
		}
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck check: writing output: %v\n", err)
			return 1
		}
	}
	if failed {
		return 1
	}
	return 0
}

// analyseWindow analyses arts into out[:len(arts)], one goroutine per core.
func analyseWindow(an *analyzer.Analyzer, arts []doc.Article, out []*doc.Document) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(arts)) {
		wg.Go(func() {
			for i := range next {
				out[i] = an.Analyze(arts[i])
			}
		})
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
