package eval

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
)

// Clusterer groups analysed articles into stories: Cluster returns one
// cluster label per document (equal labels, same story). The ledger
// implements it and hands it to SetClusterer; until then the stories task
// reports "not available".
type Clusterer interface {
	Cluster(docs []*doc.Document) []int
}

// TopicClusterer is a Clusterer that also groups documents into topics,
// the looser level of related events; the topic level is scored on its
// labels when the clusterer has them, else on the story labels.
type TopicClusterer interface {
	Clusterer
	Topics(docs []*doc.Document) []int
}

var (
	clusterer Clusterer
	tuned     func(story, topic float64) TopicClusterer
)

// SetTuning gives the stories task a way to build the clusterer with other
// story and topic thresholds (zero: the default), so it can choose them by
// cross-validation: tuned on half of the topics, scored on the other half.
func SetTuning(f func(story, topic float64) TopicClusterer) { tuned = f }

// SetClusterer makes the stories task measure c.
func SetClusterer(c Clusterer) { clusterer = c }

// ecbDoc is one ECB+ document: its text rebuilt from tokens, its topic
// ("12") and sub-topic ("12ecb" or "12ecbplus": the two events of a topic,
// each reported by several outlets).
type ecbDoc struct {
	name, topic, subtopic, text string
}

