package web

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/api"
	"github.com/crosscheck-news/crosscheck/internal/compare"
)

// TestOpenAPICoversRoutes checks that every registered API route is in the
// OpenAPI document and that every documented operation answers (neither
// 404 nor 405) when called with real IDs.
func TestOpenAPICoversRoutes(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	resp, body := get(t, f.srv.URL+"/api/v1/openapi.json")
	if resp.StatusCode != 200 {
		t.Fatalf("openapi.json: %d", resp.StatusCode)
	}
	var spec struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal([]byte(body), &spec); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Errorf("openapi version %q", spec.OpenAPI)
	}
	for _, rt := range f.api.Routes() {
		if _, ok := spec.Paths[rt.Path][strings.ToLower(rt.Method)]; !ok {
			t.Errorf("route %s is not documented", rt.Pattern())
		}
	}
	withFinding := ""
	findingID := ""
	for _, d := range f.docs {
		if len(d.Findings) > 0 {
			withFinding, findingID = d.Article.ID, d.Findings[0].ID
			break
		}
	}
	fill := strings.NewReplacer("{id}", withFinding, "{finding}", findingID)
	var paths []string
	for p := range spec.Paths {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	n := 0
	for _, p := range paths {
		for method := range spec.Paths[p] {
			u := fill.Replace(p)
			if strings.HasPrefix(p, "/api/v1/stories/") {
				u = "/api/v1/stories/" + f.storyID
			}
			var req *http.Request
			switch method {
			case "post":
				req, _ = http.NewRequest("POST", f.srv.URL+u, strings.NewReader(`{"text":"Officials said 3 people were hurt.","source":"a","derived":"b"}`))
				req.Header.Set("Content-Type", "application/json")
			default:
				req, _ = http.NewRequest(strings.ToUpper(method), f.srv.URL+u, nil)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			n++
			if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusMethodNotAllowed || resp.StatusCode >= 500 {
				t.Errorf("%s %s: %d %.200s", strings.ToUpper(method), u, resp.StatusCode, b)
			}
		}
	}
	if n != len(f.api.Routes()) {
		t.Errorf("documented %d operations, registered %d", n, len(f.api.Routes()))
	}
}

func TestAPIReadsAndExports(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	// Story: series with the same-day conflict between 300 and "no more
	// than 40" killed.
	_, body := get(t, f.srv.URL+"/api/v1/stories/"+f.storyID)
	var story struct {
		Series []struct {
			Name      string
			Estimates []json.RawMessage
		}
		Conflicts []struct{ Explanation string }
	}
	if err := json.Unmarshal([]byte(body), &story); err != nil {
		t.Fatal(err)
	}
	if len(story.Conflicts) == 0 || len(story.Series) == 0 || story.Series[0].Name != "killed (North Korea)" {
		t.Errorf("story: %d series (first %+v), %d conflicts", len(story.Series), story.Series, len(story.Conflicts))
	}
	// Search with paging: page 2 of 1 differs from page 1.
	var p1, p2 struct {
		Items []struct{ ID, Snippet string }
		Next  string
	}
	_, body = get(t, f.srv.URL+"/api/v1/search?q=soldiers&per_page=1")
	json.Unmarshal([]byte(body), &p1)
	_, body = get(t, f.srv.URL+"/api/v1/search?q=soldiers&per_page=1&page=2")
	json.Unmarshal([]byte(body), &p2)
	if len(p1.Items) != 1 || len(p2.Items) != 1 || p1.Items[0].ID == p2.Items[0].ID || p1.Next == "" {
		t.Errorf("paging: %+v then %+v", p1, p2)
	}
	if resp, _ := get(t, f.srv.URL+"/api/v1/search?q=x&from=10/01/2025"); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad date: %d, want 400", resp.StatusCode)
	}
	// CSV export: a header and one row per estimate of the series.
	_, body = get(t, f.srv.URL+"/api/v1/export/series.csv?q=North+Korean")
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(rows) < 5 || rows[0][0] != "series" {
		t.Errorf("CSV: %d rows, %v", len(rows), err)
	}
	// GKG-style TSV: KILL counts.
	_, body = get(t, f.srv.URL+"/api/v1/export/series.tsv?q=North+Korean")
	if !strings.Contains(body, "\tKILL\t300\t") || !strings.HasPrefix(body, "DATE\tNUMARTS\tCOUNTTYPE") {
		t.Errorf("GKG TSV lacks the 300 killed row:\n%.500s", body)
	}
	// JSON Lines export: one line per article, each a document.
	_, body = get(t, f.srv.URL+"/api/v1/export/articles.jsonl")
	lines := strings.Split(strings.TrimSpace(body), "\n")
	if len(lines) != len(f.docs) {
		t.Errorf("JSONL: %d lines, want %d", len(lines), len(f.docs))
	}
	var first struct{ Schema string }
	if json.Unmarshal([]byte(lines[0]), &first); first.Schema != "crosscheck/v1" {
		t.Errorf("JSONL line schema %q", first.Schema)
	}
	// ClaimReview for the border article's contradiction.
	border := f.docByTitle(t, "Thai and Cambodian militaries give clashing tolls as border guns fall quieter")
	resp, body := get(t, f.srv.URL+"/api/v1/articles/"+border.Article.ID+"/findings/x1/claimreview")
	var cr map[string]any
	if err := json.Unmarshal([]byte(body), &cr); err != nil || cr["@type"] != "ClaimReview" || cr["claimReviewed"] == "" || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/ld+json") {
		t.Errorf("ClaimReview: %v %v", cr, err)
	}
	if resp, _ := get(t, f.srv.URL+"/api/v1/articles/"+border.Article.ID+"/findings/x99/claimreview"); resp.StatusCode != 404 {
		t.Errorf("unknown finding: %d", resp.StatusCode)
	}
}

