package timex

// Lexicons are keyed by Token.Lower so that every rule is a map lookup on a
// token, never a regular expression over the text.

var months = map[string]int{
	"january": 1, "jan": 1, "jan.": 1,
	"february": 2, "feb": 2, "feb.": 2,
	"march": 3, "mar": 3, "mar.": 3,
	"april": 4, "apr": 4, "apr.": 4,
	"may":  5,
	"june": 6, "jun": 6, "jun.": 6,
	"july": 7, "jul": 7, "jul.": 7,
	"august": 8, "aug": 8, "aug.": 8,
	"september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
	"october": 10, "oct": 10, "oct.": 10,
	"november": 11, "nov": 11, "nov.": 11,
	"december": 12, "dec": 12, "dec.": 12,
}

// fullMonth reports whether a month token is the full name, which may stand
// alone ("in April"); abbreviations need a day or year beside them.
func fullMonth(lower string) bool {
	return len(lower) > 4 || lower == "may" || lower == "june" || lower == "july"
}

// weekdays maps names to ISO weekday numbers (Monday 1 … Sunday 7).
var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

// weekdayAbbr are accepted only directly before a date ("Thu, Aug 28").
var weekdayAbbr = map[string]int{
	"mon": 1, "mon.": 1, "tue": 2, "tue.": 2, "tues": 2, "tues.": 2, "wed": 3, "wed.": 3,
	"thu": 4, "thu.": 4, "thur": 4, "thurs": 4, "thurs.": 4, "fri": 5, "fri.": 5, "sat": 6, "sat.": 6,
	"sun": 7, "sun.": 7,
}

var weekdayPlural = map[string]int{
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

// unit is a calendar or clock unit as TimeML writes it in durations.
type unit struct {
	code   string // Y, M, W, D, H (clock), M (clock), S (clock), WE
	clock  bool   // written after T in a duration (PT25M)
	mult   int    // decades and centuries are years × 10 / × 100, fortnight days × 14
	plural bool
}

var units = map[string]unit{
	"second": {"S", true, 1, false}, "seconds": {"S", true, 1, true}, "sec": {"S", true, 1, false}, "secs": {"S", true, 1, true},
	"minute": {"M", true, 1, false}, "minutes": {"M", true, 1, true}, "min": {"M", true, 1, false}, "mins": {"M", true, 1, true},
	"hour": {"H", true, 1, false}, "hours": {"H", true, 1, true}, "hr": {"H", true, 1, false}, "hrs": {"H", true, 1, true},
	"day": {"D", false, 1, false}, "days": {"D", false, 1, true},
	"night": {"D", false, 1, false}, "nights": {"D", false, 1, true},
	"week": {"W", false, 1, false}, "weeks": {"W", false, 1, true},
	"fortnight": {"D", false, 14, false}, "fortnights": {"D", false, 14, true},
	"month": {"M", false, 1, false}, "months": {"M", false, 1, true},
	"year": {"Y", false, 1, false}, "years": {"Y", false, 1, true}, "yr": {"Y", false, 1, false}, "yrs": {"Y", false, 1, true},
	"decade": {"Y", false, 10, false}, "decades": {"Y", false, 10, true},
	"century": {"Y", false, 100, false}, "centuries": {"Y", false, 100, true},
	"weekend": {"WE", false, 1, false}, "weekends": {"WE", false, 1, true},
	"week-end": {"WE", false, 1, false}, "week-ends": {"WE", false, 1, true},
}

// vagueValue is the TimeML value of an unknown number of units ("years"
// → PXY). Decades and centuries are counted in years, as "three decades"
// is P30Y.
func vagueValue(u unit) string {
	if u.clock {
		return "PTX" + u.code
	}
	if u.code == "WE" {
		return "PXWE"
	}
	if u.code == "D" && u.mult == 14 {
		return "PXW"
	}
	return "PX" + u.code
}

// partsOfDay map to TimeML's TMO/TAF/TEV/TNI/TDT suffixes ("daytime",
// TimeML's DT, the hours of daylight: "in the daytime").
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
	"daytime": "DT",
}

