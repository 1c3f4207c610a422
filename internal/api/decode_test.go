package api

import (
	"bytes"
	"errors"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/internal/reader"
)

func multipartBody(fields map[string]string, fileName, file string) (string, []byte) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if fileName != "" {
		fw, _ := mw.CreateFormFile("file", fileName)
		fw.Write([]byte(file))
	}
	mw.Close()
	return mw.FormDataContentType(), b.Bytes()
}

func TestDecodeArticles(t *testing.T) {
	ctForm, form := multipartBody(map[string]string{"text": "Officials said 3 were hurt.", "title": "Form title", "published": "2025-03-04"}, "", "")
	ctFile, file := multipartBody(nil, "a.txt", "Title: From a file\n\nThe mayor said 5 homes burned.")
	tests := []struct {
		name, ctype, body string
		wantTitle         string
		wantURL           string
		wantErr           bool
	}{
		{"plain text with header", "text/plain", "Title: Dam breaks\nPublished: 2025-05-11\n\nWater flooded the valley.", "Dam breaks", "", false},
		{"no content type", "", "Plain words here.", "", "", false},
		{"json", "application/json", `{"text":"The army said 4 died.","title":"T","outlet":"O","published":"2025-01-02"}`, "T", "", false},
		{"json url", "application/json", `{"url":"https://example.org/a"}`, "", "https://example.org/a", false},
		{"form text", ctForm, string(form), "Form title", "", false},
		{"form file", ctFile, string(file), "From a file", "", false},
		{"json unknown field", "application/json", `{"txt":"x"}`, "", "", true},
		{"json two objects", "application/json", `{"text":"a"}{"text":"b"}`, "", "", true},
		{"json empty", "application/json", `{}`, "", "", true},
		{"json bad date", "application/json", `{"text":"a b c","published":"yesterday-ish"}`, "", "", true},
		{"empty body", "text/plain", "", "", "", true},
		{"binary", "application/octet-stream", "\x00\x01\x02\xff\xfe", "", "", true},
		{"bad media type", "multipart/form-data; boundary=", "x", "", "", true},
		{"form without text", "multipart/form-data; boundary=XYZ", "--XYZ--\r\n", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := DecodeArticles(tc.ctype, strings.NewReader(tc.body), 1<<20)
			if tc.wantErr {
				if !errors.Is(err, ErrBadRequest) {
					t.Fatalf("err = %v, want a bad request", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.FetchURL != tc.wantURL {
				t.Errorf("FetchURL = %q, want %q", d.FetchURL, tc.wantURL)
			}
			if tc.wantURL != "" {
				return
			}
			if len(d.Articles) != 1 || d.Articles[0].Title != tc.wantTitle {
				t.Fatalf("articles %+v, want one titled %q", d.Articles, tc.wantTitle)
			}
		})
	}
	// Over the limit: the reader's or the body's limit, never a 400.
	_, err := DecodeArticles("text/plain", strings.NewReader(strings.Repeat("word ", 1000)), 100)
	if !isTooLarge(err) {
		t.Errorf("oversize text: err = %v, want too large", err)
	}
	_, err = DecodeArticles("text/plain", http.MaxBytesReader(nil, ioNop(strings.Repeat("word ", 1000)), 100), 1<<20)
	if !isTooLarge(err) {
		t.Errorf("oversize body: err = %v, want too large", err)
	}
}

// FuzzDecodeArticles feeds arbitrary content types and bodies to the
// request decoder: it must never panic, must fail only with a bad request
// or the size limit, and must hand on only valid UTF-8 text.
func FuzzDecodeArticles(f *testing.F) {
	ct, form := multipartBody(map[string]string{"text": "Officials said 3 were hurt."}, "x.html", "<html><body><p>Hello there.</p></body></html>")
	f.Add(ct, form)
	f.Add("text/plain", []byte("Title: T\n\nBody text."))
	f.Add("application/json", []byte(`{"text":"a","published":"2025-01-01"}`))
	f.Add("application/json", []byte(`{"url":"http://127.0.0.1/"}`))
	f.Add("multipart/form-data; boundary=b", []byte("--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nhi there\r\n--b--\r\n"))
	f.Add("text/html; charset=latin1", []byte("<p>caf\xe9</p>"))
	f.Add("", []byte("{\"id\":1,\"text\":\"x y\"}\n{\"text\":"))
	f.Fuzz(func(t *testing.T, ctype string, body []byte) {
		d, err := DecodeArticles(ctype, bytes.NewReader(body), 1<<16)
		if err != nil {
			if !errors.Is(err, ErrBadRequest) && !isTooLarge(err) && !errors.Is(err, reader.ErrTooLarge) {
				t.Fatalf("error of an unexpected kind: %v", err)
			}
			return
		}
		if d.FetchURL == "" && len(d.Articles) == 0 {
			t.Fatal("no error and no article")
		}
		for _, a := range d.Articles {
			if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
				t.Fatal("invalid UTF-8 passed on")
			}
		}
	})
}

type nopCloser struct{ *strings.Reader }

func (nopCloser) Close() error { return nil }

func ioNop(s string) nopCloser { return nopCloser{strings.NewReader(s)} }
