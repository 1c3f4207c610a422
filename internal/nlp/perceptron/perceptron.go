// Package perceptron is the averaged perceptron every statistical model of
// crosscheck's language core is built on (tagger, parser, NER).
//
// Features are 64-bit hashes (see Hash and Mix): the caller hashes each
// token's strings once and mixes them with a template id, so no string is
// built per feature. A trained Model keeps, for each feature it has seen, a
// sparse row of (class, weight) pairs in one flat array, found through an
// open-addressing table; scoring a class set is then a few memory reads per
// feature and no allocation. A Trainer learns the weights with lazy averaging
// (Collins 2002; Daumé's trick) so that updates touch only the classes that
// changed.
package perceptron

import (
	"bufio"
	"compress/gzip"

	"encoding/binary"
	"encoding/json"
	"errors"
	kgzip "github.com/klauspost/compress/gzip"
	"io"
	"math"
	"runtime"
	"sort"
)

// FNV-1a constants.
const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// Hash returns the FNV-1a hash of s.
func Hash(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

// Mix combines a feature template id with a value hash into a feature key.
// It is a cheap bijective mixer (from SplitMix64) so that different
// templates over the same value do not collide.
func Mix(tmpl uint64, v uint64) uint64 {
	z := v ^ (tmpl * 0x9e3779b97f4a7c15)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	z ^= z >> 31
	if z == 0 {
		z = 1
	}
	return z
}

// Mix2 combines a template with two value hashes.
func Mix2(tmpl, a, b uint64) uint64 { return Mix(tmpl, a*0x100000001b3^(b+0x7f4a7c159e3779b9)) }

// Mix3 combines a template with three value hashes.
func Mix3(tmpl, a, b, c uint64) uint64 {
	return Mix(tmpl, (a*0x100000001b3^(b+0x7f4a7c159e3779b9))*0x100000001b3^(c+0x2545f4914f6cdd1d))
}

// Model is a trained, read-only averaged perceptron.
//
// Its layout is built for scoring speed, which is bound by memory latency.
// Features are found by linear probing in an open-addressing table whose
// slots hold a 32-bit fingerprint of the feature key. Where the weights of
// the feature found at slot i live depends on the model:
//
//   - at most three classes (the parser's moves): in the slot itself
//     (dslot), so a feature costs one cache miss;
//   - a model read from a file (weights quantised to 16 bits) with fewer
//     than 255 classes (tagger, labeller, NER): the probe table holds only
//     the fingerprints (4 bytes a slot, small enough to stay mostly in
//     cache) and slot i of a parallel array holds the first nine (class,
//     quantised weight) entries of the row — all of most rows — in 32
//     bytes that never straddle a cache line; longer rows continue in
//     qents, 4 bytes an entry. One miss for most features, a branch-free
//     sum, and long rows half the size of float entries.
//   - otherwise (a model fresh from training): the slot holds the
//     fingerprint and the offset of the row in ents, a header entry with
//     its length then the entries.
//
// The geometry (table size, probe order, fingerprints) is the same in all
// three, so a layout never changes which weights a feature gets, and a
// quantised weight is expanded exactly as Read expands it, so it never
// changes their values either. The full keys and rows are kept apart,
// cold, for writing and pruning.
type Model struct {
	NClasses int
	// Cold: rows in build order.
	keys     []uint64
	rowStart []uint32
	cls      []uint16
	w        []float32
	// Hot.
	dense []dslot  // at most three classes
	fps   []uint32 // quantised: fingerprints, 0 marks empty
	slots []qslot  // … and the rows' first entries, by slot
	qents []qent   // … and the rest of long rows
	scale float32  // … and the weight of one quantisation step
	table []uint64 // otherwise: fingerprint<<32 | offset into ents; 0 marks empty
	ents  []ent    // … and the rows
	mask  uint64
	// q holds the quantised weights while a model read from a file is
	// built.
	q []int16
}

type ent struct {
	cls uint32
	w   float32
}

type dslot struct {
	fp uint32
	w  [3]float32
}

// inlineN is the number of entries a qslot holds (scoreQuant's sum is
// unrolled for nine).
const inlineN = 9

// noClass is the class of a qslot's unused entries: their zero weight is
// added to a scratch score, not to a real class.
const noClass = 255

// qslot holds the first inlineN entries of a row; entries inlineN..n-1
// are qents[off:off+n-inlineN].
type qslot struct {
	q   [inlineN]int16
	cls [inlineN]uint8
	n   uint8 // row length: at most NClasses, so below 255
	off uint32
}

// qent is a quantised entry of a long row.
type qent struct {
	q   int16
	cls uint8
	_   uint8
}

// weight expands a quantised weight exactly as parse does. The explicit
// conversion keeps the compiler from fusing the product into a later sum.
func weight(q int16, scale float32) float32 { return float32(float32(q) * scale) }

func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

// Score sets scores[c] to the sum of weights of feats for every class c.
// len(scores) must be NClasses. Each class sums its weights in the order
// of feats, so that the result does not depend on the table layout.
func (m *Model) Score(feats []uint64, scores []float32) {
	clear(scores)
	if len(m.keys) == 0 {
		return
	}
	if m.slots != nil {
		var acc [256]float32
		for len(feats) > 0 {
			n := min(len(feats), maxBatch)
			m.scoreQuant(feats[:n], &acc)
			feats = feats[n:]
		}
		copy(scores, acc[:])
		runtime.KeepAlive(m) // the tables may live outside the Go heap (hotSlice)
		return
	}
	for len(feats) > 0 {
		n := min(len(feats), maxBatch)
		if m.dense != nil {
			m.scoreDense(feats[:n], scores)
		} else {
			m.scoreBatch(feats[:n], scores)
		}
		feats = feats[n:]
	}
	runtime.KeepAlive(m)
}

// scoreQuant scores at most maxBatch features into acc, indexed by class,
// in phases whose memory loads do not depend on each other (see
// scoreBatch): the fingerprints, the slots found, the first entry beyond
// the slot of each long row, then the sums.
func (m *Model) scoreQuant(feats []uint64, acc *[256]float32) {
	var first [maxBatch]uint32
	var found [maxBatch]uint32
	var lens [maxBatch]uint8
	var next [maxBatch]qent
	fps, slots, qents, mask, scale := m.fps, m.slots, m.qents, m.mask, m.scale
	for j, f := range feats {
		first[j] = fps[f&mask]
	}
	n := 0
	for j, f := range feats {
		fp := fingerprint(f)
		i := f & mask
		x := first[j]
		for x != fp {
			if x == 0 {
				break
			}
			i = (i + 1) & mask
			x = fps[i]
		}
		if x == fp {
			found[n] = uint32(i)
			n++
		}
	}
	for j := 0; j < n; j++ {
		lens[j] = slots[found[j]].n
	}
	for j := 0; j < n; j++ {
		if lens[j] > inlineN {
			next[j] = qents[slots[found[j]].off]
		}
	}
	for j := 0; j < n; j++ {
		s := &slots[found[j]]
		// Unrolled: the compiler keeps the loop's counter and branch.
		acc[s.cls[0]] += weight(s.q[0], scale)
		acc[s.cls[1]] += weight(s.q[1], scale)
		acc[s.cls[2]] += weight(s.q[2], scale)
		acc[s.cls[3]] += weight(s.q[3], scale)
		acc[s.cls[4]] += weight(s.q[4], scale)
		acc[s.cls[5]] += weight(s.q[5], scale)
		acc[s.cls[6]] += weight(s.q[6], scale)
		acc[s.cls[7]] += weight(s.q[7], scale)
		acc[s.cls[8]] += weight(s.q[8], scale)
		if lens[j] > inlineN {
			acc[next[j].cls] += weight(next[j].q, scale)
			for _, e := range qents[s.off+1 : s.off+uint32(lens[j])-inlineN] {
				acc[e.cls] += weight(e.q, scale)
			}
		}
	}
}

// scoreDense is scoreBatch for models whose weights sit in the table
// slots: first load every feature's home slot, each load independent of
// the others so that the cache misses overlap, then walk the probes from
// there. (A loop that only touches the slots is not enough: the compiler
// drops loads whose values are unused.)
func (m *Model) scoreDense(feats []uint64, scores []float32) {
	var first [maxBatch]uint32
	dense, mask := m.dense, m.mask
	for j, f := range feats {
		first[j] = dense[f&mask].fp
	}
	var s [3]float32
	copy(s[:], scores)
	for j, f := range feats {
		fp := fingerprint(f)
		i := f & mask
		x := first[j]
		for x != fp {
			if x == 0 {
				break
			}
			i = (i + 1) & mask
			x = dense[i].fp
		}
		if x == fp {
			w := &dense[i].w
			s[0] += w[0]
			s[1] += w[1]
			s[2] += w[2]
		}
	}
	copy(scores, s[:])
}

// maxBatch bounds the features scored in two phases (see scoreBatch).
const maxBatch = 128

// scoreBatch scores in phases whose memory loads do not depend on each
// other — all table slots, then all rows — so that the processor overlaps
// the cache misses instead of waiting for them one by one. Scoring is bound
// by memory latency, and this roughly halves it.
func (m *Model) scoreBatch(feats []uint64, scores []float32) {
	var slotv [maxBatch]uint64
	var offs [maxBatch]uint32
	table, ents, mask := m.table, m.ents, m.mask
	for j, f := range feats {
		slotv[j] = table[f&mask]
	}
	n := 0
	for j, f := range feats {
		fp := uint64(fingerprint(f)) << 32
		x := slotv[j]
		i := f & mask
		for {
			if x&^0xffffffff == fp {
				offs[n] = uint32(x)
				n++
				break
			}
			if x == 0 {
				break
			}
			i = (i + 1) & mask
			x = table[i]
		}
	}
	var hdr [maxBatch]uint32
	for j := 0; j < n; j++ {
		hdr[j] = ents[offs[j]].cls
	}
	for j := 0; j < n; j++ {
		off := offs[j]
		for _, e := range ents[off+1 : off+1+hdr[j]] {
			scores[e.cls] += e.w
		}
	}
}

// Features is the number of features with a non-zero weight.
func (m *Model) Features() int { return len(m.keys) }

// Weights is the number of non-zero weights.
func (m *Model) Weights() int { return len(m.w) }

// build lays out the model from rows given as keys, row bounds, classes
// and weights.
func (m *Model) build(keys []uint64, rowStart []uint32, cls []uint16, w []float32) {
	m.keys, m.rowStart, m.cls, m.w = keys, rowStart, cls, w
	size := 1
	for size < len(keys)*4/3+2 {
		size <<= 1
	}
	m.mask = uint64(size - 1)
	switch {
	case m.NClasses <= 3:
		m.buildDense()
	case m.q != nil && m.NClasses < noClass:
		m.buildQuant()
	default:
		m.buildTable()
	}
	m.q = nil
}

// buildDense lays out a model of at most three classes (see Model).
func (m *Model) buildDense() {
	m.dense = hotSlice[dslot](m, int(m.mask)+1)
	for f, k := range m.keys {
		i := k & m.mask
		for m.dense[i].fp != 0 {
			i = (i + 1) & m.mask
		}
		d := &m.dense[i]
		d.fp = fingerprint(k)
		for j := m.rowStart[f]; j < m.rowStart[f+1]; j++ {
			d.w[m.cls[j]] = m.w[j]
		}
	}
}

// buildTable lays out any model with rows of float weights (see Model).
func (m *Model) buildTable() {
	m.table = hotSlice[uint64](m, int(m.mask)+1)
	m.ents = hotSlice[ent](m, len(m.w)+len(m.keys))[:0]
	for f, k := range m.keys {
		a, b := m.rowStart[f], m.rowStart[f+1]
		off := uint32(len(m.ents))
		m.ents = append(m.ents, ent{cls: b - a})
		for j := a; j < b; j++ {
			m.ents = append(m.ents, ent{uint32(m.cls[j]), m.w[j]})
		}
		i := k & m.mask
		for m.table[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.table[i] = uint64(fingerprint(k))<<32 | uint64(off)
	}
}

// buildQuant lays out a quantised model of fewer than 255 classes (see
// Model) from m.q.
func (m *Model) buildQuant() {
	rowStart, cls := m.rowStart, m.cls
	size := int(m.mask) + 1
	m.fps = hotSlice[uint32](m, size)
	m.slots = hotSlice[qslot](m, size)
	long := 0
	for f := range m.keys {
		long += max(0, int(rowStart[f+1]-rowStart[f])-inlineN)
	}
	m.qents = hotSlice[qent](m, long)[:0]
	for f, k := range m.keys {
		i := k & m.mask
		for m.fps[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.fps[i] = fingerprint(k)
		s := &m.slots[i]
		a, b := rowStart[f], rowStart[f+1]
		s.n = uint8(b - a)
		s.off = uint32(len(m.qents))
		for j := range uint32(inlineN) {
			s.cls[j] = noClass
			if a+j < b {
				s.cls[j], s.q[j] = uint8(cls[a+j]), m.q[a+j]
			}
		}
		for j := a + inlineN; j < b; j++ {
			m.qents = append(m.qents, qent{q: m.q[j], cls: uint8(cls[j])})
		}
	}
}

// row is one feature's entries, for writing and pruning.
type row struct {
	key uint64
	cls []uint16
	w   []float32
}

// rows returns the rows sorted by key.
func (m *Model) rows() []row {
	out := make([]row, len(m.keys))
	for f, k := range m.keys {
		a, b := m.rowStart[f], m.rowStart[f+1]
		out[f] = row{k, m.cls[a:b], m.w[a:b]}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].key < out[b].key })
	return out
}

const magic = "XCAP1"

// WriteTo writes the model in a compact binary form: keys, row lengths,
// classes and weights quantised to 16 bits with one scale per model. The
// caller compresses it.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var maxw float32
	for _, x := range m.w {
		maxw = max(maxw, float32(math.Abs(float64(x))))
	}
	scale := maxw / 32767
	if scale == 0 {
		scale = 1
	}
	put := func(v any) { binary.Write(bw, binary.LittleEndian, v) }
	rows := m.rows()
	bw.WriteString(magic)
	put(uint32(m.NClasses))
	put(uint32(len(rows)))
	put(uint32(len(m.w)))
	put(scale)
	// Keys are sorted so that deltas are small and compress well.
	var prev uint64
	buf := make([]byte, binary.MaxVarintLen64)
	for _, r := range rows {
		n := binary.PutUvarint(buf, r.key-prev)
		bw.Write(buf[:n])
		prev = r.key
	}
	for _, r := range rows {
		n := binary.PutUvarint(buf, uint64(len(r.cls)))
		bw.Write(buf[:n])
	}
	for _, r := range rows {
		for _, c := range r.cls {
			n := binary.PutUvarint(buf, uint64(c))
			bw.Write(buf[:n])
		}
	}
	for _, r := range rows {
		for _, x := range r.w {
			put(int16(math.Round(float64(x / scale))))
		}
	}
	return 0, bw.Flush()
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	m, _, err := parse(b)
	return m, err
}

