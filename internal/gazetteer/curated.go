package gazetteer

import "github.com/crosscheck-news/crosscheck/doc"

// This file holds the hand-curated lists, written for crosscheck. They aim
// at the names international news mentions most, not at completeness: the
// entity step's rules and the statistical NER cover the long tail.

type item struct {
	kind Kind
	typ  string
	// names are the spellings; the first is canonical unless canonical is
	// set.
	names     []string
	canonical string
	country   string
	gender    Gender
}

func country(code string, names ...string) item {
	return item{kind: Country, typ: doc.GPE, names: names, country: code}
}

func demonym(code string, names ...string) item {
	return item{kind: Demonym, typ: doc.NORP, names: names, country: code}
}

func org(names ...string) item  { return item{kind: Org, typ: doc.Org, names: names} }
func loc(names ...string) item  { return item{kind: Region, typ: doc.Loc, names: names} }
func gpe(names ...string) item  { return item{kind: Region, typ: doc.GPE, names: names} }
func city(names ...string) item { return item{kind: City, typ: doc.GPE, names: names} }
func event(names ...string) item {
	return item{kind: Event, typ: doc.Event, names: names}
}
func group(names ...string) item { return item{kind: Group, typ: doc.NORP, names: names} }
func product(names ...string) item {
	return item{kind: Product, typ: doc.Product, names: names}
}

