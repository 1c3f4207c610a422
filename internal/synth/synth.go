// Package synth writes synthetic news articles for scale tests: a ledger of
// a million articles cannot be built from the annotated corpora, which hold a
// few thousand texts between them, and must not be built from copied news.
//
// The articles are shaped like the reports crosscheck exists for: an event
// (a flood, a dam failure, a strike, clashes…) in a place, covered by several
// outlets over a few days; each article gives attributed and hedged figures
// ("at least 40 people were killed, police said"), quotes, dates relative to
// publication, the occasional verification caveat, and background sentences.
// Articles about the same event share names, places and figures, so story
// grouping and figure series have real work to do at scale. Everything is
// derived from a seed: the same seed and count give the same articles.
//
// The text is generated, not realistic prose, and is for measuring speed and
// memory, never accuracy.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Article is one generated article, with the fields the JSONL reader takes.
type Article struct {
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// Options shape a generated corpus.
type Options struct {
	// Seed makes the corpus reproducible.
	Seed uint64
	// PerStory is the largest number of articles about one event (6 when
	// zero); each event gets between 1 and PerStory.
	PerStory int
	// Start is the first publication date (2025-01-01 when zero); events
	// are spread over the following two years.
	Start time.Time
}

var (
	outlets = []string{"The Valley Courier", "Northern Ledger", "Harbour Times", "The Plains Herald", "Coastline Daily",
		"Capital Wire", "The Morning Sentinel", "Riverside Post", "Eastern Observer", "The Highland Gazette",
		"Metro Bulletin", "The Frontier Dispatch", "Southern Chronicle", "The Evening Record", "Island Report",
		"Continental Press Agency", "The Weekly Monitor", "Lakeside Tribune", "The Union Standard", "Borderland News"}
	// Places are real countries with invented towns, so the gazetteer has
	// countries to resolve and the towns stay fictional.
	countries = []string{"Kenya", "Peru", "Indonesia", "Pakistan", "Nigeria", "Chile", "Turkey", "Bangladesh",
		"Ukraine", "Sudan", "Mexico", "Philippines", "Nepal", "Ethiopia", "Colombia", "Morocco", "Vietnam", "Brazil"}
	townA   = []string{"Kal", "Mar", "Sen", "Tor", "Bel", "Ran", "Os", "Vel", "Dun", "Ash", "Lin", "Qua", "Zem", "Far"}
	townB   = []string{"ora", "ino", "ett", "ubi", "ask", "ova", "endi", "aro", "ulay", "imba", "ester", "ay"}
	first   = []string{"Amina", "Daniel", "Lucia", "Tomas", "Grace", "Hassan", "Mei", "Pavel", "Ruth", "Kofi", "Elena", "Omar", "Sofia", "Jonas", "Priya", "Mateo"}
	last    = []string{"Achieng", "Moreno", "Santoso", "Qureshi", "Okafor", "Rojas", "Demir", "Rahman", "Kovalenko", "Idris", "Herrera", "Cruz", "Thapa", "Bekele", "Vargas", "Alaoui"}
	roles   = []string{"a spokeswoman for the interior ministry", "the regional governor", "a police spokesman", "the head of the local hospital", "a senior army officer", "the mayor", "a coordinator for the Red Cross", "a local council member"}
	bodies  = []string{"the interior ministry", "police", "the health ministry", "the army", "local officials", "the UN humanitarian office", "rescue services", "the provincial government"}
	weekday = []string{"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "late on Sunday", "earlier this week", "last week"}
	cues    = []string{"said", "told reporters", "said in a statement", "told local radio", "said at a news conference", "wrote on social media"}
	hedges  = []string{"at least %s", "around %s", "more than %s", "%s", "nearly %s", "up to %s", "some %s", "an estimated %s"}
	quotes  = []string{
		"“We are doing everything we can to reach the people of %s,” said %s, %s.",
		"“Nobody in %s has slept since it happened,” %s, %s, told reporters.",
		"“The people of %s were warned too late,” said %s, %s.",
		"“We still do not know how many families in %s have lost someone,” said %s, %s.",
	}
	filler = []string{
		"Roads into the area remained closed and mobile phone coverage was patchy.",
		"Aid groups said they were struggling to reach villages cut off by the damage.",
		"Residents described scenes of confusion as families searched for relatives.",
		"The government promised an inquiry into how the authorities had responded.",
		"Schools and a sports hall were turned into temporary shelters.",
		"Opposition politicians accused the government of ignoring earlier warnings.",
		"Heavy rain was forecast for the coming days, which could hamper the work.",
		"Neighbouring countries offered help, and a first aid convoy arrived overnight.",
		"Prices of food and fuel rose sharply in local markets.",
		"Television images showed collapsed buildings and streets covered in debris.",
	}
)

type event struct {
	kind     string
	headline string
	measures []measure
}

type measure struct {
	noun, verb string // "people", "were killed"
	lo, hi     int
}

var events = []event{
	{"flood", "Floods hit %s", []measure{{"people", "were killed", 10, 300}, {"people", "were displaced", 1000, 90000}, {"homes", "were destroyed", 100, 5000}}},
	{"dam", "Dam gives way above %s", []measure{{"people", "were killed", 5, 200}, {"people", "are missing", 10, 400}, {"people", "were injured", 20, 600}}},
	{"quake", "Earthquake strikes near %s", []measure{{"people", "were killed", 20, 2000}, {"people", "were injured", 100, 8000}, {"buildings", "collapsed", 50, 3000}}},
	{"clash", "Clashes erupt in %s", []measure{{"soldiers", "were killed", 5, 400}, {"civilians", "were wounded", 10, 900}, {"troops", "were deployed", 500, 15000}}},
	{"strike", "Miners strike in %s", []measure{{"workers", "walked out", 500, 40000}, {"people", "were arrested", 10, 300}}},
	{"fire", "Factory fire in %s", []measure{{"workers", "were killed", 3, 120}, {"people", "were treated in hospital", 10, 300}}},
	{"protest", "Protests spread to %s", []measure{{"protesters", "were arrested", 20, 2000}, {"people", "were injured", 10, 500}, {"police officers", "were deployed", 300, 9000}}},
}

// Generate calls fn with n articles, in publication order within each
// event; it stops at fn's first error and returns it.
func Generate(n int, opts Options, fn func(Article) error) error {
	per := opts.PerStory
	if per <= 0 {
		per = 6
	}
	start := opts.Start
	if start.IsZero() {
		start = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	r := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15))
	written := 0
	for story := 0; written < n; story++ {
		g := newStory(r, story, start)
		k := 1 + r.IntN(per)
		for i := 0; i < k && written < n; i++ {
			if err := fn(g.article(r, i, written)); err != nil {
				return err
			}
			written++
		}
	}
	return nil
}

// story is one event and the facts its articles share.
type story struct {
	ev       event
	town     string
	country  string
	day      time.Time
	people   []string // named sources
	roles    []string
	figures  []int // one per measure: the "true" value each article varies around
	narrator int   // which outlet broke it
}

func newStory(r *rand.Rand, n int, start time.Time) *story {
	ev := events[r.IntN(len(events))]
	s := &story{
		ev:      ev,
		town:    townA[r.IntN(len(townA))] + townB[r.IntN(len(townB))],
		country: countries[r.IntN(len(countries))],
		day:     start.AddDate(0, 0, r.IntN(730)),
	}
	for range 3 {
		s.people = append(s.people, first[r.IntN(len(first))]+" "+last[r.IntN(len(last))])
		s.roles = append(s.roles, roles[r.IntN(len(roles))])
	}
	for _, m := range ev.measures {
		s.figures = append(s.figures, m.lo+r.IntN(m.hi-m.lo+1))
	}
	s.narrator = n % len(outlets)
	return s
}

func (s *story) article(r *rand.Rand, i, serial int) Article {
	outlet := outlets[(s.narrator+i*7+r.IntN(3))%len(outlets)]
	pub := s.day.AddDate(0, 0, i/2+r.IntN(2))
	var b strings.Builder
	place := s.town + ", " + s.country
	fmt.Fprintf(&b, "%s %s in the town of %s, %s, officials said, as emergency crews worked through the night.\n\n",
		capital(weekday[r.IntN(len(weekday))]), lead(s.ev.kind), s.town, s.country)
	sentences := 8 + r.IntN(10)
	for j := 0; j < sentences; j++ {
		switch r.IntN(6) {
		case 0, 1: // an attributed, hedged figure
			m := r.IntN(len(s.ev.measures))
			fmt.Fprintf(&b, "%s %s, %s %s.", capital(s.figure(r, m)), s.ev.measures[m].verb, s.source(r), cues[r.IntN(len(cues))])
		case 2: // a quote
			p := r.IntN(len(s.people))
			fmt.Fprintf(&b, quotes[r.IntN(len(quotes))], s.town, s.people[p], s.roles[p])
		case 3: // according to
			m := r.IntN(len(s.ev.measures))
			fmt.Fprintf(&b, "According to %s, %s %s %s.", bodies[r.IntN(len(bodies))], s.figure(r, m), s.ev.measures[m].verb, weekday[r.IntN(len(weekday))])
		case 4:
			if r.IntN(4) == 0 {
				fmt.Fprintf(&b, "%s could not independently verify the figures.", outlet)
			} else {
				b.WriteString(filler[r.IntN(len(filler))])
			}
		default:
			b.WriteString(filler[r.IntN(len(filler))])
		}
		if j%3 == 2 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	slug := strings.ToLower(strings.ReplaceAll(s.town, " ", "-"))
	return Article{
		Title:     fmt.Sprintf(s.ev.headline, place),
		Outlet:    outlet,
		URL:       fmt.Sprintf("https://example.org/%s/%s/%d", strings.ToLower(strings.ReplaceAll(outlet, " ", "-")), slug, serial),
		Published: pub.Format("2006-01-02"),
		Text:      strings.TrimSpace(b.String()),
	}
}

// figure renders measure m's count as one source might give it: hedged,
// rounded, sometimes a range, varying around the story's value.
func (s *story) figure(r *rand.Rand, m int) string {
	v := s.figures[m]
	v = v + r.IntN(v/4+1) - v/8
	noun := s.ev.measures[m].noun
	if r.IntN(6) == 0 {
		return fmt.Sprintf("between %s and %s %s", number(v), number(v+v/3+1), noun)
	}
	return fmt.Sprintf(hedges[r.IntN(len(hedges))], number(v)) + " " + noun
}

func (s *story) source(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return bodies[r.IntN(len(bodies))]
	}
	p := r.IntN(len(s.people))
	return s.people[p] + ", " + s.roles[p] + ","
}

func lead(kind string) string {
	switch kind {
	case "flood":
		return "floodwaters swept through homes"
	case "dam":
		return "a dam wall gave way above homes"
	case "quake":
		return "a strong earthquake brought down buildings"
	case "clash":
		return "fighting broke out between rival forces"
	case "strike":
		return "thousands of miners stopped work"
	case "fire":
		return "a fire tore through a textile factory"
	default:
		return "crowds marched through the streets"
	}
}

// number writes n with thousands separators, as news copy does.
func number(n int) string {
	s := fmt.Sprint(n)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
