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
// Its layout is built for scoring speed, which is bound by memory latency:
// an open-addressing table of 8-byte slots (a 32-bit fingerprint of the
// feature key and the offset of its row) and one array of rows, each a
// header entry holding its length followed by (class, weight) entries, so
// a feature costs two cache misses at most. Models with at most three
// classes (the parser's moves) keep the weights in the table slots
// themselves: one miss per feature. The full keys and rows are kept apart,
// cold, for writing and pruning.
type Model struct {
	NClasses int
	// Cold: rows in build order.
	keys     []uint64
	rowStart []uint32
	cls      []uint16
	w        []float32
	// Hot.
	table []uint64 // fingerprint<<32 | offset into ents; 0 marks empty
	ents  []ent
	dense []dslot
	mask  uint64
}

type ent struct {
	cls uint32
	w   float32
}

type dslot struct {
	fp uint32
	w  [3]float32
}

func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

// Score sets scores[c] to the sum of weights of feats for every class c.
// len(scores) must be NClasses.
func (m *Model) Score(feats []uint64, scores []float32) {
	clear(scores)
	if len(m.keys) == 0 {
		return
	}
	mask := m.mask
	if m.dense != nil {
		dense := m.dense
		if len(feats) <= maxBatch {
			// First touch every slot with independent loads so that the
			// cache misses overlap, then read them.
			var sink uint32
			for _, f := range feats {
				sink += dense[f&mask].fp
			}
			_ = sink
		}
		for _, f := range feats {
			fp := fingerprint(f)
			i := f & mask
			for {
				d := &dense[i]
				if d.fp == fp {
					for c := range scores {
						scores[c] += d.w[c]
					}
					break
				}
				if d.fp == 0 {
					break
				}
				i = (i + 1) & mask
			}
		}
		runtime.KeepAlive(m) // the tables may live outside the Go heap (hotSlice)
		return
	}
	table, ents := m.table, m.ents
	if len(feats) <= maxBatch {
		m.scoreBatch(feats, scores)
		runtime.KeepAlive(m)
		return
	}
	for _, f := range feats {
		fp := uint64(fingerprint(f)) << 32
		i := f & mask
		for {
			x := table[i]
			if x&^0xffffffff == fp {
				off := uint32(x)
				n := ents[off].cls
				for _, e := range ents[off+1 : off+1+n] {
					scores[e.cls] += e.w
				}
				break
			}
			if x == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	runtime.KeepAlive(m)
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
	n := len(keys)
	size := 1
	for size < n*4/3+2 {
		size <<= 1
	}
	m.mask = uint64(size - 1)
	if m.NClasses <= 3 {
		m.dense = hotSlice[dslot](m, size)
		for f, k := range keys {
			i := k & m.mask
			for m.dense[i].fp != 0 {
				i = (i + 1) & m.mask
			}
			d := &m.dense[i]
			d.fp = fingerprint(k)
			for j := rowStart[f]; j < rowStart[f+1]; j++ {
				d.w[cls[j]] = w[j]
			}
		}
		return
	}
	m.table = hotSlice[uint64](m, size)
	m.ents = hotSlice[ent](m, len(w)+n)[:0]
	for f, k := range keys {
		off := uint32(len(m.ents))
		m.ents = append(m.ents, ent{cls: rowStart[f+1] - rowStart[f]})
		for j := rowStart[f]; j < rowStart[f+1]; j++ {
			m.ents = append(m.ents, ent{uint32(cls[j]), w[j]})
		}
		i := k & m.mask
		for m.table[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.table[i] = uint64(fingerprint(k))<<32 | uint64(off)
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
	for i := range w {
		w[i] = float32(int16(binary.LittleEndian.Uint16(b[p:]))) * scale
		p += 2
	}
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
	for _, f := range feats {
		r, ok := t.idx[f]
		if !ok {
			r = int32(len(t.rows))
			t.idx[f] = r
			t.keys = append(t.keys, f)
			t.rows = append(t.rows, nil)
		}
		t.rows[r] = t.bump(t.rows[r], truth, 1)
		t.rows[r] = t.bump(t.rows[r], guess, -1)
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
