package timex

import (
	"testing"
	"time"
)

func TestGranularity(t *testing.T) {
	for v, want := range map[string]string{
		"2025-08-28": GrainDay, "2025-W36": GrainWeek, "2000-W7": GrainWeek, "2025-08": GrainMonth,
		"2025": GrainYear, "199": GrainDecade, "19": GrainCentury, "2025-Q3": GrainQuarter,
		"2025-SU": GrainSeason, "2025-08-26TMO": GrainPartDay, "2025-08-28T15:30": GrainMinute,
		"PRESENT_REF": GrainRef, "P2Y": GrainDuration, "XXXX-WXX-2": GrainDay, "2025-W34-WE": GrainWeekend,
		"FY1989": GrainYear, "2025-H1": GrainHalf,
	} {
		if got := Granularity(v); got != want {
			t.Errorf("Granularity(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestCanonicalAndFormat(t *testing.T) {
	if got := CanonicalValue("2000-w7"); got != "2000-W07" {
		t.Errorf("CanonicalValue = %q", got)
	}
	if got := CanonicalValue("2000-W07-WE"); got != "2000-W07-WE" {
		t.Errorf("CanonicalValue changed a padded week: %q", got)
	}
	at := time.Date(2013, 2, 12, 15, 30, 0, 0, time.UTC)
	for grain, want := range map[string]string{
		GrainDay: "2013-02-12", GrainWeek: "2013-W07", GrainMonth: "2013-02", GrainQuarter: "2013-Q1",
		GrainYear: "2013", GrainMinute: "2013-02-12T15:30",
	} {
		if got := FormatAt(at, grain); got != want {
			t.Errorf("FormatAt(%s) = %q, want %q", grain, got, want)
		}
	}
}
