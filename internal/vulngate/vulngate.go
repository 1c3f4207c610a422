// Package vulngate decides whether a govulncheck scan passes CI. It reads
// the JSON stream `govulncheck -format json` writes and fails on every
// vulnerability the code calls (a finding whose trace reaches a function),
// except standard-library ones listed as accepted: those are fixed only by
// a newer Go toolchain, which CI cannot install offline, so each acceptance
// is written down with its reason rather than hidden by a flag. Findings in
// imported but uncalled code are reported and never fail.
package vulngate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Stdlib is the module name govulncheck gives the standard library.
const Stdlib = "stdlib"

// Finding is one vulnerability the scan found, with the frame of the
// vulnerable symbol (trace[0]) and the frame in this module that reaches it.
type Finding struct {
	ID      string
	Module  string
	Version string
	Fixed   string
	Called  bool   // trace[0] names a function: the code calls it
	Symbol  string // package.function of the vulnerable symbol
	Caller  string // the outermost frame: where this module's code enters
}

// frame and message mirror the parts of govulncheck's JSON protocol
// (golang.org/x/vuln/internal/govulncheck, protocol v1.0.0) read here.
type frame struct {
	Module   string `json:"module"`
	Version  string `json:"version"`
	Package  string `json:"package"`
	Function string `json:"function"`
	Receiver string `json:"receiver"`
	Position *struct {
		Filename string `json:"filename"`
		Line     int    `json:"line"`
	} `json:"position"`
}

type message struct {
	Finding *struct {
		OSV          string  `json:"osv"`
		FixedVersion string  `json:"fixed_version"`
		Trace        []frame `json:"trace"`
	} `json:"finding"`
}

// Read decodes a govulncheck JSON stream and returns one Finding per
// vulnerability ID, preferring a called trace over an imported one.
func Read(r io.Reader) ([]Finding, error) {
	dec := json.NewDecoder(r)
	byID := map[string]Finding{}
	for {
		var m message
		err := dec.Decode(&m)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("govulncheck output is not a JSON stream: %w", err)
		}
		if m.Finding == nil || len(m.Finding.Trace) == 0 {
			continue
		}
		t := m.Finding.Trace
		f := Finding{ID: m.Finding.OSV, Module: t[0].Module, Version: t[0].Version, Fixed: m.Finding.FixedVersion,
			Called: t[0].Function != "", Symbol: symbol(t[0]), Caller: symbol(t[len(t)-1])}
		if p := t[len(t)-1].Position; p != nil && f.Called {
			f.Caller += fmt.Sprintf(" (%s:%d)", p.Filename, p.Line)
		}
		if old, ok := byID[f.ID]; !ok || (f.Called && !old.Called) {
			byID[f.ID] = f
		}
	}
	out := make([]Finding, 0, len(byID))
	for _, f := range byID {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func symbol(f frame) string {
	s := f.Package
	if s == "" {
		s = f.Module
	}
	if f.Function != "" {
		fn := f.Function
		if f.Receiver != "" {
			fn = strings.TrimPrefix(f.Receiver, "*") + "." + fn
		}
		s += "." + fn
	}
	return s
}

// ParseAccepted reads the accepted list: one vulnerability ID per line,
// then its reason; blank lines and lines starting with # are ignored. An
// entry without a reason is an error: an acceptance must say why.
func ParseAccepted(r io.Reader) (map[string]string, error) {
	acc := map[string]string{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, reason, _ := strings.Cut(line, " ")
		if reason = strings.TrimSpace(reason); reason == "" {
			return nil, fmt.Errorf("line %d: %s has no reason", n, id)
		}
		acc[id] = reason
	}
	return acc, sc.Err()
}

// Verdict is the gate's decision.
type Verdict struct {
	Failing  []Finding // called, and not accepted
	Accepted []Finding // called standard-library findings on the accepted list
	Uncalled []Finding // in imported packages or required modules only
	Stale    []string  // accepted IDs the scan no longer finds: remove them
}

// OK reports whether CI passes.
func (v Verdict) OK() bool { return len(v.Failing) == 0 }

// Decide applies the accepted list. Only standard-library findings can be
// accepted: a vulnerable module is fixed by `go get` and never waived.
func Decide(fs []Finding, accepted map[string]string) Verdict {
	var v Verdict
	seen := map[string]bool{}
	for _, f := range fs {
		seen[f.ID] = true
		switch {
		case !f.Called:
			v.Uncalled = append(v.Uncalled, f)
		case f.Module == Stdlib && accepted[f.ID] != "":
			v.Accepted = append(v.Accepted, f)
		default:
			v.Failing = append(v.Failing, f)
		}
	}
	for id := range accepted {
		if !seen[id] {
			v.Stale = append(v.Stale, id)
		}
	}
	sort.Strings(v.Stale)
	return v
}

// Report writes the verdict for the CI log.
func (v Verdict) Report(w io.Writer, accepted map[string]string) {
	for _, f := range v.Failing {
		fmt.Fprintf(w, "FAIL %s: %s@%s, fixed in %s; called: %s via %s\n", f.ID, f.Module, f.Version, orNone(f.Fixed), f.Symbol, f.Caller)
	}
	for _, f := range v.Accepted {
		fmt.Fprintf(w, "accepted %s: %s@%s, fixed in %s (%s)\n", f.ID, f.Module, f.Version, orNone(f.Fixed), accepted[f.ID])
	}
	for _, id := range v.Stale {
		fmt.Fprintf(w, "stale acceptance %s: no longer found; remove it from the list\n", id)
	}
	fmt.Fprintf(w, "govulncheck: %d called and failing, %d called and accepted (standard library), %d in imported code only\n",
		len(v.Failing), len(v.Accepted), len(v.Uncalled))
}

func orNone(s string) string {
	if s == "" {
		return "no fixed version"
	}
	return s
}
