package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/internal/api"
	"github.com/crosscheck-news/crosscheck/internal/metrics"
	"github.com/crosscheck-news/crosscheck/internal/web"
)

func init() {
	register(&command{name: "serve", summary: "web UI and JSON API over the ledger", run: runServe})
}

const serveUsage = `Usage: crosscheck serve [options]

Serves the ledger in a browser (home, articles with highlighted claims,
stories with charts of their figures, entities, search, conflicts, and a box
to analyse a pasted article) and as a JSON API under /api/v1 (described at
/api/v1/openapi.json), with /healthz and Prometheus /metrics.

Reading needs nothing. Writing (POST /api/v1/ingest, DELETE
/api/v1/articles/{id}) needs the token in $CROSSCHECK_TOKEN, sent as
"Authorization: Bearer <token>"; without a token every write is refused,
unless --insecure-no-token is given. URL ingest ({"url": …}) fetches only
public addresses unless --allow-private-fetch.

The server listens on 127.0.0.1:8080 by default; SIGINT or SIGTERM stop it
after the requests in flight finish (at most --shutdown-timeout).

Options:
`

// serveSignals are the signals that stop the server; tests replace the
// channel.
var serveStop = func() (<-chan os.Signal, func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM)
	return ch, func() { signal.Stop(ch) }
}

// serveReady, when set, is told the address the server listens on (tests).
var serveReady func(addr string)

func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	maxBody := fs.Int64("max-body", web.DefaultMaxBody, "largest request body, in bytes")
	insecure := fs.Bool("insecure-no-token", false, "allow writes without a token (only on a private machine)")
	allowPrivate := fs.Bool("allow-private-fetch", false, "let URL ingest fetch loopback and private addresses")
	noFetch := fs.Bool("no-fetch", false, "disable URL ingest")
	shutdown := fs.Duration("shutdown-timeout", 15*time.Second, "longest wait for requests in flight on shutdown")
	fs.Usage = func() {
		fmt.Fprint(stderr, serveUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "crosscheck serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *maxBody <= 0 {
		fmt.Fprintln(stderr, "crosscheck serve: --max-body must be positive")
		return 2
	}
	token := os.Getenv(api.EnvToken)
	if token != "" && len(token) < 16 {
		fmt.Fprintf(stderr, "crosscheck serve: %s is %d characters long; use at least 16 random characters\n", api.EnvToken, len(token))
		return 2
	}
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	ctx := context.Background()
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck serve: %v\n", err)
		return 1
	}
	st, ok := openLedger(ctx, "serve", *db, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	reg := metrics.New()
	var fetcher *api.Fetcher
	if !*noFetch {
		fetcher = &api.Fetcher{AllowPrivate: *allowPrivate, MaxBytes: *maxBody}
	}
	a := api.New(api.Config{Store: st, Analyzer: an, Token: token, InsecureNoToken: *insecure, MaxBytes: *maxBody,
		Fetcher: fetcher, Metrics: reg, Logger: logger})
	h, err := web.New(web.Config{API: a, Store: st, Metrics: reg, MaxBody: *maxBody, Logger: logger})
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck serve: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck serve: listening on %s: %v\n", *addr, err)
		return 1
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	switch {
	case token != "":
		fmt.Fprintln(stderr, "crosscheck serve: writes need the token in "+api.EnvToken)
	case *insecure:
		fmt.Fprintln(stderr, "crosscheck serve: WARNING: writes are allowed without a token (--insecure-no-token)")
	default:
		fmt.Fprintln(stderr, "crosscheck serve: read-only: set "+api.EnvToken+" to allow ingest and delete")
	}
	fmt.Fprintf(stdout, "crosscheck serve: listening on http://%s/\n", ln.Addr())
	if serveReady != nil {
		serveReady(ln.Addr().String())
	}
	// Compute the ledger-wide conflicts once in the background, so the
	// first home page does not pay for them.
	a.CachedConflicts()

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	sig, stop := serveStop()
	defer stop()
	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintf(stderr, "crosscheck serve: %v\n", err)
			return 1
		}
		return 0
	case s := <-sig:
		fmt.Fprintf(stderr, "crosscheck serve: %v: finishing requests in flight (at most %s)\n", s, *shutdown)
	}
	sctx, cancel := context.WithTimeout(ctx, *shutdown)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		fmt.Fprintf(stderr, "crosscheck serve: shutdown: %v\n", err)
		srv.Close()
		return 1
	}
	fmt.Fprintln(stderr, "crosscheck serve: stopped")
	return 0
}
