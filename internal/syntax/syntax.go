// Package syntax gives the rule-based extractors (attributions, claims,
// findings) one view of the sentence structure they need: a part of speech
// for every token, noun-phrase boundaries, clause boundaries and negation.
//
// When the statistical core has tagged the document (Token.POS set) its tags
// are used; otherwise a closed-class lexicon and word-shape rules guess them,
// so every extractor works, less well, without the models.
package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck-news/crosscheck/doc"
)

var closed = map[string]string{}

func init() {
	add := func(pos, words string) {
		for _, w := range strings.Fields(words) {
			closed[w] = pos
		}
	}
	add("DET", "the a an this these those every each no any some several many few all both another either neither such")
	add("PRON", "he she it they we i you him her them us me who whom which whose itself himself herself themselves one someone anyone nobody everyone something nothing everything what whoever")
	add("ADP", "of in on at by for with from into onto during after before about against between through over under around near without within across since until per via amid amidst among as toward towards upon despite throughout beyond behind beside besides along alongside inside outside like unlike following including regarding concerning than")
	add("CCONJ", "and or but nor & plus")
	add("SCONJ", "that because while although though if whether whereas unless once whilst so")
	add("AUX", "is are was were be been being am 's 're 'm has have had having do does did will would can could may might must shall should wo ca 'd 'll 've ought")
	add("PART", "not n't to never")
	add("ADV", "also however already still just very particularly reportedly independently allegedly apparently only even now then too again later earlier previously recently nearly almost roughly approximately more most less least further moreover meanwhile instead indeed perhaps probably possibly likely soon yet here there where when why how ever often always sometimes thus therefore hence newly deeply")
	add("NUM", "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozens hundreds thousands millions")
	add("ADJ", "clear unclear known unknown new old heavy heavier heaviest former latest last next first second third final exact own certain likely possible major minor senior top key military political local national international foreign domestic public private")
	// Adjectives the -ly adverb rule would miss ("a yearly Gallup poll").
	add("ADJ", "yearly daily weekly monthly quarterly early elderly friendly costly deadly lonely")
	// Nouns the -al adjective rule would miss.
	add("NOUN", "official rival general criminal individual professional arrival proposal approval trial survival journal capital hospital animal signal festival terminal referral withdrawal denial memorial manual material potential total principal chemical editorial tribunal arsenal portal rental tutorial cathedral admiral corporal marshal local locals")
	// Pronoun "her"/"his"/"its"/"their" as determiners in noun phrases.
	add("DET", "his its their our my your her")
	// Frequent verbs the shape rules miss.
	add("VERB", "say says said tell tells told add adds added note notes noted claim claims claimed warn warns warned suggest suggests suggested estimate estimates estimated report reports reported announce announces announced confirm confirms confirmed deny denies denied acknowledge acknowledges acknowledged admit admits admitted write writes wrote ask asks asked reply replies replied respond responds responded declare declares declared believe believes believed think thinks thought predict predicts predicted promise promises promised pledge pledges pledged vow vows vowed urge urges urged describe describes described recall recalls recalled insist insists insisted argue argues argued explain explains explained state states stated show shows showed shown find finds found indicate indicates indicated reveal reveals revealed meet meets met go goes went gone make makes made take takes took taken give gives gave given get gets got see sees saw seen know knows knew known come comes came become becomes became leave leaves left keep keeps kept hold holds held bring brings brought begin begins began begun seem seems seemed mark marks remain remains follow follows join joins host hosts hosted bow bows bowed die dies died kill kills suffer suffers praise praises praised express expresses fail fails")
}

// POS returns the universal part of speech of token i: the tagger's when it
// ran, a guess otherwise.
func POS(d *doc.Document, i int) string {
	t := &d.Tokens[i]
	if t.POS != "" {
		if t.POS == "PRON" && (t.Tag == "PRP$" || t.Tag == "WP$") {
			// UD calls "his", "their", "whose" pronouns; the rules here
			// read them as the determiners that open a noun phrase, as
			// the guesser does.
			return "DET"
		}
		return t.POS
	}
	return Guess(d, i)
}

