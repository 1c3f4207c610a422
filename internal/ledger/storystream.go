package ledger

import (
	"container/heap"
	"math"
	"sort"
	"time"
)

// A ledger of a million articles cannot be grouped by GroupStories: it
// holds every article's vector and compares every pair that shares a term.
// StoryStream groups articles one at a time in publication order instead.
// News stories are short-lived, so only stories whose latest article is
// within the window of the article being placed are kept in memory (live);
// a story that falls out of the window is finished, handed to the caller to
// be written, and forgotten. Memory is then bounded by how many articles a
// window holds, not by the size of the ledger.
//
// An article joins the live story whose members it is closest to on
// average (the mean cosine between it and each member, which is average
// linkage between a single article and a group, as in GroupStories) when
// that mean reaches the threshold, and starts a story of its own otherwise.
// Candidate stories are found through an inverted index from each story's
// heaviest terms (rare words and names weigh most under TF-IDF) to the live
// stories that hold them, so an article is compared only with stories that
// share one of its own heaviest terms.
//
// Document frequencies are counted over the articles of a longer window
// centred on each article (DFWindow; an article waits until half of it has
// been read before it is placed), not the whole ledger: what is rare this
// week is what tells this week's stories apart (in the week of an
// earthquake, "quake" says little), a story's first article is weighed with
// the same statistics as its last, and a run that starts from stored
// stories part-way through the ledger sees the statistics a full run saw.

// StreamOptions tune a StoryStream.
type StreamOptions struct {
	StoryOptions
	// DFWindow is the span of articles, centred on the one being placed,
	// over which document frequencies are counted (four story windows when
	// zero).
	DFWindow time.Duration
	// MaxSpan is how long after its first article a story stays open
	// (fourteen days when zero): a subject covered every day for months (a
	// war, a town in the news week after week) becomes a run of stories of
	// at most this span, related by topic, rather than one story that never
	// leaves memory.
	MaxSpan time.Duration
	// MaxLive caps the live stories (100,000 when zero): beyond it the
	// story whose latest article is oldest is finished early. It bounds
	// memory when a burst of articles puts more stories in one window than
	// memory should hold.
	MaxLive int
}

func (o *StreamOptions) defaults() {
	o.StoryOptions.defaults()
	if o.DFWindow == 0 {
		o.DFWindow = 4 * o.Window
	}
	if o.MaxLive == 0 {
		o.MaxLive = 100_000
	}
	if o.MaxSpan == 0 {
		o.MaxSpan = 14 * 24 * time.Hour
	}
}

const (
	// streamIndexTerms is how many of an article's heaviest terms index its
	// story and look up candidates for it.
	streamIndexTerms = 12
	// storyIndexTerms caps the terms one story is indexed under, so a
	// long-running story does not end up under every word.
	storyIndexTerms = 64
	// maxCentroidTerms caps a story's summed vector; beyond it the lightest
	// terms are dropped (they hardly move a cosine).
	maxCentroidTerms  = 600
	keepCentroidTerms = 400
	// maxCandidates is the most stories an article is compared with.
	maxCandidates = 64
	// maxPosting is the most live stories one term may point to and still
	// make candidates: a term that many live stories share is not rare.
	maxPosting = 2000
)

// StoryStream groups articles fed in publication order into stories. Use
// NewStoryStream, Add each article (and Seed those of stories stored by an
// earlier run), then Flush.
type StoryStream struct {
	opts StreamOptions
	emit func(Story) error

	clock  time.Time // date of the article last placed
	newest time.Time // date of the article last added

	pending  []pendingArticle
	pendHead int
	slots    []*liveStory // by slot; nil when free
	free     []int32
	nLive    int
	bySeq    storyHeap // live stories by latest article, oldest first
	post     map[uint64][]int32
	seed     map[string]int32 // stored story ID → slot

	df      map[uint64]int32
	dfQueue []dfEntry
	dfHead  int

	stamp   []uint32 // per slot, for deduplicating candidates
	stampNo uint32
	shared  []uint8 // per slot, terms shared with the article placed
	cands   []int32

	// MaxLiveSeen is the largest number of live stories held at once.
	MaxLiveSeen int
}

