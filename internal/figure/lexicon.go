package figure

import "github.com/crosscheck-news/crosscheck/doc"

// hedge is a run of words before (or after) a number that sets its bound.
type hedge struct {
	words []string
	bound string
	// verbal hedges ("could exceed") are verb groups: the counted noun
	// phrase is then looked for before them.
	verbal bool
}

// preHedges are keyed by their last word, so that matching walks back from
// the number one map lookup at a time. Longer entries come first.
var preHedges = map[string][]hedge{}

// preNumber flags the words that may open a figure before its number, so
// that the extractor looks each token up once: preBound for the first
// words of bound hedges and "between" (ranges of ranks), preCurrency for
// currency names and their adjectives ("ringgit 42", "Malaysian ringgit").
var preNumber = map[string]uint8{}

const (
	preBound uint8 = 1 << iota
	preCurrency
)

// postHedges follow the number ("40 or more", "6,000-plus").
var postHedges = []hedge{
	// "5000 or more than" ending the phrase; before a number ("or more
	// than 190") the words start another bound.
	{words: []string{"or", "more", "than"}, bound: doc.Lower},
	{words: []string{"or", "less", "than"}, bound: doc.Upper},
	{words: []string{"or", "fewer", "than"}, bound: doc.Upper},
	{words: []string{"or", "more"}, bound: doc.Lower},
	{words: []string{"and", "more"}, bound: doc.Lower},
	{words: []string{"or", "so"}, bound: doc.Approx},
	{words: []string{"or", "fewer"}, bound: doc.Upper},
	{words: []string{"or", "less"}, bound: doc.Upper},
	// "200 or greater (than)", "65 and over", "18 or under".
	{words: []string{"or", "greater", "than"}, bound: doc.Lower},
	{words: []string{"or", "greater"}, bound: doc.Lower},
	{words: []string{"or", "higher"}, bound: doc.Lower},
	{words: []string{"or", "above"}, bound: doc.Lower},
	{words: []string{"or", "over"}, bound: doc.Lower},
	{words: []string{"or", "larger"}, bound: doc.Lower},
	{words: []string{"and", "above"}, bound: doc.Lower},
	{words: []string{"and", "over"}, bound: doc.Lower},
	{words: []string{"and", "up"}, bound: doc.Lower},
	{words: []string{"or", "lower"}, bound: doc.Upper},
	{words: []string{"or", "below"}, bound: doc.Upper},
	{words: []string{"or", "under"}, bound: doc.Upper},
	{words: []string{"or", "smaller"}, bound: doc.Upper},
	{words: []string{"and", "below"}, bound: doc.Upper},
	{words: []string{"and", "under"}, bound: doc.Upper},
	{words: []string{"and", "less"}, bound: doc.Upper},
	{words: []string{"and", "fewer"}, bound: doc.Upper},
	{words: []string{"plus"}, bound: doc.Lower},
	{words: []string{"-plus"}, bound: doc.Lower},
}

