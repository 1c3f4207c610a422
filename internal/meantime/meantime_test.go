package meantime

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// meantimeXML writes a small MEANTIME document: one sentence of tokens,
// then the mentions, each "m_id syntactic_type entity token-ids…".
func meantimeXML(t *testing.T, words string, mentions []string, entities map[string]string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<Document doc_name="x">` + "\n")
	for i, w := range strings.Fields(words) {
		b.WriteString(`<token t_id="` + strconv.Itoa(i+1) + `" sentence="1" number="` + strconv.Itoa(i) + `">` + w + "</token>\n")
	}
	b.WriteString("<Markables>\n")
	refers := map[string][]string{}
	for _, m := range mentions {
		f := strings.Fields(m)
		b.WriteString(`<ENTITY_MENTION m_id="` + f[0] + `" syntactic_type="` + f[1] + `">`)
		for _, id := range f[3:] {
			b.WriteString(`<token_anchor t_id="` + id + `"/>`)
		}
		b.WriteString("</ENTITY_MENTION>\n")
		refers[f[2]] = append(refers[f[2]], f[0])
	}
	for id, typ := range entities {
		b.WriteString(`<ENTITY m_id="` + id + `" ent_type="` + typ + `"/>` + "\n")
	}
	b.WriteString("</Markables>\n<Relations>\n")
	for target, sources := range refers {
		b.WriteString("<REFERS_TO>")
		for _, s := range sources {
			b.WriteString(`<source m_id="` + s + `"/>`)
		}
		b.WriteString(`<target m_id="` + target + `"/></REFERS_TO>` + "\n")
	}
	b.WriteString("</Relations>\n</Document>\n")
	path := filepath.Join(t.TempDir(), "doc.xml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestNames checks which mentions are gold: names (NAM) and names
// premodifying a noun (PRE.NAM); not a name mention that wraps another
// name of the same entity (an apposition), nor nominal mentions.
func TestNames(t *testing.T) {
	for _, c := range []struct {
		name     string
		words    string
		mentions []string
		entities map[string]string
		want     []string
	}{
		{
			name:     "premodifying name",
			words:    "Acme CEO Jane Roe resigned in US exporters",
			mentions: []string{"1 PRE.NAM 100 1", "2 NAM 101 3 4", "3 PRE.NAM 102 7", "4 NOM 101 1 2"},
			entities: map[string]string{"100": "ORG", "101": "PER", "102": "LOC"},
			want:     []string{"ORG Acme", "PER Jane Roe", "LOC US"},
		},
		{
			name:     "apposition around a name of the same entity",
			words:    "Dutch carrier Nordair and Skyline CEO , Mara Quist",
			mentions: []string{"1 NAM 100 1 2 3", "2 NAM 100 3", "3 NAM 101 5 6 7 8 9", "4 NAM 101 8 9", "5 PRE.NAM 102 5"},
			entities: map[string]string{"100": "ORG", "101": "PER", "102": "ORG"},
			want:     []string{"ORG Nordair", "PER Mara Quist", "ORG Skyline"},
		},
		{
			name:     "a place with its state stays one mention",
			words:    "in Mobile , Alabama today",
			mentions: []string{"1 NAM 100 2 3 4", "2 NAM 101 4"},
			entities: map[string]string{"100": "LOC", "101": "LOC"},
			want:     []string{"LOC Mobile , Alabama", "LOC Alabama"},
		},
		{
			name:     "a leading the and a person's title are not part of the name",
			words:    "the Northern Rail Company hired Senator Jane Doyle",
			mentions: []string{"1 NAM 100 1 2 3 4", "2 NAM 101 6 7 8"},
			entities: map[string]string{"100": "ORG", "101": "PER"},
			want:     []string{"ORG Northern Rail Company", "PER Jane Doyle"},
		},
		{
			name:     "products are not scored",
			words:    "the new iPhone 4",
			mentions: []string{"1 NAM 100 3 4", "2 PRE.NAM 100 3"},
			entities: map[string]string{"100": "PRO"},
			want:     nil,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read(meantimeXML(t, c.words, c.mentions, c.entities))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, n := range d.Names() {
				var ws []string
				for _, tk := range d.Tokens[n.First:n.Limit] {
					ws = append(ws, tk.Text)
				}
				got = append(got, n.Type+" "+strings.Join(ws, " "))
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("gold = %q, want %q", got, c.want)
			}
		})
	}
}

// TestText checks the rebuilt text: tokens joined by spaces, a blank line
// between sentences, offsets counted in code points.
func TestText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.xml")
	x := `<Document><token t_id="1" sentence="0">Zürich</token><token t_id="2" sentence="0">,</token>` +
		`<token t_id="3" sentence="1">Monday</token></Document>`
	if err := os.WriteFile(path, []byte(x), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	text, starts, ends := d.Text()
	if text != "Zürich ,\n\nMonday" {
		t.Errorf("text = %q", text)
	}
	if want := []int{0, 7, 10}; !reflect.DeepEqual(starts, want) {
		t.Errorf("starts = %v, want %v", starts, want)
	}
	if want := []int{6, 8, 16}; !reflect.DeepEqual(ends, want) {
		t.Errorf("ends = %v, want %v", ends, want)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "missing.xml")); err == nil {
		t.Error("reading a missing file gave no error")
	}
}
