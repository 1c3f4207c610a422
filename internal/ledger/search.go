package ledger

// Full-text search that costs the same in a million articles as in ten
// thousand.
//
// Ranking every match of a common word ("killed", "could not independently
// verify") is what made search slow at scale: in SQLite, FTS5's bm25()
// counts each word's documents over the whole index for every query, and
// PostgreSQL's ts_rank reads every match's tsvector. A reader of a news
// ledger is after recent reports anyway, so a search walks the matches
// newest first in stretches and ranks within a stretch only:
//
//   - stretch 0 is the newest rankWindow matches of the words (filters
//     aside), stretch 1 the next rankWindow, stretch 2 the 2·rankWindow
//     after those, each twice the one before;
//   - the hits of a stretch (the matches that pass the filters) are ordered
//     best match first, then newest first; every hit of a stretch comes
//     before every hit of an older one.
//
// The order depends on the query and the ledger only, never on the page
// asked for, so paging is stable; a page deep in the results ranks the
// stretches before it, so its cost grows with its depth, not with the
// ledger. A stretch is read in one pass, newest match first, from a seek in
// the full-text index (SQLite) or the primary key (PostgreSQL), and
// snippets are made for the page shown only.

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"golang.org/x/text/unicode/norm"
)

// rankWindow is the size of the first stretch of matches ranked together
// (see the top of this file): big enough that the first pages of a common
// word are the best of a thousand recent reports, small enough that ranking
// it takes milliseconds.
const rankWindow = 256

// idfSample is how many of the newest articles the SQLite search counts each
// word's documents in, for BM25's inverse document frequency: counting a
// common word over the whole index is the very cost the stretches avoid,
// and the proportion of recent articles using a word is as good an estimate
// of its weight as the proportion of all of them.
const idfSample = 5000

// BM25's usual parameters (those FTS5's bm25() uses too).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// ftsWords splits a user's query into words for FTS5 or tsquery, dropping
// the punctuation that would otherwise be query syntax.
func ftsWords(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// ftsMatch quotes each word for an FTS5 MATCH, so that no word is read as
// query syntax (AND, NEAR, a column filter).
func ftsMatch(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = `"` + w + `"`
	}
	return strings.Join(quoted, " ")
}

// scored is one hit of a stretch: its article's seq and its score and, in
// SQLite, the article as read for ranking (its snippet is made from the text
// once the page is known).
type scored struct {
	seq   int64
	score float64
	hit   *Hit
	text  string
}

// Search finds articles by full text and filters. With text, hits come in
// stretches of recency, best match first within a stretch (see the top of
// this file); without text, newest publication first.
func (s *sqlStore) Search(ctx context.Context, q Query) ([]Hit, error) {
	words := ftsWords(q.Text)
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	offset := max(q.Offset, 0)
	filters, fargs := searchFilters(q)
	if len(words) == 0 {
		return s.browse(ctx, filters, fargs, limit, offset)
	}
	first := rankWindow
	if s.rankWindow > 0 {
		first = s.rankWindow
	}
	need := offset + limit
	var (
		ranked []scored
		hi     int64 = math.MaxInt64 // the stretch holds matches below hi
		idf    []float64
	)
	for k := 0; len(ranked) < need; k++ {
		size := first << max(k-1, 0)
		var st stretch
		var err error
		if s.postgres {
			st, err = s.stretchPostgres(ctx, words, filters, fargs, hi, size)
		} else {
			if idf == nil {
				if idf, err = s.idf(ctx, words); err != nil {
					return nil, err
				}
			}
			st, err = s.stretchSQLite(ctx, words, idf, filters, fargs, hi, size)
		}
		if err != nil {
			return nil, err
		}
		hits := st.hits
		sort.Slice(hits, func(i, j int) bool {
			if hits[i].score != hits[j].score {
				return hits[i].score > hits[j].score
			}
			return hits[i].seq > hits[j].seq
		})
		ranked = append(ranked, hits...)
		if st.matches < size {
			break // the matches ran out
		}
		hi = st.oldest
	}
	if offset >= len(ranked) {
		return nil, nil
	}
	page := ranked[offset:min(need, len(ranked))]
	if s.postgres {
		return s.pageHits(ctx, words, page)
	}
	stems := queryStems(words)
	hits := make([]Hit, len(page))
	for i, p := range page {
		hits[i] = *p.hit
		hits[i].Snippet = snippet(p.text, stems, snippetTokens)
	}
	return hits, nil
}

