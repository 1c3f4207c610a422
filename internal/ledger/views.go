package ledger

// Read queries for the web UI and the HTTP API: lists that page, one story
// read back with its articles, the figures of a set of articles, what a
// ledger says about one entity, filtered findings, and deleting an article.
// They live on the same sqlStore so both dialects answer them identically.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"
)

// ArticleSummary is one stored article without its text and annotations.
type ArticleSummary struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Ingested  string `json:"ingested_at"`
}

// StorySummary is a saved story with its size.
type StorySummary struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Articles int    `json:"articles"`
	Outlets  int    `json:"outlets"`
	// First and Last are the earliest and latest publication dates.
	First string `json:"first"`
	Last  string `json:"last"`
}

// FindingQuery filters Findings. Empty fields do not filter.
type FindingQuery struct {
	Kind string
	// Outlet matches case-insensitively.
	Outlet string
	// Article keeps the findings of one article.
	Article string
	// Contradictions keeps only findings where both statements cannot hold.
	Contradictions bool
	// Limit caps the rows (50 when zero); Offset skips rows, for paging.
	Limit, Offset int
}

// Quote is what a source said, as one attribution in one article.
type Quote struct {
	Article   string `json:"article"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	Speaker   string `json:"speaker"`
	Cue       string `json:"cue"`
	Content   string `json:"content"`
}

// ClaimRow is one stored claim with its article.
type ClaimRow struct {
	Article      string `json:"article"`
	Title        string `json:"title"`
	Outlet       string `json:"outlet"`
	Published    string `json:"published"`
	ID           string `json:"id"`
	Text         string `json:"text"`
	Subject      string `json:"subject"`
	Asserter     string `json:"asserter"`
	Negated      bool   `json:"negated"`
	Modality     string `json:"modality"`
	Verification string `json:"verification"`
}

// EntityView is what the ledger holds about one entity, by canonical name
// (or link: "North Korea" also finds "North Korean").
type EntityView struct {
	Name string `json:"name"`
	// Named is how many entity records name it: about the number of
	// articles that do (an article naming it as two kinds of thing counts
	// twice), counted up to 10,000; NamedMore says there are more. The
	// lists below come from the most recently stored of those articles
	// (see Entity).
	Named     int  `json:"named"`
	NamedMore bool `json:"named_more"`
	// Types are the entity types it was recognised as.
	Types []string `json:"types"`
	// Articles name it, newest publication first.
	Articles []ArticleSummary `json:"articles"`
	// Says are the statements attributed to it.
	Says []Quote `json:"says"`
	// About are claims whose subject names it.
	About []ClaimRow `json:"about"`
	// Figures count it as their group.
	Figures []Estimate `json:"figures"`
}

// RecentArticles lists stored articles, most recently ingested first.
func (s *sqlStore) RecentArticles(ctx context.Context, limit, offset int) ([]ArticleSummary, error) {
	if limit <= 0 {
		limit = 20
	}
	if offset < 0 {
		offset = 0
	}
	rows, err := s.rdb.QueryContext(ctx, s.rebind(`SELECT id, title, outlet, url, published, ingested_at FROM articles ORDER BY seq DESC LIMIT ? OFFSET ?`), limit, offset)
	if err != nil {
		return nil, fmt.Errorf("ledger: articles: %w", err)
	}
	defer rows.Close()
	out := []ArticleSummary{}
	for rows.Next() {
		var a ArticleSummary
		if err := rows.Scan(&a.ID, &a.Title, &a.Outlet, &a.URL, &a.Published, &a.Ingested); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Stories lists the saved stories, largest first. The page of stories is
// chosen from story_articles alone (its primary key covers the count), and
// only those stories' articles are read: joining every story to its
// articles' wide rows first would cost a page read per stored article.
func (s *sqlStore) Stories(ctx context.Context, limit, offset int) ([]StorySummary, error) {
	if limit <= 0 {
		limit = 50
	}
	if offset < 0 {
		offset = 0
	}
	rows, err := s.rdb.QueryContext(ctx, s.rebind(`SELECT id, size FROM stories ORDER BY size DESC, id LIMIT ? OFFSET ?`), limit, offset)
	if err != nil {
		return nil, fmt.Errorf("ledger: stories: %w", err)
	}
	out := []StorySummary{}
	idx := map[string]int{}
	for rows.Next() {
		var st StorySummary
		if err := rows.Scan(&st.ID, &st.Articles); err != nil {
			rows.Close()
			return nil, err
		}
		idx[st.ID] = len(out)
		out = append(out, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	ids := make([]string, len(out))
	for i, st := range out {
		ids[i] = st.ID
	}
	in, args := inArgs(ids)
	rows, err = s.rdb.QueryContext(ctx, s.rebind(`SELECT s.id, s.title, COUNT(DISTINCT a.outlet), MIN(a.published), MAX(a.published)
		FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id
		WHERE s.id IN `+in+` GROUP BY s.id, s.title`), args...)
	if err != nil {
		return nil, fmt.Errorf("ledger: stories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, title, first, last string
		var outlets int
		if err := rows.Scan(&id, &title, &outlets, &first, &last); err != nil {
			return nil, err
		}
		st := &out[idx[id]]
		st.Title, st.Outlets, st.First, st.Last = title, outlets, first, last
	}
	return out, rows.Err()
}

// Story reads a saved story back with its articles (without their text),
// oldest first; ErrNotFound when there is none.
func (s *sqlStore) Story(ctx context.Context, id string) (*Story, error) {
	st := &Story{ID: id}
	err := s.rdb.QueryRowContext(ctx, s.rebind(`SELECT title FROM stories WHERE id = ?`), id).Scan(&st.Title)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("ledger: story: %w", err)
	}
	rows, err := s.rdb.QueryContext(ctx, s.rebind(`SELECT a.id, a.title, a.outlet, a.published FROM story_articles sa JOIN articles a ON a.id = sa.article_id
		WHERE sa.story_id = ? ORDER BY a.published, a.id`), id)
	if err != nil {
		return nil, fmt.Errorf("ledger: story: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a StoryInput
		if err := rows.Scan(&a.ID, &a.Title, &a.Outlet, &a.Published); err != nil {
			return nil, err
		}
		st.Articles = append(st.Articles, a)
	}
	return st, rows.Err()
}

// inArgs writes "(?,?,…)" for ids and returns them as arguments.
func inArgs(ids []string) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return "(?" + strings.Repeat(",?", len(ids)-1) + ")", args
}

// ArticleEstimates lists the figures of the given articles, as Estimates
// does for the whole ledger: a story's series come from its own articles.
func (s *sqlStore) ArticleEstimates(ctx context.Context, ids []string) ([]Estimate, error) {
	var out []Estimate
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		in, args := inArgs(chunk)
		es, err := s.estimates(ctx, ` AND f.article_id IN `+in, args)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

// entityWindow is how many of the articles naming an entity its page reads:
// the most recently stored ones. A country or an agency is named in a
// third of a large ledger's articles; reading all of them made the page
// cost seconds at a hundred thousand articles.
const entityWindow = 100

// namedCap is how far Entity counts the records naming an entity.
const namedCap = 10000

// Entity gathers what the ledger holds about the entity named name, from
// the entityWindow articles naming it that were stored last: those
// articles (newest publication first), what the entity says in them, the
// claims about it and the figures counting it. Each list is capped at limit
// rows (50 when zero); Named counts the articles naming it. An entity no
// article names gives ErrNotFound.
func (s *sqlStore) Entity(ctx context.Context, name string, limit int) (*EntityView, error) {
	if limit <= 0 {
		limit = 50
	}
	v := &EntityView{Name: name, Articles: []ArticleSummary{}, Says: []Quote{}, About: []ClaimRow{}, Figures: []Estimate{}}
	rows, err := s.entityRows(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, ErrNotFound
	}
	// spellings are the names as stored that match name, the forms a
	// figure's group is written in.
	spellings := map[string]bool{}
	types := map[string]bool{}
	var ids []string
	seen := map[string]bool{}
	for _, r := range rows {
		types[r.typ] = true
		for _, n := range []string{r.canonical, r.link} {
			if strings.EqualFold(n, name) {
				spellings[n] = true
			}
		}
		if !seen[r.article] && len(ids) < entityWindow {
			seen[r.article] = true
			ids = append(ids, r.article)
		}
	}
	for t := range types {
		v.Types = append(v.Types, t)
	}
	sort.Strings(v.Types)
	// Counted from the name indexes alone (entity records rather than
	// distinct articles, which would read a row per article), and only up
	// to namedCap: the United Nations has 400,000 records in a million
	// articles, and counting them all took longer than the whole page.
	cargs := []any{name, namedCap + 1, name, name, namedCap + 1}
	if s.postgres {
		cargs = append([]any{pgx.QueryExecModeExec}, cargs...)
	}
	if err := s.rdb.QueryRowContext(ctx, s.rebind(`SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM entities WHERE lower(canonical) = lower(?) LIMIT ?) c)
		+ (SELECT COUNT(*) FROM (SELECT 1 FROM entities WHERE lower(link) = lower(?) AND lower(canonical) <> lower(?) LIMIT ?) l)`),
		cargs...).Scan(&v.Named); err != nil {
		return nil, fmt.Errorf("ledger: entity: %w", err)
	}
	if v.Named > namedCap {
		v.Named, v.NamedMore = namedCap, true
	}
	in, idArgs := inArgs(ids)
	q, err := s.rdb.QueryContext(ctx, s.rebind(`SELECT a.id, a.title, a.outlet, a.url, a.published, a.ingested_at FROM articles a
		WHERE a.id IN `+in+` ORDER BY a.published DESC, a.seq DESC LIMIT ?`), append(idArgs, limit)...)
	if err != nil {
		return nil, fmt.Errorf("ledger: entity: %w", err)
	}
	for q.Next() {
		var a ArticleSummary
		if err := q.Scan(&a.ID, &a.Title, &a.Outlet, &a.URL, &a.Published, &a.Ingested); err != nil {
			q.Close()
			return nil, err
		}
		v.Articles = append(v.Articles, a)
	}
	q.Close()
	if err := q.Err(); err != nil {
		return nil, err
	}
	// The speaker test is written so no planner can use the speaker
	// index for it: probing that index for each of the window's
	// articles walks every attribution of a much-quoted source.
	q, err = s.rdb.QueryContext(ctx, s.rebind(`SELECT t.article_id, a.title, a.outlet, a.published, t.id, t.kind, t.speaker, t.cue, t.content
		FROM attributions t JOIN articles a ON a.id = t.article_id WHERE t.article_id IN `+in+` AND lower(t.speaker) || '' = lower(?)
		ORDER BY a.published DESC, t.article_id, t.content_start LIMIT ?`), append(idArgs, name, limit)...)
	if err != nil {
		return nil, fmt.Errorf("ledger: entity: %w", err)
	}
	for q.Next() {
		var qt Quote
		if err := q.Scan(&qt.Article, &qt.Title, &qt.Outlet, &qt.Published, &qt.ID, &qt.Kind, &qt.Speaker, &qt.Cue, &qt.Content); err != nil {
			q.Close()
			return nil, err
		}
		v.Says = append(v.Says, qt)
	}
	q.Close()
	if err := q.Err(); err != nil {
		return nil, err
	}
	// A claim is about the entity when its subject names it: "North
	// Korean troops" is about North Korea. The subject is matched as a
	// word prefix so "Korea" does not find "Koreans' allies" by accident
	// more often than needed; names are short, so LIKE is cheap enough
	// on the window's claims.
	like := strings.ToLower(name)
	like = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(like)
	q, err = s.rdb.QueryContext(ctx, s.rebind(`SELECT c.article_id, a.title, a.outlet, a.published, c.id, c.text, c.subject, c.asserter, c.negated, c.modality, c.verification
		FROM claims c JOIN articles a ON a.id = c.article_id
		WHERE c.article_id IN `+in+`
		  AND (lower(c.subject) = ? OR lower(c.subject) LIKE ? ESCAPE '\' OR lower(c.subject) LIKE ? ESCAPE '\')
		ORDER BY a.published DESC, c.article_id, c.start_pos LIMIT ?`),
		append(idArgs, strings.ToLower(name), like+"%", "% "+like+"%", limit)...)
	if err != nil {
		return nil, fmt.Errorf("ledger: entity: %w", err)
	}
	for q.Next() {
		var c ClaimRow
		if err := q.Scan(&c.Article, &c.Title, &c.Outlet, &c.Published, &c.ID, &c.Text, &c.Subject, &c.Asserter, &c.Negated, &c.Modality, &c.Verification); err != nil {
			q.Close()
			return nil, err
		}
		v.About = append(v.About, c)
	}
	q.Close()
	if err := q.Err(); err != nil {
		return nil, err
	}
	// Figures count the entity when their group is its name as written;
	// the window's articles are read through the figures' primary key.
	names := make([]string, 0, len(spellings))
	for n := range spellings {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return v, nil
	}
	gin, gargs := inArgs(names)
	es, err := s.estimates(ctx, ` AND f.article_id IN `+in+` AND f.grp IN `+gin, append(append([]any{}, idArgs...), gargs...))
	if err != nil {
		return nil, err
	}
	if len(es) > limit {
		es = es[len(es)-limit:]
	}
	v.Figures = append(v.Figures, es...)
	return v, nil
}

// entityRow is one stored entity record naming an entity.
type entityRow struct {
	article, typ, canonical, link string
}

// entityRows returns the entity records whose canonical name or link is
// name, from the most recently stored articles: enough for entityWindow
// articles (an article may hold several records of one entity). Each name
// index is walked backwards in insertion order (SQLite's rowid,
// PostgreSQL's seq), so this reads only what it returns.
func (s *sqlStore) entityRows(ctx context.Context, name string) ([]entityRow, error) {
	const perArticle = 4
	var q string
	if s.postgres {
		q = `SELECT article_id, type, canonical, link FROM (
			(SELECT seq, article_id, type, canonical, link FROM entities WHERE lower(canonical) = lower($1) ORDER BY seq DESC LIMIT $2)
			UNION
			(SELECT seq, article_id, type, canonical, link FROM entities WHERE lower(link) = lower($1) ORDER BY seq DESC LIMIT $2)
		) u ORDER BY seq DESC LIMIT $2`
	} else {
		// One side per index, each reading only its newest records; the
		// UNION drops a record both sides find, and the outer ORDER BY
		// merges them by rowid.
		q = `SELECT article_id, type, canonical, link FROM (
			SELECT * FROM (SELECT rowid AS r, article_id, type, canonical, link FROM entities WHERE lower(canonical) = lower(?1) ORDER BY rowid DESC LIMIT ?2)
			UNION
			SELECT * FROM (SELECT rowid AS r, article_id, type, canonical, link FROM entities WHERE lower(link) = lower(?1) ORDER BY rowid DESC LIMIT ?2)
		) ORDER BY r DESC LIMIT ?2`
	}
	args := []any{name, entityWindow * perArticle}
	if s.postgres {
		// Unprepared, so it is planned for this name: a cached generic
		// plan walks every article back from the newest looking for a
		// rare name.
		args = append([]any{pgx.QueryExecModeExec}, args...)
	}
	rows, err := s.rdb.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("ledger: entity: %w", err)
	}
	defer rows.Close()
	var out []entityRow
	for rows.Next() {
		var r entityRow
		if err := rows.Scan(&r.article, &r.typ, &r.canonical, &r.link); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// FindFindings lists inside-article findings that pass the filters,
// contradictions first, then by article. The page is chosen from the
// findings table (and, for an outlet, the outlet index) before any article
// row is read.
func (s *sqlStore) FindFindings(ctx context.Context, q FindingQuery) ([]StoredFinding, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 50
	}
	var b strings.Builder
	var args []any
	b.WriteString(`SELECT f.article_id, a.title, a.outlet, a.published, f.id, f.kind, f.contradiction, f.explanation
		FROM (SELECT article_id, id, kind, contradiction, explanation FROM findings WHERE 1=1`)
	if q.Kind != "" {
		b.WriteString(` AND kind = ?`)
		args = append(args, q.Kind)
	}
	if q.Outlet != "" {
		b.WriteString(` AND article_id IN (SELECT id FROM articles WHERE lower(outlet) = lower(?))`)
		args = append(args, q.Outlet)
	}
	if q.Article != "" {
		b.WriteString(` AND article_id = ?`)
		args = append(args, q.Article)
	}
	if q.Contradictions {
		b.WriteString(` AND contradiction = ?`)
		args = append(args, true)
	}
	b.WriteString(` ORDER BY contradiction DESC, article_id, id LIMIT ? OFFSET ?) f
		JOIN articles a ON a.id = f.article_id ORDER BY f.contradiction DESC, f.article_id, f.id`)
	args = append(args, limit, max(q.Offset, 0))
	rows, err := s.rdb.QueryContext(ctx, s.rebind(b.String()), args...)
	if err != nil {
		return nil, fmt.Errorf("ledger: findings: %w", err)
	}
	defer rows.Close()
	out := []StoredFinding{}
	for rows.Next() {
		var f StoredFinding
		if err := rows.Scan(&f.Article, &f.Title, &f.Outlet, &f.Published, &f.ID, &f.Kind, &f.Contradiction, &f.Explanation); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// Outlets lists the distinct outlet names, for filter menus.
func (s *sqlStore) Outlets(ctx context.Context) ([]string, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT DISTINCT outlet FROM articles WHERE outlet <> '' ORDER BY outlet`)
	if err != nil {
		return nil, fmt.Errorf("ledger: outlets: %w", err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var o string
		if err := rows.Scan(&o); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// DeleteArticle removes an article, its annotations, its full-text entries
// and its story memberships in one transaction; ErrNotFound when there is
// none.
func (s *sqlStore) DeleteArticle(ctx context.Context, id string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	defer tx.Rollback()
	var seq int64
	var title, text string
	err = tx.QueryRowContext(ctx, s.rebind(`SELECT seq, title, text FROM articles WHERE id = ?`), id).Scan(&seq, &title, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	if !s.postgres {
		// External-content FTS5 tables forget a row only when told its
		// old values.
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`, seq, title, text); err != nil {
			return fmt.Errorf("ledger: unindexing article: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts (claims_fts, rowid, text) SELECT 'delete', seq, text FROM claims WHERE article_id = ?`, id); err != nil {
			return fmt.Errorf("ledger: unindexing claims: %w", err)
		}
	}
	for _, t := range []string{"entities", "mentions", "times", "attributions", "figures", "verification", "claims", "findings", "story_articles", "articles"} {
		col := "article_id"
		if t == "articles" {
			col = "id"
		}
		if _, err := tx.ExecContext(ctx, s.rebind(`DELETE FROM `+t+` WHERE `+col+` = ?`), id); err != nil {
			return fmt.Errorf("ledger: deleting from %s: %w", t, err)
		}
	}
	// A story left with fewer than two articles is no longer a story.
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_articles WHERE story_id IN (SELECT story_id FROM story_articles GROUP BY story_id HAVING COUNT(*) < 2)`); err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)`); err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("ledger: commit: %w", err)
	}
	return nil
}
