package entity

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/gazetteer"
)

// roleNouns head the definite descriptions news uses for an organisation it
// has already named: "the ministry", "The group", "the company's".
var roleNouns = map[string]bool{
	"ministry": true, "company": true, "group": true, "agency": true, "authority": true, "union": true,
	"coalition": true, "department": true, "army": true, "government": true, "commission": true, "council": true,
	"party": true, "bank": true, "firm": true, "organisation": true, "organization": true, "committee": true,
	"court": true, "watchdog": true, "monitor": true, "hospital": true, "university": true, "campaign": true,
	"board": true, "office": true, "service": true, "institute": true, "foundation": true, "charity": true,
	"network": true, "broadcaster": true, "newspaper": true, "airline": true, "carrier": true, "manufacturer": true,
	"insurer": true, "retailer": true, "regulator": true, "militia": true, "movement": true, "alliance": true,
}

// institutional heads name public bodies, which "the company" never means.
var institutional = map[string]bool{
	"ministry": true, "agency": true, "authority": true, "department": true, "army": true, "government": true,
	"commission": true, "council": true, "court": true, "police": true, "office": true, "service": true,
	"union": true, "coalition": true, "committee": true, "party": true, "hospital": true, "university": true,
}

// definites links "the ministry", "The group", "the company's" to the
// organisation the article named before: the latest one whose name ends in
// that noun ("Interior Ministry"), or that an appositive called so ("Frontier
// Watch, a Singapore-based group"); "the company" and "the firm" fall back to
// the latest organisation that is not a public body. It runs after the
// mentions are grouped, so speakers like "the ministry said" resolve.
func definites(d *doc.Document) {
	if len(d.Entities) == 0 {
		return
	}
	// Mentions in text order, to know what was named before a position.
	type ref struct {
		start, end int
		ent        int
	}
	var refs []ref
	covered := map[int]bool{}
	for ei, e := range d.Entities {
		for _, m := range e.Mentions {
			refs = append(refs, ref{m.Start, m.End, ei})
			covered[m.Start] = true
		}
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].start < refs[j].start })
	aliases := appositiveNouns(d)
	added := false
	for i := 0; i+1 < len(d.Tokens); i++ {
		if d.Tokens[i].Lower != "the" {
			continue
		}
		n := d.Tokens[i+1]
		if !roleNouns[n.Lower] || covered[n.Start] || covered[d.Tokens[i].Start] {
			continue
		}
		best := -1
		// A name that ends in the noun, or that an appositive called so,
		// nearest first.
		for k := len(refs) - 1; k >= 0; k-- {
			r := refs[k]
			if r.end > d.Tokens[i].Start || d.Entities[r.ent].Type != doc.Org {
				continue
			}
			if strings.EqualFold(lastWord(d.Entities[r.ent].Canonical), n.Lower) || aliases[r.ent][n.Lower] {
				best = r.ent
				break
			}
		}
		if best < 0 && (n.Lower == "company" || n.Lower == "firm") {
			// "the company": the organisation the article has named most
			// so far as an actor — not a public body, not a name after "of".
			count := map[int]int{}
			for _, r := range refs {
				if r.end > d.Tokens[i].Start {
					break
				}
				e := &d.Entities[r.ent]
				if e.Type != doc.Org || institutional[strings.ToLower(lastWord(e.Canonical))] || hasInstitutional(aliases[r.ent]) || afterPreposition(d, r.start) {
					continue
				}
				count[r.ent]++
				if best < 0 || count[r.ent] >= count[best] {
					best = r.ent
				}
			}
		}
		if best < 0 {
			continue
		}
		sp := d.TokenSpan(i, i+2)
		d.Entities[best].Mentions = append(d.Entities[best].Mentions, doc.Mention{Start: sp.Start, End: sp.End, Text: sp.Text})
		added = true
	}
	if !added {
		return
	}
	for i := range d.Entities {
		ms := d.Entities[i].Mentions
		slices.SortStableFunc(ms, func(a, b doc.Mention) int { return cmp.Compare(a.Start, b.Start) })
	}
}

func hasInstitutional(a map[string]bool) bool {
	for w := range a {
		if institutional[w] {
			return true
		}
	}
	return false
}

// afterPreposition reports whether the mention starting at code point r
// follows a preposition ("the town of Brenzhausen").
func afterPreposition(d *doc.Document, r int) bool {
	k := d.TokenAt(r)
	if k <= 0 {
		return false
	}
	switch d.Tokens[k-1].Lower {
	case "of", "in", "at", "from", "to", "near", "for", "with", "on":
		return true
	}
	return false
}