// searchFilters writes the filters of q as SQL conditions on articles a,
// each starting with " AND ".
func searchFilters(q Query) (string, []any) {
	var (
		b    strings.Builder
		args []any
	)
	if q.Outlet != "" {
		b.WriteString(` AND lower(a.outlet) = lower(?)`)
		args = append(args, q.Outlet)
	}
	if q.Entity != "" {
		b.WriteString(` AND EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND (lower(e.canonical) = lower(?) OR lower(e.link) = lower(?)))`)
		args = append(args, q.Entity, q.Entity)
	}
	if !q.From.IsZero() {
		b.WriteString(` AND a.published >= ?`)
		args = append(args, q.From.Format("2006-01-02"))
	}
	if !q.To.IsZero() {
		b.WriteString(` AND a.published <> '' AND a.published < ?`)
		args = append(args, q.To.AddDate(0, 0, 1).Format("2006-01-02"))
	}
	return b.String(), args
}

// browse lists the articles that pass the filters, newest publication
// first, when there is no text to match.
func (s *sqlStore) browse(ctx context.Context, filters string, fargs []any, limit, offset int) ([]Hit, error) {
	args := append(append([]any{}, fargs...), limit, offset)
	rows, err := s.rdb.QueryContext(ctx, s.rebind(`SELECT a.id, a.title, a.outlet, a.url, a.published, substr(a.text, 1, 200) FROM articles a WHERE 1=1`+
		filters+` ORDER BY a.published DESC, a.seq DESC LIMIT ? OFFSET ?`), args...)
	if err != nil {
		return nil, fmt.Errorf("ledger: search: %w", err)
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.Title, &h.Outlet, &h.URL, &h.Published, &h.Snippet); err != nil {
			return nil, err
		}
		h.Snippet = strings.Join(strings.Fields(h.Snippet), " ")
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// stretch is what one stretch of matches gave: how many matches it held
// (fewer than asked when they ran out), the seq of its oldest, and its hits
// (the matches that pass the filters), scored.
type stretch struct {
	matches int
	oldest  int64
	hits    []scored
}

// stretchPostgres reads the size newest matches below hi in one pass (the
// planner walks the primary key backwards for a common word and sorts the
// GIN index's few matches for a rare one) and scores those that pass the
// filters with ts_rank.
func (s *sqlStore) stretchPostgres(ctx context.Context, words []string, filters string, fargs []any, hi int64, size int) (stretch, error) {
	joined := strings.Join(words, " ")
	// The stretch's matches are chosen first (by seq alone) and only
	// they are ranked: in one SELECT, PostgreSQL computes ts_rank for
	// every match before sorting them for the LIMIT. The rank is NULL
	// for a match the filters leave out.
	// QueryExecModeExec sends the query unprepared, so it is planned for
	// these words: a cached generic plan cannot know whether they are
	// common (walk the primary key back) or rare (ask the GIN index).
	args := append([]any{pgx.QueryExecModeExec, joined, hi, size}, fargs...)
	args = append(args, joined)
	rows, err := s.rdb.QueryContext(ctx, s.rebind(`WITH m AS MATERIALIZED (SELECT seq FROM articles WHERE tsv @@ plainto_tsquery('english', ?) AND seq < ? ORDER BY seq DESC LIMIT ?)
		SELECT a.seq, CASE WHEN 1=1`+filters+` THEN ts_rank(a.tsv, plainto_tsquery('english', ?)) END
		FROM m JOIN articles a ON a.seq = m.seq ORDER BY a.seq DESC`), args...)
	if err != nil {
		return stretch{}, fmt.Errorf("ledger: search: %w", err)
	}
	defer rows.Close()
	var st stretch
	for rows.Next() {
		var (
			seq  int64
			rank sql.NullFloat64
		)
		if err := rows.Scan(&seq, &rank); err != nil {
			return stretch{}, err
		}
		st.matches++
		st.oldest = seq
		if rank.Valid {
			st.hits = append(st.hits, scored{seq: seq, score: rank.Float64})
		}
	}
	return st, rows.Err()
}

// idf weighs each query word by how few of the newest idfSample articles use
// it (BM25's inverse document frequency), counted in the full-text index
// from a seek. One word needs no weight: it scores every hit alike.
func (s *sqlStore) idf(ctx context.Context, words []string) ([]float64, error) {
	stems := queryStems(words)
	out := make([]float64, len(stems))
	if len(stems) == 1 {
		out[0] = 1
		return out, nil
	}
	var top int64
	if err := s.rdb.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM articles`).Scan(&top); err != nil {
		return nil, fmt.Errorf("ledger: search: %w", err)
	}
	floor := max(top-idfSample, 0)
	n := float64(top - floor)
	for i, st := range stems {
		var df float64
		if err := s.rdb.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ? AND rowid > ?`,
			ftsMatch([]string{st.word}), floor).Scan(&df); err != nil {
			return nil, fmt.Errorf("ledger: search: %w", err)
		}
		out[i] = math.Log((n-df+0.5)/(df+0.5) + 1)
	}
	return out, nil
}

