package ledger

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx"
	_ "modernc.org/sqlite"             // SQLite driver "sqlite"
)

// sqlStore implements Store over database/sql for both dialects; queries are
// written with ? placeholders and rebound for PostgreSQL.
type sqlStore struct {
	// db writes (and, for PostgreSQL, reads too: its pool already runs
	// readers beside writers).
	db *sql.DB
	// rdb serves every read that is not part of a write transaction. For
	// SQLite it is a pool of query-only connections beside the single
	// writer connection: in WAL mode readers do not wait for the writer,
	// so searches and pages keep answering while an ingest commits, and
	// several readers run at once instead of queueing on one connection.
	rdb      *sql.DB
	postgres bool
	// stats analyses a PostgreSQL ledger as it grows when the server's
	// autovacuum does not (nil for SQLite).
	stats *statsKeeper
	// rankWindow overrides the package's rankWindow when set (tests).
	rankWindow int
}

// OpenSQLite opens or creates the SQLite ledger at path, in WAL mode so
// readers do not block the writer.
func OpenSQLite(ctx context.Context, path string) (Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("ledger: %w", err)
		}
	}
	file := "file:" + (&url.URL{Path: path}).EscapedPath()
	// Read through a memory map and keep pages cached: rows carry the
	// article text and document JSON, so a large ledger's queries
	// otherwise spend their time in one read syscall per page.
	const mmap = "&_pragma=mmap_size(1073741824)"
	db, err := sql.Open("sqlite", file+
		"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"+mmap+"&_pragma=cache_size(-65536)")
	if err != nil {
		return nil, fmt.Errorf("ledger: opening %s: %w", path, err)
	}
	// One writer connection: SQLite has one writer anyway, and a single
	// connection never meets SQLITE_BUSY from itself.
	db.SetMaxOpenConns(1)
	if err := migrate(ctx, db, sqliteMigrations, func(q string) string { return q }); err != nil {
		db.Close()
		return nil, fmt.Errorf("%w (ledger file %s)", err, path)
	}
	// The readers are opened after the migrations, so the file exists and
	// is in WAL mode (a persistent setting) before any of them connects.
	// query_only makes a write through them an error rather than a second
	// writer contending for the lock. Each reader keeps a smaller page
	// cache of its own (pages read through the memory map are not copied
	// into it anyway).
	rdb, err := sql.Open("sqlite", file+"?_pragma=query_only(1)&_pragma=busy_timeout(10000)"+mmap+"&_pragma=cache_size(-16384)")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("ledger: opening %s: %w", path, err)
	}
	rdb.SetMaxOpenConns(readConns)
	rdb.SetMaxIdleConns(readConns)
	return &sqlStore{db: db, rdb: rdb}, nil
}

// readConns is the size of the SQLite read pool: enough for a web server's
// concurrent pages on a small machine; each connection keeps its own page
// cache, so more would mostly cost memory.
var readConns = max(4, runtime.NumCPU())

