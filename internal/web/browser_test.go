package web

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// EnvTestOut names the folder browser tests save screenshots in
// (testout/web under the repository by default; gitignored).
const EnvTestOut = "CROSSCHECK_TESTOUT"

// findChromium looks for a Chromium or Chrome binary: $CROSSCHECK_CHROMIUM,
// then the usual names on PATH.
func findChromium() string {
	if p := os.Getenv("CROSSCHECK_CHROMIUM"); p != "" {
		return p
	}
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

func testOut(t *testing.T) string {
	dir := os.Getenv(EnvTestOut)
	if dir == "" {
		dir = filepath.Join(repoRoot(t), "testout", "web")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestBrowser drives headless Chromium through the pages: the story
// chart's marks, a highlight's details, a search, the analyse box, and an
// article full of script payloads that must run nothing. One browser
// serves every step; screenshots land in testout/web.
func TestBrowser(t *testing.T) {
	bin := findChromium()
	if bin == "" {
		t.Skip("no chromium binary found (install Debian's chromium, or set CROSSCHECK_CHROMIUM); skipping the browser tests")
	}
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	f := newFixture(t, fixtureOptions{})
	out := testOut(t)
	profile := t.TempDir()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	// A headless page never has the system focus, so focus events would
	// not fire; emulate a focused page as a user's would be.
	if _, err := chromedp.Call(bctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	shot := func(t *testing.T, name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		if err := os.WriteFile(filepath.Join(out, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	nav := func(t *testing.T, path string) {
		t.Helper()
		if err := chromedp.Do(bctx, chromedp.Navigate(f.srv.URL+path)); err != nil {
			t.Fatalf("navigate %s: %v", path, err)
		}
	}
	eval := func(t *testing.T, js string) string {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("evaluate %s: %v", js, err)
		}
		return v
	}
	count := func(t *testing.T, sel string) int {
		t.Helper()
		n, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(sel)+`).length`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	// submitAndWait clicks a button and waits for the page it loads.
	submitAndWait := func(t *testing.T, sel string) {
		t.Helper()
		if _, err := chromedp.Run(bctx, chromedp.WaitEvent(cdppage.LoadEventFired, nil, chromedp.Click(chromedp.CSS(sel)))); err != nil {
			t.Fatalf("submit %s: %v", sel, err)
		}
	}

	t.Run("StoryChart", func(t *testing.T) {
		nav(t, "/story/"+f.storyID)
		if n := count(t, "svg.series g.mark"); n < 4 {
			t.Errorf("%d chart marks, want at least 4 (one per estimate)", n)
		}
		if n := count(t, "svg.series circle.ring"); n < 2 {
			t.Errorf("%d conflict rings, want both sides of the same-day conflict", n)
		}
		title := eval(t, `document.querySelector("svg.series g.mark title").textContent`)
		if !strings.Contains(title, "killed") {
			t.Errorf("first mark's title %q does not describe the estimate", title)
		}
		if n := count(t, `svg.series g.mark[data-shape="lower"], svg.series g.mark[data-shape="upper"]`); n == 0 {
			t.Error("no bound drawn as an arrow (\"at least 1,000\", \"no more than 40\")")
		}
		if n := count(t, `svg.series g.mark[data-shape="range"]`); n == 0 {
			t.Error("no range drawn as a bar (\"between 1,200 and 1,500\")")
		}
		shot(t, "story")
	})

	border := f.docByTitle(t, "Thai and Cambodian militaries give clashing tolls as border guns fall quieter")
	t.Run("HighlightDetails", func(t *testing.T) {
		nav(t, "/article/"+border.Article.ID)
		var ent string
		for _, e := range border.Entities {
			if e.Type == "PERSON" {
				ent = e.ID
				break
			}
		}
		if ent == "" {
			t.Fatal("the border article has no person")
		}
		if err := chromedp.Do(bctx, chromedp.Focus(chromedp.ID(ent))); err != nil {
			t.Fatal(err)
		}
		if id := eval(t, `document.activeElement.id`); id != ent {
			t.Errorf("focused %q, want %s", id, ent)
		}
		details := eval(t, `document.getElementById("details").textContent`)
		if !strings.Contains(details, "Person") || !strings.Contains(details, "mention") {
			t.Errorf("details after focusing %s: %q", ent, details)
		}
		if err := chromedp.Do(bctx, chromedp.Click(chromedp.ID("f1"))); err != nil {
			t.Fatal(err)
		}
		details = eval(t, `document.getElementById("details").textContent`)
		if !strings.Contains(details, "Figure") {
			t.Errorf("details after clicking f1: %q", details)
		}
		// Without the script, the details are in the title attribute.
		if tip := eval(t, `document.getElementById("f1").title`); !strings.HasPrefix(tip, "Figure:") {
			t.Errorf("f1 title %q", tip)
		}
		shot(t, "article")
	})

	t.Run("Search", func(t *testing.T) {
		nav(t, "/search")
		if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.ID("q"), "soldiers killed")); err != nil {
			t.Fatal(err)
		}
		submitAndWait(t, "form.search button")
		if n := count(t, "ol.hits > li"); n == 0 {
			t.Error("the search found nothing")
		}
		if n := count(t, "ol.hits .snippet mark"); n == 0 {
			t.Error("no highlighted words in the snippets")
		}
		shot(t, "search")
	})

	t.Run("AnalyseBox", func(t *testing.T) {
		text, err := os.ReadFile(filepath.Join(repoRoot(t), "examples", "plant-closure.txt"))
		if err != nil {
			t.Fatal(err)
		}
		nav(t, "/")
		if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.ID("text"), string(text))); err != nil {
			t.Fatal(err)
		}
		shot(t, "home")
		submitAndWait(t, "form.analyse button")
		if n := count(t, "mark.hl-figure"); n == 0 {
			t.Error("the analysis shows no figures")
		}
		summary := eval(t, `document.querySelector(".summary").textContent`)
		if !strings.Contains(summary, "finding") || !strings.Contains(summary, "claim") {
			t.Errorf("summary %q", summary)
		}
		if !strings.Contains(eval(t, `document.body.textContent`), "not stored") {
			t.Error("no not-stored notice")
		}
		shot(t, "analysed")
	})

	t.Run("CompareForm", func(t *testing.T) {
		nav(t, "/compare")
		rewrite := strings.Replace(strings.Replace(cmpSource, "41 people", "14 people", 1), "Around 60", "60", 1)
		if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.ID("source"), cmpSource)); err != nil {
			t.Fatal(err)
		}
		if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.ID("derived"), rewrite)); err != nil {
			t.Fatal(err)
		}
		submitAndWait(t, "form.analyse button")
		if v := eval(t, `document.querySelector(".verdict").textContent`); v != "changes facts" {
			t.Errorf("verdict %q, want changes facts", v)
		}
		if n := count(t, "mark.hl-change"); n == 0 {
			t.Error("no changed fact marked in the rewrite")
		}
		if n := count(t, "ol.cmp-findings > li"); n == 0 {
			t.Error("no findings listed")
		}
		shot(t, "compare")
	})

	t.Run("ScriptPayloadsRunNothing", func(t *testing.T) {
		check := func(t *testing.T, where string) {
			t.Helper()
			if v := eval(t, `String(window.__xss)`); v != "undefined" {
				t.Errorf("%s: window.__xss = %s: a payload ran", where, v)
			}
			if title := eval(t, `document.title`); title == "pwned" {
				t.Errorf("%s: document.title = %q", where, title)
			}
		}
		nav(t, "/article/"+f.xssID)
		time.Sleep(300 * time.Millisecond) // let any onerror fire
		check(t, "article")
		body := eval(t, `document.getElementById("article-body").textContent`)
		if !strings.Contains(body, "<script>window.__xss=3") || !strings.Contains(body, "<img src=x onerror=window.__xss=4>") {
			t.Errorf("the payloads are not shown as text: %.300q", body)
		}
		if h := eval(t, `document.querySelector("h1").textContent`); !strings.Contains(h, "<script>") {
			t.Errorf("title not shown as text: %q", h)
		}
		if n := count(t, "#article-body script, #article-body img, #article-body svg, #article-body iframe"); n != 0 {
			t.Errorf("%d live elements made from the article text", n)
		}
		shot(t, "xss-article")
		nav(t, "/search?q="+url.QueryEscape(`<img src=x onerror=window.__xss=8> mayor`)+"&outlet="+url.QueryEscape(xssOutlet))
		time.Sleep(200 * time.Millisecond)
		check(t, "search")
		nav(t, "/")
		if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.ID("text"), "Title: <script>window.__xss=10</script>\n\n"+xssText)); err != nil {
			t.Fatal(err)
		}
		submitAndWait(t, "form.analyse button")
		time.Sleep(200 * time.Millisecond)
		check(t, "analyse form")
	})

	t.Run("Phone", func(t *testing.T) {
		if err := chromedp.Do(bctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2))); err != nil {
			t.Fatal(err)
		}
		defer chromedp.Do(bctx, chromedp.EmulateReset())
		for _, p := range []string{"/article/" + border.Article.ID, "/story/" + f.storyID, "/"} {
			nav(t, p)
			w, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
			if err != nil {
				t.Fatal(err)
			}
			if w > 392 {
				t.Errorf("%s: %d px wide on a 390 px phone screen", p, w)
			}
		}
		nav(t, "/article/"+border.Article.ID)
		shot(t, "phone-article")
	})
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
