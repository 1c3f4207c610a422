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
	"io"
	"math"
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
type Model struct {
	NClasses int
	keys     []uint64 // open addressing; 0 marks an empty slot
	slot     []uint32 // feature index for each occupied slot
	rowStart []uint32 // entries of feature f are [rowStart[f], rowStart[f+1])
	cls      []uint16
	w        []float32
	mask     uint64
}

func (m *Model) find(k uint64) int {
	i := k & m.mask
	for {
		kk := m.keys[i]
		if kk == k {
			return int(m.slot[i])
		}
		if kk == 0 {
			return -1
		}
		i = (i + 1) & m.mask
	}
}

// Score sets scores[c] to the sum of weights of feats for every class c.
// len(scores) must be NClasses.
func (m *Model) Score(feats []uint64, scores []float32) {
	clear(scores)
	if len(m.keys) == 0 {
		return
	}
	for _, f := range feats {
		r := m.find(f)
		if r < 0 {
			continue
		}
		a, b := m.rowStart[r], m.rowStart[r+1]
		cls := m.cls[a:b]
		w := m.w[a:b]
		for j, c := range cls {
			scores[c] += w[j]
		}
	}
}

// Features is the number of features with a non-zero weight.
func (m *Model) Features() int { return len(m.rowStart) - 1 }

// Weights is the number of non-zero weights.
func (m *Model) Weights() int { return len(m.w) }

func (m *Model) build(keys []uint64) {
	n := len(keys)
	size := 1
	for size < n*2+2 {
		size <<= 1
	}
	m.keys = make([]uint64, size)
	m.slot = make([]uint32, size)
	m.mask = uint64(size - 1)
	for f, k := range keys {
		i := k & m.mask
		for m.keys[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.keys[i] = k
		m.slot[i] = uint32(f)
	}
}

const magic = "XCAP1"

// WriteTo writes the model in a compact binary form: keys, row lengths,
// classes and weights quantised to 16 bits with one scale per model. The
// caller compresses it.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	nf := m.Features()
	keys := make([]uint64, nf)
	for i, k := range m.keys {
		if k != 0 {
			keys[m.slot[i]] = k
		}
	}
	var maxw float32
	for _, x := range m.w {
		maxw = max(maxw, float32(math.Abs(float64(x))))
	}
	scale := maxw / 32767
	if scale == 0 {
		scale = 1
	}
	put := func(v any) { binary.Write(bw, binary.LittleEndian, v) }
	bw.WriteString(magic)
	put(uint32(m.NClasses))
	put(uint32(nf))
	put(uint32(len(m.w)))
	put(scale)
	// Keys are sorted so that deltas are small and compress well.
	order := make([]int, nf)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	var prev uint64
	buf := make([]byte, binary.MaxVarintLen64)
	for _, f := range order {
		n := binary.PutUvarint(buf, keys[f]-prev)
		bw.Write(buf[:n])
		prev = keys[f]
	}
	for _, f := range order {
		n := binary.PutUvarint(buf, uint64(m.rowStart[f+1]-m.rowStart[f]))
		bw.Write(buf[:n])
	}
	for _, f := range order {
		for j := m.rowStart[f]; j < m.rowStart[f+1]; j++ {
			n := binary.PutUvarint(buf, uint64(m.cls[j]))
			bw.Write(buf[:n])
		}
	}
	for _, f := range order {
		for j := m.rowStart[f]; j < m.rowStart[f+1]; j++ {
			put(int16(math.Round(float64(m.w[j] / scale))))
		}
	}
	return 0, bw.Flush()
}

// Read reads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 1<<16)
	}
	mg := make([]byte, len(magic))
	if _, err := io.ReadFull(br, mg); err != nil || string(mg) != magic {
		return nil, errors.New("perceptron: not a model file")
	}
	var hdr struct {
		NClasses, NF, NW uint32
		Scale            float32
	}
	if err := binary.Read(br, binary.LittleEndian, &hdr); err != nil {
		return nil, err
	}
	m := &Model{NClasses: int(hdr.NClasses)}
	keys := make([]uint64, hdr.NF)
	var prev uint64
	for i := range keys {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		prev += d
		keys[i] = prev
	}
	m.rowStart = make([]uint32, hdr.NF+1)
	for i := 0; i < int(hdr.NF); i++ {
		l, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		m.rowStart[i+1] = m.rowStart[i] + uint32(l)
	}
	if m.rowStart[hdr.NF] != hdr.NW {
		return nil, errors.New("perceptron: corrupt row lengths")
	}
	m.cls = make([]uint16, hdr.NW)
	for i := range m.cls {
		c, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		m.cls[i] = uint16(c)
	}
	q := make([]int16, hdr.NW)
	if err := binary.Read(br, binary.LittleEndian, q); err != nil {
		return nil, err
	}
	m.w = make([]float32, hdr.NW)
	for i, x := range q {
		m.w[i] = float32(x) * hdr.Scale
	}
	m.build(keys)
	return m, nil
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
	m.rowStart = []uint32{0}
	tt := float64(max(t.t, 1))
	for r, row := range t.rows {
		n := 0
		for _, e := range row {
			avg := float32((e.total + float64(e.w)*float64(t.t-e.ts)) / tt)
			if avg > prune || avg < -prune {
				m.cls = append(m.cls, uint16(e.cls))
				m.w = append(m.w, avg)
				n++
			}
		}
		if n > 0 {
			keys = append(keys, t.keys[r])
			m.rowStart = append(m.rowStart, uint32(len(m.w)))
		}
	}
	m.build(keys)
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
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	var n uint32
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(br, b); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, meta); err != nil {
		return nil, err
	}
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
		return nil, err
	}
	var out []*Model
	for i := 0; i < int(n); i++ {
		m, err := Read(br)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// Prune returns a copy of m without the weights whose magnitude is below
// thr, and without features left empty. It trades a little accuracy for a
// smaller, faster model.
func (m *Model) Prune(thr float32) *Model {
	out := &Model{NClasses: m.NClasses, rowStart: []uint32{0}}
	var keys []uint64
	for i, k := range m.keys {
		if k == 0 {
			continue
		}
		f := m.slot[i]
		n := 0
		for j := m.rowStart[f]; j < m.rowStart[f+1]; j++ {
			if w := m.w[j]; w >= thr || w <= -thr {
				out.cls = append(out.cls, m.cls[j])
				out.w = append(out.w, w)
				n++
			}
		}
		if n > 0 {
			keys = append(keys, k)
			out.rowStart = append(out.rowStart, uint32(len(out.w)))
		}
	}
	out.build(keys)
	return out
}
