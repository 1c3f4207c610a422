package web

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// Static assets are served whole: a Range header (even one of many tiny
// parts, which costs the file server's parser CPU) is ignored.
func TestStaticIgnoresRange(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	req, _ := http.NewRequest("GET", f.srv.URL+"/static/style.css", nil)
	req.Header.Set("Range", "bytes=0-1,2-3,4-5"+strings.Repeat(",6-7", 500))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "--ink") {
		t.Fatalf("status %d, %d bytes: want the whole stylesheet", resp.StatusCode, len(body))
	}
}
