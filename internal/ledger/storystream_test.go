package ledger

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"
)

// synthEvent is an event as news covers it: a kind of event with its own
// vocabulary, a place, and the people quoted about it.
type synthEvent struct {
	kind   []string
	place  string
	people []string
	day    time.Time
}

var synthKinds = [][]string{
	{"flood", "floodwaters", "river", "burst", "banks", "evacuated", "homes", "submerged", "rain"},
	{"earthquake", "quake", "magnitude", "tremor", "collapsed", "buildings", "rubble", "aftershocks", "epicentre"},
	{"strike", "workers", "union", "wages", "walkout", "factory", "pay", "negotiations", "picket"},
	{"election", "vote", "ballots", "turnout", "candidate", "polling", "count", "opposition", "parliament"},
	{"fire", "blaze", "firefighters", "flames", "smoke", "burned", "forest", "hectares", "wind"},
	{"crash", "train", "derailed", "carriages", "passengers", "track", "signal", "railway", "injured"},
}

// synthCommon are words any report may use.
var synthCommon = strings.Fields(`officials government statement local residents police hospital minister morning
	authorities spokesman region national emergency service city town district village family families help support
	began continued remained expected announced warned confirmed described called added asked believed damage workers
	state agency office council public security situation response measures conditions water roads crews centre`)

// article writes one outlet's report of ev: the event's words, its place
// and people, and the words any report has, shuffled and sampled so no two
// reports are alike.
func (ev synthEvent) article(r *rand.Rand, id string, lag int) StoryInput {
	var w []string
	for range 10 {
		w = append(w, ev.kind[r.IntN(len(ev.kind))])
	}
	for range 4 {
		w = append(w, ev.place, ev.people[r.IntN(len(ev.people))])
	}
	for range 50 {
		w = append(w, synthCommon[r.IntN(len(synthCommon))])
	}
	r.Shuffle(len(w), func(i, j int) { w[i], w[j] = w[j], w[i] })
	return StoryInput{
		ID:        id,
		Title:     fmt.Sprintf("%s in %s", ev.kind[0], ev.place),
		Outlet:    fmt.Sprintf("outlet %d", r.IntN(9)),
		Published: ev.day.AddDate(0, 0, lag).Format("2006-01-02"),
		Text:      strings.Join(w, " ") + ".",
		Features:  []string{strings.ToLower(ev.place), strings.ToLower(ev.people[0])},
	}
}

// synthName makes up a capitalised name of letters only (the term
// splitter breaks words at digits).
func synthName(r *rand.Rand) string {
	const cons, vow = "bdfgklmnprstvz", "aeiou"
	b := []byte{cons[r.IntN(len(cons))] - 32}
	for range 2 + r.IntN(2) {
		b = append(b, vow[r.IntN(len(vow))], cons[r.IntN(len(cons))])
	}
	return string(b)
}

// synthStream makes events over days days, each covered by two to five
// outlets within two days, sorted by publication date; gold maps article
// ID to event.
func synthStream(seed uint64, events, days int) (in []StoryInput, gold map[string]int) {
	r := rand.New(rand.NewPCG(seed, 7))
	gold = map[string]int{}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for e := range events {
		ev := synthEvent{
			kind:   synthKinds[r.IntN(len(synthKinds))],
			place:  synthName(r),
			people: []string{synthName(r) + " " + synthName(r), synthName(r) + " " + synthName(r)},
			day:    start.AddDate(0, 0, r.IntN(days)),
		}
		for k := range 2 + r.IntN(4) {
			id := fmt.Sprintf("e%03d-%d", e, k)
			in = append(in, ev.article(r, id, r.IntN(3)))
			gold[id] = e
		}
	}
	sort.SliceStable(in, func(a, b int) bool { return in[a].Published < in[b].Published })
	return in, gold
}

