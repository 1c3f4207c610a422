package timex

import (
	"math"
	"time"
)

// The Chinese (lunar) New Year: the day, in China's time (UTC+8), of the
// second new moon after the one that starts the month holding the winter
// solstice. New moons and the solstice come from Meeus, Astronomical
// Algorithms (1998), chapters 49 and 27, accurate to minutes, which fixes
// the day except when a new moon falls within minutes of midnight in
// Beijing; a leap month between the solstice and the New Year (2033) is
// not modelled. Checked against the published dates of 2000–2025.

// jdTime converts a Julian ephemeris day to UTC (ΔT taken as 69 s).
func jdTime(jde float64) time.Time {
	j2000 := time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)
	return j2000.Add(time.Duration((jde - 2451545.0) * 24 * float64(time.Hour))).Add(-69 * time.Second)
}

// newMoon is the instant of the new moon of lunation k (k = 0 is the one
// of 6 January 2000).
func newMoon(k float64) time.Time {
	t := k / 1236.85
	rad := math.Pi / 180
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*t*t - 0.000000150*t*t*t + 0.00000000073*t*t*t*t
	e := 1 - 0.002516*t - 0.0000074*t*t
	m := (2.5534 + 29.10535670*k - 0.0000014*t*t - 0.00000011*t*t*t) * rad
	mp := (201.5643 + 385.81693528*k + 0.0107582*t*t + 0.00001238*t*t*t - 0.000000058*t*t*t*t) * rad
	f := (160.7108 + 390.67050284*k - 0.0016118*t*t - 0.00000227*t*t*t + 0.000000011*t*t*t*t) * rad
	om := (124.7746 - 1.56375588*k + 0.0020672*t*t + 0.00000215*t*t*t) * rad
	s := math.Sin
	jde += -0.40720*s(mp) + 0.17241*e*s(m) + 0.01608*s(2*mp) + 0.01039*s(2*f) + 0.00739*e*s(mp-m) -
		0.00514*e*s(mp+m) + 0.00208*e*e*s(2*m) - 0.00111*s(mp-2*f) - 0.00057*s(mp+2*f) +
		0.00056*e*s(2*mp+m) - 0.00042*s(3*mp) + 0.00042*e*s(m+2*f) + 0.00038*e*s(m-2*f) -
		0.00024*e*s(2*mp-m) - 0.00017*s(om) - 0.00007*s(mp+2*m) + 0.00004*s(2*mp-2*f) + 0.00004*s(3*m) +
		0.00003*s(mp+m-2*f) + 0.00003*s(2*mp+2*f) - 0.00003*s(mp+m+2*f) + 0.00003*s(mp-m+2*f) -
		0.00002*s(mp-m-2*f) - 0.00002*s(3*mp+m) + 0.00002*s(4*mp)
	return jdTime(jde)
}

// decemberSolstice is the instant of the December solstice of year y
// (mean solstice, Meeus table 27.C, with its periodic terms).
func decemberSolstice(y int) time.Time {
	yy := (float64(y) - 2000) / 1000
	jde0 := 2451900.05952 + 365242.74049*yy - 0.06223*yy*yy - 0.00823*yy*yy*yy + 0.00032*yy*yy*yy*yy
	t := (jde0 - 2451545.0) / 36525
	w := (35999.373*t - 2.47) * math.Pi / 180
	dl := 1 + 0.0334*math.Cos(w) + 0.0007*math.Cos(2*w)
	a := []float64{485, 203, 199, 182, 156, 136, 77, 74, 70, 58, 52, 50, 45, 44, 29, 18, 17, 16, 14, 12, 12, 12, 9, 8}
	b := []float64{324.96, 337.23, 342.08, 27.85, 73.14, 171.52, 222.54, 296.72, 243.58, 119.81, 297.17, 21.02,
		247.54, 325.15, 60.93, 155.12, 288.79, 198.04, 199.76, 95.39, 287.11, 320.81, 227.73, 15.45}
	c := []float64{1934.136, 32964.467, 20.186, 445267.112, 45036.886, 22518.443, 65928.934, 3034.906,
		9037.513, 33718.147, 150.678, 2281.226, 29929.562, 31555.956, 4443.417, 67555.328, 4562.452,
		62894.029, 31436.921, 14577.848, 31931.756, 34777.259, 1222.114, 16859.074}
	sum := 0.0
	for i := range a {
		sum += a[i] * math.Cos((b[i]+c[i]*t)*math.Pi/180)
	}
	return jdTime(jde0 + 0.00001*sum/dl)
}

// chinaDay is the civil date in China (UTC+8) of instant t.
func chinaDay(t time.Time) time.Time {
	c := t.In(time.FixedZone("CST", 8*3600))
	return date(c.Year(), int(c.Month()), c.Day())
}

// chineseNewYear gives the month and day of the Chinese New Year in year y.
func chineseNewYear(y int) (int, int) {
	sol := chinaDay(decemberSolstice(y - 1))
	// The lunation that starts month 11: the last new moon on or before
	// the solstice's day.
	k := math.Floor((float64(y-1) + 11.5/12 - 2000) * 12.3685)
	for !chinaDay(newMoon(k + 1)).After(sol) {
		k++
	}
	for chinaDay(newMoon(k)).After(sol) {
		k--
	}
	d := chinaDay(newMoon(k + 2))
	return int(d.Month()), d.Day()
}

func init() {
	for _, k := range []string{
		"chinese new year", "chinese new years", "chinese new year 's", "chinese new year 's day",
		"chinese new year's day", "chinese lunar new year", "chinese lunar new year 's day",
		"chinese lunar new year's day", "lunar new year", "lunar new year 's day",
	} {
		addHoliday(k, holiday{0, 0, chineseNewYear})
	}
}
