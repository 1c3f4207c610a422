package reliability

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// story is a short well-formed article the cases wrap, corrupt or repeat.
const story = "Rescue teams pulled 14 people from the flooded mine on Tuesday, the regional governor said.\n\n" +
	"About 30 miners are still missing, according to the operator, Harlow Mining.\n"

// wantFigure fails unless d has a figure whose text contains num.
func wantFigure(t *testing.T, d *doc.Document, num string) {
	t.Helper()
	for _, f := range d.Figures {
		if strings.Contains(f.Text, num) {
			return
		}
	}
	t.Errorf("no figure with %q among %d figures", num, len(d.Figures))
}

// noStepFailed fails when a pipeline step panicked (the analyser recovers
// and records it, but a panic on an input class is still a bug).
func noStepFailed(t *testing.T, d *doc.Document) {
	t.Helper()
	for _, w := range d.Warnings {
		if strings.Contains(w, "step failed") {
			t.Errorf("warning: %s", w)
		}
	}
}

func TestEmptyFile(t *testing.T) {
	wantErr(t, "empty.txt", nil, reader.ErrEmpty, "empty.txt", "empty input")
	wantErr(t, "blank.txt", []byte(" \n\n\t \r\n"), reader.ErrEmpty, "only whitespace")
	wantErr(t, "empty.jsonl", nil, reader.ErrEmpty)

	p := writeFile(t, "empty.txt", nil)
	_, _, err := reader.ReadFile(p, reader.Options{})
	if !errors.Is(err, reader.ErrEmpty) {
		t.Errorf("ReadFile(empty): %v, want ErrEmpty", err)
	}
	code, out, stderr := runCLI(t, nil, p)
	if code != 1 || out != "" || !strings.Contains(stderr, "empty input") {
		t.Errorf("CLI on an empty file: exit %d, stdout %q, stderr %q; want 1, nothing, \"empty input\"", code, out, stderr)
	}
}