var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// seasonStart is the month a season starts in (northern hemisphere).
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

// vagueNumbers stand for an unknown count of units ("several years").
var vagueNumbers = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true, "countless": true,
}

// setAdverbs are frequency adverbs read as TimeML SETs.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
	"nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W", "semiannually": "P6M",
	"biannually": "P6M",
}

// refWords are deictic words with a fixed TimeML value.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF",
	// "previously", "formerly", "soon" and "shortly" are left out: they
	// order events more often than they locate them, and TimeML corpora
	// mostly leave them untagged.
}

// approxMods are words before a duration or a relative date that set the
// TimeML mod ("about two years" → APPROX, "more than a decade" → MORE_THAN).
var approxMods = map[string]string{
	"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
	"nearly": "LESS_THAN", "almost": "LESS_THAN", "over": "MORE_THAN", "under": "LESS_THAN",
	"barely": "LESS_THAN", "just": "", "only": "",
}

// twoWordMods are two-token mods ("more than").
var twoWordMods = map[[2]string]string{
	{"more", "than"}: "MORE_THAN", {"less", "than"}: "LESS_THAN", {"fewer", "than"}: "LESS_THAN",
	{"at", "least"}: "EQUAL_OR_MORE", {"at", "most"}: "EQUAL_OR_LESS", {"up", "to"}: "EQUAL_OR_LESS",
	{"no", "more"}: "EQUAL_OR_LESS", {"as", "many"}: "EQUAL_OR_LESS",
}

// pointMods are words before a date that pick part of it.
var pointMods = map[string]string{
	"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
}

// timezones may follow a clock time ("15:30 GMT").
// zoneOffsets are the UTC offsets, in minutes, of time zones written after
// a clock time (standard time; "et" and "pt" read as EST and PST).
var zoneOffsets = map[string]int{
	"gmt": 0, "utc": 0, "z": 0, "zulu": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
	"msk": 180, "edt": -240, "est": -300, "et": -300, "cdt": -300, "cst": -360, "ct": -360, "mdt": -360,
	"mst": -420, "pdt": -420, "pst": -480, "pt": -480, "ist": 330, "jst": 540, "kst": 540, "hkt": 480,
	"sgt": 480, "aest": 600, "aedt": 660, "wib": 420, "pht": 480,
}

var timezones = map[string]bool{
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "eet": true, "eest": true, "msk": true,
	"edt": true, "est": true, "cdt": true, "cst": true, "mdt": true, "mst": true, "pdt": true, "pst": true,
	"et": true, "pt": true, "ct": true, "ist": true, "jst": true, "kst": true, "hkt": true, "sgt": true,
	"aest": true, "aedt": true, "z": true, "zulu": true, "wib": true, "pht": true,
}

var ampm = map[string]int{
	"a.m.": 0, "am": 0, "a.m": 0, "p.m.": 12, "pm": 12, "p.m": 12,
}

// yearPreps make a bare four-digit number a year ("in 2024", "since 1991").
var yearPreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "during": true, "from": true,
	"before": true, "after": true, "through": true, "throughout": true, "circa": true, "c.": true,
	"early": true, "late": true, "mid": true, "year": true, "fiscal": true, "of": true, "between": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "election": true,
	"olympics": true, "class": true, "census": true, "pre": true, "post": true, "for": true,
}

