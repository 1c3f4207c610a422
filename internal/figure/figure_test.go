package figure

import (
	"math"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// want describes one expected figure; zero fields are not checked, except
// that Value/Low/High use NaN for "must be nil" and 0 for "not checked".
type want struct {
	text          string
	value, lo, hi float64
	bound, hedge  string
	unit          string
	counted       string
	measure       string
	group         string
	partOf        string
}

var none = math.NaN()

// noUnit in want.unit asks for a figure without a unit.
const noUnit = "-"

func analyse(text string, times ...[2]int) *doc.Document {
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	for i, t := range times {
		d.Times = append(d.Times, doc.Time{ID: "t" + string(rune('1'+i)), Start: t[0], End: t[1], Text: d.Slice(t[0], t[1])})
	}
	Extract(d)
	return d
}

func checkNum(t *testing.T, what string, got *float64, w float64) {
	t.Helper()
	switch {
	case w == 0:
	case math.IsNaN(w):
		if got != nil {
			t.Errorf("%s = %v, want nil", what, *got)
		}
	case got == nil:
		t.Errorf("%s = nil, want %v", what, w)
	case math.Abs(*got-w) > 1e-9*math.Max(1, math.Abs(w)):
		t.Errorf("%s = %v, want %v", what, *got, w)
	}
}

func checkFigures(t *testing.T, d *doc.Document, ws []want) {
	t.Helper()
	if len(d.Figures) != len(ws) {
		var got []string
		for _, f := range d.Figures {
			got = append(got, f.Text)
		}
		t.Fatalf("%q: got %d figures %q, want %d", d.Article.Text, len(got), got, len(ws))
	}
	for i, w := range ws {
		f := d.Figures[i]
		if f.Text != w.text {
			t.Errorf("figure %d text %q, want %q", i, f.Text, w.text)
		}
		checkNum(t, w.text+" value", f.Value, w.value)
		checkNum(t, w.text+" low", f.Low, w.lo)
		checkNum(t, w.text+" high", f.High, w.hi)
		if w.bound != "" && f.Bound != w.bound {
			t.Errorf("%q bound %q, want %q", w.text, f.Bound, w.bound)
		}
		if w.hedge != "" && f.Hedge != w.hedge {
			t.Errorf("%q hedge %q, want %q", w.text, f.Hedge, w.hedge)
		}
		if w.unit == noUnit && f.Unit != "" {
			t.Errorf("%q unit %q, want none", w.text, f.Unit)
		} else if w.unit != "" && w.unit != noUnit && f.Unit != w.unit {
			t.Errorf("%q unit %q, want %q", w.text, f.Unit, w.unit)
		}
		if w.counted != "" {
			if f.Counted == nil || f.Counted.Text != w.counted {
				t.Errorf("%q counted %v, want %q", w.text, f.Counted, w.counted)
			} else if d.Slice(f.Counted.Start, f.Counted.End) != f.Counted.Text {
				t.Errorf("%q counted offsets do not match its text", w.text)
			}
		}
		if w.measure != "" && f.Measure != w.measure {
			t.Errorf("%q measure %q, want %q", w.text, f.Measure, w.measure)
		}
		if w.group != "" && f.Group != w.group {
			t.Errorf("%q group %q, want %q", w.text, f.Group, w.group)
		}
		if w.partOf != "" && (f.PartOf == nil || *f.PartOf != w.partOf) {
			t.Errorf("%q part of %v, want %q", w.text, f.PartOf, w.partOf)
		}
		if d.Slice(f.Start, f.End) != f.Text {
			t.Errorf("%q: offsets do not match text", f.Text)
		}
		if f.ID != "f"+itoa(i+1) {
			t.Errorf("figure %d has ID %q", i, f.ID)
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestCountsAndBounds(t *testing.T) {
	cases := []struct {
		in   string
		want []want
	}{
		{"Officials believe 600 of the 15,000 deployed Korean troops have died.", []want{
			{text: "600", value: 600, bound: doc.Exact, counted: "deployed Korean troops", measure: doc.Killed, partOf: "f2"},
			{text: "15,000", value: 15000, counted: "deployed Korean troops", measure: doc.Deployed},
		}},
		{"The toll of Korean casualties could exceed 6,000, an analyst said.", []want{
			{text: "could exceed 6,000", value: 6000, lo: 6000, hi: none, bound: doc.Lower, hedge: "could exceed",
				counted: "Korean casualties", measure: doc.Casualties},
		}},
		// A verb with its own number is that number's, not the one before.
		{"The blast killed 3 people and injured 14 others.", []want{
			{text: "3", value: 3, counted: "people", measure: doc.Killed},
			{text: "14", value: 14, measure: doc.Wounded}}},
		{"About 300 villagers fled and nearly 40 were hurt.", []want{
			{text: "About 300", value: 300, bound: doc.Approx, hedge: "about", counted: "villagers", measure: doc.Displaced},
			{text: "nearly 40", value: 40, bound: doc.Approx, hedge: "nearly", measure: doc.Wounded},
		}},
		{"At least 12 people died, up to 50 were injured and fewer than ten are missing.", []want{
			{text: "At least 12", value: 12, lo: 12, hi: none, bound: doc.Lower, hedge: "at least", counted: "people", measure: doc.Killed},
			{text: "up to 50", value: 50, lo: none, hi: 50, bound: doc.Upper, hedge: "up to", measure: doc.Wounded},
			{text: "fewer than ten", value: 10, hi: 10, bound: doc.Upper, hedge: "fewer than", measure: doc.Missing},
		}},
		{"As many as 2,000 soldiers were taken prisoner, and some 70 more were detained.", []want{
			{text: "As many as 2,000", value: 2000, bound: doc.Upper, counted: "soldiers", measure: doc.Captured},
			{text: "some 70", value: 70, bound: doc.Approx, hedge: "some", measure: doc.Arrested},
		}},
		{"More than 40 people were killed or wounded in the strike.", []want{
			{text: "More than 40", value: 40, bound: doc.Lower, hedge: "more than", counted: "people", measure: doc.Casualties},
		}},
		{"The death toll climbed to 83 on the ward, including 9 nurses.", []want{
			{text: "83", value: 83, counted: "death toll", measure: doc.Killed},
			{text: "9", value: 9, counted: "nurses", measure: doc.Killed, partOf: "f1"},
		}},
		{"About 70 of the 900 guards posted at the camp have been wounded.", []want{
			{text: "About 70", value: 70, counted: "guards", measure: doc.Wounded, partOf: "f2"},
			{text: "900", value: 900, counted: "guards", measure: doc.Deployed},
		}},
		{"Police held 45 protesters overnight, of whom 12 were charged.", []want{
			{text: "45", value: 45, counted: "protesters"},
			{text: "12", value: 12, partOf: "f1"},
		}},
		{"A 5,000-strong brigade was stationed there, well over 300 km from the front.", []want{
			{text: "5,000-strong", value: 5000, counted: "brigade", measure: doc.Deployed},
			{text: "well over 300 km", value: 300, bound: doc.Lower, unit: "km", measure: doc.Other},
		}},
		{"Roughly 1,200 evacuees reached the camp; 6,000+ residents were evacuated.", []want{
			{text: "Roughly 1,200", bound: doc.Approx, counted: "evacuees", measure: doc.Evacuated},
			{text: "6,000+", value: 6000, bound: doc.Lower, hedge: "+", counted: "residents", measure: doc.Evacuated},
		}},
		{"Twenty-five miners are still missing, and 40 or more remain trapped.", []want{
			{text: "Twenty-five", value: 25, counted: "miners", measure: doc.Missing},
			{text: "40 or more", value: 40, bound: doc.Lower, hedge: "or more"},
		}},
		{"One guard was shot and killed at the gate.", []want{
			{text: "One", value: 1, counted: "guard", measure: doc.Killed}}},
		{"Exactly 17 boats were sent, with ~300 sailors aboard.", []want{
			{text: "Exactly 17", value: 17, bound: doc.Exact, hedge: "exactly", counted: "boats", measure: doc.Deployed},
			{text: "~300", value: 300, bound: doc.Approx, hedge: "~", counted: "sailors", measure: doc.Deployed},
		}},
	}
	for _, c := range cases {
		checkFigures(t, analyse(c.in), c.want)
	}
}

func TestRangesAndVague(t *testing.T) {
	cases := []struct {
		in   string
		want []want
	}{
		{"Between 10 and 20 guards were hurt.", []want{
			{text: "Between 10 and 20", value: none, lo: 10, hi: 20, bound: doc.Range, counted: "guards", measure: doc.Wounded}}},
		// Ranks as the ends of a range; ordinals that modify a noun are not.
		{"The party polled between the tenth and the fifteenth.", []want{
			{text: "between the tenth and the fifteenth", value: none, lo: 10, hi: 15, bound: doc.Range}}},
		{"It ranked higher than 20th but lower than 5th.", nil},
		{"It ranked higher than the twenty-first but below the 30th.", []want{
			{text: "higher than the twenty-first but below the 30th", value: none, lo: 21, hi: 30, bound: doc.Range}}},
		{"It fell between the first and second rounds.", nil},
		// A decimal said without its zero, where "point" cannot be a noun.
		{"Inflation fell to point five. At this point 50 left; match point 3 was lost.", []want{
			{text: "point five", value: 0.5}, {text: "50", value: 50}, {text: "3", value: 3}}},
		{"At one point 200 protesters blocked the road.", []want{{text: "200", value: 200, counted: "protesters"}}},
		{"Refer to point 5 of the agreement.", []want{{text: "5", value: 5}}},
		// Comparisons with a variable, one token each.
		{"The effect held (p<0.05) in n>=30 trials.", []want{
			{text: "p<0.05", value: 0.05, lo: none, hi: 0.05, bound: doc.Upper, hedge: "<"},
			{text: "n>=30", value: 30, lo: 30, hi: none, bound: doc.Lower, hedge: ">="}}},
		{"It read a<b and <html>.", nil},
		// Two bounds without a joint.
		{"The count was more than 20 less than 30 in all.", []want{
			{text: "more than 20 less than 30", value: none, lo: 20, hi: 30, bound: doc.Range}}},
		// A bound phrase that ends the clause.
		{"Turnout was 5000 or more than.", []want{{text: "5000 or more than", value: 5000, lo: 5000, hi: none, bound: doc.Lower}}},
		{"It sent 150-200 medics and 3 to 5 surgeons.", []want{
			{text: "150-200", value: none, lo: 150, hi: 200, bound: doc.Range, counted: "medics", measure: doc.Deployed},
			{text: "3 to 5", lo: 3, hi: 5, bound: doc.Range, counted: "surgeons"}}},
		{"Costs of 10 to 20 million euros were quoted.", []want{
			{text: "10 to 20 million euros", lo: 10e6, hi: 20e6, bound: doc.Range, unit: "EUR", measure: doc.Money}}},
		{"Prices rose from 10 to 20 dollars.", []want{
			{text: "10", value: 10, unit: "USD"}, {text: "20 dollars", value: 20, unit: "USD"}}},
		{"Dozens of houses burned and hundreds of families fled.", []want{
			{text: "Dozens", value: none, lo: 24, hi: 99, bound: doc.Range, counted: "houses"},
			{text: "hundreds", lo: 200, hi: 999, counted: "families", measure: doc.Displaced}}},
		{"Tens of thousands marched while thousands watched.", []want{
			{text: "Tens of thousands", lo: 20000, hi: 99999},
			{text: "thousands", lo: 2000, hi: 9999}}},
		{"More than a dozen envoys and a handful of aides attended, along with several hundred guests.", []want{
			{text: "More than a dozen", value: 12, lo: 12, hi: none, bound: doc.Lower, counted: "envoys"},
			{text: "a handful of", lo: 3, hi: 9, bound: doc.Range, counted: "aides"},
			{text: "several hundred", lo: 300, hi: 999, counted: "guests"}}},
		{"The 2-million-strong army advanced.", []want{{text: "2-million-strong", value: 2e6, measure: doc.Deployed}}},
		{"Prices jumped 20%-30%; cases rose tenfold and deaths 20-fold; output was 9.8m b/d.", []want{
			{text: "20%-30%", value: none, lo: 20, hi: 30, bound: doc.Range, unit: "percent"},
			{text: "tenfold", value: 10, unit: "times"}, {text: "20-fold", value: 20, unit: "times"},
			{text: "9.8m b/d", value: 9.8e6, unit: "bbl/d"}}},
		{"Rents rose by a third to 1,500 euros.", []want{{text: "a third", value: 1.0 / 3}, {text: "1,500 euros", value: 1500, unit: "EUR"}}},
		{"A couple of hundred people and a couple of dozen police came.", []want{
			{text: "A couple of hundred", value: 200, counted: "people"}, {text: "a couple of dozen", value: 24, counted: "police"}}},
		{"China ordered a score of jets; he got a score of three.", []want{
			{text: "a score of", value: 20, counted: "jets"}, {text: "three", value: 3}}},
		{"Scores of people gathered; two or three left early.", []want{
			{text: "Scores", lo: 40, hi: 99, counted: "people"},
			{text: "two or three", lo: 2, hi: 3, bound: doc.Range}}},
		{"Prices rose from 10 dollars to 20 dollars.", []want{
			{text: "10 dollars", value: 10, unit: "USD"}, {text: "20 dollars", value: 20, unit: "USD"}}},
		{"Tickets cost from 10 dollars to 20 dollars, between 5 km and about 9 km away.", []want{
			{text: "from 10 dollars to 20 dollars", value: none, lo: 10, hi: 20, bound: doc.Range, unit: "USD"},
			{text: "between 5 km and about 9 km", value: none, lo: 5, hi: 9, bound: doc.Range, unit: "km"}}},
		{"Turnout was greater than 100 and smaller than 300, at most 90 and at least 20, 20 through 100.", []want{
			{text: "greater than 100 and smaller than 300", value: none, lo: 100, hi: 300, bound: doc.Range},
			{text: "at most 90 and at least 20", value: none, lo: 20, hi: 90, bound: doc.Range},
			{text: "20 through 100", value: none, lo: 20, hi: 100, bound: doc.Range}}},
		{"More than 40 and less than 10 are two bounds.", []want{
			{text: "More than 40", value: 40, lo: 40, hi: none, bound: doc.Lower},
			{text: "less than 10", value: 10, lo: none, hi: 10, bound: doc.Upper}, {text: "two", value: 2}}},
		{"Marks of 200 or greater, about 500 or more, less than or equal to 100; >= 30 counts.", []want{
			{text: "200 or greater", value: 200, lo: 200, hi: none, bound: doc.Lower},
			{text: "about 500 or more", value: 500, lo: 500, hi: none, bound: doc.Lower},
			{text: "less than or equal to 100", value: 100, lo: none, hi: 100, bound: doc.Upper},
			{text: ">= 30", value: 30, lo: 30, hi: none, bound: doc.Lower}}},
		{"Nearly 3/4 of voters, .08 of the rest and 2 1/4 cups; the 9/11 attacks.", []want{
			{text: "Nearly 3/4", value: 0.75, bound: doc.Approx}, {text: ".08", value: 0.08},
			{text: "2 1/4 cups", value: 2.25, unit: "cup"}}},
		{"Population 1 414 021 100, or 1.3x10^6 and 1e10 units; the 7E7 jet; 2.33 k.", []want{
			{text: "1 414 021 100", value: 1414021100}, {text: "1.3x10^6", value: 1.3e6},
			{text: "1e10", value: 1e10}, {text: "2.33 k", value: 2330}}},
		{"The council met twice and voted three times.", []want{
			{text: "twice", value: 2, unit: "times"}, {text: "three times", value: 3, unit: "times"}}},
	}
	for _, c := range cases {
		checkFigures(t, analyse(c.in), c.want)
	}
}

func TestMoneyAndUnits(t *testing.T) {
	cases := []struct {
		in   string
		want []want
	}{
		{"The deal is worth US$14 billion.", []want{{text: "US$14 billion", value: 14e9, unit: "USD", measure: doc.Money}}},
		{"It costs a dollar, or about $10-$20 at $80 a barrel; 15 dollars and 50.", []want{
			{text: "a dollar", value: 1, unit: "USD"},
			{text: "about $10-$20", value: none, lo: 10, hi: 20, bound: doc.Range, unit: "USD"},
			{text: "$80", value: 80, unit: "USD"}, {text: "15 dollars and 50", value: 15.5, unit: "USD"}}},
		{"It cost C $ 16.4 million, 120 MEUR, Rs 1,50,000 and 100元, not a $ 5 fee.", []want{
			{text: "C $ 16.4 million", value: 16.4e6, unit: "CAD"}, {text: "120 MEUR", value: 120e6, unit: "EUR"},
			{text: "Rs 1,50,000", value: 150000, unit: "INR"}, {text: "100元", value: 100, unit: "CNY"},
			{text: "$ 5", value: 5, unit: "USD"}}},
		{"The number is above one quarter and below a half, for a 16-bit chip.", []want{
			{text: "above one quarter and below a half", value: none, lo: 0.25, hi: 0.5, bound: doc.Range},
			{text: "16-bit", value: 16, unit: "bit"}}},
		{"People over 65 years old and children under 18 years old were hurt; he is 34 years old.", []want{
			{text: "over 65", value: 65, lo: 65, hi: none, bound: doc.Lower},
			{text: "under 18", value: 18, lo: none, hi: 18, bound: doc.Upper}}},
		{"The target is US$ 1MM and 1,674,200.5 M units, a 10mm bolt.", []want{
			{text: "US$ 1MM", value: 1e6, unit: "USD"}, {text: "1,674,200.5 M", value: 1674200.5e6},
			{text: "10mm", value: 10, unit: "mm"}}},
		{"He raised $5 m for 5 m users; the wall is 5 m high, with 150 micrograms and 3 tablespoons.", []want{
			{text: "$5 m", value: 5e6, unit: "USD"}, {text: "5 m", value: 5e6},
			{text: "5 m", value: 5, unit: "m"}, {text: "150 micrograms", value: 150, unit: "µg"},
			{text: "3 tablespoons", value: 3, unit: "tbsp"}}},
		{"He paid Rs. 20 and 42 Saudiriyal.", []want{
			{text: "20", value: 20, unit: "INR"}, {text: "42 Saudiriyal", value: 42, unit: "SAR"}}},
		{"He paid $20 and 43 others came.", []want{{text: "$20", value: 20, unit: "USD"}, {text: "43", value: 43}}},
		// Currency names before the amount, but not common words, not
		// after an article and not before a percentage.
		{"Sales reached ringgit 42 million and Malaysian ringgit 7 in fees.", []want{
			{text: "ringgit 42 million", value: 42e6, unit: "MYR", measure: doc.Money},
			{text: "Malaysian ringgit 7", value: 7, unit: "MYR", measure: doc.Money}}},
		{"Euro 2024 starts soon.", nil},
		{"Cars meet Euro 5 rules; Bitcoin 60,000 is a milestone.", []want{{text: "60,000", value: 60000}}},
		{"A bill of 1,000 Kenyan shillings, 50 cedis and a 50p coin; it streams in 1080p.", []want{
			{text: "1,000 Kenyan shillings", value: 1000, unit: "KES", measure: doc.Money},
			{text: "50 cedis", value: 50, unit: "GHS"}, {text: "50p", value: 0.5, unit: "GBP"}}},
		{"It paid 10 rmb and then 20 usd.", []want{
			{text: "10 rmb", value: 10, unit: "CNY", measure: doc.Money}, {text: "20 usd", value: 20, unit: "USD", measure: doc.Money}}},
		{"It pushed the dollar 0.5 percent higher; Labour won 42 seats.", []want{
			{text: "0.5 percent", value: 0.5, unit: "percent"}, {text: "42", value: 42}}},
		{"It cost LE 42 million, or 42 L.E a head.", []want{
			{text: "LE 42 million", value: 42e6, unit: "EGP", measure: doc.Money}, {text: "42 L.E", value: 42, unit: "EGP"}}},
		{"They will try 20 more times, at TRY 20 each.", []want{
			{text: "20", value: 20}, {text: "TRY 20", value: 20, unit: "TRY", measure: doc.Money}}},
		// Fractions of a percentage point; "of points" counts points.
		{"The Fed cut by a quarter point after a half-point rise, then half a percentage point.", []want{
			{text: "a quarter point", value: 0.25, unit: "point", measure: doc.Percent},
			{text: "half-point", value: 0.5, unit: "point"},
			{text: "half a percentage point", value: 0.5, unit: "point"}}},
		{"It fell three-quarters of a percentage point; one third of points went to him.", []want{
			{text: "three-quarters of a percentage point", value: 0.75, unit: "point"},
			{text: "one third", value: 1.0 / 3}}},
		{"It was the third point of contention.", nil},
		// "-odd" after a number: about so many.
		{"The group has 40,000-odd members.", []want{{text: "40,000-odd", value: 40000, bound: doc.Approx, hedge: "-odd"}}},
		// Temperatures named after degrees; Australian dollar signs.
		{"It was minus 40 degrees Celsius, or 100° Fahrenheit; profit was $US5.2 million and $A2.5m.", []want{
			{text: "minus 40 degrees Celsius", value: -40, unit: "°C"}, {text: "100° Fahrenheit", value: 100, unit: "°F"},
			{text: "$US5.2 million", value: 5.2e6, unit: "USD"}, {text: "$A2.5m", value: 2.5e6, unit: "AUD"}}},
		// Glued temperatures and British "pc"; cents stay lower-case.
		{"It hit 35C in Madrid and 95F in Phoenix; a stamp is 43c and sales fell 12pc.", []want{
			{text: "35C", value: 35, unit: "°C"}, {text: "95F", value: 95, unit: "°F"},
			{text: "43c", value: 0.43, unit: "USD", measure: doc.Money}, {text: "12pc", value: 12, unit: "percent"}}},
		// Percentages with the unit on both ends after a hedge; after a
		// change verb they are a change and a level.
		{"Some 70 percent to 80 percent of homes lost power; jobless claims rose 2 percent to 40 percent.", []want{
			{text: "Some 70 percent to 80 percent", value: none, lo: 70, hi: 80, bound: doc.Range, unit: "percent"},
			{text: "2 percent", value: 2, unit: "percent"}, {text: "40 percent", value: 40, unit: "percent"}}},
		// Scale words hyphenated to the number, as adjectives write them.
		{"It signed a $2.5-billion deal, a US$1 billion-plus plan and a C$1.2-million-plus loan.", []want{
			{text: "$2.5-billion", value: 2.5e9, unit: "USD", measure: doc.Money},
			{text: "US$1 billion-plus", value: 1e9, lo: 1e9, hi: none, bound: doc.Lower, unit: "USD"},
			{text: "C$1.2-million-plus", value: 1.2e6, lo: 1.2e6, hi: none, bound: doc.Lower, unit: "CAD"}}},
		// A scale after the code; an amount per share glued by hyphens.
		{"They lost 75 USD million and paid a 12-cent-a-share dividend.", []want{
			{text: "75 USD million", value: 75e6, unit: "USD", measure: doc.Money},
			{text: "12-cent-a-share", value: 0.12, unit: "USD", measure: doc.Money}}},
		// Glued units with a slash or a trailing digit.
		{"The plot is 24703m2 and the limit 10km/hr.", []want{
			{text: "24703m2", value: 24703, unit: "m²"}, {text: "10km/hr", value: 10, unit: "km/h"}}},
		// Units in brackets and dotted; the inch mark before a dimension.
		{"The rod is 10 \" long and weighs 45{kg).", []want{
			{text: "10 \"", value: 10, unit: "in"}, {text: "45{kg", value: 45, unit: "kg"}}},
		{"See note 45(a) for the \"10\" figure.", []want{{text: "10", value: 10}}},
		{"Each bag weighs 20 (kg), each crate 3 [lb] and each box 1 k.g. empty.", []want{
			{text: "20 (kg)", value: 20, unit: "kg"}, {text: "3 [lb]", value: 3, unit: "lb"},
			{text: "1 k.g.", value: 1, unit: "kg"}}},
		{"The baby weighed over two pounds, he is 5 feet 2 inches and 1.8m tall, driving at 188 miles an hour.", []want{
			{text: "over two pounds", value: 2, lo: 2, hi: none, bound: doc.Lower, unit: "lb"},
			{text: "5 feet 2 inches", value: 5 + 2.0/12, unit: "ft"},
			{text: "1.8m", value: 1.8, unit: "m"},
			{text: "188 miles an hour", value: 188, unit: "mph"}}},
		{"The fund has 3m members; the vote was one over three; more than half agreed.", []want{
			{text: "3m", value: 3e6},
			{text: "one over three", value: 1.0 / 3},
			{text: "more than half", value: 0.5, lo: 0.5, hi: none, bound: doc.Lower}}},
		{"It paid €3.5m and £40m.", []want{{text: "€3.5m", value: 3.5e6, unit: "EUR"}, {text: "£40m", value: 40e6, unit: "GBP"}}},
		{"Debt hit $2.1 trillion, or 14 billion dollars a year.", []want{
			{text: "$2.1 trillion", value: 2.1e12, unit: "USD"}, {text: "14 billion dollars", value: 14e9, unit: "USD"}}},
		{"A loan of 500 million yuan and 3 billion rubles.", []want{
			{text: "500 million yuan", value: 500e6, unit: "CNY"}, {text: "3 billion rubles", value: 3e9, unit: "RUB"}}},
		{"Fares cost 80 cents and 12 Canadian dollars.", []want{
			{text: "80 cents", value: 0.8, unit: "USD"}, {text: "12 Canadian dollars", value: 12, unit: "CAD"}}},
		{"Support fell 4.5 percent to 31%, down 2 percentage points; 15 per cent disagree.", []want{
			{text: "4.5 percent", value: 4.5, unit: "percent", measure: doc.Percent},
			{text: "31%", value: 31, unit: "percent"},
			{text: "2 percentage points", value: 2, unit: "point", measure: doc.Percent},
			{text: "15 per cent", value: 15, unit: "percent"}}},
		{"The zone covers 1,200 square kilometres and lies 40 miles away; a 10km road.", []want{
			{text: "1,200 square kilometres", value: 1200, unit: "km²"},
			{text: "40 miles", value: 40, unit: "mi"},
			{text: "10km", value: 10, unit: "km"}}},
		{"Notes of 10 € and a 12-cent dividend, a one-yen bid; deposits: 10 Turkish lira.", []want{
			{text: "10 €", value: 10, unit: "EUR"},
			{text: "12-cent", value: 0.12, unit: "USD"},
			{text: "one-yen", value: 1, unit: "JPY"},
			{text: "10 Turkish lira", value: 10, unit: "TRY"}}},
		{"One in five children and 6 out of 10 voters agree; 2 in 2014 and 3 in 12 months.", []want{
			{text: "One in five", value: 20, unit: "percent", measure: doc.Percent},
			{text: "6 out of 10", value: 60, unit: "percent"},
			{text: "2", value: 2}, {text: "3", value: 3}}},
		{"A 10-metre-long boat sank 150 nautical miles out.", []want{
			{text: "10-metre-long", value: 10, unit: "m"}, {text: "150 nautical miles", value: 150, unit: "nmi"}}},
		{"The Orvane freighter flies 2,900 to 7,200 nautical kilometres, or 900 nautical mi.", []want{
			{text: "2,900 to 7,200 nautical kilometres", lo: 2900, hi: 7200, bound: doc.Range, unit: "km"},
			{text: "900 nautical mi", value: 900, unit: "nmi"}}},
		{"A 150,000-square-foot hall.", []want{{text: "150,000-square-foot", value: 150000, unit: "ft²"}}},
		{"They shipped 2.5 million tonnes of grain.", []want{{text: "2.5 million tonnes", value: 2.5e6, unit: "t"}}},
		{"Only 52 percent approve; one study found a six-mile queue.", []want{
			{text: "52 percent", value: 52, bound: doc.Exact, unit: "percent"},
			{text: "one", value: 1, counted: "study"},
			{text: "six-mile", value: 6, unit: "mi"}}},
		{"A ticket costs $20 and 43 cents, a crate 100t and a bond $2t.", []want{
			{text: "$20 and 43 cents", value: 20.43, unit: "USD"},
			{text: "100t", value: 100, unit: "t"},
			{text: "$2t", value: 2e12, unit: "USD"}}},
	}
	for _, c := range cases {
		checkFigures(t, analyse(c.in), c.want)
	}
}

// TestNotCounts covers things that look like numbers but count nothing.
func TestNotCounts(t *testing.T) {
	cases := []struct {
		in    string
		times [][2]int
		want  []string
	}{
		{"On March 3, 400 people marched.", [][2]int{{3, 10}}, []string{"400"}},
		{"Two months after the treaty, 80 monitors arrived.", [][2]int{{0, 10}}, []string{"80"}},
		{"In 2022 the war began; by 2023 it had spread.", nil, nil},
		{"It was their third meeting and the 21st summit.", nil, nil},
		{"Call 555-1234 or +44 20 7946 0958 for details.", nil, nil},
		{"The app moved to version 2.0 and then to 3.1.4 last week.", nil, nil},
		{"The home side won 3-2 after a 1-1 draw.", nil, nil},
		{"He lives at 221 Baker Street with a friend.", nil, nil},
		{"Case 2882015 was filed, see https://example.org/items/4512 online.", nil, nil},
		{"One of the guards said no one would leave, and one must wait.", nil, nil},
		{"Veterans of World War Two flew Boeing 737 jets and the F-16.", nil, nil},
		{"The 1990s were calm; he left at 18:30 and returned in the mid-2000s.", nil, nil},
		{"A 15-year-old boy was hurt.", nil, nil},
		{"The wreck lies at 32° 34' south.", nil, nil},
		{"See No. 5 and page 12 of Resolution 2231.", nil, nil},
		{"One soldier died and one of the medics was hurt.", nil, []string{"One"}},
		{"Some 1500 troops crossed in 1998.", nil, []string{"Some 1500"}},
		{"He waited two years for it.", nil, nil},
		{"Said Anna Berg, 34, of Leeds: no comment. So did Tom Reed, 71.", nil, nil},
		{"He signed an 8 - year deal, posted 2013 / 09 / 26 at 1 : 45, code 007.", nil, nil},
		{"He lives on the 12000 block of Elm Road.", nil, nil},
		{"Two women, ages 52 and 55, were hurt.", nil, []string{"Two"}},
		// An id has no sign; "<>" is "not equal", no bound; a number read
		// in words after one in digits is not a digit group.
		{"The account fell to -1234567 from 2882015.", nil, []string{"-1234567"}},
		{"Values <>30 were dropped.", nil, []string{"30"}},
		{"He wrote 4000 3 hundred and 21 as two numbers.", nil, []string{"4000", "3 hundred and 21", "two"}},
		{"On 9/11, 2,977 people died; 3/4 of them in New York.", nil, []string{"2,977", "3/4"}},
		{"Dial 423 0000 now.", nil, nil},
		// Years are not counts, but bounds on a count are; two bounds are one range.
		{"Turnout was above 1500 and below 1900 in the hall.", nil, []string{"above 1500 and below 1900"}},
		{"The plane is due around 2020, not before 2015, and flies until at least 2030.", nil, nil},
		{"The site has 100M users and 6005 votes were cast.", nil, []string{"100M", "6005"}},
	}
	for _, c := range cases {
		d := analyse(c.in, c.times...)
		var got []string
		for _, f := range d.Figures {
			got = append(got, f.Text)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
				break
			}
		}
	}
}

// TestSignsScalesAndSlashes covers numbers whose reading turns on a sign, a
// glued G or a slash pair the time step may have taken.
func TestSignsScalesAndSlashes(t *testing.T) {
	cases := []struct {
		in    string
		times [][2]int
		want  []want
	}{
		// A decimal without its zero, signed, with the SI prefix G.
		{".0012G", nil, []want{{text: ".0012G", value: 1.2e6}}},
		{"-.0012G", nil, []want{{text: "-.0012G", value: -1.2e6}}},
		{"Links of 1,674.5G and 10G; 5G and 3.5G phones.", nil, []want{
			{text: "1,674.5G", value: 1.6745e12}, {text: "10G", value: 1e10}}},
		{"It is 1,674.5 G in all.", nil, []want{{text: "1,674.5 G", value: 1.6745e12, unit: noUnit}}},
		// A spaced minus is a sign only when the number is all the line
		// holds; before words it is a bullet.
		{"- 1,200,000", nil, []want{{text: "- 1,200,000", value: -1.2e6}}},
		{"- 12 people died.", nil, []want{{text: "12", value: 12}}},
		// "one" alone answers a count; "the one" is a pronoun.
		{"How many survived? One.", nil, []want{{text: "One", value: 1}}},
		{"Which survived? The one.", nil, nil},
		// A slash pair the time step read as a date: a fraction with no
		// date cue, a date after "on" or a weekday, a name in "9/11".
		{"3/15", [][2]int{{0, 4}}, []want{{text: "3/15", value: 0.2}}},
		{"Vote on 3/15.", [][2]int{{8, 12}}, nil},
		{"Wed. 6/14 it is.", [][2]int{{5, 9}}, nil},
		{"About 9/11 now.", [][2]int{{6, 10}}, nil},
		// Number words that are the whole sentence, which the time step
		// read as a clock said aloud: the number stays too. Inside a
		// sentence the clock alone stands.
		{"one twenty two", [][2]int{{0, 14}}, []want{{text: "one twenty two", value: 122}}},
		{"Meet at one twenty.", [][2]int{{8, 18}}, nil},
		// "#" for a pound sign lost to a 7-bit character set, only before
		// a scaled amount; a rank stays a label.
		{"It won a # 13 billion contract, GB # 20.1 billion; the #1 seed.", nil, []want{
			{text: "# 13 billion", value: 13e9, unit: "GBP"}, {text: "GB # 20.1 billion", value: 20.1e9, unit: "GBP"}}},
		// "single" alone answers a count; before a noun it is an adjective.
		{"How many? Single.", nil, []want{{text: "Single", value: 1}}},
		{"The single market grew.", nil, nil},
		// Pounds after a verb of dieting weigh, unless the amount is large.
		{"She wants to drop 25 pounds; the club lost 5 million pounds.", nil, []want{
			{text: "25 pounds", value: 25, unit: "lb"}, {text: "5 million pounds", value: 5e6, unit: "GBP"}}},
		// A glued "m" among lengths is metres.
		{"1m is equal to 10 dm.", nil, []want{{text: "1m", value: 1, unit: "m"}, {text: "10 dm", value: 10, unit: "dm"}}},
		// Unit abbreviations news writes.
		{"A 300 hp engine, 100 psi, 3 gal, 7 cu ft and 0.8rad.", nil, []want{
			{text: "300 hp", unit: "hp"}, {text: "100 psi", unit: "psi"}, {text: "3 gal", unit: "gal"},
			{text: "7 cu ft", unit: "ft³"}, {text: "0.8rad", value: 0.8, unit: "rad"}}},
		{"She met an HP director and half a dozen HP staff.", nil, []want{{text: "half a dozen", value: 6, unit: noUnit}}},
		// Mixed numbers before a percent word; the British "p.c.".
		{"Rates rose 3 1/2 percent, then 1/4 per cent, and 5 p.c. more.", nil, []want{
			{text: "3 1/2 percent", value: 3.5, unit: "percent"}, {text: "1/4 per cent", value: 0.25, unit: "percent"},
			{text: "5 p.c.", value: 5, unit: "percent"}}},
		// Model numbers named by a plural ("787s") or a name after them ("787
		// Dreamliner") are no counts anywhere in the article; "595
		// Republican delegates" is a count.
		{"Boeing sold 50 787s. The new 787 flies; the 737-800 too. The 737 MAX is late. There are 595 Republican delegates. The 486 chip and the new 486 ship; 300 jets fly.", nil, []want{
			{text: "50", value: 50}, {text: "595", value: 595}, {text: "300", value: 300}}},
		// A model glued to letters and a time-zone offset are no counts.
		{"The iPhone 3GS landed at 6 ( GMT +8 ) with 40 staff.", nil, []want{{text: "6", value: 6}, {text: "40", value: 40}}},
		// A day before ", 2016" is a date; "six" before a duration the time
		// step took is its range's first end.
		{"PostedFebruary 6, 2016 by 12 staff.", nil, []want{{text: "12", value: 12}}},
		{"It was drafted six to eight weeks ago.", [][2]int{{22, 37}}, nil},
		// Ranked lists number their items; "percentage-point" is a unit.
		{"Polls:\n\n12. Lindsey Graham (11.)\n\nHe got 12. Then a 10 percentage-point margin.\n\n60. The number of them.", nil, []want{
			{text: "12", value: 12}, {text: "10 percentage-point", value: 10, unit: "point"}, {text: "60", value: 60}}},
		// After "by", a close pair is a range, a far one a change then a level.
		{"Sales rose by 15 to 20 percent; costs rose by 3 to 12.", nil, []want{
			{text: "15 to 20 percent", value: none, lo: 15, hi: 20, unit: "percent"}, {text: "3", value: 3}, {text: "12", value: 12}}},
		// The possessive split in tokenized copy still names the maker.
		{"Qatar chose Boeing 's 787 , and 20 others .", nil, []want{{text: "20", value: 20}}},
		// A year after a determiner or possessive modifies the plural after
		// it; a count that size has a comma.
		{"After the 2012 attacks and Obama's 2012 bundlers, the 2,000 troops and 2000 people stayed.", nil, []want{
			{text: "2,000", value: 2000}, {text: "2000", value: 2000}}},
		// Compound ordinals and names are no counts.
		{"He came one hundred and first, in the twenty first race; 7-Eleven sold 3 guns.", nil, []want{{text: "3", value: 3}}},
		// Numbers across hyphens.
		{"One-and-a-half million voters, a quarter-million more, forty-odd aides, forty-something staff, a 20-percent cut.", nil, []want{
			{text: "One-and-a-half million", value: 1.5e6}, {text: "a quarter-million", value: 250000},
			{text: "forty-odd", value: 40, bound: doc.Approx}, {text: "forty-something", value: none, lo: 40, hi: 49},
			{text: "20-percent", value: 20, unit: "percent"}}},
		{"Three-quarters of a million came, three-hundred stayed, three-quarters of them left, twenty-five men.", nil, []want{
			{text: "Three-quarters of a million", value: 750000}, {text: "three-hundred", value: 300},
			{text: "three-quarters", value: 0.75}, {text: "twenty-five", value: 25}}},
		{"It holds thirty-one million two hundred fifty-six thousand seven hundred twenty-one.", nil, []want{
			{text: "thirty-one million two hundred fifty-six thousand seven hundred twenty-one", value: 31256721}}},
		// Wire abbreviations and restatements: "dlrs", a weight converted to
		// kilograms in brackets, feet and inches with a comma.
		{"Aid of dlrs 50 million; 500 pounds (225 kilograms) of food; he is 5 feet, 10 inches tall.", nil, []want{
			{text: "dlrs 50 million", value: 5e7, unit: "USD"}, {text: "500 pounds", value: 500, unit: "lb"},
			{text: "225 kilograms", value: 225, unit: "kg"}, {text: "5 feet, 10 inches", value: 5 + 10.0/12, unit: "ft"}}},
		// Multiples are ratios, occasions are times.
		{"The chips are up to four times faster; the phone is twice as fast.", nil, []want{
			{text: "up to four times", value: 4, hi: 4, unit: "ratio", bound: doc.Upper},
			{text: "twice", value: 2, unit: "ratio"}}},
	}
	for _, c := range cases {
		checkFigures(t, analyse(c.in, c.times...), c.want)
	}
}

// TestFractionBeforeTag: a slash pair before a verb is a fraction, before a
// noun a name ("9/11 attacks"); only the tag tells "said" from "attacks".
func TestFractionBeforeTag(t *testing.T) {
	for _, c := range []struct {
		in   string
		tags []string
		want []want
	}{
		{"About 3/4 said yes.", []string{"ADV", "NUM", "VERB", "INTJ", "PUNCT"}, []want{{text: "About 3/4", value: 0.75}}},
		{"About 3/4 voters.", []string{"ADV", "NUM", "NOUN", "PUNCT"}, nil},
		{"Shares slipped 3/8 to 42 5/8.", []string{"NOUN", "VERB", "NUM", "ADP", "NUM", "NUM", "PUNCT"}, []want{
			{text: "3/8", value: 0.375}, {text: "42 5/8", value: 42.625}}},
	} {
		d := doc.New(doc.Article{Text: c.in})
		tokenize.Tokenize(d)
		if len(d.Tokens) != len(c.tags) {
			t.Fatalf("%q: %d tokens", c.in, len(d.Tokens))
		}
		for i := range d.Tokens {
			d.Tokens[i].POS = c.tags[i]
		}
		Extract(d)
		checkFigures(t, d, c.want)
	}
}

func TestGroup(t *testing.T) {
	text := "Kyiv said 600 North Korean soldiers were killed and Ukraine's 20 brigades held."
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	nk := strings.Index(text, "North")
	ua := strings.Index(text, "Ukraine")
	d.Entities = []doc.Entity{
		{ID: "e1", Type: doc.NORP, Canonical: "North Korean", Link: "North Korea",
			Mentions: []doc.Mention{{Start: nk, End: nk + len("North Korean"), Text: "North Korean"}}},
		{ID: "e2", Type: doc.GPE, Canonical: "Ukraine",
			Mentions: []doc.Mention{{Start: ua, End: ua + 7, Text: "Ukraine"}}},
		{ID: "e3", Type: doc.GPE, Canonical: "Kyiv", Mentions: []doc.Mention{{Start: 0, End: 4, Text: "Kyiv"}}},
	}
	Extract(d)
	checkFigures(t, d, []want{
		{text: "600", counted: "North Korean soldiers", measure: doc.Killed, group: "North Korea"},
		{text: "20", counted: "brigades", group: "Ukraine"},
	})

	// The speaker is not the group; a "from" phrase is.
	text = "Kyiv said 300 troops from Russia were captured."
	d = doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	ru := strings.Index(text, "Russia")
	d.Entities = []doc.Entity{
		{ID: "e1", Type: doc.GPE, Canonical: "Kyiv", Mentions: []doc.Mention{{Start: 0, End: 4, Text: "Kyiv"}}},
		{ID: "e2", Type: doc.GPE, Canonical: "Russia", Mentions: []doc.Mention{{Start: ru, End: ru + 6, Text: "Russia"}}},
	}
	Extract(d)
	checkFigures(t, d, []want{{text: "300", counted: "troops", measure: doc.Captured, group: "Russia"}})

	text = "Kyiv said 300 troops were captured."
	d = doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	d.Entities = []doc.Entity{
		{ID: "e1", Type: doc.GPE, Canonical: "Kyiv", Mentions: []doc.Mention{{Start: 0, End: 4, Text: "Kyiv"}}},
	}
	Extract(d)
	if len(d.Figures) != 1 || d.Figures[0].Group != "" {
		t.Errorf("speaker taken as group: %+v", d.Figures)
	}
}

// TestExtractAppends checks that IDs continue after figures already in the
// document and that sentences are recorded.
func TestExtractAppends(t *testing.T) {
	d := doc.New(doc.Article{Text: "It rained. Then 30 cars crashed."})
	tokenize.Tokenize(d)
	d.Figures = []doc.Figure{{ID: "f1"}}
	Extract(d)
	if len(d.Figures) != 2 || d.Figures[1].ID != "f2" || d.Figures[1].Sentence != 1 || d.Figures[1].Attribution != nil {
		t.Fatalf("got %+v", d.Figures)
	}
}

func TestParseQuantity(t *testing.T) {
	cases := []struct {
		in         string
		value      float64
		lo, hi     float64
		unit, text string
	}{
		{"about 5", 5, 5, 5, "", "about 5"},
		{"1/5", 0.2, 0.2, 0.2, "", "1/5"},
		{"two point two million", 2.2e6, 2.2e6, 2.2e6, "", "two point two million"},
		{"thirty three", 33, 33, 33, "", "thirty three"},
		{"between 100 and 1000 grams of sugar", 0, 100, 1000, "g", "between 100 and 1000 grams"},
		{"3 CNY", 3, 3, 3, "CNY", "3 CNY"},
		{"a dozen", 12, 12, 12, "", "a dozen"},
		{"USD3.14", 3.14, 3.14, 3.14, "USD", "USD3.14"},
		{"2½ miles", 2.5, 2.5, 2.5, "mi", "2½ miles"},
		{"10 bln", 1e10, 1e10, 1e10, "", "10 bln"},
		{"two thirds", 2.0 / 3, 2.0 / 3, 2.0 / 3, "", "two thirds"},
		{"around 2 -7 g", 0, 2, 7, "g", "around 2 -7 g"},
		{"2^10", 1024, 1024, 1024, "", "2^10"},
		{"a hundred trillionths", 1e-10, 1e-10, 1e-10, "", "a hundred trillionths"},
		{"one hundred thirty fifths", 100.0 / 35, 100.0 / 35, 100.0 / 35, "", "one hundred thirty fifths"},
		{"three hundred Cr", 3e9, 3e9, 3e9, "", "three hundred Cr"},
		{"two hundred point seventy-one", 200.71, 200.71, 200.71, "", "two hundred point seventy-one"},
	}
	for _, c := range cases {
		qs := ParseQuantity(c.in)
		if len(qs) != 1 {
			t.Errorf("ParseQuantity(%q) = %d quantities, want 1", c.in, len(qs))
			continue
		}
		q := qs[0]
		if q.Text != c.text || q.Unit != c.unit {
			t.Errorf("ParseQuantity(%q) = %q %q, want %q %q", c.in, q.Text, q.Unit, c.text, c.unit)
		}
		if c.value != 0 && (q.Value == nil || math.Abs(*q.Value-c.value) > 1e-9) {
			t.Errorf("ParseQuantity(%q) value %v, want %v", c.in, q.Value, c.value)
		}
		if q.Low == nil || q.High == nil || math.Abs(*q.Low-c.lo) > 1e-9 || math.Abs(*q.High-c.hi) > 1e-9 {
			t.Errorf("ParseQuantity(%q) low/high %v %v, want %v %v", c.in, q.Low, q.High, c.lo, c.hi)
		}
	}
}

// FuzzExtract checks that no input makes Extract panic or produce figures
// whose offsets do not match their text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"600 out of", "Between 10 and", "US$", "$ 5 and", "a couple of", "of whom 3", "3-", "-7", "1/0",
		"the toll could exceed", "twice as", "300 km ² ", "£40m and 43c", "half a", "one and a",
		"Officials said 600 of the 15,000 troops died.",
		"Rs. 20", ".08", "more than 1 and less than", "$10-$", "1 234 5", "5 feet 2", "one over", "2 1/",
		"20 dollars and", "C $", "1e", "3m tall", "a dollar", "more than half",
		"2^", "-1.1^--23", "9^99", "between the tenth and the", "higher than 10th but", "ringgit", "Malaysian ringgit 4",
		"20 (kg", "45{kg)", "a quarter of a percentage", "half a", "point", "$US", "35C", "12-cent-a-", "40,000-odd",
		"1" + strings.Repeat("0", 300) + " trillion people and $" + strings.Repeat("9", 300) + "bn",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !doc.ValidUTF8(s) {
			return
		}
		d := doc.New(doc.Article{Text: s})
		tokenize.Tokenize(d)
		Extract(d)
		for _, fg := range d.Figures {
			if d.Slice(fg.Start, fg.End) != fg.Text || fg.Start >= fg.End {
				t.Fatalf("figure %+v does not match the text", fg)
			}
			if fg.Counted != nil && d.Slice(fg.Counted.Start, fg.Counted.End) != fg.Counted.Text {
				t.Fatalf("counted %+v does not match the text", fg.Counted)
			}
			checkFinite(t, fg.Text, fg.Value, fg.Low, fg.High)
		}
		for _, q := range ParseQuantity(s) {
			checkFinite(t, q.Text, q.Value, q.Low, q.High)
		}
	})
}