type ecbXML struct {
	Tokens []struct {
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
}

// loadECB reads ECB+ (topic folders of <topic>_<n>ecb.xml and
// <topic>_<n>ecbplus.xml): tokens joined by spaces, a blank line between
// sentences. limit caps the topics read (0: all).
func loadECB(dir string, limit int) ([]ecbDoc, error) {
	paths, err := files(dir, ".xml", 0)
	if err != nil {
		return nil, err
	}
	var out []ecbDoc
	topics := map[string]bool{}
	for _, p := range paths {
		base := strings.TrimSuffix(filepath.Base(p), ".xml")
		topic, rest, ok := strings.Cut(base, "_")
		if !ok {
			continue
		}
		if !topics[topic] {
			if limit > 0 && len(topics) >= limit {
				continue
			}
			topics[topic] = true
		}
		sub := topic + "ecb"
		if strings.HasSuffix(rest, "ecbplus") {
			sub = topic + "ecbplus"
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var x ecbXML
		if err := xml.Unmarshal(raw, &x); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		var b strings.Builder
		for i, t := range x.Tokens {
			if i > 0 {
				if t.Sentence != x.Tokens[i-1].Sentence {
					b.WriteString("\n\n")
				} else {
					b.WriteByte(' ')
				}
			}
			b.WriteString(t.Text)
		}
		out = append(out, ecbDoc{name: base, topic: topic, subtopic: sub, text: b.String()})
	}
	return out, nil
}

// BCubed scores a clustering against gold classes with B³ (Bagga and
// Baldwin 1998): for each item, precision is the share of its predicted
// cluster that shares its gold class, recall the share of its gold class
// that shares its predicted cluster; both are averaged over items.
func BCubed(gold []string, pred []int) (p, r, f1 float64) {
	n := len(gold)
	if n == 0 || len(pred) != n {
		return 0, 0, 0
	}
	type pair struct {
		g string
		c int
	}
	both, byGold, byPred := map[pair]int{}, map[string]int{}, map[int]int{}
	for i := range gold {
		both[pair{gold[i], pred[i]}]++
		byGold[gold[i]]++
		byPred[pred[i]]++
	}
	for i := range gold {
		k := float64(both[pair{gold[i], pred[i]}])
		p += k / float64(byPred[pred[i]])
		r += k / float64(byGold[gold[i]])
	}
	p, r = p/float64(n), r/float64(n)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func runStories(r *Report, an *analyzer.Analyzer, o Options) error {
	dir := filepath.Join(o.Data, "ecbplus", "ECB+")
	if _, err := os.Stat(dir); err != nil {
		return fmt.Errorf("%s: not found", dir)
	}
	if clusterer == nil {
		r.set("stories", "ecbplus", map[string]float64{}, nil)
		r.note("stories", "ecbplus", "not available: no story clusterer yet (eval.SetClusterer)")
		return nil
	}
	docs, err := loadECB(dir, o.Limit)
	if err != nil {
		return err
	}
	ds := make([]*doc.Document, len(docs))
	topic, sub := make([]string, len(docs)), make([]string, len(docs))
	for i, e := range docs {
		ds[i] = an.Analyze(doc.Article{Text: e.text})
		topic[i], sub[i] = e.topic, e.subtopic
	}
	labels := clusterer.Cluster(ds)
	if len(labels) != len(docs) {
		return fmt.Errorf("clusterer returned %d labels for %d documents", len(labels), len(docs))
	}
	topicLabels := labels
	if tc, ok := clusterer.(TopicClusterer); ok {
		topicLabels = tc.Topics(ds)
		if len(topicLabels) != len(docs) {
			return fmt.Errorf("clusterer returned %d topic labels for %d documents", len(topicLabels), len(docs))
		}
	}
	m := map[string]float64{"documents": float64(len(docs))}
	for _, lv := range []struct {
		key  string
		gold []string
		pred []int
	}{{"topic", topic, topicLabels}, {"subtopic", sub, labels}} {
		p, rc, f := BCubed(lv.gold, lv.pred)
		m[lv.key+"_b3_p"], m[lv.key+"_b3_r"], m[lv.key+"_b3_f1"] = round(100*p), round(100*rc), round(100*f)
	}
	clusters := map[int]bool{}
	for _, l := range labels {
		clusters[l] = true
	}
	m["clusters"] = float64(len(clusters))
	topicClusters := map[int]bool{}
	for _, l := range topicLabels {
		topicClusters[l] = true
	}
	m["topic_clusters"] = float64(len(topicClusters))
	var misses []string
	// A miss: two documents of one sub-topic the clusterer split apart.
	first := map[string]int{}
	for i := range docs {
		j, ok := first[sub[i]]
		if !ok {
			first[sub[i]] = i
			continue
		}
		if labels[i] != labels[j] && len(misses) < o.Errors {
			misses = append(misses, fmt.Sprintf("%s and %s (same story %s) split: %s", docs[j].name, docs[i].name, sub[i], jsonq(head(docs[i].text, 120))))
		}
	}
	if tuned != nil {
		for k, v := range crossValidate(tuned, ds, topic, sub) {
			m[k] = v
		}
	}
	r.set("stories", "ecbplus", m, misses)
	return nil
}

// Threshold grids searched by cross-validation.
var (
	storyGrid = []float64{0.1, 0.15, 0.2, 0.25, 0.3}
	topicGrid = []float64{0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.12}
)

// crossValidate scores each level with thresholds chosen on other topics:
// the topics are split by the parity of their number, the threshold with
// the best B³ F1 on one half is scored on the other, and the two held-out
// F1s are averaged (subtopic_b3_f1_heldout, topic_b3_f1_heldout; the
// threshold each half chose, times 100, is *_cv_threshold_x100_0 and _1). A half
// holds half the topics, so fewer distractors than the whole set: its
// score is higher than a whole-set score would be at the same quality, and
// is compared with the held-out score of the default thresholds
// (*_heldout_default) rather than with the whole-set score.
func crossValidate(tc func(story, topic float64) TopicClusterer, ds []*doc.Document, topic, sub []string) map[string]float64 {
	half := func(par int) (d []*doc.Document, tp, sb []string) {
		for i := range ds {
			n, err := strconv.Atoi(topic[i])
			if err != nil || n%2 != par {
				continue
			}
			d, tp, sb = append(d, ds[i]), append(tp, topic[i]), append(sb, sub[i])
		}
		return d, tp, sb
	}
	storyF1 := func(d []*doc.Document, gold []string, th float64) float64 {
		_, _, f := BCubed(gold, tc(th, 0).Cluster(d))
		return f
	}
	topicF1 := func(d []*doc.Document, gold []string, th float64) float64 {
		_, _, f := BCubed(gold, tc(0, th).Topics(d))
		return f
	}
	out := map[string]float64{}
	for _, lv := range []struct {
		key   string
		grid  []float64
		score func([]*doc.Document, []string, float64) float64
		gold  func(tp, sb []string) []string
	}{
		{"subtopic", storyGrid, storyF1, func(_, sb []string) []string { return sb }},
		{"topic", topicGrid, topicF1, func(tp, _ []string) []string { return tp }},
	} {
		var held, def float64
		for par := 0; par < 2; par++ {
			trD, trT, trS := half(par)
			teD, teT, teS := half(1 - par)
			best, bestF := 0.0, -1.0
			for _, th := range lv.grid {
				if f := lv.score(trD, lv.gold(trT, trS), th); f > bestF {
					best, bestF = th, f
				}
			}
			held += lv.score(teD, lv.gold(teT, teS), best) / 2
			def += lv.score(teD, lv.gold(teT, teS), 0) / 2
			out[fmt.Sprintf("%s_cv_threshold_x100_%d", lv.key, par)] = round(100 * best)
		}
		out[lv.key+"_b3_f1_heldout"] = round(100 * held)
		out[lv.key+"_b3_f1_heldout_default"] = round(100 * def)
	}
	return out
}

// head returns the first n code points of s on one line.
func head(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
