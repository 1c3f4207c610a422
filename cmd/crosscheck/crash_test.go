package main

// Crash safety (issue 8) and scale-out (issue 5): the real binary is killed
// with SIGKILL at random points while it ingests or works the queue, started
// again, and at the end the ledger must hold every input article exactly once
// with its complete analysis, a full-text index that agrees with the tables,
// and no orphan rows. The random delays come from a logged seed;
// CROSSCHECK_CRASH_SEED replays one.

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/queue/queuetest"
	"github.com/crosscheck-news/crosscheck/internal/reader"
	"github.com/crosscheck-news/crosscheck/internal/synth"
)

// crashArticles is how many PolNeAR texts the crash corpus takes when the
// shared corpora are present: enough that a full ingest takes a few seconds
// here, so kills land while batches are being written.
const crashArticles = 250

// kills is how many times each plain-ingest run is killed.
const kills = 20

func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("crash tests run the binary for about a minute; skipped with -short")
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("CROSSCHECK_CRASH_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("CROSSCHECK_CRASH_SEED=%q: %v", s, err)
		}
		seed = v
	}
	t.Logf("random kill delays from seed %d (CROSSCHECK_CRASH_SEED=%d replays them)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))

	bin := filepath.Join(t.TempDir(), "crosscheck")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := crashCorpus(t)
	ref := reference(t, in)
	t.Logf("corpus: %d distinct articles from %v", len(ref), in)

	t.Run("IngestSQLite", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "ledger.db")
		killIngest(t, bin, db, in, rng, func() int { return countArticles(t, "sqlite", db) })
		checkLedger(t, "sqlite", db, ref)
	})
	t.Run("IngestPostgres", func(t *testing.T) {
		dsn := queuetest.FreshDB(t)
		killIngest(t, bin, dsn, in, rng, func() int { return countArticles(t, "pgx", dsn) })
		checkLedger(t, "pgx", dsn, ref)
	})
	t.Run("Workers", func(t *testing.T) {
		dsn := queuetest.FreshDB(t)
		killWorker(t, bin, dsn, in, rng)
		checkLedger(t, "pgx", dsn, ref)
		checkJobs(t, dsn, len(ref))
	})
}

