package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/crosscheck-news/crosscheck/doc"
)

func get(t *testing.T, u string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestPages(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	border := f.docByTitle(t, "Thai and Cambodian militaries give clashing tolls as border guns fall quieter")
	tests := []struct {
		path string
		want []string
	}{
		{"/", []string{"Recent stories", "Open conflicts", `name="text"`, `action="/analyse"`, "Articles"}},
		{"/article/" + border.Article.ID, []string{`<mark class="hl hl-figure" id="f1" tabindex="0"`, `id="s0"`, "Findings (", "Who said what", `href="#x1-1"`, "Mekong Dispatch"}},
		{"/story/" + f.storyID, []string{`<svg class="series"`, `class="mark src`, "killed (North Korea)", "<title>", "Conflicts between sources", `class="ring"`, "Table of the estimates"}},
		{"/stories", []string{"Stories", "/story/"}},
		{"/search?q=soldiers+killed", []string{"<mark>", `class="list hits"`}},
		{"/search?q=soldiers&outlet=Harbour+Post&from=2025-01-01&to=2025-01-31", []string{"Pyongyang troops suffer losses near Sudzha"}},
		{"/conflicts", []string{"Between sources, across articles", "Inside articles", "contradiction"}},
		{"/conflicts?kind=figure_conflict&contradictions=1", []string{"Inside articles"}},
		{"/conflicts?outlet=Northern+Star", []string{"Between sources, across articles (1)", "no more than 40"}},
		{"/conflicts?outlet=Valley+Times", []string{"Between sources, across articles (0)"}},
		{"/conflicts?outlet=Mekong+Dispatch", []string{"Mekong Dispatch, 2025-07-28) gives"}},
		{"/entity/North%20Korea", []string{"What it says", "Figures counting it", "Pyongyang troops"}},
		{"/analyse", []string{`enctype="multipart/form-data"`}},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, body := get(t, f.srv.URL+tc.path)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %.300s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("Content-Type %q", ct)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") {
				t.Errorf("CSP %q", csp)
			}
			if resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("Referrer-Policy") == "" {
				t.Errorf("security headers missing: %v", resp.Header)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			checkHTML(t, body)
		})
	}
	for _, p := range []string{"/article/0000", "/story/nope", "/entity/Nobody%20At%20All", "/no/such/page"} {
		if resp, _ := get(t, f.srv.URL+p); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, resp.StatusCode)
		}
	}
}

// checkHTML parses a page and fails on inline script, inline event
// handlers, inline styles (all refused by the CSP) and unbalanced marks.
func checkHTML(t *testing.T, body string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(body))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if depth != 0 {
				t.Errorf("%d <mark> left open", depth)
			}
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "mark" {
				depth++
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" {
					t.Errorf("<%s %s=%q>: inline handler or style", tok.Data, a.Key, a.Val)
				}
			}
			if tok.Data == "script" {
				src := ""
				for _, a := range tok.Attr {
					if a.Key == "src" {
						src = a.Val
					}
				}
				if src != "/static/app.js" {
					t.Errorf("unexpected <script src=%q>", src)
				}
			}
		case html.EndTagToken:
			if tok := z.Token(); tok.Data == "mark" {
				depth--
				if depth < 0 {
					t.Error("</mark> without <mark>")
					depth = 0
				}
			}
		}
	}
}

// TestHighlightKeepsText checks, for every seeded article, that the
// highlighted page holds exactly the article text (no character added,
// lost or moved by splitting overlapping spans) and that every figure and
// entity gets its anchor.
func TestHighlightKeepsText(t *testing.T) {
	a := testAnalyzer(t)
	for _, art := range seedArticles(t) {
		d := a.Analyze(art)
		nodes := Highlight(d)
		if got := PlainText(nodes); got != d.Article.Text {
			t.Errorf("%s: highlighted text differs from the article", art.Title)
		}
		ids := map[string]bool{}
		var walk func([]Node)
		walk = func(ns []Node) {
			for _, n := range ns {
				if n.Mark != nil {
					if n.Mark.ID != "" {
						if ids[n.Mark.ID] {
							t.Errorf("%s: anchor %s twice", art.Title, n.Mark.ID)
						}
						ids[n.Mark.ID] = true
					}
					walk(n.Kids)
				}
			}
		}
		walk(nodes)
		for _, fg := range d.Figures {
			if fg.End > fg.Start && !ids[fg.ID] {
				t.Errorf("%s: figure %s has no anchor", art.Title, fg.ID)
			}
		}
		for _, e := range d.Entities {
			if !ids[e.ID] {
				t.Errorf("%s: entity %s has no anchor", art.Title, e.ID)
			}
		}
	}
}

