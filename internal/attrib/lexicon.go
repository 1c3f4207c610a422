package attrib

import "strings"

// cueLemma maps the inflected forms of reporting verbs to their lemma.
var cueLemma = map[string]string{}

// strong cues introduce content on their own ("X said the plan failed");
// weak ones ("estimates", "reports", "suggests") are also nouns or carry
// other senses, so they need "that", a quote, or an inverted "…, X reports".
var strong = map[string]bool{}

func init() {
	add := func(isStrong bool, forms string) {
		fs := strings.Fields(forms)
		for _, f := range fs {
			cueLemma[f] = fs[0]
			if isStrong {
				strong[f] = true
			}
		}
	}
	add(true, "say says said saying")
	add(true, "tell tells told telling")
	add(true, "add adds added adding")
	add(true, "note notes noted noting")
	add(true, "write writes wrote written writing")
	add(true, "ask asks asked asking")
	add(true, "reply replies replied replying")
	add(true, "respond responds responded responding")
	add(true, "explain explains explained explaining")
	add(true, "insist insists insisted insisting")
	add(true, "warn warns warned warning")
	add(true, "declare declares declared declaring")
	add(true, "claim claims claimed claiming")
	add(true, "argue argues argued arguing")
	add(true, "announce announces announced announcing")
	add(true, "recall recalls recalled recalling")
	add(true, "concede concedes conceded conceding")
	add(true, "acknowledge acknowledges acknowledged acknowledging")
	add(true, "admit admits admitted admitting")
	add(true, "confirm confirms confirmed confirming")
	add(true, "predict predicts predicted predicting")
	add(true, "promise promises promised promising")
	add(true, "pledge pledges pledged pledging")
	add(true, "vow vows vowed vowing")
	add(true, "stress stresses stressed stressing")
	add(true, "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing")
	add(true, "tweet tweets tweeted tweeting")
	add(true, "testify testifies testified testifying")
	add(true, "allege alleges alleged alleging")
	add(true, "assert asserts asserted asserting")
	add(true, "caution cautions cautioned cautioning")
	add(true, "reiterate reiterates reiterated reiterating")
	add(true, "quip quips quipped")
	add(true, "complain complains complained complaining")
	add(true, "contend contends contended contending")
	add(true, "counter counters countered countering")
	add(true, "continue continues continued")
	add(true, "remark remarks remarked")
	add(true, "observe observes observed")
	add(true, "shout shouts shouted")
	add(true, "joke jokes joked")
	// "stated" and "stating" are verbs; "state" and "states" are far more
	// often nouns ("member states"), so they need "that" or a quote.
	add(false, "state states")
	add(true, "stated stating")
	cueLemma["stated"], cueLemma["stating"] = "state", "state"
	add(false, "estimate estimates estimated estimating")
	add(false, "suggest suggests suggested suggesting")
	add(false, "report reports reported reporting")
	add(false, "believe believes believed believing")
	add(false, "think thinks thought thinking")
	add(false, "show shows showed shown showing")
	add(false, "find finds found finding")
	add(false, "indicate indicates indicated indicating")
	add(false, "reveal reveals revealed revealing")
	add(false, "expect expects expected expecting")
	add(false, "hope hopes hoped hoping")
	add(false, "fear fears feared fearing")
	add(false, "deny denies denied denying")
	add(false, "urge urges urged urging")
	add(true, "conclude concludes concluded concluding")
	add(false, "agree agrees agreed agreeing")
	add(false, "accuse accuses accused accusing")
	add(false, "inform informs informed informing")
	add(false, "describe describes described describing")
	add(false, "maintain maintains maintained maintaining")
	add(false, "learn learns learned learnt")
	add(false, "understand understands understood")
	add(false, "calculate calculates calculated")
	add(false, "project projects projected")
	add(false, "put puts")
	add(false, "charge charges charged charging")
}

