// Package render writes an analysed document for people and programs: the
// JSON contract (docs/schema/document.schema.json), a readable text report
// grouped by section (with colour on a terminal) and Markdown. Renderers
// only present what the analyser found; they never compute findings.
package render

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
)

// JSON writes the document as the contract's JSON object, indented.
func JSON(w io.Writer, d *doc.Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

// JSONLine writes the document as one compact line (for many documents).
func JSONLine(w io.Writer, d *doc.Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

// style wraps text in ANSI colours when enabled.
type style struct{ on bool }

func (s style) c(code, text string) string {
	if !s.on {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}
func (s style) bold(t string) string   { return s.c("1", t) }
func (s style) dim(t string) string    { return s.c("2", t) }
func (s style) red(t string) string    { return s.c("31;1", t) }
func (s style) yellow(t string) string { return s.c("33", t) }
func (s style) cyan(t string) string   { return s.c("36", t) }
func (s style) green(t string) string  { return s.c("32", t) }

// Text writes a readable report: findings first (what a reader most needs
// to know), then who said what, figures, verification, times and entities.
func Text(w io.Writer, d *doc.Document, color bool) error {
	st := style{color}
	b := &strings.Builder{}
	a := d.Article
	title := a.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(b, "%s\n", st.bold("crosscheck · "+title))
	var meta []string
	if a.Outlet != "" {
		meta = append(meta, a.Outlet)
	}
	if !a.Published.IsZero() {
		meta = append(meta, "published "+doc.FormatPublished(a.Published))
	}
	if a.URL != "" {
		meta = append(meta, a.URL)
	}
	meta = append(meta, "id "+a.ID)
	fmt.Fprintf(b, "%s\n", st.dim(strings.Join(meta, " · ")))
	contra := 0
	for _, f := range d.Findings {
		if f.Contradiction {
			contra++
		}
	}
	fmt.Fprintf(b, "%s · %s · %s · %s · %s · %s · %s · %s (%s)\n",
		count(len(d.Sentences), "sentence"), count(len(d.Entities), "entity"), count(len(d.Times), "time"),
		count(len(d.Figures), "figure"), count(len(d.Attributions), "attribution"),
		count(len(d.Verification), "verification marker"), count(len(d.Claims), "claim"),
		count(len(d.Findings), "finding"), count(contra, "contradiction"))
	for _, warn := range d.Warnings {
		fmt.Fprintf(b, "%s %s\n", st.yellow("warning:"), warn)
	}

	section(b, st, "Findings", len(d.Findings))
	for _, f := range d.Findings {
		mark := st.yellow("~ " + label(f.Kind))
		if f.Contradiction {
			mark = st.red("✗ " + label(f.Kind))
		}
		fmt.Fprintf(b, "  %s  %s\n", mark, f.Explanation)
		for _, it := range f.Items {
			fmt.Fprintf(b, "      %s %s\n", st.dim(fmt.Sprintf("[%s %d–%d]", it.ID, it.Start, it.End)), quote(it.Text))
		}
	}

	section(b, st, "Who said what", len(d.Attributions))
	for _, at := range d.Attributions {
		src := st.dim("(unknown source)")
		if at.Source != nil {
			src = st.cyan(at.Speaker)
			// The span keeps the comma that closes an appositive, as
			// the annotation conventions do; a reader needs no comma
			// before the closing parenthesis.
			if surface := strings.TrimRight(at.Source.Text, ",;: "); at.Speaker != surface {
				src += st.dim(" (" + surface + ")")
			}
		}
		cue := at.Cue.Text
		if cue == "" {
			cue = "—"
		}
		fmt.Fprintf(b, "  %s %s %s %s\n", src, st.bold(cue), st.dim("["+at.Kind+"]"), quote(clip(at.ContentText(), 220)))
	}

	section(b, st, "Figures", len(d.Figures))
	for _, f := range d.Figures {
		fmt.Fprintf(b, "  %s  %s", st.bold(figureValue(&f)), st.dim(f.Bound))
		if f.Measure != "" {
			fmt.Fprintf(b, "  %s", st.green(f.Measure))
		}
		if f.Counted != nil {
			fmt.Fprintf(b, "  of %s", f.Counted.Text)
		}
		if f.Group != "" {
			fmt.Fprintf(b, " %s", st.dim("(group: "+f.Group+")"))
		}
		if f.PartOf != nil {
			if p := figureByID(d, *f.PartOf); p != nil {
				fmt.Fprintf(b, "  part of %s", p.Text)
			}
		}
		fmt.Fprintf(b, "  ← %s  %s\n", figureSource(d, &f), st.dim(quote(f.Text)))
	}

	section(b, st, "Verification", len(d.Verification))
	for _, v := range d.Verification {
		fmt.Fprintf(b, "  %s %s", st.yellow(v.Status), quote(v.Text))
		if v.Agent != "" {
			fmt.Fprintf(b, " by %s", v.Agent)
		}
		if v.Target != nil {
			fmt.Fprintf(b, " → %s", v.Target.Text)
		}
		if len(v.AppliesTo) > 0 {
			fmt.Fprintf(b, " %s", st.dim("(applies to "+strings.Join(v.AppliesTo, ", ")+")"))
		}
		b.WriteString("\n")
	}

	section(b, st, "Claims", len(d.Claims))
	for _, c := range d.Claims {
		tags := []string{c.Asserter}
		if c.Negated {
			tags = append(tags, "negated")
		}
		if c.Modality != "" {
			tags = append(tags, c.Modality)
		}
		if c.Verification != "" {
			tags = append(tags, c.Verification)
		}
		fmt.Fprintf(b, "  %s %s %s\n", st.dim(c.ID), clip(c.Text, 160), st.dim("["+strings.Join(tags, "; ")+"]"))
	}

	section(b, st, "Times", len(d.Times))
	for _, t := range d.Times {
		fmt.Fprintf(b, "  %-28s %-9s %s", quote(t.Text), t.Type, st.bold(t.Value))
		if t.Anchor != nil {
			fmt.Fprintf(b, " after %s", quote(t.Anchor.Text))
		}
		b.WriteString("\n")
	}

	section(b, st, "Entities", len(d.Entities))
	for _, e := range d.Entities {
		fmt.Fprintf(b, "  %-8s %s", e.Type, st.bold(e.Canonical))
		if e.Link != "" && e.Link != e.Canonical {
			fmt.Fprintf(b, " → %s", e.Link)
		}
		fmt.Fprintf(b, " %s\n", st.dim(mentionSummary(e)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Markdown writes the same report as Markdown, for pasting into notes and
// tickets.
func Markdown(w io.Writer, d *doc.Document) error {
	b := &strings.Builder{}
	title := d.Article.Title
	if title == "" {
		title = "Untitled article"
	}
	fmt.Fprintf(b, "# %s\n\n", strings.ReplaceAll(title, "\n", " "))
	if !d.Article.Published.IsZero() {
		fmt.Fprintf(b, "Published %s", doc.FormatPublished(d.Article.Published))
		if d.Article.Outlet != "" {
			fmt.Fprintf(b, " by %s", md(d.Article.Outlet))
		}
		b.WriteString(". ")
	}
	fmt.Fprintf(b, "Article id `%s`.\n", d.Article.ID)
	fmt.Fprintf(b, "\n## Findings\n\n")
	if len(d.Findings) == 0 {
		b.WriteString("None.\n")
	}
	for _, f := range d.Findings {
		kind := label(f.Kind)
		if f.Contradiction {
			kind = "**" + kind + "**"
		}
		fmt.Fprintf(b, "- %s: %s\n", kind, md(f.Explanation))
		for _, it := range f.Items {
			fmt.Fprintf(b, "  - `%s` “%s”\n", it.ID, md(it.Text))
		}
	}
	fmt.Fprintf(b, "\n## Who said what\n\n| Source | Cue | Content | Kind |\n|---|---|---|---|\n")
	for _, a := range d.Attributions {
		src := "_unknown_"
		if a.Source != nil {
			src = md(a.Speaker)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", src, md(a.Cue.Text), md(clip(a.ContentText(), 300)), a.Kind)
	}
	fmt.Fprintf(b, "\n## Figures\n\n| Figure | Value | Bound | Measure | Counted | Source |\n|---|---|---|---|---|---|\n")
	for _, f := range d.Figures {
		counted := ""
		if f.Counted != nil {
			counted = f.Counted.Text
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", md(f.Text), figureValue(&f), f.Bound, f.Measure, md(counted), md(figureSource(d, &f)))
	}
	fmt.Fprintf(b, "\n## Verification\n\n")
	for _, v := range d.Verification {
		fmt.Fprintf(b, "- **%s** “%s”", v.Status, md(v.Text))
		if v.Agent != "" {
			fmt.Fprintf(b, " by %s", md(v.Agent))
		}
		if v.Target != nil {
			fmt.Fprintf(b, " → %s", md(v.Target.Text))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(b, "\n## Times\n\n| Text | Type | Value |\n|---|---|---|\n")
	for _, t := range d.Times {
		fmt.Fprintf(b, "| %s | %s | %s |\n", md(t.Text), t.Type, t.Value)
	}
	fmt.Fprintf(b, "\n## Entities\n\n| Type | Name | Mentions |\n|---|---|---|\n")
	for _, e := range d.Entities {
		fmt.Fprintf(b, "| %s | %s | %s |\n", e.Type, md(e.Canonical), md(mentionSummary(e)))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// count writes "1 claim", "2 claims", "3 entities".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return strconv.Itoa(n) + " " + noun[:len(noun)-1] + "ies"
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func section(b *strings.Builder, st style, name string, n int) {
	fmt.Fprintf(b, "\n%s %s\n", st.bold(name), st.dim("("+strconv.Itoa(n)+")"))
	if n == 0 {
		fmt.Fprintf(b, "  %s\n", st.dim("none"))
	}
}

func label(kind string) string {
	switch kind {
	case doc.FindingNegation:
		return "contradiction: negated statement"
	case doc.FindingSubjectConflict:
		return "contradiction: incompatible subjects"
	case doc.FindingFigureConflict:
		return "figure conflict"
	case doc.FindingSpread:
		return "spread, not a contradiction"
	}
	return kind
}

// quote puts text in quotation marks unless it already is a quotation.
func quote(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > 1 && strings.ContainsRune("\"“”'‘’«»„", r[0]) {
		return s
	}
	return "“" + s + "”"
}

func clip(s string, n int) string {
	r := []rune(strings.ReplaceAll(s, "\n", " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

func md(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	s = strings.ReplaceAll(s, "|", "\\|")
	return s
}

// figureValue formats a figure's value or range for people.
func figureValue(f *doc.Figure) string {
	unit := ""
	switch f.Unit {
	case "":
	case "percent":
		unit = "%"
	default:
		unit = " " + f.Unit
	}
	mark := ""
	switch f.Bound {
	case doc.Lower:
		mark = "≥"
	case doc.Upper:
		mark = "≤"
	case doc.Approx:
		mark = "~"
	}
	switch {
	case f.Value != nil:
		return mark + num(*f.Value) + unit
	case f.Low != nil && f.High != nil:
		return num(*f.Low) + "–" + num(*f.High) + unit
	case f.Low != nil:
		return "≥" + num(*f.Low) + unit
	case f.High != nil:
		return "≤" + num(*f.High) + unit
	}
	return "?"
}

func num(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		s := strconv.FormatInt(int64(v), 10)
		// Thousands separators.
		neg := strings.HasPrefix(s, "-")
		s = strings.TrimPrefix(s, "-")
		var out []byte
		for i := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				out = append(out, ',')
			}
			out = append(out, s[i])
		}
		if neg {
			return "-" + string(out)
		}
		return string(out)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func figureByID(d *doc.Document, id string) *doc.Figure {
	for i := range d.Figures {
		if d.Figures[i].ID == id {
			return &d.Figures[i]
		}
	}
	return nil
}

func figureSource(d *doc.Document, f *doc.Figure) string {
	if f.Attribution == nil {
		return "the article"
	}
	for _, a := range d.Attributions {
		if a.ID == *f.Attribution {
			return a.Speaker
		}
	}
	return "the article"
}

func mentionSummary(e doc.Entity) string {
	count := map[string]int{}
	var order []string
	for _, m := range e.Mentions {
		if count[m.Text] == 0 {
			order = append(order, m.Text)
		}
		count[m.Text]++
	}
	sort.SliceStable(order, func(i, j int) bool { return count[order[i]] > count[order[j]] })
	parts := make([]string, len(order))
	for i, t := range order {
		parts[i] = fmt.Sprintf("%s ×%d", strings.ReplaceAll(t, "\n", " "), count[t])
	}
	return "(" + strings.Join(parts, ", ") + ")"
}