// OpenPostgres opens the PostgreSQL ledger at the URL and migrates it. A
// search_path parameter in the URL selects a schema.
func OpenPostgres(ctx context.Context, dsn string) (Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("ledger: connecting to PostgreSQL: %w", err)
	}
	s := &sqlStore{db: db, rdb: db, postgres: true}
	if err := migratePostgres(ctx, db, dsn, s.rebind); err != nil {
		db.Close()
		return nil, err
	}
	if s.stats, err = newStatsKeeper(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func (s *sqlStore) Close() error {
	err := s.db.Close()
	if s.rdb != s.db {
		err = errors.Join(err, s.rdb.Close())
	}
	return err
}

// rebind turns ? placeholders into $1, $2… for PostgreSQL.
func (s *sqlStore) rebind(q string) string {
	if !s.postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// Contains reports which of the article IDs are already stored.
func (s *sqlStore) Contains(ctx context.Context, ids []string) (map[string]bool, error) {
	return s.contains(ctx, s.rdb, ids)
}

// table is one child table as Put writes it: its columns and the rows
// gathered over a batch, flattened.
type table struct {
	name string
	cols []string
	n    int
	args []any
}

func (t *table) add(vals ...any) {
	t.args = append(t.args, vals...)
	t.n++
}

// bulkRows is how many rows one multi-row INSERT carries: the per-statement
// cost of database/sql and the driver dominates single-row inserts, and
// SQLite allows 32766 parameters.
const bulkRows = 200

// flush writes the table's rows with multi-row INSERTs.
func (s *sqlStore) flush(ctx context.Context, tx *sql.Tx, t *table) error {
	nc := len(t.cols)
	var full *sql.Stmt
	for start := 0; start < t.n; start += bulkRows {
		rows := min(bulkRows, t.n-start)
		args := t.args[start*nc : (start+rows)*nc]
		if rows == bulkRows {
			if full == nil {
				st, err := tx.PrepareContext(ctx, s.insertSQL(t, rows))
				if err != nil {
					return fmt.Errorf("%s: %w", t.name, err)
				}
				defer st.Close()
				full = st
			}
			if _, err := full.ExecContext(ctx, args...); err != nil {
				return fmt.Errorf("%s: %w", t.name, err)
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, s.insertSQL(t, rows), args...); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
	}
	return nil
}

func (s *sqlStore) insertSQL(t *table, rows int) string {
	var b strings.Builder
	b.WriteString("INSERT INTO ")
	b.WriteString(t.name)
	b.WriteString(" (")
	b.WriteString(strings.Join(t.cols, ", "))
	b.WriteString(") VALUES ")
	one := "(?" + strings.Repeat(",?", len(t.cols)-1) + ")"
	for i := 0; i < rows; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(one)
	}
	return s.rebind(b.String())
}

func (s *sqlStore) Put(ctx context.Context, docs []*doc.Document) (PutResult, error) {
	var res PutResult
	if len(docs) == 0 {
		return res, nil
	}
	for _, d := range docs {
		if d.Article.ID == "" {
			d.Article.ID = doc.ContentID(d.Article.Text)
		}
	}
	tables := newTables()
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.Article.ID
	}

	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("ledger: %w", err)
	}
	defer tx.Rollback()
	if s.postgres {
		// Writers take turns, so two ingests of the same article cannot
		// both find it missing (SQLite's immediate transactions do the
		// same); readers are not blocked.
		if _, err := tx.ExecContext(ctx, `LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE`); err != nil {
			return res, fmt.Errorf("ledger: %w", err)
		}
	}
	have, err := s.containsTx(ctx, tx, ids)
	if err != nil {
		return res, err
	}
	var lastArticle, lastClaim int64
	if !s.postgres {
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM articles`).Scan(&lastArticle); err != nil {
			return res, fmt.Errorf("ledger: %w", err)
		}
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM claims`).Scan(&lastClaim); err != nil {
			return res, fmt.Errorf("ledger: %w", err)
		}
	}
	now := time.Now().UTC().Format(time.RFC3339)
	for _, d := range docs {
		if have[d.Article.ID] {
			res.Duplicate++
			continue
		}
		have[d.Article.ID] = true // a second copy in the same batch
		if err := addRows(tables, d, now); err != nil {
			return PutResult{}, fmt.Errorf("ledger: article %s (%s): %w", d.Article.ID, d.Article.Origin, err)
		}
		res.Added++
	}
	for _, t := range tables {
		if err := s.flush(ctx, tx, t); err != nil {
			return PutResult{}, fmt.Errorf("ledger: storing %w", err)
		}
	}
	if !s.postgres {
		// The FTS5 indexes read their text from the content tables.
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE seq > ?`, lastArticle); err != nil {
			return PutResult{}, fmt.Errorf("ledger: indexing articles: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts (rowid, text) SELECT seq, text FROM claims WHERE seq > ?`, lastClaim); err != nil {
			return PutResult{}, fmt.Errorf("ledger: indexing claims: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return PutResult{}, fmt.Errorf("ledger: commit: %w", err)
	}
	s.stats.stored(ctx, s.db, res.Added)
	return res, nil
}

