package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/api"
	"github.com/crosscheck-news/crosscheck/internal/metrics"
	"github.com/crosscheck-news/crosscheck/internal/synth"
)

// Load test settings. CI runs a short load (a few seconds, a 1,000-article
// ledger, 40 clients); the numbers in docs/reliability.md come from
//
//	CROSSCHECK_LOAD_CLIENTS=200 CROSSCHECK_LOAD_DURATION=60s CROSSCHECK_LOAD_ARTICLES=10000 \
//	  go test -run TestLoad -v -timeout 20m ./internal/web
func loadSetting(name string, def int) int {
	if v := os.Getenv(name); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			return n
		}
	}
	return def
}

// TestLoad serves a ledger over loopback to many concurrent clients mixing
// page views, searches, API analyses and token-authorised ingests, and
// requires zero errors; then it shuts the server down gracefully in the
// middle of a burst of ingests and checks that every ingest the server
// accepted (answered 2xx) is in the ledger: none is lost.
func TestLoad(t *testing.T) {
	clients := loadSetting("CROSSCHECK_LOAD_CLIENTS", 40)
	articles := loadSetting("CROSSCHECK_LOAD_ARTICLES", 1000)
	dur := 3 * time.Second
	if v := os.Getenv("CROSSCHECK_LOAD_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("CROSSCHECK_LOAD_DURATION: %v", err)
		}
		dur = d
	}
	ctx := context.Background()
	st := buildBenchLedger(t, filepath.Join(t.TempDir(), "load.db"), articles)
	defer st.Close()
	const token = "load-test-token"
	a := api.New(api.Config{Store: st, Analyzer: testAnalyzer(t), Token: token, Metrics: metrics.New()})
	h, err := New(Config{API: a, Store: st})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	base := "http://" + ln.Addr().String()

	recent, err := st.RecentArticles(ctx, 200, 0)
	if err != nil || len(recent) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	stories, err := st.Stories(ctx, 50, 0)
	if err != nil || len(stories) == 0 {
		t.Fatalf("no stories: %v", err)
	}
	sample, err := os.ReadFile(filepath.Join(repoRoot(t), "examples", "dam-collapse.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// Fresh articles for ingest, each distinct.
	var fresh []synth.Article
	synth.Generate(clients*200, synth.Options{Seed: 99}, func(x synth.Article) error { fresh = append(fresh, x); return nil })
	var nextFresh atomic.Int64
	ingestBody := func() (string, string) {
		x := fresh[int(nextFresh.Add(1)-1)%len(fresh)]
		body, _ := json.Marshal(map[string]string{"title": x.Title, "outlet": x.Outlet, "published": x.Published, "text": x.Text})
		return string(body), x.Title
	}
	words := []string{"soldiers killed", "dam", "troops", "ministry said", "flood", "verify", "Thailand", "steelworks", "North Korea casualties"}

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}, Timeout: 60 * time.Second}
	type result struct {
		op  string
		lat time.Duration
		err error
	}
	do := func(op, method, path, ctype, body string, auth bool, want ...int) result {
		req, err := http.NewRequest(method, base+path, strings.NewReader(body))
		if err != nil {
			return result{op: op, err: err}
		}
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		if auth {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		t0 := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			return result{op: op, err: err}
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		lat := time.Since(t0)
		if err != nil {
			return result{op: op, lat: lat, err: err}
		}
		for _, w := range want {
			if resp.StatusCode == w {
				return result{op: op, lat: lat}
			}
		}
		return result{op: op, lat: lat, err: fmt.Errorf("%s %s: status %d", method, path, resp.StatusCode)}
	}

	var mu sync.Mutex
	var results []result
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), 7))
			var mine []result
			for time.Now().Before(deadline) {
				var res result
				switch x := r.IntN(100); {
				case x < 45: // page views
					switch r.IntN(6) {
					case 0:
						res = do("page", "GET", "/", "", "", false, 200)
					case 1:
						res = do("page", "GET", "/article/"+recent[r.IntN(len(recent))].ID, "", "", false, 200)
					case 2:
						res = do("page", "GET", "/story/"+url.PathEscape(stories[r.IntN(len(stories))].ID), "", "", false, 200)
					case 3:
						res = do("page", "GET", "/conflicts?page="+strconv.Itoa(1+r.IntN(3)), "", "", false, 200)
					case 4:
						res = do("page", "GET", "/stories", "", "", false, 200)
					default:
						res = do("page", "GET", "/api/v1/articles/"+recent[r.IntN(len(recent))].ID, "", "", false, 200)
					}
				case x < 75: // searches
					q := url.Values{"q": {words[r.IntN(len(words))]}}
					if r.IntN(3) == 0 {
						q.Set("outlet", fmt.Sprintf("Outlet %02d", r.IntN(40)))
					}
					path := "/search?" + q.Encode()
					if r.IntN(2) == 0 {
						path = "/api/v1/search?" + q.Encode()
					}
					res = do("search", "GET", path, "", "", false, 200)
				case x < 90: // analyses, nothing stored
					res = do("analyse", "POST", "/api/v1/analyse", "text/plain", string(sample), false, 200)
				default: // ingests
					body, _ := ingestBody()
					res = do("ingest", "POST", "/api/v1/ingest", "application/json", body, true, 200, 201)
				}
				mine = append(mine, res)
			}
			mu.Lock()
			results = append(results, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()

	byOp := map[string][]time.Duration{}
	var all []time.Duration
	var errs []error
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		byOp[r.op] = append(byOp[r.op], r.lat)
		all = append(all, r.lat)
	}
	t.Logf("%d clients for %v against a %d-article ledger: %d requests (%.0f/s), %d errors", clients, dur, articles, len(results), float64(len(results))/dur.Seconds(), len(errs))
	t.Logf("all: %s", percentiles(all))
	for _, op := range []string{"page", "search", "analyse", "ingest"} {
		t.Logf("%-8s %s", op+":", percentiles(byOp[op]))
	}
	for i, err := range errs {
		if i == 5 {
			break
		}
		t.Errorf("request failed: %v", err)
	}
	if len(errs) > 0 {
		t.Fatalf("%d of %d requests failed under load", len(errs), len(results))
	}
	for _, op := range []string{"page", "search", "analyse", "ingest"} {
		if len(byOp[op]) == 0 {
			t.Errorf("no %s request completed: the mix did not run", op)
		}
	}

	// Graceful shutdown in the middle of a burst of ingests: every ingest
	// answered 2xx must be stored; the others were refused, not lost.
	var accepted sync.Map
	var burst sync.WaitGroup
	start := make(chan struct{})
	for range clients {
		burst.Add(1)
		go func() {
			defer burst.Done()
			<-start
			for range 3 {
				body, title := ingestBody()
				req, _ := http.NewRequest("POST", base+"/api/v1/ingest", strings.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+token)
				resp, err := client.Do(req)
				if err != nil {
					return // refused: the server is shutting down
				}
				var out struct {
					Articles []struct{ ID string } `json:"articles"`
				}
				json.NewDecoder(resp.Body).Decode(&out)
				resp.Body.Close()
				if resp.StatusCode/100 == 2 {
					for _, a := range out.Articles {
						accepted.Store(a.ID, title)
					}
				}
			}
		}()
	}
	close(start)
	time.Sleep(50 * time.Millisecond)
	sctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		t.Fatalf("graceful shutdown: %v", err)
	}
	burst.Wait()
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		t.Fatalf("server stopped with %v", err)
	}
	var ids []string
	accepted.Range(func(k, _ any) bool { ids = append(ids, k.(string)); return true })
	have, err := st.Contains(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	lost := 0
	for _, id := range ids {
		if !have[id] {
			lost++
		}
	}
	t.Logf("shutdown during a burst of ingests: %d accepted, %d lost", len(ids), lost)
	if lost > 0 {
		t.Fatalf("%d accepted ingests are not in the ledger after a graceful shutdown", lost)
	}
	if len(ids) == 0 {
		t.Error("no ingest was accepted before the shutdown: the burst did not overlap it")
	}
}

func percentiles(lat []time.Duration) string {
	if len(lat) == 0 {
		return "none"
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	at := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))].Round(100 * time.Microsecond) }
	return fmt.Sprintf("n=%d p50 %v p99 %v max %v", len(lat), at(0.5), at(0.99), lat[len(lat)-1].Round(time.Millisecond))
}