var curated = []item{
	// Spellings of countries that news uses and the countries data lacks.
	country("USA", "U.S.", "U.S.A.", "America", "the United States", "the US", "the U.S."),
	country("GBR", "Britain", "U.K.", "England", "Scotland", "Wales"),
	country("PRK", "N. Korea", "the DPRK"),
	country("KOR", "S. Korea", "ROK", "Korea"),
	country("COD", "Democratic Republic of the Congo", "DR Congo", "D.R. Congo"),
	country("COG", "Congo-Brazzaville"),
	country("MMR", "Burma"),
	country("CZE", "Czech Republic"),
	country("TUR", "Turkiye", "Türkiye"),
	country("CIV", "Ivory Coast"),
	country("NLD", "Holland"),
	country("ARE", "UAE", "U.A.E.", "Emirates"),
	country("CHN", "PRC", "Mainland China"),
	country("VAT", "Holy See"),
	country("PSE", "Palestinian territories"),
	country("TLS", "East Timor"),
	country("SWZ", "Swaziland"),
	country("CPV", "Cape Verde"),
	country("MKD", "Macedonia"),
	country("NZL", "NZ", "N.Z."),

	// Demonyms the data lacks or spells differently.
	demonym("GBR", "Briton", "Britons", "English", "Scottish", "Welsh", "Scot", "Scots"),
	demonym("USA", "U.S.-based"),
	demonym("NLD", "Dutchman", "Dutchmen"),
	demonym("FRA", "Frenchman", "Frenchmen"),
	demonym("DNK", "Dane", "Danes"),
	demonym("POL", "Pole", "Poles"),
	demonym("SWE", "Swede", "Swedes"),
	demonym("FIN", "Finn", "Finns"),
	demonym("TUR", "Turk", "Turks"),
	demonym("ESP", "Spaniard", "Spaniards"),
	demonym("KOR", "Korean", "Koreans"),
	demonym("PHL", "Filipino", "Filipinos", "Philippine"),
	demonym("ISR", "Israeli", "Israelis"),
	demonym("THA", "Thai", "Thais"),
	demonym("AFG", "Afghani"),

	// Groups without a country.
	group("Soviet", "Soviets"),
	group("Western", "Westerners"),
	group("European", "Europeans"),
	group("African", "Africans"),
	group("Asian", "Asians"),
	group("Arab", "Arabs"),
	group("Latin American", "Latin Americans"),
	group("Kurdish", "Kurd", "Kurds"),
	group("Palestinians"),
	group("Muslim", "Muslims"),
	group("Christian", "Christians"),
	group("Jewish", "Jew", "Jews"),
	group("Catholic", "Catholics"),
	group("Sunni", "Sunnis"),
	group("Shia", "Shiite", "Shiites"),
	group("Hindu", "Hindus"),
	group("Buddhist", "Buddhists"),
	group("Democrat", "Democrats", "Democratic"),
	group("Republican", "Republicans"),
	group("Conservative", "Conservatives"),
	group("Tory", "Tories"),
	group("Labour"),
	group("Rohingya"),
	group("Uyghur", "Uyghurs", "Uighur", "Uighurs"),
	group("Tamil", "Tamils"),
	group("Pashtun", "Pashtuns"),
	group("Houthi", "Houthis"),
	group("Israeli-Palestinian"),
	group("Latino", "Latinos", "Latina", "Latinas", "Latinx"),
	group("Hispanic", "Hispanics"),
	group("Native American", "Native Americans"),
	group("African American", "African Americans", "African-American", "African-Americans"),
	group("Asian American", "Asian Americans", "Asian-American", "Asian-Americans"),
	group("Evangelical", "Evangelicals"),
	group("Druze"), group("Alawite", "Alawites"), group("Yazidi", "Yazidis"),
	group("Chechen", "Chechens"), group("Tatar", "Tatars"), group("Baloch"),

	// Regions and geographic names.
	loc("Middle East", "the Middle East", "Mideast"),
	loc("Europe"), loc("Asia"), loc("Africa"), loc("North America"), loc("South America"),
	loc("Latin America"), loc("Central America"), loc("Oceania"), loc("Antarctica"), loc("the Arctic", "Arctic"),
	loc("Eastern Europe"), loc("Western Europe"), loc("Central Asia"), loc("Southeast Asia", "South-East Asia"),
	loc("East Asia"), loc("South Asia"), loc("Asia-Pacific", "Asia Pacific"), loc("Indo-Pacific"),
	loc("the Balkans", "Balkans"), loc("the Caucasus", "Caucasus"), loc("the Sahel", "Sahel"),
	loc("Horn of Africa"), loc("Scandinavia"), loc("the Baltics", "Baltics"), loc("Persian Gulf", "the Gulf"),
	loc("Gaza Strip", "Gaza"), loc("West Bank"), loc("Golan Heights"), loc("Sinai"), loc("Crimea"), loc("Donbas", "Donbass"),
	loc("Kashmir"), loc("Tibet"), loc("Xinjiang"), loc("Siberia"), loc("Darfur"), loc("Kurdistan"),
	loc("Korean Peninsula", "Korean peninsula"), loc("Demilitarized Zone", "DMZ"),
	loc("Black Sea"), loc("Baltic Sea"), loc("Red Sea"), loc("South China Sea"), loc("East China Sea"),
	loc("Mediterranean", "Mediterranean Sea"), loc("Caspian Sea"), loc("Sea of Japan"), loc("Yellow Sea"),
	loc("Atlantic", "Atlantic Ocean"), loc("Pacific", "Pacific Ocean"), loc("Indian Ocean"),
	loc("Strait of Hormuz"), loc("Taiwan Strait"), loc("Suez Canal"), loc("Bosphorus"),
	loc("Dnipro", "Dnieper", "Dnipro River", "Dnieper River"), loc("Euphrates"), loc("Nile"),
	loc("Silicon Valley"), loc("Wall Street"),
	gpe("Zaporizhzhia"), gpe("Donetsk"), gpe("Luhansk"), gpe("Kherson"), gpe("Kharkiv"),
	gpe("Belgorod"), gpe("Kursk"), gpe("Bryansk"), gpe("Sumy"), gpe("Chernihiv"),
	gpe("California"), gpe("Texas"), gpe("New York"), gpe("Florida"), gpe("Hong Kong"), gpe("Macau"),
	gpe("Quebec"), gpe("Ontario"), gpe("Bavaria"), gpe("Catalonia"), gpe("Northern Ireland"),
	gpe("European Union", "EU", "E.U."),
	// US states (Georgia and Washington are countries and cities in the lists).
	gpe("Alabama"), gpe("Alaska"), gpe("Arizona"), gpe("Arkansas"), gpe("Colorado"), gpe("Connecticut"), gpe("Delaware"), gpe("Hawaii"), gpe("Idaho"), gpe("Illinois"), gpe("Indiana"), gpe("Iowa"), gpe("Kansas"), gpe("Kentucky"), gpe("Louisiana"), gpe("Maine"), gpe("Maryland"), gpe("Massachusetts"), gpe("Michigan"), gpe("Minnesota"), gpe("Mississippi"), gpe("Missouri"), gpe("Montana"), gpe("Nebraska"), gpe("Nevada"), gpe("New Hampshire"), gpe("New Jersey"), gpe("New Mexico"), gpe("North Carolina"), gpe("North Dakota"), gpe("Ohio"), gpe("Oklahoma"), gpe("Oregon"), gpe("Pennsylvania"), gpe("Rhode Island"), gpe("South Carolina"), gpe("South Dakota"), gpe("Tennessee"), gpe("Utah"), gpe("Vermont"), gpe("Virginia"), gpe("West Virginia"), gpe("Wisconsin"), gpe("Wyoming"), gpe("Washington state"), gpe("District of Columbia", "D.C."),

	// Cities that are not capitals.
	city("New York City", "NYC"), city("Los Angeles"), city("Chicago"), city("San Francisco"), city("Seattle"),
	city("Boston"), city("Houston"), city("Miami"), city("Atlanta"), city("Detroit"), city("Philadelphia"),
	city("Washington"), city("Las Vegas"), city("Toronto"), city("Montreal"), city("Vancouver"),
	city("Sydney"), city("Melbourne"), city("Mumbai"), city("Kolkata"), city("Karachi"), city("Lahore"),
	city("Shanghai"), city("Shenzhen"), city("Guangzhou"), city("Wuhan"), city("Osaka"), city("Busan"),
	city("St. Petersburg", "St Petersburg", "Saint Petersburg"), city("Istanbul"), city("Dubai"),
	city("Jeddah"), city("Aleppo"), city("Mosul"), city("Basra"), city("Benghazi"), city("Odesa", "Odessa"),
	city("Lviv"), city("Mariupol"), city("Bakhmut"), city("Avdiivka"), city("Sevastopol"), city("Dnipro"),
	city("Frankfurt"), city("Munich"), city("Hamburg"), city("Milan"), city("Barcelona"), city("Geneva"),
	city("Zurich"), city("Davos"), city("Toulouse"), city("Marseille"), city("Lyon"), city("Manchester"),
	city("Rotterdam"), city("The Hague"), city("Strasbourg"), city("Johannesburg"), city("Cape Town"),
	city("Lagos"), city("Rio de Janeiro"), city("São Paulo", "Sao Paulo"), city("Tel Aviv"), city("Gaza City"),
	city("Rafah"), city("Khan Younis"), city("Hiroshima"), city("Nagasaki"),

	// News agencies and outlets.
	org("Reuters", "Thomson Reuters"),
	org("Associated Press", "AP", "the Associated Press"),
	org("Agence France-Presse", "AFP", "Agence France Presse"),
	org("Yonhap", "Yonhap News Agency"),
	org("Korean Central News Agency", "KCNA"),
	org("TASS", "Tass", "ITAR-TASS"),
	org("RIA Novosti", "RIA"),
	org("Interfax"),
	org("Xinhua", "Xinhua News Agency"),
	org("Kyodo", "Kyodo News"),
	org("Anadolu", "Anadolu Agency"),
	org("Ukrinform"),
	org("IRNA"),
	org("dpa", "Deutsche Presse-Agentur"),
	org("ANSA"),
	org("EFE"),
	org("Bloomberg", "Bloomberg News"),
	org("BBC", "the BBC"),
	org("CNN"),
	org("Al Jazeera"),
	org("The New York Times", "New York Times"),
	org("The Washington Post", "Washington Post"),
	org("The Wall Street Journal", "Wall Street Journal"),
	org("The Guardian"),
	org("Financial Times"),
	org("The Economist"),
	org("NHK"),
	org("Rodong Sinmun"),
	org("RT", "Russia Today"),
	org("Fox News"),
	org("NBC", "NBC News"),
	org("CBS", "CBS News"),
	org("ABC News"),
	org("NPR"),
	org("Politico"),
	org("Axios"),
	org("Wikinews"),
	org("Wikipedia"),

	// International bodies.
	org("United Nations", "UN", "U.N.", "the United Nations"),
	org("UN Security Council", "U.N. Security Council", "United Nations Security Council", "Security Council"),
	org("UN General Assembly", "U.N. General Assembly", "United Nations General Assembly", "General Assembly"),
	org("UNICEF"), org("UNHCR", "UN refugee agency"), org("UNESCO"), org("UNRWA"), org("OCHA"),
	org("World Health Organization", "WHO", "World Health Organisation"),
	org("World Food Programme", "WFP", "World Food Program"),
	org("International Atomic Energy Agency", "IAEA"),
	org("International Criminal Court", "ICC"),
	org("International Court of Justice", "ICJ"),
	org("International Monetary Fund", "IMF"),
	org("World Bank"),
	org("World Trade Organization", "WTO"),
	org("NATO", "North Atlantic Treaty Organization", "Nato"),
	org("European Commission"),
	org("European Parliament"),
	org("European Central Bank", "ECB"),
	org("Council of Europe"),
	org("OSCE", "Organization for Security and Co-operation in Europe"),
	org("ASEAN", "Association of Southeast Asian Nations"),
	org("African Union", "AU"),
	org("Arab League"),
	org("Gulf Cooperation Council", "GCC"),
	org("G7", "Group of Seven"), org("G20", "Group of 20"),
	org("OPEC", "Organization of the Petroleum Exporting Countries"), org("OPEC+"),
	org("BRICS"),
	org("Shanghai Cooperation Organisation", "SCO", "Shanghai Cooperation Organization"),
	org("International Committee of the Red Cross", "ICRC", "Red Cross"),
	org("Amnesty International", "Amnesty"),
	org("Human Rights Watch", "HRW"),
	org("Doctors Without Borders", "MSF", "Médecins Sans Frontières"),
	org("Institute for the Study of War", "ISW"),

	// Governments, militaries and intelligence agencies.
	org("Kremlin", "the Kremlin"),
	org("White House", "the White House"),
	org("Pentagon", "the Pentagon"),
	org("State Department", "U.S. State Department", "US State Department"),
	org("Central Intelligence Agency", "CIA"),
	org("Federal Bureau of Investigation", "FBI"),
	org("National Security Agency", "NSA"),
	org("Department of Homeland Security", "DHS"),
	org("Federal Reserve", "the Fed"),
	org("Securities and Exchange Commission", "SEC"),
	org("Federal Aviation Administration", "FAA"),
	org("Government Accountability Office", "GAO"),
	org("Congress", "U.S. Congress", "US Congress"),
	org("Senate", "U.S. Senate", "US Senate"),
	org("House of Representatives"),
	org("Supreme Court", "U.S. Supreme Court"),
	org("Air Force", "U.S. Air Force", "US Air Force", "USAF"),
	org("MI6", "Secret Intelligence Service"),
	org("MI5"),
	org("GCHQ"),
	org("Ministry of Defence", "MoD", "Ministry of Defense"),
	org("Federal Security Service", "FSB"),
	org("GRU"),
	org("SVR", "Foreign Intelligence Service"),
	org("KGB"),
	org("Wagner Group", "Wagner"),
	org("State Duma", "Duma"),
	org("Rosatom"), org("Gazprom"), org("Rosneft"),
	org("Mossad"), org("Shin Bet"),
	org("Israel Defense Forces", "IDF"),
	org("Knesset"),
	org("Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Revolutionary Guard"),
	org("National Intelligence Service", "NIS"),
	org("Joint Chiefs of Staff", "JCS"),
	org("Korean People's Army", "KPA"),
	org("Workers' Party of Korea", "Workers' Party", "WPK"),
	org("People's Liberation Army", "PLA"),
	org("Chinese Communist Party", "CCP", "Communist Party of China", "Communist Party"),
	org("Armed Forces of Ukraine", "Ukrainian Armed Forces"),
	org("SBU", "Security Service of Ukraine"),
	org("Verkhovna Rada", "Rada"),
	org("Bundestag"), org("Bundeswehr"),
	org("Republican Party", "GOP", "Republican National Committee", "RNC"),
	org("Democratic Party", "Democratic National Committee", "DNC"),
	org("Conservative Party"), org("Labour Party"), org("Liberal Democrats"),
	org("United Russia"), org("Likud"), org("Fidesz"), org("Alternative for Germany", "AfD"),
	org("Hamas"), org("Hezbollah"), org("Taliban", "the Taliban"),
	org("Islamic State", "ISIS", "ISIL", "Daesh", "IS"),
	org("al-Qaeda", "al Qaeda", "Al-Qaeda", "Al Qaeda"),
	org("Houthi movement", "Ansar Allah"),
	org("Kurdistan Workers' Party", "PKK"),
	org("Syrian Democratic Forces", "SDF"),
	org("Palestinian Authority", "PA"),
	org("Muslim Brotherhood"),
	org("Boko Haram"), org("al-Shabaab", "Al-Shabaab"),

	// Companies often in the news.
	org("Google"), org("Microsoft"), org("Amazon"), org("Meta", "Meta Platforms"), org("Facebook"),
	org("Twitter"), org("Tesla"), org("SpaceX"), org("OpenAI"), org("Nvidia"), org("Intel"), org("IBM"),
	org("Samsung", "Samsung Electronics"), org("Sony"), org("Toyota"), org("Volkswagen"), org("Huawei"),
	org("TikTok"), org("ByteDance"), org("Alibaba"), org("Tencent"), org("Netflix"), org("Uber"),
	org("Boeing", "The Boeing Company"), org("Airbus"), org("Embraer"), org("Bombardier"),
	org("Lockheed Martin"), org("Raytheon"), org("BAE Systems"), org("Rheinmetall"), org("Northrop Grumman"),
	org("Goldman Sachs"), org("JPMorgan", "JPMorgan Chase"), org("BlackRock"), org("ExxonMobil", "Exxon"),
	org("Shell"), org("BP"), org("Pfizer"), org("Moderna"),

	// Named events.
	event("World War Two", "World War II", "World War 2", "Second World War", "WWII", "WW2"),
	event("World War One", "World War I", "World War 1", "First World War", "WWI", "WW1", "Great War"),
	event("Cold War", "the Cold War"),
	event("Korean War"), event("Vietnam War"), event("Gulf War"), event("Iraq War"),
	event("Holocaust", "the Holocaust"),
	event("Olympics", "Olympic Games", "Winter Olympics", "Summer Olympics"),
	event("World Cup"),
	event("Arab Spring"),
	event("Victory Day"),
	event("9/11", "September 11 attacks"),
	event("COVID-19 pandemic"),

	// Products.
	product("iPhone"), product("iPad"), product("Mac", "Macintosh"), product("iPod"), product("Windows"),
	product("Android"), product("ChatGPT"),
	product("HIMARS"), product("ATACMS"), product("Patriot"), product("Javelin"), product("Storm Shadow"),
	product("Leopard 2"), product("Abrams"), product("F-16"), product("F-35"), product("Shahed"),
}