func init() {
	add := func(bound string, verbal bool, phrases ...[]string) {
		for _, ws := range phrases {
			last := ws[len(ws)-1]
			preHedges[last] = append(preHedges[last], hedge{words: ws, bound: bound, verbal: verbal})
		}
	}
	w := func(s ...string) []string { return s }
	add(doc.Approx, false,
		w("around"), w("about"), w("nearly"), w("almost"), w("some"), w("roughly"), w("approximately"),
		w("approx."), w("approx"), w("an", "estimated"), w("estimated"), w("close", "to"), w("~"), w("circa"),
		w("c."), w("ca."), w("an", "approximate"), w("approximate"), w("more", "or", "less"), w("just", "about"),
		w("somewhere", "around"), w("in", "the", "region", "of"), w("on", "the", "order", "of"),
		w("give", "or", "take"), w("an", "average", "of"), w("averaging"), w("on", "average"))
	add(doc.Lower, false,
		w("more", "than"), w("over"), w("at", "least"), w("upwards", "of"), w("in", "excess", "of"),
		w("no", "fewer", "than"), w("no", "less", "than"), w("not", "less", "than"), w("not", "fewer", "than"),
		w("above"), w("greater", "than"), w("higher", "than"), w("well", "over"), w("well", "above"),
		w("just", "over"), w("just", "above"), w("a", "minimum", "of"), w("at", "a", "minimum"),
		w("larger", "than"), w("beyond"), w("more", "than", "about"), w("well", "in", "excess", "of"),
		w("as", "few", "as"),
		// Inclusive bounds as specs and filters write them.
		w("greater", "than", "or", "equal", "to"), w("more", "than", "or", "equal", "to"),
		w("higher", "than", "or", "equal", "to"), w("larger", "than", "or", "equal", "to"),
		w("greater", "or", "equal", "than"), w("higher", "or", "equal", "than"), w("bigger", "or", "equal", "than"),
		w("larger", "or", "equal", "than"), w("more", "or", "equal", "than"), w("at", "least", "or", "equal", "to"),
		w("equal", "to", "or", "more", "than"), w("equal", "to", "or", "greater", "than"), w("bigger", "than"),
		w(">"), w(">", "="), w(">="), w("≥"), w("no", "smaller", "than"), w("no", "lower", "than"))
	add(doc.Lower, true, w("surpass"), w("surpasses"))
	add(doc.Lower, true,
		w("could", "exceed"), w("may", "exceed"), w("might", "exceed"), w("would", "exceed"), w("will", "exceed"),
		w("could", "top"), w("exceeding"), w("exceeds"), w("exceeded"), w("exceed"), w("topping"), w("topped"),
		w("surpassing"), w("surpassed"), w("tops"))
	add(doc.Upper, false,
		w("up", "to"), w("fewer", "than"), w("less", "than"), w("as", "many", "as"), w("at", "most"),
		w("under"), w("no", "more", "than"), w("not", "more", "than"), w("below"), w("a", "maximum", "of"),
		w("as", "much", "as"), w("as", "high", "as"), w("just", "under"), w("just", "below"), w("lower", "than"),
		w("at", "the", "most"), w("no", "higher", "than"), w("well", "under"), w("well", "below"),
		w("smaller", "than"), w("a", "max", "of"),
		w("less", "than", "or", "equal", "to"), w("fewer", "than", "or", "equal", "to"),
		w("lower", "than", "or", "equal", "to"), w("smaller", "than", "or", "equal", "to"),
		w("less", "or", "equal", "than"), w("smaller", "or", "equal", "than"), w("lower", "or", "equal", "than"),
		w("at", "most", "or", "equal", "to"), w("equal", "to", "or", "less", "than"),
		w("equal", "to", "or", "fewer", "than"), w("no", "greater", "than"), w("no", "larger", "than"),
		w("no", "bigger", "than"), w("<"), w("<", "="), w("<="), w("≤"))
	add(doc.Exact, false, w("exactly"), w("precisely"))
	for _, hs := range preHedges {
		for _, h := range hs {
			if h.bound == doc.Lower || h.bound == doc.Upper {
				preNumber[h.words[0]] |= preBound
			}
		}
	}
	preNumber["between"] |= preBound
	for w := range currencyNames {
		preNumber[w] |= preCurrency
	}
	for w := range currencyAdjectives {
		preNumber[w] |= preCurrency
	}
	// Longest first, so "no more than" wins over "than"-less readings.
	for k, hs := range preHedges {
		for i := 1; i < len(hs); i++ {
			for j := i; j > 0 && len(hs[j].words) > len(hs[j-1].words); j-- {
				hs[j], hs[j-1] = hs[j-1], hs[j]
			}
		}
		preHedges[k] = hs
	}
}

// vague is a quantity stated without a number ("dozens") or a number word
// that stands for a range ("several hundred"). The ranges are crosscheck's
// documented convention:
//
//	a couple, a pair    2
//	a few               3..5        a few hundred / thousand  200..500 / 2,000..5,000
//	a handful, several  3..9        several hundred / thousand 300..999 / 3,000..9,999
//	dozens, scores      24..99 / 40..99
//	hundreds            200..999    hundreds of thousands      200,000..999,999
//	thousands           2,000..9,999  tens of thousands        20,000..99,999
//	millions            2e6..999e6  tens of millions           2e7..99e6
//	billions            2e9..999e9
type vague struct {
	words  []string
	lo, hi float64
	// needOf: the phrase is a quantity only before "of" ("scores of").
	needOf bool
}

var vagues = map[string][]vague{}

func init() {
	add := func(lo, hi float64, needOf bool, ws ...string) {
		vagues[ws[0]] = append(vagues[ws[0]], vague{words: ws, lo: lo, hi: hi, needOf: needOf})
	}
	add(20000, 99999, false, "tens", "of", "thousands")
	add(2e7, 99e6, false, "tens", "of", "millions")
	add(200000, 999999, false, "hundreds", "of", "thousands")
	add(2e8, 999e6, false, "hundreds", "of", "millions")
	add(200, 999, false, "hundreds")
	add(2000, 9999, false, "thousands")
	add(2e6, 999e6, false, "millions")
	add(2e9, 999e9, false, "billions")
	add(24, 99, false, "dozens")
	add(40, 99, true, "scores")
	// "a score of jets" is twenty; "a score of 85" is a result (below).
	add(20, 20, false, "a", "score", "of")
	add(2, 2, false, "a", "couple", "of")
	add(2, 2, false, "a", "couple")
	add(2, 2, false, "a", "pair", "of")
	add(2, 2, false, "a", "pair")
	add(200, 500, false, "a", "few", "hundred")
	add(2000, 5000, false, "a", "few", "thousand")
	add(2e6, 5e6, false, "a", "few", "million")
	add(3, 5, false, "a", "few")
	add(3, 9, false, "a", "handful", "of")
	add(3, 9, false, "a", "handful")
	add(300, 999, false, "several", "hundred")
	add(3000, 9999, false, "several", "thousand")
	add(3e6, 9.99e6, false, "several", "million")
	add(36, 99, false, "several", "dozen")
	add(3, 9, false, "several")
}