// containsTx is Contains inside Put's transaction.
func (s *sqlStore) containsTx(ctx context.Context, tx *sql.Tx, ids []string) (map[string]bool, error) {
	return s.contains(ctx, tx, ids)
}

// querier is what contains needs of a database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// eachString calls f with each row's single text column and closes rows.
func eachString(rows *sql.Rows, f func(string)) error {
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return err
		}
		f(v)
	}
	return rows.Err()
}

// contains returns which of ids are stored, asking in chunks of 500 so no
// statement exceeds the databases' parameter limits.
func (s *sqlStore) contains(ctx context.Context, q querier, ids []string) (map[string]bool, error) {
	found := make(map[string]bool, len(ids))
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := q.QueryContext(ctx, s.rebind(`SELECT id FROM articles WHERE id IN (?`+strings.Repeat(",?", len(chunk)-1)+`)`), args...)
		if err != nil {
			return nil, fmt.Errorf("ledger: %w", err)
		}
		if err := eachString(rows, func(id string) { found[id] = true }); err != nil {
			return nil, err
		}
	}
	return found, nil
}

// Child tables in insertion order; articles first.
const (
	tArticles = iota
	tEntities
	tMentions
	tTimes
	tAttributions
	tFigures
	tVerification
	tClaims
	tFindings
)

func newTables() []*table {
	return []*table{
		tArticles:     {name: "articles", cols: []string{"id", "url", "outlet", "title", "published", "language", "origin", "text", "document", "ingested_at"}},
		tEntities:     {name: "entities", cols: []string{"article_id", "id", "type", "canonical", "text", "link", "country", "start_pos", "end_pos"}},
		tMentions:     {name: "mentions", cols: []string{"article_id", "entity_id", "start_pos", "end_pos", "text", "pronoun"}},
		tTimes:        {name: "times", cols: []string{"article_id", "id", "type", "value", "mod", "text", "start_pos", "end_pos", "sentence"}},
		tAttributions: {name: "attributions", cols: []string{"article_id", "id", "kind", "speaker", "entity_id", "source", "cue", "content", "content_start", "content_end", "sentence"}},
		tFigures:      {name: "figures", cols: []string{"article_id", "id", "start_pos", "end_pos", "text", "value", "low", "high", "bound", "hedge", "unit", "counted", "measure", "grp", "part_of", "attribution_id", "speaker", "context", "sentence", "places"}},
		tVerification: {name: "verification", cols: []string{"article_id", "id", "status", "agent", "text", "target", "applies_to", "start_pos", "end_pos", "sentence"}},
		tClaims:       {name: "claims", cols: []string{"article_id", "id", "start_pos", "end_pos", "text", "subject", "predicate", "negated", "modality", "asserter", "attribution_id", "verification", "sentence"}},
		tFindings:     {name: "findings", cols: []string{"article_id", "id", "kind", "contradiction", "explanation", "items"}},
	}
}

