package eval

import "sort"

// Result is one data set's numbers and the misses kept for --errors.
type Result struct {
	Metrics map[string]float64
	Misses  []string
	// Note says why a data set has no numbers ("not available: …").
	Note string
}

// TaskFunc runs one task and returns its results by data set. Tasks that
// need the analyser call o.Analyzer().
type TaskFunc func(o Options) (map[string]Result, error)

var registry = map[string]TaskFunc{}

// Register adds a task under name, so that packages the harness does not
// import (the statistical core, the ledger's clusterer) can put their
// numbers in the same report: `eval.Register("core", fn)`. A later
// registration replaces an earlier one.
func Register(name string, fn TaskFunc) { registry[name] = fn }

// taskOrder is the order of the report: the built-in tasks first, then
// every other registered task by name.
func taskOrder() []string {
	out := append([]string(nil), Tasks...)
	var extra []string
	for name := range registry {
		known := false
		for _, t := range Tasks {
			known = known || t == name
		}
		if !known {
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}