// currencies maps symbols, ISO codes and names to ISO 4217 codes. Bare
// "$" is read as US dollars, the most common meaning in English news.
var currencyPrefix = map[string]string{
	"$": "USD", "us$": "USD", "usd": "USD", "u.s.$": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
	"¥": "JPY", "jpy": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "₽": "RUB", "rub": "RUB",
	"₴": "UAH", "uah": "UAH", "c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
	"hk$": "HKD", "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "nz$": "NZD", "nzd": "NZD", "chf": "CHF",
	"cny": "CNY", "rmb": "CNY", "₩": "KRW", "krw": "KRW", "₪": "ILS", "ils": "ILS", "r$": "BRL", "brl": "BRL",
	"₺": "TRY", "try": "TRY", "mxn": "MXN", "zar": "ZAR", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN",
	"myr": "MYR", "rm": "MYR", "mnt": "MNT", "sar": "SAR", "qar": "QAR", "aed": "AED", "kwd": "KWD", "egp": "EGP",
	"bgn": "BGN", "lbp": "LBP", "irr": "IRR", "pkr": "PKR", "ngn": "NGN", "kes": "KES", "idr": "IDR", "thb": "THB",
	"php": "PHP", "vnd": "VND", "czk": "CZK", "huf": "HUF", "ron": "RON", "¢": "USc", "₿": "BTC", "btc": "BTC",
	"usd$": "USD", "cad$": "CAD", "aud$": "AUD", "nzd$": "NZD", "mxn$": "MXN", "mex$": "MXN", "元": "CNY",
	"₡": "CRC", "₾": "GEL", "₭": "LAK", "$us": "USD", "$a": "AUD", "$nz": "NZD", "$hk": "HKD",
	// Egyptian papers write the pound LE ("LE 42 million", "42 L.E").
	"le": "EGP", "l.e": "EGP", "l.e.": "EGP",
	// AP wire copy abbreviates dollars: "dlrs 50 million".
	"dlrs": "USD", "dlrs.": "USD",
}

// currencySymbols may be glued to the number ("10$", "20€").
var currencySymbols = []struct{ sym, code string }{
	// Australian and New Zealand papers put the country after the sign:
	// "$US5.2 million", "$A2.5m".
	{"us$", "USD"}, {"$us", "USD"}, {"$a", "AUD"}, {"$nz", "NZD"}, {"$hk", "HKD"}, {"$", "USD"},
	{"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"}, {"₽", "RUB"},
	{"₴", "UAH"}, {"₩", "KRW"}, {"₪", "ILS"}, {"₺", "TRY"}, {"¢", "USc"}, {"₿", "BTC"}, {"元", "CNY"},
	{"₡", "CRC"}, {"₾", "GEL"}, {"₭", "LAK"},
}

// currencyNames follow the number ("14 billion dollars"). Two-word names
// are keyed by their first word.
var currencyNames = map[string]string{
	"dollar": "USD", "dollars": "USD", "bucks": "USD", "dlrs": "USD", "dlr": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
	"pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "ruble": "RUB",
	"rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rupee": "INR", "rupees": "INR", "hryvnia": "UAH",
	"hryvnias": "UAH", "hryvnas": "UAH", "hryvnya": "UAH", "won": "KRW", "shekel": "ILS", "shekels": "ILS",
	"lira": "TRY", "liras": "TRY", "lire": "TRY", "franc": "CHF", "francs": "CHF", "real": "BRL", "reais": "BRL",
	"peso": "MXN", "pesos": "MXN", "rand": "ZAR", "ringgit": "MYR", "ringgits": "MYR", "riyal": "SAR",
	"riyals": "SAR", "rial": "IRR", "rials": "IRR", "dinar": "DIN", "dinars": "DIN", "dirham": "AED",
	"dirhams": "AED", "naira": "NGN", "rupiah": "IDR", "baht": "THB", "tugrik": "MNT", "tugriks": "MNT",
	"zloty": "PLN", "zlotys": "PLN", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
	"bitcoin": "BTC", "bitcoins": "BTC", "markka": "FIM", "markkaa": "FIM", "peseta": "ESP", "pesetas": "ESP",
	"guilder": "NLG", "guilders": "NLG", "escudos": "PTE", "drachmas": "GRD", "drachma": "GRD",
	"forint": "HUF", "koruna": "CZK", "shilling": "KES", "shillings": "KES", "dong": "VND", "cent": "USc",
	"cents": "USc", "pence": "GBp", "penny": "GBp", "pennies": "USc", "usd": "USD", "eur": "EUR", "gbp": "GBP",
	"cny": "CNY", "cad": "CAD", "chf": "CHF", "uah": "UAH", "rub": "RUB", "jpy": "JPY", "inr": "INR",
	"aud": "AUD", "ils": "ILS", "kwd": "KWD", "lbp": "LBP", "egp": "EGP", "qar": "QAR", "sar": "SAR",
	"bgn": "BGN", "myr": "MYR", "rm": "MYR", "mnt": "MNT", "hkd": "HKD", "sgd": "SGD", "btc": "BTC",
	"cedi": "GHS", "cedis": "GHS", "taka": "BDT", "kyat": "MMK", "birr": "ETB", "kwacha": "ZMW", "tenge": "KZT",
	"nzd": "NZD", "mxn": "MXN", "rmb": "CNY", "saudiriyal": "SAR", "saudiriyals": "SAR", "egyptianpound": "EGP",
	"egyptianpounds": "EGP",
}

