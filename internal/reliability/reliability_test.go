// Package reliability holds crosscheck's bad-input matrix (GitHub issue 8):
// one test per kind of input that breaks news tools in the wild (empty,
// binary, mis-encoded, huge, deeply nested, truncated, malformed), run
// through the real reader, analyser, renderer and CLI. Each case must end in
// a clear error or in a bounded, marked partial analysis: nothing panics,
// time and memory stay within the bounds stated here and in
// docs/reliability.md, and no good record is lost because of a bad one.
//
// The package is test-only. Inputs are written by the tests themselves,
// in memory or in t.TempDir(), never taken from the shared data.
package reliability

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/cputime"
	"github.com/crosscheck-news/crosscheck/internal/reader"
	"github.com/crosscheck-news/crosscheck/internal/render"
)

// cost is what one case spent: wall time, the highest heap in use above the
// starting point while it ran (sampled), and the bytes it allocated in all.
type cost struct {
	dur   time.Duration // wall clock
	cpu   time.Duration // user + system time of the process
	peak  uint64
	alloc uint64
}

func (c cost) String() string {
	return c.dur.Round(time.Millisecond).String() + " wall, " + c.cpu.Round(time.Millisecond).String() + " CPU, peak heap +" + mib(c.peak) + ", allocated " + mib(c.alloc)
}

func mib(n uint64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }

// measure runs fn and reports its cost. The heap is sampled every 5 ms with
// runtime.ReadMemStats, so the peak is a lower bound on short spikes but
// catches anything that holds a large input in memory.
//
// The analyser's models stay live in the test process (tens of MB); with
// the default GOGC the collector lets that much garbage pile up before it
// runs, which would count against fn. A low GC percentage while fn runs
// keeps the peak close to what fn itself holds.
func measure(fn func()) cost {
	defer debug.SetGCPercent(debug.SetGCPercent(20))
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak uint64
	var mu sync.Mutex
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				runtime.ReadMemStats(&m)
				mu.Lock()
				peak = max(peak, m.HeapInuse)
				mu.Unlock()
			}
		}
	}()
	start, cpu0 := time.Now(), cputime.Process()
	fn()
	dur, cpu := time.Since(start), cputime.Process()-cpu0
	close(done)
	wg.Wait()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	peak = max(peak, after.HeapInuse)
	c := cost{dur: dur, cpu: cpu, alloc: after.TotalAlloc - before.TotalAlloc}
	if peak > before.HeapInuse {
		c.peak = peak - before.HeapInuse
	}
	return c
}

// within fails the test when c exceeds the stated bounds and logs it either
// way, so `go test -v` prints the numbers docs/reliability.md reports.
func within(t *testing.T, c cost, maxDur time.Duration, maxPeak uint64) {
	t.Helper()
	t.Logf("cost: %v (bounds %v, %s)", c, maxDur, mib(maxPeak))
	if c.cpu > maxDur {
		t.Errorf("took %v of CPU, bound %v", c.cpu, maxDur)
	}
	if c.peak > maxPeak {
		t.Errorf("peak heap +%s, bound %s", mib(c.peak), mib(maxPeak))
	}
}

var (
	anOnce sync.Once
	an     *analyzer.Analyzer
	anErr  error
)

func newAnalyzer(t testing.TB) *analyzer.Analyzer {
	t.Helper()
	anOnce.Do(func() { an, anErr = analyzer.New(analyzer.Options{}) })
	if anErr != nil {
		t.Fatalf("analyzer.New: %v", anErr)
	}
	return an
}

// analyse runs the analyser on art and checks the document is sound: every
// span inside the text, figures finite, the JSON contract renderable.
func analyse(t *testing.T, art doc.Article) *doc.Document {
	t.Helper()
	d := newAnalyzer(t).Analyze(art)
	checkDoc(t, d)
	return d
}

