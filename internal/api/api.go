// Package api is crosscheck's JSON API under /api/v1, mirroring the CLI:
// analyse a text without storing it, list and read stored articles, stories,
// figure series, conflicts and search hits, ingest and delete articles
// (token required), compare a rewrite with its source, and export the ledger
// as JSON Lines, CSV, GDELT-GKG-style TSV and ClaimReview JSON-LD. Every
// route is declared once in a table that both registers the handlers and
// generates the OpenAPI 3 document at /api/v1/openapi.json, so the two
// cannot drift apart.
package api

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/metrics"
	"github.com/crosscheck-news/crosscheck/internal/reader"
	"github.com/crosscheck-news/crosscheck/internal/render"
)

// Prefix is where the API is mounted.
const Prefix = "/api/v1"

// EnvToken names the environment variable holding the write token.
const EnvToken = "CROSSCHECK_TOKEN"

// Config is what the API serves from.
type Config struct {
	Store    ledger.Store
	Analyzer *analyzer.Analyzer
	// Token authorises writes (ingest, delete) as "Authorization: Bearer
	// TOKEN". Empty refuses every write with 403 unless InsecureNoToken.
	Token string
	// InsecureNoToken allows writes without a token (--insecure-no-token),
	// for a ledger on a private machine.
	InsecureNoToken bool
	// MaxBytes limits an article read from a body or fetched by URL.
	MaxBytes int64
	// Fetcher fetches URLs for URL ingest; nil disables it.
	Fetcher *Fetcher
	// Metrics, when set, receives ingest counters.
	Metrics *metrics.Registry
	// Logger reports server-side errors (slog.Default when nil).
	Logger *slog.Logger
}

// API serves the JSON routes.
type API struct {
	cfg    Config
	routes []Route
	gen    atomic.Uint64 // bumped by every write, to invalidate caches

	mu        sync.Mutex
	conflicts []ledger.Conflict
	conflGen  uint64
	conflAt   time.Time
	conflErr  error
	byOutlet  map[string][]ledger.Conflict // the cached conflicts by lower-cased outlet
	computing chan struct{}                // closed when the running computation ends
}

// Param is a query or path parameter of a route.
type Param struct {
	Name, In, Description string
	// Type is the JSON Schema type: string or integer.
	Type string
}

// Route is one API operation.
type Route struct {
	Method, Path, Summary string
	Params                []Param
	// Body describes the request body ("" for none); BodyTypes lists its
	// media types.
	Body      string
	BodyTypes []string
	// Produces is the response media type.
	Produces string
	// Write routes need the token.
	Write   bool
	handler http.HandlerFunc
}

// Pattern is the ServeMux pattern of the route.
func (r Route) Pattern() string { return r.Method + " " + r.Path }

// New builds the API.
func New(cfg Config) *API {
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = reader.DefaultMaxBytes
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	a := &API{cfg: cfg}
	a.routes = a.table()
	if cfg.Metrics != nil {
		cfg.Metrics.Help("crosscheck_ingested_articles_total", "Articles sent to ingest, by outcome (new, duplicate, failed).")
		cfg.Metrics.Help("crosscheck_analysed_articles_total", "Articles analysed without storing (analyse, compare and the web form).")
	}
	return a
}

// Routes lists the API's operations.
func (a *API) Routes() []Route { return a.routes }

// Register adds every route to mux.
func (a *API) Register(mux *http.ServeMux) {
	for _, r := range a.routes {
		h := http.Handler(r.handler)
		if r.Write {
			h = a.RequireToken(h)
		}
		mux.Handle(r.Pattern(), h)
	}
	// Anything else under the prefix is a JSON 404, not the HTML one.
	mux.HandleFunc(Prefix+"/", func(w http.ResponseWriter, r *http.Request) {
		Error(w, http.StatusNotFound, fmt.Sprintf("no API route %s %s; see %s/openapi.json", r.Method, r.URL.Path, Prefix))
	})
}

// Generation changes whenever the API writes to the ledger.
func (a *API) Generation() uint64 { return a.gen.Load() }

// Invalidate marks cached cross-article results as stale.
func (a *API) Invalidate() { a.gen.Add(1) }