// crashCorpus returns the inputs: the bundled examples, the reader's text
// test files, and, when the shared corpora are present, a JSON Lines file in
// a temporary directory with the first PolNeAR training texts.
func crashCorpus(t *testing.T) []string {
	in := []string{"../../examples", "../../internal/reader/testdata/article.txt", "../../internal/reader/testdata/feed.atom", "../../internal/reader/testdata/page.html"}
	var shared string
	ran := false
	t.Run("SharedCorpora", func(t *testing.T) { ran = true; shared = corpora.Dir(t) })
	if !ran {
		t.Log("the SharedCorpora subtest was filtered out by -run; include it (-run 'TestCrashSafety/(SharedCorpora|Workers)') to use the shared corpora")
	}
	if shared == "" {
		// The bundled examples alone are too few for kills to land while
		// batches are written, so the generator's news-like articles stand in.
		t.Logf("without ../shared/data the corpus adds %d generated articles", crashArticles)
		return append(in, synthCorpus(t))
	}
	paths, err := filepath.Glob(filepath.Join(shared, "polnear", "train", "text", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no PolNeAR texts under %s: %v", shared, err)
	}
	sort.Strings(paths)
	paths = paths[:min(len(paths), crashArticles)]
	// File names are outlet_YYYY-MM-DD_slug.
	name := regexp.MustCompile(`^([a-z-]+)_(\d{4}-\d{2}-\d{2})_(.*)\.txt$`)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rec := map[string]string{"text": string(text)}
		if m := name.FindStringSubmatch(filepath.Base(p)); m != nil {
			rec["outlet"], rec["published"], rec["title"] = m[1], m[2], strings.ReplaceAll(m[3], "-", " ")
		}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	jl := filepath.Join(t.TempDir(), "polnear.jsonl")
	if err := os.WriteFile(jl, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return append(in, jl)
}

// synthCorpus writes crashArticles generated articles (fixed seed) as JSON
// Lines into a temporary directory and returns the file.
func synthCorpus(t *testing.T) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	err := synth.Generate(crashArticles, synth.Options{Seed: 1}, func(a synth.Article) error { return enc.Encode(a) })
	if err != nil {
		t.Fatal(err)
	}
	jl := filepath.Join(t.TempDir(), "synth.jsonl")
	if err := os.WriteFile(jl, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return jl
}

// refDoc is what a complete analysis of one article stores: its row count in
// each child table, and a word to find it by in the full-text index.
type refDoc struct {
	rows  map[string]int
	probe string
}

// reference analyses every input article in this process, as plain ingest
// would, and returns what each must leave in the ledger, by article ID.
func reference(t *testing.T, in []string) map[string]refDoc {
	t.Helper()
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, errs := ledger.Inputs(in)
	if len(errs) > 0 {
		t.Fatalf("inputs: %v", errs)
	}
	var arts []doc.Article
	seen := map[string]bool{}
	for _, f := range files {
		errs, err := reader.EachFile(f, reader.Options{}, func(a doc.Article) error {
			if !seen[a.ID] {
				seen[a.ID] = true
				arts = append(arts, a)
			}
			return nil
		})
		if err != nil || len(errs) > 0 {
			t.Fatalf("reading %s: %v %v", f, err, errs)
		}
	}
	out := make(map[string]refDoc, len(arts))
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan doc.Article)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range next {
				d := an.Analyze(a)
				mentions := 0
				for _, e := range d.Entities {
					mentions += len(e.Mentions)
				}
				r := refDoc{rows: map[string]int{
					"entities": len(d.Entities), "mentions": mentions, "times": len(d.Times),
					"attributions": len(d.Attributions), "figures": len(d.Figures),
					"verification": len(d.Verification), "claims": len(d.Claims), "findings": len(d.Findings),
				}, probe: probeWord(a)}
				mu.Lock()
				out[a.ID] = r
				mu.Unlock()
			}
		}()
	}
	for _, a := range arts {
		next <- a
	}
	close(next)
	wg.Wait()
	return out
}

var wordRE = regexp.MustCompile(`\p{L}{5,}`)

