package attrib

import "testing"

func TestZZDebug(t *testing.T) {
	for _, s := range []string{
		"Polls show working-class whites could be a boon to Trump in some key states.",
		"Rebels killed 40 soldiers near the border on Tuesday.",
		"Trump supporters believe he can improve upon the result in North Florida.",
		"Sanders echoed the criticism of the trade deal.",
		"The Ohio governor has not ignored South Carolina.",
		"Cruz continued: \"You look at the questions, and they are insulting.\"",
		"The company lost 310 million euros in the first half of the year.",
	} {
		d := analyse(s)
		for _, a := range d.Attributions {
			t.Log(show(a))
		}
		t.Log("--")
	}
}
