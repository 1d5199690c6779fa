// Russian says a name's word in its case: "в подсобке" of Подсобка, "в предбаннике" of Предбанник, "из мансарды" of
// Мансарда, "включи каменку" of a stove called "каменка". In a sentence with a Russian marker (lexicon/russianSpoken.json),
// a Cyrillic word that is no word of the home's names or aliases but shares its stem with one (the case ending off) is
// written as the home writes it, so the readers after it find the name. Cheap: a sentence with no Russian marker, or a
// home with no Cyrillic name, is left as typed.
import russian from '../lexicon/russianSpoken.json';
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { perSnapshot } from '../perSnapshot';

const GATE = markerSet(russian.markers);
/** Words the Russian lexicon reads itself ("теплице" is the greenhouse): never rewritten as a name's word. */
const READ_BY_LEXICON: ReadonlySet<string> = new Set([...Object.keys(russian.words), ...russian.dropped, ...Object.keys(russian.phrases).flatMap((p) => p.split(' '))]);
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Case endings, longest first (adjective and noun): "летнюю", "кухню", "подсобке", "мансарды". */
const ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ом', 'ем', 'ах', 'ях', 'ую', 'юю', 'ая', 'яя', 'ий', 'ый', 'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь'];
const MIN_STEM = 4;
/** The key of a 4-letter name word's 3-letter stem ("баня" → "бан"). */
const SHORT = '#';
const plain = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');
const stemOf = (word: string): string => {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
};

interface NameStems { readonly stems: ReadonlyMap<string, string>; readonly words: ReadonlySet<string> }
/** Each Cyrillic word of a name or alias by its stem (the first entity's wins), and every such word. */
const nameStems = perSnapshot((snapshot: HomeSnapshot): NameStems => {
  const stems = new Map<string, string>();
  const words = new Set<string>();
  for (const entity of snapshot.byId.values()) {
    const aliases = Array.isArray(entity.content['aliases']) ? (entity.content['aliases'] as unknown[]).filter((a): a is string => typeof a === 'string') : [];
    for (const name of [entity.name, ...aliases]) {
      for (const typed of name.split(/[^\p{L}]+/u)) {
        const word = plain(typed);
        // "баня" (4 letters) said "баню", "бане": its 3-letter stem, kept apart (SHORT) from the longer words' stems.
        if (word.length === MIN_STEM && /[ая]$/.test(word) && CYRILLIC.test(word) && !stems.has(SHORT + word.slice(0, -1))) stems.set(SHORT + word.slice(0, -1), typed.toLowerCase());
        if (word.length < MIN_STEM + 1 || !CYRILLIC.test(word)) continue;
        words.add(word);
        const stem = stemOf(word);
        if (!stems.has(stem)) stems.set(stem, typed.toLowerCase());
      }
    }
  }
  return { stems, words };
});

/** The sentence with each case form of a name's word written as the name writes it (see above). */
export function withRussianNameForms(said: string, snapshot: HomeSnapshot): string {
  if (!CYRILLIC.test(said) || !saysMarker(said, GATE)) return said;
  const { stems, words } = nameStems(snapshot);
  if (!stems.size) return said;
  return said.replace(/\p{Script=Cyrillic}+/gu, (typed) => {
    const word = plain(typed);
    if (word.length === MIN_STEM && /[уюеиы]$/.test(word) && stems.has(SHORT + word.slice(0, -1))) return stems.get(SHORT + word.slice(0, -1)) ?? typed;
    if (word.length < MIN_STEM + 1 || words.has(word) || READ_BY_LEXICON.has(word)) return typed;
    return stems.get(stemOf(word)) ?? typed;
  });
}