func TestBinaryFile(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	noise := make([]byte, 64<<10)
	for i := range noise {
		noise[i] = byte(rng.Uint32())
	}
	png := append([]byte("\x89PNG\r\n\x1a\n"), noise...)
	wantErr(t, "photo.png", png, reader.ErrBinary, "PNG image")
	// Misnamed binaries are caught by content, not by name.
	wantErr(t, "article.txt", png, reader.ErrBinary, "PNG image")
	wantErr(t, "article.txt", noise, reader.ErrBinary, "binary data")
	wantErr(t, "report.pdf", append([]byte("%PDF-1.7\n"), noise...), reader.ErrBinary, "PDF")
	// A NUL past the sniffed head is still found.
	late := []byte(strings.Repeat(story, 40) + "\x00tail")
	wantErr(t, "late.txt", late, reader.ErrBinary, "NUL byte")

	code, out, stderr := runCLI(t, nil, writeFile(t, "article.txt", png))
	if code != 1 || out != "" || !strings.Contains(stderr, "binary") {
		t.Errorf("CLI on a PNG: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}

func TestInvalidUTF8(t *testing.T) {
	bad := []byte("Officials said 12 people were hurt \xff\xfe in the blast.\n")
	at := bytes.IndexByte(bad, 0xff)
	wantErr(t, "bad.txt", bad, reader.ErrInvalidUTF8, fmt.Sprintf("byte %d", at), "charset")

	// Told the charset, the same bytes read as Latin-1.
	arts, _, err := reader.Read("bad.txt", bytes.NewReader(bad), reader.Options{Charset: "latin1"})
	if err != nil || len(arts) != 1 || !utf8.ValidString(arts[0].Text) || !strings.Contains(arts[0].Text, "ÿþ") {
		t.Errorf("Read with Charset latin1: %v, %+v", err, arts)
	}

	// The analyser given invalid UTF-8 directly (bypassing the reader, as a
	// library caller might) must not crash or emit spans outside the text.
	d := analyse(t, doc.Article{Text: string(bad) + string(bad[:len(bad)-3])})
	noStepFailed(t, d)

	code, _, stderr := runCLI(t, nil, writeFile(t, "bad.txt", bad))
	if code != 1 || !strings.Contains(stderr, "invalid UTF-8") {
		t.Errorf("CLI on invalid UTF-8: exit %d, stderr %q", code, stderr)
	}
}

func TestUTF16WithBOM(t *testing.T) {
	for _, tc := range []struct {
		name   string
		endian unicode.Endianness
	}{{"le", unicode.LittleEndian}, {"be", unicode.BigEndian}} {
		t.Run(tc.name, func(t *testing.T) {
			enc := unicode.UTF16(tc.endian, unicode.UseBOM).NewEncoder()
			data, err := enc.Bytes([]byte(story))
			if err != nil {
				t.Fatal(err)
			}
			a := readOne(t, "utf16.txt", data)
			if !strings.Contains(a.Text, "Rescue teams pulled 14 people") || strings.ContainsRune(a.Text, '\uFEFF') {
				t.Errorf("decoded text %q", a.Text)
			}
			d := analyse(t, a)
			wantFigure(t, d, "14")
			wantFigure(t, d, "30")

			code, out, stderr := runCLI(t, nil, "--format", "json", writeFile(t, "utf16.txt", data))
			if code != 0 || !strings.Contains(out, "Harlow Mining") {
				t.Errorf("CLI on UTF-16: exit %d, stderr %q", code, stderr)
			}
		})
	}
}

func TestLatin1HTMLWithMetaCharset(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta charset="iso-8859-1"><title>Café fire in Gérardmer</title></head>
<body><article><h1>Café fire in Gérardmer</h1>
<p>Firefighters rescued 9 guests from the Hôtel Belvédère on Sunday, the mayor, Zoë Lefèvre, said.</p>
<p>The fire started in the café kitchen and spread to the roof within an hour, according to the fire service.</p>
<p>Two firefighters were treated for smoke inhalation, the prefecture said in a statement on Monday.</p>
</article></body></html>`
	data, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(data) {
		t.Fatal("test page should not be valid UTF-8")
	}
	for _, name := range []string{"page.html", "page"} {
		a := readOne(t, name, data)
		if !strings.Contains(a.Text, "Zoë Lefèvre") || !strings.Contains(a.Text, "Hôtel Belvédère") || strings.ContainsRune(a.Text, utf8.RuneError) {
			t.Errorf("%s: text not decoded from Latin-1: %q", name, a.Text)
		}
		if !strings.Contains(a.Title, "Gérardmer") {
			t.Errorf("%s: title %q", name, a.Title)
		}
		wantFigure(t, analyse(t, a), "9")
	}
}

// hugeFile writes size bytes of plain text to a file in t.TempDir, 1 MiB at
// a time, so the test itself never holds it in memory.
func hugeFile(t *testing.T, name string, size int64) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for n := int64(0); n < size; {
		k, err := w.WriteString(story)
		if err != nil {
			t.Fatal(err)
		}
		n += int64(k)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestHundredMegabyteTextFile(t *testing.T) {
	p := hugeFile(t, "huge.txt", 100<<20)
	var err error
	c := measure(func() { _, _, err = reader.ReadFile(p, reader.Options{}) })
	if !errors.Is(err, reader.ErrTooLarge) || !strings.Contains(err.Error(), "limit") {
		t.Fatalf("ReadFile(100 MB): %v, want ErrTooLarge naming the limit", err)
	}
	// The reader holds at most the 10 MB limit (plus io.ReadAll's growth).
	within(t, c, 2*time.Second, 48<<20)

	// Streamed formats apply the limit per record: a 100 MB JSON Lines file
	// made of one line is refused line by line without holding it.
	code, out, stderr := runCLI(t, nil, p)
	if code != 1 || out != "" || !strings.Contains(stderr, "larger than") {
		t.Errorf("CLI on 100 MB: exit %d, stdout %d bytes, stderr %q", code, len(out), stderr)
	}
}

func TestHundredMegabyteJSONLLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(`{"text":"` + strings.TrimSpace(strings.ReplaceAll(story, "\n", " ")) + `"}` + "\n")
	w.WriteString(`{"text":"`)
	chunk := strings.Repeat("flood water ", 1<<16)
	for n := 0; n < 100<<20; n += len(chunk) {
		w.WriteString(chunk)
	}
	w.WriteString(`"}` + "\n")
	w.WriteString(`{"title":"After","text":"The bridge reopened on Friday, the council said."}` + "\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	var arts []doc.Article
	var errs []error
	c := measure(func() { arts, errs, err = reader.ReadFile(p, reader.Options{}) })
	if err != nil {
		t.Fatalf("ReadFile: %v", err)
	}
	if len(arts) != 2 || len(errs) != 1 || !errors.Is(errs[0], reader.ErrTooLarge) || !strings.Contains(errs[0].Error(), "line 2") {
		t.Fatalf("got %d articles, errors %v; want the 2 good lines and line 2 refused as too large", len(arts), errs)
	}
	within(t, c, 3*time.Second, 48<<20)
}

// runOnSentence builds a run-on "sentence" of size bytes: news words and
// figures, no punctuation at all, so the splitter has nothing to cut on.
func runOnSentence(size int) string {
	words := strings.Fields("the army said twelve soldiers were killed and 40 wounded near the river crossing while officials told reporters that about 300 families had fled")
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	return b.String()
}

// runOnEnv asks the test binary, re-run as a child, to analyse one run-on
// sentence of the given size; see TestOneMegabyteSentence.
const runOnEnv = "CROSSCHECK_RELIABILITY_RUNON"

// TestRunOnChild is the child side of TestOneMegabyteSentence: it does
// nothing unless runOnEnv is set.
func TestRunOnChild(t *testing.T) {
	size, err := strconv.Atoi(os.Getenv(runOnEnv))
	if err != nil {
		t.Skip("child process of TestOneMegabyteSentence only")
	}
	a := readOne(t, "run-on.txt", []byte(runOnSentence(size)))
	var d *doc.Document
	c := measure(func() { d = newAnalyzer(t).Analyze(a) })
	checkDoc(t, d)
	noStepFailed(t, d)
	if len(d.Tokens) < size/7 {
		t.Errorf("only %d tokens for %d bytes of words: text lost", len(d.Tokens), size)
	}
	fmt.Printf("RUNON bytes=%d tokens=%d sentences=%d figures=%d attributions=%d claims=%d warnings=%q cost=%v\n",
		size, len(d.Tokens), len(d.Sentences), len(d.Figures), len(d.Attributions), len(d.Claims), d.Warnings, c)
}

// TestOneMegabyteSentence analyses run-on sentences of growing size in a
// child process that is killed at the time bound, so a super-linear step
// fails the case instead of hanging CI or burning the machine.
func TestOneMegabyteSentence(t *testing.T) {
	for _, tc := range []struct {
		size  int
		bound time.Duration
	}{
		{16 << 10, 5 * time.Second},
		{1 << 20, 15 * time.Second},
	} {
		t.Run(strconv.Itoa(tc.size), func(t *testing.T) {
			// The bound is on the child's CPU time; the wall-clock limit
			// only stops a hang, with room for a loaded machine.
			ctx, cancel := context.WithTimeout(context.Background(), 4*tc.bound)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestRunOnChild$", "-test.v")
			cmd.Env = append(os.Environ(), runOnEnv+"="+strconv.Itoa(tc.size))
			start := time.Now()
			out, err := cmd.CombinedOutput()
			dur := time.Since(start)
			if ctx.Err() != nil {
				t.Fatalf("analysing a %d-byte sentence without punctuation did not finish within %v (killed): a step is super-linear", tc.size, 4*tc.bound)
			}
			if err != nil {
				t.Fatalf("child failed after %v: %v\n%s", dur, err, out)
			}
			if cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(); cpu > tc.bound {
				t.Fatalf("analysing a %d-byte sentence without punctuation took %v of CPU, bound %v: a step is super-linear", tc.size, cpu, tc.bound)
			}
			for _, line := range strings.Split(string(out), "\n") {
				if strings.HasPrefix(line, "RUNON ") {
					t.Logf("%s (wall %v with process start)", line, dur.Round(time.Millisecond))
				}
			}
		})
	}
}

func TestDeeplyNestedHTML(t *testing.T) {
	const depth = 10_000
	var b strings.Builder
	b.WriteString("<html><head><title>Nested</title></head><body>")
	for range depth {
		b.WriteString("<div>")
	}
	b.WriteString("<p>" + strings.ReplaceAll(story, "\n\n", "</p><p>") + "</p>")
	for range depth {
		b.WriteString("</div>")
	}
	b.WriteString("</body></html>")
	var arts []doc.Article
	var err error
	c := measure(func() { arts, _, err = reader.Read("nested.html", strings.NewReader(b.String()), reader.Options{}) })
	within(t, c, 10*time.Second, 256<<20)
	if err != nil {
		// A clear refusal is acceptable; a crash or a hang is not.
		var re *reader.Error
		if !errors.As(err, &re) {
			t.Fatalf("error %T %v is not a *reader.Error", err, err)
		}
		t.Logf("refused: %v", err)
		return
	}
	if len(arts) != 1 || !strings.Contains(arts[0].Text, "Rescue teams pulled 14 people") {
		t.Fatalf("got %d articles; want the story text kept (text %q)", len(arts), firstText(arts))
	}
	wantFigure(t, analyse(t, arts[0]), "14")
}

func firstText(arts []doc.Article) string {
	if len(arts) == 0 {
		return ""
	}
	return arts[0].Text
}

// writeFeed writes an RSS feed of n items to w.
func writeFeed(w io.Writer, n int) {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>` + "\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(bw, "<item><title>Update %d</title><link>https://wire.example/%d</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description>Officials said %d people were evacuated, the agency reported.</description></item>\n", i, i, i)
	}
	bw.WriteString("</channel></rss>\n")
	bw.Flush()
}

func TestHundredThousandItemFeed(t *testing.T) {
	const n = 100_000
	p := filepath.Join(t.TempDir(), "wire.rss")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	writeFeed(f, n)
	f.Close()
	st, _ := os.Stat(p)

	// Feeds are read whole; at the default limit this one is refused at
	// once with a reason that names the limit.
	c := measure(func() { _, _, err = reader.ReadFile(p, reader.Options{}) })
	if !errors.Is(err, reader.ErrTooLarge) {
		t.Fatalf("ReadFile(%d-byte feed): %v, want ErrTooLarge", st.Size(), err)
	}
	t.Logf("%d-byte feed refused: %v", st.Size(), err)
	within(t, c, 2*time.Second, 48<<20)

	if testing.Short() {
		t.Skip("-short: not reading the whole 100,000-item feed with the limit lifted")
	}
	// With the limit lifted every item comes through, none lost, in
	// bounded time; memory is that of the parsed feed.
	count := 0
	c = measure(func() {
		_, err = reader.EachFile(p, reader.Options{MaxBytes: -1}, func(a doc.Article) error {
			count++
			if count == n && !strings.Contains(a.Text, fmt.Sprintf("%d people", n)) {
				t.Errorf("last item text %q", a.Text)
			}
			return nil
		})
	})
	if err != nil || count != n {
		t.Fatalf("EachFile without limit: %d articles, %v; want %d", count, err, n)
	}
	within(t, c, 30*time.Second, 1<<30)
}

func TestTruncatedGzip(t *testing.T) {
	full := gz(t, []byte(strings.Repeat(story, 200)))
	cut := full[:len(full)/2]
	arts, _, err := reader.Read("story.txt.gz", bytes.NewReader(cut), reader.Options{})
	if err == nil || len(arts) != 0 {
		t.Fatalf("truncated gzip: %d articles, error %v; want a refusal", len(arts), err)
	}
	if !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, reader.ErrFormat) {
		t.Errorf("error %v says neither unexpected EOF nor bad format", err)
	}
	t.Logf("truncated gzip: %v", err)
	// Only a header.
	wantErr(t, "stub.gz", full[:5], reader.ErrFormat, "gzip")

	// A gzipped JSON Lines file cut short: the lines before the cut are
	// read, and the cut is reported.
	var lines strings.Builder
	for i := 1; i <= 200; i++ {
		fmt.Fprintf(&lines, `{"id":"a%d","text":"The council said %d homes lost power on Monday."}`+"\n", i, i)
	}
	zl := gz(t, []byte(lines.String()))
	var got []doc.Article
	_, err = reader.Each("feed.jsonl.gz", bytes.NewReader(zl[:len(zl)*3/4]), reader.Options{}, func(a doc.Article) error {
		got = append(got, a)
		return nil
	})
	if err == nil || len(got) == 0 || len(got) >= 200 {
		t.Errorf("truncated jsonl.gz: %d articles, error %v; want the lines before the cut and an error", len(got), err)
	}
}

// warcRecord writes one WARC/1.1 response record holding an HTML page.
func warcRecord(n int, uri, page string) string {
	payload := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-03-04T10:00:0%dZ\r\n"+
		"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\nContent-Type: application/http;msgtype=response\r\n"+
		"Content-Length: %d\r\n\r\n%s\r\n\r\n", uri, n, n, len(payload), payload)
}

func warcPage(title, body string) string {
	return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body +
		"</p><p>The statement was issued late on Monday and repeated by the regional police on Tuesday morning.</p></article></body></html>"
}

func TestTruncatedWARC(t *testing.T) {
	recs := []string{
		warcRecord(1, "https://a.example/mine", warcPage("Mine flood", "Rescue teams pulled 14 people from the flooded mine, the governor said.")),
		warcRecord(2, "https://a.example/bridge", warcPage("Bridge closed", "The bridge will stay closed for 3 weeks, engineers said.")),
		warcRecord(3, "https://a.example/port", warcPage("Port strike", "About 600 dock workers walked out on Monday, the union said.")),
	}
	whole := strings.Join(recs, "")
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"plain", []byte(whole[:len(recs[0])+len(recs[1])+len(recs[2])/2])},
		{"gzip", func() []byte {
			var b []byte
			for _, r := range recs {
				b = append(b, gz(t, []byte(r))...)
			}
			last := gz(t, []byte(recs[2]))
			return b[:len(b)-len(last)/2]
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			name := "crawl.warc"
			if tc.name == "gzip" {
				name += ".gz"
			}
			arts, errs, err := reader.Read(name, bytes.NewReader(tc.data), reader.Options{})
			if len(arts) != 2 {
				t.Fatalf("%d articles (errs %v, err %v); want the 2 whole records", len(arts), errs, err)
			}
			if !strings.Contains(arts[0].Text, "14 people") || !strings.Contains(arts[1].Text, "3 weeks") {
				t.Errorf("articles %q / %q", arts[0].Text, arts[1].Text)
			}
			all := append(append([]error{}, errs...), err)
			reported := false
			for _, e := range all {
				if e != nil && (strings.Contains(e.Error(), "record 3") || errors.Is(e, io.ErrUnexpectedEOF)) {
					reported = true
				}
			}
			if !reported {
				t.Errorf("the cut third record is not reported (errs %v, err %v)", errs, err)
			}
			t.Logf("errs %v, err %v", errs, err)
		})
	}
}

func TestJSONLMalformedLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"ok1","title":"Mine","text":"Rescue teams pulled 14 people from the mine, the governor said."}`,
		`{"id":"cut","text":"The line stops in the middle of a str`,
		`{"id":"ok2","text":"About 30 miners are still missing, the operator said."}`,
		`this is not JSON at all`,
		`[1, 2, 3]`,
		`{"id":"ok3","text":"The bridge will stay closed for 3 weeks, engineers said."}`,
		`{"id":"num","text":5}`,
		``,
		`{"id":"empty","text":""}`,
		`{"id":"ok4","text":"About 600 dock workers walked out on Monday, the union said."}`,
	}, "\n")
	arts, errs, err := reader.Read("batch.jsonl", strings.NewReader(in), reader.Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.Origin)
	}
	want := []string{"batch.jsonl:1 id=ok1", "batch.jsonl:3 id=ok2", "batch.jsonl:6 id=ok3", "batch.jsonl:10 id=ok4"}
	if strings.Join(ids, "|") != strings.Join(want, "|") {
		t.Errorf("good lines read: %q, want %q", ids, want)
	}
	var lines []int
	for _, e := range errs {
		var re *reader.Error
		if !errors.As(e, &re) || re.Unit != "line" {
			t.Errorf("error %v is not a line error", e)
			continue
		}
		lines = append(lines, re.Record)
	}
	if fmt.Sprint(lines) != "[2 4 5 7 9]" {
		t.Errorf("bad lines reported: %v (%v), want [2 4 5 7 9]", lines, errs)
	}

	code, out, stderr := runCLI(t, []byte(in), "--format", "json", "--input-format", "jsonl", "-")
	if code != 1 || strings.Count(out, "\n") != 4 || !strings.Contains(stderr, "line 4") {
		t.Errorf("CLI: exit %d, %d output lines, stderr %q; want 1, 4 documents, bad lines named", code, strings.Count(out, "\n"), stderr)
	}
}

func TestFiveHundredDigitNumber(t *testing.T) {
	digits := strings.Repeat("1234567890", 50)
	for _, text := range []string{
		"Officials said " + digits + " people were evacuated from the valley.",
		"Officials said 1" + strings.Repeat("0", 500) + " people were evacuated from the valley.",
		"Officials said 1" + strings.Repeat(",000", 166) + " people were evacuated from the valley.",
		"The ministry put the loss at 0." + strings.Repeat("0", 499) + "1 percent, the statement said.",
		"Officials said " + digits + " to " + digits + "9 people were evacuated.",
	} {
		// analyse checks every figure value is finite (1e500 overflows
		// float64 to +Inf, which the JSON contract cannot carry).
		d := analyse(t, doc.Article{Text: text})
		noStepFailed(t, d)
		if d.Article.Text != text {
			t.Error("text altered by the analyser")
		}
		for _, f := range d.Figures {
			t.Logf("%.40s…: figure of %d bytes ending %q, value %v", text, len(f.Text), f.Text[max(0, len(f.Text)-12):], ptrVal(f.Value))
		}
		// The long number is either a figure or named in a warning: never
		// dropped silently.
		num := strings.Index(text, "1")
		covered := false
		for _, f := range d.Figures {
			if f.End > num {
				covered = true
			}
		}
		warned := false
		for _, w := range d.Warnings {
			if strings.Contains(w, "digits") && strings.Contains(w, "not read as a figure") {
				warned = true
			}
		}
		if !covered && !warned {
			t.Errorf("%.40s…: the 500-digit number is neither a figure nor reported in a warning (warnings %q)", text, d.Warnings)
		}
	}
}

func TestImpossibleDates(t *testing.T) {
	src := "Title: Dam report\nPublished: 99/99/9999\n\nOn 99/99/9999 the ministry said 12 people died. " +
		"The report is dated 31/02/2025, the annex 2025-13-45 and the memo 00/00/0000.\n"
	arts, errs, err := reader.Read("dates.txt", strings.NewReader(src), reader.Options{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("Read: %d articles, %v", len(arts), err)
	}
	if !arts[0].Published.IsZero() {
		t.Errorf("impossible date read as %v", arts[0].Published)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "publication date left unknown") {
		t.Errorf("the bad header date is not reported: %v", errs)
	}

	for _, pub := range []time.Time{{}, time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)} {
		a := arts[0]
		a.Published = pub
		d := analyse(t, a)
		noStepFailed(t, d)
		wantFigure(t, d, "12")
		for _, tm := range d.Times {
			v := tm.Value
			if len(v) >= 10 && v[4] == '-' && v[7] == '-' {
				if _, err := time.Parse("2006-01-02", v[:10]); err != nil {
					t.Errorf("time %q normalised to impossible date %q", tm.Text, v)
				}
			}
			if strings.Contains(v, "9999-99") || strings.HasPrefix(v, "0000") {
				t.Errorf("time %q normalised to %q", tm.Text, v)
			}
		}
	}
}

func TestOtherLanguage(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"fr", "Les secours ont évacué 14 personnes de la mine inondée mardi, a déclaré le gouverneur de la région.\n\n" +
			"Selon l'exploitant, une trentaine de mineurs sont toujours portés disparus et les recherches se poursuivent dans la nuit.\n"},
		{"de", "Rettungskräfte haben am Dienstag 14 Menschen aus dem überfluteten Bergwerk geholt, sagte der Gouverneur der Region.\n\n" +
			"Nach Angaben des Betreibers werden noch etwa dreißig Bergleute vermisst, die Suche wird in der Nacht fortgesetzt.\n"},
		{"ru", "Спасатели во вторник вывели 14 человек из затопленной шахты, сообщил губернатор области.\n\n" +
			"По данным оператора, около тридцати горняков по-прежнему числятся пропавшими без вести.\n"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			a := readOne(t, "foreign.txt", []byte(tc.text))
			var d *doc.Document
			c := measure(func() { d = newAnalyzer(t).Analyze(a) })
			checkDoc(t, d)
			noStepFailed(t, d)
			within(t, c, time.Second, 64<<20)
			if d.Article.Language != "" && d.Article.Language != tc.lang {
				t.Errorf("language detected as %q, want %q", d.Article.Language, tc.lang)
			}
			marked := d.Article.Language == tc.lang
			for _, w := range d.Warnings {
				if strings.Contains(strings.ToLower(w), "language") {
					marked = true
				}
			}
			if !marked {
				t.Errorf("%s text analysed as English with no Language and no warning (%d attributions, %d figures)",
					tc.lang, len(d.Attributions), len(d.Figures))
			}
			if len(d.Attributions)+len(d.Figures)+len(d.Claims) > 0 {
				t.Errorf("%s text was run through the English extractors: %d attributions, %d figures, %d claims",
					tc.lang, len(d.Attributions), len(d.Figures), len(d.Claims))
			}
		})
	}
}