// appositiveNouns finds, for each organisation, the head nouns of the
// appositives after its mentions: "Frontier Watch, a Singapore-based group
// that …" gives Frontier Watch the alias "group".
func appositiveNouns(d *doc.Document) map[int]map[string]bool {
	out := map[int]map[string]bool{}
	for ei, e := range d.Entities {
		if e.Type != doc.Org {
			continue
		}
		for _, m := range e.Mentions {
			k := d.TokenAt(m.End - 1)
			if k < 0 || k+2 >= len(d.Tokens) || d.Tokens[k+1].Text != "," {
				continue
			}
			j := k + 2
			if w := d.Tokens[j].Lower; w != "a" && w != "an" && w != "the" {
				continue
			}
			// The head is the last noun before a comma, "that"/"which"/
			// "who", or the sentence end, within six tokens.
			for h := j + 1; h < len(d.Tokens) && h <= j+6 && d.Tokens[h].Sent == d.Tokens[k].Sent; h++ {
				w := d.Tokens[h].Lower
				if w == "," || w == "that" || w == "which" || w == "who" || w == "." {
					break
				}
				if roleNouns[w] {
					if out[ei] == nil {
						out[ei] = map[string]bool{}
					}
					out[ei][w] = true
					if d.Tokens[j].Lower == "the" && (h+1 >= len(d.Tokens) || d.Tokens[h+1].Text == "," || d.Tokens[h+1].Text == ".") {
						// "IG Metall, the metalworkers' union,": the
						// appositive names the same organisation.
						sp := d.TokenSpan(j, h+1)
						d.Entities[ei].Mentions = append(d.Entities[ei].Mentions, doc.Mention{Start: sp.Start, End: sp.End, Text: sp.Text})
					}
				}
			}
		}
	}
	return out
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// extras adds what the token rules cannot see: the article's own outlet
// named in its text ("The Rift Courier could not confirm …"), and places
// inside hyphenated modifiers ("a Singapore-based group"). Entities are then
// renumbered in first-mention order.
func extras(d *doc.Document) {
	added := false
	if o := d.Article.Outlet; o != "" {
		name := strings.TrimPrefix(o, "The ")
		for k := range d.Entities {
			// The outlet's own name is its canonical form.
			if strings.EqualFold(d.Entities[k].Canonical, name) {
				d.Entities[k].Canonical, d.Entities[k].Type = o, doc.Org
			}
		}
		if strings.Contains(d.Article.Text, name) && !mentioned(d, name) {
			e := doc.Entity{Type: doc.Org, Canonical: o}
			for off := 0; ; {
				i := strings.Index(d.Article.Text[off:], name)
				if i < 0 {
					break
				}
				b := off + i
				sp := d.ByteSpan(b, b+len(name))
				e.Mentions = append(e.Mentions, doc.Mention{Start: sp.Start, End: sp.End, Text: sp.Text})
				off = b + len(name)
			}
			d.Entities = append(d.Entities, e)
			added = true
		}
	}
	g := gazetteer.Default()
	for _, t := range d.Tokens {
		i := strings.IndexByte(t.Text, '-')
		if i <= 0 {
			continue
		}
		switch t.Lower[i:] {
		case "-based", "-born", "-led", "-backed", "-owned", "-run", "-bound", "-made":
		default:
			continue
		}
		prefix := t.Text[:i]
		e, ok := g.Lookup(prefix)
		if !ok || e.Type != doc.GPE {
			continue
		}
		sp := d.ByteSpan(t.ByteStart, t.ByteStart+i)
		m := doc.Mention{Start: sp.Start, End: sp.End, Text: sp.Text}
		joined := false
		for k := range d.Entities {
			if d.Entities[k].Canonical == e.Canonical && d.Entities[k].Type == doc.GPE {
				d.Entities[k].Mentions = append(d.Entities[k].Mentions, m)
				joined = true
				break
			}
		}
		if !joined {
			d.Entities = append(d.Entities, doc.Entity{Type: doc.GPE, Canonical: e.Canonical, Country: e.Country, Mentions: []doc.Mention{m}})
		}
		// The whole token is not an organisation.
		for k := range d.Entities {
			ms := d.Entities[k].Mentions[:0]
			for _, mm := range d.Entities[k].Mentions {
				if mm.Text != t.Text {
					ms = append(ms, mm)
				}
			}
			d.Entities[k].Mentions = ms
		}
		added = true
	}
	if !added {
		return
	}
	out := d.Entities[:0]
	for _, e := range d.Entities {
		if len(e.Mentions) == 0 {
			continue
		}
		slices.SortStableFunc(e.Mentions, func(a, b doc.Mention) int { return cmp.Compare(a.Start, b.Start) })
		e.Text, e.Start, e.End = e.Mentions[0].Text, e.Mentions[0].Start, e.Mentions[0].End
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b doc.Entity) int { return cmp.Compare(a.Start, b.Start) })
	for i := range out {
		out[i].ID = "e" + strconv.Itoa(i+1)
	}
	d.Entities = out
}

// mentioned reports whether some entity already has a mention with this text.
func mentioned(d *doc.Document, text string) bool {
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.Text == text {
				return true
			}
		}
	}
	return false
}
