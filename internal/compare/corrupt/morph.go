package corrupt

import "strings"

// irregular maps base forms to past tenses for the verbs news uses most;
// a verb outside it and outside the regular patterns is not rewritten, so
// that no corruption reads as broken English.
var irregular = map[string]string{
	"be": "was", "have": "had", "do": "did", "go": "went", "say": "said", "make": "made", "take": "took",
	"come": "came", "see": "saw", "know": "knew", "get": "got", "give": "gave", "find": "found",
	"think": "thought", "tell": "told", "become": "became", "leave": "left", "feel": "felt", "bring": "brought",
	"begin": "began", "keep": "kept", "hold": "held", "write": "wrote", "stand": "stood", "hear": "heard",
	"let": "let", "mean": "meant", "set": "set", "meet": "met", "run": "ran", "pay": "paid", "sit": "sat",
	"speak": "spoke", "lead": "led", "grow": "grew", "lose": "lost", "fall": "fell", "send": "sent",
	"build": "built", "spend": "spent", "cut": "cut", "rise": "rose", "win": "won", "buy": "bought",
	"sell": "sold", "fight": "fought", "drive": "drove", "break": "broke", "choose": "chose", "seek": "sought",
	"teach": "taught", "catch": "caught", "shoot": "shot", "strike": "struck", "hit": "hit", "put": "put",
	"draw": "drew", "throw": "threw", "show": "showed", "fly": "flew", "forget": "forgot", "hide": "hid",
	"steal": "stole", "swear": "swore", "wear": "wore", "understand": "understood", "withdraw": "withdrew",
	"undergo": "underwent", "overcome": "overcame", "bear": "bore", "beat": "beat", "bet": "bet",
	"bid": "bid", "quit": "quit", "read": "read", "shut": "shut", "spread": "spread", "split": "split",
	"upset": "upset", "deal": "dealt", "lend": "lent", "feed": "fed", "flee": "fled", "sink": "sank",
	"stop": "stopped", "plan": "planned", "ban": "banned", "admit": "admitted", "commit": "committed",
	"drop": "dropped", "ship": "shipped", "occur": "occurred", "prefer": "preferred", "refer": "referred",
	"permit": "permitted", "submit": "submitted", "control": "controlled", "travel": "traveled",
}

// past returns the past tense of a base-form verb, or "" when unsure.
func past(v string) string {
	v = strings.ToLower(v)
	if p, ok := irregular[v]; ok {
		return p
	}
	if len(v) < 3 || !isLetters(v) {
		return ""
	}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return v[:n-1] + "ied"
	case cvc(v):
		// "admit" → "admitted" but "visit" → "visited": doubling depends on
		// stress, which the table above settles for the common verbs.
		return ""
	}
	return v + "ed"
}

// third returns the third person singular present of a base-form verb.
func third(v string) string {
	v = strings.ToLower(v)
	switch v {
	case "be":
		return "is"
	case "have":
		return "has"
	case "do":
		return "does"
	case "go":
		return "goes"
	}
	if !isLetters(v) || len(v) < 2 {
		return ""
	}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return v[:n-1] + "ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "z"):
		return v + "es"
	}
	return v + "s"
}

// cvc reports a short final consonant-vowel-consonant, where English
// sometimes doubles the consonant before -ed.
func cvc(v string) bool {
	n := len(v)
	if n < 3 {
		return false
	}
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	c := v[n-1]
	return !vowel(v[n-3]) && vowel(v[n-2]) && !vowel(c) && c != 'w' && c != 'x' && c != 'y'
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
