package ledger

import "testing"

func TestRecentSetForgetsOldest(t *testing.T) {
	r := newRecentSet(3)
	for _, s := range []string{"a", "b", "c"} {
		if !r.add(s) {
			t.Fatalf("%s reported as seen", s)
		}
	}
	if r.add("b") {
		t.Fatal("b inside the window not reported as seen")
	}
	if !r.add("d") { // evicts a
		t.Fatal("d reported as seen")
	}
	if !r.add("a") {
		t.Fatal("a should have left the window")
	}
	if len(r.has) != 3 {
		t.Fatalf("window holds %d strings, want 3", len(r.has))
	}
}