// objectCues report a stance whose content is their object or infinitive
// rather than a clause: "called the charges fabricated", "called for an
// inquiry", "wants to cut taxes", "cited the report", "attacked the plan".
// Annotators of attribution (PolNeAR) count them; they need a subject that
// can hold a view (a name, a pronoun, an organisation or a source noun).
var objectCues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`called calls calling cited cites citing attacked attacks attacking criticized
		criticised criticizes criticises blasted blasts slammed slams condemned condemns praised praises welcomed
		welcomes defended defends endorsed endorses proposed proposes demanded demands questioned questions
		wants want wanted plans planned intends intended hopes hoped seeks sought vowed vows pledged pledges
		promised promises declined declines refused refuses agreed agrees urged urges described describes
		accused accuses supports supported backs backed opposes opposed rejected rejects dismissed dismisses
		insisted mentioned mentions acknowledged recommended recommends predicted
		defending demanding calling questioning criticizing criticising attacking praising condemning welcoming
		endorsing proposing rejecting dismissing backing opposing supporting urging citing accusing
		mocked mocks mocking denounced denounces denouncing encouraged encourages encouraging
		slamming blasting pushing pushed argued touted touts touting hailed hails hailing warned
		disputed disputes questioned`) {
		objectCues[w] = true
		if _, ok := cueLemma[w]; !ok {
			cueLemma[w] = w
		}
	}
}

// participleCues follow a comma and take the main clause's subject as their
// source: "Trump hit back, saying the polls were rigged".
var participleCues = map[string]bool{
	"saying": true, "adding": true, "arguing": true, "noting": true, "claiming": true, "citing": true,
	"warning": true, "insisting": true, "explaining": true, "stressing": true, "calling": true, "telling": true,
	"suggesting": true, "asserting": true, "accusing": true, "describing": true, "vowing": true, "promising": true,
}

// objectTakingCues take a hearer before their content ("told reporters",
// "warned lawmakers that").
var objectTakingCues = map[string]bool{"ask": true, "tell": true, "warn": true, "assure": true, "remind": true, "inform": true, "urge": true}

// sourceNouns are heads that make a noun phrase a plausible source even in
// lower case ("officials", "sources", "the agency").
var sourceNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`official officials source sources spokesman spokeswoman spokesperson spokespeople
		agency ministry government police military army analyst analysts expert experts witness witnesses resident
		residents authorities report reports study survey statement lawyer lawyers doctor doctors researchers
		researcher diplomat diplomats intelligence observers observer monitor monitors group groups leader leaders
		president minister commander commanders officer officers aide aides person people prosecutor prosecutors
		investigators investigator company firm committee council court judge campaign activists activist media
		newspaper outlet broadcaster office department service services administration coalition union
		mayor governor senator senators candidate candidates chairman chairwoman chair secretary speaker director
		chief adviser advisers advisor advisors strategist strategists economist economists aide poll polls
		survey surveys data figures records voters voter supporters supporter critics critic lawmakers
		lawmaker legislators members member delegates delegate democrats republicans conservatives liberals
		party parties organizers organisers officials staff staffers employees workers families parents
		students citizens americans scientists scholars historians pollster pollsters campaigns allies rivals
		opponents editorial article memo letter document documents email emails book paper website`) {
		sourceNouns[w] = true
	}
}

// stanceForms are the forms of verbs outside the reporting lexicon by which
// a subject takes a position, thinks, wants, perceives or judges — the verb
// classes of communication, cognition, desire and evaluation that attribution
// annotators (PolNeAR, PARC) count: "Trump blamed the media", "voters feel the
// economy is rigged", "the report highlights the risk". Actions ("killed",
// "rolled", "won") are not among them.
var stanceForms = map[string]bool{}

