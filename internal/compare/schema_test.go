package compare

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/reader"
	"github.com/crosscheck-news/crosscheck/internal/schematest"
)

// TestReportMatchesSchema validates the JSON of every table case and of
// each bundled example against another against
// docs/schema/compare.schema.json.
func TestReportMatchesSchema(t *testing.T) {
	sch := schematest.Load(t, "../../docs/schema/compare.schema.json")
	var reports []*Report
	for _, tc := range cases {
		reports = append(reports, Compare(analyse(t, tc.src), analyse(t, tc.der)))
	}
	paths, _ := filepath.Glob("../../examples/*.txt")
	an, _ := analyzer.New(analyzer.Options{})
	var docs []*doc.Document
	for _, p := range paths {
		arts, _, err := reader.ReadFile(p, reader.Options{})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %v", p, err)
		}
		docs = append(docs, an.Analyze(arts[0]))
	}
	for i := range docs {
		reports = append(reports, Compare(docs[i], docs[(i+1)%len(docs)]))
	}
	kinds := 0
	for _, r := range reports {
		var buf bytes.Buffer
		if err := json.NewEncoder(&buf).Encode(r); err != nil {
			t.Fatal(err)
		}
		if err := schematest.Validate(sch, buf.Bytes()); err != nil {
			t.Errorf("report does not match the schema: %v\n%s", err, buf.String())
		}
		kinds += len(r.Counts)
	}
	if kinds == 0 {
		t.Error("no report had findings; the schema was not exercised")
	}
}