// currencyAdjectives narrow "dollars" and "pounds": "Canadian dollars".
var currencyAdjectives = map[string]map[string]string{
	"us":          {"dollar": "USD", "dollars": "USD"},
	"u.s.":        {"dollar": "USD", "dollars": "USD"},
	"american":    {"dollar": "USD", "dollars": "USD"},
	"canadian":    {"dollar": "CAD", "dollars": "CAD"},
	"australian":  {"dollar": "AUD", "dollars": "AUD"},
	"hong":        {},
	"singapore":   {"dollar": "SGD", "dollars": "SGD"},
	"taiwan":      {"dollar": "TWD", "dollars": "TWD"},
	"egyptian":    {"pound": "EGP", "pounds": "EGP"},
	"lebanese":    {"pound": "LBP", "pounds": "LBP"},
	"syrian":      {"pound": "SYP", "pounds": "SYP"},
	"british":     {"pound": "GBP", "pounds": "GBP"},
	"swiss":       {"franc": "CHF", "francs": "CHF"},
	"french":      {"franc": "FRF", "francs": "FRF"},
	"belgian":     {"franc": "BEF", "francs": "BEF"},
	"deutsche":    {"mark": "DEM", "marks": "DEM"},
	"german":      {"mark": "DEM", "marks": "DEM"},
	"finnish":     {"markka": "FIM", "markkaa": "FIM", "marks": "FIM"},
	"dutch":       {"guilder": "NLG", "guilders": "NLG"},
	"korean":      {"won": "KRW"},
	"brazilian":   {"real": "BRL", "reais": "BRL"},
	"nigerian":    {"naira": "NGN"},
	"kuwaiti":     {"dinar": "KWD", "dinars": "KWD"},
	"iraqi":       {"dinar": "IQD", "dinars": "IQD"},
	"saudi":       {"riyal": "SAR", "riyals": "SAR"},
	"qatari":      {"riyal": "QAR", "riyals": "QAR"},
	"iranian":     {"rial": "IRR", "rials": "IRR"},
	"indian":      {"rupee": "INR", "rupees": "INR"},
	"pakistani":   {"rupee": "PKR", "rupees": "PKR"},
	"russian":     {"ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB"},
	"ukrainian":   {"hryvnia": "UAH", "hryvnias": "UAH"},
	"chinese":     {"yuan": "CNY"},
	"japanese":    {"yen": "JPY"},
	"malaysian":   {"ringgit": "MYR", "ringgits": "MYR"},
	"malaysia":    {"ringgit": "MYR", "ringgits": "MYR"},
	"mexican":     {"peso": "MXN", "pesos": "MXN"},
	"argentine":   {"peso": "ARS", "pesos": "ARS"},
	"argentinian": {"peso": "ARS", "pesos": "ARS"},
	"chilean":     {"peso": "CLP", "pesos": "CLP"},
	"colombian":   {"peso": "COP", "pesos": "COP"},
	"philippine":  {"peso": "PHP", "pesos": "PHP"},
	"kenyan":      {"shilling": "KES", "shillings": "KES"},
	"ugandan":     {"shilling": "UGX", "shillings": "UGX"},
	"tanzanian":   {"shilling": "TZS", "shillings": "TZS"},
	"jamaican":    {"dollar": "JMD", "dollars": "JMD"},
	"zimbabwean":  {"dollar": "ZWL", "dollars": "ZWL"},
	"turkish":     {"lira": "TRY"},
	"israeli":     {"shekel": "ILS", "shekels": "ILS"},
	"south":       {},
	"new":         {},
}

