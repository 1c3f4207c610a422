package figure

import (
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// benchText is a news-like article of about 600 words, written for the
// benchmark, dense in figures the way conflict reporting is.
var benchText = strings.Repeat(`Officials in the capital said on Tuesday that around 600 of the 15,000 troops deployed to the
border region have been killed, while the toll of civilian casualties could exceed 6,000. The ministry, which
declined to give a breakdown, put the cost of reconstruction at US$14 billion, or roughly €12.8bn, and said more
than 40 percent of homes in the district had been damaged. Dozens of villages were evacuated and tens of thousands
of residents fled to camps where aid groups say up to 3,000 people arrive every day. A spokeswoman for the agency,
speaking by telephone, said the figures could not be independently verified and that the real number of wounded
was likely higher. In a separate statement the defence ministry said its forces had captured 120 soldiers and
destroyed five tanks near the river, and that a 2,000-strong brigade would be sent to reinforce the line. Analysts
noted that the two sides have met twice in the past year without agreeing on a ceasefire, and that prices for
grain rose from 210 to 260 dollars a tonne. `, 4)

func BenchmarkExtract(b *testing.B) {
	d := doc.New(doc.Article{Text: benchText})
	tokenize.Tokenize(d)
	words := len(strings.Fields(benchText))
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Figures = d.Figures[:0]
		Extract(d)
	}
	b.StopTimer()
	if len(d.Figures) == 0 {
		b.Fatal("no figures")
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkParseQuantity(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ParseQuantity("between 10 and 20 million dollars, about 5, three quarters")
	}
}
