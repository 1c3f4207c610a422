package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

func init() {
	register(&command{name: "compare", summary: "check a rewrite or summary against its source", run: runCompare})
}

const compareUsage = `Usage: crosscheck compare [options] SOURCE DERIVED

Aligns each statement of DERIVED (a summary, rewrite or later version) to
the statements of SOURCE and reports where DERIVED changes the facts:
figures changed or invented, entities swapped or invented, attributions
changed or dropped, verification caveats dropped, negation or modality
flipped, times moved, and statements with no support in SOURCE. Each
finding cites the span in DERIVED and the best-matching span in SOURCE.
The report ends with a verdict (faithful / changes facts) and counts.

SOURCE and DERIVED are files (or - for standard input, for one of them) in
any input format check reads; each must hold one article. With --format
json the report is one JSON object (docs/schema/compare.schema.json).
The exit code is 0 when DERIVED is faithful, 3 when it changes facts, 1 or
2 on errors.

Options:
`

func runCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output: text or json")
	published := fs.String("published", "", "publication date YYYY-MM-DD for both texts (overrides theirs)")
	inFormat := fs.String("input-format", "auto", "input format: auto, text, html, rss, jsonl or warc")
	maxBytes := fs.Int64("max-bytes", reader.DefaultMaxBytes, "largest input read, in bytes")
	fs.Usage = func() {
		fmt.Fprint(stderr, compareUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 2 {
		fmt.Fprintln(stderr, "crosscheck compare: want exactly two arguments, SOURCE and DERIVED")
		fs.Usage()
		return 2
	}
	if fs.Arg(0) == "-" && fs.Arg(1) == "-" {
		fmt.Fprintln(stderr, "crosscheck compare: only one of SOURCE and DERIVED can be standard input")
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "crosscheck compare: --format %q: want text or json\n", *format)
		return 2
	}
	opts := analyzer.Options{}
	if *published != "" {
		t, err := time.Parse("2006-01-02", *published)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck compare: --published %q: want a date as YYYY-MM-DD\n", *published)
			return 2
		}
		opts.Published = t
	}
	ropts := reader.Options{Format: *inFormat, MaxBytes: *maxBytes}
	var arts [2]doc.Article
	for i, path := range fs.Args() {
		a, err := readOne(path, stdin, ropts)
		if err != nil {
			fmt.Fprintf(stderr, "crosscheck compare: %v\n", err)
			return 1
		}
		arts[i] = a
	}
	an, err := analyzer.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck compare: %v\n", err)
		return 1
	}
	rep := compare.Compare(an.Analyze(arts[0]), an.Analyze(arts[1]))
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(rep)
	} else {
		err = writeCompareText(stdout, rep, fs.Arg(0), fs.Arg(1))
	}
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck compare: writing output: %v\n", err)
		return 1
	}
	if rep.Verdict != compare.VerdictFaithful {
		return 3
	}
	return 0
}

// readOne reads exactly one article from path; a file holding several
// (a feed, a JSON Lines file) is an error because compare needs one text
// on each side.
func readOne(path string, stdin io.Reader, ropts reader.Options) (doc.Article, error) {
	var arts []doc.Article
	var errs []error
	var err error
	if path == "-" {
		arts, errs, err = reader.Read("-", stdin, ropts)
	} else {
		errs, err = reader.EachFile(path, ropts, func(a doc.Article) error {
			arts = append(arts, a)
			return nil
		})
	}
	if err != nil {
		return doc.Article{}, err
	}
	if len(errs) > 0 {
		return doc.Article{}, errs[0]
	}
	if len(arts) != 1 {
		return doc.Article{}, fmt.Errorf("%s: holds %d articles; compare needs exactly one", path, len(arts))
	}
	return arts[0], nil
}

func writeCompareText(w io.Writer, r *compare.Report, srcName, derName string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Comparing %s (derived) with %s (source)\n", derName, srcName)
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "\n[%s] %s\n", strings.ReplaceAll(f.Kind, "_", " "), f.Explanation)
		fmt.Fprintf(&b, "  derived %d–%d: %s\n", f.Derived.Start, f.Derived.End, clipText(f.Derived.Text, 160))
		if f.Source != nil {
			fmt.Fprintf(&b, "  source  %d–%d: %s\n", f.Source.Start, f.Source.End, clipText(f.Source.Text, 160))
		} else {
			fmt.Fprintln(&b, "  source  (nothing matches)")
		}
	}
	fmt.Fprintf(&b, "\nVerdict: %s", r.Verdict)
	if len(r.Findings) == 0 {
		fmt.Fprintf(&b, " (%d statements checked, no changes found)\n", len(r.Alignments))
	} else {
		fmt.Fprintf(&b, " (%d findings in %d statements checked)\n", len(r.Findings), len(r.Alignments))
		for _, k := range compare.Kinds {
			if n := r.Counts[k]; n > 0 {
				fmt.Fprintf(&b, "  %-22s %d\n", strings.ReplaceAll(k, "_", " "), n)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
