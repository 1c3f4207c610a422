package ledger

import (
	"testing"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
)

func TestGroupStories(t *testing.T) {
	ferry := []string{"lamu", "kenya coast guard", "date:2025-03-01"}
	in := []StoryInput{
		{ID: "a", Outlet: "Harbour Post", Published: "2025-03-01", Title: "Ferry sinks off Lamu",
			Text: "A ferry carrying 80 passengers sank off Lamu island on Saturday, the Kenya coast guard said. Twelve people died.", Features: ferry},
		{ID: "b", Outlet: "Valley Times", Published: "2025-03-02", Title: "Search goes on after ferry disaster",
			Text: "Rescuers searched the waters off Lamu on Sunday after a passenger ferry went down on Saturday, killing twelve people, according to the Kenya coast guard.", Features: ferry},
		{ID: "c", Outlet: "Valley Times", Published: "2025-03-02", Title: "New fish market",
			Text: "Lamu county officials opened a new fish market on Sunday.", Features: []string{"lamu", "date:2025-03-02"}},
		{ID: "d", Outlet: "Harbour Post", Published: "2025-05-01", Title: "Ferry sinks off Lamu",
			Text: "A ferry carrying 80 passengers sank off Lamu island on Saturday, the Kenya coast guard said. Twelve people died.", Features: ferry},
		{ID: "e", Outlet: "Northern Star", Published: "2025-05-02", Title: "Wire copy",
			Text: "A ferry carrying 80 passengers sank off Lamu island on Saturday, the Kenya coast guard said. Twelve people died, officials added.", Features: nil},
	}
	got := GroupStories(in, StoryOptions{})
	if len(got) != 2 {
		t.Fatalf("got %d stories, want 2 (a+b, d+e): %+v", len(got), got)
	}
	want := map[string]string{"a": "b", "d": "e"}
	for _, s := range got {
		if len(s.Articles) != 2 || want[s.Articles[0].ID] != s.Articles[1].ID {
			t.Errorf("story %s groups %v", s.ID, ids(s.Articles))
		}
	}
	if got[0].ID != "a" || len(got[0].Shared) == 0 || got[0].Shared[0] != "date:2025-03-01" && got[0].Shared[0] != "kenya coast guard" && got[0].Shared[0] != "lamu" {
		t.Errorf("first story %s shares %v", got[0].ID, got[0].Shared)
	}
}

func TestMinhashEstimatesJaccard(t *testing.T) {
	a := minhash("the quick brown fox jumps over the lazy dog near the river bank today")
	if s := Similarity(a, a, nil, nil); s != 0.5 {
		t.Errorf("identical texts without features: %v, want 0.5", s)
	}
	b := minhash("completely different words about steel plants and tariffs in Germany")
	if s := Similarity(a, b, nil, nil); s > 0.1 {
		t.Errorf("unrelated texts: %v", s)
	}
}

func ids(as []StoryInput) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

func TestClusterer(t *testing.T) {
	an, err := analyzer.New(analyzer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"A ferry carrying 80 passengers sank off Lamu island in Kenya on Saturday, the Kenya Coast Guard said. Twelve people died, coast guard commander Amina Odhiambo said.",
		"Rescuers searched the waters off Lamu on Sunday after a passenger ferry went down on Saturday, killing twelve people, said Amina Odhiambo of the Kenya Coast Guard.",
		"Norder Stahl will close its Brenzhausen steelworks next year, chief executive Katrin Vogel told reporters in Hamburg.",
		"Norder Stahl will close its Brenzhausen steelworks next year, chief executive Katrin Vogel told reporters in Hamburg.",
	}
	var docs []*doc.Document
	for _, tx := range texts {
		docs = append(docs, an.Analyze(doc.Article{Text: tx}))
	}
	l := Clusterer{}.Cluster(docs)
	if len(l) != 4 || l[0] != l[1] || l[2] != l[3] || l[0] == l[2] {
		t.Errorf("labels %v: want the two ferry reports together, the two (identical) steel reports together, apart from each other", l)
	}
}
