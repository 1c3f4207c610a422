package timex

import "testing"

func TestDayListsAndNext(t *testing.T) {
	cases := []struct {
		text  string
		spans []string
		vals  []string
	}{
		{"The talks are on 18 and 19 June.", []string{"18", "19 June"}, []string{"2013-06-18", "2013-06-19"}},
		{"Votes were cast on 3, 4 and 5 May 2012.", []string{"3", "4", "5 May 2012"}, []string{"2012-05-03", "2012-05-04", "2012-05-05"}},
		{"He paid $12 December 27.", []string{"December 27"}, []string{"2012-12-27"}},
		{"It was due next 6th of April.", []string{"next 6th of April"}, []string{"2013-04-06"}},
		{"It was due next 5th of February.", []string{"next 5th of February"}, []string{"2014-02-05"}},
		{"Talks end this working week.", []string{"this working week"}, []string{"2013-W07"}},
		{"It starts on Sunday early morning at 8:00.", []string{"Sunday early morning at 8:00"}, []string{"2013-02-10T08:00"}},
		{"It starts on Sunday late evening at 10:00.", []string{"Sunday late evening at 10:00"}, []string{"2013-02-10T22:00"}},
	}
	for _, c := range cases {
		got := Find(c.text, qref)
		ok := len(got) == len(c.spans)
		for i := 0; ok && i < len(got); i++ {
			ok = got[i].Text == c.spans[i] && got[i].Value == c.vals[i]
		}
		if !ok {
			t.Errorf("%q: got %s, want %v %v", c.text, describe(got), c.spans, c.vals)
		}
	}
}
