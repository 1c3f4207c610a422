package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/crosscheck-news/crosscheck/internal/synth"
)

func init() {
	register(&command{name: "gen", summary: "write synthetic articles as JSON Lines, for scale tests", run: runGen})
}

const genUsage = `Usage: crosscheck gen [options]

Writes -n synthetic news articles as JSON Lines on standard output, ready for
'crosscheck ingest -'. Events (floods, dam failures, clashes…) in invented
towns are each covered by several outlets over a few days, with attributed,
hedged figures, quotes and verification caveats, so a large ledger exercises
search, stories and figure series the way real news does. The same --seed
and -n always give the same articles. The text is generated: use it to
measure speed and memory, never accuracy.

Example (a million-article ledger):

  crosscheck gen -n 1000000 | crosscheck ingest --db big.db -

Options:
`

func runGen(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "number of articles")
	seed := fs.Uint64("seed", 1, "random seed")
	per := fs.Int("per-story", 6, "largest number of articles about one event")
	fs.Usage = func() {
		fmt.Fprint(stderr, genUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *n < 0 || *per < 1 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "crosscheck gen: -n must be ≥ 0, --per-story ≥ 1, and no arguments are taken")
		return 2
	}
	w := bufio.NewWriterSize(stdout, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err := synth.Generate(*n, synth.Options{Seed: *seed, PerStory: *per}, func(a synth.Article) error { return enc.Encode(a) })
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck gen: writing: %v\n", err)
		return 1
	}
	return 0
}