// units of measure, normalised to a short symbol. Keys are lower case;
// a unit glued to the number ("10km", "200lbs") is looked up the same way.
var units = map[string]string{
	"km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"mile": "mi", "miles": "mi", "mi": "mi", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "mm": "mm",
	"millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm", "foot": "ft", "feet": "ft",
	"ft": "ft", "inch": "in", "inches": "in", "yard": "yd", "yards": "yd", "nautical": "nmi", "nm": "nmi",
	"tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "kg": "kg", "kgs": "kg", "k.g.": "kg", "k.gs": "kg", "kilogram": "kg",
	"kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "kilo": "kg", "kilos": "kg", "g": "g",
	"gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "gs": "g", "mg": "mg", "milligram": "mg",
	"milligrams": "mg", "lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz",
	"hectare": "ha", "hectares": "ha", "ha": "ha", "acre": "acre", "acres": "acre", "litre": "l", "litres": "l",
	"liter": "l", "liters": "l", "ml": "ml", "millilitre": "ml", "millilitres": "ml", "milliliter": "ml",
	"milliliters": "ml", "gallon": "gal", "gallons": "gal", "barrel": "bbl", "barrels": "bbl", "bbl": "bbl",
	"bpd": "bbl/d", "b/d": "bbl/d", "cup": "cup", "cups": "cup", "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "kn",
	"°c": "°C", "°f": "°F", "degrees": "°", "degree": "°", "°": "°", "mw": "MW", "megawatts": "MW", "gw": "GW",
	"gigawatts": "GW", "kw": "kW", "kilowatts": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
	"gb": "GB", "tb": "TB", "mb": "MB", "kb": "KB", "ghz": "GHz", "mhz": "MHz", "khz": "kHz", "hz": "Hz",
	"mbps": "Mbps", "gbps": "Gbps", "megapixels": "MP", "megapixel": "MP", "mp": "MP", "calories": "kcal",
	"kcal": "kcal", "volts": "V", "bcm": "bcm", "sq": "", "square": "",
	"km2": "km²", "km²": "km²", "m2": "m²", "m²": "m²", "sqkm": "km²", "mi2": "mi²", "metric": "",
	"kilotons": "kt", "kilotonnes": "kt", "megatons": "Mt", "megatonnes": "Mt", "cubic": "",
	// A spaced "m" is metres ("1.8 m"); glued to digits it is millions.
	"m": "m", "dm": "dm", "microgram": "µg", "micrograms": "µg", "µg": "µg", "μg": "µg", "mcg": "µg",
	"microgramme": "µg", "microgrammes": "µg",
	"kmph": "km/h", "km/hr": "km/h", "tablespoon": "tbsp", "tablespoons": "tbsp", "tbsp": "tbsp",
	"teaspoon": "tsp", "teaspoons": "tsp", "tsp": "tsp",
	// Abbreviations news writes after figures: engines, pressure, speed,
	// fuel economy, volume, angles.
	"hp": "hp", "bhp": "hp", "horsepower": "hp", "psi": "psi", "m/s": "m/s", "km/s": "km/s", "mpg": "mpg",
	"gal": "gal", "gals": "gal", "quart": "qt", "quarts": "qt", "qt": "qt", "pint": "pt", "pints": "pt",
	"knot": "kn", "kts": "kn", "rad": "rad", "rads": "rad", "radian": "rad", "radians": "rad", "cu": "",
}

// lowerOnlyUnits are unit abbreviations that in capitals are names: "an HP
// director" is Hewlett-Packard, "the PSI" a body, "a RAD" an acronym.
var lowerOnlyUnits = map[string]bool{
	"hp": true, "bhp": true, "psi": true, "mpg": true, "gal": true, "gals": true, "qt": true, "kts": true,
	"rad": true, "rads": true, "cu": true,
}

// squareUnits are the units "square" and "cubic" combine with.
var squareUnits = map[string]string{
	"tons": "t", "tonnes": "t", "ton": "t", "tonne": "t",
	"km": "km²", "kilometres": "km²", "kilometers": "km²", "kilometre": "km²", "kilometer": "km²",
	"miles": "mi²", "mile": "mi²", "metres": "m²", "meters": "m²", "metre": "m²", "meter": "m²",
	"feet": "ft²", "foot": "ft²", "ft": "ft²", "mi": "mi²", "m": "m²",
}

// percentWords say a number is a percentage.
var percentWords = map[string]bool{
	"%": true, "percent": true, "pct": true, "pc": true, "per-cent": true, "percents": true, "percentage": true,
	"p.c.": true, "p.c": true,
}

// measureWords map words of the counted phrase and its clause to measures.
// Multi-word cues ("taken prisoner", "lost their lives") are matched on
// their last word and checked backwards.
var measureWords = map[string]string{
	"killed": doc.Killed, "kill": doc.Killed, "kills": doc.Killed, "killing": doc.Killed, "died": doc.Killed,
	"die": doc.Killed, "dies": doc.Killed, "dead": doc.Killed, "death": doc.Killed, "deaths": doc.Killed,
	"fatalities": doc.Killed, "fatality": doc.Killed, "perished": doc.Killed, "slain": doc.Killed,
	"massacred": doc.Killed, "bodies": doc.Killed, "corpses": doc.Killed, "executed": doc.Killed,
	"lives": doc.Killed, "toll": doc.Killed, "dying": doc.Killed, "murdered": doc.Killed,
	"wounded": doc.Wounded, "injured": doc.Wounded, "hurt": doc.Wounded, "injuries": doc.Wounded,
	"injuring": doc.Wounded, "wounding": doc.Wounded, "wounds": doc.Wounded, "hospitalised": doc.Wounded,
	"hospitalized": doc.Wounded, "injures": doc.Wounded, "wounds.": doc.Wounded,
	"casualties": doc.Casualties, "casualty": doc.Casualties, "losses": doc.Casualties,
	"captured": doc.Captured, "prisoners": doc.Captured, "prisoner": doc.Captured, "pows": doc.Captured,
	"pow": doc.Captured, "hostages": doc.Captured, "hostage": doc.Captured, "abducted": doc.Captured,
	"kidnapped": doc.Captured, "surrendered": doc.Captured, "capture": doc.Captured,
	"missing": doc.Missing, "unaccounted": doc.Missing, "disappeared": doc.Missing,
	"deployed": doc.Deployed, "deploy": doc.Deployed, "deploying": doc.Deployed, "deployment": doc.Deployed,
	"sent": doc.Deployed, "send": doc.Deployed, "sending": doc.Deployed, "stationed": doc.Deployed,
	"dispatched": doc.Deployed, "dispatch": doc.Deployed, "-strong": doc.Deployed, "mobilised": doc.Deployed,
	"mobilized": doc.Deployed, "posted": doc.Deployed,
	"displaced": doc.Displaced, "fled": doc.Displaced, "fleeing": doc.Displaced, "refugees": doc.Displaced,
	"refugee": doc.Displaced, "homeless": doc.Displaced, "uprooted": doc.Displaced, "flee": doc.Displaced,
	"evacuated": doc.Evacuated, "evacuation": doc.Evacuated, "evacuees": doc.Evacuated, "evacuate": doc.Evacuated,
	"arrested": doc.Arrested, "detained": doc.Arrested, "arrests": doc.Arrested, "detentions": doc.Arrested,
	"jailed": doc.Arrested, "imprisoned": doc.Arrested, "detainees": doc.Arrested, "arresting": doc.Arrested,
	"detaining": doc.Arrested, "arrest": doc.Arrested, "affected": doc.Affected,
}

