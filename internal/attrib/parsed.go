package attrib

import (
	"strings"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/syntax"
)

// This file reads attributions off the dependency parse (nlp.Annotate's
// Head and Dep): a verb of communication, cognition, desire or evaluation
// whose subject can hold a view, with its clausal complement, infinitive or
// object as the content. The surface rules in attrib.go run first and keep
// what they find; the parse then catches what they cannot see — a subject
// separated from its verb by a long clause, cues joined to an earlier verb
// phrase, cues outside the lexicon, passives with a "by" agent.

// parseCueLemmas are lemmas of verbs by which a subject says, thinks, wants
// or judges something, beyond the reporting lexicon and the stance forms:
// the long tail of communication and cognition verbs in news English.
var parseCueLemmas = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`say tell note write ask reply respond explain insist warn declare claim argue announce recall
		concede acknowledge admit confirm predict promise pledge vow stress emphasize emphasise tweet
		testify allege assert caution reiterate quip complain contend counter remark observe shout joke
		state estimate suggest report believe think show indicate reveal expect hope fear deny urge conclude
		agree accuse inform describe maintain learn understand calculate project charge know feel consider
		doubt wonder suspect assume realize realise recognize recognise remember forget imagine reckon
		decide determine judge regard view notice discover worry wish prefer favor favour trust mention
		discuss answer repeat echo highlight underscore recommend request demand invite order instruct
		forecast threaten remind reassure proclaim publish post retweet quote reference invoke chant yell
		scream whisper tease ridicule boast brag lament decry bemoan deplore regret apologize apologise
		confess dispute contest rebut refute reject dismiss criticize criticise condemn denounce blast slam
		attack assail praise hail laud applaud commend thank congratulate welcome endorse support back
		oppose defend champion tout portray characterize characterise label call dub brand liken identify
		assess disclose demonstrate document signal imply hint disagree intend seek aim refuse decline plead
		question cite tackle mock promote advocate envision envisage anticipate refer talk want plan blame
		credit fault scold chide rebuke lambast denigrate disparage insult smear acclaim cheer salute vouch
		swear guarantee assure concur confide convey relay detail outline recount summarize summarise
		paraphrase restate clarify specify elaborate expound interpret speculate guess gauge surmise infer
		deduce presume suppose ponder contemplate weigh mull propose advise counsel implore beg plea
		petition lobby appeal solicit exhort alert contradict disavow repudiate downplay minimize grumble
		gripe protest object posit unveil underline point query scrutinize deride lampoon parody extol rap
		pan resist foresee dread desire crave like love adore appreciate admire respect hate dislike detest
		despise loathe resent see deem rate rank sense perceive recollect differ depict paint frame notify
		brief retort rejoin pen author express issue voice knock lay
		articulate interject utter muse trumpet rebuff bash trash savage snipe admonish reprimand gush
		marvel rant
		attribute display`) {
		// The last two lines were measured on PolNeAR train as a batch
		// (23 right, 7 wrong); "convince", "persuade", "rip", "preach",
		// "reaffirm", "circulate", "pillory" and "chastise" were right
		// about half the time or less and are left out.
		parseCueLemmas[w] = true
	}
}

// parseNonCue are lemmas the parse pass never reads as cues even where a
// list above has them in another sense: "the bill allows", "she posted
// bail", "they back down".
var parseNonCue = map[string]bool{}

func init() {
	// "verify" belongs to the verification step ("Reuters could not verify
	// the footage" says nothing of the footage). Measured on PolNeAR train,
	// the others read as cues less than a fifth of the time: aspect ("continue"), perception and physical senses ("hear",
	// "find ISIS", "address the crowd", "embrace"), and senses of
	// "prove"/"challenge"/"figure" that take no content; "invite",
	// "advise" and "maintain" (a lead, a home) below a quarter.
	for _, w := range strings.Fields(`allow grant accept release hold push fight campaign update commit establish
		cast draft leak press require continue speak mean find hear address prove challenge encourage embrace
		compare investigate debate enjoy celebrate figure add examine probe witness verify invite advise
		maintain`) {
		parseNonCue[w] = true
	}
}

