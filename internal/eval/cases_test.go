package eval

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/corpora"
)

func fp(v float64) *float64 { return &v }

func TestFigureMatches(t *testing.T) {
	cases := []struct {
		name string
		w    want
		f    doc.Figure
		ok   bool
	}{
		{"value", want{kind: kNumber, lo: 42, hi: 42, hasLo: true, hasHi: true}, doc.Figure{Value: fp(42)}, true},
		{"wrong value", want{kind: kNumber, lo: 42, hi: 42, hasLo: true, hasHi: true}, doc.Figure{Value: fp(24)}, false},
		{"range", want{kind: kRange, lo: 10, hi: 20, hasLo: true, hasHi: true}, doc.Figure{Low: fp(10), High: fp(20), Bound: doc.Range}, true},
		{"upper bound", want{kind: kRange, hi: 30, hasHi: true}, doc.Figure{Value: fp(30), High: fp(30), Bound: doc.Upper}, true},
		{"upper bound read as exact", want{kind: kRange, hi: 30, hasHi: true}, doc.Figure{Value: fp(30), Bound: doc.Exact}, false},
		{"percent", want{kind: kPercent, lo: 7, hi: 7, hasLo: true, hasHi: true}, doc.Figure{Value: fp(7), Unit: "percent", Measure: doc.Percent}, true},
		{"percent missing", want{kind: kPercent, lo: 7, hi: 7, hasLo: true, hasHi: true}, doc.Figure{Value: fp(7)}, false},
		{"money", want{kind: kMoney, unit: "EUR", lo: 5e6, hi: 5e6, hasLo: true, hasHi: true}, doc.Figure{Value: fp(5e6), Unit: "EUR", Measure: doc.Money}, true},
		{"money in the wrong currency", want{kind: kMoney, unit: "EUR", lo: 5e6, hi: 5e6, hasLo: true, hasHi: true}, doc.Figure{Value: fp(5e6), Unit: "USD", Measure: doc.Money}, false},
		{"dimension", want{kind: kDimension, unit: "km", lo: 3, hi: 3, hasLo: true, hasHi: true}, doc.Figure{Value: fp(3), Unit: "km"}, true},
		{"dimension in another unit", want{kind: kDimension, unit: "g", lo: 2, hi: 2, hasLo: true, hasHi: true}, doc.Figure{Value: fp(0.002), Unit: "kg"}, true},
		{"dimension in another dimension", want{kind: kDimension, unit: "g", lo: 2, hi: 2, hasLo: true, hasHi: true}, doc.Figure{Value: fp(0.002), Unit: "km"}, false},
		{"dimension without unit", want{kind: kDimension, unit: "km", lo: 3, hi: 3, hasLo: true, hasHi: true}, doc.Figure{Value: fp(3)}, false},
		{"proportion as percent", want{kind: kNumber, lo: 0.25, hi: 0.25, hasLo: true, hasHi: true}, doc.Figure{Value: fp(25), Unit: "percent"}, true},
		{"percent as written", want{kind: kNumber, lo: 25, hi: 25, hasLo: true, hasHi: true}, doc.Figure{Value: fp(25), Unit: "percent"}, true},
		{"plain number is no proportion", want{kind: kNumber, lo: 0.25, hi: 0.25, hasLo: true, hasHi: true}, doc.Figure{Value: fp(25)}, false},
		{"proportion bound", want{kind: kRange, lo: 0.4, hasLo: true}, doc.Figure{Value: fp(40), Low: fp(40), Unit: "percent", Bound: doc.Lower}, true},
		{"proportion of the wrong size", want{kind: kNumber, lo: 0.25, hi: 0.25, hasLo: true, hasHi: true}, doc.Figure{Value: fp(2.5), Unit: "percent"}, false},
	}
	for _, c := range cases {
		if got := figureMatches(c.w, c.f); got != c.ok {
			t.Errorf("%s: got %v, want %v", c.name, got, c.ok)
		}
	}
}