// notAfterYear are words after a four-digit number that make it a count
// ("2000 people"), a measure or an address, not a year.
var notAfterYear = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "troops": true, "soldiers": true,
	"residents": true, "civilians": true, "refugees": true, "migrants": true, "workers": true, "jobs": true,
	"police": true, "officers": true, "fighters": true, "units": true, "homes": true, "houses": true,
	"km": true, "kilometres": true, "kilometers": true, "miles": true, "metres": true, "meters": true,
	"feet": true, "ft": true, "kg": true, "tons": true, "tonnes": true, "mw": true, "%": true, "percent": true,
	"points": true, "votes": true, "seats": true, "cases": true, "deaths": true, "dead": true, "member": true,
	"members": true, "students": true, "patients": true, "prisoners": true, "hostages": true, "protesters": true,
	"employees": true, "staff": true, "vehicles": true, "cars": true, "tanks": true, "drones": true,
	"missiles": true, "rockets": true, "shells": true, "rounds": true, "sq": true, "hectares": true,
	"acres": true, "barrels": true, "dollars": true, "euros": true, "yen": true, "rubles": true,
	"pounds": true, "calories": true, "words": true, "pages": true, "hours": true, "minutes": true,
	"days": true, "x": true, "×": true, "times": true, "more": true, "others": true, "and": false,
}

// streetWords mark an address ("2000 Pennsylvania Avenue").
var streetWords = map[string]bool{
	"street": true, "st.": true, "st": true, "avenue": true, "ave.": true, "ave": true, "road": true,
	"rd.": true, "boulevard": true, "blvd": true, "blvd.": true, "lane": true, "drive": true, "way": true,
	"place": true, "square": true, "highway": true, "court": true, "plaza": true,
}

// notBeforeYear are words before a four-digit number that make it a count,
// an identifier or an amount.
var notBeforeYear = map[string]bool{
	"$": true, "€": true, "£": true, "¥": true, "no.": true, "#": true, "number": true, "flight": true,
	"route": true, "room": true, "model": true, "version": true, "v": true, "than": true, "about": true,
	"around": true, "nearly": true, "almost": true, "approximately": true, "some": true, "over": true,
	"under": true, "roughly": true, "to": true, "of": false, "additional": true, "another": true,
	"only": true, "just": true, "least": true, "most": true, "estimated": true, "page": true, "p.": true,
	"code": true, "rs": true, "usd": true, "eur": true, "gbp": true, "rub": true, "highway": true,
	"interstate": true, "line": true, "bus": true, "apartment": true, "suite": true, "box": true,
	"+": true, "-": true, "x": true, "by": false, "score": true, "ranked": true, "than-": true,
}

// futureCues in a sentence before (or shortly after) an expression point
// it forward: "will meet in April" is next April.
var futureCues = map[string]bool{
	"will": true, "'ll": true, "shall": true, "wo": true, "would": true, "upcoming": true,
	"scheduled": true, "slated": true, "planned": true, "plans": true, "plan": true, "planning": true,
	"expects": true, "expected": true, "intends": true, "aims": true, "due": true, "next": false,
}

// pastCues point an expression backward.
var pastCues = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "said": true, "told": true, "took": true,
	"began": true, "came": true, "went": true, "met": true, "saw": true, "made": true, "gave": true,
	"fell": true, "rose": true, "won": true, "lost": true, "held": true, "left": true, "led": true,
	"killed": true, "died": true, "has": true, "have": true, "ago": true, "last": false,
}

// notPastEd are -ed words that are not past tense in news ("armed", "united").
var notPastEd = map[string]bool{
	"armed": true, "united": true, "red": true, "need": true, "speed": true, "feed": true, "seed": true,
	"bed": true, "hundred": true, "indeed": true, "proceed": true, "exceed": true, "succeed": true,
	"expected": true, "scheduled": true, "planned": true, "shed": true, "wed": true, "based": true,
	"alleged": true, "so-called": true, "related": true, "advanced": true, "detailed": true, "limited": true,
	"unprecedented": true, "supposed": true, "concerned": true, "experienced": true, "interested": true,
}

// holiday is a named day: fixed month/day, or computed from the year.
type holiday struct {
	month, day int
	calc       func(year int) (int, int)
}

