// Package ledger stores analysed articles and answers questions across them:
// full-text search, figure series (every estimate of one measure of one group,
// from every source) and conflicts between sources.
//
// One Store interface has two implementations over database/sql: SQLite
// (modernc.org/sqlite, pure Go, WAL, FTS5) for a single user's ledger file,
// and PostgreSQL (pgx) for a shared one. Both keep the same tables, created by
// versioned migrations: articles (with the source text and the whole
// doc.Document JSON, so a report can be rebuilt without re-analysing),
// entities, mentions, times, attributions, figures, verification, claims,
// findings and stories, plus full-text indexes over article text and claims.
//
// Articles are keyed by their content hash (doc.ContentID), which makes
// ingesting idempotent: storing the same text twice changes nothing. Put
// writes a batch of documents in one transaction, so an article lands whole
// or not at all.
package ledger

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// Store is a ledger of analysed articles. Implementations are safe for
// concurrent use.
type Store interface {
	// Contains reports which of the article IDs are already stored.
	Contains(ctx context.Context, ids []string) (map[string]bool, error)
	// Put stores the documents in one transaction. Documents whose article
	// is already stored are skipped and counted as duplicates.
	Put(ctx context.Context, docs []*doc.Document) (PutResult, error)
	// Document rebuilds a stored document (without tokens) by article ID;
	// it returns ErrNotFound when there is none.
	Document(ctx context.Context, id string) (*doc.Document, error)
	// Search finds articles by full text and filters. With text, hits
	// come newest first in stretches of matches (the newest 256 matches
	// of the words, the next 256, then 512, 1,024…), best match first
	// within a stretch, so that a search costs the same in a million
	// articles as in a thousand (search.go); without text, newest
	// publication first. The order depends on the query and the ledger,
	// not on the page asked for.
	Search(ctx context.Context, q Query) ([]Hit, error)
	// Estimates lists the stored figures that match every word of text in
	// their group, counted phrase, measure or sentence (all when empty).
	Estimates(ctx context.Context, text string) ([]Estimate, error)
	// Findings lists the inside-article findings, contradictions first.
	Findings(ctx context.Context) ([]StoredFinding, error)
	// StoryInputs returns every article with the features story grouping
	// compares.
	StoryInputs(ctx context.Context) ([]StoryInput, error)
	// SaveStories replaces the stored stories.
	SaveStories(ctx context.Context, stories []Story) error
	// Counts returns the number of rows in each table, for summaries and
	// tests.
	Counts(ctx context.Context) (map[string]int, error)
	// Close releases the database.
	Close() error

	// The read queries below serve the web UI and the HTTP API (views.go).

	// RecentArticles lists articles, most recently ingested first.
	RecentArticles(ctx context.Context, limit, offset int) ([]ArticleSummary, error)
	// Stories lists the saved stories, largest first.
	Stories(ctx context.Context, limit, offset int) ([]StorySummary, error)
	// Story reads one saved story back with its articles.
	Story(ctx context.Context, id string) (*Story, error)
	// ArticleEstimates lists the figures of the given articles.
	ArticleEstimates(ctx context.Context, ids []string) ([]Estimate, error)
	// Entity gathers what the ledger says about and attributes to one
	// entity.
	Entity(ctx context.Context, name string, limit int) (*EntityView, error)
	// FindFindings lists the inside-article findings that pass filters.
	FindFindings(ctx context.Context, q FindingQuery) ([]StoredFinding, error)
	// Outlets lists the distinct outlet names.
	Outlets(ctx context.Context) ([]string, error)
	// DeleteArticle removes an article and everything derived from it.
	DeleteArticle(ctx context.Context, id string) error
}

// ErrNotFound is returned by Document for an unknown ID.
var ErrNotFound = errors.New("ledger: not found")

// PutResult says what a Put did.
type PutResult struct {
	Added     int
	Duplicate int
}

// Query is a search over stored articles. Empty fields do not filter.
type Query struct {
	// Text is matched against titles and article text; words are ANDed.
	Text string
	// Outlet matches the outlet name, case-insensitively.
	Outlet string
	// Entity keeps articles that name an entity with this canonical name
	// (or link, "North Korea" for "North Korean"), case-insensitively.
	Entity string
	// From and To bound the publication date, both inclusive (whole days).
	From, To time.Time
	// Limit caps the number of hits (20 when zero).
	Limit int
	// Offset skips that many hits first, for paging.
	Offset int
}

// Hit is one article found by Search.
type Hit struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
	// Snippet is a passage around the matched words, which are marked
	// with [ and ]; the article's opening when Query.Text is empty.
	Snippet string `json:"snippet"`
}

// Estimate is one figure as stored, with where it came from.
type Estimate struct {
	Article  string  `json:"article"`
	Figure   string  `json:"figure"`
	Text     string  `json:"text"`
	Low      float64 `json:"low"`
	High     float64 `json:"high"`
	HasValue bool    `json:"has_value"`
	Bound    string  `json:"bound"`
	Hedge    string  `json:"hedge"`
	Unit     string  `json:"unit"`
	Counted  string  `json:"counted"`
	Measure  string  `json:"measure"`
	Group    string  `json:"group"`
	// PartOf is set when the figure is a sub-count of a larger figure of
	// the same measure in its article ("200 of the 600 killed were
	// officers"); such parts are left out of series and conflicts. A part
	// of another measure ("600 of the 15,000 deployed were killed") is not
	// marked: it is the group's whole toll.
	PartOf string `json:"part_of"`
	// Source is who gives the figure: the attribution's speaker, or empty
	// for the article's own voice.
	Source    string `json:"source"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Title     string `json:"title"`
	// Context is the sentence the figure is in.
	Context string `json:"context"`
	// Places are the places that sentence names (other than the group):
	// the scope of the count.
	Places []Place `json:"places"`
}

// Place is a place named near a figure, with its ISO 3166-1 alpha-3 country
// code when known.
type Place struct {
	Name    string `json:"name"`
	Country string `json:"country"`
}

// StoredFinding is an inside-article finding with its article.
type StoredFinding struct {
	Article       string `json:"article"`
	Title         string `json:"title"`
	Outlet        string `json:"outlet"`
	Published     string `json:"published"`
	ID            string `json:"id"`
	Kind          string `json:"kind"`
	Contradiction bool   `json:"contradiction"`
	Explanation   string `json:"explanation"`
}

// EnvDB names the environment variable that selects the ledger when --db is
// not given.
const EnvDB = "CROSSCHECK_DB"

// DefaultPath is the SQLite ledger used when neither --db nor CROSSCHECK_DB
// says otherwise: $XDG_DATA_HOME/crosscheck/ledger.db, falling back to
// ~/.local/share/crosscheck/ledger.db.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "crosscheck", "ledger.db"), nil
}

// Open opens (creating and migrating as needed) the ledger named by dsn: a
// postgres:// or postgresql:// URL selects PostgreSQL, anything else is a
// SQLite file path. An empty dsn uses CROSSCHECK_DB, then DefaultPath.
func Open(ctx context.Context, dsn string) (Store, error) {
	if dsn == "" {
		dsn = os.Getenv(EnvDB)
	}
	if dsn == "" {
		p, err := DefaultPath()
		if err != nil {
			return nil, err
		}
		dsn = p
	}
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return OpenPostgres(ctx, dsn)
	}
	return OpenSQLite(ctx, dsn)
}
