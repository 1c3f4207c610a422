package ledger

import (
	"math"
	"strings"
	"testing"
)

// est builds an estimate of a group's losses in one article.
func est(article, published, measure, bound string, low, high float64) Estimate {
	return Estimate{Article: article, Published: published, Measure: measure, Bound: bound,
		Low: low, High: high, HasValue: true, Group: "North Korea", Source: "src " + article, Outlet: "outlet " + article}
}

func TestFindConflicts(t *testing.T) {
	tests := []struct {
		name string
		a, b Estimate
		want bool
		why  string // the explanation must contain this
	}{
		{"same day, disjoint exact", est("a", "2025-01-10", "killed", "exact", 300, 300), est("b", "2025-01-10", "killed", "exact", 40, 40), true, "both cannot hold"},
		{"same day, overlapping approx", est("a", "2025-01-10", "killed", "approx", 300, 300), est("b", "2025-01-10", "killed", "exact", 320, 320), false, ""},
		{"more than vs up to, compatible", est("a", "2025-01-10", "killed", "lower", 100, 100), est("b", "2025-01-10", "killed", "upper", 150, 150), false, ""},
		{"more than vs up to, incompatible", est("a", "2025-01-10", "killed", "lower", 500, 500), est("b", "2025-01-10", "killed", "upper", 150, 150), true, "up to 150"},
		{"later larger toll is an update", est("a", "2025-01-10", "killed", "exact", 300, 300), est("b", "2025-01-17", "killed", "exact", 1000, 1000), false, ""},
		{"later smaller toll conflicts", est("a", "2025-01-10", "killed", "exact", 1000, 1000), est("b", "2025-01-17", "killed", "exact", 300, 300), true, "cannot be lower"},
		{"deployed can fall between days", est("a", "2025-01-10", "deployed", "exact", 12000, 12000), est("b", "2025-01-17", "deployed", "exact", 11000, 11000), false, ""},
		{"deployed on the same day", est("a", "2025-01-10", "deployed", "exact", 12000, 12000), est("b", "2025-01-10", "deployed", "exact", 11000, 11000), true, "both cannot hold"},
		{"killed within casualties", est("a", "2025-01-10", "killed", "exact", 300, 300), est("b", "2025-01-10", "casualties", "exact", 3000, 3000), false, ""},
		{"more killed than casualties", est("a", "2025-01-10", "killed", "exact", 4000, 4000), est("b", "2025-01-10", "casualties", "approx", 3000, 3000), true, "part of casualties"},
		{"older casualties, newer larger killed is an update", est("a", "2025-01-01", "casualties", "exact", 300, 300), est("b", "2025-02-01", "killed", "exact", 400, 400), false, ""},
		{"killed vs deployed never compared", est("a", "2025-01-10", "killed", "exact", 300, 300), est("b", "2025-01-10", "deployed", "exact", 12000, 12000), false, ""},
		{"undated article not compared", est("a", "", "killed", "exact", 300, 300), est("b", "2025-01-10", "killed", "exact", 40, 40), false, ""},
		{"same article left to the analyser", est("a", "2025-01-10", "killed", "exact", 300, 300), est("a", "2025-01-10", "killed", "exact", 40, 40), false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := FindConflicts([]Estimate{tc.a, tc.b})
			if got := len(cs) == 1; got != tc.want {
				t.Fatalf("conflict = %v (%+v), want %v", got, cs, tc.want)
			}
			if tc.want {
				ex := cs[0].Explanation
				if !strings.Contains(ex, tc.why) || !strings.Contains(ex, "src a") || !strings.Contains(ex, "src b") {
					t.Errorf("explanation %q should name both sources and say %q", ex, tc.why)
				}
			}
		})
	}
}

func TestConflictScope(t *testing.T) {
	a := est("a", "2025-01-10", "killed", "exact", 300, 300)
	b := est("b", "2025-01-10", "killed", "exact", 40, 40)
	b.Group = "Russia"
	if cs := FindConflicts([]Estimate{a, b}); len(cs) != 0 {
		t.Errorf("different groups compared: %+v", cs)
	}
	a.Group, b.Group = "", ""
	a.Counted, b.Counted = "people", "people"
	if cs := FindConflicts([]Estimate{a, b}); len(cs) != 0 {
		t.Errorf("figures without a group compared: %+v", cs)
	}
	b = est("b", "2025-01-10", "killed", "exact", 40, 40)
	b.PartOf = "f1"
	if cs := FindConflicts([]Estimate{est("a", "2025-01-10", "killed", "exact", 300, 300), b}); len(cs) != 0 {
		t.Errorf("a part compared with a total: %+v", cs)
	}
}

