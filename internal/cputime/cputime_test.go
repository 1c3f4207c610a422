package cputime

import "testing"

// TestProcessGrows burns some CPU and checks the clock moved forward.
func TestProcessGrows(t *testing.T) {
	if !Supported {
		t.Skip("no process CPU clock on this system")
	}
	t0 := Process()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if x == 0 {
		t.Fatal("loop optimised away")
	}
	if d := Process() - t0; d <= 0 {
		t.Errorf("CPU time went from %v by %v after a busy loop", t0, d)
	}
}
