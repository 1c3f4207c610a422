package web

import (
	"net/http"
	"strings"
	"testing"
)

const cmpSource = `Title: Dam toll disputed

The Interior Ministry said on Sunday that 41 people were killed when the Kiptere dam gave way. Around 60 people are still missing, the ministry added. The coalition's estimate could not be independently verified.`

func TestComparePage(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	resp, body := get(t, f.srv.URL+"/compare")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `action="/compare"`) || !strings.Contains(body, `name="derived"`) {
		t.Fatalf("form: %d %.300s", resp.StatusCode, body)
	}

	// A rewrite that drops the hedge and changes the toll.
	changed := "The Interior Ministry said on Sunday that 14 people were killed when the Kiptere dam gave way. 60 people are still missing, the ministry added."
	resp, body = postForm(t, f.srv.URL+"/compare", map[string]string{"source": cmpSource, "derived": changed}, "", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("compare: %d %.300s", resp.StatusCode, body)
	}
	checkHTML(t, body)
	for _, want := range []string{`class="verdict v-bad"`, "Figure changed", `class="hl hl-change"`, `class="hl hl-srcmatch"`, `href="#d-`, `href="#s-`} {
		if !strings.Contains(body, want) {
			t.Errorf("changed rewrite: page lacks %q", want)
		}
	}

	// The source compared with itself is faithful.
	resp, body = postForm(t, f.srv.URL+"/compare", map[string]string{"source": cmpSource, "derived": cmpSource}, "", nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `class="verdict v-ok"`) || strings.Contains(body, `class="hl hl-change"`) {
		t.Errorf("faithful copy: %d, verdict or marks wrong", resp.StatusCode)
	}

	// Payloads in either text come back as text.
	payload := `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`
	_, body = postForm(t, f.srv.URL+"/compare", map[string]string{"source": cmpSource, "derived": changed + " " + payload}, "", nil)
	if strings.Contains(body, "<script>window.__xss") || strings.Contains(body, `<img src=x`) {
		t.Error("a payload in the rewrite was rendered as markup")
	}

	// One text missing is the user's error, said plainly.
	resp, body = postForm(t, f.srv.URL+"/compare", map[string]string{"source": cmpSource, "derived": " "}, "", nil)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "derived") {
		t.Errorf("empty rewrite: %d %.300s", resp.StatusCode, body)
	}
}
