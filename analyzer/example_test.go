package analyzer_test

import (
	"fmt"
	"time"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
)

// Analyse one article and list who said what.
func Example() {
	a, err := analyzer.New(analyzer.Options{})
	if err != nil {
		panic(err)
	}
	d := a.Analyze(doc.Article{
		Title:     "Levee holds as river crests",
		Published: time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC),
		Text: `"The levee held," said Tomas Berg, the county engineer. ` +
			`Officials said that at least 40 homes were flooded.`,
	})
	for _, at := range d.Attributions {
		fmt.Printf("%s | %s | %s\n", at.Source.Text, at.Cue.Text, at.Content.Text)
	}
	// Output:
	// Tomas Berg, the county engineer | said | "The levee held,"
	// Officials | said | that at least 40 homes were flooded
}