// addRows adds one document's rows to the tables.
func addRows(tb []*table, d *doc.Document, now string) error {
	a := &d.Article
	js, err := json.Marshal(d)
	if err != nil {
		return err
	}
	pub := ""
	if !a.Published.IsZero() {
		pub = doc.FormatPublished(a.Published)
	}
	id := a.ID
	tb[tArticles].add(id, a.URL, a.Outlet, a.Title, pub, a.Language, a.Origin, a.Text, string(js), now)
	for i := range d.Entities {
		e := &d.Entities[i]
		tb[tEntities].add(id, e.ID, e.Type, e.Canonical, e.Text, e.Link, e.Country, e.Start, e.End)
		for _, m := range e.Mentions {
			tb[tMentions].add(id, e.ID, m.Start, m.End, m.Text, m.Pronoun)
		}
	}
	for i := range d.Times {
		t := &d.Times[i]
		tb[tTimes].add(id, t.ID, t.Type, t.Value, t.Mod, t.Text, t.Start, t.End, t.Sentence)
	}
	speakers := make(map[string]string, len(d.Attributions))
	for i := range d.Attributions {
		at := &d.Attributions[i]
		speakers[at.ID] = at.Speaker
		tb[tAttributions].add(id, at.ID, at.Kind, at.Speaker, at.Entity, spanText(at.Source), at.Cue.Text, at.ContentText(), at.Content.Start, at.Content.End, at.Sentence)
	}
	measures := make(map[string]string, len(d.Figures))
	for i := range d.Figures {
		measures[d.Figures[i].ID] = d.Figures[i].Measure
	}
	var runes []rune           // decoded once, only when a figure needs its sentence
	var places map[int][]Place // likewise the places each sentence names
	for i := range d.Figures {
		f := &d.Figures[i]
		attr, speaker := "", ""
		if f.Attribution != nil {
			attr = *f.Attribution
			speaker = speakers[attr]
		}
		// part_of keeps only sub-counts of the same measure ("200 of the
		// 600 killed were officers"): those count a narrower scope. "About
		// 600 of the 15,000 deployed were killed" counts every killed
		// member of the group and belongs in the killed series; the
		// document JSON keeps the link either way.
		partOf := ""
		if f.PartOf != nil && measures[*f.PartOf] == f.Measure {
			partOf = *f.PartOf
		}
		if runes == nil {
			runes = []rune(a.Text)
		}
		if places == nil {
			places = sentencePlaces(d)
		}
		tb[tFigures].add(id, f.ID, f.Start, f.End, f.Text, f.Value, f.Low, f.High, f.Bound, f.Hedge, f.Unit,
			spanText(f.Counted), f.Measure, f.Group, partOf, attr, speaker, sentenceText(d, runes, f.Sentence), f.Sentence,
			formatPlaces(places[f.Sentence], f.Group))
	}
	for i := range d.Verification {
		v := &d.Verification[i]
		tb[tVerification].add(id, v.ID, v.Status, v.Agent, v.Text, spanText(v.Target), strings.Join(v.AppliesTo, " "), v.Start, v.End, v.Sentence)
	}
	for i := range d.Claims {
		c := &d.Claims[i]
		attr := ""
		if c.Attribution != nil {
			attr = *c.Attribution
		}
		tb[tClaims].add(id, c.ID, c.Start, c.End, c.Text, spanText(c.Subject), c.Predicate, c.Negated, c.Modality, c.Asserter, attr, c.Verification, c.Sentence)
	}
	for i := range d.Findings {
		f := &d.Findings[i]
		items, err := json.Marshal(f.Items)
		if err != nil {
			return err
		}
		tb[tFindings].add(id, f.ID, f.Kind, f.Contradiction, f.Explanation, string(items))
	}
	return nil
}

// sentencePlaces maps sentence indexes to the places (GPE and LOC entities)
// mentioned in them.
func sentencePlaces(d *doc.Document) map[int][]Place {
	out := map[int][]Place{}
	for _, e := range d.Entities {
		if e.Type != doc.GPE && e.Type != doc.Loc {
			continue
		}
		seen := map[int]bool{}
		for _, m := range e.Mentions {
			si := d.SentenceAt(m.Start)
			if si < 0 || seen[si] {
				continue
			}
			seen[si] = true
			out[si] = append(out[si], Place{Name: e.Canonical, Country: e.Country})
		}
	}
	return out
}