// prepCues take their content as the object of a preposition that joins
// the cue ("talked about the economy", "called for an inquiry").
var prepCues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`talk speak comment focus call insist agree argue complain worry warn point refer
		respond react cheer touch weigh elaborate reflect dwell harp rail lash hit joke boast brag testify
		testified vouch disagree object plead apologize apologise count bet vote push press lobby campaign
		advocate write tweet post blog think know hear learn care hint`) {
		prepCues[w] = true
	}
}

// parsedCue reports whether token k, as tagged and lemmatised by the core,
// is a verb the parse pass reads as a cue.
func (x *extractor) parsedCue(k int) bool {
	t := x.tok(k)
	if t.POS != "VERB" || t.Dep == "" {
		return false
	}
	l := lexLemma(t)
	if parseNonCue[l] || nonStance[l] || x.otherSense(k) {
		return false
	}
	if depIs(t.Dep, "ccomp", "xcomp", "csubj") && x.chainHead(k) < 0 && !x.freeComplement(k) {
		// A verb inside another verb's complement ("said he would support
		// …", "refused to endorse …") is part of that content, and the
		// cue is the verb above it.
		return false
	}
	return parseCueLemmas[l] || cueLemma[t.Lower] != "" || stanceForms[t.Lower] || objectCues[t.Lower] || prepOnlyCues[l] != ""
}

// chainVerbs take a cue verb as their infinitive, and PolNeAR keeps them in
// the cue with it: "continued to insist", "went on to say", "tried to
// explain", "began to politicize".
var chainVerbs = map[string]bool{"continue": true, "go": true, "try": true, "begin": true}

// chainHead returns the chain verb whose infinitive verb k is ("continued"
// for "insist" in "continued to insist"), or -1. Only "to", adverbs and, for
// "go", the particle "on" may stand between them ("going to say" is a
// future, not a chain).
func (x *extractor) chainHead(k int) int {
	d := x.d
	t := &d.Tokens[k]
	if !depIs(t.Dep, "xcomp", "advcl") || t.Head < 0 || t.Head >= k {
		return -1
	}
	h := t.Head
	l := strings.ToLower(d.Tokens[h].Lemma)
	if !chainVerbs[l] || d.Tokens[h].POS != "VERB" || x.used[h] {
		return -1
	}
	on, to := false, false
	for i := h + 1; i < k; i++ {
		switch w := d.Tokens[i].Lower; {
		case w == "to":
			to = true
		case w == "on" && l == "go":
			on = true
		case d.Tokens[i].POS == "ADV":
		default:
			return -1
		}
	}
	if !to || l == "go" && !on {
		return -1
	}
	return h
}

// children returns the dependents of h in text order. The first call
// links every token to its next sibling, once for the document, so that a
// sentence the splitter could not break (a megabyte without punctuation)
// costs linear time, not a scan of the sentence per head.
func (x *extractor) children(h int) []int {
	if x.firstKid == nil {
		n := len(x.d.Tokens)
		x.firstKid, x.nextKid = make([]int32, n), make([]int32, n)
		for k := range x.firstKid {
			x.firstKid[k] = -1
		}
		for k := n - 1; k >= 0; k-- {
			x.nextKid[k] = -1
			if p := x.d.Tokens[k].Head; p >= 0 && p < n {
				x.nextKid[k] = x.firstKid[p]
				x.firstKid[p] = int32(k)
			}
		}
	}
	var out []int
	for k := x.firstKid[h]; k >= 0; k = x.nextKid[k] {
		out = append(out, int(k))
	}
	return out
}

func depIs(dep string, labels ...string) bool {
	main, _, _ := strings.Cut(dep, ":")
	for _, l := range labels {
		if dep == l || main == l {
			return true
		}
	}
	return false
}

