package main

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServe starts the real command, checks that the API's analyse answer
// is byte for byte what `crosscheck check --format json` prints, and that
// SIGTERM lets a request in flight finish before the command returns.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ledger.db")
	stop := make(chan os.Signal, 1)
	ready := make(chan string, 1)
	oldStop, oldReady := serveStop, serveReady
	serveStop = func() (<-chan os.Signal, func()) { return stop, func() {} }
	serveReady = func(addr string) { ready <- addr }
	t.Cleanup(func() { serveStop, serveReady = oldStop, oldReady })
	t.Setenv("CROSSCHECK_TOKEN", "")

	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, nil, &stdout, &stderr)
	}()
	var addr string
	select {
	case addr = <-ready:
	case code := <-done:
		t.Fatalf("serve exited with %d: %s", code, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	base := "http://" + addr

	example := filepath.Join("..", "..", "examples", "border-clash.txt")
	var want, checkErr bytes.Buffer
	if code := run([]string{"check", "--format", "json", example}, nil, &want, &checkErr); code != 0 {
		t.Fatalf("check: %d %s", code, checkErr.String())
	}
	text, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(base+"/api/v1/analyse", "text/plain; charset=utf-8", bytes.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("analyse: %d %s", resp.StatusCode, got)
	}
	// The origin names where the text was read from: the file for
	// check, the request body for the server.
	norm := func(b []byte) string {
		s := string(b)
		if i := strings.Index(s, `"origin": "`); i >= 0 {
			j := strings.Index(s[i+11:], `"`)
			s = s[:i] + s[i+11+j+1:]
		}
		return s
	}
	if norm(got) != norm(want.Bytes()) {
		t.Errorf("analyse differs from check --format json (%d vs %d bytes)", len(got), len(want.Bytes()))
	}

	// Writes are refused without a token.
	resp, err = http.Post(base+"/api/v1/ingest", "text/plain", strings.NewReader("Some text."))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("ingest without a configured token: %d, want 403", resp.StatusCode)
	}

	// A request whose body is still arriving when SIGTERM comes.
	pr, pw := io.Pipe()
	result := make(chan int, 1)
	go func() {
		resp, err := http.Post(base+"/api/v1/analyse", "text/plain", pr)
		if err != nil {
			result <- -1
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		result <- resp.StatusCode
	}()
	pw.Write([]byte("Title: Slow upload\n\nThe council said 14 people "))
	time.Sleep(200 * time.Millisecond)
	stop <- syscall.SIGTERM
	time.Sleep(200 * time.Millisecond)
	pw.Write([]byte("were evacuated on Monday."))
	pw.Close()
	select {
	case code := <-result:
		if code != 200 {
			t.Errorf("request in flight during shutdown: %d, want 200", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("request in flight never answered")
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited with %d: %s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
	if !strings.Contains(stderr.String(), "stopped") {
		t.Errorf("stderr: %s", stderr.String())
	}
}

func TestServeFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		env  string
		want string
	}{
		{[]string{"serve", "--max-body", "0"}, "", "--max-body must be positive"},
		{[]string{"serve", "extra"}, "", "unexpected argument"},
		{[]string{"serve"}, "short", "at least 16"},
	} {
		t.Setenv("CROSSCHECK_TOKEN", tc.env)
		var out, errb bytes.Buffer
		if code := run(tc.args, nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), tc.want) {
			t.Errorf("%v: code %d, stderr %q; want 2 and %q", tc.args, code, errb.String(), tc.want)
		}
	}
}