func TestRepeatedQuotes(t *testing.T) {
	for _, tc := range []struct{ name, prefix string }{
		{"open curly", strings.Repeat("“", 10_000)},
		{"straight", strings.Repeat(`"`, 10_000)},
		{"alternating", strings.Repeat("“”", 5_000)},
		{"guillemets", strings.Repeat("«", 10_000)},
		{"said-quote", strings.Repeat(`"Yes," he said. `, 2_000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := readOne(t, "quotes.txt", []byte(tc.prefix+"\n\n"+story))
			var d *doc.Document
			c := measure(func() { d = newAnalyzer(t).Analyze(a) })
			checkDoc(t, d)
			noStepFailed(t, d)
			wantFigure(t, d, "14")
			within(t, c, 3*time.Second, 128<<20)
		})
	}
}

func TestControlCharacters(t *testing.T) {
	// Sparse controls (a terminal escape, a bell, form feeds, a DEL) are
	// stripped by the reader and the article still reads.
	sparse := "Rescue teams \x1b[31mpulled\x1b[0m 14 people\x07 from the mine,\x0c the governor said.\x7f\n\n" +
		"About 30 miners\x0b are still missing, the operator said.\x08\n"
	a := readOne(t, "ctl.txt", []byte(sparse))
	for _, r := range a.Text {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			t.Errorf("control %U left in the text %q", r, a.Text)
			break
		}
	}
	d := analyse(t, a)
	noStepFailed(t, d)
	wantFigure(t, d, "14")
	wantFigure(t, d, "30")

	// Dense controls are refused as binary, clearly.
	var dense strings.Builder
	for i := 0; dense.Len() < 4096; i++ {
		dense.WriteString("word")
		dense.WriteByte(byte(1 + i%8))
	}
	wantErr(t, "dense.txt", []byte(dense.String()), reader.ErrBinary, "control bytes")

	// The analyser called directly on the worst of it: every C0 control,
	// DEL, C1 controls, bidi overrides, zero-width characters, line and
	// paragraph separators, BOMs and noncharacters between real words.
	var nasty strings.Builder
	for i := 0; i < 2000; i++ {
		nasty.WriteString("officials said 14 people")
		nasty.WriteRune(rune(i % 0x20))
		for _, r := range []rune{0x7f, 0x85, 0x9f, 0x202e, 0x2066, 0x200b, 0x200d, 0x2028, 0x2029, 0xfeff, 0xfffe, 0xffff, 0xfffd} {
			if (i+int(r))%3 == 0 {
				nasty.WriteRune(r)
			}
		}
		nasty.WriteString(" were hurt. ")
	}
	var dn *doc.Document
	c := measure(func() { dn = newAnalyzer(t).Analyze(doc.Article{Text: nasty.String()}) })
	checkDoc(t, dn)
	noStepFailed(t, dn)
	within(t, c, 3*time.Second, 128<<20)
}

func ptrVal(v *float64) any {
	if v == nil {
		return nil
	}
	return *v
}
