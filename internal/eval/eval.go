// Package eval measures crosscheck's extractors on annotated data that
// anyone can obtain (../shared/data): attributions on PolNeAR, times on
// TimeBank+AQUAINT and MEANTIME, entities on MEANTIME and Universal NER,
// figures on MEANTIME and as case lists from Recognizers-Text and Duckling,
// dates on the same case lists, and story clustering on ECB+ (through a
// Clusterer the ledger provides). Every number in docs/quality.md comes
// from here, through `crosscheck eval`; other packages add tasks with
// Register (the statistical core does).
//
// It reads the corpora at run time and never copies them into the project.
// Scorers are plain functions over spans so they can be unit-tested on
// hand-made pairs; loaders turn each corpus's format into text plus gold
// spans in code points.
package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// Tasks lists the built-in tasks in the order they run; Register adds more.
var Tasks = []string{"attribution", "time", "entities", "figures", "dates", "stories", "core"}

// Options tune a run.
type Options struct {
	// Data is the folder holding the corpora (../shared/data by default).
	Data string
	// Errors is how many misses to keep per data set for --errors.
	Errors int
	// Limit caps the documents (or cases) read per data set (0: all); CI
	// uses a small limit for a quick check.
	Limit int
	// Fast measures the analyser without its statistical language core
	// (analyzer.Options.Fast).
	Fast bool

	an *analyzer.Analyzer
}

// Analyzer returns the analyser shared by the tasks of a run.
func (o Options) Analyzer() *analyzer.Analyzer { return o.an }

// Report holds every number of a run, by task and data set.
type Report struct {
	Commit string                                   `json:"commit"`
	Date   string                                   `json:"date"`
	Tasks  map[string]map[string]map[string]float64 `json:"tasks"`
	// Notes say why a task or data set has no numbers, by task and set.
	Notes map[string]map[string]string `json:"notes,omitempty"`
	// Misses are examples of what went wrong, by task and data set.
	Misses map[string]map[string][]string `json:"misses,omitempty"`
}

func (r *Report) set(task, set string, m map[string]float64, misses []string) {
	if r.Tasks[task] == nil {
		r.Tasks[task] = map[string]map[string]float64{}
	}
	r.Tasks[task][set] = m
	if len(misses) > 0 {
		if r.Misses[task] == nil {
			r.Misses[task] = map[string][]string{}
		}
		r.Misses[task][set] = misses
	}
}

func (r *Report) note(task, set, note string) {
	if r.Notes[task] == nil {
		r.Notes[task] = map[string]string{}
	}
	r.Notes[task][set] = note
}

// builtin are the tasks that score the analyser's output.
var builtin = map[string]func(*Report, *analyzer.Analyzer, Options) error{
	"attribution": runAttribution,
	"time":        runTime,
	"entities":    runEntities,
	"figures":     runFigures,
	"dates":       runDates,
	"stories":     runStories,
}

// Run runs the named tasks (all when none is named).
func Run(tasks []string, o Options) (*Report, error) {
	if o.Data == "" {
		o.Data = filepath.Join("..", "shared", "data")
	}
	if st, err := os.Stat(o.Data); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("--data %s: not found (the corpora live in ../shared/data beside the checkout)", o.Data)
	}
	all := taskOrder()
	if len(tasks) == 0 {
		tasks = all
	}
	for _, t := range tasks {
		if builtin[t] == nil && registry[t] == nil && t != "core" {
			return nil, fmt.Errorf("unknown task %q (tasks: %s)", t, strings.Join(all, ", "))
		}
	}
	an, err := analyzer.New(analyzer.Options{Fast: o.Fast})
	if err != nil {
		return nil, err
	}
	o.an = an
	r := &Report{Date: time.Now().UTC().Format("2006-01-02"), Tasks: map[string]map[string]map[string]float64{},
		Notes: map[string]map[string]string{}, Misses: map[string]map[string][]string{}}
	for _, t := range tasks {
		var err error
		if fn := registry[t]; fn != nil {
			var res map[string]Result
			if res, err = fn(o); err == nil {
				for set, x := range res {
					if x.Metrics == nil {
						x.Metrics = map[string]float64{}
					}
					r.set(t, set, x.Metrics, x.Misses)
					if x.Note != "" {
						r.note(t, set, x.Note)
					}
				}
			}
		} else if fn := builtin[t]; fn != nil {
			err = fn(r, an, o)
		} else {
			r.note(t, "-", "not available: nothing registered for this task in this build")
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t, err)
		}
	}
	return r, nil
}

// tokenRanges returns the code-point ranges of the tokens of text, for
// overlap matching ("any shared token").
func tokenRanges(text string) [][2]int {
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	out := make([][2]int, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = [2]int{t.Start, t.End}
	}
	return out
}

// context returns the text around code points [s, e) for error listings.
func context(text string, s, e int) string {
	r := []rune(text)
	a, b := max(0, s-60), min(len(r), e+60)
	if s < 0 || e > len(r) || s > e {
		return ""
	}
	out := string(r[a:s]) + "⟦" + string(r[s:e]) + "⟧" + string(r[e:b])
	return strings.Join(strings.Fields(out), " ")
}

// prfKeys stores a PRF under prefix_p, prefix_r and prefix_f1.
func prfKeys(m map[string]float64, prefix string, c PRF) {
	m[prefix+"_p"] = round(100 * c.P())
	m[prefix+"_r"] = round(100 * c.R())
	m[prefix+"_f1"] = round(100 * c.F1())
}

func round(v float64) float64 { return float64(int(v*10+0.5)) / 10 }

// files lists the files of dir with the extension, sorted, capped.
func files(dir, ext string, limit int) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ext) {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, err
}
