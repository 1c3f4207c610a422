package api

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
	"github.com/crosscheck-news/crosscheck/internal/render"
)

// copyLimited copies at most max bytes, failing beyond.
func copyLimited(w io.Writer, r io.Reader, max int64) (int64, error) {
	n, err := io.Copy(w, io.LimitReader(r, max+1))
	if err != nil {
		return n, err
	}
	if n > max {
		return n, &http.MaxBytesError{Limit: max}
	}
	return n, nil
}

// ExportJSONL writes every stored article as one document JSON line,
// oldest pages last, reading the ledger a page at a time.
func ExportJSONL(ctx context.Context, st ledger.Store, w io.Writer) error {
	const per = 200
	for off := 0; ; off += per {
		arts, err := st.RecentArticles(ctx, per, off)
		if err != nil {
			return err
		}
		for _, a := range arts {
			d, err := st.Document(ctx, a.ID)
			if err != nil {
				return err
			}
			if err := render.JSONLine(w, d); err != nil {
				return err
			}
		}
		if len(arts) < per {
			return nil
		}
	}
}

func (a *API) exportJSONL(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="crosscheck-articles.jsonl"`)
	if err := ExportJSONL(r.Context(), a.cfg.Store, w); err != nil {
		// The status is already sent; the log says why the file is short.
		a.cfg.Logger.Error("export jsonl", "error", err)
	}
}

// csvHeader is the series CSV's columns.
var csvHeader = []string{"series", "measure", "group", "published", "outlet", "source", "text", "low", "high", "bound", "hedge", "counted", "article", "figure", "title"}

// WriteSeriesCSV writes one row per estimate of each series. Cells that
// a spreadsheet would run as a formula are prefixed with a quote.
func WriteSeriesCSV(w io.Writer, ss []ledger.Series, sep rune) error {
	cw := csv.NewWriter(w)
	cw.Comma = sep
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, s := range ss {
		for _, e := range s.Estimates {
			row := []string{s.Name(), s.Measure, s.Group, e.Published, e.Outlet, e.Source, e.Text,
				num(e.Low), num(e.High), e.Bound, e.Hedge, e.Counted, e.Article, e.Figure, e.Title}
			for i := range row {
				row[i] = safeCell(row[i])
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// safeCell defuses spreadsheet formula injection ("=HYPERLINK(…)").
func safeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "'" + s
		}
	}
	return s
}

func (a *API) loadSeries(r *http.Request) ([]ledger.Series, error) {
	es, err := a.cfg.Store.Estimates(r.Context(), r.URL.Query().Get("q"))
	if err != nil {
		return nil, err
	}
	return ledger.BuildSeries(es), nil
}

func (a *API) exportCSV(w http.ResponseWriter, r *http.Request) {
	ss, err := a.loadSeries(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="crosscheck-series.csv"`)
	WriteSeriesCSV(w, ss, ',')
}

// gkgCountType maps a measure to GDELT GKG's count types where one exists.
var gkgCountType = map[string]string{
	doc.Killed: "KILL", doc.Wounded: "WOUND", doc.Arrested: "ARREST", doc.Displaced: "DISPLACED",
	doc.Evacuated: "EVACUATION", doc.Affected: "AFFECT", doc.Captured: "KIDNAP",
}

// gkgHeader follows the GKG 1.0 counts file (DATE, NUMARTS, COUNTTYPE,
// NUMBER, OBJECTTYPE, GEO_TYPE, GEO_FULLNAME, GEO_COUNTRYCODE…, SOURCES,
// SOURCEURLS) with the geography left as GKG leaves unknown places, and
// crosscheck's own columns (bound, source) appended.
var gkgHeader = []string{"DATE", "NUMARTS", "COUNTTYPE", "NUMBER", "OBJECTTYPE", "GEO_TYPE", "GEO_FULLNAME", "GEO_COUNTRYCODE", "SOURCES", "SOURCEURLS", "CC_BOUND", "CC_SOURCE", "CC_ARTICLE"}

// WriteSeriesGKG writes the estimates as GKG-style count rows. GKG counts
// are single numbers; a range is written as its low end with CC_BOUND
// saying so.
func WriteSeriesGKG(w io.Writer, ss []ledger.Series) error {
	tsvCell := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s) }
	if _, err := fmt.Fprintln(w, strings.Join(gkgHeader, "\t")); err != nil {
		return err
	}
	for _, s := range ss {
		ct := gkgCountType[s.Measure]
		if ct == "" {
			ct = strings.ToUpper(s.Measure)
		}
		for _, e := range s.Estimates {
			date := strings.ReplaceAll(firstN(e.Published, 10), "-", "")
			place, country := "", ""
			if len(e.Places) > 0 {
				place, country = e.Places[0].Name, e.Places[0].Country
			}
			geoType := "0"
			if place != "" {
				geoType = "4"
			}
			row := []string{date, "1", ct, num(e.Low), tsvCell(s.Group), geoType, tsvCell(place), country,
				tsvCell(e.Outlet), "", e.Bound, tsvCell(e.Source), e.Article}
			if _, err := fmt.Fprintln(w, strings.Join(row, "\t")); err != nil {
				return err
			}
		}
	}
	return nil
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func (a *API) exportGKG(w http.ResponseWriter, r *http.Request) {
	ss, err := a.loadSeries(r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/tab-separated-values; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="crosscheck-series.tsv"`)
	WriteSeriesGKG(w, ss)
}

// ClaimReview builds schema.org ClaimReview JSON-LD for one finding of a
// stored document: the claim reviewed is the finding's first cited
// statement, the rating says whether the article contradicts itself.
func ClaimReview(d *doc.Document, f *doc.Finding, now time.Time) map[string]any {
	art := d.Article
	claim := ""
	if len(f.Items) > 0 {
		claim = f.Items[0].Text
	}
	rating := "Sources differ"
	if f.Contradiction {
		rating = "Contradicted within the article"
	}
	appearance := map[string]any{"@type": "NewsArticle", "headline": art.Title}
	if art.URL != "" {
		appearance["url"] = art.URL
	}
	if art.Outlet != "" {
		appearance["publisher"] = map[string]any{"@type": "Organization", "name": art.Outlet}
	}
	if !art.Published.IsZero() {
		appearance["datePublished"] = doc.FormatPublished(art.Published)
	}
	cr := map[string]any{
		"@context":      "https://schema.org",
		"@type":         "ClaimReview",
		"datePublished": now.UTC().Format("2006-01-02"),
		"claimReviewed": claim,
		"author":        map[string]any{"@type": "Organization", "name": "crosscheck (automated analysis)"},
		"itemReviewed":  map[string]any{"@type": "Claim", "appearance": []any{appearance}},
		"reviewRating": map[string]any{"@type": "Rating", "alternateName": rating,
			"ratingExplanation": f.Explanation},
		"reviewBody": f.Explanation,
		"identifier": art.ID + "#" + f.ID,
	}
	if art.URL != "" {
		cr["url"] = art.URL
	}
	return cr
}

func (a *API) claimReview(w http.ResponseWriter, r *http.Request) {
	d, err := a.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	fid := r.PathValue("finding")
	for i := range d.Findings {
		if d.Findings[i].ID == fid {
			w.Header().Set("Content-Type", "application/ld+json; charset=utf-8")
			writeJSONBody(w, ClaimReview(d, &d.Findings[i], time.Now()))
			return
		}
	}
	Error(w, http.StatusNotFound, fmt.Sprintf("article %s has no finding %q", d.Article.ID, fid))
}