// phrase returns the span of the noun phrase headed by h as a source: its
// subtree without punctuation at the edges and without the trailing
// dependents that are not part of a name or description (a participle
// after a comma, "in particular", a time).
func (x *extractor) phrase(h int) (int, int) {
	d := x.d
	f, l := h, h+1
	for _, c := range x.children(h) {
		cf, cl := syntax.Subtree(d, c)
		if c > h {
			if depIs(d.Tokens[c].Dep, "advmod", "obl", "parataxis", "dep", "advcl", "nmod:tmod", "obl:tmod") {
				continue
			}
			if d.Tokens[c].Dep == "acl" && cf > 0 && d.Tokens[cf-1].Text == "," {
				// "Ortiz, speaking to nurses, said": a participle set
				// off by commas is an aside; "Democrats trying to regain
				// the Senate" and "the memo that the committee released"
				// are descriptions.
				continue
			}
			if d.Tokens[c].Dep == "acl:relcl" && d.Tokens[h].POS == "PROPN" && cf > 0 && d.Tokens[cf-1].Text == "," {
				// "Ortiz, who has a clear lead, said": an aside
				// on a name is not part of the source.
				continue
			}
			if d.Tokens[c].Dep == "punct" {
				continue
			}
		}
		if c < h && !depIs(d.Tokens[c].Dep, "det", "nmod", "amod", "compound", "nummod", "conj", "flat", "advmod", "appos", "case") {
			// A leading "But", "while", "Maybe" belongs to the clause.
			continue
		}
		if c < h && d.Tokens[c].Dep == "advmod" && !syntax.Negators[d.Tokens[c].Lower] && d.Tokens[c].Lower != "only" && d.Tokens[c].Lower != "even" {
			continue
		}
		f, l = min(f, cf), max(l, cl)
	}
	// Bring back the punctuation between included words.
	for l > f && d.Tokens[l-1].Dep == "punct" && d.Tokens[l-1].Text != ")" && d.Tokens[l-1].Text != "." {
		l--
	}
	for f < l && d.Tokens[f].Dep == "punct" && d.Tokens[f].Text != "(" {
		f++
	}
	return f, l
}

// parsedSource finds the source of verb k in the parse: its nsubj, or for
// a verb joined to another ("denied … and said", "took to Twitter to
// accuse", "…, saying") the subject of the verb it is joined to.
func (x *extractor) parsedSource(k int) (srcSpan, bool) {
	d := x.d
	for v, depth := k, 0; v >= 0 && depth < 4; depth++ {
		if j := syntax.Child(d, v, "nsubj"); j >= 0 && !strings.HasSuffix(d.Tokens[j].Dep, ":pass") {
			w := d.Tokens[j].Lower
			if w == "it" || w == "there" || w == "this" || w == "that" && j < k-1 {
				return srcSpan{}, false
			}
			f, l := x.phrase(j)
			if l > k {
				l = k
			}
			if f >= l || x.inQuoteRange(f, l) {
				return srcSpan{}, false
			}
			// The comma that closes an appositive before the cue belongs to
			// the source, as PolNeAR and PARC mark it.
			if l < k && d.Tokens[l].Text == "," && x.cueStart(k) == l+1 && strings.Contains(d.Slice(d.Tokens[f].Start, d.Tokens[l-1].End), ",") {
				l++
			}
			return srcSpan{f, l}, true
		}
		dep := d.Tokens[v].Dep
		if !depIs(dep, "conj", "xcomp", "advcl") || d.Tokens[v].Head < 0 {
			return srcSpan{}, false
		}
		if depIs(dep, "advcl") && !strings.HasSuffix(d.Tokens[v].Lower, "ing") && x.chainHead(v) < 0 {
			// Only a participle ("…, saying") shares its subject; "when
			// he said" has its own.
			return srcSpan{}, false
		}
		v = d.Tokens[v].Head
		if p := d.Tokens[v].POS; p != "VERB" && p != "AUX" && p != "ADJ" {
			return srcSpan{}, false
		}
	}
	return srcSpan{}, false
}