type dfEntry struct {
	date  time.Time
	terms []uint64
}

// liveStory is a story still open to new articles.
type liveStory struct {
	id, title string
	stored    bool // seeded from a story stored by an earlier run
	changed   bool // a stored story that gained an article in this run
	articles  []StoryInput
	sum       termVector // sum of the members' unit vectors
	first     time.Time
	last      time.Time
	version   int
	index     []uint64 // the terms it is posted under
	features  map[string]int
}

// NewStoryStream returns a grouper that calls emit with each finished
// story: every story of two or more articles, and every stored story that
// gained an article.
func NewStoryStream(opts StreamOptions, emit func(Story) error) *StoryStream {
	opts.defaults()
	return &StoryStream{opts: opts, emit: emit, post: map[uint64][]int32{}, seed: map[string]int32{}, df: map[uint64]int32{}}
}

// Live returns how many stories are held in memory.
func (g *StoryStream) Live() int { return g.nLive }

// Add places one article: it joins the closest live story or starts one.
// Articles must come in publication order; an undated one is placed at the
// time of the article before it.
func (g *StoryStream) Add(a StoryInput) error {
	return g.push(a, "")
}

// Seed adds an article that an earlier run put in the stored story
// storyID: it joins that story whatever its similarity, so stored stories
// keep their members and new articles can join them.
func (g *StoryStream) Seed(a StoryInput, storyID string) error {
	return g.push(a, storyID)
}

// pendingArticle is an article counted into the document frequencies and
// waiting for the articles after it to be counted too.
type pendingArticle struct {
	a       StoryInput
	storyID string
	date    time.Time
	tf      termVector // raw term counts
}

// push counts the article's terms and places the articles that now have
// half a DF window of later articles counted.
func (g *StoryStream) push(a StoryInput, storyID string) error {
	date := publishedDate(a.Published)
	if date.IsZero() || date.Before(g.newest) {
		date = g.newest
	}
	g.newest = date
	tf := map[uint64]float64{}
	storyWeights.terms(a, func(t string, w float64) { tf[hashTerm(t)] += w })
	a.Text = "" // only the counts are kept
	p := pendingArticle{a: a, storyID: storyID, date: date}
	for t, c := range tf {
		p.tf.terms = append(p.tf.terms, t)
		p.tf.w = append(p.tf.w, float32(c))
		g.df[t]++
	}
	g.dfQueue = append(g.dfQueue, dfEntry{date: date, terms: p.tf.terms})
	g.pending = append(g.pending, p)
	half := g.opts.DFWindow / 2
	for g.pendHead < len(g.pending) && !g.pending[g.pendHead].date.Add(half).After(date) {
		if err := g.placeNext(); err != nil {
			return err
		}
	}
	return nil
}

// placeNext places the oldest pending article.
func (g *StoryStream) placeNext() error {
	p := g.pending[g.pendHead]
	g.pending[g.pendHead] = pendingArticle{}
	g.pendHead++
	if g.pendHead > 1024 && g.pendHead*2 > len(g.pending) {
		g.pending = append(g.pending[:0], g.pending[g.pendHead:]...)
		g.pendHead = 0
	}
	return g.place(p)
}