// checkFinite fails when a figure value is NaN or ±Inf: the JSON contract
// cannot carry them (encoding/json refuses to encode the document).
func checkFinite(t *testing.T, text string, vs ...*float64) {
	t.Helper()
	for _, v := range vs {
		if v != nil && (math.IsInf(*v, 0) || math.IsNaN(*v)) {
			t.Fatalf("figure %q has value %v", text, *v)
		}
	}
}

// TestOverflowingScale: a number finite in digits that overflows float64
// with its scale word ("1 followed by 300 zeros trillion") used to give a
// +Inf figure, and `crosscheck check --format json` then failed with "json:
// unsupported value: +Inf". It must give no figure; the figures around it
// stay.
func TestOverflowingScale(t *testing.T) {
	big := "1" + strings.Repeat("0", 300)
	for _, text := range []string{
		"Officials said " + big + " trillion people fled and 40 were hurt.",
		"Officials said $" + strings.Repeat("9", 300) + "bn was lost and 40 were hurt.",
		"Between " + big + " and " + big + "0 million people fled and 40 were hurt.",
	} {
		d := doc.New(doc.Article{Text: text})
		tokenize.Tokenize(d)
		Extract(d)
		found40 := false
		for _, fg := range d.Figures {
			checkFinite(t, fg.Text, fg.Value, fg.Low, fg.High)
			found40 = found40 || fg.Text == "40"
		}
		if !found40 {
			t.Errorf("%.40q…: the figure 40 was lost: %+v", text, d.Figures)
		}
		for _, q := range ParseQuantity(text) {
			checkFinite(t, q.Text, q.Value, q.Low, q.High)
		}
	}
}