// forceNouns count members of an armed force: with no other cue the
// figure is a force size (deployed).
var forceNouns = map[string]bool{
	"troops": true, "soldiers": true, "servicemen": true, "personnel": true, "fighters": true,
	"marines": true, "paratroopers": true, "sailors": true, "militants": true, "mercenaries": true,
	"contingent": true, "brigades": true, "battalions": true, "divisions": true, "units": true,
	"reservists": true, "conscripts": true, "recruits": true, "peacekeepers": true, "servicemembers": true,
	"forces": true, "army": true, "infantry": true, "commandos": true, "special": false,
}

// labelWords name the thing a following number identifies rather than
// counts: "No. 5", "version 2", "page 12", "route 66".
var labelWords = map[string]bool{
	"no.": true, "no": false, "#": true, "number": true, "nos.": true, "version": true, "v": true, "v.": true,
	"ver.": true, "page": true, "pages": true, "p.": true, "pp.": true, "chapter": true, "section": true,
	"paragraph": true, "clause": true, "article": true, "resolution": true, "room": true, "flight": true,
	"route": true, "highway": true, "platform": true, "gate": true, "channel": true, "tel": true, "tel.": true,
	"phone": true, "fax": true, "ext.": true, "code": true, "zip": true, "id": true, "model": true,
	"episode": true, "season": true, "level": true, "grade": true, "category": true, "stage": true,
	"phase": true, "rank": true, "ranked": true, "vol.": true, "volume": true, "issue": true, "item": true,
	"step": true, "act": true, "part": true, "bus": true, "line": true, "size": true, "exit": true,
	"terminal": true, "block": true, "apartment": true, "apt": true, "apt.": true, "suite": true, "unit": true,
	"figure": true, "fig.": true, "table": true, "annex": true, "rule": true, "amendment": true, "ward": true,
	"district": true, "precinct": true, "pier": true, "runway": true, "cell": true, "seat": true,
	"jersey": true, "tier": true, "generation": true, "gen": true, "series": true, "age": true, "ages": true,
	"aged": true,
}

// capacityVerbs are label words that are also verbs of holding or
// counting, whose number is a count when they are verbs: "can seat 150",
// "the marchers number 5,000".
var capacityVerbs = map[string]bool{"seat": true, "number": true}

// verbOpeners are modals, which come before a bare verb. "to" is left
// out: "moved to seat 12", "rose to number 3" are labels.
var verbOpeners = map[string]bool{
	"can": true, "could": true, "will": true, "would": true, "may": true, "might": true, "shall": true,
	"should": true, "must": true, "cannot": true, "ca": true, "wo": true,
}

// months rule out "March 27" and "27 March" even when no time step ran.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan.": true,
	"feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true, "sep.": true,
	"sept.": true, "oct.": true, "nov.": true, "dec.": true, "jan": true, "feb": true, "aug": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
}

// streetWords end a street address: "10 Downing Street".
var streetWords = map[string]bool{
	"street": true, "st": true, "st.": true, "avenue": true, "ave": true, "ave.": true, "road": true, "rd": true,
	"rd.": true, "boulevard": true, "blvd": true, "blvd.": true, "lane": true, "drive": true, "dr.": true,
	"place": true, "square": true, "court": true, "terrace": true, "crescent": true, "parkway": true,
	"highway": true, "strasse": true, "straße": true, "way": true,
}

// stopWords end a noun phrase: function words and the verbs that follow a
// counted subject.
var stopWords = map[string]bool{}