// stretchSQLite reads the size newest matches below hi in one pass (FTS5
// hands them out newest first from a seek) and scores those that pass the
// filters with BM25 over title and text, counting the query words in Go:
// FTS5's own bm25() would count every word's documents over the whole index.
// The text is read for the hits only.
func (s *sqlStore) stretchSQLite(ctx context.Context, words []string, idf []float64, filters string, fargs []any, hi int64, size int) (stretch, error) {
	// The text is NULL (a column that is never NULL) for a match the
	// filters leave out. CROSS JOIN keeps the full-text index as the outer
	// loop: driven from an outlet index instead, FTS5 would restart the
	// query for each row.
	args := append(append([]any{}, fargs...), ftsMatch(words), hi, size)
	rows, err := s.rdb.QueryContext(ctx, `SELECT a.seq, a.id, a.title, a.outlet, a.url, a.published, CASE WHEN 1=1`+filters+` THEN a.text END
		FROM articles_fts CROSS JOIN articles a ON a.seq = articles_fts.rowid
		WHERE articles_fts MATCH ? AND articles_fts.rowid < ? ORDER BY articles_fts.rowid DESC LIMIT ?`, args...)
	if err != nil {
		return stretch{}, fmt.Errorf("ledger: search: %w", err)
	}
	defer rows.Close()
	stems := queryStems(words)
	var (
		st    stretch
		tfs   [][]int
		lens  []int
		total int
	)
	for rows.Next() {
		var (
			seq  int64
			text sql.NullString
			h    Hit
		)
		if err := rows.Scan(&seq, &h.ID, &h.Title, &h.Outlet, &h.URL, &h.Published, &text); err != nil {
			return stretch{}, err
		}
		st.matches++
		st.oldest = seq
		if !text.Valid {
			continue
		}
		tf := make([]int, len(stems))
		n := countTerms(h.Title, stems, tf) + countTerms(text.String, stems, tf)
		st.hits = append(st.hits, scored{seq: seq, hit: &h, text: text.String})
		tfs = append(tfs, tf)
		lens = append(lens, n)
		total += n
	}
	if err := rows.Err(); err != nil {
		return stretch{}, err
	}
	if len(st.hits) > 0 {
		avg := float64(total) / float64(len(st.hits))
		for i := range st.hits {
			st.hits[i].score = bm25(tfs[i], idf, float64(lens[i]), avg)
		}
	}
	return st, nil
}