func init() {
	lemmas := strings.Fields(`know feel consider doubt wonder suspect assume realize realise recognize recognise
		remember forget imagine reckon decide determine judge regard view notice hear discover worry wish prefer
		like love hate dislike favor favour trust mention discuss state answer repeat echo highlight underscore
		recommend request demand order instruct forecast threaten remind reassure proclaim publish post
		retweet email blog quote reference invoke chant yell scream whisper tease ridicule boast brag lament decry
		bemoan deplore regret apologize apologise confess dispute contest challenge rebut refute reject dismiss
		criticize criticise condemn denounce blast slam attack assail praise hail laud applaud commend
		thank congratulate welcome endorse support back oppose defend champion tout portray characterize
		characterise label call name dub brand paint frame compare liken identify list rank rate assess
		reveal disclose confirm prove demonstrate document signal imply hint disagree acquiesce intend seek
		aim refuse decline offer pressure lobby press plead rule question cite point address discuss tackle
		emphasize emphasise welcome embrace reject criticize mock applaud support promote float advocate
		envision envisage describe consider dismiss rule acknowledge lament sense anticipate refer talk
		speak`)
	irregularForms := strings.Fields(`knew known knows knowing felt feels feeling thought heard hears forgot
		referred referring regretted regretting spoke spoken
		forgotten meant means sought seeks seeking understood understands`)
	for _, l := range lemmas {
		for _, f := range inflect(l) {
			stanceForms[f] = true
		}
	}
	for _, f := range irregularForms {
		stanceForms[f] = true
	}
}

// inflect returns a regular verb's forms: base, -s, -ed, -ing.
func inflect(l string) []string {
	n := len(l)
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	var s, ed, ing string
	switch {
	case strings.HasSuffix(l, "y") && n > 1 && !vowel(l[n-2]):
		s, ed, ing = l[:n-1]+"ies", l[:n-1]+"ied", l+"ing"
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z"):
		s, ed, ing = l+"es", l+"ed", l+"ing"
	case strings.HasSuffix(l, "ee"):
		s, ed, ing = l+"s", l+"d", l+"ing"
	case strings.HasSuffix(l, "e"):
		s, ed, ing = l+"s", l+"d", l[:n-1]+"ing"
	default:
		s, ed, ing = l+"s", l+"ed", l+"ing"
	}
	return []string{l, s, ed, ing}
}

// nonStance are verbs (lemmas and forms) that report doing, not a position:
// a subject that "won", "visited" or "met" someone takes no view by it.
var nonStance = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`be have do go come get make take give keep hold bring begin meet leave
		win won lose lost visit travel run ran spend spent pay paid sign signed raise raised hire hired fire fired
		serve served live lived die died kill killed join joined host hosted lead led move moved become became
		return returned arrive arrived start started end ended open opened close closed build built buy bought
		sell sold send sent fly flew walk walked drive drove sit sat stand stood hit receive received earn earned
		campaign campaigned vote voted elect elected appoint appointed nominate attend attended finish finished
		face faced use used set put let try tried seem seemed appear appeared remain remained turn turned
		follow followed mark marked bow bowed suffer suffered fail failed`) {
		nonStance[w] = true
	}
}

// labelWords open a paragraph with a colon without naming a speaker.
var labelWords = map[string]bool{
	"q": true, "a": true, "breaking": true, "contributing": true, "update": true, "updated": true,
	"related": true, "watch": true, "read": true, "photo": true, "photos": true, "video": true, "note": true,
	"correction": true, "source": true, "sources": true, "editor": true, "listen": true, "see": true, "more": true,
}

// findingNouns head the noun phrases of "In a new poll, …": findings that
// say something without a verb of saying.
var findingNouns = map[string]bool{
	"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "studies": true,
	"report": true, "analysis": true, "census": true, "data": true,
}

// nominalCues are nouns that report what their possessor holds or said
// when a "that" clause follows: "Trump's claim that …".
var nominalCues = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`claim claims assertion assertions argument statement suggestion view belief
		warning warnings promise pledge prediction insistence charge allegation allegations accusation contention
		remark remarks comment comments notion admission denial assurance assurances hope fear fears concern
		concerns complaint announcement conclusion finding findings estimate`) {
		nominalCues[w] = true
	}
}

// nounFirst are stance forms that are more often nouns in news text.
var nounFirst = map[string]bool{
	"state": true, "states": true, "attack": true, "attacks": true, "support": true, "report": true, "post": true,
	"posts": true, "email": true, "emails": true, "list": true, "lists": true, "name": true, "names": true,
}