func init() {
	for _, w := range []string{
		"the", "a", "an", "this", "that", "these", "those", "of", "in", "on", "at", "by", "for", "with", "from",
		"to", "into", "onto", "over", "under", "about", "after", "before", "since", "during", "between",
		"among", "across", "against", "along", "around", "through", "toward", "towards", "within", "without",
		"per", "via", "than", "as", "like", "near", "and", "or", "but", "nor", "so", "yet", "if", "when",
		"while", "where", "who", "whom", "whose", "which", "what", "why", "how", "because", "although",
		"though", "whereas", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
		"having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
		"must", "not", "no", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we",
		"us", "our", "you", "your", "i", "me", "my", "there", "here", "then", "also", "only", "just",
		"still", "already", "now", "each", "every", "all", "both", "either", "neither", "more", "most",
		"less", "least", "fewer", "other", "another", "such", "some", "any", "many", "much", "few",
		"very", "too", "again", "ago", "later", "earlier", "including", "included", "includes", "said",
		"says", "say", "told", "according", "reported", "reportedly", "allegedly", "out", "up", "down",
		"off", "away", "back", "last", "next", "first", "second", "then", "thus", "even", "ever", "never",
		"whether", "until", "unless", "upon", "beyond", "above", "below", "behind", "beside", "besides",
		"inside", "outside", "throughout", "versus", "vs", "vs.", "amid", "amongst", "despite", "plus",
		"minus", "times", "each", "apiece", "respectively", "alone", "total", "overall", "altogether",
		"became", "become", "remain", "remained", "remains", "got", "get", "gets", "went", "go", "goes",
		"came", "come", "comes", "took", "take", "takes", "made", "make", "makes", "gave", "give", "gives",
		"left", "leave", "leaves", "set", "put", "see", "saw", "seen", "known", "believed", "thought",
		"expected", "estimated", "feared", "reportedly", "likely", "so-called", "yesterday", "today",
		"tomorrow", "tonight", "year", "years", "month", "months", "week", "weeks", "day", "days", "hours",
		"minutes", "seconds", "decades", "centuries", "once", "twice", "overnight", "aboard", "ashore",
		"abroad", "nationwide", "worldwide", "daily", "annually", "together", "instead", "meanwhile",
		"almost", "nearly", "about", "around", "roughly", "approximately", "however", "too", "either",
		"home", "there", "here", "onboard", "inside", "locally", "recently", "currently", "immediately",
		"reportedly", "apparently", "officially", "initially", "eventually", "finally", "mostly", "mainly",
		"largely", "partly", "respectively", "each", "alike", "combined", "whereby", "per", "versus",
	} {
		stopWords[w] = true
	}
	for w := range measureWords {
		stopWords[w] = true
	}
	// These measure words are nouns that head counted phrases.
	for _, w := range []string{
		"deaths", "death", "fatalities", "casualties", "casualty", "losses", "prisoners", "prisoner", "pows",
		"pow", "hostages", "hostage", "refugees", "refugee", "evacuees", "arrests", "detentions", "detainees",
		"bodies", "corpses", "lives", "injuries", "deployment", "evacuation", "toll", "capture",
	} {
		delete(stopWords, w)
	}
}

// premodifiers are participles that can open a counted phrase before its
// noun ("15,000 deployed troops", "40 wounded soldiers").
var premodifiers = map[string]bool{
	"deployed": true, "wounded": true, "injured": true, "displaced": true, "captured": true, "missing": true,
	"dead": true, "detained": true, "arrested": true, "armed": true, "unarmed": true, "evacuated": true,
	"stationed": true, "trained": true, "killed": true, "affected": true, "abducted": true, "kidnapped": true,
	"registered": true, "confirmed": true, "reported": true, "estimated": true, "additional": true,
	"more": true, "fewer": true, "other": true, "new": true, "mobilised": true, "mobilized": true,
	"homeless": true, "surviving": true, "remaining": true, "fighting": true, "serving": true,
}

// backVerbs are the verb group between a counted subject and its figure:
// "the toll rose to 40", "deaths could reach 6,000", "losses stood at 600".
var backVerbs = map[string]bool{
	"could": true, "may": true, "might": true, "would": true, "will": true, "has": true, "have": true,
	"settle": true, "settled": true, "probably": true, "possibly": true, "eventually": true, "ultimately": true, "finally": true,
	"had": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"stood": true, "stands": true, "stand": true, "reached": true, "reach": true, "reaches": true,
	"rose": true, "risen": true, "rise": true, "rises": true, "climbed": true, "climbs": true, "climb": true,
	"jumped": true, "grew": true, "increased": true, "totalled": true, "totaled": true, "totals": true,
	"total": true, "numbered": true, "number": true, "numbers": true, "now": true, "already": true,
	"at": true, "to": true, "hit": true, "hits": true, "passed": true, "estimated": true, "put": true,
	"approached": true, "nearing": true, "neared": true, "exceeded": true, "exceed": true, "exceeds": true,
	"surpassed": true, "topped": true, "swelled": true, "soared": true, "doubled": true, "mounted": true,
	"amounted": true, "amount": true, "amounts": true, "reportedly": true, "officially": true, "said": true,
	"believed": true, "thought": true, "expected": true, "feared": true, "likely": true, "remains": true,
	"remained": true, "rising": true, "reaching": true, "standing": true, "totalling": true, "totaling": true,
}

