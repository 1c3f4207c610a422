package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

func init() {
	register(&command{name: "search", summary: "full-text search over the ledger's articles", run: runSearch})
}

const searchUsage = `Usage: crosscheck search [options] [QUERY]

Finds stored articles whose title or text contain every word of QUERY (word
forms match: "soldier" finds "soldiers"), with a snippet where the words are
marked [like this]. Hits come newest first in stretches of matches (the
newest 256, the next 256, then 512, 1,024…), best match first within a
stretch, so a search is as fast in a million articles as in a thousand.
The filters narrow the search and may be used without a QUERY (newest
publication first).

Options:
`

func runSearch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := dbFlag(fs)
	outlet := fs.String("outlet", "", "only articles from this outlet")
	entity := fs.String("entity", "", "only articles naming this entity (canonical name, e.g. \"North Korea\")")
	from := fs.String("from", "", "only articles published on or after this date (YYYY-MM-DD)")
	to := fs.String("to", "", "only articles published on or before this date (YYYY-MM-DD)")
	limit := fs.Int("limit", 20, "most hits shown")
	format := fs.String("format", "text", "output: text or json (one object per line)")
	fs.Usage = func() {
		fmt.Fprint(stderr, searchUsage)
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	q := ledger.Query{Text: strings.Join(fs.Args(), " "), Outlet: *outlet, Entity: *entity, Limit: *limit}
	var ok bool
	if q.From, ok = parseDay("search", "from", *from, stderr); !ok {
		return 2
	}
	if q.To, ok = parseDay("search", "to", *to, stderr); !ok {
		return 2
	}
	if strings.TrimSpace(q.Text) == "" && q.Outlet == "" && q.Entity == "" && q.From.IsZero() && q.To.IsZero() {
		fmt.Fprintln(stderr, "crosscheck search: give a QUERY or a filter (--outlet, --entity, --from, --to)")
		fs.Usage()
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "crosscheck search: --format %q: want text or json\n", *format)
		return 2
	}
	ctx := context.Background()
	st, ok := openLedger(ctx, "search", *db, stderr)
	if !ok {
		return 1
	}
	defer st.Close()
	hits, err := st.Search(ctx, q)
	if err != nil {
		fmt.Fprintf(stderr, "crosscheck search: %v\n", err)
		return 1
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		for _, h := range hits {
			enc.Encode(map[string]string{"id": h.ID, "title": h.Title, "outlet": h.Outlet, "url": h.URL, "published": h.Published, "snippet": h.Snippet})
		}
		return 0
	}
	if len(hits) == 0 {
		fmt.Fprintln(stdout, "No articles found.")
		return 0
	}
	for i, h := range hits {
		title := h.Title
		if title == "" {
			title = "(untitled)"
		}
		meta := []string{}
		for _, m := range []string{h.Outlet, h.Published} {
			if m != "" {
				meta = append(meta, m)
			}
		}
		fmt.Fprintf(stdout, "%d. %s", i+1, title)
		if len(meta) > 0 {
			fmt.Fprintf(stdout, " — %s", strings.Join(meta, ", "))
		}
		fmt.Fprintf(stdout, "\n   %s\n   %s", h.Snippet, h.ID)
		if h.URL != "" {
			fmt.Fprintf(stdout, "  %s", h.URL)
		}
		fmt.Fprintln(stdout)
	}
	return 0
}
