package figure

import (
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// Quantity is a number read from a standalone text, for evaluation
// harnesses and tools that have no document: the figure without the
// article context (counted phrase, measure, group).
type Quantity struct {
	Start int    `json:"start"` // code points, end exclusive
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Value, Low and High follow doc.Figure: Value for a single number,
	// Low/High for ranges and bounds.
	Value *float64 `json:"value"`
	Low   *float64 `json:"low"`
	High  *float64 `json:"high"`
	Bound string   `json:"bound"`
	Hedge string   `json:"hedge,omitempty"`
	Unit  string   `json:"unit,omitempty"`
}

// ParseQuantity reads every quantity in text: numbers in digits or words,
// ranges, vague quantities, money, percentages and measures. It applies the
// same filters as Extract (years, scores, labels…) but also reads
// fractions ("1/5"), which in articles are more often dates.
func ParseQuantity(text string) []Quantity {
	d := doc.New(doc.Article{Text: text})
	tokenize.Tokenize(d)
	x := newExtractor(d, true)
	x.run()
	out := make([]Quantity, 0, len(x.ms))
	for i := range x.ms {
		f := x.figure(i, 0)
		out = append(out, Quantity{Start: f.Start, End: f.End, Text: f.Text, Value: f.Value, Low: f.Low,
			High: f.High, Bound: f.Bound, Hedge: f.Hedge, Unit: f.Unit})
	}
	return out
}