// parsedCues adds the attributions the parse shows and the surface rules
// missed, for the verbs of sentence [first, end) not yet used.
func (x *extractor) parsedCues(first, end int) {
	d := x.d
	for k := first; k < end; k++ {
		if x.used[k] || x.inQuote[k] != 0 || !x.parsedCue(k) {
			continue
		}
		if a, ok := x.parsedPassive(k, end); ok {
			x.add(a)
			continue
		}
		src, ok := x.withSource(k)
		if !ok {
			src, ok = x.trailingSource(k)
		}
		if !ok {
			src, ok = x.parsedSource(k)
		}
		vehicle := -1
		if !ok {
			if src, ok = x.vehicleSource(k); ok {
				vehicle, _ = x.vehicle(k)
			} else {
				src, ok = x.sharedSubject(k)
			}
		}
		if !ok || src.first >= k && src.limit > k {
			if src, ok = x.frontedSource(k); !ok {
				continue
			}
		}
		if x.usedRange(src.first, src.limit) && !x.sharesSource(src) {
			continue
		}

		cs, ce, c, e, ok := x.parsedComplement(k, end)
		if !ok {
			continue
		}
		if h := x.chainHead(k); h >= 0 {
			cs = x.cueStart(h)
		} else if x.freeComplement(k) && d.Tokens[d.Tokens[k].Head].POS == "VERB" {
			cs = x.cueStart(d.Tokens[k].Head)
		} else if vehicle >= 0 {
			// PolNeAR's cue runs from the vehicle: "used his speech to
			// call for", "took to Twitter to say", "was quick to point out".
			cs = x.cueStart(vehicle)
		}
		x.add(x.mk(src, d.TokenSpan(cs, ce), d.TokenSpan(c, e), doc.Indirect))
	}
}

func isRelPron(w string) bool { return w == "who" || w == "which" || w == "that" }

// usedRange reports whether any token of [f, l) is already a source or cue.
func (x *extractor) usedRange(f, l int) bool {
	for k := f; k < l; k++ {
		if x.used[k] {
			return true
		}
	}
	return false
}

// sharesSource reports whether src is exactly the source of an attribution
// already found: one speaker may have several cues ("denied … and said").
func (x *extractor) sharesSource(src srcSpan) bool {
	sp := x.d.TokenSpan(src.first, src.limit)
	for _, a := range x.out {
		if a.Source != nil && a.Source.Start == sp.Start && a.Source.End == sp.End {
			return true
		}
	}
	for _, s := range x.timeOnly {
		if s.Start == sp.Start && s.End == sp.End {
			return true
		}
	}
	return false
}

