package finding

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

func tokenized(text string) *doc.Document {
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	return d
}

func kinds(fs []doc.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Kind)
	}
	return out
}

func TestNegationOfEarlierStatement(t *testing.T) {
	d := tokenized("Ortiz and Lindqvist's summit in Geneva ended early. " +
		"Officials stressed the gathering in Geneva is a trade fair, not a summit between Ortiz and Lindqvist.")
	fs := negations(d)
	if len(fs) != 1 {
		t.Fatalf("want one negation finding, got %v", kinds(fs))
	}
	f := fs[0]
	if !f.Contradiction || f.Items[0].Text != "Ortiz and Lindqvist's summit in Geneva" || !strings.HasPrefix(f.Items[1].Text, "not a summit between Ortiz and Lindqvist") {
		t.Errorf("finding = %+v", f)
	}
}

func TestNegationNeedsSameParticipantsAndPlace(t *testing.T) {
	for _, text := range []string{
		// Different participants.
		"Ortiz and Lindqvist's summit in Geneva drew protests. The meeting in Geneva is a trade fair, not a summit between Ortiz and Haddad.",
		// Different places.
		"Ortiz and Lindqvist held a summit in Geneva. The event in Oslo is a trade fair, not a summit between Ortiz and Lindqvist in Oslo.",
		// "not the first time" denies nothing said before.
		"Ortiz and Lindqvist's summit is not the first time they have met.",
	} {
		d := tokenized(text)
		// Places come from entities; give the place names a GPE entity.
		addPlaces(d, "Geneva", "Oslo")
		if fs := negations(d); len(fs) != 0 {
			t.Errorf("%q: want no finding, got %+v", text, fs)
		}
	}
}

// addPlaces adds a GPE entity for every occurrence of each name.
func addPlaces(d *doc.Document, names ...string) {
	for _, name := range names {
		e := doc.Entity{ID: "e" + name, Type: doc.GPE, Canonical: name}
		for _, t := range d.Tokens {
			if t.Text == name {
				e.Mentions = append(e.Mentions, doc.Mention{Start: t.Start, End: t.End, Text: t.Text})
			}
		}
		if len(e.Mentions) > 0 {
			d.Entities = append(d.Entities, e)
		}
	}
}

func addNORP(d *doc.Document, word, country string) {
	e := doc.Entity{ID: "e" + word, Type: doc.NORP, Canonical: word, Link: country}
	for _, t := range d.Tokens {
		if t.Text == word {
			e.Mentions = append(e.Mentions, doc.Mention{Start: t.Start, End: t.End, Text: t.Text})
		}
	}
	d.Entities = append(d.Entities, e)
}

func TestExclusiveSubjectConflict(t *testing.T) {
	d := tokenized("Villagers praised Chilean volunteers who suffered heavy losses in the flood. " +
		"The volunteers who suffered the heaviest casualties were Peruvian volunteers from Tacna.")
	addNORP(d, "Chilean", "Chile")
	addNORP(d, "Peruvian", "Peru")
	fs := subjectConflicts(d)
	if len(fs) != 1 || !fs[0].Contradiction {
		t.Fatalf("want one subject conflict, got %+v", fs)
	}
	if !strings.Contains(fs[0].Explanation, "Chile") || !strings.Contains(fs[0].Explanation, "Peru") {
		t.Errorf("explanation does not name both groups: %s", fs[0].Explanation)
	}
}

func TestTwoGroupsSufferingIsNoConflict(t *testing.T) {
	d := tokenized("Chilean volunteers who suffered heavy losses were praised. " +
		"Peruvian volunteers who suffered heavy losses were praised too.")
	addNORP(d, "Chilean", "Chile")
	addNORP(d, "Peruvian", "Peru")
	if fs := subjectConflicts(d); len(fs) != 0 {
		t.Errorf("neither statement is exclusive, want no conflict, got %+v", fs)
	}
}

func fl(v float64) *float64 { return &v }

func fig(id, text, bound, measure, group string, v float64, attr string) doc.Figure {
	f := doc.Figure{ID: id, Text: text, Bound: bound, Measure: measure, Group: group, Value: fl(v), Low: fl(v), High: fl(v)}
	if attr != "" {
		f.Attribution = &attr
	}
	return f
}