// TestUsesTags checks that tags from a tagger, when present, bound the
// counted phrase, and that the rules work without them.
func TestUsesTags(t *testing.T) {
	d := doc.New(doc.Article{Text: "Some 40 police officers guard 12 ministry buildings."})
	tokenize.Tokenize(d)
	Extract(d)
	checkFigures(t, d, []want{
		{text: "Some 40", counted: "police officers"},
		{text: "12", counted: "ministry buildings"},
	})

	// "deer" is in no lexicon: only the tag says "roam" is a verb.
	d = doc.New(doc.Article{Text: "About 30 deer roam daily."})
	tokenize.Tokenize(d)
	tags := []string{"ADV", "NUM", "NOUN", "VERB", "ADV", "PUNCT"}
	if len(d.Tokens) != len(tags) {
		t.Fatalf("tokens %d", len(d.Tokens))
	}
	for i := range d.Tokens {
		d.Tokens[i].POS = tags[i]
	}
	d.Tokens[3].Tag = "VBP"
	Extract(d)
	checkFigures(t, d, []want{{text: "About 30", counted: "deer"}})
}

// TestCapacityVerbs: "seat" and "number" are labels before a number ("seat
// 12") but verbs of holding or counting after a modal, or when the
// tagger says verb; their number is then a count, with its bound.
func TestCapacityVerbs(t *testing.T) {
	cases := []struct {
		in   string
		want []want
	}{
		{"The Tarven ferry can seat 150 passengers.", []want{{text: "150", value: 150, bound: doc.Exact, counted: "passengers"}}},
		{"The Kelso arena will seat up to 9,000 fans.", []want{
			{text: "up to 9,000", value: 9000, lo: none, hi: 9000, bound: doc.Upper, hedge: "up to", counted: "fans"}}},
		{"Builders say the room could seat about 400 diners.", []want{
			{text: "about 400", value: 400, bound: doc.Approx, counted: "diners"}}},
		{"Mira Tolson sat in seat 14 near the aisle.", nil},
		{"See number 7 on the list.", nil},
		{"The Pell Sisters single rose to number 3 and moved to seat 5.", nil},
	}
	for _, c := range cases {
		checkFigures(t, analyse(c.in), c.want)
	}

	// With tags, the tag decides: a verb "seat" with no modal before it.
	d := doc.New(doc.Article{Text: "Planners said the hall would comfortably seat 800 guests."})
	tokenize.Tokenize(d)
	for i := range d.Tokens {
		if d.Tokens[i].Text == "seat" {
			d.Tokens[i].POS = "VERB"
		}
	}
	Extract(d)
	checkFigures(t, d, []want{{text: "800", value: 800, counted: "guests"}})
}

