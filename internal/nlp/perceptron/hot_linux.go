//go:build linux && (amd64 || arm64)

package perceptron

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on amd64 and arm64
// kernels with 4 KiB base pages.
const hugePage = 2 << 20

// hotSlice returns n zeroed elements of T (a type without pointers) for a
// table that scoring reads at random. Large tables get memory of their own
// that the kernel is asked to back with 2 MiB pages: with 4 KiB pages
// nearly every lookup in tens of megabytes of weights also misses the TLB,
// and under virtualisation a page walk costs as much as the cache miss
// itself. owner's cleanup returns the memory.
func hotSlice[T any](owner *Model, n int) []T {
	var zero T
	size := n * int(unsafe.Sizeof(zero))
	if size < 2*hugePage {
		return make([]T, n)
	}
	b, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]T, n)
	}
	// Align the start so that the whole table can sit in huge pages.
	off := 0
	if r := uintptr(unsafe.Pointer(&b[0])) % hugePage; r != 0 {
		off = int(hugePage - r)
	}
	// Advice is only a hint: without huge pages the table still works.
	_ = syscall.Madvise(b[off:off+size], syscall.MADV_HUGEPAGE)
	runtime.AddCleanup(owner, func(b []byte) { _ = syscall.Munmap(b) }, b)
	return unsafe.Slice((*T)(unsafe.Pointer(&b[off])), n)
}