// Guess guesses the part of speech of token i from the lexicon and shape.
func Guess(d *doc.Document, i int) string {
	t := &d.Tokens[i]
	if p, ok := closed[t.Lower]; ok {
		if p == "VERB" && i > 0 && t.Sent == d.Tokens[i-1].Sent {
			// "the report", "his promise": a verb form after a determiner
			// or possessive is a noun.
			prev := d.Tokens[i-1].Lower
			if pp := closed[prev]; pp == "DET" || prev == "'s" || prev == "’s" {
				return "NOUN"
			}
			// "a radio host", "the government report": after a singular
			// noun or an adjective, a bare verb form heads a compound; a
			// plural subject ("officials report") keeps it a verb.
			if _, known := closed[prev]; !known && irregular[t.Lower] == "" && !strings.HasSuffix(prev, "s") && !strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ed") {
				if sp := shapePOS(prev); (sp == "NOUN" || sp == "ADJ") && !startsUpper(d.Tokens[i-1].Text) {
					return "NOUN"
				}
			}
		}
		if p == "NUM" || t.Lower != t.Text && !sentenceInitial(d, i) && p != "AUX" && p != "PART" {
			// A capitalised closed-class word mid-sentence is usually part
			// of a name ("Operation Kursk Liberation", "The Post").
			if p != "NUM" && startsUpper(t.Text) && p != "PRON" {
				return "PROPN"
			}
		}
		return p
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	switch {
	case unicode.IsDigit(r):
		return "NUM"
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		if strings.ContainsAny(t.Text, "$€£¥₩₽") {
			return "SYM"
		}
		return "PUNCT"
	case unicode.IsUpper(r):
		if sentenceInitial(d, i) {
			// Sentence-initial capitals are names only if the next word is
			// capitalised too ("Emily Chen", "Maly Chanthou").
			if i+1 < len(d.Tokens) && startsUpper(d.Tokens[i+1].Text) && d.Tokens[i+1].Sent == t.Sent {
				return "PROPN"
			}
			if strings.HasSuffix(t.Lower, "ly") {
				return "ADV"
			}
			return shapePOS(t.Lower)
		}
		return "PROPN"
	}
	p := shapePOS(t.Lower)
	if p == "VERB" && i > 0 && t.Sent == d.Tokens[i-1].Sent {
		// "a meeting", "their third meeting", "the wounded": after a
		// determiner, possessive or adjective an -ing/-ed form is nominal.
		prev := d.Tokens[i-1].Lower
		if pp := closed[prev]; pp == "DET" || pp == "NUM" || prev == "'s" || prev == "’s" || pp == "ADJ" {
			if strings.HasSuffix(t.Lower, "ing") {
				return "NOUN"
			}
		}
	}
	return p
}

func shapePOS(w string) string {
	switch {
	case strings.HasSuffix(w, "ed") && strings.Contains(w, "-"):
		// "self-described", "Singapore-based", "long-awaited".
		return "ADJ"
	case strings.HasSuffix(w, "ly") && len(w) > 4:
		return "ADV"
	case strings.HasSuffix(w, "ing") && len(w) > 5, strings.HasSuffix(w, "ed") && len(w) > 4:
		return "VERB"
	case strings.HasSuffix(w, "ive") || strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "ful") || strings.HasSuffix(w, "al") && len(w) > 5 || strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "ish"):
		return "ADJ"
	}
	return "NOUN"
}

