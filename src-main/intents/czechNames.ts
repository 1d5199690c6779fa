// Czech and Slovak say a name's word in its case: "v obýváku" of Obývák, "na lodžii" of Lodžie, "u Terezky" of
// Terezka, "bojleru" of Bojler, "zámku" of Zámek. In a sentence with a Czech marker (lexicon/czechSpoken.json), a word
// that is no word of the home's names but shares its stem with one (case ending off, marks optional, the fleeting "e"
// of "kotel"/"kotle") is written as the name writes it, so the readers after it find the name, never a description
// that happens to hold the inflected form ("vstup na lodžii" of the living room).
import czech from './lexicon/czechSpoken.json';
import type { HomeSnapshot } from './HomeIndex';
import { markerSet, saysMarker } from './saidWordSet';

const GATE = markerSet(czech.markers);
const fold = (word: string): string => word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
/** Case endings, longest first: nouns (-ovi, -ech, -ou, -em, -u, -y, -i, -e, -a) and adjectives (-ého, -ým, -ej). */
const ENDINGS = ['ovi', 'ech', 'ach', 'ich', 'ami', 'eho', 'emu', 'ych', 'ym', 'ej', 'ou', 'em', 'ii', 'ie', 'iu', 'ia', 'a', 'e', 'i', 'o', 'u', 'y'];
const MIN_STEM = 3;

function stemOf(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}
/** "kotel" → "kotl", "zamek" → "zamk": the stem its cases are built on when its last vowel drops. */
const fleeting = (stem: string): string => stem.replace(/e([^aeiouy])$/, '$1');

const STEMS = new WeakMap<HomeSnapshot, ReadonlyMap<string, string>>();
/** Each name word's stem and the word as the home writes it (the first one seen wins a shared stem). */
function nameStems(snapshot: HomeSnapshot): ReadonlyMap<string, string> {
  let stems = STEMS.get(snapshot);
  if (stems) return stems;
  const out = new Map<string, string>();
  for (const entity of snapshot.byId.values()) {
    for (const word of entity.name.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length < MIN_STEM + 1) continue;
      const stem = stemOf(fold(word));
      for (const key of [stem, fleeting(stem)]) if (!out.has(key)) out.set(key, word);
    }
  }
  STEMS.set(snapshot, (stems = out));
  return stems;
}

/** The sentence with each case form of a name's word written as the name writes it (see above). */
export function withCzechNameForms(said: string, snapshot: HomeSnapshot): string {
  if (!saysMarker(said, GATE)) return said;
  const stems = nameStems(snapshot);
  const own = new Set([...stems.values()].map(fold));
  return said.replace(/\p{L}+/gu, (word) => {
    const key = fold(word);
    if (key.length < MIN_STEM + 1 || own.has(key)) return word;
    return stems.get(stemOf(key)) ?? word;
  });
}