func TestResolveSides(t *testing.T) {
	text := `"Nine soldiers have been killed on our side and 31 soldiers have been wounded," said a spokesman for the Royal Thai Army. "Cambodian losses are far heavier. More than 100 of their soldiers have been killed."`
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	// The attribution and entity steps, stood in for by hand.
	src := d.Span(strings.Index(text, "a spokesman"), strings.Index(text, "Army")+4)
	d.Attributions = []doc.Attribution{{ID: "a1", Source: &src}}
	k := strings.Index(text, "Cambodian")
	d.Entities = []doc.Entity{{ID: "e1", Type: doc.NORP, Canonical: "Cambodian", Link: "Cambodia",
		Mentions: []doc.Mention{{Start: k, End: k + 9, Text: "Cambodian"}}}}
	Extract(d)
	for i := range d.Figures {
		a := "a1"
		d.Figures[i].Attribution = &a
	}
	ResolveSides(d)
	want := map[string]string{"Nine": "Thailand", "31": "Thailand", "More than 100": "Cambodia"}
	for _, f := range d.Figures {
		if g, ok := want[f.Text]; ok && f.Group != g {
			t.Errorf("%s: group %q, want %q", f.Text, f.Group, g)
		}
		delete(want, f.Text)
	}
	if len(want) > 0 {
		t.Errorf("figures not found: %v", want)
	}
}
