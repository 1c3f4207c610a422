package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/api"
	"github.com/crosscheck-news/crosscheck/internal/ledger"
)

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	counts, err := s.ledgerCounts(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	stories, err := s.cfg.Store.Stories(ctx, 8, 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	recent, err := s.cfg.Store.RecentArticles(ctx, 8, 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	conflicts, ready := s.cfg.API.CachedConflicts()
	contradictions, err := s.cfg.Store.FindFindings(ctx, ledger.FindingQuery{Contradictions: true, Limit: 5})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	nConflicts := len(conflicts)
	if len(conflicts) > 5 {
		conflicts = conflicts[:5]
	}
	s.render(w, r, http.StatusOK, "home", "crosscheck", map[string]any{
		"Counts": counts, "Stories": stories, "Recent": recent, "Conflicts": conflicts, "NConflicts": nConflicts,
		"Contradictions": contradictions, "MaxBody": s.cfg.MaxBody, "ConflictsReady": ready,
	})
}

// articleView is what the article template shows.
type articleView struct {
	Doc       *doc.Document
	Published string
	Nodes     []Node
	Stored    bool
	// Speakers maps attribution IDs to speakers; Claims and Figures
	// are joined with them for the side panel.
	Speakers map[string]string
	Figures  []figureRow
	Findings []findingRow
	Legend   []legendItem
}

type figureRow struct {
	ID, Text, Tip string
}

type findingRow struct {
	F     doc.Finding
	Items []findingItem
}

type findingItem struct {
	Anchor, Text, Kind string
}

type legendItem struct{ Class, Label, Note string }

var legend = []legendItem{
	{"hl hl-person", "Person", ""}, {"hl hl-org", "Organisation", ""}, {"hl hl-place", "Place", ""},
	{"hl hl-norp", "Nationality / group", ""}, {"hl hl-time", "Time", ""}, {"hl hl-figure", "Figure", ""},
	{"hl hl-source", "Source", "who speaks"}, {"hl hl-cue", "Cue", "said, according to…"},
	{"hl hl-content", "Attributed content", "underlined"}, {"hl hl-verify", "Verification", "could not verify…"},
	{"hl hl-finding", "Finding", "cited by a conflict"},
}

func newArticleView(d *doc.Document, stored bool) *articleView {
	v := &articleView{Doc: d, Nodes: Highlight(d), Stored: stored, Speakers: map[string]string{}, Legend: legend}
	if !d.Article.Published.IsZero() {
		v.Published = doc.FormatPublished(d.Article.Published)
	}
	for _, at := range d.Attributions {
		v.Speakers[at.ID] = at.Speaker
	}
	for _, f := range d.Figures {
		v.Figures = append(v.Figures, figureRow{f.ID, f.Text, FigureTip(f, v.Speakers)})
	}
	for _, f := range d.Findings {
		fr := findingRow{F: f}
		for j, it := range f.Items {
			fr.Items = append(fr.Items, findingItem{Anchor: f.ID + "-" + strconv.Itoa(j+1), Text: it.Text, Kind: it.Kind})
		}
		v.Findings = append(v.Findings, fr)
	}
	return v
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	d, err := s.cfg.Store.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	title := d.Article.Title
	if title == "" {
		title = "Untitled article"
	}
	s.render(w, r, http.StatusOK, "article", title, newArticleView(d, true))
}

func (s *Server) analyseForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "analyse", "Analyse an article", map[string]any{"MaxBody": s.cfg.MaxBody})
}

