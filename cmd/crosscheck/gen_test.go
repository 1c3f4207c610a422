package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// gen's output is what ingest reads: every line lands as a new article, and
// a second run of the same seed adds nothing.
func TestGenFeedsIngest(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"gen", "-n", "12", "--seed", "5"}, nil, &out, &errb); code != 0 {
		t.Fatalf("gen exit %d: %s", code, errb.String())
	}
	if n := strings.Count(out.String(), "\n"); n != 12 {
		t.Fatalf("gen wrote %d lines, want 12", n)
	}
	db := filepath.Join(t.TempDir(), "l.db")
	var iout, ierr bytes.Buffer
	if code := run([]string{"ingest", "--db", db, "-"}, bytes.NewReader(out.Bytes()), &iout, &ierr); code != 0 {
		t.Fatalf("ingest exit %d: %s", code, ierr.String())
	}
	if !strings.Contains(iout.String()+ierr.String(), "12 new") {
		t.Fatalf("ingest summary does not report 12 new articles:\n%s%s", iout.String(), ierr.String())
	}
	iout.Reset()
	ierr.Reset()
	if code := run([]string{"ingest", "--db", db, "-"}, bytes.NewReader(out.Bytes()), &iout, &ierr); code != 0 {
		t.Fatalf("second ingest exit %d: %s", code, ierr.String())
	}
	if !strings.Contains(iout.String()+ierr.String(), "Nothing new: all 12 articles") {
		t.Fatalf("re-ingesting generated articles added some:\n%s%s", iout.String(), ierr.String())
	}
}

func TestGenRejectsBadOptions(t *testing.T) {
	for _, args := range [][]string{{"gen", "-n", "-1"}, {"gen", "--per-story", "0"}, {"gen", "extra"}} {
		var out, errb bytes.Buffer
		if code := run(args, nil, &out, &errb); code != 2 || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errb.String())
		}
	}
}