func TestHighlightSplitsCrossingSpans(t *testing.T) {
	// "Kim Jong Un said" with a source "Kim Jong" and a cue "Un said"
	// crossing an entity "Jong Un": the HTML must nest, the text survive.
	d := &doc.Document{Article: doc.Article{Text: "Kim Jong Un said so. Ünïcödé 🙂 ok."}}
	d.Sentences = []doc.Sentence{{Start: 0, End: 20}, {Start: 21, End: 34}}
	d.Entities = []doc.Entity{{ID: "e1", Type: doc.Person, Canonical: "Jong Un", Mentions: []doc.Mention{{Start: 4, End: 11}}},
		{ID: "e2", Type: doc.GPE, Canonical: "X", Mentions: []doc.Mention{{Start: 21, End: 30}}}}
	src := doc.Span{Start: 0, End: 8}
	d.Attributions = []doc.Attribution{{ID: "a1", Source: &src, Cue: doc.Span{Start: 9, End: 16}, Content: doc.Span{Start: 17, End: 30}, Kind: doc.Direct}}
	nodes := Highlight(d)
	if PlainText(nodes) != d.Article.Text {
		t.Fatalf("text changed: %q", PlainText(nodes))
	}
	var ids []string
	var walk func([]Node)
	walk = func(ns []Node) {
		for _, n := range ns {
			if n.Mark != nil {
				if n.Mark.ID != "" {
					ids = append(ids, n.Mark.ID)
				}
				walk(n.Kids)
			}
		}
	}
	walk(nodes)
	want := map[string]bool{"s0": true, "s1": true, "e1": true, "e2": true, "a1": true, "a1-src": true, "a1-cue": true}
	for _, id := range ids {
		delete(want, id)
	}
	if len(want) > 0 {
		t.Errorf("anchors missing after splitting: %v (have %v)", want, ids)
	}
	// The crossing second sentence span cuts the quote content at 20;
	// the emoji (one code point, four bytes) must survive whole.
	if !strings.Contains(PlainText(nodes), "🙂") {
		t.Error("emoji lost")
	}
}

// TestXSS sends hostile text, titles, outlets and queries and checks that
// they come back escaped everywhere.
func TestXSS(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	raw := []string{"<script>window.__xss", "<img src=x onerror", "<svg onload", "<iframe", "</textarea><iframe", "href=\"javascript:"}
	pages := []string{
		"/", "/article/" + f.xssID, "/search?q=" + url.QueryEscape(`<script>alert(1)</script> soldiers`),
		"/search?q=mayor", "/search?outlet=" + url.QueryEscape(xssOutlet), "/search?entity=" + url.QueryEscape(`"><script>alert(1)</script>`),
		"/conflicts?outlet=" + url.QueryEscape(xssOutlet), "/entity/" + url.PathEscape(`<script>alert(1)</script>`),
		"/no-such/" + url.PathEscape(`<script>alert(1)</script>`),
	}
	for _, p := range pages {
		_, body := get(t, f.srv.URL+p)
		for _, r := range raw {
			if strings.Contains(body, r) {
				t.Errorf("%s: raw %q in the page", p, r)
			}
		}
		if strings.Contains(body, "alert(1)</script>") {
			t.Errorf("%s: query reflected unescaped", p)
		}
		checkHTML(t, body)
	}
	_, body := get(t, f.srv.URL+"/article/"+f.xssID)
	for _, want := range []string{"&lt;script&gt;window.__xss=3", "&lt;img src=x onerror=window.__xss=4&gt;", "Evil Outlet", "&lt;b&gt;more&lt;/b&gt;"} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks the escaped payload %q", want)
		}
	}
	// The javascript: URL of the article must not become a live link.
	if strings.Contains(body, `href="javascript:`) || strings.Contains(body, ">original</a>") {
		t.Error("javascript: URL rendered as a link")
	}
	// The analyse form escapes what it is given too.
	resp, body := postForm(t, f.srv.URL+"/analyse", map[string]string{"text": "Title: <script>window.__xss=9</script>\n\n" + xssText}, "", nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("analyse form: %d %.300s", resp.StatusCode, body)
	}
	if strings.Contains(body, "<script>window.__xss") || !strings.Contains(body, "&lt;script&gt;window.__xss=9") {
		t.Error("analyse form result not escaped")
	}
	// JSON answers are not HTML and say so.
	resp, _ = get(t, f.srv.URL+"/api/v1/search?q="+url.QueryEscape("<script>"))
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("API search: Content-Type %q", ct)
	}
}