func TestBuildSeries(t *testing.T) {
	es := []Estimate{
		est("b", "2025-01-17", "killed", "exact", 1000, 1000),
		est("a", "2025-01-10", "killed", "exact", 300, 300),
		est("a", "2025-01-10", "wounded", "exact", 2700, 2700),
		{Article: "c", Measure: "money", Unit: "USD", Low: 5, High: 5, HasValue: true, Group: "North Korea"},
		{Article: "d", Measure: "killed", Counted: "People", Low: 17, High: 17, HasValue: true},
	}
	ss := BuildSeries(es)
	if len(ss) != 3 {
		t.Fatalf("got %d series, want killed, wounded (North Korea) and killed (people): %+v", len(ss), ss)
	}
	if ss[0].Name() != "killed (North Korea)" || len(ss[0].Estimates) != 2 || ss[0].Estimates[0].Published != "2025-01-10" {
		t.Errorf("first series %+v: want killed (North Korea), oldest first", ss[0])
	}
	if ss[1].Name() != "killed (People)" {
		t.Errorf("series without a group should be named by the counted phrase, got %q", ss[1].Name())
	}
}

func TestAllowedAndDescribe(t *testing.T) {
	tests := []struct {
		bound     string
		low, high float64
		want      Interval
		text      string
	}{
		{"exact", 600, 600, Interval{600, 600}, "600"},
		{"approx", 1000, 1000, Interval{900, 1100}, "around 1,000"},
		{"lower", 600, 600, Interval{600, math.Inf(1)}, "more than 600"},
		{"upper", 12000, 12000, Interval{0, 12000}, "up to 12,000"},
		{"range", 24, 99, Interval{24, 99}, "between 24 and 99"},
	}
	for _, tc := range tests {
		e := Estimate{Bound: tc.bound, Low: tc.low, High: tc.high, HasValue: true}
		if got := Allowed(e); math.Abs(got.Low-tc.want.Low) > 1e-9 || got.High != tc.want.High && math.Abs(got.High-tc.want.High) > 1e-9 {
			t.Errorf("Allowed(%s %v..%v) = %v, want %v", tc.bound, tc.low, tc.high, got, tc.want)
		}
		if got := Describe(e); got != tc.text {
			t.Errorf("Describe(%s) = %q, want %q", tc.bound, got, tc.text)
		}
	}
	if got := FormatNumber(1234567.5); got != "1,234,567.5" {
		t.Errorf("FormatNumber = %q", got)
	}
}

func TestConflictPlaces(t *testing.T) {
	kursk := []Place{{"Kursk", "RUS"}}
	donetsk := []Place{{"Donetsk", "UKR"}}
	sudzha := []Place{{"Sudzha", ""}}
	tests := []struct {
		name string
		a, b []Place
		want bool
	}{
		{"no places", nil, nil, true},
		{"one side unplaced", kursk, nil, true},
		{"same place", kursk, kursk, true},
		{"different countries", kursk, donetsk, false},
		{"unknown country may be inside", kursk, sudzha, true},
	}
	for _, tc := range tests {
		a := est("a", "2025-01-10", "killed", "exact", 300, 300)
		b := est("b", "2025-01-10", "killed", "exact", 40, 40)
		a.Places, b.Places = tc.a, tc.b
		if got := len(FindConflicts([]Estimate{a, b})) == 1; got != tc.want {
			t.Errorf("%s: conflict = %v, want %v", tc.name, got, tc.want)
		}
	}
	if got := parsePlaces(formatPlaces([]Place{{"North Korea", "PRK"}, {"Kursk", "RUS"}, {"Sudzha", ""}}, "North Korea")); len(got) != 2 || got[0] != (Place{"Kursk", "RUS"}) || got[1] != (Place{"Sudzha", ""}) {
		t.Errorf("places round trip: %v", got)
	}
}