func TestTimexInterval(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		v        string
		from, to time.Time
	}{
		{"2014", day(2014, 1, 1), day(2015, 1, 1)},
		{"2013-Q2", day(2013, 4, 1), day(2013, 7, 1)},
		{"2013-02", day(2013, 2, 1), day(2013, 3, 1)},
		{"2013-W07", day(2013, 2, 11), day(2013, 2, 18)},
		{"2013-02-15", day(2013, 2, 15), day(2013, 2, 16)},
		{"2013-02-12T15", day(2013, 2, 12).Add(15 * time.Hour), day(2013, 2, 12).Add(16 * time.Hour)},
		{"2013-02-12T15:30", day(2013, 2, 12).Add(15*time.Hour + 30*time.Minute), day(2013, 2, 12).Add(15*time.Hour + 31*time.Minute)},
		{"2019-H2", day(2019, 7, 1), day(2020, 1, 1)},
		{"199", day(1990, 1, 1), day(2000, 1, 1)},
		{"14", day(1400, 1, 1), day(1500, 1, 1)},
	}
	for _, c := range cases {
		f, e, ok := timexInterval(c.v)
		if !ok || !f.Equal(c.from) || !e.Equal(c.to) {
			t.Errorf("%s: got [%v, %v) %v", c.v, f, e, ok)
		}
	}
	for _, bad := range []string{"P3D", "PRESENT_REF", "XXXX-10-02", "", "2019-H3", "1"} {
		if _, _, ok := timexInterval(bad); ok {
			t.Errorf("%s read as an interval", bad)
		}
	}
}

func TestTimesMatch(t *testing.T) {
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)
	hour := want{kind: kTime, instant: true, from: ref.Truncate(time.Hour).Add(11 * time.Hour), to: ref.Truncate(time.Hour).Add(12 * time.Hour)}
	span := want{kind: kTime, from: time.Date(2013, 7, 13, 0, 0, 0, 0, time.UTC), to: time.Date(2013, 7, 16, 0, 0, 0, 0, time.UTC)}
	cases := []struct {
		name string
		w    want
		ts   []string
		ok   bool
	}{
		{"a minute for an hour", hour, []string{"2013-02-12T15:00"}, true},
		{"a day for an hour", hour, []string{"2013-02-12"}, false},
		{"another minute", hour, []string{"2013-02-12T15:30"}, false},
		{"two ends cover an interval", span, []string{"2013-07-13", "2013-07-15"}, true},
		{"one end", span, []string{"2013-07-13"}, false},
		{"timex value", want{kind: kTime, values: []string{"2016-11-07 16:00:00"}}, []string{"2016-11-07T16:00"}, true},
		{"clock time", want{kind: kTime, values: []string{"T16"}}, []string{"2016-11-07T16:00"}, true},
		{"now", want{kind: kTime, instant: true, from: ref, to: ref.Add(time.Second)}, []string{"PRESENT_REF"}, true},
		{"nothing", hour, nil, false},
	}
	for _, c := range cases {
		var ts []doc.Time
		for _, v := range c.ts {
			ts = append(ts, doc.Time{Value: v})
		}
		if got := timesMatch(c.w, ts, ref); got != c.ok {
			t.Errorf("%s: got %v, want %v", c.name, got, c.ok)
		}
	}
	// One time whose Range holds both ends covers the interval; a Range
	// ending a day early does not.
	r := doc.Time{Value: "2013-07-13", Range: &[2]string{"2013-07-13", "2013-07-15"}}
	if !timesMatch(span, []doc.Time{r}, ref) {
		t.Error("a ranged time did not cover its interval")
	}
	short := doc.Time{Value: "2013-07-13", Range: &[2]string{"2013-07-13", "2013-07-14"}}
	if timesMatch(span, []doc.Time{short}, ref) {
		t.Error("a range ending a day early covered the interval")
	}
	// A range written by where its ends start (Recognizers' "2014 to
	// 2018", [2014-01-01, 2018-01-01)) is met by a Range of the same two
	// ends, not by one ending a year later or earlier, and a Duckling
	// interval is not read that way.
	y0, y1 := time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	ends := want{kind: kTime, from: y0, to: y1, ends: true}
	for _, c := range []struct {
		name string
		w    want
		r    [2]string
		ok   bool
	}{
		{"same ends", ends, [2]string{"2014", "2018"}, true},
		{"end a year later", ends, [2]string{"2014", "2019"}, false},
		{"end a year earlier", ends, [2]string{"2014", "2017"}, false}, // though it covers [2014, 2018)
		{"not a Recognizers range", want{kind: kTime, from: y0, to: y1}, [2]string{"2014", "2018"}, false},
		{"clock ends", want{kind: kTime, from: y0.Add(13 * time.Hour), to: y0.Add(15 * time.Hour), ends: true}, [2]string{"2014-01-01T13:00", "2014-01-01T15:00"}, true},
	} {
		tm := doc.Time{Value: c.r[0], Range: &c.r}
		if got := timesMatch(c.w, []doc.Time{tm}, ref); got != c.ok {
			t.Errorf("%s: got %v, want %v", c.name, got, c.ok)
		}
	}
	// The units a counted duration spans cover the range: "the next 3
	// days" said on the 7th is the 8th to the 10th, Recognizers' [8, 11).
	d8, d11 := time.Date(2016, 11, 8, 0, 0, 0, 0, time.UTC), time.Date(2016, 11, 11, 0, 0, 0, 0, time.UTC)
	next3 := want{kind: kTime, from: d8, to: d11, ends: true}
	days := doc.Time{Type: doc.Duration, Value: "P3D", Range: &[2]string{"2016-11-08", "2016-11-10"}}
	if !timesMatch(next3, []doc.Time{days}, ref) {
		t.Error("the days of a counted duration did not cover its range")
	}
	days.Range = &[2]string{"2016-11-08", "2016-11-11"}
	if timesMatch(next3, []doc.Time{days}, ref) {
		t.Error("a counted duration a day too long covered the range")
	}
}

