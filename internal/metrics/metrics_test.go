package metrics

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestExposition(t *testing.T) {
	r := New()
	r.Help("jobs_total", "Jobs done.")
	r.Add("jobs_total", Labels("kind", `a "quoted"\ name`+"\n"), 2)
	r.Add("jobs_total", Labels("kind", `a "quoted"\ name`+"\n"), 1)
	r.Observe("lat_seconds", Labels("route", "x"), 0.003)
	r.Observe("lat_seconds", Labels("route", "x"), 7)
	var b strings.Builder
	r.WriteTo(&b)
	out := b.String()
	for _, want := range []string{
		"# HELP jobs_total Jobs done.\n# TYPE jobs_total counter\n",
		`jobs_total{kind="a \"quoted\"\\ name\n"} 3` + "\n",
		"# TYPE lat_seconds histogram\n",
		`lat_seconds_bucket{route="x",le="0.0025"} 0` + "\n",
		`lat_seconds_bucket{route="x",le="0.005"} 1` + "\n",
		`lat_seconds_bucket{route="x",le="10"} 2` + "\n",
		`lat_seconds_bucket{route="x",le="+Inf"} 2` + "\n",
		`lat_seconds_sum{route="x"} 7.003` + "\n",
		`lat_seconds_count{route="x"} 2` + "\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("exposition lacks %q:\n%s", want, out)
		}
	}
}

func TestMiddlewareUsesPatterns(t *testing.T) {
	r := New()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /item/{id}", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusTeapot) })
	h := r.Middleware(mux)
	for _, p := range []string{"/item/1", "/item/2", "/nowhere"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", p, nil))
	}
	if got := r.Counter("http_requests_total", Labels("route", "GET /item/{id}", "method", "GET", "code", "418")); got != 2 {
		t.Errorf("pattern count = %v, want 2", got)
	}
	if got := r.Counter("http_requests_total", Labels("route", "unmatched", "method", "GET", "code", "404")); got != 1 {
		t.Errorf("unmatched count = %v, want 1", got)
	}
}
