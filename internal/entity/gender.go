package entity

import "github.com/crosscheck-news/crosscheck/internal/gazetteer"

// kinNouns are gendered nouns for people that are no titles: in apposition
// to a name they tell the person's gender from the article itself ("his
// wife, Lena Voss"; "Ostin Marr, her husband"), so that a later "she" is
// not given to a man.
var kinNouns = map[string]gazetteer.Gender{
	"wife": gazetteer.Female, "husband": gazetteer.Male, "mother": gazetteer.Female, "father": gazetteer.Male,
	"daughter": gazetteer.Female, "son": gazetteer.Male, "sister": gazetteer.Female, "brother": gazetteer.Male,
	"widow": gazetteer.Female, "widower": gazetteer.Male, "grandmother": gazetteer.Female,
	"grandfather": gazetteer.Male, "granddaughter": gazetteer.Female, "grandson": gazetteer.Male,
	"aunt": gazetteer.Female, "uncle": gazetteer.Male, "niece": gazetteer.Female, "nephew": gazetteer.Male,
	"girlfriend": gazetteer.Female, "boyfriend": gazetteer.Male, "stepmother": gazetteer.Female,
	"stepfather": gazetteer.Male, "stepdaughter": gazetteer.Female, "stepson": gazetteer.Male,
}

// apposDeterminers open an appositive noun phrase after a name: ", the
// port's chairman", ", his wife".
var apposDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true, "their": true}

// nounGender returns the gender a noun at token k gives a person it stands
// in apposition to: a kin noun, or a gendered title ("spokeswoman").
func (x *extractor) nounGender(k int) gazetteer.Gender {
	if k < 0 || k >= len(x.toks) {
		return gazetteer.Unknown
	}
	if g, ok := kinNouns[x.toks[k].Lower]; ok {
		return g
	}
	if n, e := x.match(k, min(len(x.toks), k+3), gazetteer.Title); n > 0 {
		return e.Gender
	}
	return gazetteer.Unknown
}

// apposGender returns the gender that a gendered noun in apposition to the
// name at [a, b) gives it: after it (", a spokeswoman for", ", the port's
// chairman", ", her husband") or right before it after a determiner or
// possessive ("his wife, Lena Voss", "Osk's wife Lena Voss").
func (x *extractor) apposGender(a, b int) gazetteer.Gender {
	toks := x.toks
	if b+2 < len(toks) && toks[b].Text == "," && apposDeterminers[toks[b+1].Lower] {
		for k := b + 2; k < len(toks) && k < b+5; k++ {
			if g := x.nounGender(k); g != gazetteer.Unknown {
				return g
			}
		}
	}
	k := a - 1
	if k >= 0 && toks[k].Text == "," {
		k--
	}
	if k < 1 {
		return gazetteer.Unknown
	}
	if g, ok := kinNouns[toks[k].Lower]; ok && (apposDeterminers[toks[k-1].Lower] || toks[k-1].Text == "'s" || toks[k-1].Text == "’s") {
		return g
	}
	return gazetteer.Unknown
}
