package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/eval"
)

func init() {
	register(&command{name: "eval", summary: "measure the extractors on annotated corpora", run: runEval})
}

const evalUsage = `Usage: crosscheck eval [options] [TASK...]

Measures crosscheck on the annotated corpora in ../shared/data (or --data):
  attribution  PolNeAR dev and train: source, cue, content and relation P/R/F1,
               exact and by overlap (any shared token), as BBC Citron scores them
  time         TimeBank+AQUAINT and MEANTIME: strict and relaxed span F1, type and
               value accuracy, value F1 (TempEval-3)
  entities     MEANTIME airbus+apple named mentions and Universal NER EWT test: PER, ORG,
               LOC span+type P/R/F1
  figures      MEANTIME VALUE mentions: span-overlap P/R/F1 and kind accuracy; Recognizers-Text
               Number, NumberRange, Percent, Currency, Dimension and Duckling Numeral, Quantity,
               AmountOfMoney case lists (pass rate per file)
  dates        Recognizers-Text DateTimeModel and Duckling Time case lists (pass rate)
  stories      ECB+ story clustering, B³ at topic and sub-topic level (needs a Clusterer)
  compare      crosscheck compare on labelled corruptions of PolNeAR dev and MEANTIME
               articles: recall per corruption kind, false alarms on faithful copies
  core         the statistical core: UPOS, XPOS, UAS, LAS, lemma on UD EWT test (gold
               tokens and raw text), NER on UNER EWT test and MEANTIME
With no TASK every task runs. docs/quality.md documents every key.

Options:
`

func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "folder holding the corpora")
	format := fs.String("format", "text", "output: text, json or markdown")
	errs := fs.Int("errors", 0, "list up to N misses per data set")
	limit := fs.Int("limit", 0, "read at most N documents per data set (0: all)")
	fast := fs.Bool("fast", false, "measure the analyser without its statistical language core (as check --fast runs it)")
	doc := fs.String("update-doc", "", "rewrite the generated tables in this Markdown file (docs/quality.md)")
	fs.Usage = func() {
		fmt.Fprint(stderr, evalUsage)
		fs.PrintDefaults()
	}
	// Tasks and flags may come in any order: `eval figures --errors 5`.
	var tasks []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		tasks = append(tasks, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if *fast && *doc != "" {
		fmt.Fprintln(stderr, "crosscheck eval: --update-doc records the analyser as it ships; run it without --fast")
		return 2
	}
	switch *format {
	case "text", "json", "markdown", "md":
	default:
		fmt.Fprintf(stderr, "crosscheck eval: --format %q: want text, json or markdown\n", *format)
		return 2
	}
	r, err := eval.Run(tasks, eval.Options{Data: *data, Errors: *errs, Limit: *limit, Fast: *fast})
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck eval: %v\n", err)
		return 1
	}
	r.Commit = commit()
	if *doc != "" {
		if err := r.UpdateDoc(*doc); err != nil {
			fmt.Fprintf(stderr, "crosscheck eval: %v\n", err)
			return 1
		}
	}
	switch *format {
	case "json":
		err = r.WriteJSON(stdout)
	case "markdown", "md":
		_, err = io.WriteString(stdout, r.Markdown())
	default:
		err = r.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck eval: %v\n", err)
		return 1
	}
	return 0
}

// commit names the checked-out commit, for the report's provenance.
func commit() string {
	out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}
