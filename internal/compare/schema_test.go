package compare

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/crosscheck-news/crosscheck/analyzer"
	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/reader"
)

// TestReportMatchesSchema validates the JSON of every table case and of
// each bundled example against another against
// docs/schema/compare.schema.json.
func TestReportMatchesSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	f, err := os.Open("../../docs/schema/compare.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("compare.schema.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("compare.schema.json")
	if err != nil {
		t.Fatal(err)
	}
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
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("report does not match the schema: %v\n%s", err, buf.String())
		}
		kinds += len(r.Counts)
	}
	if kinds == 0 {
		t.Error("no report had findings; the schema was not exercised")
	}
}
