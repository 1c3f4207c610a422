package api

import (
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
)

var pathParam = regexp.MustCompile(`\{([a-z]+)\}`)

// OpenAPI builds the OpenAPI 3.0 document from the route table.
func (a *API) OpenAPI() map[string]any {
	paths := map[string]any{}
	for _, rt := range a.routes {
		item, _ := paths[rt.Path].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths[rt.Path] = item
		}
		op := map[string]any{
			"summary":     rt.Summary,
			"operationId": operationID(rt),
		}
		var params []any
		for _, p := range rt.Params {
			pm := map[string]any{"name": p.Name, "in": p.In, "description": p.Description, "schema": map[string]any{"type": p.Type}}
			if p.In == "path" {
				pm["required"] = true
			}
			params = append(params, pm)
		}
		if len(params) > 0 {
			op["parameters"] = params
		}
		if rt.Body != "" {
			content := map[string]any{}
			for _, t := range rt.BodyTypes {
				content[t] = map[string]any{"schema": map[string]any{}}
			}
			op["requestBody"] = map[string]any{"required": true, "description": rt.Body, "content": content}
		}
		responses := map[string]any{
			"200": map[string]any{"description": "OK", "content": map[string]any{rt.Produces: map[string]any{"schema": map[string]any{}}}},
			"400": map[string]any{"description": "bad parameter or body", "content": errContent},
		}
		if strings.Contains(rt.Path, "{") {
			responses["404"] = map[string]any{"description": "no such item", "content": errContent}
		}
		if rt.Body != "" {
			responses["413"] = map[string]any{"description": "body over the size limit", "content": errContent}
		}
		if rt.Write {
			op["security"] = []any{map[string]any{"bearer": []any{}}}
			responses["401"] = map[string]any{"description": "missing or wrong token", "content": errContent}
			responses["403"] = map[string]any{"description": "the server has no token configured", "content": errContent}
		}
		op["responses"] = responses
		item[strings.ToLower(rt.Method)] = op
	}
	return map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{
			"title":       "crosscheck API",
			"version":     "1",
			"description": "Who said what in the news, which figures, and where sources disagree. Documents follow docs/schema/document.schema.json; compare reports docs/schema/compare.schema.json.",
		},
		"servers": []any{map[string]any{"url": "/"}},
		"paths":   paths,
		"components": map[string]any{
			"securitySchemes": map[string]any{"bearer": map[string]any{"type": "http", "scheme": "bearer", "description": "the server's " + EnvToken}},
			"schemas": map[string]any{"Error": map[string]any{"type": "object", "required": []any{"error"},
				"properties": map[string]any{"error": map[string]any{"type": "string"}}}},
		},
	}
}

var errContent = map[string]any{"application/json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Error"}}}

func operationID(rt Route) string {
	p := strings.TrimPrefix(rt.Path, Prefix+"/")
	p = pathParam.ReplaceAllString(p, "by_$1")
	p = strings.NewReplacer("/", "_", ".", "_").Replace(p)
	return strings.ToLower(rt.Method) + "_" + p
}

func writeJSONBody(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func (a *API) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	writeJSONBody(w, a.OpenAPI())
}