// TestAnalyseAndCompareAPI checks analyse returns the document contract
// for the text, and compare the compare report.
func TestAnalyseAndCompareAPI(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	root := repoRoot(t)
	src, _ := os.ReadFile(filepath.Join(root, "examples", "border-clash.txt"))
	der, _ := os.ReadFile(filepath.Join(root, "internal", "compare", "testdata", "border-clash-altered.txt"))
	resp, err := http.Post(f.srv.URL+"/api/v1/analyse", "text/plain", strings.NewReader(string(src)))
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Schema  string
		Article struct{ ID, Title string }
		Figures []json.RawMessage
	}
	json.NewDecoder(resp.Body).Decode(&d)
	resp.Body.Close()
	want := f.docByTitle(t, "Thai and Cambodian militaries give clashing tolls as border guns fall quieter")
	if d.Schema != "crosscheck/v1" || d.Article.ID != want.Article.ID || len(d.Figures) != len(want.Figures) {
		t.Errorf("analyse: %+v, want article %s with %d figures", d.Article, want.Article.ID, len(want.Figures))
	}
	payload, _ := json.Marshal(map[string]string{"source": string(src), "derived": string(der)})
	resp, err = http.Post(f.srv.URL+"/api/v1/compare", "application/json", strings.NewReader(string(payload)))
	if err != nil {
		t.Fatal(err)
	}
	var rep compare.Report
	json.NewDecoder(resp.Body).Decode(&rep)
	resp.Body.Close()
	if resp.StatusCode != 200 || rep.Verdict == "" || rep.Verdict == compare.VerdictFaithful {
		t.Errorf("compare of the altered rewrite: %d, verdict %q", resp.StatusCode, rep.Verdict)
	}
}

// TestURLIngestRefusesLoopback sends URL ingest requests through the API:
// the server must refuse internal targets with a 400 that says why.
func TestURLIngestRefusesLoopback(t *testing.T) {
	const token = "test-token-0123456789abcdef"
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("the internal server was reached: %s", r.URL)
	}))
	defer internal.Close()
	f := newFixture(t, fixtureOptions{token: token, fetcher: &api.Fetcher{}})
	for _, u := range []string{internal.URL + "/", "http://169.254.169.254/latest/", "http://10.0.0.1/", "http://localhost:1/", "file:///etc/passwd"} {
		req, _ := http.NewRequest("POST", f.srv.URL+"/api/v1/ingest", strings.NewReader(`{"url":"`+u+`"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest || !(strings.Contains(string(b), "non-public") || strings.Contains(string(b), "http or https")) {
			t.Errorf("ingest %s: %d %s", u, resp.StatusCode, b)
		}
	}
}