// parsedComplement returns the cue [cs, ce) and content [c, e) of verb k:
// its clausal complement ("said that …"), infinitive ("wants to …") or
// object ("praised the plan"), or the object of a preposition the verb
// selects ("focused on …", "cheered for …"), which then joins the cue.
func (x *extractor) parsedComplement(k, end int) (cs, ce, c, e int, ok bool) {
	d := x.d
	cs, ce = x.cueStart(k), x.cueEnd(k)
	c, e = -1, -1
	cc, obl := -1, -1
	lemma := x.lemmaOf(k)
	_, prepOnly := prepOnlyCues[lemma]
	for _, ch := range x.children(k) {
		if ch < k {
			continue
		}
		dep := d.Tokens[ch].Dep
		if prepOnly && !depIs(dep, "obl", "compound:prt") {
			continue
		}
		if prepOnly && dep == "compound:prt" && !prepOnlyTakes(lemma, d.Tokens[ch].Lower) {
			// "touched down on the runway".
			return 0, 0, 0, 0, false
		}
		switch {
		case dep == "compound:prt" && ch == ce:
			ce = ch + 1
		case depIs(dep, "ccomp") && cc < 0:
			cc = ch
		case depIs(dep, "xcomp", "obj"):
			f, l := syntax.Subtree(d, ch)
			if c < 0 || f < c {
				c = f
			}
			e = max(e, l)
		case depIs(dep, "obl") && obl < 0:
			obl = ch
		}
	}
	if cc >= 0 {
		// A clause is the content; an object before it is the hearer
		// ("told reporters that …").
		c, e = syntax.Subtree(d, cc)
	}
	if l := strings.ToLower(d.Tokens[k].Lemma); c < 0 && obl >= 0 && prepCues[l] {
		// "focused on the economy": the preposition joins the cue when it
		// follows the verb directly or after a manner adverb ("focused
		// intensively on"), which then joins the cue too.
		cas := syntax.Child(d, obl, "case")
		if cas < 0 || cas != x.mannerAdverbs(k, ce) {
			return 0, 0, 0, 0, false
		}
		switch d.Tokens[cas].Lower {
		case "about", "on", "for", "of", "to", "against", "at", "over", "into", "with":
		default:
			return 0, 0, 0, 0, false
		}
		if prepOnly && !prepOnlyTakes(lemma, d.Tokens[cas].Lower) {
			return 0, 0, 0, 0, false
		}
		ce = cas + 1
		_, l := syntax.Subtree(d, obl)
		c, e = cas+1, l
	}
	if c < 0 && cc < 0 && obl < 0 {
		if nce, pc, pe, ok := x.prepClause(k, ce); ok {
			ce, c, e = nce, pc, pe
		}
	}
	if c < 0 || c < ce {
		return 0, 0, 0, 0, false
	}
	for c < e && (d.Tokens[c].Text == "," || d.Tokens[c].Text == ":") {
		c++
	}
	e = min(e, end)
	e = x.contentEnd(c, e)
	for e > c && (d.Tokens[e-1].Text == "," || d.Tokens[e-1].Text == ";" || d.Tokens[e-1].Text == ":") {
		e--
	}
	if e-c < 1 {
		return 0, 0, 0, 0, false
	}
	return cs, ce, c, e, true
}

// parsedPassive handles "was first reported by the Courier": the agent is the
// source, the passive subject the content.
func (x *extractor) parsedPassive(k, end int) (doc.Attribution, bool) {
	d := x.d
	subj := syntax.Child(d, k, "nsubj:pass")
	if subj < 0 || subj > k {
		return doc.Attribution{}, false
	}
	var agent, by = -1, -1
	for _, ch := range x.children(k) {
		if ch > k && depIs(d.Tokens[ch].Dep, "obl") {
			if cas := syntax.Child(d, ch, "case"); cas >= 0 && d.Tokens[cas].Lower == "by" && cas == x.cueEnd(k) {
				agent, by = ch, cas
				break
			}
		}
	}
	if agent < 0 {
		return doc.Attribution{}, false
	}
	sf, sl := x.phrase(agent)
	sf = max(sf, by+1)
	sl = min(sl, end)
	if sl <= sf || !x.canHoldView(sf, sl) {
		return doc.Attribution{}, false
	}
	cf, cl := x.phrase(subj)
	if cl <= cf || x.usedRange(cf, cl) {
		return doc.Attribution{}, false
	}
	cs := k
	for cs-1 >= cl && (depIs(d.Tokens[cs-1].Dep, "aux", "advmod") || d.Tokens[cs-1].Lower == "not") {
		cs--
	}
	// The agent's "by" belongs to neither the cue nor the source, as
	// PolNeAR marks them ("was first reported | by | the Courier").
	return x.mk(srcSpan{sf, sl}, d.TokenSpan(cs, k+1), d.TokenSpan(cf, cl), doc.Indirect), true
}