var (
	pageParam    = Param{Name: "page", In: "query", Type: "integer", Description: "page number, from 1"}
	perPageParam = Param{Name: "per_page", In: "query", Type: "integer", Description: "items per page (default 20, at most 100)"}
	idParam      = Param{Name: "id", In: "path", Type: "string", Description: "article ID (content hash)"}
	articleBody  = "The article: a raw body in any format crosscheck reads (plain text with an optional Title:/Published:/Source:/URL: header, HTML, RSS/Atom, JSON Lines, WARC), a multipart form with a \"file\" or a \"text\" field, or JSON {\"text\"|\"html\", \"title\", \"outlet\", \"url\", \"published\", \"language\"}."
	articleTypes = []string{"text/plain", "text/html", "multipart/form-data", "application/json"}
)

func (a *API) table() []Route {
	return []Route{
		{Method: "POST", Path: Prefix + "/analyse", Summary: "Analyse articles without storing them; the answer is what `crosscheck check --format json` prints (one object, or JSON Lines for several articles).",
			Body: articleBody, BodyTypes: articleTypes, Produces: "application/json", handler: a.analyse},
		{Method: "GET", Path: Prefix + "/articles", Summary: "List stored articles, most recently ingested first.",
			Params: []Param{pageParam, perPageParam}, Produces: "application/json", handler: a.listArticles},
		{Method: "GET", Path: Prefix + "/articles/{id}", Summary: "One stored article as the document JSON contract.",
			Params: []Param{idParam}, Produces: "application/json", handler: a.getArticle},
		{Method: "DELETE", Path: Prefix + "/articles/{id}", Summary: "Delete a stored article and everything derived from it (token required).",
			Params: []Param{idParam}, Produces: "application/json", Write: true, handler: a.deleteArticle},
		{Method: "GET", Path: Prefix + "/articles/{id}/findings/{finding}/claimreview", Summary: "A finding of an article as schema.org ClaimReview JSON-LD.",
			Params: []Param{idParam, {Name: "finding", In: "path", Type: "string", Description: "finding ID (x1, x2…)"}}, Produces: "application/ld+json", handler: a.claimReview},
		{Method: "GET", Path: Prefix + "/stories", Summary: "List the saved stories (groups of articles about one event), largest first.",
			Params: []Param{pageParam, perPageParam}, Produces: "application/json", handler: a.listStories},
		{Method: "GET", Path: Prefix + "/stories/{id}", Summary: "One story: its articles, its figure series and the conflicts between its sources.",
			Params: []Param{{Name: "id", In: "path", Type: "string", Description: "story ID"}}, Produces: "application/json", handler: a.getStory},
		{Method: "GET", Path: Prefix + "/series", Summary: "Figure series (every estimate of one measure of one group) matching a query, with their conflicts.",
			Params: []Param{{Name: "q", In: "query", Type: "string", Description: "words matched against group, counted phrase, measure and sentence (all figures when empty)"}}, Produces: "application/json", handler: a.series},
		{Method: "GET", Path: Prefix + "/conflicts", Summary: "Conflicts between sources across articles, and inside-article findings.",
			Params: []Param{{Name: "kind", In: "query", Type: "string", Description: "finding kind: negation, subject_conflict, figure_conflict, spread"},
				{Name: "outlet", In: "query", Type: "string", Description: "only this outlet"},
				{Name: "contradictions", In: "query", Type: "string", Description: "\"1\" for contradictions only"}, pageParam, perPageParam},
			Produces: "application/json", handler: a.listConflicts},
		{Method: "GET", Path: Prefix + "/search", Summary: "Full-text search over stored articles with filters; snippets mark matches with [ and ].",
			Params: []Param{{Name: "q", In: "query", Type: "string", Description: "words, all required"},
				{Name: "outlet", In: "query", Type: "string", Description: "outlet name"},
				{Name: "entity", In: "query", Type: "string", Description: "canonical entity name"},
				{Name: "from", In: "query", Type: "string", Description: "published on or after, YYYY-MM-DD"},
				{Name: "to", In: "query", Type: "string", Description: "published on or before, YYYY-MM-DD"}, pageParam, perPageParam},
			Produces: "application/json", handler: a.search},
		{Method: "POST", Path: Prefix + "/ingest", Summary: "Analyse and store articles (token required). JSON {\"url\": …} fetches a public page.",
			Body: articleBody + " Or JSON {\"url\": \"https://…\"} to fetch a page (public addresses only).", BodyTypes: articleTypes, Produces: "application/json", Write: true, handler: a.ingest},
		{Method: "POST", Path: Prefix + "/compare", Summary: "Compare a derived text with its source claim by claim; the answer is the compare report JSON.",
			Body: "JSON {\"source\": TEXT, \"derived\": TEXT} or a multipart form with \"source\" and \"derived\" fields or files.", BodyTypes: []string{"application/json", "multipart/form-data"}, Produces: "application/json", handler: a.compare},
		{Method: "GET", Path: Prefix + "/export/articles.jsonl", Summary: "Every stored article as document JSON, one per line.",
			Produces: "application/x-ndjson", handler: a.exportJSONL},
		{Method: "GET", Path: Prefix + "/export/series.csv", Summary: "Figure series as CSV, one estimate per row.",
			Params: []Param{{Name: "q", In: "query", Type: "string", Description: "as for /series"}}, Produces: "text/csv", handler: a.exportCSV},
		{Method: "GET", Path: Prefix + "/export/series.tsv", Summary: "Figure series as GDELT-GKG-style tab-separated counts (DATE, COUNTS, SOURCES, SOURCEURLS…).",
			Params: []Param{{Name: "q", In: "query", Type: "string", Description: "as for /series"}}, Produces: "text/tab-separated-values", handler: a.exportGKG},
		{Method: "GET", Path: Prefix + "/openapi.json", Summary: "This API's OpenAPI 3 document.", Produces: "application/json", handler: a.openAPI},
	}
}