// bm25 is the Okapi BM25 score of a document of length dl (tokens) with the
// term counts tf.
func bm25(tf []int, idf []float64, dl, avgdl float64) float64 {
	norm := bm25K1 * (1 - bm25B + bm25B*dl/max(avgdl, 1))
	var sum float64
	for i, n := range tf {
		f := float64(n)
		sum += idf[i] * f * (bm25K1 + 1) / (f + norm)
	}
	return sum
}

// pageHits reads the articles of one PostgreSQL page, in the page's order,
// with ts_headline's passage around the matched words.
func (s *sqlStore) pageHits(ctx context.Context, words []string, page []scored) ([]Hit, error) {
	if len(page) == 0 {
		return nil, nil
	}
	args := []any{strings.Join(words, " ")}
	for _, p := range page {
		args = append(args, p.seq)
	}
	rows, err := s.rdb.QueryContext(ctx, s.rebind(`SELECT a.seq, a.id, a.title, a.outlet, a.url, a.published,
		ts_headline('english', a.text, plainto_tsquery('english', ?), 'StartSel=[, StopSel=], MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "')
		FROM articles a WHERE a.seq IN (?`+strings.Repeat(",?", len(page)-1)+`)`), args...)
	if err != nil {
		return nil, fmt.Errorf("ledger: search: %w", err)
	}
	defer rows.Close()
	bySeq := make(map[int64]Hit, len(page))
	for rows.Next() {
		var (
			seq int64
			h   Hit
		)
		if err := rows.Scan(&seq, &h.ID, &h.Title, &h.Outlet, &h.URL, &h.Published, &h.Snippet); err != nil {
			return nil, err
		}
		h.Snippet = strings.Join(strings.Fields(h.Snippet), " ")
		bySeq[seq] = h
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	hits := make([]Hit, 0, len(page))
	for _, p := range page {
		// An article deleted since it was ranked is left out.
		if h, ok := bySeq[p.seq]; ok {
			hits = append(hits, h)
		}
	}
	return hits, nil
}

// snippetTokens is how many tokens a SQLite snippet shows, as FTS5's
// snippet() was asked for before.
const snippetTokens = 24

// snippet is the passage of text of about n tokens that holds the most
// distinct query words (then the most matches, then the earliest), with
// each matched token marked [like this] and "…" where text was cut; the
// opening when no word matches in the text (it matched in the title).
func snippet(text string, stems []queryStem, n int) string {
	type token struct {
		start, end int
		stem       int // index into stems, or -1
	}
	var toks []token
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			i += size
		}
		tk := token{start: start, end: i, stem: -1}
		st := lightStem(foldToken(text[start:i]))
		for k := range stems {
			if stems[k].stem == st {
				tk.stem = k
				break
			}
		}
		toks = append(toks, tk)
	}
	if len(toks) == 0 {
		return ""
	}
	best, bestDistinct, bestCount := 0, -1, -1
	for from := 0; from < len(toks); from++ {
		if from > 0 && toks[from].stem < 0 && from+n < len(toks) {
			// A window is only worth starting at a match (or at the
			// opening, or as the last window).
			continue
		}
		seen := map[int]bool{}
		count := 0
		for _, tk := range toks[from:min(from+n, len(toks))] {
			if tk.stem >= 0 {
				seen[tk.stem] = true
				count++
			}
		}
		if len(seen) > bestDistinct || len(seen) == bestDistinct && count > bestCount {
			best, bestDistinct, bestCount = from, len(seen), count
		}
		if from+n >= len(toks) {
			break
		}
	}
	// Start a little before the first match, so it reads in context.
	if bestCount > 0 {
		best = max(0, min(best-3, len(toks)-n))
	}
	window := toks[best:min(best+n, len(toks))]
	var b strings.Builder
	if best > 0 {
		b.WriteString("…")
	}
	pos := window[0].start
	for _, tk := range window {
		b.WriteString(text[pos:tk.start])
		if tk.stem >= 0 {
			b.WriteString("[" + text[tk.start:tk.end] + "]")
		} else {
			b.WriteString(text[tk.start:tk.end])
		}
		pos = tk.end
	}
	if end := window[len(window)-1].end; end < len(text) {
		// Keep a closing full stop or quote with the last word.
		if r, size := utf8.DecodeRuneInString(text[end:]); unicode.IsPunct(r) {
			b.WriteString(text[end : end+size])
			end += size
		}
		if end < len(text) {
			b.WriteString("…")
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// queryStem is a distinct query word with the stem its tokens are matched
// by.
type queryStem struct {
	word, stem string
}

// queryStems returns the distinct query words by stem, in query order.
func queryStems(words []string) []queryStem {
	var out []queryStem
	seen := map[string]bool{}
	for _, w := range words {
		st := lightStem(foldToken(w))
		if !seen[st] {
			seen[st] = true
			out = append(out, queryStem{word: w, stem: st})
		}
	}
	return out
}

// countTerms adds to tf how often each stem occurs among text's tokens and
// returns the number of tokens. Tokens are what FTS5's unicode61 tokenizer
// makes (runs of letters and digits, case and diacritics folded); they are
// compared by lightStem, which agrees with FTS5's Porter stemmer on the
// inflections news queries meet (plurals, -ed, -ing). A token the two
// stemmers disagree on still matched in FTS5; it just adds nothing here.
func countTerms(text string, stems []queryStem, tf []int) int {
	// Most tokens cannot match: a token is folded and stemmed only when
	// its first letter starts some stem (or is not ASCII, when folding may
	// change it), which keeps a thousand articles' worth of tokens cheap.
	var first [128]bool
	for _, st := range stems {
		if st.stem != "" && st.stem[0] < utf8.RuneSelf {
			first[st.stem[0]] = true
		}
	}
	n := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && !isAlnumASCII(c) {
			i++
			continue
		}
		// A token: a run of letters and digits.
		start, ascii := i, true
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if !isAlnumASCII(c) {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			ascii = false
			i += size
		}
		if i == start {
			// A non-ASCII separator (a dash, a curly quote).
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		n++
		if ascii && !first[lowerASCII(text[start])] {
			continue
		}
		st := lightStem(foldToken(text[start:i]))
		for k := range stems {
			if stems[k].stem == st {
				tf[k]++
			}
		}
	}
	return n
}

func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldToken lower-cases a token and, when it is not plain ASCII, removes
// its diacritics ("Zürich" is "zurich"), as remove_diacritics does.
func foldToken(t string) string {
	ascii := true
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(t)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(t) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// lightStem removes the English inflections that decide most matches in
// news queries: plural -s and -es, -ed, -ing, a final e, and a final y
// written as i (so "verify", "verified" and "verifies" agree, as they do
// under Porter's rules). It keeps at least three letters.
func lightStem(w string) string {
	cut := func(suffix, repl string) bool {
		if len(w)-len(suffix) >= 3 && strings.HasSuffix(w, suffix) {
			w = w[:len(w)-len(suffix)] + repl
			return true
		}
		return false
	}
	switch {
	case cut("sses", "ss"), cut("ies", "i"):
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	default:
		cut("s", "")
	}
	if !cut("eed", "ee") {
		if cut("ing", "") || cut("ed", "") {
			// "stopped" is "stop", "hopping" is "hop".
			if n := len(w); n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("lsz", rune(w[n-1])) {
				w = w[:n-1]
			}
		}
	}
	cut("e", "")
	cut("y", "i")
	return w
}