// formatPlaces writes places as "Kursk|RUS; Sudzha|", leaving out the
// counted group itself ("North Korea" in "North Korean troops").
func formatPlaces(ps []Place, group string) string {
	var b strings.Builder
	for _, p := range ps {
		if strings.EqualFold(p.Name, group) || strings.ContainsAny(p.Name, "|;") {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Name)
		b.WriteByte('|')
		b.WriteString(p.Country)
	}
	return b.String()
}

// parsePlaces reads what formatPlaces wrote.
func parsePlaces(s string) []Place {
	var out []Place
	for _, part := range strings.Split(s, "; ") {
		if part == "" {
			continue
		}
		name, country, _ := strings.Cut(part, "|")
		out = append(out, Place{Name: name, Country: country})
	}
	return out
}

func spanText(s *doc.Span) string {
	if s == nil {
		return ""
	}
	return s.Text
}

// sentenceText is the text of sentence i, or "" when the document has no
// such sentence (a document rebuilt without offsets).
func sentenceText(d *doc.Document, runes []rune, i int) string {
	if i < 0 || i >= len(d.Sentences) {
		return ""
	}
	s := d.Sentences[i]
	if s.Start < 0 || s.End > len(runes) || s.Start > s.End {
		return ""
	}
	return strings.TrimSpace(string(runes[s.Start:s.End]))
}

func (s *sqlStore) Document(ctx context.Context, id string) (*doc.Document, error) {
	var text, js, pub string
	err := s.rdb.QueryRowContext(ctx, s.rebind(`SELECT text, document, published FROM articles WHERE id = ?`), id).Scan(&text, &js, &pub)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("ledger: %w", err)
	}
	d := new(doc.Document)
	if err := json.Unmarshal([]byte(js), d); err != nil {
		return nil, fmt.Errorf("ledger: stored document %s: %w", id, err)
	}
	d.Article.Text = text
	if pub != "" {
		if t, err := time.Parse("2006-01-02", pub); err == nil {
			d.Article.Published = t
		} else if t, err := time.Parse(time.RFC3339, pub); err == nil {
			d.Article.Published = t
		}
	}
	return d, nil
}

func (s *sqlStore) Estimates(ctx context.Context, text string) ([]Estimate, error) {
	var b strings.Builder
	var args []any
	for _, w := range ftsWords(text) {
		w = strings.ToLower(w)
		b.WriteString(` AND (lower(f.grp) LIKE ? OR lower(f.counted) LIKE ? OR f.measure = ? OR lower(f.context) LIKE ?)`)
		like := "%" + w + "%"
		args = append(args, like, like, w, like)
	}
	return s.estimates(ctx, b.String(), args)
}