func (g *StoryStream) place(p pendingArticle) error {
	a, storyID, date := p.a, p.storyID, p.date
	if date.After(g.clock) {
		g.clock = date
		if err := g.expire(date.Add(-g.opts.Window)); err != nil {
			return err
		}
	}
	v := g.vector(p.tf, date)
	top := topTerms(v, streamIndexTerms)

	slot := int32(-1)
	if storyID != "" {
		if s, ok := g.seed[storyID]; ok {
			slot = s
		}
	} else {
		slot = g.best(v, top)
		if slot >= 0 && g.slots[slot].stored {
			g.slots[slot].changed = true
		}
	}
	joined := slot >= 0 && storyID == ""
	if slot < 0 {
		var err error
		if slot, err = g.open(a, storyID); err != nil {
			return err
		}
	}
	s := g.slots[slot]
	s.articles = append(s.articles, a)
	s.sum = addVectors(s.sum, 1, v, 1)
	if len(s.sum.terms) > maxCentroidTerms {
		s.sum = pruneVector(s.sum, keepCentroidTerms)
	}
	for _, f := range a.Features {
		s.features[f]++
	}
	s.last = date
	s.version++
	heap.Push(&g.bySeq, storyAt{date, slot, s.version})
	g.indexUnder(slot, top)
	if joined {
		// An article that started a story of its own was below the
		// threshold with every candidate, so its story can merge with none.
		g.mergeNear(slot, top)
	}
	return nil
}

// indexUnder posts the story in slot under the terms it is not posted
// under yet, up to storyIndexTerms.
func (g *StoryStream) indexUnder(slot int32, terms []uint64) {
	s := g.slots[slot]
	for _, t := range terms {
		if len(s.index) >= storyIndexTerms {
			break
		}
		if !containsTerm(s.index, t) {
			s.index = append(s.index, t)
			g.post[t] = append(g.post[t], slot)
		}
	}
}

// mergeNear merges into the story in slot the live story closest to it by
// average linkage (the mean cosine between their members), when that
// reaches the threshold: an article that joined one story may be what two
// reports written from different angles had in common, as agglomeration
// over the whole set would find. Two stored stories are never merged (both
// are already saved).
func (g *StoryStream) mergeNear(slot int32, top []uint64) {
	s := g.slots[slot]
	other, bestSim := int32(-1), g.opts.Threshold
	for _, o := range g.candidates(top, slot) {
		c := g.slots[o]
		if (s.stored && c.stored) || g.closed(c) {
			continue
		}
		if sim := s.sum.dot(c.sum) / float64(len(s.articles)*len(c.articles)); sim >= bestSim {
			other, bestSim = o, sim
		}
	}
	if other < 0 {
		return
	}
	into, from := slot, other
	if g.slots[other].stored || (!s.stored && g.slots[other].articles[0].Published < s.articles[0].Published) {
		into, from = other, slot // keep the stored story, or the older one
	}
	a, b := g.slots[into], g.slots[from]
	a.articles = mergeByDate(a.articles, b.articles)
	if a.stored {
		a.changed = true
	} else {
		a.title, a.id = a.articles[0].Title, a.articles[0].ID
	}
	a.sum = addVectors(a.sum, 1, b.sum, 1)
	if len(a.sum.terms) > maxCentroidTerms {
		a.sum = pruneVector(a.sum, keepCentroidTerms)
	}
	for f, c := range b.features {
		a.features[f] += c
	}
	if b.last.After(a.last) {
		a.last = b.last
	}
	if b.first.Before(a.first) {
		a.first = b.first
	}
	a.version++
	heap.Push(&g.bySeq, storyAt{a.last, into, a.version})
	index := b.index
	g.drop(from)
	g.indexUnder(into, index)
}

// best returns the live story closest to v on average, or -1 when none
// reaches the threshold.
func (g *StoryStream) best(v termVector, top []uint64) int32 {
	bestSlot, bestSim := int32(-1), g.opts.Threshold
	for _, slot := range g.candidates(top, -1) {
		s := g.slots[slot]
		if g.closed(s) {
			continue
		}
		if sim := v.dot(s.sum) / float64(len(s.articles)); sim >= bestSim {
			bestSlot, bestSim = slot, sim
		}
	}
	return bestSlot
}

