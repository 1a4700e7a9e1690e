/**
 * Titles, ranks and honorifics that precede a name but are not part of it.
 * Lower-cased, periods removed; multi-word titles are handled by stripping
 * every leading title word ("Prime Minister", "Master Sgt.").
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
  "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "deputy", "foreign",
  "defense", "defence", "finance", "interior", "state", "general", "attorney", "governor", "gov",
  "senator", "sen", "representative", "rep", "congressman", "congresswoman", "speaker", "mayor",
  "ambassador", "envoy", "special", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
  "ceo", "director", "commissioner", "judge", "justice", "chief", "king", "queen", "prince", "princess",
  "emir", "sheikh", "sheik", "crown", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah",
  "father", "sister", "brother", "rev", "reverend", "saint",
  "sgt", "sergeant", "master", "staff", "first", "cpl", "corporal", "pvt", "private", "lt", "lieutenant",
  "capt", "captain", "maj", "major", "col", "colonel", "gen", "brig", "brigadier", "adm", "admiral",
  "cmdr", "commander", "officer", "detective", "det", "inspector", "supt", "superintendent", "constable",
  "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "leader", "lawmaker", "mp", "mk",
  "former", "late", "acting", "interim", "incumbent", "then", "elect",
]);

/** Normalises a token for title lookup: "Sgt." → "sgt". */
export function titleKey(token: string): string {
  // Called for most tokens by the span rules; a regex replace for the rare trailing period was a visible cost.
  const lower = token.toLowerCase();
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

/**
 * Words that a capitalised-word tagger tends to mark but that are never PER/ORG/LOC
 * in news: calendar words, holidays and news boilerplate.
 */
export const NEVER_ENTITY: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "phase", "shabbat", "sabbath", "ramadan", "eid", "christmas", "easter", "hanukkah", "passover", "yom",
  "kippur", "diwali", "thanksgiving", "halloween", "lent", "advent", "rosh", "hashanah", "sukkot", "purim",
  "god", "allah", "i", "the", "a", "an", "he", "she", "it", "they", "we", "you", "this", "that",
  // Initialisms for things, not people, organisations or places.
  "hiv", "aids", "dna", "rna", "drm", "gdp", "ceo", "cfo", "cto", "pdf", "usb", "api", "ai", "covid", "sars",
  "mers", "ebola", "lgbt", "lgbtq", "nft", "gps", "tv", "pc", "ok", "faq", "url", "html", "css", "os",
  // Faiths and their followers are not entities of these three kinds.
  "muslim", "muslims", "christian", "christians", "jewish", "jew", "jews", "catholic", "catholics", "sunni",
  "sunnis", "shia", "shiite", "shiites", "islam", "christianity", "judaism", "hindu", "hindus", "buddhist",
  "buddhists", "protestant", "protestants", "evangelical", "evangelicals", "earth", "internet",
  // A compass word alone is a direction, not a place ("North American desk" tags "North").
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
]);
