// Package metrics keeps the server's counters and latency histograms and
// writes them in the Prometheus text exposition format (version 0.0.4). It
// is deliberately tiny: a handful of named series with fixed labels, no
// dependency, safe for concurrent use.
package metrics

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Buckets are the latency histogram's upper bounds, in seconds: page
// handlers aim under 100 ms, analysis of a long article takes longer.
var Buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Registry holds counters and histograms by name and label set.
type Registry struct {
	mu       sync.Mutex
	help     map[string]string
	counters map[string]map[string]float64 // name → labels → value
	hists    map[string]map[string]*histogram
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	n      uint64
}

// New returns an empty registry.
func New() *Registry {
	return &Registry{help: map[string]string{}, counters: map[string]map[string]float64{}, hists: map[string]map[string]*histogram{}}
}

// Help sets the HELP text of a metric.
func (r *Registry) Help(name, text string) {
	r.mu.Lock()
	r.help[name] = text
	r.mu.Unlock()
}

// Labels formats label pairs ("route", "/story/{id}", …) as Prometheus
// writes them, with values escaped.
func Labels(kv ...string) string {
	var b strings.Builder
	for i := 0; i+1 < len(kv); i += 2 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(kv[i])
		b.WriteString(`="`)
		b.WriteString(strings.NewReplacer(`\`, `\\`, "\n", `\n`, `"`, `\"`).Replace(kv[i+1]))
		b.WriteByte('"')
	}
	return b.String()
}

// Add adds v to the counter name{labels}.
func (r *Registry) Add(name, labels string, v float64) {
	r.mu.Lock()
	m := r.counters[name]
	if m == nil {
		m = map[string]float64{}
		r.counters[name] = m
	}
	m[labels] += v
	r.mu.Unlock()
}

// Observe records one value in the histogram name{labels}.
func (r *Registry) Observe(name, labels string, v float64) {
	r.mu.Lock()
	m := r.hists[name]
	if m == nil {
		m = map[string]*histogram{}
		r.hists[name] = m
	}
	h := m[labels]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(Buckets)+1)}
		m[labels] = h
	}
	i := sort.SearchFloat64s(Buckets, v)
	h.counts[i]++
	h.sum += v
	h.n++
	r.mu.Unlock()
}

// Counter returns the current value of a counter (0 when unset), for tests
// and summaries.
func (r *Registry) Counter(name, labels string) float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.counters[name][labels]
}

// WriteTo writes every metric in the text format, sorted by name and labels
// so the output is stable.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	var b strings.Builder
	names := make([]string, 0, len(r.counters))
	for n := range r.counters {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r.header(&b, n, "counter")
		for _, l := range sortedKeys(r.counters[n]) {
			fmt.Fprintf(&b, "%s%s %s\n", n, braces(l), strconv.FormatFloat(r.counters[n][l], 'g', -1, 64))
		}
	}
	names = names[:0]
	for n := range r.hists {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		r.header(&b, n, "histogram")
		for _, l := range sortedKeys(r.hists[n]) {
			h := r.hists[n][l]
			var cum uint64
			for i, ub := range Buckets {
				cum += h.counts[i]
				fmt.Fprintf(&b, "%s_bucket%s %d\n", n, braces(join(l, Labels("le", strconv.FormatFloat(ub, 'g', -1, 64)))), cum)
			}
			fmt.Fprintf(&b, "%s_bucket%s %d\n", n, braces(join(l, `le="+Inf"`)), h.n)
			fmt.Fprintf(&b, "%s_sum%s %s\n", n, braces(l), strconv.FormatFloat(h.sum, 'g', -1, 64))
			fmt.Fprintf(&b, "%s_count%s %d\n", n, braces(l), h.n)
		}
	}
	k, err := io.WriteString(w, b.String())
	return int64(k), err
}

func (r *Registry) header(b *strings.Builder, name, typ string) {
	if h := r.help[name]; h != "" {
		fmt.Fprintf(b, "# HELP %s %s\n", name, h)
	}
	fmt.Fprintf(b, "# TYPE %s %s\n", name, typ)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func braces(l string) string {
	if l == "" {
		return ""
	}
	return "{" + l + "}"
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "," + b
}

// Handler serves the registry at /metrics.
func (r *Registry) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		r.WriteTo(w)
	})
}

// statusWriter remembers the status code a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (s *statusWriter) WriteHeader(code int) {
	if s.code == 0 {
		s.code = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(p []byte) (int, error) {
	if s.code == 0 {
		s.code = http.StatusOK
	}
	return s.ResponseWriter.Write(p)
}

func (s *statusWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// Middleware counts requests (http_requests_total{route,method,code}) and
// times them (http_request_duration_seconds{route}). The route is the
// ServeMux pattern that matched ("GET /story/{id}"), never the raw path, so
// the number of series stays bounded whatever URLs clients send.
func (r *Registry) Middleware(next http.Handler) http.Handler {
	r.Help("http_requests_total", "HTTP requests by route pattern, method and status code.")
	r.Help("http_request_duration_seconds", "HTTP request latency by route pattern.")
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, req)
		route := req.Pattern
		if route == "" {
			route = "unmatched"
		}
		code := sw.code
		if code == 0 {
			code = http.StatusOK
		}
		r.Add("http_requests_total", Labels("route", route, "method", req.Method, "code", strconv.Itoa(code)), 1)
		r.Observe("http_request_duration_seconds", Labels("route", route), time.Since(start).Seconds())
	})
}
