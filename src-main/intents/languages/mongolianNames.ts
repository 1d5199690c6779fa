// A home named in Mongolian Cyrillic only ("Тагтны гэрэл", "Угаалгын сэнс", "Зочны өрөө") is asked about in English
// too ("is the balcony light on", "is the bathroom fan on", "how warm is the living room"): each Cyrillic name of a
// device, door, window, room or zone gets the English its words say (lexicon/mongolian.json) as an alias, so the
// English question finds it and its kind is known ("Угаалгын машин" is a washing machine). A word the lexicon
// doesn't know is kept in Latin letters ("Тэмүүлэнгийн радиатор" is "temuulen's radiator"). Only a home whose names
// or descriptions write ө or ү is Mongolian (mongolianLetters.ts): Russian, Ukrainian and Serbian homes are left as
// they are, and so is a Kazakh home (it writes ө and ү, and ә, ғ, қ, ң, ұ, һ, which Mongolian never writes).
import type { Entity } from '../../../src-shared/protocol/entities';
import { withEnglishAliases } from './englishNameAliases';
import { CYRILLIC, KAZAKH_ONLY_LETTERS, MONGOLIAN_LETTERS, mongolianInLatin, mongolianKey } from './mongolianLetters';
import { genitiveName, lexiconAt, ownerOf } from './mongolianWords';

/** At most this many English forms of one name (alternatives of its words multiply). */
const MAX_FORMS = 4;

/** The home is written in Mongolian: a name or description with ө or ү, and none with a letter only Kazakh writes
 *  ("Әженің бөлмесі", "Құдық": a Kazakh home writes ө and ү too, and is never read as Mongolian). */
export function isMongolianHome(entities: readonly Entity[]): boolean {
  const writes = (letters: RegExp): boolean => entities.some((e) => letters.test(e.name) || (typeof e.content['description'] === 'string' && letters.test(e.content['description'])));
  return writes(MONGOLIAN_LETTERS) && !writes(KAZAKH_ONLY_LETTERS);
}

/** The English forms of a Mongolian name ("Тагтны гэрэл": "balcony light"); none when it has no Cyrillic. */
export function englishOfName(name: string): string[] {
  if (!CYRILLIC.test(name)) return [];
  const typed = name.split(/\s+/).filter(Boolean);
  const keys = typed.map(mongolianKey);
  let forms: string[] = [''];
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i] ?? '';
    let options: string[];
    const known = CYRILLIC.test(word) ? lexiconAt(keys, i) : undefined;
    if (known) {
      options = known.english.split('|');
      i += known.length - 1;
    } else if (!CYRILLIC.test(word)) options = [word.toLowerCase()];
    else {
      const latin = mongolianInLatin(word);
      options = [ownerOf(keys[i] ?? '') ?? genitiveName(latin) ?? latin];
    }
    forms = forms.flatMap((f) => options.map((o) => `${f} ${o}`.trim())).slice(0, MAX_FORMS);
  }
  return forms.filter((f) => f && !CYRILLIC.test(f));
}

/** The home's entities, each Cyrillic name with its English forms among its aliases; the same list when not Mongolian. */
export function withMongolianNames(entities: Entity[]): Entity[] {
  if (!isMongolianHome(entities)) return entities;
  return withEnglishAliases(entities, englishOfName);
}
