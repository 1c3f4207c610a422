package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// ArticleRequest is the JSON body analyse and ingest accept: either the
// article itself (text, or html run through the HTML reader) with optional
// metadata, or a url to fetch (ingest only, and only when URL fetching is
// enabled).
type ArticleRequest struct {
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Language  string `json:"language"`
}

// ErrBadRequest marks request bodies that cannot be read as articles; the
// handlers answer them with 400.
var ErrBadRequest = errors.New("bad request")

func badRequest(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadRequest, fmt.Sprintf(format, args...))
}

// Decoded is an analyse or ingest body read into articles, or the URL to
// fetch when the body asked for one.
type Decoded struct {
	Articles []doc.Article
	// FetchURL is set when a JSON body gave a url and no text or html.
	FetchURL string
}

// DecodeArticles reads an analyse or ingest request body by its
// Content-Type:
//
//   - application/json: an ArticleRequest;
//   - multipart/form-data: a "file" part (any format the reader detects) or
//     a "text" field, with optional "title", "outlet", "url", "published";
//   - anything else: the body itself, in any format the reader detects
//     (plain text with an optional header block, HTML, RSS/Atom, JSON
//     Lines, WARC).
//
// The body must already be size-limited (http.MaxBytesReader); errors other
// than the limit wrap ErrBadRequest and say what was wrong.
func DecodeArticles(contentType string, body io.Reader, maxBytes int64) (Decoded, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if contentType == "" {
		mt, err = "text/plain", nil
	}
	if err != nil {
		return Decoded{}, badRequest("Content-Type %q: %v", contentType, err)
	}
	ropts := reader.Options{MaxBytes: maxBytes}
	switch mt {
	case "application/json":
		var req ArticleRequest
		dec := json.NewDecoder(body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			if isTooLarge(err) {
				return Decoded{}, err
			}
			return Decoded{}, badRequest("JSON body: %v", err)
		}
		if dec.More() {
			return Decoded{}, badRequest("JSON body: more than one object")
		}
		if strings.TrimSpace(req.Text) == "" && strings.TrimSpace(req.HTML) == "" {
			if req.URL != "" {
				return Decoded{FetchURL: req.URL}, nil
			}
			return Decoded{}, badRequest(`JSON body: give "text" (or "html")`)
		}
		a, err := fromRequest(req, ropts)
		if err != nil {
			return Decoded{}, err
		}
		return Decoded{Articles: []doc.Article{a}}, nil
	case "multipart/form-data":
		boundary := params["boundary"]
		if boundary == "" {
			return Decoded{}, badRequest("multipart body without a boundary")
		}
		return decodeMultipart(multipart.NewReader(body, boundary), ropts)
	default:
		arts, err := readArticles("body", body, ropts)
		return Decoded{Articles: arts}, err
	}
}

// decodeMultipart reads the form's parts in one pass, keeping at most
// maxBytes of any of them.
func decodeMultipart(mr *multipart.Reader, ropts reader.Options) (Decoded, error) {
	var req ArticleRequest
	var fileArts []doc.Article
	haveFile := false
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			if isTooLarge(err) {
				return Decoded{}, err
			}
			return Decoded{}, badRequest("multipart body: %v", err)
		}
		name := p.FormName()
		if name == "file" && p.FileName() != "" {
			data, err := io.ReadAll(p)
			if err != nil {
				if isTooLarge(err) {
					return Decoded{}, err
				}
				return Decoded{}, badRequest("file %q: %v", p.FileName(), err)
			}
			if len(bytes.TrimSpace(data)) == 0 {
				continue // an empty file input next to a text box
			}
			arts, err := readArticles(p.FileName(), bytes.NewReader(data), ropts)
			if err != nil {
				return Decoded{}, err
			}
			fileArts = append(fileArts, arts...)
			haveFile = true
			continue
		}
		// Fields are small; a megabyte is plenty for pasted text, and
		// the body limit still applies on top.
		data, err := io.ReadAll(io.LimitReader(p, ropts.MaxBytes+1))
		if err != nil {
			if isTooLarge(err) {
				return Decoded{}, err
			}
			return Decoded{}, badRequest("field %q: %v", name, err)
		}
		v := string(data)
		switch name {
		case "text":
			req.Text = v
		case "title":
			req.Title = v
		case "outlet":
			req.Outlet = v
		case "url":
			req.URL = v
		case "published":
			req.Published = v
		}
	}
	if haveFile {
		return Decoded{Articles: fileArts}, nil
	}
	if strings.TrimSpace(req.Text) == "" {
		return Decoded{}, badRequest(`form: give a "file" or paste "text"`)
	}
	a, err := fromRequest(req, ropts)
	if err != nil {
		return Decoded{}, err
	}
	return Decoded{Articles: []doc.Article{a}}, nil
}

// fromRequest reads the article a JSON or form request describes: its text
// goes through the reader like any input (clean-up, header block, HTML),
// and the fields given win over what the text says.
func fromRequest(req ArticleRequest, ropts reader.Options) (doc.Article, error) {
	var arts []doc.Article
	var err error
	if strings.TrimSpace(req.Text) != "" {
		ropts.Format = reader.FormatText
		arts, err = readArticles("text", strings.NewReader(req.Text), ropts)
	} else {
		ropts.Format = reader.FormatHTML
		arts, err = readArticles("html", strings.NewReader(req.HTML), ropts)
	}
	if err != nil {
		return doc.Article{}, err
	}
	a := arts[0]
	if req.Title != "" {
		a.Title = req.Title
	}
	if req.Outlet != "" {
		a.Outlet = req.Outlet
	}
	if req.URL != "" {
		a.URL = req.URL
	}
	if req.Language != "" {
		a.Language = req.Language
	}
	if req.Published != "" {
		t, err := reader.ParseDate(req.Published)
		if err != nil {
			return doc.Article{}, badRequest("published %q: %v", req.Published, err)
		}
		a.Published = t
	}
	return a, nil
}

// readArticles runs the reader over one input; a record that fails makes
// the whole request fail, so a client never gets half an answer silently.
func readArticles(name string, r io.Reader, ropts reader.Options) ([]doc.Article, error) {
	arts, errs, err := reader.Read(name, r, ropts)
	if err == nil && len(errs) > 0 {
		err = errs[0]
	}
	if err != nil {
		if isTooLarge(err) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %s", ErrBadRequest, strings.TrimPrefix(err.Error(), "reader: "))
	}
	if len(arts) == 0 {
		return nil, badRequest("%s: no article found", name)
	}
	return arts, nil
}

// isTooLarge reports whether err comes from the request body limit (or
// the reader's own size limit), which the handlers answer with 413.
func isTooLarge(err error) bool {
	var mbe *http.MaxBytesError
	return errors.As(err, &mbe) || errors.Is(err, reader.ErrTooLarge)
}
