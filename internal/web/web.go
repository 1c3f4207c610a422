// Package web is crosscheck's browser interface and the HTTP server around
// it: server-rendered HTML pages (html/template) for the ledger — home,
// article with highlighted annotations, story with SVG charts of its figure
// series, entity, search and conflicts — plus the JSON API (internal/api),
// /healthz and /metrics, behind one set of security middleware: strict
// Content-Security-Policy, no sniffing, request size limits, cross-origin
// write protection. Stylesheet, script and templates are embedded; pages work
// without JavaScript, which only adds a details box for highlights.
package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/api"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/metrics"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// CSP is the Content-Security-Policy of every answer: scripts and styles
// from this server only, no inline script or style, no plugins, no framing.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// DefaultMaxBody is the default request body limit.
const DefaultMaxBody = 10 << 20

// Config is what the server serves.
type Config struct {
	API     *api.API
	Store   ledger.Store
	Metrics *metrics.Registry
	// MaxBody limits request bodies (DefaultMaxBody when zero).
	MaxBody int64
	Logger  *slog.Logger
}

// Server renders the pages.
type Server struct {
	cfg   Config
	pages map[string]*template.Template

	mu       sync.Mutex
	counts   map[string]int
	countsAt time.Time
	countGen uint64
	outlets  []string
}

// New builds the whole HTTP handler: pages, API, static files, health and
// metrics, wrapped in the security middleware.
func New(cfg Config) (http.Handler, error) {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.New()
	}
	s := &Server{cfg: cfg}
	if err := s.parse(); err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	cfg.API.Register(mux)
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(http.FileServerFS(static))))
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /article/{id}", s.article)
	mux.HandleFunc("GET /analyse", s.analyseForm)
	mux.HandleFunc("POST /analyse", s.analyse)
	mux.HandleFunc("GET /compare", s.compareForm)
	mux.HandleFunc("POST /compare", s.compareRun)
	mux.HandleFunc("GET /story/{id}", s.story)
	mux.HandleFunc("GET /stories", s.stories)
	mux.HandleFunc("GET /entity/{name}", s.entity)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /conflicts", s.conflicts)
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.Handle("GET /metrics", cfg.Metrics.Handler())
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusNotFound, "There is no page at "+r.URL.Path+".")
	})
	var h http.Handler = mux
	h = http.NewCrossOriginProtection().Handler(h)
	h = limitBody(h, cfg.MaxBody, s)
	h = securityHeaders(h)
	h = cfg.Metrics.Middleware(h)
	return h, nil
}

func cacheFor(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		// The assets are a few kilobytes: serve them whole. Dropping Range
		// also keeps the file server's range parser (GO-2026-6609: CPU
		// spent on a header of many tiny ranges) away from clients.
		r.Header.Del("Range")
		r.Header.Del("If-Range")
		h.ServeHTTP(w, r)
	})
}

// securityHeaders sets the headers every answer carries.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// limitBody refuses bodies over max: at once when Content-Length says so,
// else when the handler reads past it (http.MaxBytesReader).
func limitBody(next http.Handler, max int64, s *Server) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > max {
			msg := fmt.Sprintf("request body too large: %d bytes, the limit is %d bytes (the server's --max-body)", r.ContentLength, max)
			if strings.HasPrefix(r.URL.Path, api.Prefix+"/") {
				api.Error(w, http.StatusRequestEntityTooLarge, msg)
			} else {
				s.errorPage(w, r, http.StatusRequestEntityTooLarge, msg)
			}
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, max)
		}
		next.ServeHTTP(w, r)
	})
}

var funcs = template.FuncMap{
	"num":    ledger.FormatNumber,
	"dash":   dash,
	"plural": pluralWord,
	"human":  func(s string) string { return strings.ReplaceAll(s, "_", " ") },
	"pathq":  url.PathEscape,
	"query":  url.QueryEscape,
	"add":    func(a, b int) int { return a + b },
	"day":    func(s string) string { return dayKey(s) },
	"snippet": func(s string) []SnippetPart {
		return splitSnippet(s)
	},
	"f1":      func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) },
	"sub":     func(a, b float64) float64 { return a - b },
	"add1":    func(a, b float64) float64 { return a + b },
	"mid":     func(a, b float64) float64 { return (a + b) / 2 },
	"count":   func(n int) string { return ledger.FormatNumber(float64(n)) },
	"count64": func(n int64) string { return ledger.FormatNumber(float64(n)) },
	"size":    byteSize,
	"httpURL": func(u string) bool {
		l := strings.ToLower(u)
		return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")
	},
}

