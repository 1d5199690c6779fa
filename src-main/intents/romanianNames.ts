// Romanian writes the article on the end of the noun and says a name's word in its case: "frigiderul"/"frigideru" of
// Frigider, "termostatul" of Termostat, "sufrageria" of Sufragerie, "centralei" of Centrala, "pivnița" of Pivniță. In a
// sentence with a Romanian marker (lexicon/romanianSpoken.json), a word that is no word of the home's names but shares
// its stem with one (article or case ending off, marks optional) is written as the name writes it, so the readers after
// it find the name. The same reading as czechNames.ts, with Romanian endings.
import romanian from './lexicon/romanianSpoken.json';
import type { HomeSnapshot } from './HomeIndex';
import places from './lexicon/romanian.json';
import { markerSet, saysMarker } from './saidWordSet';

const GATE = markerSet(romanian.markers.filter((m) => !m.includes(' ')));
const fold = (word: string): string => word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
/** Article and case endings, longest first: -ului, -ilor, -elor, -ul, -ei, -ii, -le, -lui, -u, -a, -e, -i. */
const ENDINGS = ['ului', 'ilor', 'elor', 'ule', 'lui', 'ul', 'ei', 'ii', 'le', 'ua', 'u', 'a', 'e', 'i'];
const MIN_STEM = 3;
const FIRST: ReadonlySet<string> = new Set(['room', 'zone', 'device', 'door', 'window']);
/** The lexicon's own words and its phrases' words are never a name's ("unde", "pornit" of no "Pornire …"). */
const LEXICON_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(romanian.words),
  ...romanian.dropped,
  ...Object.keys(romanian.phrases).flatMap((phrase) => phrase.split(' ')),
].map(fold));
/** Words the place and kind groups read whole ("dormitorul mare", "camera video"). */
const GROUP_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(places.places), ...Object.values(places.kinds), ...Object.values(places.openings)].flat().flatMap((p) => p.replace(/^=/, '').split(' ')).map(fold),
);

function stemOf(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}

interface NameStems { readonly stems: ReadonlyMap<string, string>; readonly words: ReadonlySet<string> }
const STEMS = new WeakMap<HomeSnapshot, NameStems>();
/** Each name word's stem and the word as the home writes it (places and devices first), and every word. */
function nameStems(snapshot: HomeSnapshot): NameStems {
  const known = STEMS.get(snapshot);
  if (known) return known;
  const stems = new Map<string, string>();
  const words = new Set<string>();
  const first = (type: string): number => (FIRST.has(type) ? 0 : 1);
  for (const entity of [...snapshot.byId.values()].sort((a, b) => first(a.entity_type) - first(b.entity_type))) {
    for (const word of entity.name.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length < MIN_STEM) continue;
      words.add(fold(word));
      const stem = stemOf(fold(word));
      if (!stems.has(stem)) stems.set(stem, word);
    }
  }
  const out = { stems, words };
  STEMS.set(snapshot, out);
  return out;
}

/** The sentence with each article or case form of a name's word written as the name writes it (see above). */
export function withRomanianNameForms(said: string, snapshot: HomeSnapshot): string {
  if (!saysMarker(said, GATE)) return said;
  const { stems, words } = nameStems(snapshot);
  return said.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const key = fold(word);
    if (key.length < MIN_STEM + 1 || words.has(key) || LEXICON_WORDS.has(key) || GROUP_WORDS.has(key)) return word;
    return stems.get(stemOf(key)) ?? word;
  });
}