// Error writes {"error": msg} with the status.
func Error(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// writeJSON writes v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// fail answers an error: 413 for the size limit, 400 for bad requests,
// 404 for unknown IDs, and 500 (logged, without detail) for the rest.
func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case isTooLarge(err):
		Error(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body too large: the limit is %d bytes (the server's --max-body)", a.cfg.MaxBytes))
	case errors.Is(err, ErrForbiddenTarget):
		Error(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, ErrBadRequest):
		Error(w, http.StatusBadRequest, strings.TrimPrefix(err.Error(), ErrBadRequest.Error()+": "))
	case errors.Is(err, ledger.ErrNotFound):
		Error(w, http.StatusNotFound, "not found")
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads the answer.
	default:
		a.cfg.Logger.Error("api", "route", r.Pattern, "error", err)
		Error(w, http.StatusInternalServerError, "internal error; the server log has the details")
	}
}

// RequireToken lets a request through only with the configured bearer
// token; without a configured token, writes are refused unless the server
// runs with --insecure-no-token.
func (a *API) RequireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if a.cfg.Token == "" {
			if a.cfg.InsecureNoToken {
				next.ServeHTTP(w, r)
				return
			}
			Error(w, http.StatusForbidden, "writes are disabled: no token is configured. Set "+EnvToken+" to a long random secret before starting `crosscheck serve` and send it as \"Authorization: Bearer <token>\" (or start with --insecure-no-token on a private machine)")
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(a.cfg.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="crosscheck"`)
			Error(w, http.StatusUnauthorized, "this route writes to the ledger: send \"Authorization: Bearer <token>\" with the server's "+EnvToken)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// paging reads page and per_page.
func paging(r *http.Request) (page, perPage int, err error) {
	page, perPage = 1, 20
	if s := r.URL.Query().Get("page"); s != "" {
		page, err = strconv.Atoi(s)
		if err != nil || page < 1 || page > 1_000_000 {
			return 0, 0, badRequest("page %q: want a whole number from 1", s)
		}
	}
	if s := r.URL.Query().Get("per_page"); s != "" {
		perPage, err = strconv.Atoi(s)
		if err != nil || perPage < 1 || perPage > 100 {
			return 0, 0, badRequest("per_page %q: want a whole number from 1 to 100", s)
		}
	}
	return page, perPage, nil
}

// ParseDay reads a YYYY-MM-DD query value (zero when empty).
func ParseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, badRequest("%s %q: want a date as YYYY-MM-DD", name, s)
	}
	return t, nil
}

// Analyse analyses the articles of a decoded request; the web form uses it
// too.
func (a *API) Analyse(arts []doc.Article) []*doc.Document {
	docs := make([]*doc.Document, len(arts))
	for i, art := range arts {
		docs[i] = a.cfg.Analyzer.Analyze(art)
	}
	if a.cfg.Metrics != nil {
		a.cfg.Metrics.Add("crosscheck_analysed_articles_total", "", float64(len(arts)))
	}
	return docs
}

// MaxBytes is the article size limit.
func (a *API) MaxBytes() int64 { return a.cfg.MaxBytes }

func (a *API) analyse(w http.ResponseWriter, r *http.Request) {
	d, err := DecodeArticles(r.Header.Get("Content-Type"), r.Body, a.cfg.MaxBytes)
	if err == nil && d.FetchURL != "" {
		err = badRequest(`analyse takes the article itself ("text" or "html"); to fetch a URL, use ingest`)
	}
	if err != nil {
		a.fail(w, r, err)
		return
	}
	docs := a.Analyse(d.Articles)
	if len(docs) == 1 {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		render.JSON(w, docs[0])
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	for _, dd := range docs {
		render.JSONLine(w, dd)
	}
}

// page is a paged list answer.
type page[T any] struct {
	Items   []T    `json:"items"`
	Page    int    `json:"page"`
	PerPage int    `json:"per_page"`
	Next    string `json:"next,omitempty"`
}

// nextURL is the link to the following page, keeping the other parameters.
func nextURL(r *http.Request, pageNo int) string {
	q := r.URL.Query()
	q.Set("page", strconv.Itoa(pageNo+1))
	return r.URL.Path + "?" + q.Encode()
}

func paged[T any](r *http.Request, items []T, pageNo, perPage int) page[T] {
	p := page[T]{Items: items, Page: pageNo, PerPage: perPage}
	if len(items) > perPage {
		p.Items = items[:perPage]
		p.Next = nextURL(r, pageNo)
	}
	if p.Items == nil {
		p.Items = []T{}
	}
	return p
}

func (a *API) listArticles(w http.ResponseWriter, r *http.Request) {
	pg, per, err := paging(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	arts, err := a.cfg.Store.RecentArticles(r.Context(), per+1, (pg-1)*per)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, paged(r, arts, pg, per))
}

func (a *API) getArticle(w http.ResponseWriter, r *http.Request) {
	d, err := a.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	render.JSON(w, d)
}

func (a *API) deleteArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := a.cfg.Store.DeleteArticle(r.Context(), id); err != nil {
		a.fail(w, r, err)
		return
	}
	a.Invalidate()
	writeJSON(w, http.StatusOK, map[string]any{"deleted": id})
}

func (a *API) listStories(w http.ResponseWriter, r *http.Request) {
	pg, per, err := paging(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	st, err := a.cfg.Store.Stories(r.Context(), per+1, (pg-1)*per)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, paged(r, st, pg, per))
}

// SeriesJSON is a figure series as the API writes it.
type SeriesJSON struct {
	Name      string            `json:"name"`
	Measure   string            `json:"measure"`
	Group     string            `json:"group"`
	Estimates []ledger.Estimate `json:"estimates"`
}

// ConflictJSON is a cross-article conflict as the API writes it.
type ConflictJSON struct {
	A           ledger.Estimate `json:"a"`
	B           ledger.Estimate `json:"b"`
	Explanation string          `json:"explanation"`
}

func seriesJSON(ss []ledger.Series) []SeriesJSON {
	out := make([]SeriesJSON, len(ss))
	for i, s := range ss {
		out[i] = SeriesJSON{Name: s.Name(), Measure: s.Measure, Group: s.Group, Estimates: s.Estimates}
	}
	return out
}

func conflictsJSON(cs []ledger.Conflict) []ConflictJSON {
	out := make([]ConflictJSON, len(cs))
	for i, c := range cs {
		out[i] = ConflictJSON{A: c.A, B: c.B, Explanation: c.Explanation}
	}
	return out
}

// StoryView is a story with its series and conflicts; the web page shows
// the same.
type StoryView struct {
	Story     *ledger.Story
	Series    []ledger.Series
	Conflicts []ledger.Conflict
}

// LoadStory reads a story and computes its series and conflicts from its
// own articles' figures.
func (a *API) LoadStory(ctx context.Context, id string) (*StoryView, error) {
	st, err := a.cfg.Store.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(st.Articles))
	for i, art := range st.Articles {
		ids[i] = art.ID
	}
	es, err := a.cfg.Store.ArticleEstimates(ctx, ids)
	if err != nil {
		return nil, err
	}
	return &StoryView{Story: st, Series: ledger.BuildSeries(es), Conflicts: ledger.FindConflicts(es)}, nil
}

func (a *API) getStory(w http.ResponseWriter, r *http.Request) {
	v, err := a.LoadStory(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"story": v.Story, "series": seriesJSON(v.Series), "conflicts": conflictsJSON(v.Conflicts)})
}

func (a *API) series(w http.ResponseWriter, r *http.Request) {
	es, err := a.cfg.Store.Estimates(r.Context(), r.URL.Query().Get("q"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"series": seriesJSON(ledger.BuildSeries(es)), "conflicts": conflictsJSON(ledger.FindConflicts(es))})
}

// conflictTTL bounds how stale the cross-article conflicts may be when the
// ledger changes behind the server's back (a CLI ingest); writes through the
// API refresh them at once. It is long because the comparison reads every
// figure of the ledger, and SQLite serves one query at a time: on a
// 10,000-article ledger it holds the connection for about a second.
const conflictTTL = 10 * time.Minute

// Conflicts returns the conflicts between sources across the whole ledger.
// Comparing every figure with every other of its group is the costliest
// question the server answers, so the result is cached until the next write
// through the API or for conflictTTL; callers that find it stale compute it
// once, the others wait for that computation.
func (a *API) Conflicts(ctx context.Context) ([]ledger.Conflict, error) {
	if cs, ok := a.CachedConflicts(); ok {
		return cs, nil
	}
	a.mu.Lock()
	if !a.conflAt.IsZero() && a.conflErr == nil && a.conflGen == a.gen.Load() {
		// Only the TTL ran out: answer from the cache while it refreshes.
		cs := a.conflicts
		a.mu.Unlock()
		return cs, nil
	}
	done := a.refresh()
	a.mu.Unlock()
	select {
	case <-done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.conflicts, a.conflErr
}

// CachedConflicts returns the cached conflicts without waiting; ok is false
// when they are stale or not computed yet, in which case a computation is
// started in the background. Pages use it so that no page waits for the
// whole ledger to be compared.
func (a *API) CachedConflicts() (cs []ledger.Conflict, ok bool) {
	gen := a.gen.Load()
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.conflAt.IsZero() && a.conflErr == nil && a.conflGen == gen && time.Since(a.conflAt) < conflictTTL {
		return a.conflicts, true
	}
	a.refresh()
	return a.conflicts, false
}

// refresh starts computing the conflicts unless a computation is running,
// and returns a channel closed when it ends. a.mu is held.
func (a *API) refresh() <-chan struct{} {
	if a.computing != nil {
		return a.computing
	}
	done := make(chan struct{})
	a.computing = done
	gen := a.gen.Load()
	go func() {
		defer close(done)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		var cs []ledger.Conflict
		es, err := a.cfg.Store.Estimates(ctx, "")
		if err == nil {
			cs = ledger.FindConflicts(es)
		} else {
			a.cfg.Logger.Error("api: conflicts", "error", err)
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		a.computing = nil
		a.conflErr = err
		if err == nil {
			a.conflicts, a.conflGen, a.conflAt = cs, gen, time.Now()
			a.byOutlet = indexByOutlet(cs)
		}
	}()
	return done
}

// FindingQuery reads the conflicts page's filters.
func FindingQuery(r *http.Request) (ledger.FindingQuery, error) {
	q := r.URL.Query()
	pg, per, err := paging(r)
	if err != nil {
		return ledger.FindingQuery{}, err
	}
	fq := ledger.FindingQuery{Kind: q.Get("kind"), Outlet: q.Get("outlet"), Limit: per + 1, Offset: (pg - 1) * per}
	switch q.Get("contradictions") {
	case "", "0", "false":
	case "1", "true", "on":
		fq.Contradictions = true
	default:
		return fq, badRequest("contradictions %q: want 1 or 0", q.Get("contradictions"))
	}
	switch fq.Kind {
	case "", doc.FindingNegation, "subject_conflict", "figure_conflict", "spread":
	default:
		return fq, badRequest("kind %q: want negation, subject_conflict, figure_conflict or spread", fq.Kind)
	}
	return fq, nil
}

// indexByOutlet groups conflicts by the lower-cased outlets involved.
func indexByOutlet(cs []ledger.Conflict) map[string][]ledger.Conflict {
	idx := map[string][]ledger.Conflict{}
	for _, c := range cs {
		a, b := strings.ToLower(c.A.Outlet), strings.ToLower(c.B.Outlet)
		idx[a] = append(idx[a], c)
		if b != a {
			idx[b] = append(idx[b], c)
		}
	}
	return idx
}

// ConflictsOf keeps the conflicts that involve the outlet (all when empty),
// through the cache's index when cs is the cached list: scanning a large
// ledger's conflicts on every filtered page is the page's main cost.
func (a *API) ConflictsOf(cs []ledger.Conflict, outlet string) []ledger.Conflict {
	if outlet == "" {
		return cs
	}
	a.mu.Lock()
	cached := a.byOutlet != nil && len(cs) == len(a.conflicts) && (len(cs) == 0 || &cs[0] == &a.conflicts[0])
	idx := a.byOutlet
	a.mu.Unlock()
	if cached {
		return idx[strings.ToLower(outlet)]
	}
	return FilterConflicts(cs, outlet)
}

// FilterConflicts keeps the conflicts that involve the outlet (all when
// empty).
func FilterConflicts(cs []ledger.Conflict, outlet string) []ledger.Conflict {
	if outlet == "" {
		return cs
	}
	var out []ledger.Conflict
	for _, c := range cs {
		if strings.EqualFold(c.A.Outlet, outlet) || strings.EqualFold(c.B.Outlet, outlet) {
			out = append(out, c)
		}
	}
	return out
}

func (a *API) listConflicts(w http.ResponseWriter, r *http.Request) {
	fq, err := FindingQuery(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	fs, err := a.cfg.Store.FindFindings(r.Context(), fq)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	cs, err := a.Conflicts(r.Context())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	pg, per, _ := paging(r)
	out := paged(r, fs, pg, per)
	writeJSON(w, http.StatusOK, map[string]any{"conflicts": conflictsJSON(a.ConflictsOf(cs, fq.Outlet)), "findings": out.Items, "page": out.Page, "per_page": out.PerPage, "next": out.Next})
}

// SearchQuery reads a search's parameters; the web page uses it too.
func SearchQuery(r *http.Request) (ledger.Query, int, int, error) {
	v := r.URL.Query()
	pg, per, err := paging(r)
	if err != nil {
		return ledger.Query{}, 0, 0, err
	}
	q := ledger.Query{Text: v.Get("q"), Outlet: v.Get("outlet"), Entity: v.Get("entity"), Limit: per + 1, Offset: (pg - 1) * per}
	if q.From, err = ParseDay("from", v.Get("from")); err != nil {
		return q, 0, 0, err
	}
	if q.To, err = ParseDay("to", v.Get("to")); err != nil {
		return q, 0, 0, err
	}
	for name, s := range map[string]string{"q": q.Text, "outlet": q.Outlet, "entity": q.Entity} {
		if len(s) > 1000 {
			return q, 0, 0, badRequest("%s: longer than 1000 bytes", name)
		}
	}
	return q, pg, per, nil
}

func (a *API) search(w http.ResponseWriter, r *http.Request) {
	q, pg, per, err := SearchQuery(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	hits, err := a.cfg.Store.Search(r.Context(), q)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, paged(r, hits, pg, per))
}

func (a *API) ingest(w http.ResponseWriter, r *http.Request) {
	d, err := DecodeArticles(r.Header.Get("Content-Type"), r.Body, a.cfg.MaxBytes)
	if err == nil && d.FetchURL != "" {
		d.Articles, err = a.fetchArticles(r.Context(), d.FetchURL)
	}
	if err != nil {
		a.count("failed", 1)
		a.fail(w, r, err)
		return
	}
	docs := a.Analyse(d.Articles)
	res, err := a.cfg.Store.Put(r.Context(), docs)
	if err != nil {
		a.count("failed", float64(len(docs)))
		a.fail(w, r, err)
		return
	}
	a.count("new", float64(res.Added))
	a.count("duplicate", float64(res.Duplicate))
	if res.Added > 0 {
		a.Invalidate()
	}
	type stored struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	arts := make([]stored, len(docs))
	for i, dd := range docs {
		arts[i] = stored{dd.Article.ID, dd.Article.Title}
	}
	status := http.StatusOK
	if res.Added > 0 {
		status = http.StatusCreated
	}
	writeJSON(w, status, map[string]any{"added": res.Added, "duplicate": res.Duplicate, "articles": arts})
}

func (a *API) count(outcome string, n float64) {
	if a.cfg.Metrics != nil && n > 0 {
		a.cfg.Metrics.Add("crosscheck_ingested_articles_total", metrics.Labels("outcome", outcome), n)
	}
}

// fetchArticles downloads a page for URL ingest and reads it.
func (a *API) fetchArticles(ctx context.Context, rawURL string) ([]doc.Article, error) {
	if a.cfg.Fetcher == nil {
		return nil, badRequest("URL ingest is disabled on this server; send the article itself")
	}
	data, ctype, err := a.cfg.Fetcher.Fetch(ctx, rawURL)
	if err != nil {
		if errors.Is(err, ErrForbiddenTarget) || errors.Is(err, ErrBadRequest) {
			return nil, err
		}
		return nil, badRequest("%v", err)
	}
	ropts := reader.Options{MaxBytes: a.cfg.MaxBytes, URL: rawURL}
	if strings.Contains(ctype, "html") {
		ropts.Format = reader.FormatHTML
	}
	return readArticles(rawURL, strings.NewReader(string(data)), ropts)
}

// compareRequest is the JSON body of compare.
type compareRequest struct {
	Source  string `json:"source"`
	Derived string `json:"derived"`
}

func (a *API) compare(w http.ResponseWriter, r *http.Request) {
	src, der, err := decodeCompare(r, a.cfg.MaxBytes)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	docs := a.Analyse([]doc.Article{src, der})
	writeJSON(w, http.StatusOK, compare.Compare(docs[0], docs[1]))
}

func decodeCompare(r *http.Request, max int64) (doc.Article, doc.Article, error) {
	var req compareRequest
	ct := r.Header.Get("Content-Type")
	switch {
	case strings.HasPrefix(ct, "application/json"):
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			if isTooLarge(err) {
				return doc.Article{}, doc.Article{}, err
			}
			return doc.Article{}, doc.Article{}, badRequest("JSON body: %v", err)
		}
	case strings.HasPrefix(ct, "multipart/form-data"):
		if err := r.ParseMultipartForm(max); err != nil {
			if isTooLarge(err) {
				return doc.Article{}, doc.Article{}, err
			}
			return doc.Article{}, doc.Article{}, badRequest("multipart body: %v", err)
		}
		field := func(name string) (string, error) {
			if f, _, err := r.FormFile(name); err == nil {
				defer f.Close()
				var b strings.Builder
				if _, err := copyLimited(&b, f, max); err != nil {
					return "", err
				}
				return b.String(), nil
			}
			return r.FormValue(name), nil
		}
		var err error
		if req.Source, err = field("source"); err != nil {
			return doc.Article{}, doc.Article{}, err
		}
		if req.Derived, err = field("derived"); err != nil {
			return doc.Article{}, doc.Article{}, err
		}
	default:
		return doc.Article{}, doc.Article{}, badRequest("Content-Type %q: send application/json or multipart/form-data", ct)
	}
	ropts := reader.Options{MaxBytes: max}
	var arts [2]doc.Article
	for i, s := range []string{req.Source, req.Derived} {
		name := [2]string{"source", "derived"}[i]
		if strings.TrimSpace(s) == "" {
			return doc.Article{}, doc.Article{}, badRequest("%s: empty; give both \"source\" and \"derived\"", name)
		}
		got, err := readArticles(name, strings.NewReader(s), ropts)
		if err != nil {
			return doc.Article{}, doc.Article{}, err
		}
		if len(got) != 1 {
			return doc.Article{}, doc.Article{}, badRequest("%s holds %d articles; compare needs exactly one", name, len(got))
		}
		arts[i] = got[0]
	}
	return arts[0], arts[1], nil
}

// DecodeCompare reads a compare request (JSON or a multipart form with
// "source" and "derived" fields or files) into its two articles, for the
// web form that shares the API's rules and limits.
func DecodeCompare(r *http.Request, max int64) (source, derived doc.Article, err error) {
	return decodeCompare(r, max)
}