func man(name string) item {
	return item{kind: Person, typ: doc.Person, names: []string{name}, gender: Male}
}

func woman(name string) item {
	return item{kind: Person, typ: doc.Person, names: []string{name}, gender: Female}
}

// people are figures international news names without introducing them;
// only full names are listed, short forms are the entity step's business.
var people = []item{
	man("Kim Jong Un"), man("Kim Jong-un"), man("Kim Jong Il"), man("Kim Jong-il"), man("Kim Il Sung"),
	man("Kim Il-sung"), woman("Kim Yo Jong"), woman("Kim Yo-jong"), man("Vladimir Putin"),
	man("Volodymyr Zelensky"), man("Volodymyr Zelenskyy"), man("Xi Jinping"), man("Li Qiang"),
	man("Donald Trump"), man("Joe Biden"), woman("Kamala Harris"), man("Barack Obama"), man("JD Vance"),
	man("Marco Rubio"), man("Antony Blinken"), man("Sergei Lavrov"), man("Sergei Shoigu"),
	man("Andrei Belousov"), man("Valery Gerasimov"), man("Dmitry Peskov"), man("Dmitry Medvedev"),
	man("Alexei Navalny"), man("Yevgeny Prigozhin"), man("Alexander Lukashenko"), man("Recep Tayyip Erdogan"),
	man("Benjamin Netanyahu"), man("Emmanuel Macron"), man("Olaf Scholz"), man("Friedrich Merz"),
	man("Keir Starmer"), man("Rishi Sunak"), man("Boris Johnson"), man("Narendra Modi"),
	man("Shigeru Ishiba"), man("Fumio Kishida"), man("Yoon Suk Yeol"), man("Lee Jae-myung"),
	man("Moon Jae-in"), woman("Ursula von der Leyen"), woman("Giorgia Meloni"), man("Mark Rutte"),
	man("Jens Stoltenberg"), man("Antonio Guterres"), man("António Guterres"), man("Ali Khamenei"),
	man("Masoud Pezeshkian"), man("Mohammed bin Salman"), man("Bashar al-Assad"), man("Ahmed al-Sharaa"),
	man("Mahmoud Abbas"), man("Luiz Inacio Lula da Silva"), man("Javier Milei"), woman("Claudia Sheinbaum"),
	man("Cyril Ramaphosa"), man("Pope Francis"), man("Pope Leo XIV"), man("Elon Musk"), man("Oleksandr Syrskyi"),
	man("Andriy Yermak"), man("Rustem Umerov"), man("Kyrylo Budanov"), woman("Tsai Ing-wen"), man("Lai Ching-te"),
}