func sentenceInitial(d *doc.Document, i int) bool {
	s := d.Tokens[i].Sent
	if s >= len(d.Sentences) {
		return i == 0
	}
	first := d.Sentences[s].First
	for k := first; k < i; k++ {
		if !IsQuote(d.Tokens[k].Text) && d.Tokens[k].Text != "(" && d.Tokens[k].Text != "—" && d.Tokens[k].Text != "-" {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// IsQuote reports whether a token is a quotation mark.
func IsQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "``", "''":
		return true
	}
	return false
}

// IsNominal reports whether a part of speech can sit inside a noun phrase.
func IsNominal(pos string) bool {
	switch pos {
	case "NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON", "SYM":
		return true
	}
	return false
}

// NounPhraseEndingAt returns the first token of the noun phrase that ends
// at token last (inclusive), scanning left within the sentence. It takes in
// possessives ("South Korea 's intelligence agency"), compound names and
// "of" phrases whose head is a name or title ("a spokeswoman for the
// agency" is not taken in; "the head of Reuters" is). It returns -1 when
// token last cannot end a noun phrase.
func NounPhraseEndingAt(d *doc.Document, last int) int {
	if last < 0 || last >= len(d.Tokens) {
		return -1
	}
	if d.Tokens[last].Text == ")" {
		// "Rep. Ann Cole (D-Ore.)": a parenthetical after a name.
		for k := last - 1; k >= 0 && k >= last-8 && d.Tokens[k].Sent == d.Tokens[last].Sent; k-- {
			if d.Tokens[k].Text == "(" {
				if k > 0 && POS(d, k-1) == "PROPN" {
					return NounPhraseEndingAt(d, k-1)
				}
				return -1
			}
		}
		return -1
	}
	p := POS(d, last)
	if !(p == "NOUN" || p == "PROPN" || p == "PRON" || p == "NUM") {
		return -1
	}
	sentFirst := d.Sentences[d.Tokens[last].Sent].First
	first := last
	if p == "PRON" {
		return last
	}
	for k := last - 1; k >= sentFirst; k-- {
		t := &d.Tokens[k]
		pk := POS(d, k)
		if IsNickname(d, k-2) && k-3 >= sentFirst {
			// Robert "Bobby" Lane: the nickname is part of the name.
			first = k - 3
			k -= 3
			continue
		}
		switch {
		case t.Lower == "'s" || t.Lower == "’s" || (t.Lower == "'" || t.Lower == "’") && k > sentFirst && strings.HasSuffix(d.Tokens[k-1].Lower, "s"):
			// Possessive: the owner is part of the phrase.
			first = k
			continue
		case pk == "PRON" && (t.Lower == "who" || t.Lower == "which"):
			return first
		case pk == "PRON":
			return first
		case IsNominal(pk) || pk == "PART" && t.Lower == "'s":
			first = k
			if pk == "DET" && t.Lower != "his" && t.Lower != "her" && t.Lower != "its" && t.Lower != "their" {
				// A determiner opens the phrase, unless a possessive
				// precedes it (the agency's own …).
				return first
			}
			continue
		case t.Text == "-" || t.Text == "–":
			if k > sentFirst && IsNominal(POS(d, k-1)) {
				first = k
				continue
			}
		case pk == "VERB" && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing")) && k+1 <= last && IsNominal(POS(d, k+1)) && k > sentFirst && POS(d, k-1) == "DET":
			// "the deployed troops": a participle used as an adjective.
			first = k
			continue
		}
		break
	}
	return first
}

// NounPhraseStartingAt returns the limit (one past the last token) of the
// noun phrase that starts at token first, scanning right within the
// sentence; it follows "of", "for" and "from" attachments when they lead to
// another noun phrase ("a spokeswoman for the agency"). It returns first when
// no noun phrase starts there.
func NounPhraseStartingAt(d *doc.Document, first int, withPP bool) int {
	if first >= len(d.Tokens) {
		return first
	}
	sentLimit := d.Sentences[d.Tokens[first].Sent].Limit
	k := first
	sawHead := false
	for k < sentLimit {
		t := &d.Tokens[k]
		pk := POS(d, k)
		if sawHead && IsNickname(d, k) {
			k += 3
			continue
		}
		if sawHead && t.Text == "(" && POS(d, k-1) == "PROPN" {
			// A parenthetical after a name: "Rep. Ann Cole (D-Ore.)".
			closeAt := -1
			for j := k + 1; j < sentLimit && j <= k+8; j++ {
				if d.Tokens[j].Text == ")" {
					closeAt = j
					break
				}
			}
			if closeAt > 0 {
				k = closeAt + 1
				continue
			}
		}
		switch {
		case pk == "PRON" && k == first && t.Lower != "who" && t.Lower != "which" && t.Lower != "that":
			return k + 1
		case withPP && !sawHead && k+2 < sentLimit && d.Tokens[k+1].Lower == "of" && (pk == "NUM" || partitives[t.Lower]):
			// "one of his senior aides", "many of the delegates": the
			// number or quantifier heads the phrase, its "of" phrase says
			// of what.
			sawHead = true
			k++
			continue
		case pk == "DET" && !sawHead, pk == "ADJ", pk == "NUM", pk == "SYM":
			k++
			continue
		case pk == "NOUN" || pk == "PROPN":
			sawHead = true
			k++
			continue
		case pk == "VERB" && !sawHead && k+1 < sentLimit && (t.Dep == "amod" || strings.Contains(t.Lower, "-") && strings.HasSuffix(t.Lower, "ed")) && IsNominal(POS(d, k+1)):
			// "a Singapore-based group", "the deployed troops": the tagger
			// calls the participle a verb, the parser an adjectival
			// modifier.
			k++
			continue
		case (t.Lower == "'s" || t.Lower == "’s") && sawHead:
			sawHead = false
			k++
			continue
		case (t.Text == "-" || t.Text == "–" || t.Text == "&") && sawHead && k+1 < sentLimit && IsNominal(POS(d, k+1)):
			k++
			continue
		case withPP && sawHead && (t.Lower == "of" || t.Lower == "for" || t.Lower == "from" || t.Lower == "at") && k+1 < sentLimit:
			end := NounPhraseStartingAt(d, k+1, false)
			if end > k+1 {
				k = end
				continue
			}
		}
		break
	}
	if !sawHead {
		return first
	}
	return k
}

// partitives head a phrase with an "of" phrase after them ("some of the
// voters"); the tagger calls them determiners, adjectives or pronouns.
var partitives = map[string]bool{
	"some": true, "many": true, "most": true, "all": true, "several": true, "each": true, "none": true,
	"both": true, "few": true, "half": true, "much": true, "any": true, "either": true, "neither": true,
}

// timeNouns head phrases of time, which never extend a subject.
var timeNouns = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "today": true, "yesterday": true, "tonight": true, "january": true, "february": true,
	"march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "week": true, "month": true, "year": true,
}