// postForm sends a multipart form, with a file when fileName is set.
func postForm(t *testing.T, u string, fields map[string]string, fileName string, file []byte) (*http.Response, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if fileName != "" {
		fw, _ := mw.CreateFormFile("file", fileName)
		fw.Write(file)
	}
	mw.Close()
	resp, err := http.Post(u, mw.FormDataContentType(), &b)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

var injections = []string{
	`' OR '1'='1`, `'; DROP TABLE articles; --`, `" OR ""="`, `1) UNION SELECT id, text, 1, 1, 1, 1 FROM articles --`,
	`%' AND 1=1 --`, `\`, `*`, `"unterminated`, `NEAR(a b)`, `title:soldiers`, `a OR b AND NOT c`, `2025-01-01' OR 1=1`, "\x00", `$1`, `?`,
}

// TestSQLInjection sends injection strings in every filter and search
// parameter: the answer is a normal result or 400, never 500, and the
// ledger is intact afterwards.
func TestSQLInjection(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	routes := []struct {
		path   string
		params []string
	}{
		{"/search", []string{"q", "outlet", "entity", "from", "to", "page"}},
		{"/api/v1/search", []string{"q", "outlet", "entity", "from", "to", "page", "per_page"}},
		{"/conflicts", []string{"kind", "outlet", "contradictions", "page"}},
		{"/api/v1/conflicts", []string{"kind", "outlet", "contradictions", "page", "per_page"}},
		{"/api/v1/series", []string{"q"}},
		{"/api/v1/export/series.csv", []string{"q"}},
		{"/api/v1/articles", []string{"page", "per_page"}},
		{"/api/v1/stories", []string{"page", "per_page"}},
		{"/stories", []string{"page"}},
	}
	for _, rt := range routes {
		for _, p := range rt.params {
			for _, inj := range injections {
				u := f.srv.URL + rt.path + "?" + url.Values{p: {inj}}.Encode()
				resp, body := get(t, u)
				if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusBadRequest {
					t.Errorf("%s %s=%q: status %d: %.200s", rt.path, p, inj, resp.StatusCode, body)
				}
			}
		}
	}
	for _, prefix := range []string{"/article/", "/story/", "/entity/", "/api/v1/articles/", "/api/v1/stories/"} {
		for _, inj := range injections {
			resp, body := get(t, f.srv.URL+prefix+url.PathEscape(inj))
			if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusBadRequest {
				t.Errorf("%s%q: status %d: %.200s", prefix, inj, resp.StatusCode, body)
			}
		}
	}
	resp, body := get(t, f.srv.URL+"/api/v1/articles?per_page=100")
	var list struct{ Items []json.RawMessage }
	if err := json.Unmarshal([]byte(body), &list); err != nil || resp.StatusCode != 200 || len(list.Items) != len(f.docs) {
		t.Errorf("after the injections the ledger lists %d articles, want %d (%v)", len(list.Items), len(f.docs), err)
	}
}

func TestWritesNeedToken(t *testing.T) {
	const token = "test-token-0123456789abcdef"
	f := newFixture(t, fixtureOptions{token: token})
	body := "Title: A new report\n\nThe council said 14 people were evacuated on Monday."
	do := func(method, path, auth, payload string) (int, string) {
		req, _ := http.NewRequest(method, f.srv.URL+path, strings.NewReader(payload))
		req.Header.Set("Content-Type", "text/plain")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	victim := f.docs[0].Article.ID
	for _, auth := range []string{"", "Bearer wrong-token-0123456789", "Basic " + token, token} {
		if code, msg := do("POST", "/api/v1/ingest", auth, body); code != http.StatusUnauthorized || !strings.Contains(msg, "Authorization: Bearer") {
			t.Errorf("ingest with %q: %d %s", auth, code, msg)
		}
		if code, _ := do("DELETE", "/api/v1/articles/"+victim, auth, ""); code != http.StatusUnauthorized {
			t.Errorf("delete with %q: %d", auth, code)
		}
	}
	code, msg := do("POST", "/api/v1/ingest", "Bearer "+token, body)
	if code != http.StatusCreated {
		t.Fatalf("ingest with the token: %d %s", code, msg)
	}
	var res struct {
		Added    int
		Articles []struct{ ID string }
	}
	if err := json.Unmarshal([]byte(msg), &res); err != nil || res.Added != 1 {
		t.Fatalf("ingest answer %s (%v)", msg, err)
	}
	if code, _ := do("GET", "/article/"+res.Articles[0].ID, "", ""); code != http.StatusOK {
		t.Errorf("ingested article page: %d", code)
	}
	if code, msg := do("POST", "/api/v1/ingest", "Bearer "+token, body); code != http.StatusOK || !strings.Contains(msg, `"duplicate": 1`) {
		t.Errorf("second ingest: %d %s", code, msg)
	}
	if code, _ := do("DELETE", "/api/v1/articles/"+res.Articles[0].ID, "Bearer "+token, ""); code != http.StatusOK {
		t.Errorf("delete with the token: %d", code)
	}
	if code, _ := do("GET", "/article/"+res.Articles[0].ID, "", ""); code != http.StatusNotFound {
		t.Errorf("deleted article page: %d", code)
	}
	if got := f.reg.Counter("crosscheck_ingested_articles_total", `outcome="new"`); got != 1 {
		t.Errorf("ingest counter new = %v, want 1", got)
	}

	// Without a configured token, writes are refused with advice.
	g := newFixture(t, fixtureOptions{})
	req, _ := http.NewRequest("POST", g.srv.URL+"/api/v1/ingest", strings.NewReader(body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(string(b), "CROSSCHECK_TOKEN") {
		t.Errorf("no token configured: %d %s", resp.StatusCode, b)
	}
}

func TestOversizeBodies(t *testing.T) {
	f := newFixture(t, fixtureOptions{maxBody: 4096, insecure: true})
	big := strings.Repeat("Officials said 12 soldiers were killed. ", 200) // 8 KB
	for _, path := range []string{"/api/v1/analyse", "/api/v1/ingest", "/api/v1/compare", "/analyse"} {
		// With a Content-Length, refused before reading.
		resp, err := http.Post(f.srv.URL+path, "text/plain", strings.NewReader(big))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), "4096") {
			t.Errorf("%s: %d %.200s", path, resp.StatusCode, b)
		}
		// Chunked, without a length: refused when the read passes the limit.
		resp, err = http.Post(f.srv.URL+path, "text/plain", io.MultiReader(strings.NewReader(big)))
		if err != nil {
			t.Fatal(err)
		}
		b, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge && !(path == "/api/v1/compare" && resp.StatusCode == http.StatusBadRequest) {
			t.Errorf("%s chunked: %d %.200s", path, resp.StatusCode, b)
		}
	}
	// A multipart upload over the limit through the HTML form.
	resp, body := postForm(t, f.srv.URL+"/analyse", nil, "big.txt", []byte(big))
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(body, "too large") {
		t.Errorf("form upload: %d %.300s", resp.StatusCode, body)
	}
}

func TestCrossOriginFormRefused(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	req, _ := http.NewRequest("POST", f.srv.URL+"/analyse", strings.NewReader("text=Officials+said+hello."))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	req.Header.Set("Origin", "https://evil.example")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST: %d, want 403", resp.StatusCode)
	}
}

func TestAnalyseForm(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	text, err := os.ReadFile(filepath.Join(repoRoot(t), "examples", "dam-collapse.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for name, send := range map[string]func() (*http.Response, string){
		"pasted": func() (*http.Response, string) {
			return postForm(t, f.srv.URL+"/analyse", map[string]string{"text": string(text)}, "", nil)
		},
		"uploaded": func() (*http.Response, string) { return postForm(t, f.srv.URL+"/analyse", nil, "dam.txt", text) },
	} {
		resp, body := send()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d %.300s", name, resp.StatusCode, body)
		}
		d := testAnalyzer(t).Analyze(mustRead(t, text))
		want := fmt.Sprintf("<strong>%s</strong>", pluralWord(len(d.Findings), "finding"))
		if !strings.Contains(body, want) || !strings.Contains(body, "not stored") || !strings.Contains(body, `class="hl hl-figure"`) {
			t.Errorf("%s: page lacks %q, the not-stored notice or figures", name, want)
		}
	}
	resp, body := postForm(t, f.srv.URL+"/analyse", map[string]string{"text": "  "}, "", nil)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "paste") {
		t.Errorf("empty form: %d %.300s", resp.StatusCode, body)
	}
}

func TestMetricsAndHealth(t *testing.T) {
	f := newFixture(t, fixtureOptions{})
	get(t, f.srv.URL+"/article/"+f.docs[0].Article.ID)
	get(t, f.srv.URL+"/article/"+f.docs[1].Article.ID)
	resp, body := get(t, f.srv.URL+"/healthz")
	if resp.StatusCode != 200 || !strings.Contains(body, `"ok"`) {
		t.Errorf("healthz: %d %s", resp.StatusCode, body)
	}
	_, body = get(t, f.srv.URL+"/metrics")
	for _, want := range []string{
		`http_requests_total{route="GET /article/{id}",method="GET",code="200"} 2`,
		`http_request_duration_seconds_bucket{route="GET /article/{id}",le="+Inf"} 2`,
		"# TYPE http_request_duration_seconds histogram",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	if regexp.MustCompile(`route="/article/[0-9a-f]`).MatchString(body) {
		t.Error("metrics label raw paths instead of patterns")
	}
}

func mustRead(t *testing.T, text []byte) doc.Article {
	t.Helper()
	arts, errs, err := readerRead(text)
	if err != nil || len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("reading: %v %v", err, errs)
	}
	return arts[0]
}
