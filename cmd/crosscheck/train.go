package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
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
	selectPasses := fs.String("select-passes", "", `comma-separated candidate NER pass counts ("3,5,7,10"): score each by document-level k-fold over the NER training data (GUM, UNER dev) and print the scores; writes no model`)
	folds := fs.Int("folds", 3, "folds for -select-passes")
	seeds := fs.String("seeds", "", `comma-separated seeds for -select-passes ("1,2,3"): train every fold with each and pool the scores (default: -seed)`)
	nerMix := fs.Int("ner-mix", 0, "experiment: train the NER as this many models with consecutive seeds and keep the mean of their weights (0 or 1: one model, as shipped)")
	silver := fs.Bool("silver", false, "experiment: add EWT train to the NER's data, its gold proper names typed by a gold-only recognizer (the data README lists EWT for POS, lemmas and dependencies only: such a model is measured, not shipped)")
	silverMargin := fs.Float64("silver-margin", train.DefaultSilverMargin, "-silver: least per-word score margin between a name's best and second type for its sentence to be kept")
	silverAll := fs.Bool("silver-all", false, "-silver: keep EWT train sentences that name no one too")
	silverPartial := fs.Bool("silver-partial", train.DefaultSilverPartial, "-silver: keep sentences with a name of doubtful type, learning nothing on its words")
	silverDoc := fs.Bool("silver-doc", train.DefaultSilverDoc, "-silver: type a name by its scores summed over its mentions in the document")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	start := time.Now()
	o := train.Options{Limit: *limit, Iterations: *iters, Jackknife: *jack, Seed: *seed, NERMix: *nerMix,
		Silver: *silver, SilverMargin: float32(*silverMargin), SilverAll: *silverAll, SilverPartial: *silverPartial, SilverDoc: *silverDoc}
	if !*quiet {
		o.Log = func(format string, a ...any) {
			fmt.Fprintf(stderr, "%7.1fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, a...))
		}
	}
	for _, f := range strings.Split(*seeds, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck train: -seeds: bad seed %q\n", f)
			return 2
		}
		o.Seeds = append(o.Seeds, n)
	}
	if *selectPasses != "" {
		return selectNERPasses(*data, *selectPasses, *folds, o, stdout, stderr)
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

// selectNERPasses runs train.SelectNERPasses with the embedded tagger and
// prints one line per candidate: per-fold and overall held-out span F1.
func selectNERPasses(data, list string, folds int, o train.Options, stdout, stderr io.Writer) int {
	var passes []int
	for _, f := range strings.Split(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			fmt.Fprintf(stderr, "crosscheck train: -select-passes: bad pass count %q\n", f)
			return 2
		}
		passes = append(passes, n)
	}
	core, err := nlp.Default()
	if err != nil {
		fmt.Fprintln(stderr, "crosscheck train:", err)
		return 1
	}
	scores, best, err := train.SelectNERPasses(data, core.Tagger, folds, passes, o)
	if err != nil {
		fmt.Fprintln(stderr, "crosscheck train:", err)
		return 1
	}
	fmt.Fprintf(stdout, "NER held-out span F1, %d folds by document over GUM + UNER dev\n", folds)
	fmt.Fprintf(stdout, "%-7s %-24s %8s %8s\n", "passes", "per fold", "all", "UNER")
	join := func(xs []float64) string {
		var fs []string
		for _, f := range xs {
			fs = append(fs, fmt.Sprintf("%.2f", f))
		}
		return strings.Join(fs, " ")
	}
	for _, s := range scores {
		fmt.Fprintf(stdout, "%-7d %-24s %8.2f %8.2f\n", s.Passes, join(s.Fold), s.F1, s.UNERF1)
		if len(s.Seed) > 1 {
			fmt.Fprintf(stdout, "        per seed: all %s; UNER %s\n", join(s.Seed), join(s.SeedUNER))
		}
	}
	fmt.Fprintf(stdout, "selected: %d passes\n", best)
	return 0
}