func runStream(t *testing.T, in []StoryInput, opts StreamOptions) ([]Story, *StoryStream) {
	t.Helper()
	var out []Story
	g := NewStoryStream(opts, func(s Story) error { out = append(out, s); return nil })
	for _, a := range in {
		if err := g.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.Flush(); err != nil {
		t.Fatal(err)
	}
	return out, g
}

// Reports of one event by several outlets form one story; reports of
// different events, even of the same kind, stay apart.
func TestStoryStreamGroupsEvents(t *testing.T) {
	in, gold := synthStream(1, 300, 60)
	stories, g := runStream(t, in, StreamOptions{})
	story := map[string]int{}
	for i, s := range stories {
		for _, a := range s.Articles {
			story[a.ID] = i
		}
	}
	var pairs, together, wrong int
	for i := range in {
		for j := i + 1; j < len(in); j++ {
			a, b := in[i].ID, in[j].ID
			si, oki := story[a]
			sj, okj := story[b]
			same := oki && okj && si == sj
			if gold[a] == gold[b] {
				pairs++
				if same {
					together++
				}
			} else if same {
				wrong++
			}
		}
	}
	if recall := float64(together) / float64(pairs); recall < 0.95 {
		t.Errorf("only %d of %d pairs of reports of one event grouped", together, pairs)
	}
	// Events of the same kind in the same days share most of their words;
	// a few may meet.
	if precision := float64(together) / float64(together+wrong); precision < 0.95 {
		t.Errorf("%d pairs of reports of different events grouped together, against %d of one event", wrong, together)
	}
	// Sixty days of 300 events: a window holds a fraction of them.
	if g.MaxLiveSeen > 100 {
		t.Errorf("%d stories live at once; the window should hold far fewer", g.MaxLiveSeen)
	}
	if g.Live() != 0 {
		t.Errorf("%d stories live after Flush", g.Live())
	}
}

// A report published after the window since a story's latest article
// starts a new story, and the old story is emitted when the articles placed
// pass its window, before the stream ends.
func TestStoryStreamWindowExpiry(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	ev := synthEvent{kind: synthKinds[0], place: "Lamu", people: []string{"Amina Odhiambo"}, day: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}
	in := []StoryInput{ev.article(r, "a", 0), ev.article(r, "b", 1), ev.article(r, "c", 2), ev.article(r, "late1", 10), ev.article(r, "late2", 10)}
	var emitted []string
	g := NewStoryStream(StreamOptions{StoryOptions: StoryOptions{Window: 72 * time.Hour}}, func(s Story) error {
		emitted = append(emitted, strings.Join(ids(s.Articles), "+"))
		return nil
	})
	for _, a := range in {
		if err := g.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	// Half a DF window (six days) after the late reports, they are placed,
	// which finishes the first story; the second is still live.
	if err := g.Add(StoryInput{ID: "later", Published: "2025-03-18", Text: "unrelated"}); err != nil {
		t.Fatal(err)
	}
	if len(emitted) != 1 || emitted[0] != "a+b+c" || g.Live() != 1 {
		t.Errorf("after a report a week later, emitted %v with %d live, want [a+b+c] and one live", emitted, g.Live())
	}
	if err := g.Flush(); err != nil {
		t.Fatal(err)
	}
	if want := []string{"a+b+c", "late1+late2"}; strings.Join(emitted, " ") != strings.Join(want, " ") {
		t.Errorf("emitted %v, want %v", emitted, want)
	}
}

// A subject in the news every day for six weeks becomes a run of stories,
// none longer than MaxSpan, so a story never outlives its span in memory.
func TestStoryStreamMaxSpan(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	ev := synthEvent{kind: synthKinds[3], place: "Lamu", people: []string{"Amina Odhiambo"}, day: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}
	var in []StoryInput
	for d := range 42 {
		in = append(in, ev.article(r, fmt.Sprintf("d%02d", d), d))
	}
	stories, _ := runStream(t, in, StreamOptions{StoryOptions: StoryOptions{Window: 72 * time.Hour}, MaxSpan: 10 * 24 * time.Hour})
	n := 0
	for _, s := range stories {
		n += len(s.Articles)
		first, last := publishedDate(s.Articles[0].Published), publishedDate(s.Articles[len(s.Articles)-1].Published)
		if last.Sub(first) > 10*24*time.Hour {
			t.Errorf("story %s spans %s to %s, longer than MaxSpan", s.ID, s.Articles[0].Published, s.Articles[len(s.Articles)-1].Published)
		}
	}
	if len(stories) < 4 || n != len(in) {
		t.Errorf("%d stories holding %d of %d articles; want at least 4 holding all", len(stories), n, len(in))
	}
}

// However many stories one window holds, no more than MaxLive are kept.
func TestStoryStreamMaxLive(t *testing.T) {
	in, _ := synthStream(5, 200, 1) // every event on one day
	for _, limit := range []int{1, 10, 50} {
		var n int
		g := NewStoryStream(StreamOptions{MaxLive: limit}, func(Story) error { n++; return nil })
		for _, a := range in {
			if err := g.Add(a); err != nil {
				t.Fatal(err)
			}
			if g.Live() > limit {
				t.Fatalf("MaxLive %d: %d stories live", limit, g.Live())
			}
		}
		if err := g.Flush(); err != nil {
			t.Fatal(err)
		}
		if g.MaxLiveSeen != limit {
			t.Errorf("MaxLive %d: at most %d live, want the cap reached", limit, g.MaxLiveSeen)
		}
	}
}

// A new article joins the stored story of its event; a stored story that
// gains nothing is not emitted again; a stored single article can be
// joined and keeps its ID as the story's.
func TestStoryStreamIncremental(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	flood := synthEvent{kind: synthKinds[0], place: "Lamu", people: []string{"Amina Odhiambo"}, day: day}
	strike := synthEvent{kind: synthKinds[2], place: "Brenzhausen", people: []string{"Katrin Vogel"}, day: day}
	fire := synthEvent{kind: synthKinds[4], place: "Osora", people: []string{"Mei Santoso"}, day: day}
	var emitted []Story
	g := NewStoryStream(StreamOptions{}, func(s Story) error { emitted = append(emitted, s); return nil })
	seed := []struct {
		a     StoryInput
		story string
	}{
		{flood.article(r, "f1", 0), "F"}, {strike.article(r, "s1", 0), "S"}, {flood.article(r, "f2", 1), "F"},
		{strike.article(r, "s2", 1), "S"}, {fire.article(r, "x1", 1), "x1"},
	}
	for _, s := range seed {
		if err := g.Seed(s.a, s.story); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range []StoryInput{flood.article(r, "f3", 2), fire.article(r, "x2", 2)} {
		if err := g.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.Flush(); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range emitted {
		got[s.ID] = strings.Join(ids(s.Articles), "+")
	}
	want := map[string]string{"F": "f1+f2+f3", "x1": "x1+x2"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("emitted %v, want %v (the unchanged strike story not again)", got, want)
	}
}

func TestPublishedDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2025-03-01", "2025-03-01"}, {"2025-03-01T23:10:00+02:00", "2025-03-01"}, {"", ""}, {"yesterday!", ""},
	} {
		d := publishedDate(c.in)
		got := ""
		if !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("publishedDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