func TestFigures(t *testing.T) {
	attrs := []doc.Attribution{{ID: "a1", Speaker: "Western officials"}, {ID: "a2", Speaker: "the ministry"}}
	cases := []struct {
		name          string
		a, b          doc.Figure
		kind          string
		contradiction bool
		explains      string
	}{
		{"casualties vs deaths from different sources is a spread",
			fig("f1", "could exceed 6,000", doc.Lower, doc.Casualties, "Ruritania", 6000, "a1"),
			fig("f2", "around 600", doc.Approx, doc.Killed, "Ruritania", 600, "a2"),
			doc.FindingSpread, false, "factor of about 10"},
		{"same measure, disjoint, same voice is a conflict",
			fig("f1", "at least 40", doc.Lower, doc.Killed, "Ruritania", 40, ""),
			fig("f2", "fewer than 30", doc.Upper, doc.Killed, "Ruritania", 30, ""),
			doc.FindingFigureConflict, true, "cannot both hold"},
		{"same measure, disjoint, different sources is a disagreement",
			fig("f1", "at least 40", doc.Lower, doc.Killed, "Ruritania", 40, "a1"),
			fig("f2", "fewer than 30", doc.Upper, doc.Killed, "Ruritania", 30, "a2"),
			doc.FindingFigureConflict, false, "Sources disagree"},
		{"deaths above all casualties is a conflict",
			fig("f1", "more than 900", doc.Lower, doc.Killed, "Ruritania", 900, ""),
			fig("f2", "up to 500", doc.Upper, doc.Casualties, "Ruritania", 500, ""),
			doc.FindingFigureConflict, true, "part of"},
		{"overlapping estimates from one voice say nothing",
			fig("f1", "around 600", doc.Approx, doc.Killed, "Ruritania", 600, ""),
			fig("f2", "more than 550", doc.Lower, doc.Killed, "Ruritania", 550, ""),
			"", false, ""},
		{"different groups are never compared",
			fig("f1", "at least 40", doc.Lower, doc.Killed, "Ruritania", 40, ""),
			fig("f2", "fewer than 30", doc.Upper, doc.Killed, "Freedonia", 30, ""),
			"", false, ""},
		{"deployed and killed are not comparable",
			fig("f1", "15,000", doc.Exact, doc.Deployed, "Ruritania", 15000, ""),
			fig("f2", "600", doc.Exact, doc.Killed, "Ruritania", 600, ""),
			"", false, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := tokenized("One sentence.")
			d.Attributions = attrs
			d.Figures = []doc.Figure{c.a, c.b}
			fs := figureFindings(d)
			if c.kind == "" {
				if len(fs) != 0 {
					t.Fatalf("want nothing, got %+v", fs)
				}
				return
			}
			if len(fs) != 1 {
				t.Fatalf("want one finding, got %+v", fs)
			}
			f := fs[0]
			if f.Kind != c.kind || f.Contradiction != c.contradiction || !strings.Contains(f.Explanation, c.explains) {
				t.Errorf("got %s contradiction=%v %q", f.Kind, f.Contradiction, f.Explanation)
			}
		})
	}
}

func TestVerbNegation(t *testing.T) {
	d := tokenized("The spillway gates were opened on Friday afternoon to ease pressure. " +
		"Crowds gathered at the river. The spillway gates were not opened on Friday afternoon, and the reservoir kept rising.")
	fs := negations(d)
	if len(fs) != 1 {
		t.Fatalf("want one negation finding, got %+v", fs)
	}
	if !strings.Contains(fs[0].Items[0].Text, "gates were opened") || !strings.HasPrefix(fs[0].Items[1].Text, "The spillway gates were not opened") {
		t.Errorf("items = %+v", fs[0].Items)
	}
}

func TestFirstShotsConflict(t *testing.T) {
	d := tokenized("Chilean troops fired the first shots near the ridge on Thursday. Aid groups set up kitchens. " +
		"Peruvian troops fired the first shots near the ridge on Thursday.")
	addNORP(d, "Chilean", "Chile")
	addNORP(d, "Peruvian", "Peru")
	buildClaims(d)
	fs := subjectConflicts(d)
	if len(fs) != 1 || !fs[0].Contradiction {
		t.Fatalf("want one subject conflict, got %+v", fs)
	}
	d = tokenized("Chilean troops fired shots near the ridge. Peruvian troops fired shots near the ridge.")
	addNORP(d, "Chilean", "Chile")
	addNORP(d, "Peruvian", "Peru")
	buildClaims(d)
	if fs := subjectConflicts(d); len(fs) != 0 {
		t.Errorf("both sides firing shots is no conflict, got %+v", fs)
	}
}