func TestLoadRecognizers(t *testing.T) {
	dir := t.TempDir()
	// End is inclusive and counts UTF-16 units in the spec format; "é" is
	// one unit, so offsets past it are unchanged in code points.
	spec := "\ufeff" + `[{"Input": "Café owners paid $ 12 million, up 5%.", "Results": [
	 {"Text": "$ 12 million", "TypeName": "currency", "Resolution": {"value": "12000000", "unit": "Dollar"}, "Start": 17, "End": 28}]},
	 {"Input": "nothing here", "Results": []},
	 {"Input": "between 3 and 8", "Results": [{"Text": "between 3 and 8", "TypeName": "numberrange", "Resolution": {"value": "[3,8]"}, "Start": 0, "End": 14}]}]`
	p := filepath.Join(dir, "spec.json")
	if err := os.WriteFile(p, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	cs, err := loadRecognizers(p, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 3 || len(cs[0].want) != 1 || len(cs[1].want) != 0 {
		t.Fatalf("cases = %+v", cs)
	}
	w := cs[0].want[0]
	if w.start != 17 || w.end != 29 || w.unit != "USD" || w.lo != 12e6 || w.kind != kMoney {
		t.Errorf("currency want = %+v", w)
	}
	if r := cs[2].want[0]; r.kind != kRange || r.lo != 3 || r.hi != 8 {
		t.Errorf("range want = %+v", r)
	}
}

func TestDucklingWant(t *testing.T) {
	cases := []struct {
		dim, e       string
		kind, unit   string
		lo, hi       float64
		hasLo, hasHi bool
	}{
		{"Numeral", "NumeralValue 45", kNumber, "", 45, 45, true, true},
		{"Numeral", "NumeralValue (-504)", kNumber, "", -504, -504, true, true},
		{"AmountOfMoney", "simple Dollar 10", kMoney, "USD", 10, 10, true, true},
		{"AmountOfMoney", "simple Cent 10", kMoney, "", 0.1, 0.1, true, true},
		{"AmountOfMoney", "between Dollar (10, 20)", kMoney, "USD", 10, 20, true, true},
		{"Quantity", `under Pound 6 (Just "meat")`, kDimension, "lb", 0, 6, false, true},
		{"Quantity", "simple Unnamed 4 Nothing", kNumber, "", 4, 4, true, true},
	}
	for _, c := range cases {
		w, ok := ducklingWant(c.dim, c.e)
		if !ok || w.kind != c.kind || w.unit != c.unit || w.hasLo != c.hasLo || w.hasHi != c.hasHi ||
			c.hasLo && !near(w.lo, c.lo) || c.hasHi && !near(w.hi, c.hi) {
			t.Errorf("%s: got %+v", c.e, w)
		}
	}
	w, ok := ducklingWant("Time", "datetimeInterval ((2013, 7, 13, 0, 0, 0), (2013, 7, 16, 0, 0, 0)) Day")
	if !ok || w.from.Day() != 13 || w.to.Day() != 16 {
		t.Errorf("interval: %+v", w)
	}
	w, ok = ducklingWant("Time", "datetime (2013, 2, 12, 15, 0, 0) Hour")
	if !ok || w.to.Sub(w.from) != time.Hour {
		t.Errorf("instant: %+v", w)
	}
	w, ok = ducklingWant("Time", "datetimeOpenInterval After (2014, 1, 1, 0, 0, 0) Year")
	if !ok || !w.open || w.from.Year() != 2014 {
		t.Errorf("open interval: %+v", w)
	}
}

func TestBCubed(t *testing.T) {
	gold := []string{"a", "a", "b", "b"}
	if p, r, f := BCubed(gold, []int{1, 1, 2, 2}); p != 1 || r != 1 || f != 1 {
		t.Errorf("perfect: %v %v %v", p, r, f)
	}
	if _, _, f := BCubed(gold, nil); f != 0 {
		t.Errorf("empty: %v", f)
	}
	// Everything in one cluster: precision 1/2 for each item, recall 1.
	if p, r, f := BCubed(gold, []int{0, 0, 0, 0}); !near(p, 0.5) || r != 1 || !near(f, 2.0/3) {
		t.Errorf("one cluster: %v %v %v", p, r, f)
	}
	// Singletons: precision 1, recall 1/2.
	if p, r, _ := BCubed(gold, []int{1, 2, 3, 4}); p != 1 || !near(r, 0.5) {
		t.Errorf("singletons: %v %v", p, r)
	}
}

func TestLoadECB(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		os.MkdirAll(filepath.Join(dir, "7"), 0o755)
		if err := os.WriteFile(filepath.Join(dir, "7", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("7_1ecb.xml", `<Document doc_name="7_1ecb.xml"><token t_id="1" sentence="0">Fire</token><token t_id="2" sentence="0">hits</token><token t_id="3" sentence="1">Two</token></Document>`)
	write("7_2ecbplus.xml", `<Document doc_name="7_2ecbplus.xml"><token t_id="1" sentence="0">Flood</token></Document>`)
	ds, err := loadECB(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 || ds[0].text != "Fire hits\n\nTwo" || ds[0].subtopic != "7ecb" || ds[1].subtopic != "7ecbplus" || ds[1].topic != "7" {
		t.Errorf("docs = %+v", ds)
	}
}

// stubClusterer puts every document in one story, to exercise the task.
type stubClusterer struct{}

func (stubClusterer) Cluster(ds []*doc.Document) []int { return make([]int, len(ds)) }

func TestStoriesTask(t *testing.T) {
	data := corpora.Dir(t)
	r, err := Run([]string{"stories"}, Options{Data: data, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if r.Notes["stories"]["ecbplus"] == "" {
		t.Errorf("no clusterer: want a note, got %v", r.Tasks["stories"])
	}
	SetClusterer(stubClusterer{})
	defer SetClusterer(nil)
	r, err = Run([]string{"stories"}, Options{Data: data, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	m := r.Tasks["stories"]["ecbplus"]
	// Two topics in one cluster: topic recall is 1, precision about 1/2.
	if m["topic_b3_r"] != 100 || m["topic_b3_p"] < 40 || m["topic_b3_p"] > 60 || m["documents"] < 20 {
		t.Errorf("stories = %v", m)
	}
}

func TestLoadUNER(t *testing.T) {
	iob := "# newdoc id = d1\n# sent_id = d1-1\n# text = Ana Lima flew to São Paulo.\n" +
		"1\tAna\tB-PER\t-\t-\n2\tLima\tI-PER\t-\t-\n3\tflew\tO\t-\t-\n4\tto\tO\t-\t-\n5\tSão\tB-LOC\t-\t-\n6\tPaulo\tI-LOC\t-\t-\n7\t.\tO\t-\t-\n\n" +
		"# sent_id = d1-2\n# text = Acme hired her.\n1\tAcme\tB-ORG\t-\t-\n2\thired\tO\t-\t-\n3\ther\tO\t-\t-\n4\t.\tO\t-\t-\n\n" +
		"# newdoc id = d2\n# sent_id = d2-1\n# text = Nothing here.\n1\tNothing\tO\t-\t-\n2\there\tO\t-\t-\n3\t.\tO\t-\t-\n"
	p := filepath.Join(t.TempDir(), "u.iob2")
	if err := os.WriteFile(p, []byte(iob), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := loadUNER(p, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 || len(ds[0].gold) != 3 || len(ds[1].gold) != 0 {
		t.Fatalf("docs = %+v", ds)
	}
	r := []rune(ds[0].text)
	for i, want := range []string{"Ana Lima", "São Paulo", "Acme"} {
		g := ds[0].gold[i]
		if got := string(r[g.start:g.end]); got != want {
			t.Errorf("gold %d = %q, want %q", i, got, want)
		}
	}
}

// TestLoadPolNEARCodePoints checks that brat offsets are read as code
// points of the .txt: after "Zürich" and an em dash, byte offsets would
// drift by three.
func TestLoadPolNEARCodePoints(t *testing.T) {
	dir := t.TempDir()
	text := "In Zürich — the mayor said rents will rise.\n"
	os.MkdirAll(filepath.Join(dir, "split", "text"), 0o755)
	os.MkdirAll(filepath.Join(dir, "split", "attributions"), 0o755)
	os.WriteFile(filepath.Join(dir, "split", "text", "doc_x.txt"), []byte(text), 0o644)
	// the mayor 12..21, said 22..26, rents will rise 27..42 (code points)
	ann := "T1\tSource 12 21\tthe mayor\nT2\tCue 22 26\tsaid\nT3\tContent 27 42\trents will rise\n" +
		"T4\tAttribution 22 26\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
	os.WriteFile(filepath.Join(dir, "split", "attributions", "doc_x_ab12.ann"), []byte(ann), 0o644)
	docs, err := loadPolNEAR(filepath.Join(dir, "split"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].gold) != 1 {
		t.Fatalf("docs = %+v", docs)
	}
	r := []rune(docs[0].text)
	g := docs[0].gold[0]
	for _, c := range []struct {
		s    Span
		want string
	}{{g.source, "the mayor"}, {g.cue, "said"}, {g.content, "rents will rise"}} {
		if got := string(r[c.s[0][0]:c.s[0][1]]); got != c.want {
			t.Errorf("span %v = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestScoreCasesAlarm checks that a file's alarm kind decides which
// unexpected figures fail a case: in the NumberRange file a plain number
// beside the expected bound is no false alarm, a stray bound is.
func TestScoreCasesAlarm(t *testing.T) {
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)
	in := "The score was 200 or more than 190 points."
	bound := want{start: 21, end: 34, kind: kRange, lo: 190, hasLo: true}
	cases := []testCase{
		{input: in, ref: ref, want: []want{bound}},
		{input: "Up to 700 workers and 12 managers left.", ref: ref},
	}
	for _, c := range []struct {
		name  string
		alarm func(doc.Figure) bool
		pass  float64
	}{
		{"every figure alarms", nil, 0},
		{"bounds alarm", isBound, 1},
	} {
		m, _ := scoreCases(an, caseSet{name: "t", cases: cases, alarm: c.alarm}, 0)
		if m["passed"] != c.pass {
			t.Errorf("%s: passed = %v, want %v", c.name, m["passed"], c.pass)
		}
	}
}

// TestIsDimension: temperatures belong to Recognizers' TemperatureModel,
// not to its DimensionModel; lengths and angles do.
func TestIsDimension(t *testing.T) {
	for _, c := range []struct {
		unit, measure string
		want          bool
	}{
		{"km", "", true}, {"°", "", true}, {"°C", "", false}, {"°F", "", false},
		{"USD", doc.Money, false}, {"percent", doc.Percent, false}, {"", "", false},
	} {
		if got := isDimension(doc.Figure{Unit: c.unit, Measure: c.measure}); got != c.want {
			t.Errorf("isDimension(%q) = %v, want %v", c.unit, got, c.want)
		}
	}
}

// TestScoredValues: gold past the scored sentences is dropped, as the
// predictions there are.
func TestScoredValues(t *testing.T) {
	md := meantimeDoc{scored: 50, values: []mtSpan{{0, 5, "MONEY", "$5"}, {49, 52, "QUANTITY", "50"}, {60, 62, "MONEY", "$1"}}}
	got := md.scoredValues()
	if len(got) != 2 || got[0].start != 0 || got[1].start != 49 {
		t.Errorf("scoredValues = %v, want the two spans starting before 50", got)
	}
}

func TestTimeDocCounts(t *testing.T) {
	td := timeDoc{scored: 100, ignore: [2]int{10, 25}}
	cases := []struct {
		start, end int
		want       bool
	}{
		{0, 5, true},      // before the dateline
		{12, 20, false},   // the dateline itself
		{20, 30, false},   // overlapping it
		{30, 40, true},    // after it
		{100, 110, false}, // past the annotated sentences
	}
	for _, c := range cases {
		if got := td.counts(c.start, c.end); got != c.want {
			t.Errorf("[%d,%d): got %v, want %v", c.start, c.end, got, c.want)
		}
	}
	// No dateline: only the annotated part matters.
	if !(timeDoc{scored: 50}).counts(0, 5) {
		t.Error("a document without a dateline drops predictions at its start")
	}
}

func TestNormDuration(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"PT1.5H", "PT1H30M", true},
		{"P1.25Y", "P1Y3M", true},
		{"PT90M", "PT1H30M", true},
		{"PT1H", "PT1H30M", false},
		{"P1Y", "P12M", true},
		{"P1W", "P7D", false}, // different granularities in TimeML
		{"P1M", "PT1M", false},
		{"PXD", "P3D", false},
		{"P3D", "P3D", true},
		// Midnight: the end of one day is the start of the next.
		{"2018-11-30T24:00", "2018-12-01T00:00:00", true},
		{"2018-12-31T24:00", "2019-01-01 00:00:00", true},
		{"T24:00", "T00", true},
		{"2018-11-30T24:00", "2018-11-30T00:00", false},
	} {
		if got := normTimex(c.a) == normTimex(c.b); got != c.same {
			t.Errorf("%s vs %s: same = %v, want %v", c.a, c.b, got, c.same)
		}
	}
	for _, v := range []string{"PXD", "P", "PRESENT_REF", "P1Q"} {
		if _, ok := normDuration(v); ok {
			t.Errorf("normDuration(%q) read a number", v)
		}
	}
}

func TestTimesMatchResolvedSpans(t *testing.T) {
	ref := time.Date(2017, 11, 7, 0, 0, 0, 0, time.UTC)
	day := func(m, d int) time.Time { return time.Date(2017, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	// "the last week of July": XXXX-07-W05, resolved 2017-07-24 to 2017-07-31.
	w := want{kind: kTime, values: []string{"XXXX-07-W05", "2017-07-24", "2017-07-31"}, spans: [][2]time.Time{{day(7, 24), day(7, 31)}}}
	for _, c := range []struct {
		v  string
		ok bool
	}{
		{"2017-W30", true},   // the same seven days
		{"2017-W31", false},  // the week after
		{"2017-07", false},   // the month holds the week but is not it
		{"2017-07-24", true}, // the start, as the spec writes it
	} {
		if got := timesMatch(w, []doc.Time{{Value: c.v}}, ref); got != c.ok {
			t.Errorf("%s: got %v, want %v", c.v, got, c.ok)
		}
	}
}

func TestModPart(t *testing.T) {
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.UTC)
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	duck := func(f, e time.Time) want { return want{kind: kTime, from: f, to: e, parts: true} }
	for _, c := range []struct {
		name  string
		w     want
		value string
		mod   string
		ok    bool
	}{
		{"end of the month", duck(d(2013, 2, 21), d(2013, 3, 1)), "2013-02", "END", true},
		{"the whole month is not its end", duck(d(2013, 2, 21), d(2013, 3, 1)), "2013-02", "", false},
		{"the start is not the end", duck(d(2013, 2, 21), d(2013, 3, 1)), "2013-02", "START", false},
		{"mid March", duck(d(2013, 3, 11), d(2013, 3, 21)), "2013-03", "MID", true},
		{"beginning of 2017", duck(d(2017, 1, 1), d(2017, 4, 1)), "2017", "START", true},
		{"end of 2012", duck(d(2012, 9, 1), d(2013, 1, 1)), "2012", "END", true},
		{"end of this week", duck(d(2013, 2, 15), d(2013, 2, 18)), "2013-W07", "END", true},
		{"beginning of next week", duck(d(2013, 2, 18), d(2013, 2, 21)), "2013-W08", "START", true},
		{"a month with a mod against the whole month", duck(d(2013, 3, 1), d(2013, 4, 1)), "2013-03", "START", false},
		{"tonight", duck(d(2013, 2, 12).Add(18*time.Hour), d(2013, 2, 13)), "2013-02-12TNI", "", true},
		{"late tonight", duck(d(2013, 2, 12).Add(21*time.Hour), d(2013, 2, 13)), "2013-02-12TNI", "END", true},
		{"the evening is not the morning", duck(d(2013, 2, 12), d(2013, 2, 12).Add(12*time.Hour)), "2013-02-12TEV", "", false},
		{"this morning", duck(d(2013, 2, 12), d(2013, 2, 12).Add(12*time.Hour)), "2013-02-12TMO", "", true},
		{"mods are read for Duckling only", want{kind: kTime, from: d(2013, 2, 21), to: d(2013, 3, 1)}, "2013-02", "END", false},
	} {
		if got := timesMatch(c.w, []doc.Time{{Value: c.value, Mod: c.mod}}, ref); got != c.ok {
			t.Errorf("%s: got %v, want %v", c.name, got, c.ok)
		}
	}
}

func TestRecognizersModMustAgree(t *testing.T) {
	ref := time.Date(2018, 11, 21, 0, 0, 0, 0, time.UTC)
	// "end of year": 2018 with mod end.
	w := want{kind: kTime, values: []string{"2018", "2018-07-01", "2019-01-01"}, mod: "END"}
	for _, c := range []struct {
		mod string
		ok  bool
	}{{"END", true}, {"", false}, {"START", false}} {
		if got := timesMatch(w, []doc.Time{{Value: "2018", Mod: c.mod}}, ref); got != c.ok {
			t.Errorf("mod %q: got %v, want %v", c.mod, got, c.ok)
		}
	}
}

func TestTimesMatchOneTimeNamesTheInterval(t *testing.T) {
	ref := time.Date(2021, 5, 1, 0, 0, 0, 0, time.UTC)
	// "the first 2 weeks of 2021": [2021-01-04, 2021-01-18), with the
	// year as a time of its own over the span.
	w := want{kind: kTime, from: time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC), to: time.Date(2021, 1, 18, 0, 0, 0, 0, time.UTC)}
	weeks := doc.Time{Type: doc.Duration, Value: "P2W", Range: &[2]string{"2021-W01", "2021-W02"}}
	year := doc.Time{Type: doc.Date, Value: "2021"}
	if !timesMatch(w, []doc.Time{weeks, year}, ref) {
		t.Error("the weeks did not name the interval beside their year")
	}
	weeks.Range = &[2]string{"2021-W01", "2021-W03"}
	if timesMatch(w, []doc.Time{weeks, year}, ref) {
		t.Error("three weeks named the interval of two")
	}
}

// A Duckling expectation is written in the reference time's zone (UTC-2):
// "Thursday 8:00 GMT" is 06:00 there, so the written 08:00 with its zone
// meets it and 08:00 without a zone, or a Recognizers expectation, does not.
func TestTimesMatchZone(t *testing.T) {
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.FixedZone("", -2*3600))
	w, ok := ducklingWant("Time", "datetime (2013, 2, 14, 6, 0, 0) Minute")
	if !ok {
		t.Fatal("want not read")
	}
	cases := []struct {
		value, zone string
		ok          bool
	}{
		{"2013-02-14T08:00", "GMT", true},
		{"2013-02-14T08:00", "", false},
		{"2013-02-14T06:00", "", true},
		{"2013-02-14T06:00", "GMT", false},
		{"2013-02-14T00:00", "PST", true},
		{"2013-02-14T16:00", "PST", false},
		{"2013-02-14T02:00", "cst", true},
		{"2013-02-14T00:00", "cst", false},
	}
	for _, c := range cases {
		if got := timesMatch(w, []doc.Time{{Value: c.value, Zone: c.zone}}, ref); got != c.ok {
			t.Errorf("%s %s: got %v, want %v", c.value, c.zone, got, c.ok)
		}
	}
	w.zoned = false
	if timesMatch(w, []doc.Time{{Value: "2013-02-14T08:00", Zone: "GMT"}}, ref) {
		t.Error("a zone moved the time of an expectation not written in the reference zone")
	}
}

func TestTimesMatchRecognizersParts(t *testing.T) {
	ref := time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)
	at := func(d, h int) time.Time { return time.Date(2016, 11, d, h, 0, 0, 0, time.UTC) }
	// "tuesday afternoon": XXXX-WXX-2TAF, resolved 2016-11-08 12:00 to 16:00.
	w := want{kind: kTime, rtParts: true, values: []string{"XXXX-WXX-2TAF", "2016-11-08 12:00:00", "2016-11-08 16:00:00"},
		spans: [][2]time.Time{{at(8, 12), at(8, 16)}}}
	for _, c := range []struct {
		v  string
		ok bool
	}{
		{"2016-11-08TAF", true},  // the same afternoon
		{"2016-11-09TAF", false}, // another day's
		{"2016-11-08TEV", false}, // another part of the day
		{"2016-11-08", false},    // the whole day
	} {
		if got := timesMatch(w, []doc.Time{{Value: c.v}}, ref); got != c.ok {
			t.Errorf("%s: got %v, want %v", c.v, got, c.ok)
		}
	}
	// Without Recognizers' bounds the scorer's own (12–19) do not meet it.
	w.rtParts = false
	if timesMatch(w, []doc.Time{{Value: "2016-11-08TAF"}}, ref) {
		t.Error("the scorer's afternoon met Recognizers' without rtParts")
	}
}

func TestTimesMatchDayEnd(t *testing.T) {
	ref := time.Date(2016, 11, 7, 0, 0, 0, 0, time.UTC)
	// "end of tomorrow": 2016-11-08T23:59:59.
	w := want{kind: kTime, values: []string{"2016-11-08T23:59:59", "2016-11-08 23:59:59"}}
	for _, c := range []struct {
		t  doc.Time
		ok bool
	}{
		{doc.Time{Value: "2016-11-08", Mod: "END"}, true},
		{doc.Time{Value: "2016-11-08"}, false},               // the day, not its end
		{doc.Time{Value: "2016-11-08", Mod: "START"}, false}, // its start
		{doc.Time{Value: "2016-11-09", Mod: "END"}, false},   // another day's end
	} {
		if got := timesMatch(w, []doc.Time{c.t}, ref); got != c.ok {
			t.Errorf("%+v: got %v, want %v", c.t, got, c.ok)
		}
	}
}

func TestWeekendIntervals(t *testing.T) {
	at := func(d, h int) time.Time { return time.Date(2013, 2, d, h, 0, 0, 0, time.UTC) }
	// TimeML's weekend of ISO week 7 is Saturday the 16th and Sunday the 17th.
	f, e, ok := timexInterval("2013-W07-WE")
	if !ok || !f.Equal(at(16, 0)) || !e.Equal(at(18, 0)) {
		t.Errorf("2013-W07-WE: got %v %v %v", f, e, ok)
	}
	if _, _, ok := timexInterval("XXXX-WXX-WE"); ok {
		t.Error("XXXX-WXX-WE read as an interval")
	}
	// Duckling's starts on Friday at 18:00.
	w := want{kind: kTime, from: at(15, 18), to: at(18, 0), parts: true}
	if !timesMatch(w, []doc.Time{{Value: "2013-W07-WE"}}, at(12, 4)) {
		t.Error("this week-end did not meet Duckling's Friday-evening weekend")
	}
	if timesMatch(w, []doc.Time{{Value: "2013-W06-WE"}}, at(12, 4)) {
		t.Error("the week before's weekend met it")
	}
}
