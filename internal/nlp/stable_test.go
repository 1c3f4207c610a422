package nlp

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/nlp/models"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

var update = flag.Bool("update", false, "rewrite testdata/annotations.golden from the current code")

// stableTexts are the project's own news texts: the bundled examples and
// the test articles of other packages.
var stableTexts = []string{
	"../../examples/*.txt",
	"../compare/testdata/*.txt",
	"../compare/corrupt/testdata/*.txt",
	"../reader/testdata/article.txt",
}

// writeAnnotations annotates text twice — every sentence parsed, then
// only every other sentence (the AnnotateIf path) — and writes one line
// per token with everything the core sets.
func writeAnnotations(w io.Writer, name, text string) {
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	Annotate(d)
	dumpTokens(w, name+" all", d)
	d = doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	AnnotateIf(d, func(toks []doc.Token) bool { return toks[0].Sent%2 == 0 })
	dumpTokens(w, name+" if", d)
}

func dumpTokens(w io.Writer, name string, d *doc.Document) {
	fmt.Fprintf(w, "# %s\n", name)
	for i, t := range d.Tokens {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%d\t%s\t%s\n", i, t.Text, t.POS, t.Tag, t.Lemma, t.Head, t.Dep, t.Ent)
	}
	for _, s := range d.Warnings {
		fmt.Fprintf(w, "! %s\n", s)
	}
}

// modelDigest identifies the embedded models: the golden output holds only
// for the models it was written with.
func modelDigest(t *testing.T) string {
	h := sha256.New()
	for _, name := range []string{models.TaggerFile, models.LemmaFile, models.ParserFile, models.NERFile} {
		b, err := fs.ReadFile(models.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func stableFiles(t *testing.T) []string {
	var files []string
	for _, g := range stableTexts {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) < 10 {
		t.Fatalf("only %d test texts found", len(files))
	}
	return files
}

// TestOutputUnchanged guards speed work on the core: the tags, lemmas,
// heads, labels and entities of the project's texts must stay exactly
// those of testdata/annotations.golden (a digest, written by -update).
// When the models are retrained the golden file no longer applies and the
// test says so; rewrite it with `go test ./internal/nlp -run
// OutputUnchanged -update` in the commit that changes the models.
func TestOutputUnchanged(t *testing.T) {
	if _, err := Default(); err != nil {
		t.Skip(err)
	}
	h := sha256.New()
	for _, f := range stableFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeAnnotations(h, filepath.Base(f), string(b))
	}
	got := "models " + modelDigest(t) + "\noutput " + hex.EncodeToString(h.Sum(nil)) + "\n"
	const golden = "testdata/annotations.golden"
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	wm, _, _ := strings.Cut(string(want), "\n")
	gm, _, _ := strings.Cut(got, "\n")
	if wm != gm {
		t.Skipf("the models changed since %s was written; rewrite it with -update", golden)
	}
	if got != string(want) {
		t.Errorf("annotations changed:\n got %s\nwant %s", got, want)
	}
}

// TestDumpCorpus writes the annotations of every .txt file under
// $CROSSCHECK_CORE_DUMP_IN to $CROSSCHECK_CORE_DUMP_OUT, to compare the
// output of two versions of the core on a large corpus (PolNeAR's texts).
func TestDumpCorpus(t *testing.T) {
	in, out := os.Getenv("CROSSCHECK_CORE_DUMP_IN"), os.Getenv("CROSSCHECK_CORE_DUMP_OUT")
	if in == "" || out == "" {
		t.Skip("set CROSSCHECK_CORE_DUMP_IN and CROSSCHECK_CORE_DUMP_OUT")
	}
	files, err := filepath.Glob(filepath.Join(in, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no texts in %s", in)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bw := bufio.NewWriter(f)
	var h hash.Hash = sha256.New()
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		writeAnnotations(io.MultiWriter(bw, h), filepath.Base(name), string(b))
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d texts, digest %x", len(files), h.Sum(nil))
}