// parse loads each page template with the shared layout.
func (s *Server) parse() error {
	s.pages = map[string]*template.Template{}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return err
	}
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if base == "layout" || base == "parts" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html", n)
		if err != nil {
			return fmt.Errorf("web: template %s: %w", n, err)
		}
		s.pages[base] = t
	}
	return nil
}

// page is what every template gets.
type page struct {
	Title string
	Nav   string
	Data  any
}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	t := s.pages[name]
	var buf bytes.Buffer
	if err := t.Execute(&buf, page{Title: title, Nav: name, Data: data}); err != nil {
		s.cfg.Logger.Error("web: rendering", "page", name, "error", err)
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", http.StatusText(status), map[string]any{"Status": status, "Message": msg})
}

// fail answers an error from the ledger or the request.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		s.errorPage(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("The upload is too large: the limit is %d bytes.", s.cfg.MaxBody))
	case errors.Is(err, api.ErrBadRequest):
		s.errorPage(w, r, http.StatusBadRequest, strings.TrimPrefix(err.Error(), api.ErrBadRequest.Error()+": "))
	case errors.Is(err, ledger.ErrNotFound):
		s.errorPage(w, r, http.StatusNotFound, "Nothing in the ledger has that ID.")
	default:
		s.cfg.Logger.Error("web", "route", r.Pattern, "error", err)
		s.errorPage(w, r, http.StatusInternalServerError, "Something went wrong on the server; its log has the details.")
	}
}

// Counts are cached briefly: counting every table on each home page view
// would dominate its cost on a large ledger.
func (s *Server) ledgerCounts(r *http.Request) (map[string]int, error) {
	gen := s.cfg.API.Generation()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.counts != nil && s.countGen == gen && time.Since(s.countsAt) < 15*time.Second {
		return s.counts, nil
	}
	c, err := s.cfg.Store.Counts(r.Context())
	if err != nil {
		return nil, err
	}
	o, err := s.cfg.Store.Outlets(r.Context())
	if err != nil {
		return nil, err
	}
	s.counts, s.outlets, s.countsAt, s.countGen = c, o, time.Now(), gen
	return c, nil
}

// ledgerOutlets lists the outlets for the filter menus, cached with the
// counts: listing them reads every article row.
func (s *Server) ledgerOutlets(r *http.Request) ([]string, error) {
	if _, err := s.ledgerCounts(r); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.outlets, nil
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if _, err := s.cfg.Store.RecentArticles(r.Context(), 1, 0); err != nil {
		s.cfg.Logger.Error("healthz", "error", err)
		api.Error(w, http.StatusServiceUnavailable, "ledger unavailable")
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write([]byte(`{"status":"ok"}` + "\n"))
}

// byteSize writes a size for people: "10 MiB", "4,096 bytes".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return ledger.FormatNumber(float64(n>>20)) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return ledger.FormatNumber(float64(n>>10)) + " KiB"
	}
	return ledger.FormatNumber(float64(n)) + " bytes"
}

// pluralWord writes "1 entity", "3 entities", "2 articles".
func pluralWord(n int, word string) string {
	if n != 1 {
		if strings.HasSuffix(word, "y") {
			word = strings.TrimSuffix(word, "y") + "ie"
		}
		word += "s"
	}
	return strconv.Itoa(n) + " " + word
}

// SnippetPart is a piece of a search snippet; Match parts were marked by
// the ledger with [ and ].
type SnippetPart struct {
	Text  string
	Match bool
}

func splitSnippet(s string) []SnippetPart {
	var out []SnippetPart
	for s != "" {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			out = append(out, SnippetPart{Text: s})
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			out = append(out, SnippetPart{Text: s})
			break
		}
		if i > 0 {
			out = append(out, SnippetPart{Text: s[:i]})
		}
		out = append(out, SnippetPart{Text: s[i+1 : i+j], Match: true})
		s = s[i+j+1:]
	}
	return out
}