var errCorrupt = errors.New("perceptron: corrupt model")

// parse decodes one model from the start of b and returns the bytes used.
// Decoding from memory, not byte by byte through a reader, keeps loading
// fast.
func parse(b []byte) (*Model, int, error) {
	if len(b) < len(magic)+16 || string(b[:len(magic)]) != magic {
		return nil, 0, errors.New("perceptron: not a model file")
	}
	p := len(magic)
	u32 := func() uint32 { v := binary.LittleEndian.Uint32(b[p:]); p += 4; return v }
	nc, nf, nw := u32(), u32(), u32()
	scale := math.Float32frombits(u32())
	m := &Model{NClasses: int(nc)}
	uv := func() (uint64, bool) {
		v, n := binary.Uvarint(b[p:])
		if n <= 0 {
			return 0, false
		}
		p += n
		return v, true
	}
	keys := make([]uint64, nf)
	var prev uint64
	for i := range keys {
		d, ok := uv()
		if !ok {
			return nil, 0, errCorrupt
		}
		prev += d
		keys[i] = prev
	}
	rowStart := make([]uint32, nf+1)
	for i := 0; i < int(nf); i++ {
		l, ok := uv()
		if !ok {
			return nil, 0, errCorrupt
		}
		rowStart[i+1] = rowStart[i] + uint32(l)
	}
	if rowStart[nf] != nw {
		return nil, 0, errCorrupt
	}
	cls := make([]uint16, nw)
	for i := range cls {
		c, ok := uv()
		if !ok {
			return nil, 0, errCorrupt
		}
		cls[i] = uint16(c)
	}
	if len(b)-p < int(nw)*2 {
		return nil, 0, errCorrupt
	}
	w := make([]float32, nw)
	q := make([]int16, nw)
	for i := range w {
		q[i] = int16(binary.LittleEndian.Uint16(b[p:]))
		w[i] = weight(q[i], scale)
		p += 2
	}
	m.q, m.scale = q, scale
	m.build(keys, rowStart, cls, w)
	return m, p, nil
}