// stopWords are the English stop words of five letters or more, which
// PostgreSQL's english configuration does not index.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`about above after again against because before being below between could
		during further having herself himself itself myself other ought ourselves should their theirs
		themselves there these those through under until where which while would yours yourself yourselves`) {
		stopWords[w] = true
	}
}

// probeWord is the longest word of the title (else of the text): a word the
// full-text index must find the article by.
func probeWord(a doc.Article) string {
	best := ""
	for _, src := range []string{a.Title, a.Text} {
		for _, w := range wordRE.FindAllString(src, -1) {
			if len(w) > len(best) && !stopWords[strings.ToLower(w)] {
				best = w
			}
		}
		if best != "" {
			return best
		}
	}
	return best
}

// proc is a running crosscheck process with its output.
type proc struct {
	cmd      *exec.Cmd
	out, err bytes.Buffer
	done     chan struct{}
	state    *os.ProcessState
}

func start(t *testing.T, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(bin, args...), done: make(chan struct{})}
	p.cmd.Stdout, p.cmd.Stderr = &p.out, &p.err
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("starting %v: %v", args, err)
	}
	go func() {
		p.cmd.Wait()
		p.state = p.cmd.ProcessState
		close(p.done)
	}()
	return p
}

// wait waits up to d for the process to end, killing it after that.
func (p *proc) wait(t *testing.T, d time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(d):
		p.cmd.Process.Kill()
		<-p.done
		t.Fatalf("%v did not finish in %s\nstdout: %s\nstderr: %s", p.cmd.Args[1:], d, p.out.String(), tail(p.err.String(), 2000))
	}
	return p.state.ExitCode()
}

func (p *proc) running() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}

// killIngest runs "crosscheck ingest" kills times and kills each run with
// SIGKILL, then runs it once to the end. Three kills in four wait until the
// run has committed a batch of its own and then a random 0–100 ms, so they
// land while batches are being analysed and written whatever the machine's
// speed, and each run leaves work for the next; the others come at a random
// 50–600 ms from the start (loading, reading, deduplicating).
func killIngest(t *testing.T, bin, db string, in []string, rng *rand.Rand, count func() int) {
	t.Helper()
	args := append([]string{"ingest", "--db", db, "--batch", "8", "--progress", "none"}, in...)
	landed, writing := 0, 0
	var trail []string
	for i := range kills {
		before := count()
		early := rng.IntN(4) == 0
		var delay time.Duration
		if early {
			delay = time.Duration(50+rng.IntN(550)) * time.Millisecond
		} else {
			delay = time.Duration(rng.IntN(100)) * time.Millisecond
		}
		p := start(t, bin, args...)
		if !early {
			// Until this run has stored something (or ends).
			for p.running() && count() == before {
				time.Sleep(10 * time.Millisecond)
			}
		}
		select {
		case <-p.done:
		case <-time.After(delay):
		}
		if p.running() {
			p.cmd.Process.Signal(syscall.SIGKILL)
			landed++
		}
		<-p.done
		after := count()
		if after > before && p.state.ExitCode() != 0 {
			writing++
		}
		what := "+"
		if early {
			what = "@"
		}
		trail = append(trail, fmt.Sprintf("%s%dms:%d", what, delay.Milliseconds(), after))
		if p.state.ExitCode() == 0 {
			continue
		}
		if ws, ok := p.state.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("run %d failed on its own (exit %d): %s", i+1, p.state.ExitCode(), tail(p.err.String(), 2000))
		}
	}
	t.Logf("%d of %d kills hit a running ingest, %d of them after it had stored batches; per run (@ = delay from start, + = delay after its first commit): articles stored after the kill: %s",
		landed, kills, writing, strings.Join(trail, " "))
	p := start(t, bin, args...)
	if code := p.wait(t, 3*time.Minute); code != 0 {
		t.Fatalf("final ingest: exit %d\n%s\n%s", code, p.out.String(), tail(p.err.String(), 2000))
	}
	t.Logf("final run: %s", strings.TrimSpace(p.out.String()))
	if landed < kills/2 {
		t.Errorf("only %d of %d kills hit a running ingest: the corpus is too small for the delays", landed, kills)
	}
}

// killWorker queues the corpus, runs three workers, SIGKILLs one while it
// holds a running job, stops a second one with SIGTERM, starts a
// replacement, and waits for the queue to drain.
func killWorker(t *testing.T, bin, dsn string, in []string, rng *rand.Rand) {
	t.Helper()
	q := start(t, bin, append([]string{"ingest", "--queue", "--db", dsn, "--progress", "none"}, in...)...)
	if code := q.wait(t, time.Minute); code != 0 || !strings.Contains(q.out.String(), "Queued") {
		t.Fatalf("ingest --queue: exit %d\n%s\n%s", code, q.out.String(), q.err.String())
	}
	t.Logf("%s", strings.TrimSpace(q.out.String()))
	q2 := start(t, bin, append([]string{"ingest", "--queue", "--db", dsn, "--progress", "none"}, in...)...)
	if code := q2.wait(t, time.Minute); code != 0 || !strings.Contains(q2.out.String(), "Nothing new to queue") {
		t.Errorf("second ingest --queue: exit %d, %q, want nothing new", code, q2.out.String())
	}

	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	var total int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM river_job`).Scan(&total); err != nil {
		t.Fatal(err)
	}

	wargs := []string{"worker", "--db", dsn, "--exit-when-idle", "--concurrency", "1",
		"--job-timeout", "5s", "--rescue-after", "5s", "--poll-interval", "200ms", "--stop-timeout", "20s"}
	workers := []*proc{start(t, bin, wargs...), start(t, bin, wargs...), start(t, bin, wargs...)}
	victim, stopped := workers[0], workers[1]

	// Kill the victim while it holds a running job, after a random share
	// (10–40 %) of the queue is done.
	share := 0.1 + 0.3*rng.Float64()
	var held []int64
	deadline := time.Now().Add(60 * time.Second)
	for {
		if time.Now().After(deadline) || !victim.running() {
			t.Fatalf("the victim worker never held a job after %.0f %% of the queue was done (running: %v)\n%s", 100*share, victim.running(), tail(victim.err.String(), 2000))
		}
		var done int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM river_job WHERE state = 'completed'`).Scan(&done); err != nil {
			t.Fatal(err)
		}
		if float64(done) >= share*float64(total) {
			held = runningJobs(t, db, victim.cmd.Process.Pid)
			if len(held) > 0 {
				victim.cmd.Process.Signal(syscall.SIGKILL)
				t.Logf("SIGKILL worker %d at %d/%d completed jobs, holding jobs %v", victim.cmd.Process.Pid, done, total, held)
				break
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	<-victim.done
	// A job the victim finished between the query above and the kill's
	// landing is its own to complete; only what it still held when it
	// died must be rescued.
	still := held[:0]
	for _, id := range held {
		var state string
		if err := db.QueryRowContext(ctx, `SELECT state::text FROM river_job WHERE id = $1`, id).Scan(&state); err != nil {
			t.Fatal(err)
		}
		if state == "completed" {
			t.Logf("job %d was completed by the victim before the kill landed", id)
			continue
		}
		still = append(still, id)
	}
	held = still
	// A graceful stop of another worker while it holds a job (it must
	// finish it, not leave it to the rescuer), then a replacement.
	var termHeld []int64
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end) && stopped.running(); time.Sleep(2 * time.Millisecond) {
		if termHeld = runningJobs(t, db, stopped.cmd.Process.Pid); len(termHeld) > 0 {
			break
		}
	}
	stopped.cmd.Process.Signal(syscall.SIGTERM)
	t.Logf("SIGTERM worker %d holding jobs %v", stopped.cmd.Process.Pid, termHeld)
	if code := stopped.wait(t, 30*time.Second); code != 0 || !strings.Contains(stopped.out.String(), "Worked ") {
		t.Errorf("SIGTERM: worker exit %d, stdout %q, want 0 with its summary\n%s", code, stopped.out.String(), tail(stopped.err.String(), 1000))
	}
	t.Logf("SIGTERM worker: %s", strings.TrimSpace(stopped.out.String()))
	replacement := start(t, bin, wargs...)
	start0 := time.Now()
	for _, p := range []*proc{workers[2], replacement} {
		if code := p.wait(t, 90*time.Second); code != 0 {
			t.Errorf("worker exit %d\n%s\n%s", code, p.out.String(), tail(p.err.String(), 2000))
		}
		t.Logf("worker: %s", strings.TrimSpace(p.out.String()))
	}
	t.Logf("queue drained %s after the kill", time.Since(start0).Round(100*time.Millisecond))
	// The stopped worker finished what it held: nothing it started was
	// left to the rescuer. A job it finished with an error (on a loaded
	// machine a job can pass the 5 s timeout) was finished, and its retry
	// is River's ordinary retry, not a rescue, so only the rescuer's own
	// error marks an abandoned job.
	// rescued counts the jobs the rescuer took back from worker pid: the
	// attempt its error names was that worker's.
	rescued := func(pid int) int {
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM river_job WHERE EXISTS (SELECT 1 FROM unnest(errors) e
			WHERE e->>'error' LIKE 'Stuck job rescued%' AND attempted_by[(e->>'attempt')::int] LIKE $1)`,
			fmt.Sprintf("crosscheck-%%-%d-%%", pid)).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if reworked := rescued(stopped.cmd.Process.Pid); reworked != 0 {
		t.Errorf("%d jobs the SIGTERMed worker started were rescued and worked again: it did not finish them", reworked)
	}
	// The same query sees the killed worker's abandoned jobs, so the check
	// above can fail.
	if n := rescued(victim.cmd.Process.Pid); n < len(held) {
		t.Errorf("the rescue query found %d of the killed worker's %d abandoned jobs", n, len(held))
	}
	for _, id := range termHeld {
		var state string
		if err := db.QueryRowContext(ctx, `SELECT state::text FROM river_job WHERE id = $1`, id).Scan(&state); err != nil {
			t.Fatal(err)
		}
		if state != "completed" {
			t.Errorf("job %d held by the SIGTERMed worker: %s", id, state)
		}
	}
	// The killed worker's jobs were rescued and finished by another.
	for _, id := range held {
		var state string
		var attempt int
		if err := db.QueryRowContext(ctx, `SELECT state::text, attempt FROM river_job WHERE id = $1`, id).Scan(&state, &attempt); err != nil {
			t.Fatal(err)
		}
		if state != "completed" || attempt < 2 {
			t.Errorf("job %d held by the killed worker: %s after %d attempts, want completed on a later attempt", id, state, attempt)
		}
	}
}

