/**
 * The words that make a phrase a role. A descriptor counts only when its head is one of `ROLE_HEADS`
 * ("US envoy", "Hamas's chief negotiator"): without one, "Doha, Qatar" or "Witkoff, who is looking to
 * mend ties" would read as roles. Lower case; a trailing full stop is dropped before lookup.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  // Offices and ranks
  "president", "vice-president", "minister", "premier", "chancellor", "secretary", "envoy", "ambassador",
  "diplomat", "spokesman", "spokeswoman", "spokesperson", "negotiator", "mediator", "leader", "chief",
  "head", "director", "chairman", "chairwoman", "chair", "governor", "senator", "congressman",
  "congresswoman", "lawmaker", "legislator", "mayor", "speaker", "commissioner", "commander", "general",
  "admiral", "colonel", "officer", "official", "adviser", "advisor", "aide", "deputy", "representative",
  "delegate", "judge", "justice", "prosecutor", "attorney", "lawyer", "king", "queen", "prince",
  "princess", "emir", "sheikh", "monarch", "ruler", "pope", "archbishop", "bishop", "cardinal", "rabbi",
  "imam", "cleric", "ayatollah", "founder", "co-founder", "ceo", "executive", "manager", "coordinator",
  "nominee", "candidate", "strategist", "member", "mp", "mk", "cabinet", "secretary-general",
  "director-general", "chief-of-staff", "inspector", "superintendent", "sergeant", "sgt", "captain",
  "lieutenant", "major", "hostage", "prisoner", "captive", "soldier", "guard", "fighter", "militant",
  // Trades and callings news names people by
  "correspondent", "reporter", "journalist", "editor", "columnist", "anchor", "host", "analyst",
  "economist", "historian", "professor", "scientist", "researcher", "expert", "doctor", "surgeon",
  "activist", "campaigner", "businessman", "businesswoman", "entrepreneur", "investor", "billionaire",
  "developer", "actor", "actress", "singer", "rapper", "musician", "author", "writer", "novelist",
  "filmmaker", "director", "producer", "athlete", "player", "coach", "striker", "teacher", "student",
  "anthropologist", "archaeologist", "neuroscientist", "physician", "nurse", "pilot", "witness",
  "eyewitness", "pundit", "commentator", "blogger", "preacher", "priest", "magnate", "tycoon",
  // Family
  "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "son-in-law",
  "daughter-in-law", "widow", "niece", "nephew", "cousin", "uncle", "aunt", "grandson", "granddaughter",
  // What organisations are called
  "group", "movement", "party", "organisation", "organization", "agency", "ministry", "militia",
  "faction", "network", "newspaper", "broadcaster", "outlet", "company", "firm", "union", "alliance",
  "coalition", "council", "committee", "body", "authority", "force", "army", "court", "government",
  "administration", "bank", "fund", "charity", "ngo", "think-tank", "institute", "university",
]);

/**
 * Lower-case words that may stand before a role's head ("former", "senior", "foreign ministry").
 * Capitalised words (nationalities, offices, names) may always stand there.
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  "former", "senior", "junior", "deputy", "acting", "interim", "chief", "top", "special", "late", "vice",
  "foreign", "finance", "defence", "defense", "interior", "justice", "health", "prime", "ministry",
  "presidential", "vice-presidential", "presumptive", "incumbent", "current", "longtime", "long-time",
  "political", "military", "security", "intelligence", "national", "regional", "local", "state",
  "federal", "general", "executive", "assistant", "associate", "principal", "public", "press", "peace",
  "opposition", "party", "campaign", "communications", "news", "terror", "terrorist", "militant",
  "armed", "islamist", "jihadist", "extremist", "far-right", "far-left", "right-wing", "left-wing",
  "conservative", "liberal", "democratic", "republican", "independent", "shadow", "civil", "rights",
  "human", "white", "house", "foreign-affairs", "affairs", "hostage", "negotiating", "lead", "head",
  "staff", "legal", "media", "technology", "tech", "oil", "energy", "trade", "economic", "elected",
  "newly", "designated", "de", "facto", "team", "general's", "bureau", "politburo", "council",
  "security-council", "army", "navy", "police", "air", "force", "intelligence", "public-health",
  "health", "school", "law", "business", "television", "radio", "tv", "film", "music", "pop", "hip-hop",
  "real", "estate", "real-estate", "property", "investment", "us", "u.s.", "un", "eu", "world", "master",
  "first", "second", "third", "field", "parliamentary", "cabinet", "government", "press",
]);

/** Words that end a role phrase read from a name rightwards ("Witkoff, the US envoy for peace missions under …"). */
export const ROLE_STOPS: ReadonlySet<string> = new Set([
  "who", "which", "that", "whose", "under", "since", "during", "after", "before", "when", "while",
  "where", "as", "and", "but", "or", "is", "was", "has", "had", "said", "says", "told", "with",
]);

/** Leading words a role drops when normalised: articles and the entity's own possessive pronouns. */
export const ROLE_LEADS = /^(?:(?:the|a|an|his|her|its|their)\s+)+/iu;

/** Honorifics that stand between a role and a name ("Prime Minister Sheikh Mohammed") and are no role themselves. */
export const HONORIFIC_WORDS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "dr", "sheikh", "sir", "dame", "monsenor", "monsignor"]);

/** A word's lookup key: lower case, without a trailing full stop. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

/**
 * Party adjectives: capitalised inside a role they name a party ("Democratic presidential nominee",
 * "Labour Party leader"), so they keep their capital where an office word would not.
 */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set([
  "democratic", "republican", "labour", "labor", "conservative", "liberal", "libertarian", "green",
  "tory", "socialist", "communist", "unionist", "nationalist", "progressive",
]);