// Save writes the model gzip-compressed.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(zw); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a gzip-compressed model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return Read(zr)
}

type entry struct {
	cls   int32
	ts    int32
	w     float32
	total float64
}

// Trainer learns an averaged perceptron.
type Trainer struct {
	NClasses int
	idx      map[uint64]int32
	keys     []uint64
	rows     [][]entry
	t        int32
}

// NewTrainer returns a trainer over n classes.
func NewTrainer(n int) *Trainer {
	return &Trainer{NClasses: n, idx: make(map[uint64]int32, 1<<16)}
}

// Score sets scores to the current (not averaged) weights of feats.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := t.idx[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.cls] += e.w
		}
	}
}

// Tick advances the update clock; call it once per training instance.
func (t *Trainer) Tick() { t.t++ }

// Update moves weights of feats towards truth and away from guess.
func (t *Trainer) Update(truth, guess int, feats []uint64) {
	if truth == guess {
		return
	}
	t.Add(truth, feats, 1)
	t.Add(guess, feats, -1)
}

// Add adds d to the weight of class c for every feature of feats. Global
// (structured) training uses it: the features of a whole gold sequence of
// decisions go up and those of the predicted one down, each with its own
// classes, which one Update cannot express.
func (t *Trainer) Add(c int, feats []uint64, d float32) {
	for _, f := range feats {
		r, ok := t.idx[f]
		if !ok {
			r = int32(len(t.rows))
			t.idx[f] = r
			t.keys = append(t.keys, f)
			t.rows = append(t.rows, nil)
		}
		t.rows[r] = t.bump(t.rows[r], c, d)
	}
}

