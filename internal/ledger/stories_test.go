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
	tl := Clusterer{}.Topics(docs)
	if len(tl) != 4 || tl[0] != tl[1] || tl[2] != tl[3] || tl[0] == tl[2] {
		t.Errorf("topic labels %v: the ferry reports and the steel reports are different topics", tl)
	}
}

// Two ferry disasters months apart are different stories of one topic;
// a steelworks closure is neither.
func TestRelatedStories(t *testing.T) {
	ferry1 := "A passenger ferry capsized off Lamu island on Saturday, the Kenya coast guard said, and divers recovered twelve bodies from the wreck. The ferry was overloaded, survivors said."
	ferry2 := "Divers searched the wreck of a passenger ferry that capsized near Mombasa on Tuesday, the Kenya coast guard said. The overloaded ferry was carrying traders to the island market, survivors said."
	steel := "Norder Stahl will close its Brenzhausen steelworks next year, cutting 2,000 jobs, chief executive Katrin Vogel told reporters. The union called the closure a betrayal of the workers."
	in := []StoryInput{
		{ID: "f1a", Published: "2025-03-01", Title: "Ferry capsizes off Lamu", Text: ferry1, Features: []string{"lamu", "kenya coast guard"}},
		{ID: "f1b", Published: "2025-03-02", Title: "Twelve dead as Lamu ferry capsizes", Text: ferry1 + " Relatives waited at the jetty.", Features: []string{"lamu", "kenya coast guard"}},
		{ID: "f2a", Published: "2025-07-08", Title: "Ferry capsizes near Mombasa", Text: ferry2, Features: []string{"mombasa", "kenya coast guard"}},
		{ID: "f2b", Published: "2025-07-09", Title: "Mombasa ferry search goes on", Text: ferry2 + " The search resumed at dawn.", Features: []string{"mombasa", "kenya coast guard"}},
		{ID: "s1", Published: "2025-07-09", Title: "Steelworks to close", Text: steel, Features: []string{"norder stahl", "katrin vogel"}},
		{ID: "s2", Published: "2025-07-10", Title: "Union anger at steelworks closure", Text: steel + " A strike was called.", Features: []string{"norder stahl", "katrin vogel"}},
	}
	got := GroupStories(in, StoryOptions{})
	byID := map[string]Story{}
	for _, s := range got {
		byID[s.ID] = s
	}
	if len(got) != 3 || len(byID["f1a"].Articles) != 2 || len(byID["f2a"].Articles) != 2 || len(byID["s1"].Articles) != 2 {
		t.Fatalf("stories %v; want f1a+f1b, f2a+f2b, s1+s2", storyIDs(got))
	}
	if r := byID["f1a"].Related; len(r) != 1 || r[0] != "f2a" {
		t.Errorf("f1a related to %v, want [f2a]", r)
	}
	if r := byID["s1"].Related; len(r) != 0 {
		t.Errorf("the steel story is related to %v, want none", r)
	}
}

func storyIDs(ss []Story) [][]string {
	var out [][]string
	for _, s := range ss {
		out = append(out, ids(s.Articles))
	}
	return out
}
