package reader

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/crosscheck-news/crosscheck/doc"
)

// maxBadRecords stops reading a WARC that yields nothing but broken records
// in a row: past that point it is not a WARC file.
const maxBadRecords = 50

// warc streams the HTML responses of a WARC file (plain, or gzipped record by
// record or as a whole). Each record's payload may be at most MaxBytes;
// gowarc spills payloads over 1 MiB to a temporary file, so memory stays
// bounded whatever the archive's size.
func (rd *run) warc(br *bufio.Reader) error {
	u := gowarc.NewUnmarshaler(
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		// ErrWarn (not ErrIgnore) makes gowarc validate digests, which
		// caches the block so the payload can still be read afterwards.
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
	)
	bad := 0
	for n := 1; ; n++ {
		rec, _, validation, err := u.Unmarshal(br)
		if err != nil {
			if errors.Is(err, io.EOF) && n == 1 {
				return inputErr(rd.name, ErrEmpty, "no WARC records")
			}
			if errors.Is(err, io.EOF) {
				return nil
			}
			if errors.Is(err, gowarc.ErrNoRecord) || errors.Is(err, io.ErrUnexpectedEOF) {
				if n == 1 {
					return inputErr(rd.name, ErrFormat, "not a WARC file: %v", err)
				}
				rd.recordErr(n, "record", ErrRecord, "truncated or unreadable: %v", err)
				return nil
			}
			rd.recordErr(n, "record", ErrRecord, "unreadable: %v", err)
			if bad++; bad >= maxBadRecords {
				return inputErr(rd.name, ErrFormat, "%d unreadable records in a row; giving up", bad)
			}
			continue
		}
		bad = 0
		if why := truncated(validation); why != "" {
			// A cut-off page would pass for a shorter article.
			rd.recordErr(n, "record", ErrRecord, "%s: truncated record (%s)", rec.WarcHeader().Get(gowarc.WarcTargetURI), why)
			_ = rec.Close()
			continue
		}
		a, ok, rerr := rd.warcRecord(n, rec)
		_ = rec.Close()
		if rerr != nil {
			rd.recordErr(n, "record", errOr(rerr, ErrRecord), "%s: %v", rec.WarcHeader().Get(gowarc.WarcTargetURI), rerr)
			continue
		}
		if !ok {
			continue
		}
		if err := rd.emit(a); err != nil {
			return err
		}
	}
}

// warcRecord turns one record into an article; ok is false for records
// that hold no HTML page (requests, metadata, images, redirects, errors).
func (rd *run) warcRecord(n int, rec gowarc.WarcRecord) (a doc.Article, ok bool, err error) {
	if rec.Type() != gowarc.Response && rec.Type() != gowarc.Resource {
		return a, false, nil
	}
	uri := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	var payload io.Reader
	var ctype, cenc, tenc string
	switch b := rec.Block().(type) {
	case gowarc.HttpResponseBlock:
		if b.HttpStatusCode() != 200 {
			return a, false, nil
		}
		h := b.HttpHeader()
		if h != nil {
			ctype, cenc, tenc = h.Get("Content-Type"), h.Get("Content-Encoding"), h.Get("Transfer-Encoding")
		}
		if payload, err = b.PayloadBytes(); err != nil {
			return a, false, err
		}
	case gowarc.PayloadBlock:
		// A resource record stores the page itself.
		ctype = rec.WarcHeader().Get(gowarc.ContentType)
		if payload, err = b.PayloadBytes(); err != nil {
			return a, false, err
		}
	default:
		r, err := rec.Block().RawBytes()
		if err != nil {
			return a, false, err
		}
		payload = r
		ctype = rec.WarcHeader().Get(gowarc.ContentType)
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return a, false, nil
	}
	if strings.EqualFold(strings.TrimSpace(tenc), "chunked") {
		payload = httputil.NewChunkedReader(payload)
	}
	switch strings.ToLower(strings.TrimSpace(cenc)) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(payload)
		if err != nil {
			return a, false, fmt.Errorf("bad gzip content encoding: %v", err)
		}
		defer zr.Close()
		payload = zr
	case "deflate":
		payload = flate.NewReader(payload)
	case "", "identity":
	default:
		return a, false, fmt.Errorf("unsupported content encoding %q", cenc)
	}
	data, err := readAllLimited(payload, rd.opts.limit())
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return a, false, fmt.Errorf("%w: page larger than the %d-byte limit", ErrTooLarge, rd.opts.limit())
		}
		return a, false, err
	}
	a, err = htmlArticle(data, ctype, uri)
	if err != nil {
		return a, false, err
	}
	if a.Published.IsZero() {
		if t, err := rec.Date(); err == nil {
			a.Published = t.UTC()
		}
	}
	a.Origin = fmt.Sprintf("%s#record %d", rd.name, n)
	return a, true, nil
}

// truncated returns gowarc's complaint when a record holds fewer bytes than
// its Content-Length says, or "". Digest mismatches alone are not reported:
// many crawlers write wrong digests for intact pages.
func truncated(validation []error) string {
	for _, v := range validation {
		if s := v.Error(); strings.Contains(s, "content length mismatch") {
			return s
		}
	}
	return ""
}