// surnames are the short forms of people that news uses alone and that
// name nobody else in international news; "Kim" or "Lee" would not do.
var surnames = map[string]string{
	"Putin": "Vladimir Putin", "Zelensky": "Volodymyr Zelensky", "Zelenskyy": "Volodymyr Zelensky",
	"Trump": "Donald Trump", "Biden": "Joe Biden", "Obama": "Barack Obama", "Macron": "Emmanuel Macron",
	"Scholz": "Olaf Scholz", "Merz": "Friedrich Merz", "Starmer": "Keir Starmer", "Netanyahu": "Benjamin Netanyahu",
	"Erdogan": "Recep Tayyip Erdogan", "Modi": "Narendra Modi", "Lavrov": "Sergei Lavrov", "Shoigu": "Sergei Shoigu",
	"Peskov": "Dmitry Peskov", "Medvedev": "Dmitry Medvedev", "Navalny": "Alexei Navalny",
	"Prigozhin": "Yevgeny Prigozhin", "Lukashenko": "Alexander Lukashenko", "Guterres": "Antonio Guterres",
	"Khamenei": "Ali Khamenei", "Meloni": "Giorgia Meloni", "Rutte": "Mark Rutte", "Stoltenberg": "Jens Stoltenberg",
	"Sunak": "Rishi Sunak", "Milei": "Javier Milei", "Ramaphosa": "Cyril Ramaphosa", "Syrskyi": "Oleksandr Syrskyi",
	"Yermak": "Andriy Yermak", "Budanov": "Kyrylo Budanov", "Gerasimov": "Valery Gerasimov",
	"Blinken": "Antony Blinken", "Kishida": "Fumio Kishida", "Ishiba": "Shigeru Ishiba", "Pezeshkian": "Masoud Pezeshkian",
	"Xi": "Xi Jinping",
}