// analyse runs the pasted or uploaded article through the analyser and
// shows it like a stored one. Nothing is stored, so the form needs no
// token; cross-origin posts are still refused by the CSRF middleware.
func (s *Server) analyse(w http.ResponseWriter, r *http.Request) {
	d, err := api.DecodeArticles(r.Header.Get("Content-Type"), r.Body, s.cfg.API.MaxBytes())
	if err == nil && d.FetchURL != "" {
		err = api.ErrBadRequest
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	docs := s.cfg.API.Analyse(d.Articles[:1])
	title := docs[0].Article.Title
	if title == "" {
		title = "Pasted article"
	}
	v := newArticleView(docs[0], false)
	s.render(w, r, http.StatusOK, "article", title, v)
}

func (s *Server) story(w http.ResponseWriter, r *http.Request) {
	v, err := s.cfg.API.LoadStory(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var charts []Chart
	for _, se := range v.Series {
		charts = append(charts, BuildChart(se, v.Conflicts))
	}
	outlets := map[string]int{}
	var outletNames []string
	for _, a := range v.Story.Articles {
		if _, ok := outlets[a.Outlet]; !ok {
			outletNames = append(outletNames, a.Outlet)
		}
		outlets[a.Outlet]++
	}
	title := v.Story.Title
	if title == "" {
		title = "Story"
	}
	s.render(w, r, http.StatusOK, "story", title, map[string]any{
		"Story": v.Story, "Charts": charts, "Conflicts": v.Conflicts, "Outlets": outletNames, "PerOutlet": outlets,
	})
}

func (s *Server) stories(w http.ResponseWriter, r *http.Request) {
	pg, per, err := pageParams(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	st, err := s.cfg.Store.Stories(r.Context(), per+1, (pg-1)*per)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	more := len(st) > per
	if more {
		st = st[:per]
	}
	s.render(w, r, http.StatusOK, "stories", "Stories", map[string]any{"Stories": st, "Pager": pager(r, pg, more)})
}

func (s *Server) entity(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	v, err := s.cfg.Store.Entity(r.Context(), name, 50)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "entity", name, v)
}

// Pager links to the neighbouring pages of a list.
type Pager struct {
	Page       int
	Prev, Next string
}

func pager(r *http.Request, pg int, more bool) Pager {
	p := Pager{Page: pg}
	link := func(n int) string {
		q := r.URL.Query()
		q.Set("page", strconv.Itoa(n))
		return r.URL.Path + "?" + q.Encode()
	}
	if pg > 1 {
		p.Prev = link(pg - 1)
	}
	if more {
		p.Next = link(pg + 1)
	}
	return p
}

func pageParams(r *http.Request) (int, int, error) {
	pg := 1
	if v := r.URL.Query().Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1_000_000 {
			return 0, 0, api.ErrBadRequest
		}
		pg = n
	}
	return pg, 20, nil
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	data := map[string]any{"Q": v.Get("q"), "Outlet": v.Get("outlet"), "Entity": v.Get("entity"), "From": v.Get("from"), "To": v.Get("to")}
	outlets, err := s.ledgerOutlets(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	data["Outlets"] = outlets
	searched := strings.TrimSpace(v.Get("q")+v.Get("outlet")+v.Get("entity")+v.Get("from")+v.Get("to")) != ""
	data["Searched"] = searched
	if searched {
		q, pg, per, err := api.SearchQuery(r)
		if err != nil {
			data["Error"] = strings.TrimPrefix(err.Error(), api.ErrBadRequest.Error()+": ")
			s.render(w, r, http.StatusBadRequest, "search", "Search", data)
			return
		}
		hits, err := s.cfg.Store.Search(r.Context(), q)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		more := len(hits) > per
		if more {
			hits = hits[:per]
		}
		data["Hits"] = hits
		data["First"] = (pg-1)*per + 1
		data["Pager"] = pager(r, pg, more)
	}
	title := "Search"
	if q := v.Get("q"); q != "" {
		title = "Search: " + q
	}
	s.render(w, r, http.StatusOK, "search", title, data)
}

func (s *Server) conflicts(w http.ResponseWriter, r *http.Request) {
	fq, err := api.FindingQuery(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	pg, per, _ := pageParams(r)
	fq.Limit, fq.Offset = per+1, (pg-1)*per
	fs, err := s.cfg.Store.FindFindings(r.Context(), fq)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	more := len(fs) > per
	if more {
		fs = fs[:per]
	}
	// Wait a little for the ledger-wide comparison, then show the
	// findings with a note rather than keep the reader waiting.
	wctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	cs, err := s.cfg.API.Conflicts(wctx)
	cancel()
	ready := err == nil
	if !ready {
		cs, _ = s.cfg.API.CachedConflicts()
	}
	cs = s.cfg.API.ConflictsOf(cs, fq.Outlet)
	// The cross-article list pages with the findings: page n shows its
	// slice of each.
	from := min((pg-1)*per, len(cs))
	csPage := cs[from:min(from+per, len(cs))]
	if from+per < len(cs) {
		more = true
	}
	outlets, err := s.ledgerOutlets(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "conflicts", "Conflicts", map[string]any{
		"Conflicts": csPage, "NConflicts": len(cs), "ConflictsReady": ready, "Findings": fs, "Query": fq, "Outlets": outlets,
		"Kinds": []string{"negation", "subject_conflict", "figure_conflict", "spread"}, "Pager": pager(r, pg, more),
	})
}

// articleLink is the page of a stored article, with an optional anchor.
func articleLink(id, anchor string) string {
	u := "/article/" + url.PathEscape(id)
	if anchor != "" {
		u += "#" + anchor
	}
	return u
}

func init() {
	funcs["articleLink"] = articleLink
	funcs["entityLink"] = func(name string) string { return "/entity/" + url.PathEscape(name) }
	funcs["storyLink"] = func(id string) string { return "/story/" + url.PathEscape(id) }
}
