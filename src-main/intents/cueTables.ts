// Lookups in the cue tables that several languages share: a lead word typed without its accents ("donde esta",
// "cuantas"), and a lead verb two languages have ("apaga", "abre" are Spanish and Portuguese), read in the language
// whose words the rest of the sentence uses ("apaga a luz da cozinha" is Portuguese).
import { plain } from './commandSayings';
import { FRAME_LEXICONS } from './frameLexicons';
import { otherLanguagesDeterminer, ownDeterminerCount } from './ownDeterminers';

type Table = Record<string, Record<string, string>>;
/** Languages whose accents are often left off when typing (the Romance ones); "å" or "ü" is another letter, not an accent. */
const FOLDED = new Set(Object.keys(FRAME_LEXICONS));
interface Lead { english: string; length: number; language: string }

const UNACCENTED = new WeakMap<Record<string, string>, Map<string, string>>();
/** A table keyed without accents; an entry typed without accents wins over a folded one ("que" over "qué"). */
function unaccentedEntries(entries: Record<string, string>): ReadonlyMap<string, string> {
  let map = UNACCENTED.get(entries);
  if (!map) {
    map = new Map();
    for (const [phrase, english] of Object.entries(entries)) if (!map.has(plain(phrase)) || plain(phrase) === phrase) map.set(plain(phrase), english);
    UNACCENTED.set(entries, map);
  }
  return map;
}

/** The entry for a phrase as typed, else for it without accents (three letters or more: "a" is no "à", "e" no "é"). */
export function entryFor(entries: Record<string, string>, phrase: string): string | undefined {
  return entries[phrase] ?? (phrase.length >= 3 ? unaccentedEntries(entries).get(plain(phrase)) : undefined);
}

/** Every language's entry for the longest phrase from `at` (up to `maxLength` words), in table order. */
export function leadsAt(words: readonly string[], at: number, table: Table, maxLength: number): Lead[] {
  if (!mayLead(words[at], table)) return [];
  for (let len = Math.min(maxLength, words.length - at); len >= 1; len--) {
    const phrase = words.slice(at, at + len).join(' ');
    const found = Object.entries(table).flatMap(([language, entries]) => {
      const english = FOLDED.has(language) ? entryFor(entries, phrase) : entries[phrase];
      return english === undefined ? [] : [{ english, length: len, language }];
    });
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Every phrase's first word in a table, as typed (any language) and without accents (the Romance ones, as entryFor
 * folds them): most sentences open with no lead, which one look-up tells before any phrase is joined and folded.
 * Kept per language's entries, not per table: a caller may wrap one language's entries in a table of its own for every
 * word it reads (cueWordsInEnglish), and a table kept by its object made the index again for each of those words.
 */
const FIRST_WORDS = new WeakMap<Record<string, string>, { typed: Set<string>; folded: Set<string> }>();
function firstWordsOf(entries: Record<string, string>): { typed: Set<string>; folded: Set<string> } {
  let first = FIRST_WORDS.get(entries);
  if (!first) {
    first = { typed: new Set(Object.keys(entries).map((phrase) => phrase.split(' ')[0] ?? phrase)), folded: new Set([...unaccentedEntries(entries).keys()].map((phrase) => phrase.split(' ')[0] ?? phrase)) };
    FIRST_WORDS.set(entries, first);
  }
  return first;
}

function mayLead(word: string | undefined, table: Table): boolean {
  if (word === undefined) return false;
  if (word.includes(' ')) return true;
  // A word that folds to more than one word (a spacing accent, "¨") is left to the full look-up.
  let folded: string | undefined;
  for (const [language, entries] of Object.entries(table)) {
    const first = firstWordsOf(entries);
    if (first.typed.has(word)) return true;
    if (!FOLDED.has(language)) continue;
    folded ??= plain(word);
    if (folded.includes(' ') || first.folded.has(folded)) return true;
  }
  return (folded ?? plain(word)).includes(' ');
}

/**
 * Of the languages a lead is in, the one whose own words (`within`) the rest of the sentence uses most; a determiner
 * only that language has counts as one of its words ("apaga a luz": "a" is a Portuguese article, ownDeterminers.ts).
 */
export function likeliestLead(leads: readonly Lead[], rest: readonly string[], within: Table): Lead | undefined {
  if (leads.length <= 1) return leads[0];
  const known = (lead: Lead): number => rest.filter((w) => within[lead.language]?.[w] !== undefined && !otherLanguagesDeterminer(lead.language, w)).length + ownDeterminerCount(lead.language, rest);
  return leads.reduce((best, lead) => (known(lead) > known(best) ? lead : best));
}