// titles precede names of people. Titles are not part of the PERSON span,
// but they say the next capitalised words are a name and, for gendered
// ones, give the pronoun resolver a hint.
var titles = []struct {
	name   string
	gender Gender
}{
	{"President", 0}, {"Vice President", 0}, {"Vice-President", 0}, {"President-elect", 0},
	{"Prime Minister", 0}, {"Deputy Prime Minister", 0}, {"PM", 0}, {"Premier", 0}, {"Chancellor", 0},
	{"Minister", 0}, {"Foreign Minister", 0}, {"Defence Minister", 0}, {"Defense Minister", 0},
	{"Finance Minister", 0}, {"Interior Minister", 0}, {"Health Minister", 0},
	{"Secretary", 0}, {"Secretary of State", 0}, {"Defense Secretary", 0}, {"Defence Secretary", 0},
	{"Foreign Secretary", 0}, {"Home Secretary", 0}, {"Treasury Secretary", 0}, {"Secretary-General", 0},
	{"Secretary General", 0}, {"General Secretary", 0}, {"Press Secretary", 0},
	{"leader", 0}, {"Leader", 0}, {"Supreme Leader", 0}, {"opposition leader", 0},
	{"dictator", 0}, {"strongman", 0},
	{"King", Male}, {"Queen", Female}, {"Prince", Male}, {"Princess", Female}, {"Emperor", Male},
	{"Crown Prince", Male}, {"Sheikh", Male}, {"Emir", Male}, {"Sultan", Male}, {"Pope", Male},
	{"Ayatollah", Male}, {"Cardinal", Male}, {"Archbishop", 0}, {"Bishop", 0}, {"Rev.", 0}, {"Reverend", 0},
	{"Gen.", 0}, {"General", 0}, {"Lt. Gen.", 0}, {"Lieutenant General", 0}, {"Maj. Gen.", 0}, {"Major General", 0},
	{"Brig. Gen.", 0}, {"Col.", 0}, {"Colonel", 0}, {"Lt. Col.", 0}, {"Lt.", 0}, {"Lieutenant", 0},
	{"Capt.", 0}, {"Captain", 0}, {"Maj.", 0}, {"Major", 0}, {"Sgt.", 0}, {"Sergeant", 0}, {"Cpl.", 0},
	{"Pvt.", 0}, {"Private", 0}, {"Adm.", 0}, {"Admiral", 0}, {"Marshal", 0}, {"Field Marshal", 0},
	{"Commander", 0}, {"commander", 0}, {"Cmdr.", 0}, {"chief", 0}, {"Chief", 0},
	{"Sen.", 0}, {"Senator", 0}, {"Rep.", 0}, {"Representative", 0}, {"Congressman", Male},
	{"Congresswoman", Female}, {"Gov.", 0}, {"Governor", 0}, {"Mayor", 0}, {"mayor", 0},
	{"Ambassador", 0}, {"ambassador", 0}, {"envoy", 0}, {"Envoy", 0}, {"Speaker", 0},
	{"Judge", 0}, {"Justice", 0}, {"Chief Justice", 0}, {"Attorney General", 0}, {"Prosecutor", 0},
	{"prosecutor", 0}, {"lawyer", 0}, {"attorney", 0},
	{"Dr.", 0}, {"Dr", 0}, {"Prof.", 0}, {"Professor", 0}, {"professor", 0},
	{"Mr.", Male}, {"Mr", Male}, {"Mrs.", Female}, {"Mrs", Female}, {"Ms.", Female}, {"Ms", Female},
	{"Miss", Female}, {"Sir", Male}, {"Dame", Female}, {"Lord", Male}, {"Lady", Female},
	{"spokesman", Male}, {"spokeswoman", Female}, {"spokesperson", 0}, {"Spokesman", Male},
	{"Spokeswoman", Female}, {"chairman", Male}, {"Chairman", Male}, {"chairwoman", Female},
	{"Chairwoman", Female}, {"chair", 0}, {"Chair", 0}, {"CEO", 0}, {"chief executive", 0},
	{"Chief Executive", 0}, {"chief executive officer", 0}, {"founder", 0}, {"co-founder", 0},
	{"director", 0}, {"Director", 0}, {"head", 0}, {"analyst", 0}, {"official", 0}, {"spy chief", 0},
	{"journalist", 0}, {"reporter", 0}, {"correspondent", 0}, {"coach", 0}, {"Coach", 0},
	{"actor", Male}, {"actress", Female}, {"singer", 0}, {"player", 0}, {"striker", 0},
	{"businessman", Male}, {"businesswoman", Female}, {"billionaire", 0}, {"activist", 0},
	{"President Dr.", 0}, {"Dictator", 0}, {"Commissioner", 0}, {"commissioner", 0},
	{"Chief Commissioner", 0}, {"Chief Operating Officer", 0}, {"Chief Financial Officer", 0},
	{"Chief Executive Officer", 0}, {"Chief Technology Officer", 0}, {"COO", 0}, {"CFO", 0}, {"CTO", 0},
	{"Pastor", 0}, {"pastor", 0}, {"Rabbi", 0}, {"rabbi", 0}, {"Imam", Male}, {"imam", Male}, {"Prophet", Male},
	{"Deacon", 0}, {"Doctor", 0}, {"Administrator", 0}, {"administrator", 0}, {"Presiding Judge", 0},
	{"Councillor", 0}, {"Councilor", 0}, {"Councilman", Male}, {"Councilwoman", Female},
	{"Assemblyman", Male}, {"Assemblywoman", Female},
	{"Executive Vice President", 0}, {"Senior Vice President", 0}, {"Managing Director", 0}, {"Inspector", 0}, {"Detective", 0}, {"Officer", 0}, {"Superintendent", 0},
}