// Negators are the words that negate the clause they stand in.
var Negators = map[string]bool{"not": true, "n't": true, "n’t": true, "never": true, "no": true, "neither": true, "nor": true, "without": true}

// Modals maps modal and hedging words to themselves; a claim that carries
// one is not asserted as plain fact.
var Modals = map[string]bool{
	"could": true, "may": true, "might": true, "would": true, "should": true, "can": true, "must": true,
	"possibly": true, "probably": true, "likely": true, "unlikely": true, "perhaps": true, "reportedly": true,
	"allegedly": true, "apparently": true, "expected": true, "set": true, "plans": true, "planned": true,
	"intends": true, "will": true, "wo": true,
}

// IsNickname reports whether tokens k..k+2 are a quoted nickname inside a
// name: `Robert "Bobby" Lane` with k at the opening mark.
func IsNickname(d *doc.Document, k int) bool {
	if k < 1 || k+3 >= len(d.Tokens) {
		return false
	}
	return IsQuote(d.Tokens[k].Text) && IsQuote(d.Tokens[k+2].Text) &&
		startsUpper(d.Tokens[k-1].Text) && startsUpper(d.Tokens[k+1].Text) && startsUpper(d.Tokens[k+3].Text) &&
		d.Tokens[k+1].Sent == d.Tokens[k-1].Sent && d.Tokens[k+3].Sent == d.Tokens[k-1].Sent
}

