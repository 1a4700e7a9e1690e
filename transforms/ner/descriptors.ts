/**
 * Words that describe a person without being part of their name: "Sprinter Kelly Holmes",
 * "Briton Tim Henman", "Blairite Alan Milburn", "Tory chancellor Ken Clarke". A tagger trained on
 * sentences often glues them to the name when they are capitalised. Lower-cased, full stops
 * removed (see `titleKey`). Job titles proper live in titles.ts, which the tagger's features use.
 */
export const DESCRIPTOR_WORDS: ReadonlySet<string> = new Set([
  // Offices and institutions that end a title phrase ("Chancellor of the Exchequer")
  "exchequer", "treasury", "pm", "dpm", "mep", "msp", "mla", "am", "qc", "kc", "cbe", "obe", "mbe",
  // Nationality nouns for people; the country adjectives come from the gazetteer
  "briton", "britons", "brit", "englishman", "englishwoman", "frenchman", "frenchwoman", "scot", "scotsman",
  "scotswoman", "welshman", "welshwoman", "irishman", "irishwoman", "dutchman", "dutchwoman", "spaniard",
  "swede", "dane", "finn", "pole", "turk", "kiwi", "aussie", "yank", "northerner", "southerner",
  // Party labels used as descriptions of a person
  "tory", "tories", "labour", "conservative", "liberal", "democrat", "republican", "socialist", "unionist",
  "nationalist", "blairite", "brownite", "thatcherite", "eurosceptic", "lib", "dem", "snp", "ukip", "gop",
  // Occupations and roles that head a description
  "sprinter", "runner", "athlete", "hurdler", "marathoner", "swimmer", "cyclist", "rower", "boxer", "golfer",
  "jockey", "skier", "skater", "gymnast", "batsman", "bowler", "spinner", "opener", "wicketkeeper", "winger",
  "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "fullback", "quarterback", "pitcher",
  "captain", "skipper", "coach", "manager", "boss", "chairman", "chairwoman", "chief", "executive",
  "founder", "owner", "tycoon", "billionaire", "magnate", "entrepreneur", "businessman", "businesswoman",
  "banker", "economist", "analyst", "lawyer", "barrister", "solicitor", "actor", "actress", "singer",
  "songwriter", "rapper", "guitarist", "drummer", "musician", "composer", "director", "producer", "writer",
  "author", "novelist", "poet", "playwright", "artist", "comedian", "presenter", "broadcaster", "journalist",
  "columnist", "editor", "model", "designer", "chef", "star", "superstar", "legend", "veteran", "rookie",
  "champion", "champ", "titleholder", "holder", "newcomer", "teenager", "youngster", "compatriot", "rival",
  "challenger", "favourite", "favorite", "outsider", "defending", "incumbent", "chancellor", "minister",
  "secretary", "spokesman", "spokeswoman", "spokesperson", "leader", "president", "premier", "senator",
  "mp", "peer", "baroness", "baron", "viscount", "earl", "duke", "duchess", "countess",
]);

/** Plural nouns for a party's or body's members that end a mis-tagged span: "Labour MPs" → "Labour". */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set([
  "mps", "meps", "msps", "ams", "mlas", "peers", "lords", "councillors", "supporters", "voters", "members",
  "activists", "leaders", "ministers", "rebels", "backbenchers", "frontbenchers", "candidates", "officials",
  "fans", "players", "officers", "staff", "workers", "employees", "shareholders", "executives",
]);

/**
 * Party words that, alone and singular, are an adjective ("a Lib Dem spokesman", "Tory plans"), not
 * a mention of the party: they never make an entity of their own.
 */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(["lib dem", "tory", "blairite", "brownite", "thatcherite", "eurosceptic"]);

/** Corporate suffixes: a name never continues past one ("Chrysler LLC Jim Press" is two names). */
export const CORPORATE_SUFFIX = /^(?:inc|corp|co|llc|ltd|plc|ag|nv|gmbh|llp|lp|bhd|pty|spa|sa)\.?$/i;

/** Facility heads after which a glued name is another entity ("Heathrow Airport Boeing"). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set(["airport", "stadium", "station", "arena", "park"]);

/**
 * Lower-case words that may sit inside a name: particles, "of the", "upon" ("Newcastle upon
 * Tyne"). Any other lower-case word inside a span is a verb or a common word between two names
 * ("Apple Corps sues Apple", "Leeds v Chelsea").
 */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  "of", "the", "and", "for", "de", "del", "della", "dei", "degli", "di", "da", "do", "dos", "das", "du", "des", "la",
  "le", "les", "el", "al", "bin", "ibn", "bint", "ben", "van", "von", "der", "den", "ten", "ter", "zu", "y", "e", "i",
  "upon", "on", "am", "an", "in", "at", "to", "und", "et", "au", "aux", "sur", "st", "'s", "’s", "'n'", "ul", "ud",
]);

/** Awards, events and competitions: named like people or places, but none of the three kinds. */
export const EVENT_NAMES: ReadonlySet<string> = new Set([
  "oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "bafta", "baftas", "golden globe", "golden globes",
  "nobel prize", "pulitzer", "grand slam", "grand prix", "world cup", "olympics", "olympic games",
  "paralympics", "super bowl", "world series", "champions league", "europa league", "six nations",
  "tour de france", "eurovision", "brexit",
]);

/** Last words of award, competition and festival names: "Brit Awards", "Davis Cup", "Glastonbury Festival". */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  "award", "awards", "prize", "trophy", "cup", "championship", "championships", "games", "olympics", "festival",
]);