func checkDoc(t *testing.T, d *doc.Document) {
	t.Helper()
	n := d.Runes()
	bad := func(what string, i, s, e int) {
		t.Helper()
		if s < 0 || e < s || e > n {
			t.Errorf("%s %d: span [%d,%d) outside the %d-rune text", what, i, s, e, n)
		}
	}
	prev := 0
	for i, tk := range d.Tokens {
		bad("token", i, tk.Start, tk.End)
		if tk.Start < prev {
			t.Errorf("token %d starts at %d before the previous token's end %d", i, tk.Start, prev)
			break
		}
		prev = tk.End
	}
	for i, s := range d.Sentences {
		bad("sentence", i, s.Start, s.End)
		if s.First < 0 || s.Limit < s.First || s.Limit > len(d.Tokens) {
			t.Errorf("sentence %d: tokens [%d,%d) outside %d tokens", i, s.First, s.Limit, len(d.Tokens))
		}
	}
	for i, e := range d.Entities {
		bad("entity", i, e.Start, e.End)
	}
	for i, tm := range d.Times {
		bad("time", i, tm.Start, tm.End)
	}
	for i, f := range d.Figures {
		bad("figure", i, f.Start, f.End)
		for _, v := range []*float64{f.Value, f.Low, f.High} {
			if v != nil && (math.IsNaN(*v) || math.IsInf(*v, 0)) {
				t.Errorf("figure %d %q: non-finite value %v", i, f.Text, *v)
			}
		}
	}
	for i, a := range d.Attributions {
		bad("attribution cue", i, a.Cue.Start, a.Cue.End)
		bad("attribution content", i, a.Content.Start, a.Content.End)
		if a.Source != nil {
			bad("attribution source", i, a.Source.Start, a.Source.End)
		}
	}
	var buf bytes.Buffer
	if err := render.JSON(&buf, d); err != nil {
		t.Errorf("render.JSON: %v", err)
	} else if !json.Valid(buf.Bytes()) {
		t.Error("render.JSON wrote invalid JSON")
	}
	if err := render.Text(&bytes.Buffer{}, d, false); err != nil {
		t.Errorf("render.Text: %v", err)
	}
}

// readOne reads data as the input name and wants exactly one article and no
// record errors.
func readOne(t *testing.T, name string, data []byte) doc.Article {
	t.Helper()
	arts, errs, err := reader.Read(name, bytes.NewReader(data), reader.Options{})
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	for _, e := range errs {
		t.Errorf("Read(%s): record error %v", name, e)
	}
	if len(arts) != 1 {
		t.Fatalf("Read(%s): %d articles, want 1", name, len(arts))
	}
	return arts[0]
}

// wantErr reads data as name and wants the whole input refused with the
// sentinel kind and a reason containing each of the words.
func wantErr(t *testing.T, name string, data []byte, kind error, words ...string) {
	t.Helper()
	arts, _, err := reader.Read(name, bytes.NewReader(data), reader.Options{})
	if err == nil {
		t.Fatalf("Read(%s): no error, %d articles", name, len(arts))
	}
	if !errors.Is(err, kind) {
		t.Errorf("Read(%s): error %v does not wrap %v", name, err, kind)
	}
	var re *reader.Error
	if !errors.As(err, &re) {
		t.Errorf("Read(%s): error %T is not a *reader.Error", name, err)
	}
	for _, w := range words {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("Read(%s): error %q does not say %q", name, err, w)
		}
	}
	if len(arts) != 0 {
		t.Errorf("Read(%s): refused input still gave %d articles", name, len(arts))
	}
}

func repoRoot(t testing.TB) string { return corpora.RepoRoot(t) }

var (
	cliOnce sync.Once
	cliPath string
	cliErr  error
	cliDir  string
)

// cli builds cmd/crosscheck once per test binary, so the matrix also runs
// through the real command line (flags, exit codes, stderr). It skips when
// the go tool is not available.
func cli(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not in PATH; CLI cases need it to build cmd/crosscheck")
	}
	root := repoRoot(t)
	cliOnce.Do(func() {
		cliDir, cliErr = os.MkdirTemp("", "crosscheck-reliability-")
		if cliErr != nil {
			return
		}
		cliPath = filepath.Join(cliDir, "crosscheck")
		cmd := exec.Command(goTool, "build", "-o", cliPath, "./cmd/crosscheck")
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		if err != nil {
			cliErr = errors.New(string(out))
		}
	})
	if cliErr != nil {
		t.Fatalf("building cmd/crosscheck: %v", cliErr)
	}
	return cliPath
}

// runCLI runs `crosscheck check ARGS` and returns the exit code, stdout and
// stderr.
func runCLI(t *testing.T, stdin []byte, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(cli(t), append([]string{"check"}, args...)...)
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running crosscheck: %v", err)
	}
	return code, out.String(), errb.String()
}

func TestMain(m *testing.M) {
	code := m.Run()
	if cliDir != "" {
		os.RemoveAll(cliDir)
	}
	os.Exit(code)
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