// agencyNouns are lower-case heads that, after a possessive country
// ("South Korea's intelligence agency"), name an organisation.
var agencyNouns = []string{
	"intelligence agency", "spy agency", "intelligence service", "national intelligence service",
	"security service", "foreign intelligence service", "military intelligence", "intelligence",
	"foreign ministry", "defence ministry", "defense ministry", "interior ministry", "health ministry",
	"finance ministry", "justice ministry", "emergency ministry", "emergencies ministry", "ministry",
	"military", "army", "navy", "air force", "armed forces", "marines", "coast guard", "border guard",
	"border service", "police", "national police", "government", "cabinet", "parliament", "legislature",
	"central bank", "state media", "state news agency", "news agency", "state television", "state tv",
	"embassy", "general staff", "joint chiefs of staff", "defence forces", "defense forces",
	"national security council", "supreme court", "constitutional court", "election commission",
	"foreign office", "state department", "energy ministry", "trade ministry", "economy ministry",
	"nuclear agency", "space agency", "weather agency", "statistics agency", "statistics office",
	"prosecutors", "prosecutor's office", "prosecutor-general's office", "presidential office",
	"ruling party", "opposition party", "national assembly", "military command", "high command",
}

// orgSuffixes end organisation names.
var orgSuffixes = []string{
	"Inc.", "Inc", "Corp.", "Corp", "Corporation", "Co.", "Ltd.", "Ltd", "LLC", "LLP", "L.P.", "PLC", "plc", "AG", "SA",
	"S.A.", "N.V.", "GmbH", "Group", "Holdings", "Agency", "Ministry", "Party", "Council", "Committee",
	"Commission", "University", "College", "Institute", "Bank", "Army", "Navy", "Service", "Services",
	"Department", "Office", "Bureau", "Authority", "Association", "Federation", "Union", "Foundation",
	"Fund", "Organization", "Organisation", "Airlines", "Airways", "Air", "Motors", "Industries",
	"Systems", "Technologies", "Company", "Court", "Assembly", "Parliament", "Congress", "Senate",
	"Forces", "Force", "Guard", "Corps", "Brigade", "Battalion", "Regiment", "Division", "Police",
	"Times", "Post", "News", "Press", "Journal", "Herald", "Telegraph", "Tribune", "Network", "Channel",
	"Television", "Radio", "Club", "FC", "League", "Society", "Center", "Centre", "Hospital", "School",
	"Board", "Administration", "Directorate", "Secretariat", "Command", "Front", "Movement", "Alliance",
	"Coalition", "Brotherhood", "Church", "Laboratories", "Labs", "Pharmaceuticals", "Energy", "Petroleum",
	"Oil", "Gas", "Electric", "Electronics", "Telecom", "Communications", "Media", "Studios", "Records",
	"Entertainment", "Partners", "Capital", "Investments", "Securities", "Exchange", "Reserve",
	"Computer", "Computers", "Corps", "Software", "Aerospace", "Aviation", "Aircraft", "Airplanes", "Aeronautics", "Motor", "Steel", "Foods",
	"Pharma", "Insurance", "Trust", "Records", "Publishing", "Magazine", "Gazette", "Daily", "Weekly",
}

