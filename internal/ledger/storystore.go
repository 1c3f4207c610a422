package ledger

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// StoryStore is what grouping a ledger too large for memory needs of the
// store: its articles streamed in publication order, and stories written a
// batch at a time. The SQL stores implement it.
type StoryStore interface {
	// StreamStoryInputs calls fn with every article published on or after
	// since ("" for all) in publication order, with the features story
	// grouping compares and the ID of the stored story it belongs to (""
	// when none).
	StreamStoryInputs(ctx context.Context, since string, fn func(a StoryInput, storyID string) error) error
	// ClearStories deletes every stored story.
	ClearStories(ctx context.Context) error
	// WriteStories stores stories, adding to a stored story of the same ID
	// the articles it does not have yet.
	WriteStories(ctx context.Context, stories []Story) error
	// LatestStoryArticle returns the publication date of the newest article
	// in a stored story ("" when there is none).
	LatestStoryArticle(ctx context.Context) (string, error)
}

// streamPage is how many articles one query of the stream reads.
const streamPage = 1000

func (s *sqlStore) StreamStoryInputs(ctx context.Context, since string, fn func(StoryInput, string) error) error {
	member, err := s.windowMembers(ctx, since)
	if err != nil {
		return err
	}
	// Keyset pagination on (published, seq), which the published index
	// serves, so each page costs the same however far into the ledger.
	lastPub, lastSeq := since, int64(-1)
	for {
		rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT seq, id, title, outlet, published, text FROM articles
			WHERE published >= ? AND (published > ? OR seq > ?) ORDER BY published, seq LIMIT ?`), lastPub, lastPub, lastSeq, streamPage)
		if err != nil {
			return fmt.Errorf("ledger: stories: %w", err)
		}
		var page []StoryInput
		idx := map[string]int{}
		for rows.Next() {
			var a StoryInput
			if err := rows.Scan(&lastSeq, &a.ID, &a.Title, &a.Outlet, &a.Published, &a.Text); err != nil {
				rows.Close()
				return err
			}
			lastPub = a.Published
			idx[a.ID] = len(page)
			page = append(page, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(page) == 0 {
			return nil
		}
		if err := s.storyFeatures(ctx, page, idx); err != nil {
			return err
		}
		for _, a := range page {
			if err := fn(a, member[a.ID]); err != nil {
				return err
			}
		}
		if len(page) < streamPage {
			return nil
		}
	}
}

// windowMembers maps the articles published on or after since that are in
// a stored story to that story. story_articles has no index by article, and
// joining it to articles looks every article up at random across the
// ledger; reading the window's IDs from the published index and then
// story_articles once, in order, is a few seconds on a million articles.
func (s *sqlStore) windowMembers(ctx context.Context, since string) (map[string]string, error) {
	member := map[string]string{}
	if since == "" {
		return member, nil
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT id FROM articles WHERE published >= ?`), since)
	if err != nil {
		return nil, fmt.Errorf("ledger: stories: %w", err)
	}
	if err := eachString(rows, func(id string) { member[id] = "" }); err != nil {
		return nil, err
	}
	rows, err = s.db.QueryContext(ctx, `SELECT article_id, story_id FROM story_articles`)
	if err != nil {
		return nil, fmt.Errorf("ledger: stories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a, st string
		if err := rows.Scan(&a, &st); err != nil {
			return nil, err
		}
		if _, ok := member[a]; ok {
			member[a] = st
		}
	}
	return member, rows.Err()
}

// storyFeatures fills in the page's named entities and dates, as
// StoryInputs does for the whole ledger.
func (s *sqlStore) storyFeatures(ctx context.Context, page []StoryInput, idx map[string]int) error {
	args := make([]any, len(page))
	for i, a := range page {
		args[i] = a.ID
	}
	in := strings.TrimSuffix(strings.Repeat("?, ", len(page)), ", ")
	for _, q := range []string{
		`SELECT article_id, lower(canonical) FROM entities WHERE article_id IN (` + in + `) AND type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'PRODUCT') ORDER BY article_id, id`,
		`SELECT article_id, 'date:' || value FROM times WHERE article_id IN (` + in + `) AND type = 'DATE' AND length(value) = 10 ORDER BY article_id, id`,
	} {
		rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
		if err != nil {
			return fmt.Errorf("ledger: stories: %w", err)
		}
		for rows.Next() {
			var id, f string
			if err := rows.Scan(&id, &f); err != nil {
				rows.Close()
				return err
			}
			if i, ok := idx[id]; ok {
				page[i].Features = append(page[i].Features, f)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// ClearStories is saving no stories: the same transaction deletes them all.
func (s *sqlStore) ClearStories(ctx context.Context) error { return s.SaveStories(ctx, nil) }

// deleteStories empties the stories and their membership in tx.
func deleteStories(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{`DELETE FROM story_articles`, `DELETE FROM stories`} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("ledger: %w", err)
		}
	}
	return nil
}

func (s *sqlStore) WriteStories(ctx context.Context, stories []Story) error {
	if len(stories) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	defer tx.Rollback()
	now := time.Now().UTC().Format(time.RFC3339)
	for _, st := range stories {
		if _, err := tx.ExecContext(ctx, s.rebind(`INSERT INTO stories (id, title, created_at, size) VALUES (?, ?, ?, 0)
			ON CONFLICT (id) DO NOTHING`), st.ID, st.Title, now); err != nil {
			return fmt.Errorf("ledger: saving stories: %w", err)
		}
	}
	sa := &table{name: "story_articles", cols: []string{"story_id", "article_id"}}
	for _, st := range stories {
		for _, a := range st.Articles {
			sa.add(st.ID, a.ID)
		}
	}
	// A stored story keeps its members; only the new ones are added.
	for start := 0; start < sa.n; start += bulkRows {
		rows := min(bulkRows, sa.n-start)
		q := s.insertSQL(sa, rows) + ` ON CONFLICT (story_id, article_id) DO NOTHING`
		if _, err := tx.ExecContext(ctx, q, sa.args[start*2:(start+rows)*2]...); err != nil {
			return fmt.Errorf("ledger: saving story articles: %w", err)
		}
	}
	for _, st := range stories {
		if _, err := tx.ExecContext(ctx, s.rebind(`UPDATE stories SET size = (SELECT COUNT(*) FROM story_articles WHERE story_id = ?) WHERE id = ?`), st.ID, st.ID); err != nil {
			return fmt.Errorf("ledger: saving stories: %w", err)
		}
	}
	return tx.Commit()
}

func (s *sqlStore) LatestStoryArticle(ctx context.Context) (string, error) {
	var p *string
	// Newest first from the published index, stopping at the first article
	// in a story (SQLite indexes story_articles by article for the query).
	err := s.db.QueryRowContext(ctx, `SELECT a.published FROM articles a
		WHERE EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id) ORDER BY a.published DESC LIMIT 1`).Scan(&p)
	if err == sql.ErrNoRows {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("ledger: stories: %w", err)
	}
	if p == nil {
		return "", nil
	}
	return *p, nil
}
