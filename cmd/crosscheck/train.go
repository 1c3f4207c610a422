package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/nlp"
	"github.com/crosscheck-news/crosscheck/internal/nlp/train"
)

func init() {
	register(&command{name: "train", summary: "rebuild the language-core models (tagger, lemmatizer, parser, NER) from ../shared/data", run: runTrain})
}

// repoRoot walks up from the working directory to the directory holding
// go.mod, so that the defaults work from anywhere inside the repository.
func repoRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return "."
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

func runTrain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	root := repoRoot()
	data := fs.String("data", filepath.Join(root, "..", "shared", "data"), "data directory (ud-ewt, ud-gum, uner-ewt, countries)")
	out := fs.String("out", filepath.Join(root, "internal", "nlp", "models"), "where to write the models")
	limit := fs.Int("limit", 0, "read at most this many documents per split (quick runs)")
	iters := fs.Int("iterations", 0, "training passes for every model (0: each model's default)")
	jack := fs.Int("jackknife", 4, "folds for predicted training tags (parser, NER); 1 trains on gold tags")
	seed := fs.Int64("seed", 1, "random seed; the same seed and data give the same models")
	quiet := fs.Bool("q", false, "do not log progress")
	only := fs.String("only", "", `"ner": retrain only the NER, on the embedded tagger's tags`)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	start := time.Now()
	o := train.Options{Limit: *limit, Iterations: *iters, Jackknife: *jack, Seed: *seed}
	if !*quiet {
		o.Log = func(format string, a ...any) {
			fmt.Fprintf(stderr, "%7.1fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, a...))
		}
	}
	if *only == "ner" {
		core, err := nlp.Default()
		if err == nil {
			var m train.Models
			if m.NER, err = train.NER(*data, core.Tagger, o); err == nil {
				var n int
				n, err = m.SaveNER(*out)
				fmt.Fprintf(stdout, "%-16s %9d bytes, trained in %v\n", train.NERFile, n, time.Since(start).Round(time.Second))
			}
		}
		if err != nil {
			fmt.Fprintln(stderr, "crosscheck train:", err)
			return 1
		}
		return 0
	} else if *only != "" {
		fmt.Fprintf(stderr, "crosscheck train: -only %q: only \"ner\" is supported\n", *only)
		return 2
	}
	m, err := train.All(*data, o)
	if err != nil {
		fmt.Fprintln(stderr, "crosscheck train:", err)
		return 1
	}
	sizes, err := m.Save(*out)
	if err != nil {
		fmt.Fprintln(stderr, "crosscheck train:", err)
		return 1
	}
	names := make([]string, 0, len(sizes))
	total := 0
	for n, s := range sizes {
		names = append(names, n)
		total += s
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(stdout, "%-16s %9d bytes\n", n, sizes[n])
	}
	fmt.Fprintf(stdout, "%-16s %9d bytes, trained in %v\n", "total", total, time.Since(start).Round(time.Second))
	return 0
}
