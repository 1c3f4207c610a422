package timex

import (
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
)

// TestFeastOtherNames checks English and regional names of feasts that
// are already computed: the Night Journey (Isra and Mi'raj), the Night of
// Measures (Laylat al-Qadr), the Feast of Ingathering (Sukkot), Samvatsaradi
// and Chaitra Sukladi (Ugadi), Mahaveer Jayanti and the Kamudu pyre (Holika
// Dahan in Tamil Nadu). Names made of common words need a capital or a year.
func TestFeastOtherNames(t *testing.T) {
	ref := time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, match, value, end string
	}{
		{"Mosques were full for the Night Journey 2019 prayers.", "Night Journey 2019", "2019-04-03", ""},
		{"Worshippers stayed awake on the night of measures 2017.", "night of measures 2017", "2017-06-22", ""},
		{"Pilgrims came for the Feast of Ingathering 2018.", "Feast of Ingathering 2018", "2018-09-23", "2018-10-01"},
		{"Markets were busy ahead of samvatsaradi 2018.", "samvatsaradi 2018", "2018-03-18", ""},
		{"Temples were decorated for Chaitra Sukladi 2018.", "Chaitra Sukladi 2018", "2018-03-18", ""},
		{"Processions marked Mahaveer Jayanti 2020 in the old town.", "Mahaveer Jayanti 2020", "2020-04-06", ""},
		{"Villagers lit the kamudu pyre 2019 at dusk.", "kamudu pyre 2019", "2019-03-20", ""},
		// Common words without a capital or a year are no feast.
		{"It was a long night journey across the desert.", "", "", ""},
		{"The council debated a night of measures and votes.", "", "", ""},
	}
	for _, c := range cases {
		var got *Match
		for _, m := range Find(c.text, ref) {
			if m.Type == doc.Date && (c.match == "" || m.Text == c.match) {
				m := m
				got = &m
				break
			}
		}
		switch {
		case c.match == "":
			if got != nil {
				t.Errorf("%q: found %q = %s, want nothing", c.text, got.Text, got.Value)
			}
		case got == nil:
			t.Errorf("%q: %q not found; got %s", c.text, c.match, describe(Find(c.text, ref)))
		case got.Value != c.value:
			t.Errorf("%q: %s, want %s", c.text, got.Value, c.value)
		case c.end != "" && (got.Range == nil || got.Range[1] != c.end):
			t.Errorf("%q: Range %v, want to %s", c.text, got.Range, c.end)
		}
	}
}

// TestMothersDaySpellings checks Mother's and Father's Day written
// without the apostrophe or with it after the s, as headlines and
// listings often do (qref is 2013-02-12).
func TestMothersDaySpellings(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"Sales peaked on Fathers Day 2012.", []want{{"Fathers Day 2012", doc.Date, "2012-06-17", ""}}},
		{"Florists were busy before Mothers' Day 2012.", []want{{"Mothers' Day 2012", doc.Date, "2012-05-13", ""}}},
	}
	for _, c := range cases {
		checkWith(t, c.text, qref, Options{}, c.wants)
	}
}
