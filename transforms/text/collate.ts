// English collation, made once. `a.localeCompare(b, "en", …)` builds a collator on every call; over
// the tens of thousands of names a site sorts, that costs seconds of a 5,000-article build.
// Same order: `localeCompare(b, locales, options)` is defined as `new Intl.Collator(locales, options).compare`.

/** English order, accents and case telling apart names that are otherwise equal. */
export const compareEnglish = new Intl.Collator("en").compare;

/** English order ignoring case and accents, for A–Z lists. */
export const compareEnglishBase = new Intl.Collator("en", { sensitivity: "base" }).compare;
