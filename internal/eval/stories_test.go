package eval

import (
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/doc"
)

// thresholdStub groups documents by their gold topic (text "topic/sub")
// only at the threshold it is told is right, and leaves each document alone
// otherwise, so cross-validation has one right answer per level.
type thresholdStub struct{ story, topic float64 }

func (s thresholdStub) label(ds []*doc.Document, ok bool, part int) []int {
	out := make([]int, len(ds))
	ids := map[string]int{}
	for i, d := range ds {
		key := strings.Split(d.Article.Text, "/")[part]
		if !ok {
			key = strconv.Itoa(i)
		}
		if _, seen := ids[key]; !seen {
			ids[key] = len(ids)
		}
		out[i] = ids[key]
	}
	return out
}

func (s thresholdStub) Cluster(ds []*doc.Document) []int { return s.label(ds, s.story == 0.2, 1) }
func (s thresholdStub) Topics(ds []*doc.Document) []int  { return s.label(ds, s.topic == 0.07, 0) }

func TestCrossValidate(t *testing.T) {
	var ds []*doc.Document
	var topic, sub []string
	for tp := 1; tp <= 6; tp++ {
		for k := range 6 {
			tps, sbs := strconv.Itoa(tp), strconv.Itoa(tp)+[]string{"ecb", "ecbplus"}[k%2]
			ds = append(ds, &doc.Document{Article: doc.Article{Text: tps + "/" + sbs}})
			topic, sub = append(topic, tps), append(sub, sbs)
		}
	}
	// The default (0, 0) is wrong at both levels.
	m := crossValidate(func(story, topic float64) TopicClusterer { return thresholdStub{story, topic} }, ds, topic, sub)
	want := map[string]float64{
		"topic_b3_f1_heldout": 100, "subtopic_b3_f1_heldout": 100,
		"topic_cv_threshold_x100_0": 7, "topic_cv_threshold_x100_1": 7,
		"subtopic_cv_threshold_x100_0": 20, "subtopic_cv_threshold_x100_1": 20,
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("%s = %v, want %v (all: %v)", k, m[k], v, m)
		}
	}
	if m["topic_b3_f1_heldout_default"] >= 100 || m["subtopic_b3_f1_heldout_default"] >= 100 {
		t.Errorf("the wrong default scored perfectly: %v", m)
	}
}