// runningJobs lists the jobs the worker process pid holds (River records
// the client ID, which names the pid, in attempted_by).
func runningJobs(t *testing.T, db *sql.DB, pid int) []int64 {
	t.Helper()
	rows, err := db.Query(`SELECT id FROM river_job WHERE state = 'running' AND attempted_by[cardinality(attempted_by)] LIKE $1`,
		fmt.Sprintf("crosscheck-%%-%d-%%", pid))
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// checkJobs: one completed job per article and nothing else left.
func checkJobs(t *testing.T, dsn string, articles int) {
	t.Helper()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query(`SELECT state::text, count(*) FROM river_job GROUP BY state`)
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]int{}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			t.Fatal(err)
		}
		states[s] = n
	}
	rows.Close()
	if len(states) != 1 || states["completed"] != articles {
		t.Errorf("jobs by state %v, want all %d completed", states, articles)
	}
	var dup, retried int
	if err := db.QueryRow(`SELECT count(*) FROM (SELECT args->>'id' FROM river_job GROUP BY 1 HAVING count(*) > 1) d`).Scan(&dup); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`SELECT count(*) FROM river_job WHERE attempt > 1`).Scan(&retried); err != nil {
		t.Fatal(err)
	}
	if dup != 0 {
		t.Errorf("%d articles have more than one job", dup)
	}
	t.Logf("jobs: %v, %d worked more than once", states, retried)
}