// holidays are keyed by their tokens joined with spaces.
var holidays = map[string]holiday{
	"christmas":              {12, 25, nil},
	"christmas day":          {12, 25, nil},
	"xmas":                   {12, 25, nil},
	"christmas eve":          {12, 24, nil},
	"boxing day":             {12, 26, nil},
	"new year 's day":        {1, 1, nil},
	"new year 's eve":        {12, 31, nil},
	"new year's day":         {1, 1, nil},
	"new year's eve":         {12, 31, nil},
	"new years eve":          {12, 31, nil},
	"new years day":          {1, 1, nil},
	"halloween":              {10, 31, nil},
	"valentine 's day":       {2, 14, nil},
	"valentine's day":        {2, 14, nil},
	"valentines day":         {2, 14, nil},
	"st. patrick 's day":     {3, 17, nil},
	"st patrick 's day":      {3, 17, nil},
	"earth day":              {4, 22, nil},
	"may day":                {5, 1, nil},
	"veterans day":           {11, 11, nil},
	"veterans ' day":         {11, 11, nil},
	"armistice day":          {11, 11, nil},
	"remembrance day":        {11, 11, nil},
	"groundhog day":          {2, 2, nil},
	"thanksgiving":           {0, 0, func(y int) (int, int) { return 11, nthWeekday(y, 11, 4, 4) }},
	"thanksgiving day":       {0, 0, func(y int) (int, int) { return 11, nthWeekday(y, 11, 4, 4) }},
	"labor day":              {0, 0, func(y int) (int, int) { return 9, nthWeekday(y, 9, 1, 1) }},
	"labour day":             {0, 0, func(y int) (int, int) { return 9, nthWeekday(y, 9, 1, 1) }},
	"memorial day":           {0, 0, func(y int) (int, int) { return 5, lastWeekday(y, 5, 1) }},
	"mother 's day":          {0, 0, func(y int) (int, int) { return 5, nthWeekday(y, 5, 7, 2) }},
	"father 's day":          {0, 0, func(y int) (int, int) { return 6, nthWeekday(y, 6, 7, 3) }},
	"mothers day":            {0, 0, func(y int) (int, int) { return 5, nthWeekday(y, 5, 7, 2) }},
	"fathers day":            {0, 0, func(y int) (int, int) { return 6, nthWeekday(y, 6, 7, 3) }},
	"mothers ' day":          {0, 0, func(y int) (int, int) { return 5, nthWeekday(y, 5, 7, 2) }},
	"fathers ' day":          {0, 0, func(y int) (int, int) { return 6, nthWeekday(y, 6, 7, 3) }},
	"martin luther king day": {0, 0, func(y int) (int, int) { return 1, nthWeekday(y, 1, 1, 3) }},
	"mlk day":                {0, 0, func(y int) (int, int) { return 1, nthWeekday(y, 1, 1, 3) }},
	"presidents ' day":       {0, 0, func(y int) (int, int) { return 2, nthWeekday(y, 2, 1, 3) }},
	"presidents day":         {0, 0, func(y int) (int, int) { return 2, nthWeekday(y, 2, 1, 3) }},
	"black friday":           {0, 0, func(y int) (int, int) { return 11, nthWeekday(y, 11, 4, 4) + 1 }},
	"easter":                 {0, 0, easter},
	"easter sunday":          {0, 0, easter},
	"easter monday":          {0, 0, func(y int) (int, int) { return addDays(y, easter, 1) }},
	"good friday":            {0, 0, func(y int) (int, int) { return addDays(y, easter, -2) }},
	"holy thursday":          {0, 0, func(y int) (int, int) { return addDays(y, easter, -3) }},
	"maundy thursday":        {0, 0, func(y int) (int, int) { return addDays(y, easter, -3) }},
	"palm sunday":            {0, 0, func(y int) (int, int) { return addDays(y, easter, -7) }},
	"ash wednesday":          {0, 0, func(y int) (int, int) { return addDays(y, easter, -46) }},
	"shrove tuesday":         {0, 0, func(y int) (int, int) { return addDays(y, easter, -47) }},
	"mardi gras":             {0, 0, func(y int) (int, int) { return addDays(y, easter, -47) }},
	"ascension day":          {0, 0, func(y int) (int, int) { return addDays(y, easter, 39) }},
	"pentecost":              {0, 0, func(y int) (int, int) { return addDays(y, easter, 49) }},
	"whit sunday":            {0, 0, func(y int) (int, int) { return addDays(y, easter, 49) }},
	"whit monday":            {0, 0, func(y int) (int, int) { return addDays(y, easter, 50) }},
	"easter mon":             {0, 0, func(y int) (int, int) { return addDays(y, easter, 1) }},
	"independence day":       {7, 4, nil},
	"boss 's day":            {10, 16, nil},
	"bosses ' day":           {10, 16, nil},
	"boss day":               {10, 16, nil},
	"all saints ' day":       {11, 1, nil},
	"all saints day":         {11, 1, nil},
	"new year 's":            {1, 1, nil},
	"columbus day":           {0, 0, func(y int) (int, int) { return 10, nthWeekday(y, 10, 1, 2) }},
	// Spelling variants and further days news dates by.
	"valentine day":               {2, 14, nil},
	"st patricks day":             {3, 17, nil},
	"st. patricks day":            {3, 17, nil},
	"saint patrick 's day":        {3, 17, nil},
	"saint patricks day":          {3, 17, nil},
	"st paddy 's day":             {3, 17, nil},
	"st. paddy 's day":            {3, 17, nil},
	"saint paddy 's day":          {3, 17, nil},
	"martin luther king 's day":   {0, 0, func(y int) (int, int) { return 1, nthWeekday(y, 1, 1, 3) }},
	"martin luther kings day":     {0, 0, func(y int) (int, int) { return 1, nthWeekday(y, 1, 1, 3) }},
	"martin luther king jr. day":  {0, 0, func(y int) (int, int) { return 1, nthWeekday(y, 1, 1, 3) }},
	"martin luther king jr day":   {0, 0, func(y int) (int, int) { return 1, nthWeekday(y, 1, 1, 3) }},
	"mlk jr. day":                 {0, 0, func(y int) (int, int) { return 1, nthWeekday(y, 1, 1, 3) }},
	"juneteenth":                  {6, 19, nil},
	"international workers ' day": {5, 1, nil},
	"international workers day":   {5, 1, nil},
	"cinco de mayo":               {5, 5, nil},
	"bastille day":                {7, 14, nil},
	"canada day":                  {7, 1, nil},
	"australia day":               {1, 26, nil},
	"anzac day":                   {4, 25, nil},
	"epiphany":                    {1, 6, nil},
	"all souls ' day":             {11, 2, nil},
	"all souls day":               {11, 2, nil},
	"pancake day":                 {0, 0, func(y int) (int, int) { return addDays(y, easter, -47) }},
	"trinity sunday":              {0, 0, func(y int) (int, int) { return addDays(y, easter, 56) }},
	"corpus christi":              {0, 0, func(y int) (int, int) { return addDays(y, easter, 60) }},
	"orthodox easter":             {0, 0, orthodoxEaster},
	"orthodox easter sunday":      {0, 0, orthodoxEaster},
	"orthodox good friday":        {0, 0, func(y int) (int, int) { return addDays(y, orthodoxEaster, -2) }},
	"orthodox christmas":          {1, 7, nil},
	// The United States' general election: the Tuesday after the first
	// Monday of November (capitalised only, as other countries' are not).
	"election day": {0, 0, func(y int) (int, int) { return 11, nthWeekday(y, 11, 1, 1) + 1 }},
}

// lowerHolidays are holiday names that mean nothing else in lower case;
// other names must be capitalised ("may day" is a distress call).
func lowerHoliday(key string) bool {
	return key != "may day" && key != "earth day" && key != "election day" && key != "epiphany" && key != "corpus christi" &&
		!festivalNotLower[key]
}

// holidayFirst indexes the first word of every holiday name.
var holidayFirst = map[string]bool{}

func init() {
	for k := range holidays {
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				holidayFirst[k[:i]] = true
				break
			}
		}
		holidayFirst[k] = true
	}
}