func (t *Trainer) bump(row []entry, c int, d float32) []entry {
	for i := range row {
		e := &row[i]
		if int(e.cls) == c {
			e.total += float64(e.w) * float64(t.t-e.ts)
			e.ts = t.t
			e.w += d
			return row
		}
	}
	return append(row, entry{cls: int32(c), ts: t.t, w: d})
}

// Average returns the averaged model, dropping weights whose magnitude is
// below prune.
func (t *Trainer) Average(prune float32) *Model {
	m := &Model{NClasses: t.NClasses}
	var keys []uint64
	var cls []uint16
	var ws []float32
	rowStart := []uint32{0}
	tt := float64(max(t.t, 1))
	for r, row := range t.rows {
		n := 0
		for _, e := range row {
			avg := float32((e.total + float64(e.w)*float64(t.t-e.ts)) / tt)
			if avg > prune || avg < -prune {
				cls = append(cls, uint16(e.cls))
				ws = append(ws, avg)
				n++
			}
		}
		if n > 0 {
			keys = append(keys, t.keys[r])
			rowStart = append(rowStart, uint32(len(ws)))
		}
	}
	m.build(keys, rowStart, cls, ws)
	return m
}

// Argmax returns the index of the highest score among allowed classes
// (all when allowed is nil), preferring the lower index on ties.
func Argmax(scores []float32) int {
	best := 0
	for i := 1; i < len(scores); i++ {
		if scores[i] > scores[best] {
			best = i
		}
	}
	return best
}

