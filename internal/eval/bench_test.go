package eval

import (
	"strings"
	"testing"
)

// BenchmarkScoreAttributions scores a long article's worth of relations:
// the scorers must stay negligible beside the analyser they measure.
func BenchmarkScoreAttributions(b *testing.B) {
	sent := "Officials said the dam held , but residents said it broke . "
	text := strings.Repeat(sent, 60)
	toks := tokenRanges(text)
	var gold, pred []relation
	for i := 0; i < 60; i++ {
		o := i * len(sent)
		gold = append(gold, relation{source: Span{{o, o + 9}}, cue: Span{{o + 10, o + 14}}, content: Span{{o + 15, o + 27}}})
		pred = append(pred, relation{source: Span{{o, o + 9}}, cue: Span{{o + 10, o + 14}}, content: Span{{o + 19, o + 27}}})
	}
	b.ReportAllocs()
	for b.Loop() {
		scoreAttributions(gold, pred, toks)
	}
}

// BenchmarkBCubed scores a clustering the size of ECB+.
func BenchmarkBCubed(b *testing.B) {
	gold := make([]string, 982)
	pred := make([]int, 982)
	for i := range gold {
		gold[i] = string(rune('a' + i%43))
		pred[i] = i % 50
	}
	b.ReportAllocs()
	for b.Loop() {
		BCubed(gold, pred)
	}
}