// closed reports whether a live story has reached its longest span and
// takes no more articles (it stays live until its window passes, so the
// index still finds it, but it is skipped).
func (g *StoryStream) closed(s *liveStory) bool {
	return !s.first.IsZero() && g.clock.Sub(s.first) > g.opts.MaxSpan
}

// candidates returns the live stories (other than skip) indexed under any
// of the terms, those under most of them first, at most maxCandidates:
// counting shared terms is cheap where a cosine is not, and a story that
// shares one term out of twelve is rarely the closest.
func (g *StoryStream) candidates(terms []uint64, skip int32) []int32 {
	g.stampNo++
	g.cands = g.cands[:0]
	for _, t := range terms {
		p := g.post[t]
		if len(p) > maxPosting {
			continue
		}
		for _, slot := range p {
			if slot == skip {
				continue
			}
			if g.stamp[slot] != g.stampNo {
				g.stamp[slot] = g.stampNo
				g.shared[slot] = 0
				g.cands = append(g.cands, slot)
			}
			g.shared[slot]++
		}
	}
	if len(g.cands) > maxCandidates {
		sort.Slice(g.cands, func(a, b int) bool {
			if g.shared[g.cands[a]] != g.shared[g.cands[b]] {
				return g.shared[g.cands[a]] > g.shared[g.cands[b]]
			}
			return g.cands[a] < g.cands[b]
		})
		g.cands = g.cands[:maxCandidates]
	}
	return g.cands
}

// open starts a live story, finishing the oldest one first when the cap on
// live stories is reached.
func (g *StoryStream) open(a StoryInput, storyID string) (int32, error) {
	for g.nLive >= g.opts.MaxLive && g.bySeq.Len() > 0 {
		if err := g.finishOldest(); err != nil {
			return -1, err
		}
	}
	var slot int32
	if n := len(g.free); n > 0 {
		slot = g.free[n-1]
		g.free = g.free[:n-1]
	} else {
		slot = int32(len(g.slots))
		g.slots = append(g.slots, nil)
		g.stamp = append(g.stamp, 0)
		g.shared = append(g.shared, 0)
	}
	s := &liveStory{id: a.ID, title: a.Title, features: map[string]int{}, first: g.clock}
	if storyID != "" {
		s.id, s.stored = storyID, true
		g.seed[storyID] = slot
	}
	g.slots[slot] = s
	g.nLive++
	g.MaxLiveSeen = max(g.MaxLiveSeen, g.nLive)
	return slot, nil
}

// expire finishes the live stories whose latest article is before cutoff.
func (g *StoryStream) expire(cutoff time.Time) error {
	for g.bySeq.Len() > 0 && g.bySeq[0].last.Before(cutoff) {
		if err := g.finishOldest(); err != nil {
			return err
		}
	}
	return nil
}

// finishOldest finishes the live story whose latest article is oldest,
// skipping heap entries made stale by a later article.
func (g *StoryStream) finishOldest() error {
	for g.bySeq.Len() > 0 {
		e := heap.Pop(&g.bySeq).(storyAt)
		s := g.slots[e.slot]
		if s == nil || s.version != e.version {
			continue
		}
		return g.finish(e.slot)
	}
	return nil
}

// finish removes a story from memory and the index and emits it.
func (g *StoryStream) finish(slot int32) error {
	s := g.slots[slot]
	g.drop(slot)
	if (s.stored && !s.changed) || (!s.stored && len(s.articles) < 2) {
		return nil
	}
	return g.emit(s.story())
}

// drop removes a story from memory and the index.
func (g *StoryStream) drop(slot int32) {
	s := g.slots[slot]
	for _, t := range s.index {
		p := g.post[t]
		for i, x := range p {
			if x == slot {
				p[i] = p[len(p)-1]
				p = p[:len(p)-1]
				break
			}
		}
		if len(p) == 0 {
			delete(g.post, t)
		} else {
			g.post[t] = p
		}
	}
	if s.stored {
		delete(g.seed, s.id)
	}
	g.slots[slot] = nil
	g.free = append(g.free, slot)
	g.nLive--
}