// SaveBundle writes meta (as JSON) and models into one gzip stream: the file
// format of every model crosscheck ships.
func SaveBundle(w io.Writer, meta any, models ...*Model) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	b, err := json.Marshal(meta)
	if err != nil {
		return err
	}
	binary.Write(zw, binary.LittleEndian, uint32(len(b)))
	zw.Write(b)
	binary.Write(zw, binary.LittleEndian, uint32(len(models)))
	for _, m := range models {
		if _, err := m.WriteTo(zw); err != nil {
			return err
		}
	}
	return zw.Close()
}

// LoadBundle reads what SaveBundle wrote, decoding the metadata into meta.
func LoadBundle(r io.Reader, meta any) ([]*Model, error) {
	// klauspost's decompressor is about twice as fast as the standard
	// library's, which matters for start-up time.
	zr, err := kgzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if len(b) < 4 {
		return nil, errCorrupt
	}
	n := int(binary.LittleEndian.Uint32(b))
	if len(b) < 8+n {
		return nil, errCorrupt
	}
	if err := json.Unmarshal(b[4:4+n], meta); err != nil {
		return nil, err
	}
	p := 4 + n
	count := int(binary.LittleEndian.Uint32(b[p:]))
	p += 4
	var out []*Model
	for i := 0; i < count; i++ {
		m, used, err := parse(b[p:])
		if err != nil {
			return nil, err
		}
		p += used
		out = append(out, m)
	}
	return out, nil
}

