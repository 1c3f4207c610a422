package compare

import (
	"strings"
	"testing"
)

// benchTexts builds a source of about 1,000 words and a rewrite of about
// 300 from hand-written sentences, the sizes the issue sets the budget for.
func benchTexts() (string, string) {
	src := []string{
		"Rebels killed around 40 soldiers near the border on Tuesday, the army said.",
		"Reuters could not independently verify the figure.",
		"The finance minister will not meet the union leaders next week, his office said.",
		"More than 2,000 people could be displaced by the floods, according to the United Nations.",
		"Ukrainian drones struck an oil depot near Kursk on Monday, the regional governor said.",
		"The ceasefire talks in Geneva collapsed after nine days of negotiations.",
		"Aid agencies warned that food stocks in the northern province would run out within a month.",
		"The government denied that its troops had fired on protesters in the capital.",
	}
	der := []string{
		"Rebels killed 40 soldiers near the border on Tuesday.",
		"The finance minister will meet the union leaders next week.",
		"About 2,000 people could be displaced by the floods, the United Nations said.",
		"Russian drones struck an oil depot near Kursk on Monday.",
		"Aid agencies said food stocks in the north would run out within a month.",
	}
	var s, d strings.Builder
	for s.Len() < 6200 { // ≈ 1,000 words
		for _, x := range src {
			s.WriteString(x)
			s.WriteString(" ")
		}
		s.WriteString("\n\n")
	}
	for d.Len() < 1900 { // ≈ 300 words
		for _, x := range der {
			d.WriteString(x)
			d.WriteString(" ")
		}
		d.WriteString("\n\n")
	}
	return s.String(), d.String()
}

// BenchmarkCompare times the whole command's work: analysing both texts
// and comparing them (budget: 50 ms on one core).
func BenchmarkCompare(b *testing.B) {
	src, der := benchTexts()
	b.SetBytes(int64(len(src) + len(der)))
	for b.Loop() {
		Compare(analyse(b, src), analyse(b, der))
	}
}

// BenchmarkCompareOnly times the comparison alone on analysed documents.
func BenchmarkCompareOnly(b *testing.B) {
	src, der := benchTexts()
	sd, dd := analyse(b, src), analyse(b, der)
	for b.Loop() {
		Compare(sd, dd)
	}
}
