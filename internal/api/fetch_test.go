package api

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
)

func TestPublicIP(t *testing.T) {
	tests := map[string]bool{
		"127.0.0.1": false, "127.5.5.5": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false,
		"169.254.169.254": false, "0.0.0.0": false, "::1": false, "::": false, "fe80::1": false, "fc00::1": false,
		"100.64.0.1": false, "::ffff:127.0.0.1": false, "::ffff:10.0.0.1": false, "224.0.0.1": false, "240.0.0.1": false,
		"93.184.216.34": true, "8.8.8.8": true, "2606:4700::1111": true,
	}
	for s, want := range tests {
		if got := publicIP(netip.MustParseAddr(s)); got != want {
			t.Errorf("publicIP(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestFetchRefusesInternalTargets checks the SSRF guard on literal
// internal addresses, a host name that resolves to loopback, and a redirect
// from an allowed server to loopback. The allowed server is itself on
// loopback, admitted only by its exact address through the test hook.
func TestFetchRefusesInternalTargets(t *testing.T) {
	var hitInternal atomic.Int32
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hitInternal.Add(1)
		w.Write([]byte("secret"))
	}))
	defer internal.Close()
	internalPort := internal.URL[strings.LastIndex(internal.URL, ":")+1:]
	allowed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/redirect":
			http.Redirect(w, r, internal.URL+"/admin", http.StatusFound)
		case "/redirect-name":
			http.Redirect(w, r, "http://localhost:"+internalPort+"/admin", http.StatusFound)
		default:
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("Officials said 12 people were evacuated."))
		}
	}))
	defer allowed.Close()
	allowedAddr := strings.TrimPrefix(allowed.URL, "http://")
	f := &Fetcher{allowAddr: func(addr string) bool { return addr == allowedAddr }}
	ctx := context.Background()

	if body, _, err := f.Fetch(ctx, allowed.URL+"/article"); err != nil || !strings.Contains(string(body), "evacuated") {
		t.Fatalf("allowed server: %q, %v", body, err)
	}
	for _, u := range []string{
		internal.URL + "/",
		"http://127.0.0.1:" + internalPort + "/",
		"http://10.0.0.1/",
		"http://169.254.169.254/latest/meta-data/",
		"http://[::1]:" + internalPort + "/",
		"http://0.0.0.0:" + internalPort + "/",
		"http://localhost:" + internalPort + "/",
		"http://[::ffff:127.0.0.1]:" + internalPort + "/",
		allowed.URL + "/redirect",
		allowed.URL + "/redirect-name",
	} {
		_, _, err := f.Fetch(ctx, u)
		if !errors.Is(err, ErrForbiddenTarget) {
			t.Errorf("Fetch(%s): err = %v, want ErrForbiddenTarget", u, err)
		}
	}
	if n := hitInternal.Load(); n != 0 {
		t.Errorf("the internal server was reached %d times", n)
	}
	for _, u := range []string{"file:///etc/passwd", "gopher://x/", "ftp://example.org/", "http://"} {
		if _, _, err := f.Fetch(ctx, u); !errors.Is(err, ErrBadRequest) {
			t.Errorf("Fetch(%s): err = %v, want a bad request", u, err)
		}
	}
	// The explicit flag lifts the guard.
	open := &Fetcher{AllowPrivate: true}
	if body, _, err := open.Fetch(ctx, internal.URL+"/"); err != nil || string(body) != "secret" {
		t.Errorf("AllowPrivate: %q, %v", body, err)
	}
}
