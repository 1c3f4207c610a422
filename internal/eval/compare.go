package eval

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/compare/corrupt"
)

// The compare task: real articles rewritten by internal/compare/corrupt
// with one labelled corruption each, or left faithful (unchanged copies,
// light edits), then judged by compare.Compare against their originals.
func init() { Register("compare", runCompare) }

// compareSeed fixes the generator's choices, so that two runs (and two
// commits) are measured on the same rewrites.
const compareSeed = 20251128

// compareOutcome is how the report judged one sample.
type compareOutcome struct {
	kind, variant string
	control       bool
	// changed: the verdict is "changes facts"; located: besides, a
	// finding of an accepted kind cites a span overlapping the change.
	changed, located bool
}

// judge scores one report against its sample.
func judge(s corrupt.Sample, r *compare.Report) compareOutcome {
	o := compareOutcome{kind: s.Kind, variant: s.Variant, control: s.Control(), changed: r.Verdict == compare.VerdictChangesFacts}
	if !o.changed || o.control {
		return o
	}
	for _, f := range r.Findings {
		if !contains(s.Accept, f.Kind) {
			continue
		}
		for _, sp := range s.Spans {
			if f.Derived.Overlaps(sp) {
				o.located = true
			}
		}
	}
	return o
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scoreCompare turns outcomes into the task's keys (per cent): per
// corruption kind the located recall and the verdict-only recall, and the
// false-alarm rate on unchanged copies and on light edits. A kind with no
// samples scores 0.
func scoreCompare(outs []compareOutcome) map[string]float64 {
	m := map[string]float64{}
	share := func(n, d int) float64 {
		if d == 0 {
			return 0
		}
		return round(100 * float64(n) / float64(d))
	}
	var all, allLoc, allVer, ctl, ctlAlarm int
	for _, k := range corrupt.Corruptions {
		n, loc, ver := 0, 0, 0
		for _, o := range outs {
			if o.kind != k || o.control {
				continue
			}
			n++
			if o.located {
				loc++
			}
			if o.changed {
				ver++
			}
		}
		m[k+"_n"] = float64(n)
		m[k+"_recall"] = share(loc, n)
		m[k+"_verdict_recall"] = share(ver, n)
		all, allLoc, allVer = all+n, allLoc+loc, allVer+ver
	}
	m["recall"] = share(allLoc, all)
	m["verdict_recall"] = share(allVer, all)
	groups := map[string][2]int{}
	for _, o := range outs {
		if !o.control {
			continue
		}
		keys := []string{o.kind}
		if o.kind == corrupt.LightEdit {
			keys = append(keys, "light_"+o.variant)
		}
		for _, k := range keys {
			g := groups[k]
			g[0]++
			if o.changed {
				g[1]++
			}
			groups[k] = g
		}
		ctl++
		if o.changed {
			ctlAlarm++
		}
	}
	for _, k := range append([]string{corrupt.Unchanged, corrupt.LightEdit}, prefixed("light_", corrupt.LightVariants)...) {
		g := groups[k]
		m[k+"_n"] = float64(g[0])
		m[k+"_false_alarm"] = share(g[1], g[0])
	}
	m["false_alarm"] = share(ctlAlarm, ctl)
	return m
}

func prefixed(p string, list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = p + s
	}
	return out
}

// compareArticle is one source article of the task.
type compareArticle struct {
	name, text string
	published  time.Time
}

func runCompare(o Options) (map[string]Result, error) {
	out := map[string]Result{}
	pn, err := loadPolNEAR(filepath.Join(o.Data, "polnear", "dev"), o.Limit)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	var arts []compareArticle
	for _, d := range pn {
		arts = append(arts, compareArticle{d.name, d.text, d.published})
	}
	out["polnear_dev"] = compareSet(o, arts)
	mt, err := loadMeantimeAll(o)
	if err != nil {
		return nil, err
	}
	arts = arts[:0]
	for _, d := range mt {
		arts = append(arts, compareArticle{d.name, d.text, d.published})
	}
	out["meantime"] = compareSet(o, arts)
	return out, nil
}

// compareSet makes every corruption and control of every article (the next
// article donates inserted sentences) and scores compare's reports.
func compareSet(o Options, arts []compareArticle) Result {
	an := o.Analyzer()
	docs := make([]*doc.Document, len(arts))
	for i, a := range arts {
		docs[i] = an.Analyze(doc.Article{Text: a.text, Published: a.published})
	}
	var outs []compareOutcome
	var misses []string
	for i, src := range docs {
		donor := docs[(i+1)%len(docs)]
		var samples []corrupt.Sample
		for k, kind := range append(append([]string(nil), corrupt.Corruptions...), corrupt.Unchanged) {
			rng := rand.New(rand.NewPCG(compareSeed, uint64(i)<<8|uint64(k)))
			if s, ok := corrupt.Make(src, kind, rng, donor); ok {
				samples = append(samples, s)
			}
		}
		for k, v := range corrupt.LightVariants {
			rng := rand.New(rand.NewPCG(compareSeed, uint64(i)<<8|uint64(64+k)))
			if s, ok := corrupt.MakeLight(src, v, rng); ok {
				samples = append(samples, s)
			}
		}
		for _, s := range samples {
			der := analyse(an, s.Text, arts[i].published)
			r := compare.Compare(src, der)
			oc := judge(s, r)
			outs = append(outs, oc)
			if len(misses) < o.Errors {
				if m := describeMiss(arts[i].name, s, oc, r); m != "" {
					misses = append(misses, m)
				}
			}
		}
	}
	m := scoreCompare(outs)
	m["documents"] = float64(len(docs))
	return Result{Metrics: m, Misses: misses}
}

func analyse(an *analyzer.Analyzer, text string, published time.Time) *doc.Document {
	return an.Analyze(doc.Article{Text: text, Published: published})
}

// describeMiss explains a missed corruption or a false alarm, or returns
// "" when the sample was judged right.
func describeMiss(name string, s corrupt.Sample, oc compareOutcome, r *compare.Report) string {
	flat := func(x string) string {
		x = strings.Join(strings.Fields(x), " ")
		if r := []rune(x); len(r) > 160 {
			x = string(r[:160]) + "…"
		}
		return x
	}
	if oc.control {
		if !oc.changed {
			return ""
		}
		var fs []string
		for _, f := range r.Findings {
			fs = append(fs, fmt.Sprintf("%s at “%s” (%s)", f.Kind, flat(f.Derived.Text), flat(f.Explanation)))
		}
		return fmt.Sprintf("%s: false alarm on %s/%s: %s", name, s.Kind, s.Variant, strings.Join(fs, "; "))
	}
	if oc.located {
		return ""
	}
	what := "verdict faithful"
	if oc.changed {
		var fs []string
		for _, f := range r.Findings {
			fs = append(fs, fmt.Sprintf("%s at “%s”", f.Kind, flat(f.Derived.Text)))
		}
		what = "found elsewhere: " + strings.Join(fs, "; ")
	}
	at := ""
	if len(s.Spans) > 0 {
		at = " in “" + context(s.Text, s.Spans[0].Start, s.Spans[0].End) + "”"
	}
	return fmt.Sprintf("%s: missed %s/%s “%s” → “%s”%s (%s)", name, s.Kind, s.Variant, flat(s.Before), flat(s.After), at, what)
}