// placeSuffixes end names of places and facilities.
var placeSuffixes = []string{
	"Airport", "Beach", "Square", "Street", "Avenue", "Road", "Bridge", "Park", "Harbor", "Harbour",
	"Port", "City", "Town", "Heights", "Hills", "Springs", "Falls", "Station", "Stadium", "Arena",
	"Palace", "Base", "Airbase", "Plant", "Dam", "Canal", "Highway", "Boulevard", "Plaza", "Tower",
	"Building", "Hall", "Cathedral", "Mosque", "Temple", "Prison", "Camp", "Village", "Crossing",
}

// orgHeads start organisation names that continue with "of" or "for".
var orgHeads = []string{
	"Ministry", "Department", "University", "Bank", "Institute", "Office", "Bureau", "Council",
	"Commission", "Committee", "Organization", "Organisation", "Federation", "Union", "Association",
	"Court", "House", "Board", "Agency", "Party", "Army", "Church", "College", "Academy", "Society",
	"Museum", "Embassy", "Secretariat", "Directorate", "Chamber", "Federal", "National", "Royal",
	"Central", "International", "Supreme", "State", "Islamic", "People's", "Democratic", "Korean",
}

// regionWords turn the capitalised name before them into a region.
var regionWords = []string{
	"region", "Region", "oblast", "Oblast", "province", "Province", "district", "District", "county",
	"County", "prefecture", "Prefecture", "governorate", "Governorate", "krai", "Krai", "territory",
	"Territory", "state", "canton", "municipality", "valley", "Valley", "peninsula", "Peninsula",
	"island", "Island", "islands", "Islands", "mountains", "Mountains", "river", "River", "lake", "Lake",
	"sea", "Sea", "ocean", "Ocean", "strait", "Strait", "gulf", "Gulf", "bay", "Bay", "desert", "Desert",
	"front", "frontier", "border area", "area",
}