var irregular = map[string]string{
	"met": "meet", "said": "say", "told": "tell", "went": "go", "gone": "go", "made": "make", "took": "take",
	"taken": "take", "gave": "give", "given": "give", "got": "get", "saw": "see", "seen": "see", "knew": "know",
	"known": "know", "came": "come", "became": "become", "left": "leave", "kept": "keep", "held": "hold",
	"brought": "bring", "began": "begin", "begun": "begin", "fought": "fight", "lost": "lose", "won": "win",
	"sent": "send", "spent": "spend", "paid": "pay", "led": "lead", "fled": "flee", "hit": "hit", "shot": "shoot",
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be", "has": "have", "had": "have",
	"did": "do", "does": "do", "died": "die", "dies": "die", "dying": "die", "dead": "die", "deaths": "die", "death": "die",
	"meeting": "meet", "meetings": "meet", "losses": "loss", "casualties": "casualty", "built": "build",
	"wrote": "write", "written": "write", "found": "find", "thought": "think", "bought": "buy", "sold": "sell",
	"struck": "strike", "killed": "kill", "wounded": "wound", "injured": "injure",
}

// Lemma returns the base form of token i: the tagger's lemma when it ran,
// otherwise a rule-based one good enough for matching predicates across
// sentences ("met"/"meeting" → "meet", "suffered" → "suffer").
func Lemma(d *doc.Document, i int) string {
	t := &d.Tokens[i]
	if l, ok := irregular[t.Lower]; ok {
		return l
	}
	if t.Lemma != "" {
		if t.Lemma == t.Text && t.Lower != "" {
			// A name is its own lemma ("Obama"): its lower case is
			// already there, and lower-casing it again would allocate.
			return t.Lower
		}
		return strings.ToLower(t.Lemma)
	}
	return Stem(t.Lower)
}

// Stem strips English inflection: -ing, -ed, -es, -s, -ies.
func Stem(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		b := w[:n-3]
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] && !strings.HasSuffix(b, "ll") && !strings.HasSuffix(b, "ss") {
			b = b[:len(b)-1]
		}
		return b
	case n > 4 && strings.HasSuffix(w, "ed"):
		b := w[:n-2]
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] && !strings.HasSuffix(b, "ll") && !strings.HasSuffix(b, "ss") {
			b = b[:len(b)-1]
		}
		return b
	case n > 4 && strings.HasSuffix(w, "sses"):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:n-1]
	}
	return w
}

// SubjectEndingAt finds the subject that ends at token last, right before
// its verb. When last is a comma it closes one or more parenthetical
// stretches: an appositive or a relative clause ("Anna Berg, 63, a doctor at
// the hospital," / "The authority, which runs the dam,"), which annotators
// take into the span, or a phrase of where and when ("Mr. Lee, in a statement
// on Tuesday,"), which they leave out. It returns the first token of the
// subject and the limit of the span (before the closing comma, or before the
// opening comma of a where-and-when phrase), or -1.
func SubjectEndingAt(d *doc.Document, last int) (int, int) {
	if last < 0 || last >= len(d.Tokens) {
		return -1, -1
	}
	sf := d.Sentences[d.Tokens[last].Sent].First
	if d.Tokens[last].Text != "," {
		s := NounPhraseEndingAt(d, last)
		if s < sf {
			return -1, -1
		}
		return extendOf(d, s, sf), last + 1
	}
	// Walk left over the comma-delimited stretches between the subject and
	// its verb; each must be an appositive, an age, a relative clause or a
	// where-and-when phrase.
	segEnd := last
	onlyPP := true
	for c := last - 1; c > sf && c >= last-40; c-- {
		if d.Tokens[c].Text != "," {
			continue
		}
		kind := parenthetical(d, c+1, segEnd)
		if kind == "" {
			return -1, -1
		}
		if kind != "pp" {
			onlyPP = false
		}
		segEnd = c
		if POS(d, c-1) == "NUM" && c-2 > sf && d.Tokens[c-2].Text == "," {
			// "Roxana Leon, 63, an independent voter": the age is one
			// more stretch, not the subject.
			continue
		}
		s := NounPhraseEndingAt(d, c-1)
		if s < sf || s < 0 {
			if c-1 > sf && d.Tokens[c-1].Text == ")" {
				return -1, -1
			}
			continue
		}
		if onlyPP {
			return extendOf(d, s, sf), c
		}
		return extendOf(d, s, sf), last
	}
	return -1, -1
}