// changeVerbs before "from X to Y" make it a change, not a range.
var changeVerbs = map[string]bool{
	"rose": true, "rise": true, "rising": true, "rises": true, "risen": true, "fell": true, "fall": true,
	"falls": true, "falling": true, "fallen": true, "increased": true, "increase": true, "increasing": true,
	"decreased": true, "decrease": true, "dropped": true, "drop": true, "climbed": true, "climb": true,
	"grew": true, "grow": true, "growing": true, "grown": true, "jumped": true, "jump": true, "cut": true,
	"raised": true, "raise": true, "reduced": true, "reduce": true, "declined": true, "decline": true,
	"slipped": true, "slid": true, "soared": true, "surged": true, "plunged": true, "plummeted": true,
	"shrank": true, "expanded": true, "lowered": true, "doubled": true, "tripled": true, "went": true,
	"up": true, "down": true, "revised": true, "moved": true, "changed": true, "upgraded": true,
	"downgraded": true, "boosted": true, "slashed": true, "trimmed": true, "lifted": true, "increases": true,
	"eased": true, "advanced": true, "dipped": true, "tumbled": true,
	"rallied": true, "sank": true, "edged": true, "retreated": true, "firmed": true, "weakened": true,
	"strengthened": true,
}

// oneIdioms follow a "one" that is not a count: "one of", "one another".
var oneIdioms = map[string]bool{
	"of": true, "another": true, "by": true, "who": true, "that": true, "which": true, "day": true,
	"time": true, "side": true, "hand": true, "way": true, "thing": true, "point": true, "'s": true,
	"must": true, "can": true, "could": true, "would": true, "should": true, "might": true, "may": true,
	"is": true, "was": true, "has": true, "does": true, "will": true, "more": true, "less": true,
	"too": true, "or": true, "and": true, "after": true, "else": true, "on": true, "in": true, "to": true,
	"at": true, "for": true, "with": true, "such": true, "sided": true, "way-": true, "-": true,
	"-on-": true, "year": true, "morning": true, "night": true, "evening": true, "afternoon": true,
	"week": true, "month": true, "moment": true, "place": true, "question": true, "reason": true,
	"another's": true, "i": true, "hundred": false, "kind": true, "sort": true, "part": true,
}

// oneBefore are words before "one" that make it a pronoun or idiom.
var oneBefore = map[string]bool{
	"no": true, "the": true, "this": true, "that": true, "any": true, "every": true, "each": true,
	"which": true, "only": true, "last": true, "another": true, "other": true, "no-": true, "someone": true,
	"everyone": true, "anyone": true, "little": true, "big": true, "new": true, "old": true, "right": true,
	"wrong": true, "good": true, "bad": true, "loved": true, "as": true, "at": true, "like": true,
	"number": true, "such": true, "what": true,
}

// timeUnits after a number make it a duration or an age, which the time
// step owns.
var timeUnits = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true, "day": true,
	"days": true, "hour": true, "hours": true, "minute": true, "minutes": true, "second": true,
	"seconds": true, "decade": true, "decades": true, "century": true, "centuries": true, "hrs": true,
	"mins": true, "secs": true, "fortnight": true, "fortnights": true, "millennia": true, "yrs": true,
	"a.m.": true, "p.m.": true, "a.m": true, "p.m": true, "am": true, "pm": true, "o'clock": true, "gmt": true, "utc": true,
	"bst": true, "est": true, "edt": true, "pst": true, "cet": true,
}

// pastVerbs are irregular verb forms that end a counted phrase after its
// noun ("one study found", "20 brigades held"); regular ones are caught by
// their -ed ending.
var pastVerbs = map[string]bool{
	"found": true, "made": true, "took": true, "gave": true, "held": true, "won": true, "lost": true,
	"left": true, "led": true, "met": true, "ran": true, "saw": true, "brought": true, "bought": true,
	"built": true, "began": true, "begun": true, "came": true, "fell": true, "felt": true, "fought": true,
	"knew": true, "paid": true, "rose": true, "sold": true, "spent": true, "stood": true, "struck": true,
	"thought": true, "wrote": true, "shot": true, "hit": true, "say": true, "show": true, "shows": true,
	"showed": true, "shown": true, "face": true, "faced": true, "need": true, "needs": true, "want": true,
	"wants": true, "live": true, "lives": false, "work": true, "works": true, "remain": true, "stay": true,
	"took part": false, "voted": true, "vote": true, "support": true, "supported": true, "oppose": true,
	"think": true, "believe": true, "agree": true, "disagree": true, "approve": true, "expect": true,
	"fled": true, "died": true, "arrive": true, "arrived": true, "return": true, "returned": true,
	"sought": true, "got": true, "kept": true, "told": true, "drew": true, "grew": true, "flew": true,
	"wore": true, "threw": true, "chose": true, "spoke": true, "broke": true, "woke": true, "drove": true,
}

// clauseBreaks end the window in which a measure word can apply to a
// figure: "three trucks reached the mill after some neighbours phoned".
var clauseBreaks = map[string]bool{
	"and": true, "but": true, "while": true, "whereas": true, "including": true, "after": true,
	"before": true, "when": true, "because": true, "since": true, "if": true, "although": true,
	"though": true, "unless": true, "until": true, "whose": true, "where": true, "as": true,
}