// parsedExtent refines the extent of a source the surface rules found for
// cue k with the parse: where the cue's nsubj overlaps it, the source is the
// subject's phrase — its determiner or possessor ("his campaign manager"),
// quantifier ("one of his advisers"), appositive and post-modifiers — and
// not the words around it that the surface scan took in (a leading "But",
// a time, a dateline).
func (x *extractor) parsedExtent(k int, src srcSpan) srcSpan {
	d := x.d
	if d.Tokens[k].Dep == "" || src.limit-src.first == 1 && isRelPron(d.Tokens[src.first].Lower) {
		return src
	}
	j := syntax.Child(d, k, "nsubj")
	if j < 0 || j >= k || strings.HasSuffix(d.Tokens[j].Dep, ":pass") {
		return src
	}
	f, l := x.phrase(j)
	l = min(l, x.cueStart(k))
	if f >= l || x.inQuoteRange(f, l) {
		return src
	}
	// The comma that closes an appositive the surface scan took for the
	// source ("Dana Holt, a nurse from Dayton, says") is no word the
	// subject's phrase must cover.
	lim := src.limit
	if lim-1 > src.first && d.Tokens[lim-1].Text == "," {
		lim--
	}
	if (j < src.first || j >= src.limit) && !(f <= src.first && l >= lim) && !x.nameBeforeAppositive(j, f, l, src) {
		// The surface rules found another phrase; a subject that takes
		// theirs in ("The memo that the committee released says", "Dana
		// Holt, a nurse from Dayton, says") wins.
		return src
	}
	// The parse only widens what the surface rules found: its attachments
	// inside names and titles are less sure than the surface scan.
	f, l = min(f, src.first), max(l, src.limit)
	if src.limit-1 > f && d.Tokens[src.limit-1].Text == "," && l == src.limit-1 {
		l = src.limit
	} else if l < k && d.Tokens[l].Text == "," && x.cueStart(k) == l+1 && strings.Contains(d.Slice(d.Tokens[f].Start, d.Tokens[l-1].End), ",") {
		l++
	}
	return srcSpan{f, l}
}

// nameBeforeAppositive reports whether the subject j, whose phrase is [f,
// l), is the name before the appositive the surface scan took for the
// source: "Ilsa Varnum, treasurer of Quillby Mills, a weaving
// cooperative, argued" — the parse hangs the second description on the name in a
// way its phrase leaves out, but the name before the comma is the
// speaker's, as PolNeAR marks it.
func (x *extractor) nameBeforeAppositive(j, f, l int, src srcSpan) bool {
	d := x.d
	return j < src.first && f <= src.first && l > src.first && src.first > 0 &&
		d.Tokens[src.first-1].Text == "," && syntax.POS(d, j) == "PROPN"
}

// parsedAfter widens the source of an inverted cue ("…," said Mira Castell,
// an analyst of food prices at the Orland Institute) to the cue's nsubj phrase
// after it, appositive and all, where the surface scan stopped early.
func (x *extractor) parsedAfter(k int, src srcSpan) srcSpan {
	d := x.d
	if d.Tokens[k].Dep == "" || src.limit <= src.first {
		return src
	}
	j := syntax.Child(d, k, "nsubj")
	if j < src.first || j >= src.limit {
		return src
	}
	f, l := x.phrase(j)
	_, lim := x.sentBounds(k)
	for l > f && l <= lim && l-1 >= 0 && (isFinal(d.Tokens[l-1].Text) || d.Tokens[l-1].Text == ",") {
		l--
	}
	if f != src.first || l < src.limit || x.inQuoteRange(f, l) {
		return src
	}
	return srcSpan{f, l}
}

// NeedsParse reports whether a sentence, tagged and lemmatised by the core
// but not yet parsed, may hold something the parse pass or the parse-aware
// rules read: a verb or adjective that could be a cue, a quotation mark, or "according".
// The analyser parses only such sentences (nlp.AnnotateIf); in the others
// every rule falls back to the surface reading, as it does without a parse.
func NeedsParse(toks []doc.Token) bool {
	for i := range toks {
		t := &toks[i]
		switch t.Lower {
		case "according", "\"", "“", "”", "'", "‘", "’":
			return true
		}
		if adjCues[t.Lower] && (t.POS == "ADJ" || t.POS == "VERB") {
			return true
		}
		if t.POS != "VERB" {
			continue
		}
		l := lexLemma(t)
		if parseCueLemmas[l] || prepCues[l] || cueLemma[t.Lower] != "" || stanceForms[t.Lower] || objectCues[t.Lower] {
			return true
		}
	}
	return false
}