// Flush finishes every live story.
func (g *StoryStream) Flush() error {
	for g.pendHead < len(g.pending) {
		if err := g.placeNext(); err != nil {
			return err
		}
	}
	for g.bySeq.Len() > 0 {
		if err := g.finishOldest(); err != nil {
			return err
		}
	}
	return nil
}

func (s *liveStory) story() Story {
	out := Story{ID: s.id, Title: s.title, Articles: s.articles, centroid: s.sum}
	n := len(s.articles)
	for f, c := range s.features {
		if c*2 > n || c == n {
			out.Shared = append(out.Shared, f)
		}
	}
	sort.Slice(out.Shared, func(a, b int) bool {
		if s.features[out.Shared[a]] != s.features[out.Shared[b]] {
			return s.features[out.Shared[a]] > s.features[out.Shared[b]]
		}
		return out.Shared[a] < out.Shared[b]
	})
	return out
}

// vector returns the article's unit TF-IDF vector from its term counts,
// with document frequencies over the articles published within half a DF
// window either side of it. Terms are hashed, so no vocabulary is kept.
func (g *StoryStream) vector(tf termVector, date time.Time) termVector {
	from := date.Add(-g.opts.DFWindow / 2)
	for g.dfHead < len(g.dfQueue) && g.dfQueue[g.dfHead].date.Before(from) {
		for _, t := range g.dfQueue[g.dfHead].terms {
			if g.df[t]--; g.df[t] <= 0 {
				delete(g.df, t)
			}
		}
		g.dfQueue[g.dfHead] = dfEntry{}
		g.dfHead++
	}
	if g.dfHead > 1024 && g.dfHead*2 > len(g.dfQueue) {
		g.dfQueue = append(g.dfQueue[:0], g.dfQueue[g.dfHead:]...)
		g.dfHead = 0
	}
	n := float64(len(g.dfQueue) - g.dfHead)
	var v termVector
	for i, t := range tf.terms {
		d := float64(g.df[t])
		if d < 2 || (n >= 200 && d > n/2) {
			continue
		}
		v.terms = append(v.terms, t)
		v.w = append(v.w, float32((1+math.Log(float64(tf.w[i])))*math.Log((n+smoothDocs)/d)))
	}
	sort.Sort(byTerm(v))
	return normalise(v)
}

// hashTerm is 64-bit FNV-1a: with a million distinct terms a collision is
// about a one-in-ten-million chance.
func hashTerm(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mergeByDate merges two lists of articles in publication order.
func mergeByDate(a, b []StoryInput) []StoryInput {
	out := make([]StoryInput, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || (i < len(a) && a[i].Published <= b[j].Published) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// pruneVector keeps v's k heaviest terms.
func pruneVector(v termVector, k int) termVector {
	keep := topTerms(v, k)
	sort.Slice(keep, func(a, b int) bool { return keep[a] < keep[b] })
	var out termVector
	j := 0
	for i, t := range v.terms {
		if j < len(keep) && keep[j] == t {
			out.terms = append(out.terms, t)
			out.w = append(out.w, v.w[i])
			j++
		}
	}
	return out
}

func containsTerm(ts []uint64, t uint64) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// publishedDate reads the date of a stored published value
// ("2025-03-01" or a full timestamp); zero when there is none.
func publishedDate(p string) time.Time {
	if len(p) < 10 {
		return time.Time{}
	}
	d, err := time.Parse("2006-01-02", p[:10])
	if err != nil {
		return time.Time{}
	}
	return d
}

type storyAt struct {
	last    time.Time
	slot    int32
	version int
}

type storyHeap []storyAt

func (h storyHeap) Len() int           { return len(h) }
func (h storyHeap) Less(i, j int) bool { return h[i].last.Before(h[j].last) }
func (h storyHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *storyHeap) Push(x any)        { *h = append(*h, x.(storyAt)) }
func (h *storyHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
