// An Armenian family's home is named in the Armenian script ("Ամառանոցի խոհանոց", "Ջրհորի տնակ", "Տատիկի լամպ") and
// asked about in English too ("what's in the well house", "the dacha kitchen light"): each Armenian name of a device,
// door, window, room or zone gets the English its words say as an alias (lexicon/armenianNames.json; a word found by
// its stem whatever case it carries, "Ամառանոցի" the dacha's, an owner's genitive the owner's: "Տատիկի" tatik's), so an
// English question, or an Armenian one read into English, finds it. Armenian puts a genitive before its noun as English
// puts a modifier, so the words keep their order. Only a home with an Armenian letter in a name is read so.
import type { Entity } from '../../../src-shared/protocol/entities';
import raw from '../lexicon/armenianNames.json';
import { ARMENIAN, armenianKey, armenianStems } from './armenianLetters';
import { withEnglishAliases } from './englishNameAliases';

/** At most this many English forms of one name (alternatives of its words multiply). */
const MAX_FORMS = 4;
/** The most words of one lexicon phrase ("ջրի արտահոսքի տվիչ"). */
const LONGEST = 4;

/** Each lexicon phrase by the stems of its words, keyed as the name's words are. */
const byStems = (table: Record<string, string>): Array<{ stems: Array<readonly string[]>; english: string[] }> =>
  Object.entries(table).map(([said, english]) => ({ stems: said.split(/\s+/).map((w) => armenianStems(armenianKey(w))), english: english.split('|') }));
const NAMES = byStems(raw.names);
const OWNERS = byStems(raw.owners);

/** The home is written in Armenian: a name with an Armenian letter. */
export function isArmenianHome(entities: readonly Entity[]): boolean {
  return entities.some((e) => ARMENIAN.test(e.name));
}

const sameWord = (a: readonly string[], b: readonly string[]): boolean => a.some((s) => b.includes(s));

/** The English forms of an Armenian name ("Ջրհորի տնակ": "well house"); none when no word is known. Words of no
 *  Armenian letter ("Baxi", "1") are kept; an Armenian word unknown leaves the name without English. */
export function englishOfArmenianName(name: string): string[] {
  if (!ARMENIAN.test(name)) return [];
  const typed = name.split(/\s+/).filter(Boolean);
  const stems = typed.map((w) => armenianStems(armenianKey(w.replace(/[.,]$/, ''))));
  let forms: string[] = [''];
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i] ?? '';
    let options: string[] | undefined;
    for (let len = Math.min(LONGEST, typed.length - i); len >= 1 && !options; len--) {
      const found = [...NAMES, ...OWNERS].find((p) => p.stems.length === len && p.stems.every((s, j) => sameWord(s, stems[i + j] ?? [])));
      if (found) {
        options = found.english;
        i += len - 1;
      }
    }
    if (!options && ARMENIAN.test(word)) return [];
    forms = forms.flatMap((f) => (options ?? [word]).map((o) => `${f} ${o}`.trim())).slice(0, MAX_FORMS);
  }
  return forms.filter((f) => f && f !== name.toLowerCase());
}

/** The home's entities, each Armenian name with its English forms among its aliases; the same list when not Armenian. */
export function withArmenianNames(entities: Entity[]): Entity[] {
  if (!isArmenianHome(entities)) return entities;
  return withEnglishAliases(entities, englishOfArmenianName);
}
