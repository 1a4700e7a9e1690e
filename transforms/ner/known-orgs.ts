/**
 * Organisations news names constantly but whose names give no shape clue (no head word
 * such as "Ministry", often one word or an acronym). Hand-written for this project: news
 * agencies and outlets, international bodies, and political parties and armed groups that
 * are in the news across many countries. Matched case-sensitively, whole tokens.
 */
export const KNOWN_ORGS: readonly string[] = [
  // News agencies and outlets
  "AFP", "Agence France-Presse", "Reuters", "Associated Press", "AP", "Bloomberg", "BBC", "CNN", "NPR", "PBS",
  "Al Jazeera", "Al Arabiya", "Al-Monitor", "Axios", "Politico", "Wikinews", "Xinhua", "TASS", "Interfax", "RIA Novosti",
  "Kyodo", "Yonhap", "ANSA", "Anadolu", "EFE", "UPI", "CBS", "NBC", "ABC News", "Fox News", "MSNBC", "CNBC",
  "Sky News", "ITV", "Channel 4", "RTÉ", "CBC", "Deutsche Welle", "France 24", "Euronews", "Haaretz", "Ynet",
  "The Times of Israel", "The Jerusalem Post", "The New Arab", "The New York Times", "The Washington Post",
  "The Wall Street Journal", "The Guardian", "The Independent", "The Telegraph", "The Times", "The Economist",
  "The Atlantic", "The Hill", "The Intercept", "Financial Times", "Le Monde", "Der Spiegel", "Asharq Al-Awsat",
  "Channel 12", "Army Radio", "Wafa", "Ma'an", "IRNA", "Tasnim", "Press TV", "SANA",
  // International bodies and alliances
  "UN", "U.N.", "United Nations", "NATO", "EU", "European Union", "European Commission", "WHO", "IMF", "World Bank",
  "UNICEF", "UNESCO", "UNRWA", "UNHCR", "OPEC", "ASEAN", "Arab League", "African Union", "OSCE", "IAEA", "ICC",
  "ICJ", "Interpol", "Red Cross", "Red Crescent", "Amnesty International", "Human Rights Watch", "Greenpeace",
  "G7", "G20", "BRICS", "Hamas", "Hezbollah", "Fatah", "PLO", "Islamic Jihad", "Houthis", "Taliban", "ISIS", "ISIL",
  "Islamic State", "al-Qaeda", "Al-Qaeda", "FIFA", "UEFA", "IOC",
  // Government agencies often named by acronym
  "FBI", "CIA", "NSA", "Pentagon", "Kremlin", "Mossad", "Shin Bet", "IDF", "IRGC", "MI5", "MI6", "GCHQ", "NASA",
  "ESA", "FSB", "SEC", "FDA", "Food and Drug Administration", "CDC", "EPA", "DHS", "ICE", "Knesset", "Bundestag", "Duma", "Congress", "Senate",
  // Political parties
  "Likud", "Religious Zionism", "Yesh Atid", "Shas", "Otzma Yehudit", "Meretz", "Yisrael Beytenu",
  "National Unity", "United Torah Judaism", "Ra'am", "GOP", "Labour",
  "Conservative Party", "Labour Party", "Liberal Democrats", "SNP", "Sinn Féin", "Fianna Fáil", "Fine Gael",
  "CDU", "CSU", "SPD", "AfD", "Bharatiya Janata Party", "BJP", "ANC", "Fidesz", "PiS", "Syriza", "Podemos",
  "Rassemblement National", "La République En Marche", "United Russia", "Communist Party", "Kuomintang", "KMT",
  "Justice and Development Party", "AKP", "CHP", "PKK", "Muslim Brotherhood", "Tories", "Lib Dems", "Liberal Democrats",
  // Companies news names by one word or a short name that gives no shape clue; names that are also
  // common words or surnames (Shell, Next, Ford, Dell) are left to the tagger.
  "Apple", "Microsoft", "Google", "Intel", "IBM", "Cisco", "Nokia", "Ericsson", "Motorola", "Samsung", "Sony",
  "Nintendo", "Toshiba", "Hitachi", "Panasonic", "Huawei", "Lenovo", "Alibaba", "Tencent", "Baidu", "Yahoo",
  "eBay", "Amazon", "Facebook", "Twitter", "Netflix", "Uber", "Tesla", "SpaceX", "Nvidia", "Qualcomm", "Oracle",
  "Hewlett-Packard", "Compaq", "Xerox", "Kodak", "Philips", "Siemens", "Toyota", "Honda", "Nissan", "Volkswagen",
  "BMW", "Renault", "Peugeot", "Fiat", "Volvo", "Daimler", "DaimlerChrysler", "Chrysler", "General Motors", "GM",
  "Boeing", "Airbus", "EADS", "Lufthansa", "Ryanair", "easyJet", "Qantas", "Aeroflot", "Alitalia", "Gazprom",
  "Yukos", "Rosneft", "Lukoil", "Sibneft", "Exxon", "ExxonMobil", "Chevron", "BP", "Petrobras", "Pemex", "Aramco",
  "Halliburton", "Glencore", "Vodafone", "Verizon", "AT&T", "Comcast", "Viacom", "Time Warner", "TimeWarner", "AOL",
  "Disney", "Pixar", "Vivendi", "Bertelsmann", "Walmart", "Wal-Mart", "Tesco", "Sainsbury's", "Carrefour",
  "Nestle", "Nestlé", "Unilever", "Danone", "PepsiCo", "Coca-Cola", "McDonald's", "Starbucks", "Nike", "Adidas",
  "Reebok", "Ikea", "Pfizer", "Novartis", "Roche", "GlaxoSmithKline", "AstraZeneca", "Bayer", "BASF", "Enron",
  "WorldCom", "Parmalat", "Citigroup", "Barclays", "HSBC", "Goldman Sachs", "Morgan Stanley", "JPMorgan",
  "JP Morgan", "Merrill Lynch", "Lehman Brothers", "Deutsche Bank", "UBS", "Credit Suisse", "Lloyds TSB",
  "Bank of America", "Infosys", "Wipro", "Tata", "Embraer", "Bombardier", "Lockheed Martin", "Raytheon",
  "BAE Systems", "Rolls-Royce",
  // Sports clubs whose names are not their city's: a city's name is a club only in a match report (sport.ts).
  "Arsenal", "Chelsea", "Tottenham", "Tottenham Hotspur", "Aston Villa", "Everton", "West Ham", "Manchester United",
  "Manchester City", "Newcastle United", "Leeds United", "Blackburn Rovers", "Bolton Wanderers", "Celtic", "Rangers",
  "Real Madrid", "Atletico Madrid", "Atlético Madrid", "Bayern Munich", "Borussia Dortmund", "Juventus", "Inter Milan",
  "AC Milan", "Lazio", "Ajax", "PSV Eindhoven", "Feyenoord", "Benfica", "Porto", "Sporting Lisbon", "Galatasaray",
  "Fenerbahce", "Olympiakos", "Anderlecht", "Boca Juniors", "River Plate",
];

/** Token lists keyed by first token, longest first. */
export function knownOrgIndex(tokenise: (s: string) => string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const name of KNOWN_ORGS) {
    const toks = tokenise(name);
    const list = out.get(toks[0]!) ?? [];
    list.push(toks);
    out.set(toks[0]!, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}
