package vulngate

import (
	"slices"
	"strings"
	"testing"
)

// A govulncheck stream as v1.9.0 writes it (config, then findings; one
// vulnerability can have several findings, the first at module level).
const stream = `{"config":{"protocol_version":"v1.0.0","scanner_name":"govulncheck"}}
{"finding":{"osv":"GO-0000-0001","fixed_version":"v1.2.0","trace":[{"module":"example.com/html","version":"v1.0.0"}]}}
{"finding":{"osv":"GO-0000-0001","fixed_version":"v1.2.0","trace":[
  {"module":"example.com/html","version":"v1.0.0","package":"example.com/html","function":"Parse"},
  {"module":"github.com/crosscheck-news/crosscheck","package":"github.com/crosscheck-news/crosscheck/internal/reader","function":"Read","position":{"filename":"internal/reader/reader.go","line":42}}]}}
{"finding":{"osv":"GO-0000-0002","fixed_version":"v1.26.9","trace":[
  {"module":"stdlib","version":"v1.26.8","package":"net/http","function":"Read","receiver":"*body"},
  {"module":"github.com/crosscheck-news/crosscheck","package":"github.com/crosscheck-news/crosscheck/internal/reader","function":"Each"}]}}
{"finding":{"osv":"GO-0000-0003","trace":[{"module":"example.com/yaml","version":"v0.1.0","package":"example.com/yaml"}]}}
`

func TestRead(t *testing.T) {
	fs, err := Read(strings.NewReader(stream))
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 3 {
		t.Fatalf("%d findings, want one per ID (3): %+v", len(fs), fs)
	}
	if f := fs[0]; !f.Called || f.Symbol != "example.com/html.Parse" || f.Fixed != "v1.2.0" ||
		f.Caller != "github.com/crosscheck-news/crosscheck/internal/reader.Read (internal/reader/reader.go:42)" {
		t.Errorf("called module finding read as %+v", f)
	}
	if f := fs[1]; !f.Called || f.Module != Stdlib || f.Symbol != "net/http.body.Read" {
		t.Errorf("stdlib finding read as %+v", f)
	}
	if f := fs[2]; f.Called || f.Fixed != "" {
		t.Errorf("imported-only finding read as %+v", f)
	}
	if _, err := Read(strings.NewReader(`{"finding":`)); err == nil {
		t.Error("a cut stream was read without error")
	}
}

func TestDecide(t *testing.T) {
	fs, err := Read(strings.NewReader(stream))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		accepted map[string]string
		ok       bool
		failing  []string
		stale    []string
	}{
		{"nothing accepted", nil, false, []string{"GO-0000-0001", "GO-0000-0002"}, nil},
		{"stdlib accepted", map[string]string{"GO-0000-0002": "needs go1.26.9"}, false, []string{"GO-0000-0001"}, nil},
		// A module finding is fixed with go get, never waived.
		{"module cannot be accepted", map[string]string{"GO-0000-0001": "x", "GO-0000-0002": "y"}, false, []string{"GO-0000-0001"}, nil},
		{"stale entry", map[string]string{"GO-0000-0002": "y", "GO-0000-0009": "gone"}, false, []string{"GO-0000-0001"}, []string{"GO-0000-0009"}},
	}
	for _, c := range cases {
		v := Decide(fs, c.accepted)
		var ids []string
		for _, f := range v.Failing {
			ids = append(ids, f.ID)
		}
		if v.OK() != c.ok || !slices.Equal(ids, c.failing) || !slices.Equal(v.Stale, c.stale) {
			t.Errorf("%s: ok %v failing %v stale %v; want %v %v %v", c.name, v.OK(), ids, v.Stale, c.ok, c.failing, c.stale)
		}
		if len(v.Uncalled) != 1 || v.Uncalled[0].ID != "GO-0000-0003" {
			t.Errorf("%s: uncalled %+v", c.name, v.Uncalled)
		}
	}
	if v := Decide(fs[1:], map[string]string{"GO-0000-0002": "y"}); !v.OK() {
		t.Errorf("only an accepted stdlib finding and an uncalled one: %+v", v)
	}
}

func TestParseAccepted(t *testing.T) {
	acc, err := ParseAccepted(strings.NewReader("# comment\n\nGO-2026-6809 fixed in go1.26.10; toolchain is 1.26.8\n"))
	if err != nil || len(acc) != 1 || acc["GO-2026-6809"] != "fixed in go1.26.10; toolchain is 1.26.8" {
		t.Errorf("ParseAccepted = %v, %v", acc, err)
	}
	if _, err := ParseAccepted(strings.NewReader("GO-2026-6809\n")); err == nil || !strings.Contains(err.Error(), "line 1: GO-2026-6809 has no reason") {
		t.Errorf("an entry without a reason: %v", err)
	}
}
