// Package schematest loads the JSON Schemas in docs/schema for tests that
// hold the project's JSON outputs to their published contracts.
package schematest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Load compiles the schema file at path (relative to the test's package).
func Load(tb testing.TB, path string) *jsonschema.Schema {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	c := jsonschema.NewCompiler()
	name := filepath.Base(path)
	if err := c.AddResource(name, doc); err != nil {
		tb.Fatal(err)
	}
	sch, err := c.Compile(name)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return sch
}

// Validate reports whether JSON data matches the schema.
func Validate(sch *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}