// parenthetical classifies the tokens [first, limit) between two commas: "np"
// for an appositive (a noun phrase with its attachments, perhaps a reduced or
// full relative clause: "a voter raised in Chile", "a teacher who lost her
// house"), "rel" for a relative clause ("which runs the dam"), "pp" for a
// phrase of where and when ("in a statement released on Thursday",
// "Tuesday"), "" for anything else (a clause of its own).
func parenthetical(d *doc.Document, first, limit int) string {
	if first >= limit {
		return ""
	}
	w := d.Tokens[first].Lower
	switch {
	case w == "who" || w == "which" || w == "whose" || w == "where":
		return "rel"
	case POS(d, first) == "NUM" && limit == first+1:
		return "np"
	case timeNouns[w] && limit <= first+3:
		return "pp"
	case w == "of" && NounPhraseStartingAt(d, first+1, false) == limit:
		// "Cory James, 22, of Flint, Mich.,": where the person is from.
		return "np"
	}
	kind := "np"
	e := first
	if p := POS(d, first); p == "ADP" && w != "of" || p == "ADV" && limit-first <= 3 {
		kind = "pp"
		e = first + 1
		if p == "ADP" {
			e = NounPhraseStartingAt(d, first+1, true)
			if e <= first+1 {
				return ""
			}
		}
	} else {
		e = NounPhraseStartingAt(d, first, true)
		if e <= first {
			return ""
		}
	}
	for k := e; k < limit; k++ {
		t := d.Tokens[k].Lower
		p := POS(d, k)
		if p != "VERB" && p != "AUX" {
			continue
		}
		prev := d.Tokens[k-1].Lower
		switch {
		case prev == "who" || prev == "that" || prev == "which":
			// "a teacher who lost her house".
		case k > e && (d.Tokens[e].Lower == "who" || d.Tokens[e].Lower == "that"):
		case p == "VERB" && (strings.HasSuffix(t, "ed") || irregular[t] != "" && t != "was" && t != "were" && t != "is" && t != "are") && (IsNominal(POS(d, k-1)) || strings.HasSuffix(prev, "ed")):
			// A reduced relative: "a voter raised in Chile", "a
			// statement released by the campaign".
		default:
			return ""
		}
	}
	return kind
}

// extendOf takes a subject's head noun phrase in when the phrase found is
// only the object of its preposition ("Several aid workers in the valley")
// or of a participle that modifies the head ("A poll released Wednesday",
// "People briefed on the move", "a memo seen by Reuters").
func extendOf(d *doc.Document, s, sf int) int {
	for s-2 >= sf {
		if p := participleBefore(d, s-1); p > sf && timeNouns[d.Tokens[s].Lower] {
			// "A poll released Wednesday".
			if h := NounPhraseEndingAt(d, p-1); h >= sf && h >= 0 && POS(d, p-1) != "PRON" {
				s = h
				continue
			}
		}
		if s-3 >= sf && isPrep(d.Tokens[s-1].Lower) && POS(d, s) != "PRON" {
			if p := participleBefore(d, s-2); p > sf {
				if h := NounPhraseEndingAt(d, p-1); h >= sf && h >= 0 && POS(d, p-1) != "PRON" {
					s = h
					continue
				}
			}
		}
		switch d.Tokens[s-1].Lower {
		case "of", "in", "at", "for", "from", "with", "on":
		default:
			return s
		}
		if timeNouns[d.Tokens[s].Lower] {
			// "… on Monday said": a time, not part of the subject.
			return s
		}
		p := NounPhraseEndingAt(d, s-2)
		if p < sf || p < 0 {
			return s
		}
		s = p
	}
	return s
}