// Prune returns a copy of m without the weights whose magnitude is below
// thr, and without features left empty. It trades a little accuracy for a
// smaller, faster model.
func (m *Model) Prune(thr float32) *Model {
	out := &Model{NClasses: m.NClasses}
	var keys []uint64
	var cls []uint16
	var ws []float32
	rowStart := []uint32{0}
	for _, r := range m.rows() {
		n := 0
		for j, x := range r.w {
			if x >= thr || x <= -thr {
				cls = append(cls, r.cls[j])
				ws = append(ws, x)
				n++
			}
		}
		if n > 0 {
			keys = append(keys, r.key)
			rowStart = append(rowStart, uint32(len(ws)))
		}
	}
	out.build(keys, rowStart, cls, ws)
	return out
}

// Mean returns the model whose weights are the means of the models'
// weights (all over the same classes): averaging models trained on the
// same data in different orders (seeds) cancels much of what each order
// taught by chance.
func Mean(models ...*Model) *Model {
	type cw struct {
		cls uint16
		w   float32
	}
	sum := map[uint64][]cw{}
	for _, m := range models {
		for _, r := range m.rows() {
			row := sum[r.key]
		next:
			for j, c := range r.cls {
				for k := range row {
					if row[k].cls == c {
						row[k].w += r.w[j]
						continue next
					}
				}
				row = append(row, cw{c, r.w[j]})
			}
			sum[r.key] = row
		}
	}
	keys := make([]uint64, 0, len(sum))
	for k := range sum {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	out := &Model{NClasses: models[0].NClasses}
	var cls []uint16
	var ws []float32
	rowStart := []uint32{0}
	n := float32(len(models))
	for _, k := range keys {
		row := sum[k]
		sort.Slice(row, func(a, b int) bool { return row[a].cls < row[b].cls })
		for _, e := range row {
			cls = append(cls, e.cls)
			ws = append(ws, e.w/n)
		}
		rowStart = append(rowStart, uint32(len(ws)))
	}
	out.build(keys, rowStart, cls, ws)
	return out
}