// eventWords make a capitalised name an event.
var eventWords = []string{
	"War", "Olympics", "Games", "Cup", "Championship", "Championships", "Summit", "Conference", "Forum",
	"Festival", "Revolution", "Uprising", "Massacre", "Offensive", "Crisis", "Election", "Elections",
	"Referendum", "Expo", "Marathon", "Open", "Awards", "Prix", "Show", "Airshow", "Exhibition",
}

// commonWords are lower-case words that often start a sentence or a
// headline capitalised without naming anything. The entity step also
// learns such words per document from their lower-case uses.
var commonWords = []string{
	"a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they",
	"we", "i", "you", "his", "her", "their", "our", "my", "your", "some", "many", "most", "several",
	"few", "all", "both", "each", "every", "any", "no", "none", "other", "another", "such", "one", "two",
	"three", "four", "five", "six", "seven", "eight", "nine", "ten", "and", "but", "or", "nor", "so",
	"yet", "for", "if", "when", "while", "after", "before", "since", "until", "because", "although",
	"though", "as", "at", "by", "in", "on", "of", "to", "from", "with", "without", "within", "into",
	"during", "under", "over", "about", "against", "among", "between", "through", "despite", "according",
	"amid", "following", "however", "meanwhile", "moreover", "furthermore", "also", "still", "instead",
	"then", "now", "today", "yesterday", "tomorrow", "earlier", "later", "last", "next", "first",
	"second", "third", "finally", "overall", "currently", "recently", "previously", "already", "even",
	"only", "just", "not", "what", "which", "who", "whom", "whose", "where", "why", "how", "whether",
	"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would",
	"can", "could", "may", "might", "must", "should", "shall", "officials", "experts", "analysts",
	"residents", "witnesses", "police", "troops", "soldiers", "people", "critics", "authorities",
	"sources", "reports", "asked", "speaking", "asked", "unlike", "like", "once", "where", "local",
	"foreign", "state", "new", "old", "former", "top", "senior", "government", "military", "security",
	"breaking", "update", "updated", "exclusive", "analysis", "opinion", "editorial", "watch", "video",
	"photos", "read", "more", "see", "yes", "well", "thus", "hence", "therefore", "indeed", "perhaps",
	"maybe", "nevertheless", "nonetheless", "otherwise", "besides", "elsewhere", "initially", "although",
	"unless", "whereas", "neither", "either", "upon", "via", "per", "around", "near", "toward", "towards",
	"across", "along", "behind", "beyond", "inside", "outside", "throughout", "above", "below",
	"report", "statement", "people", "please", "thanks", "thank", "hi", "hello", "hey", "dear", "regards",
	"sincerely", "cheers", "ok", "okay", "lol", "wow", "oh", "sorry", "great", "good", "nice", "note",
	"fax", "tel", "phone", "email", "re", "fw", "fwd", "subject", "attached", "parts", "government",
}

// temporalWords are capitalised words that name times, never entities.
var temporalWords = []string{
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
	"Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.", "I", "AM", "PM", "a.m.",
	"p.m.", "GMT", "UTC", "EST", "EDT", "PST", "BST", "CET", "KST", "MSK",
}