// ExtendParticiple extends a noun phrase ending at limit over a participle
// phrase of time or agent: "a survey | released last Thursday", "a memo |
// seen by Reuters". It returns the new limit.
func ExtendParticiple(d *doc.Document, limit int) int {
	if limit >= len(d.Tokens) || participleBefore(d, limit) != limit {
		return limit
	}
	sl := d.Sentences[d.Tokens[limit].Sent].Limit
	k := limit + 1
	for k < sl && k <= limit+5 {
		w := d.Tokens[k].Lower
		switch {
		case timeNouns[w] || w == "last" || w == "this" || w == "on" || w == "earlier" || w == "late":
			k++
			continue
		case w == "by" || w == "in" || w == "at":
			if e := NounPhraseStartingAt(d, k+1, false); e > k+1 {
				k = e
				continue
			}
		}
		break
	}
	if k == limit+1 {
		return limit
	}
	return k
}

func isPrep(w string) bool {
	switch w {
	case "by", "on", "in", "at", "for", "from", "with", "about", "to":
		return true
	}
	return false
}

// participleBefore returns i when token i is a past participle that can
// modify a noun before it ("released", "seen", "briefed"), else -1.
func participleBefore(d *doc.Document, i int) int {
	if i < 1 {
		return -1
	}
	w := d.Tokens[i].Lower
	if POS(d, i) != "VERB" {
		return -1
	}
	if strings.HasSuffix(w, "ed") || w == "seen" || w == "known" || w == "given" || w == "taken" || w == "written" || w == "shown" || w == "held" || w == "led" || w == "made" || w == "built" {
		return i
	}
	return -1
}

// Parsed reports whether the dependency parser has run on the document.
func Parsed(d *doc.Document) bool {
	for i := range d.Tokens {
		if d.Tokens[i].Dep != "" {
			return true
		}
	}
	return false
}

// Child returns the first dependent of head h with one of the labels, or
// -1. Labels match on their main part too ("nsubj" matches "nsubj:pass").
func Child(d *doc.Document, h int, labels ...string) int {
	// Dependents lie inside h's subtree, which is contiguous (see Subtree).
	first, limit := Subtree(d, h)
	for k := first; k < limit; k++ {
		if d.Tokens[k].Head != h {
			continue
		}
		dep := d.Tokens[k].Dep
		main, _, _ := strings.Cut(dep, ":")
		for _, l := range labels {
			if dep == l || main == l {
				return k
			}
		}
	}
	return -1
}

// Subtree returns the token range [first, limit) covered by the subtree of
// token h. The parser builds projective trees, whose subtrees are
// contiguous, so the range grows outward from h and stops at the first
// token on each side that is not h's descendant: the cost is the size of
// the subtree, not of the sentence (a run-on "sentence" of a megabyte asks
// for thousands of subtrees).
func Subtree(d *doc.Document, h int) (int, int) {
	s := d.Sentences[d.Tokens[h].Sent]
	first, last := h, h
	for first > s.First && under(d, first-1, h, s) {
		first--
	}
	for last+1 < s.Limit && under(d, last+1, h, s) {
		last++
	}
	return first, last + 1
}

// under reports whether following heads from k reaches h within sentence s.
func under(d *doc.Document, k, h int, s doc.Sentence) bool {
	for j, steps := k, 0; j >= 0 && steps < 64; j, steps = d.Tokens[j].Head, steps+1 {
		if j == h {
			return true
		}
		if j < s.First || j >= s.Limit {
			return false
		}
	}
	return false
}
