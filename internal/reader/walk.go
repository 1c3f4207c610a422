package reader

import (
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// readableExts are the extensions Walk picks up inside directories (not
// Markdown: a README or notes beside articles is not an article). Files
// named explicitly are read whatever their name.
var readableExts = map[string]bool{
	".txt": true, ".text": true,
	".html": true, ".htm": true, ".xhtml": true,
	".xml": true, ".rss": true, ".atom": true, ".rdf": true,
	".jsonl": true, ".ndjson": true, ".json": true,
	".warc": true,
}

// Readable reports whether Walk reads a file of this name when it meets it
// in a directory (".warc.gz", ".txt.gz" and the like count).
func Readable(name string) bool {
	base := strings.ToLower(filepath.Base(name))
	base = strings.TrimSuffix(base, ".gz")
	return readableExts[filepath.Ext(base)]
}

// Walk reads every input in paths, in order: "-" is standard input, a file
// is read whatever its name, and a directory is walked recursively in
// lexical order, reading the files Readable accepts and skipping hidden files
// and directories (".git", ".DS_Store"). Failures of one input or record are
// collected and the walk goes on; only an error from fn stops it.
func Walk(paths []string, opts Options, fn func(doc.Article) error) ([]error, error) {
	var errs []error
	stop := func(err error) bool {
		if err == nil {
			return false
		}
		if _, ok := err.(*Error); ok {
			errs = append(errs, err)
			return false
		}
		return true
	}
	for _, p := range paths {
		if p == "-" {
			rerrs, err := EachFile(p, opts, fn)
			errs = append(errs, rerrs...)
			if stop(err) {
				return errs, err
			}
			continue
		}
		var fnErr error
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, inputErr(path, err, "%v", unwrapPathError(err)))
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || (path != p && !Readable(path)) || !d.Type().IsRegular() && path != p {
				return nil
			}
			rerrs, err := EachFile(path, opts, fn)
			errs = append(errs, rerrs...)
			if stop(err) {
				fnErr = err
				return fs.SkipAll
			}
			return nil
		})
		if fnErr != nil {
			return errs, fnErr
		}
		if werr != nil {
			errs = append(errs, inputErr(p, werr, "%v", werr))
		}
	}
	return errs, nil
}
