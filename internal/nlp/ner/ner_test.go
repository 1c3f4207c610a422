package ner

import "testing"

func TestPlaceType(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"Kursk"}, "GPE"},
		{[]string{"North", "Korea"}, "GPE"},
		{[]string{"Dnipro", "River"}, "LOC"},
		{[]string{"Mount", "Elbrus"}, "LOC"},
		{[]string{"Middle", "East"}, "LOC"},
		{[]string{"Africa"}, "LOC"},
		{[]string{"Black", "Sea"}, "LOC"},
		{[]string{"New", "York"}, "GPE"},
	} {
		if got := PlaceType(c.words); got != c.want {
			t.Errorf("PlaceType(%v) = %s, want %s", c.words, got, c.want)
		}
	}
}

func TestGazetteerMatch(t *testing.T) {
	r := &Recognizer{Labels: []string{"O"}, Gazetteer: map[string]int{"north korea": GazCountry, "korea": GazCountry, "seoul": GazCapital, "russian": GazDemonym}}
	r.init()
	lower := []string{"north", "korea", "and", "russian", "troops", "near", "seoul"}
	g := make([]uint8, len(lower))
	r.gazetteer(lower, g)
	want := []uint8{GazCountry*4 + 0, GazCountry*4 + 2, 0, GazDemonym*4 + 3, 0, 0, GazCapital*4 + 3}
	for i := range want {
		if g[i] != want[i] {
			t.Errorf("token %q: %d, want %d", lower[i], g[i], want[i])
		}
	}
}

func TestBILOUConstraints(t *testing.T) {
	r := &Recognizer{Labels: []string{"O", "B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON", "B-ORG", "L-ORG"}}
	r.init()
	start := len(r.Labels)
	// After B-PERSON only I-PERSON or L-PERSON may follow.
	scores := []float32{5, 0, 1, 2, 0, 9, 9}
	if got := r.Labels[r.best(1, scores, false)]; got != "L-PERSON" {
		t.Errorf("after B-PERSON chose %s", got)
	}
	// A sentence cannot start inside an entity nor end open.
	scores = []float32{0, 0, 9, 9, 1, 0, 0}
	if got := r.Labels[r.best(start, scores, false)]; got != "U-PERSON" {
		t.Errorf("at start chose %s", got)
	}
	scores = []float32{0, 9, 0, 0, 1, 9, 0}
	if got := r.Labels[r.best(0, scores, true)]; got != "U-PERSON" {
		t.Errorf("at end chose %s", got)
	}
}
