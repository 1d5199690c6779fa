// A Kazakh family's home is named in Kazakh Cyrillic ("Қонақ бөлме шамы", "Монша пеші", "Әженің радиаторы") and asked
// about in English and Russian too ("is the living room light on", "what app for the sauna stove"): each Cyrillic
// name of a device, door, window, room or zone gets the English its Kazakh words say as an alias (lexicon/kazakh.json:
// the words with their possessive forms, "шамы" light, "бөлмесі" room), so an English question, or a Russian one read
// into English, finds it. An owner's genitive is the owner's ("Дананың шамы" is dana's light, "Әженің" grandma's). Only
// a home that writes a letter only Kazakh has (ә ғ қ ң ұ һ; not і, which Ukrainian writes too) is read so: every other home is left as it is.
import type { Entity } from '../../../src-shared/protocol/entities';
import { withEnglishAliases } from './englishNameAliases';
import raw from '../lexicon/kazakh.json';
import { KAZAKH_ONLY_LETTERS } from './mongolianLetters';

/** At most this many English forms of one name (alternatives of its words multiply). */
const MAX_FORMS = 4;
/** The most words of one lexicon phrase ("алма бағы", "кіру есігі"). */
const LONGEST = 3;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** A Kazakh genitive ending: the word before is an owner ("Дананың", "Алиханның", "Бөрінің"). */
const GENITIVE = /(ның|нің|дың|дің|тың|тің)$/u;

const LATIN_OF: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh',
  һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const latin = (word: string): string => [...word.toLowerCase()].map((c) => LATIN_OF[c] ?? c).join('');

const NAMES = new Map(Object.entries(raw.names).map(([said, english]) => [said, english.split('|')]));
const OWNERS = new Map(Object.entries(raw.owners).map(([said, english]) => [said, english.split('|')]));

/** The home is written in Kazakh: a name or description with a letter only Kazakh writes. */
export function isKazakhHome(entities: readonly Entity[]): boolean {
  return entities.some((e) => KAZAKH_ONLY_LETTERS.test(e.name) || (typeof e.content['description'] === 'string' && KAZAKH_ONLY_LETTERS.test(e.content['description'])));
}

/** The English forms of a Kazakh name ("Монша пеші": "sauna stove", "sauna heater"); none when no word is known. A
 *  part in brackets is a remark ("Пәтер (9 қабат)" is the flat): the name without it comes first. */
export function englishOfKazakhName(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (bare !== name && bare) return [...new Set([...englishOfWords(bare), ...englishOfWords(name)])].slice(0, MAX_FORMS);
  return englishOfWords(name);
}

function englishOfWords(name: string): string[] {
  const typed = name.toLowerCase().replace(/[()—–-]/g, ' ').split(/\s+/).filter(Boolean);
  let forms: string[] = [''];
  let known = false;
  for (let i = 0; i < typed.length; i++) {
    let options: string[] | undefined;
    for (let len = Math.min(LONGEST, typed.length - i); len >= 1 && !options; len--) {
      const phrase = typed.slice(i, i + len).join(' ');
      options = NAMES.get(phrase) ?? OWNERS.get(phrase);
      if (options) i += len - 1;
    }
    const word = typed[i] ?? '';
    if (options) known = true;
    else if (!CYRILLIC.test(word)) options = [word];
    else options = [GENITIVE.test(word) ? `${latin(word.replace(GENITIVE, ''))}'s` : latin(word)];
    forms = forms.flatMap((f) => (options ?? []).map((o) => `${f} ${o}`.trim())).slice(0, MAX_FORMS);
  }
  return known ? forms.filter((f) => f && f !== name.toLowerCase()) : [];
}

/** The home's entities, each Kazakh name with its English forms among its aliases; the same list when not Kazakh. */
export function withKazakhNames(entities: Entity[]): Entity[] {
  if (!isKazakhHome(entities)) return entities;
  return withEnglishAliases(entities, englishOfKazakhName);
}