func openDB(t *testing.T, driver, dsn string) *sql.DB {
	t.Helper()
	if driver == "sqlite" {
		dsn = "file:" + dsn + "?_pragma=busy_timeout(10000)"
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// countArticles counts stored articles (0 before the ledger exists).
func countArticles(t *testing.T, driver, dsn string) int {
	t.Helper()
	if driver == "sqlite" {
		if _, err := os.Stat(dsn); err != nil {
			return 0
		}
	}
	db := openDB(t, driver, dsn)
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0 // not migrated yet
	}
	return n
}

// childTables are the tables that hang off articles by article_id.
var childTables = []string{"entities", "mentions", "times", "attributions", "figures", "verification", "claims", "findings"}

// checkLedger proves the ledger holds every reference article exactly once
// with its complete analysis, nothing else, no orphans, nothing pending, and
// a full-text index that agrees with the tables.
func checkLedger(t *testing.T, driver, dsn string, ref map[string]refDoc) {
	t.Helper()
	db := openDB(t, driver, dsn)
	defer db.Close()
	ph := func(i int) string {
		if driver == "pgx" {
			return "$" + strconv.Itoa(i)
		}
		return "?"
	}

	// Articles: each input once, nothing else.
	rows, err := db.Query(`SELECT id, count(*), min(length(document)) FROM articles GROUP BY id`)
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]bool{}
	for rows.Next() {
		var id string
		var n, docLen int
		if err := rows.Scan(&id, &n, &docLen); err != nil {
			t.Fatal(err)
		}
		stored[id] = true
		if n != 1 {
			t.Errorf("article %s stored %d times", id, n)
		}
		if _, ok := ref[id]; !ok {
			t.Errorf("article %s is not an input", id)
		}
		if docLen < 10 {
			t.Errorf("article %s has no document JSON", id)
		}
	}
	rows.Close()
	missing := 0
	for id := range ref {
		if !stored[id] {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d input articles are not in the ledger", missing, len(ref))
	}

	// Child rows: per article exactly what the reference analysis has
	// (so none missing and none duplicated), and none without an article.
	for _, tb := range childTables {
		got := map[string]int{}
		rows, err := db.Query(`SELECT article_id, count(*) FROM ` + tb + ` GROUP BY article_id`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id string
			var n int
			if err := rows.Scan(&id, &n); err != nil {
				t.Fatal(err)
			}
			got[id] = n
		}
		rows.Close()
		bad := 0
		for id, r := range ref {
			if got[id] != r.rows[tb] {
				if bad < 3 {
					t.Errorf("%s: article %s has %d rows, the reference analysis %d", tb, id, got[id], r.rows[tb])
				}
				bad++
			}
		}
		if bad > 3 {
			t.Errorf("%s: %d articles differ from the reference in all", tb, bad)
		}
		var orphans int
		if err := db.QueryRow(`SELECT count(*) FROM ` + tb + ` WHERE article_id NOT IN (SELECT id FROM articles)`).Scan(&orphans); err != nil {
			t.Fatal(err)
		}
		if orphans != 0 {
			t.Errorf("%s: %d orphan rows", tb, orphans)
		}
	}
	var pending int
	if err := db.QueryRow(`SELECT count(*) FROM pending_articles`).Scan(&pending); err != nil {
		t.Fatal(err)
	}
	if pending != 0 {
		t.Errorf("%d articles still pending", pending)
	}

	// Full-text search agrees with the tables.
	var probe *sql.Stmt
	if driver == "sqlite" {
		for _, fts := range []string{"articles_fts", "claims_fts"} {
			// rank 1: also compare the index with its content table.
			if _, err := db.Exec(`INSERT INTO ` + fts + `(` + fts + `, rank) VALUES ('integrity-check', 1)`); err != nil {
				t.Errorf("%s integrity-check: %v", fts, err)
			}
		}
		for _, pair := range [][2]string{{"articles_fts_docsize", "articles"}, {"claims_fts_docsize", "claims"}} {
			var indexed, rows int
			if err := db.QueryRow(`SELECT (SELECT count(*) FROM `+pair[0]+`), (SELECT count(*) FROM `+pair[1]+`)`).Scan(&indexed, &rows); err != nil {
				t.Fatal(err)
			}
			if indexed != rows {
				t.Errorf("full-text index %s has %d rows, %s %d", pair[0], indexed, pair[1], rows)
			}
		}
		probe, err = db.Prepare(`SELECT count(*) FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? AND a.id = ?`)
	} else {
		var unindexed int
		if err := db.QueryRow(`SELECT (SELECT count(*) FROM articles WHERE tsv IS NULL) + (SELECT count(*) FROM claims WHERE tsv IS NULL)`).Scan(&unindexed); err != nil {
			t.Fatal(err)
		}
		if unindexed != 0 {
			t.Errorf("%d rows without a tsvector", unindexed)
		}
		probe, err = db.Prepare(`SELECT count(*) FROM articles WHERE tsv @@ plainto_tsquery('english', ` + ph(1) + `) AND id = ` + ph(2))
	}
	if err != nil {
		t.Fatal(err)
	}
	defer probe.Close()
	notFound := 0
	for id, r := range ref {
		if r.probe == "" || !stored[id] {
			continue
		}
		q := r.probe
		if driver == "sqlite" {
			q = `"` + q + `"`
		}
		var n int
		if err := probe.QueryRow(q, id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			if notFound < 3 {
				t.Errorf("full-text search for %q does not find article %s", r.probe, id)
			}
			notFound++
		}
	}
	if notFound > 0 {
		t.Errorf("%d of %d articles not found by a word of their own", notFound, len(ref))
	}
}
