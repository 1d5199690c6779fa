// Serbian is written in two scripts that map letter for letter ("Дневна соба" is "Dnevna soba", "љ" is "lj"), and a
// household mixes them: the grandfather types Cyrillic, the teens Latin, and the home names things in either. A
// sentence in Serbian Cyrillic is read in Latin letters, so the one Serbian lexicon (lexicon/serbianSpoken.json) reads
// both; the home's names are found again in their own script by serbianNames.ts. Only a sentence whose Cyrillic
// letters are all Serbian ones is read, with a letter only Serbian writes (ј љ њ ћ ђ џ) or in a home that names
// something with one: Ukrainian and Russian write і, ї, є, ы, я, ю, й …, which Serbian has not.
import type { HomeSnapshot } from '../HomeIndex';

const LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm',
  н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};
const CYRILLIC = /\p{Script=Cyrillic}/u;
const SERBIAN_ONLY = /[јљњћђџЈЉЊЋЂЏ]/u;

/** The word or sentence in Serbian Latin letters ("Дедина соба" → "Dedina soba"); other letters as they are. */
export function serbianLatin(text: string): string {
  return text.replace(/\p{Script=Cyrillic}/gu, (letter) => {
    const lower = letter.toLowerCase();
    const latin = LATIN[lower];
    if (latin === undefined) return letter;
    return lower === letter ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}

/** Are all the Cyrillic letters of the text Serbian ones? */
const allSerbian = (text: string): boolean => [...text].every((c) => !CYRILLIC.test(c) || LATIN[c.toLowerCase()] !== undefined);

const NAMED_IN_SERBIAN = new WeakMap<HomeSnapshot, boolean>();
/** Does the home name something with a letter only Serbian Cyrillic writes? (Once per snapshot.) */
export function namedInSerbianCyrillic(snapshot: HomeSnapshot): boolean {
  let named = NAMED_IN_SERBIAN.get(snapshot);
  if (named === undefined) {
    named = [...snapshot.byId.values()].some((e) => SERBIAN_ONLY.test(e.name) && allSerbian(e.name));
    NAMED_IN_SERBIAN.set(snapshot, named);
  }
  return named;
}

/** A sentence in Serbian Cyrillic in Latin letters; undefined for any other sentence. */
export function serbianInLatin(said: string, snapshot: HomeSnapshot): string | undefined {
  if (!CYRILLIC.test(said) || !allSerbian(said)) return undefined;
  if (!SERBIAN_ONLY.test(said) && !namedInSerbianCyrillic(snapshot)) return undefined;
  return serbianLatin(said);
}
