package ledger

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// TestMigrateUpgrades opens a ledger created at schema version 1 and checks
// that Open brings it to the latest version, keeping its rows.
func TestMigrateUpgrades(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	s := &sqlStore{db: db}
	if err := migrate(ctx, db, sqliteMigrations[:1], s.rebind); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO figures (article_id, id, start_pos, end_pos, text, bound, hedge, unit, counted, measure, grp, part_of, attribution_id, speaker, context, sentence)
		VALUES ('a', 'f1', 0, 3, '300', 'exact', '', '', 'troops', 'killed', 'North Korea', '', '', '', '', 0)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO stories (id, title, created_at) VALUES ('s1', 'Dam', '2025-01-01');
		INSERT INTO story_articles (story_id, article_id) VALUES ('s1', 'a'), ('s1', 'b')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	st, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var version int
	if err := st.(*sqlStore).db.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&version); err != nil || version != len(sqliteMigrations) {
		t.Fatalf("schema version %d (%v), want %d", version, err, len(sqliteMigrations))
	}
	var places string
	if err := st.(*sqlStore).db.QueryRow(`SELECT places FROM figures WHERE id = 'f1'`).Scan(&places); err != nil || places != "" {
		t.Errorf("old row after upgrade: places %q, %v", places, err)
	}
	var size int
	if err := st.(*sqlStore).db.QueryRow(`SELECT size FROM stories WHERE id = 's1'`).Scan(&size); err != nil || size != 2 {
		t.Errorf("story size after upgrade: %d, %v; want 2", size, err)
	}
	if len(postgresMigrations) != len(sqliteMigrations) {
		t.Errorf("%d PostgreSQL migrations, %d SQLite ones: the dialects must stay in step", len(postgresMigrations), len(sqliteMigrations))
	}
}
