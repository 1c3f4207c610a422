package lemma

// index is a read-only hash table from byte-string keys to small integers,
// built once when a lemmatizer is loaded. The lemmatizer looks up two or
// three keys per token; a Go map keeps every key's bytes in an allocation
// of its own, a second cache miss per lookup, where index keeps the full
// hash in a 16-byte slot and all keys side by side in one array. Lookups
// are exact: a key is found only when its bytes match.
type index struct {
	mask  uint64
	slots []slot
	keys  []byte
}

type slot struct {
	h   uint32 // high half of the key's hash
	off uint32
	n   uint32
	v   int32 // value + 1; 0 marks an empty slot
}

func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// newIndex returns an index over n keys; put adds them.
func newIndex(n int) *index {
	size := 1
	for size < n*3/2+2 {
		size <<= 1
	}
	return &index{mask: uint64(size - 1), slots: make([]slot, size)}
}

// put adds key with value v (>= 0); every key is put once.
func (x *index) put(key string, v int) {
	h := hashBytes([]byte(key))
	i := h & x.mask
	for x.slots[i].v != 0 {
		i = (i + 1) & x.mask
	}
	x.slots[i] = slot{h: uint32(h >> 32), off: uint32(len(x.keys)), n: uint32(len(key)), v: int32(v) + 1}
	x.keys = append(x.keys, key...)
}

// get returns the value of key, or -1.
func (x *index) get(key []byte) int {
	h := hashBytes(key)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.v == 0 {
			return -1
		}
		if s.h == uint32(h>>32) && int(s.n) == len(key) && string(x.keys[s.off:s.off+s.n]) == string(key) {
			return int(s.v) - 1
		}
	}
}
