package ledger

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// IngestOptions tune Ingest.
type IngestOptions struct {
	Reader reader.Options
	// Workers analyse articles in parallel (GOMAXPROCS when zero).
	Workers int
	// BatchSize is the number of articles stored per transaction (64 when
	// zero).
	BatchSize int
	// Stdin is read for the input "-".
	Stdin io.Reader
	// Progress, when set, is called from one goroutine a few times a
	// second and once at the end.
	Progress func(Progress)
}

// Progress is a snapshot of a running ingest.
type Progress struct {
	Read, New, Duplicate, Failed int
	// FilesDone of FilesTotal inputs have been read completely; stdin
	// counts as one.
	FilesDone, FilesTotal int
	Elapsed               time.Duration
	Done                  bool
}

// Summary is what an ingest did.
type Summary struct {
	// Read counts the articles the readers produced.
	Read      int
	New       int
	Duplicate int
	// Failed holds the inputs and records that could not be read, each a
	// *reader.Error naming its file and line or record.
	Failed  []error
	Elapsed time.Duration
}

// Inputs expands paths into the files Ingest reads: files as given, "-" for
// standard input, and directories walked recursively in lexical order for the
// files reader.Readable accepts, skipping hidden ones. Unreadable paths come
// back as errors.
func Inputs(paths []string) ([]string, []error) {
	var files []string
	var errs []error
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &reader.Error{Input: path, Reason: unwrapPath(err).Error(), Err: err})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if path == p || (d.Type().IsRegular() && reader.Readable(path)) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &reader.Error{Input: p, Reason: err.Error(), Err: err})
		}
	}
	return files, errs
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Ingest reads the inputs, analyses new articles on all workers and stores
// them in batched transactions. Articles already stored, or met twice in
// this run, are counted as duplicates without being analysed again. Reader
// failures are collected in Summary.Failed and the rest still lands; an error
// is returned only when the store fails or ctx is cancelled.
func Ingest(ctx context.Context, st Store, an *analyzer.Analyzer, paths []string, opts IngestOptions) (Summary, error) {
	start := time.Now()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 64
	}
	files, failed := Inputs(paths)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var read, dupRead, newN, dupPut, filesDone atomic.Int64
	var failMu sync.Mutex
	addFailed := func(errs ...error) {
		failMu.Lock()
		failed = append(failed, errs...)
		failMu.Unlock()
	}
	nFailed := func() int {
		failMu.Lock()
		defer failMu.Unlock()
		return len(failed)
	}

	jobs := make(chan doc.Article, 4*workers)
	results := make(chan *doc.Document, 4*workers)
	var storeErr, readErr error

	// Reader: dedupe in chunks against the store and this run, then queue.
	go func() {
		defer close(jobs)
		// Recent IDs catch a text repeated within the run without a store
		// round trip. The set is bounded so that memory stays flat on any
		// number of inputs: a repeat older than the window is caught by
		// Contains once stored, or by Put's own check while in flight.
		seen := newRecentSet(1 << 16)
		var pending []doc.Article
		flush := func() error {
			if len(pending) == 0 {
				return nil
			}
			ids := make([]string, len(pending))
			for i := range pending {
				ids[i] = pending[i].ID
			}
			have, err := st.Contains(ctx, ids)
			if err != nil {
				return err
			}
			for _, a := range pending {
				if have[a.ID] {
					dupRead.Add(1)
					continue
				}
				select {
				case jobs <- a:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			pending = pending[:0]
			return nil
		}
		fn := func(a doc.Article) error {
			read.Add(1)
			if a.ID == "" {
				a.ID = doc.ContentID(a.Text)
			}
			if !seen.add(a.ID) {
				dupRead.Add(1)
				return nil
			}
			pending = append(pending, a)
			if len(pending) >= 32 {
				return flush()
			}
			return ctx.Err()
		}
		for _, f := range files {
			var errs []error
			var err error
			if f == "-" && opts.Stdin != nil {
				errs, err = reader.Each("-", opts.Stdin, opts.Reader, fn)
			} else {
				errs, err = reader.EachFile(f, opts.Reader, fn)
			}
			addFailed(errs...)
			if err != nil {
				var re *reader.Error
				if !errors.As(err, &re) {
					readErr = err // the store or ctx failed
					cancel()
					return
				}
				addFailed(err)
			}
			if err := flush(); err != nil {
				readErr = err
				cancel()
				return
			}
			filesDone.Add(1)
		}
	}()

	// Analysers.
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range jobs {
				d := an.Analyze(a)
				select {
				case results <- d:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	progress := func(done bool) {
		if opts.Progress == nil {
			return
		}
		opts.Progress(Progress{
			Read: int(read.Load()), New: int(newN.Load()), Duplicate: int(dupRead.Load() + dupPut.Load()),
			Failed: nFailed(), FilesDone: int(filesDone.Load()), FilesTotal: len(files),
			Elapsed: time.Since(start), Done: done,
		})
	}

	// Writer: this goroutine.
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	buf := make([]*doc.Document, 0, batch)
	put := func() {
		if len(buf) == 0 || storeErr != nil {
			return
		}
		r, err := st.Put(ctx, buf)
		if err != nil {
			storeErr = err
			cancel()
		}
		newN.Add(int64(r.Added))
		dupPut.Add(int64(r.Duplicate))
		buf = buf[:0]
	}
loop:
	for {
		select {
		case d, ok := <-results:
			if !ok {
				break loop
			}
			buf = append(buf, d)
			if len(buf) >= batch {
				put()
			}
		case <-tick.C:
			progress(false)
		}
	}
	put()
	if storeErr == nil && readErr != nil {
		storeErr = readErr
	}
	if storeErr == nil {
		if err := ctx.Err(); err != nil {
			storeErr = err
		}
	}
	progress(true)
	return Summary{
		Read: int(read.Load()), New: int(newN.Load()), Duplicate: int(dupRead.Load() + dupPut.Load()),
		Failed: failed, Elapsed: time.Since(start),
	}, storeErr
}

// recentSet remembers the last n strings added.
type recentSet struct {
	has  map[string]struct{}
	ring []string
	next int
}

func newRecentSet(n int) *recentSet {
	return &recentSet{has: make(map[string]struct{}, n), ring: make([]string, n)}
}

// add records s and reports whether it was new to the window.
func (r *recentSet) add(s string) bool {
	if _, ok := r.has[s]; ok {
		return false
	}
	if old := r.ring[r.next]; old != "" {
		delete(r.has, old)
	}
	r.ring[r.next] = s
	r.has[s] = struct{}{}
	r.next = (r.next + 1) % len(r.ring)
	return true
}
