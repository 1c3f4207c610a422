package timex

import "testing"

func TestChineseNewYear(t *testing.T) {
	// Published dates of the Spring Festival.
	want := map[int]string{
		2000: "02-05", 2001: "01-24", 2002: "02-12", 2003: "02-01", 2004: "01-22", 2005: "02-09", 2006: "01-29",
		2007: "02-18", 2008: "02-07", 2009: "01-26", 2010: "02-14", 2011: "02-03", 2012: "01-23", 2013: "02-10",
		2014: "01-31", 2015: "02-19", 2016: "02-08", 2017: "01-28", 2018: "02-16", 2019: "02-05", 2020: "01-25",
		2021: "02-12", 2022: "02-01", 2023: "01-22", 2024: "02-10", 2025: "01-29",
	}
	for y, w := range want {
		m, d := chineseNewYear(y)
		if got := pad(m, 2) + "-" + pad(d, 2); got != w {
			t.Errorf("%d: got %s, want %s", y, got, w)
		}
	}
}

func TestChineseNewYearNamed(t *testing.T) {
	checkWith(t, "Markets closed for the Lunar New Year.", qref, Options{}, []want{{"Lunar New Year", "DATE", "2013-02-10", ""}})
	checkWith(t, "Chinese New Year 2018 fell early.", qref, Options{}, []want{{"Chinese New Year 2018", "DATE", "2018-02-16", ""}})
	checkWith(t, "Factories will reopen after Chinese New Year's Day.", qref, Options{}, []want{{"Chinese New Year's Day", "DATE", "2014-01-31", ""}})
}