// estimates reads the figures that pass the extra WHERE conditions (each
// starting with " AND ") as Estimates.
func (s *sqlStore) estimates(ctx context.Context, where string, args []any) ([]Estimate, error) {
	var b strings.Builder
	b.WriteString(`SELECT f.article_id, f.id, f.text, f.value, f.low, f.high, f.bound, f.hedge, f.unit, f.counted, f.measure, f.grp, f.part_of, f.speaker, a.outlet, a.published, a.title, f.context, f.places
		FROM figures f JOIN articles a ON a.id = f.article_id WHERE 1=1`)
	b.WriteString(where)
	b.WriteString(` ORDER BY a.published, f.article_id, f.start_pos`)
	rows, err := s.rdb.QueryContext(ctx, s.rebind(b.String()), args...)
	if err != nil {
		return nil, fmt.Errorf("ledger: figures: %w", err)
	}
	defer rows.Close()
	var out []Estimate
	for rows.Next() {
		var e Estimate
		var value, low, high sql.NullFloat64
		var places string
		if err := rows.Scan(&e.Article, &e.Figure, &e.Text, &value, &low, &high, &e.Bound, &e.Hedge, &e.Unit, &e.Counted, &e.Measure, &e.Group, &e.PartOf, &e.Source, &e.Outlet, &e.Published, &e.Title, &e.Context, &places); err != nil {
			return nil, err
		}
		e.Places = parsePlaces(places)
		// "more than 600" stores only low, "up to 600" only high; the
		// missing end repeats the known one and Bound says which is open.
		switch {
		case value.Valid:
			e.Low, e.High, e.HasValue = value.Float64, value.Float64, true
		case low.Valid && high.Valid:
			e.Low, e.High, e.HasValue = low.Float64, high.Float64, true
		case low.Valid:
			e.Low, e.High, e.HasValue = low.Float64, low.Float64, true
		case high.Valid:
			e.Low, e.High, e.HasValue = high.Float64, high.Float64, true
		}
		if value.Valid && low.Valid && high.Valid {
			e.Low, e.High = low.Float64, high.Float64
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func (s *sqlStore) Findings(ctx context.Context) ([]StoredFinding, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT f.article_id, a.title, a.outlet, a.published, f.id, f.kind, f.contradiction, f.explanation
		FROM findings f JOIN articles a ON a.id = f.article_id ORDER BY f.contradiction DESC, a.published, f.article_id, f.id`)
	if err != nil {
		return nil, fmt.Errorf("ledger: findings: %w", err)
	}
	defer rows.Close()
	var out []StoredFinding
	for rows.Next() {
		var f StoredFinding
		if err := rows.Scan(&f.Article, &f.Title, &f.Outlet, &f.Published, &f.ID, &f.Kind, &f.Contradiction, &f.Explanation); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// Tables lists the ledger's tables, as Counts reports them.
var Tables = []string{"articles", "entities", "mentions", "times", "attributions", "figures", "verification", "claims", "findings", "stories", "story_articles"}

func (s *sqlStore) Counts(ctx context.Context) (map[string]int, error) {
	out := make(map[string]int, len(Tables))
	for _, t := range Tables {
		var n int
		if err := s.rdb.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+t).Scan(&n); err != nil {
			return nil, fmt.Errorf("ledger: counting %s: %w", t, err)
		}
		out[t] = n
	}
	return out, nil
}

func (s *sqlStore) StoryInputs(ctx context.Context) ([]StoryInput, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT id, title, outlet, published, text FROM articles ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("ledger: stories: %w", err)
	}
	var out []StoryInput
	idx := map[string]int{}
	for rows.Next() {
		var a StoryInput
		if err := rows.Scan(&a.ID, &a.Title, &a.Outlet, &a.Published, &a.Text); err != nil {
			rows.Close()
			return nil, err
		}
		idx[a.ID] = len(out)
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	feats := []string{
		`SELECT article_id, lower(canonical) FROM entities WHERE type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'PRODUCT')`,
		`SELECT article_id, 'date:' || value FROM times WHERE type = 'DATE' AND length(value) = 10`,
	}
	for _, q := range feats {
		rows, err := s.rdb.QueryContext(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("ledger: stories: %w", err)
		}
		for rows.Next() {
			var id, f string
			if err := rows.Scan(&id, &f); err != nil {
				rows.Close()
				return nil, err
			}
			if i, ok := idx[id]; ok {
				out[i].Features = append(out[i].Features, f)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *sqlStore) SaveStories(ctx context.Context, stories []Story) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	defer tx.Rollback()
	if err := deleteStories(ctx, tx); err != nil {
		return err
	}
	now := time.Now().UTC().Format(time.RFC3339)
	st := &table{name: "stories", cols: []string{"id", "title", "created_at", "size"}}
	sa := &table{name: "story_articles", cols: []string{"story_id", "article_id"}}
	for _, story := range stories {
		st.add(story.ID, story.Title, now, len(story.Articles))
		for _, a := range story.Articles {
			sa.add(story.ID, a.ID)
		}
	}
	for _, t := range []*table{st, sa} {
		if err := s.flush(ctx, tx, t); err != nil {
			return fmt.Errorf("ledger: saving %w", err)
		}
	}
	return tx.Commit()
}
