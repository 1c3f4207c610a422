package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck-news/crosscheck/doc"
	"github.com/crosscheck-news/crosscheck/internal/tokenize"
)

// pub is a Thursday, like the canonical example article.
var pub = time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)

type want struct{ text, typ, value, mod string }

func check(t *testing.T, text string, ref time.Time, wants []want) {
	t.Helper()
	compare(t, text, Find(text, ref), wants)
}

// compare reports where the expressions got differ from wants.
func compare(t *testing.T, text string, got []Match, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Errorf("%q: got %d expressions %s, want %d", text, len(got), describe(got), len(wants))
		return
	}
	for i, w := range wants {
		g := got[i]
		if g.Text != w.text || g.Type != w.typ || g.Value != w.value || g.Mod != w.mod {
			t.Errorf("%q: expression %d = %q %s %s %q, want %q %s %s %q",
				text, i, g.Text, g.Type, g.Value, g.Mod, w.text, w.typ, w.value, w.mod)
		}
	}
}

func TestAbsoluteDates(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The parade was held on August 28, 2025 in the capital.", []want{{"August 28, 2025", doc.Date, "2025-08-28", ""}}},
		{"Officials met on 28 Aug 2025 behind closed doors.", []want{{"28 Aug 2025", doc.Date, "2025-08-28", ""}}},
		{"The filing is dated 2025-08-28 and was amended 8/28/2025.", []want{
			{"2025-08-28", doc.Date, "2025-08-28", ""}, {"8/28/2025", doc.Date, "2025-08-28", ""}}},
		{"The ceasefire began on Aug. 28 after talks.", []want{{"Aug. 28", doc.Date, "2025-08-28", ""}}},
		{"He arrived on the 3rd of March 2024.", []want{{"the 3rd of March 2024", doc.Date, "2024-03-03", ""}}},
		{"Troops crossed the border on Thursday, Aug. 21, the army said.", []want{{"Thursday, Aug. 21", doc.Date, "2025-08-21", ""}}},
		{"The strike happened on Thursday.", []want{{"Thursday", doc.Date, "2025-08-28", ""}}},
		{"The offensive stalled in April.", []want{{"April", doc.Date, "2025-04", ""}}},
		{"The offensive stalled in October.", []want{{"October", doc.Date, "2024-10", ""}}},
		{"Elections will be held in April.", []want{{"April", doc.Date, "2026-04", ""}}},
		{"In October, the assembly will vote on the bill.", []want{{"October", doc.Date, "2025-10", ""}}},
		{"The company plans to open the plant in March.", []want{{"March", doc.Date, "2026-03", ""}}},
		{"Kim is set to visit Beijing in September.", []want{{"September", doc.Date, "2025-09", ""}}},
		{"The decision, announced in a still unpublished report in January, was criticised.", []want{{"January", doc.Date, "2025-01", ""}}},
		{"The bonus is payable Jan. 2 to all staff.", []want{{"Jan. 2", doc.Date, "2026-01-02", ""}}},
		{"The deal was signed in April 2024.", []want{{"April 2024", doc.Date, "2024-04", ""}}},
		{"Prices peaked in mid-2024 and fell in early 2025.", []want{
			{"mid-2024", doc.Date, "2024", "MID"}, {"early 2025", doc.Date, "2025", "START"}}},
		{"The factory was built in the 1990s.", []want{{"the 1990s", doc.Date, "199", ""}}},
		{"The law was passed in 2024.", []want{{"2024", doc.Date, "2024", ""}}},
		{"Fighting resumed in late August.", []want{{"late August", doc.Date, "2025-08", "END"}}},
		{"Sales rose in the third quarter of 2024.", []want{{"the third quarter of 2024", doc.Date, "2024-Q3", ""}}},
		{"Sales rose in 2024-Q3, in 2023Q4 and in 2024 H1.", []want{
			{"2024-Q3", doc.Date, "2024-Q3", ""}, {"2023Q4", doc.Date, "2023-Q4", ""}, {"2024 H1", doc.Date, "2024-H1", ""}}},
		{"Talks ran in the first week of October 2024 and the last week of 2016.", []want{
			{"the first week of October 2024", doc.Date, "2024-W41", ""}, {"the last week of 2016", doc.Date, "2016-W52", ""}}},
		{"They met on Tuesday of last week and meet again on Monday of next week.", []want{
			{"Tuesday of last week", doc.Date, "2025-08-19", ""}, {"Monday of next week", doc.Date, "2025-09-01", ""}}},
		{"They met on Tuesday the nineteenth.", []want{{"Tuesday the nineteenth", doc.Date, "2025-08-19", ""}}},
		{"She wrote on Tuesday the first draft of the speech.", []want{{"Tuesday", doc.Date, "2025-08-26", ""}}},
		{"The filing is dated 05-Aug-2016, amended 31/Oct/1974 and Dec-2018, 2019/aug/01 and 14april 2015.", []want{
			{"05-Aug-2016", doc.Date, "2016-08-05", ""}, {"31/Oct/1974", doc.Date, "1974-10-31", ""},
			{"Dec-2018", doc.Date, "2018-12", ""}, {"2019/aug/01", doc.Date, "2019-08-01", ""},
			{"14april 2015", doc.Date, "2015-04-14", ""}}},
		{"The vote was on January first 2020, not February twenty second; the March first lady spoke.", []want{
			{"January first 2020", doc.Date, "2020-01-01", ""}, {"February twenty second", doc.Date, "2025-02-22", ""}}},
		{"The marathon is this coming Sunday, March eighth.", []want{{"this coming Sunday, March eighth", doc.Date, "2026-03-08", ""}}},
		{"It opened on July 4th of 1995 and closed Sep-23-2020.", []want{
			{"July 4th of 1995", doc.Date, "1995-07-04", ""}, {"Sep-23-2020", doc.Date, "2020-09-23", ""}}},
		{"Filed march 3rd 2015; troops march 3 miles.", []want{{"march 3rd 2015", doc.Date, "2015-03-03", ""}}},
		{"He will speak tonight at 8 o'clock.", []want{{"tonight at 8 o'clock", doc.TimeOfDay, "2025-08-28T20:00", ""}}},
		{"Profit fell last yr and in the 3rd qtr; we rest this week-end.", []want{
			{"last yr", doc.Date, "2024", ""}, {"the 3rd qtr", doc.Date, "2025-Q3", ""}, {"this week-end", doc.Date, "2025-W35-WE", ""}}},
		{"Profit rose in the third quarter; in the 2024 period it fell.", []want{
			{"the third quarter", doc.Date, "2025-Q3", ""}, {"the 2024 period", doc.Date, "2024-Q3", ""}}},
		{"Net income in the 2024 second quarter was flat.", []want{{"the 2024 second quarter", doc.Date, "2024-Q2", ""}}},
		{"The festival returns in summer 2026.", []want{{"summer 2026", doc.Date, "2026-SU", ""}}},
		{"They met on Christmas Day 2024.", []want{{"Christmas Day 2024", doc.Date, "2024-12-25", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}

func TestRelativeDates(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"The minister resigned today.", []want{{"today", doc.Date, "2025-08-28", ""}}},
		{"The minister resigned yesterday.", []want{{"yesterday", doc.Date, "2025-08-27", ""}}},
		{"The minister will resign tomorrow.", []want{{"tomorrow", doc.Date, "2025-08-29", ""}}},
		{"The strike happened last Tuesday.", []want{{"last Tuesday", doc.Date, "2025-08-26", ""}}},
		{"The talks will resume next Tuesday.", []want{{"next Tuesday", doc.Date, "2025-09-02", ""}}},
		{"The summit is due next week.", []want{{"next week", doc.Date, "2025-W36", ""}}},
		{"Exports fell this month.", []want{{"this month", doc.Date, "2025-08", ""}}},
		{"The mayor said earlier this month that it was safe.", []want{{"earlier this month", doc.Date, "2025-08", "START"}}},
		{"Production fell last year.", []want{{"last year", doc.Date, "2024", ""}}},
		{"The bridge collapsed two days ago.", []want{{"two days ago", doc.Date, "2025-08-26", ""}}},
		{"The bridge collapsed about three years ago.", []want{{"about three years ago", doc.Date, "2022", "APPROX"}}},
		{"The result will be announced in two weeks.", []want{{"two weeks", doc.Date, "2025-W37", ""}}},
		{"The group has recently expanded.", []want{{"recently", doc.Date, "PAST_REF", ""}}},
		{"The town is now under curfew.", []want{{"now", doc.Date, "PRESENT_REF", ""}}},
		{"Shelling continued last night.", []want{{"last night", doc.TimeOfDay, "2025-08-27TNI", ""}}},
		{"Air defences shot down 30 drones overnight, the ministry said.", []want{{"overnight", doc.TimeOfDay, "2025-08-27TNI", ""}}},
		{"Drones struck overnight into Sunday.", []want{{"overnight into Sunday", doc.TimeOfDay, "2025-08-23TNI", ""}}},
		// Looking ahead, the coming night.
		{"Frost in Velm will ease overnight, forecasters said.", []want{{"overnight", doc.TimeOfDay, "2025-08-28TNI", ""}}},
		{"They met in Pyongyang in June last year.", []want{{"June last year", doc.Date, "2024-06", ""}}},
		{"Troops arrived on the 25th and left on the 27th.", []want{
			{"the 25th", doc.Date, "2025-08-25", ""}, {"the 27th", doc.Date, "2025-08-27", ""}}},
		{"In the early hours of Saturday, drones struck.", []want{{"Saturday", doc.Date, "2025-08-23", ""}}},
		{"The envoys meet on Tuesday next week.", []want{{"Tuesday next week", doc.Date, "2025-09-02", ""}}},
		{"The talks ended late on Friday.", []want{{"late on Friday", doc.Date, "2025-08-22", "END"}}},
		{"Protests grew this past weekend.", []want{{"this past weekend", doc.Date, "2025-W34-WE", ""}}},
		{"The blast came in mid-afternoon.", []want{{"mid-afternoon", doc.TimeOfDay, "2025-08-28TAF", "MID"}}},
		{"The president spoke on Tuesday morning.", []want{{"Tuesday morning", doc.TimeOfDay, "2025-08-26TMO", ""}}},
		{"Rebels attacked the base last summer.", []want{{"last summer", doc.Date, "2024-SU", ""}}},
		{"The plant will close by the end of next year.", []want{{"the end of next year", doc.Date, "2026", "END"}}},
		{"He was promoted on May 22, 1995, and the following year he left; that day is remembered.", []want{
			{"May 22, 1995", doc.Date, "1995-05-22", ""}, {"the following year", doc.Date, "1996", ""},
			{"that day", doc.Date, "1995-05-22", ""}}},
		{"The siege began in March 2022. Later that year the city fell.", []want{
			{"March 2022", doc.Date, "2022-03", ""}, {"Later that year", doc.Date, "2022", "END"}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}

func TestDurationsTimesSets(t *testing.T) {
	cases := []struct {
		text  string
		wants []want
	}{
		{"He gave a 25-minute speech.", []want{{"25-minute", doc.Duration, "PT25M", ""}}},
		{"Inflation doubled over the past two years.", []want{{"the past two years", doc.Duration, "P2Y", ""}}},
		{"The siege lasted two months.", []want{{"two months", doc.Duration, "P2M", ""}}},
		{"The conflict has gone on for three decades.", []want{{"three decades", doc.Duration, "P30Y", ""}}},
		{"Rescuers have 48 hours to reach them.", []want{{"48 hours", doc.Duration, "PT48H", ""}}},
		{"The ceasefire held for more than a year and a half.", []want{{"more than a year and a half", doc.Duration, "P1Y6M", "MORE_THAN"}}},
		{"Talks dragged on for years.", []want{{"years", doc.Duration, "PXY", ""}}},
		{"The bridge was shut for 2 1/2 years.", []want{{"2 1/2 years", doc.Duration, "P2Y6M", ""}}},
		{"Repairs will take place over the next three quarters.", []want{{"the next three quarters", doc.Duration, "P9M", ""}}},
		{"Three quarters of the voters agreed.", nil},
		{"The envoy could arrive as soon as Tuesday.", []want{{"Tuesday", doc.Date, "2025-09-02", ""}}},
		{"Officials postponed the vote until Tuesday morning.", []want{{"Tuesday morning", doc.TimeOfDay, "2025-09-02TMO", ""}}},
		{"The vote was set for 3 p.m. local time.", []want{{"3 p.m. local time", doc.TimeOfDay, "2025-08-28T15:00", ""}}},
		{"The blast was heard at 15:30 GMT near the port.", []want{{"15:30 GMT", doc.TimeOfDay, "2025-08-28T15:30", ""}}},
		{"The curfew starts at midnight.", []want{{"midnight", doc.TimeOfDay, "2025-08-28T24:00", ""}}},
		{"Patrols go out every week.", []want{{"every week", doc.Set, "P1W", ""}}},
		{"The paper is published daily and audited annually.", []want{
			{"daily", doc.Set, "P1D", ""}, {"annually", doc.Set, "P1Y", ""}}},
		{"Markets are closed on Mondays.", []want{{"Mondays", doc.Set, "XXXX-WXX-1", ""}}},
		{"Inspectors visit twice a year.", []want{{"a year", doc.Set, "P1Y", ""}}},
	}
	for _, c := range cases {
		check(t, c.text, pub, c.wants)
	}
}

func TestAnchoredDuration(t *testing.T) {
	text := "Troops arrived two months after signing a mutual defense treaty, officials said."
	got := Find(text, pub)
	if len(got) != 1 {
		t.Fatalf("got %s, want one expression", describe(got))
	}
	m := got[0]
	if m.Text != "two months" || m.Type != doc.Duration || m.Value != "P2M" {
		t.Errorf("got %q %s %s, want \"two months\" DURATION P2M", m.Text, m.Type, m.Value)
	}
	if m.Anchor == nil || m.Anchor.Text != "signing a mutual defense treaty" {
		t.Errorf("anchor = %+v, want the treaty signing", m.Anchor)
	}
}

// TestNotTimes lists things that look like times but are not.
func TestNotTimes(t *testing.T) {
	for _, text := range []string{
		"The fund is worth 100M.",
		"The unit lost 6005 of its vehicles.",
		"The wreck lies at 32° 34'S off the coast.",
		"His registration number is 2882015.",
		"See https://example.org/2024/05/01/report.html for details.",
		"The match ended 3-2 after extra time.",
		"Call 555-1234 or (202) 555-0100 for tickets.",
		"The app was updated to v2.10 and 3.1.4.",
		"The embassy is at 2000 Pennsylvania Avenue.",
		"About 2000 soldiers took part.",
		"Veterans of World War Two and World War II marched.",
		"The 9/11 attacks changed the city.",
		"He told the Sunday Times that the Daily Mail was wrong.",
		"May I ask a question?",
		"August Strindberg wrote plays.",
		"He won a second term and a second round.",
		"Prices may rise as protesters march to the square.",
	} {
		if got := Find(text, pub); len(got) != 0 {
			t.Errorf("%q: got %s, want nothing", text, describe(got))
		}
	}
}

// TestCountNextToDate keeps the count out of the date.
func TestCountNextToDate(t *testing.T) {
	check(t, "On March 3, 400 people fled the town.", pub, []want{{"March 3", doc.Date, "2025-03-03", ""}})
	check(t, "On March 3, 2000 people fled the town.", pub, []want{{"March 3", doc.Date, "2025-03-03", ""}})
	check(t, "On March 3, 2020, the town was evacuated.", pub, []want{{"March 3, 2020", doc.Date, "2020-03-03", ""}})
}

// TestNoPublicationDate leaves relative expressions underspecified.
func TestNoPublicationDate(t *testing.T) {
	check(t, "It rained in April and yesterday and last week; now it is dry.", time.Time{}, []want{
		{"April", doc.Date, "XXXX-04", ""}, {"yesterday", doc.Date, "XXXX-XX-XX", ""},
		{"last week", doc.Date, "XXXX-WXX", ""}, {"now", doc.Date, "PRESENT_REF", ""}})
	check(t, "The vote is on Friday.", time.Time{}, []want{{"Friday", doc.Date, "XXXX-WXX-5", ""}})
}

func TestTag(t *testing.T) {
	text := "The drills began on Monday. They will end next month, two weeks after the summit."
	d := doc.New(doc.Article{Text: text, Published: pub})
	tokenize.Tokenize(d)
	Tag(d)
	if len(d.Times) != 3 {
		t.Fatalf("got %d times, want 3: %+v", len(d.Times), d.Times)
	}
	for i, tm := range d.Times {
		if tm.ID != "t"+string(rune('1'+i)) {
			t.Errorf("time %d has ID %s", i, tm.ID)
		}
		if d.Slice(tm.Start, tm.End) != tm.Text {
			t.Errorf("time %s: offsets do not match text %q", tm.ID, tm.Text)
		}
	}
	if d.Times[0].Value != "2025-08-25" || d.Times[0].Sentence != 0 {
		t.Errorf("Monday = %+v", d.Times[0])
	}
	if d.Times[1].Value != "2025-09" || d.Times[1].Sentence != 1 {
		t.Errorf("next month = %+v", d.Times[1])
	}
	if a := d.Times[2].Anchor; a == nil || a.Text != "the summit" {
		t.Errorf("two weeks anchor = %+v", a)
	}
}

func BenchmarkTag(b *testing.B) {
	para := "Officials said on Thursday that about 2,000 troops had crossed the border two days ago, " +
		"the second incursion since April 2024. The ministry, which will publish figures next week, " +
		"said the convoy of 400 vehicles moved at 3 p.m. local time. Analysts expect the talks to resume " +
		"in two weeks, after a 25-minute call between the leaders. Casualty figures could not be verified.\n\n"
	text := strings.Repeat(para, 20)
	d := doc.New(doc.Article{Text: text, Published: pub})
	tokenize.Tokenize(d)
	words := len(strings.Fields(text))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Times = d.Times[:0]
		Tag(d)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// FuzzFind checks that no input makes the tagger panic or emit offsets
// outside the text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On Aug. 28, 2025 at 3 p.m. GMT", "the 1990s", "'90s", "mid-", "-2024", "Q3 2024 the 2024",
		"2 1/2", "every other", "a", "the past", "9/11", "12/31/99", "1/2/3/4", "the following day",
		"two months after", "Tuesday at", "May", "in 2 weeks' time", "noon on", "fiscal", "the year two",
		"05-Aug-", "Dec/", "feb30", "the last week of", "2017-q", "Sunday, March", "January twenty", "Tuesday the",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !doc.ValidUTF8(s) {
			return
		}
		n := len([]rune(s))
		for _, m := range Find(s, pub) {
			if m.Start < 0 || m.End > n || m.Start >= m.End || m.Value == "" {
				t.Fatalf("bad match %+v in %q", m, s)
			}
		}
	})
}

// An interval keeps both ends in the document the analyser returns.
func TestTagKeepsIntervalEnds(t *testing.T) {
	d := doc.New(doc.Article{Text: "The talks ran on July 13-15 in Geneva.", Published: time.Date(2025, 8, 28, 0, 0, 0, 0, time.UTC)})
	tokenize.Tokenize(d)
	Tag(d)
	for _, tm := range d.Times {
		if tm.Range != nil {
			if tm.Range[0] != "2025-07-13" || tm.Range[1] != "2025-07-15" {
				t.Errorf("range %v", *tm.Range)
			}
			return
		}
	}
	t.Errorf("no time carries the interval: %+v", d.Times)
}
