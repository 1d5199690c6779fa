// Czech and Slovak say a name's word in its case: "v obýváku" of Obývák, "na lodžii" of Lodžie, "u Terezky" of
// Terezka, "bojleru" of Bojler, "zámku" of Zámek. In a sentence with a Czech marker (lexicon/czechSpoken.json), a word
// that is no word of the home's names but shares its stem with one (case ending off, marks optional, the fleeting "e"
// of "kotel"/"kotle") is written as the name writes it, so the readers after it find the name, never a description
// that happens to hold the inflected form ("vstup na lodžii" of the living room).
import czech from '../lexicon/czechSpoken.json';
import type { HomeSnapshot } from '../HomeIndex';
import places from '../lexicon/czech.json';
import sites from '../lexicon/sites.json';
import { markerSet, saysMarker } from '../saidWordSet';
import { withoutMarks } from '../normalizeText';

const GATE = markerSet(czech.markers);
const PREPOSITIONS = markerSet(['v', 've', 'na', 'u', 'z', 'ze', 'od', 'k', 'ke']);
/** Case endings, longest first: nouns (-ovi, -ech, -ou, -em, -u, -y, -i, -e, -a) and adjectives (-ého, -ým, -ej). */
const ENDINGS = ['ovi', 'ech', 'ach', 'ich', 'ami', 'eho', 'emu', 'ych', 'ym', 'ej', 'ou', 'em', 'ii', 'ie', 'iu', 'ia', 'a', 'e', 'i', 'o', 'u', 'y'];
const MIN_STEM = 3;
const FIRST: ReadonlySet<string> = new Set(['room', 'zone', 'device', 'door', 'window']);
/**
 * Meanings of the lexicon's small words: a word read so ("doma" is at home) is never a name's ("Odchod z domu"), nor is
 * a word of its phrases ("dobrý den" is no "Dobrou noc").
 */
const SMALL_MEANINGS: ReadonlySet<string> = new Set(['at home', 'outside', 'upstairs', 'downstairs', 'now', 'there', 'too', 'it', 'the', 'and', 'or', 'in', 'at', 'to', 'from', 'for', 'with', 'what', 'where', 'when', 'who', 'why', 'how', 'which', 'is', 'are', 'has', 'do we have', 'do i have', 'all', 'everything', 'how many']);
const LEXICON_WORDS: ReadonlySet<string> = new Set([
  ...Object.entries(czech.words).filter(([, meant]) => SMALL_MEANINGS.has(meant)).map(([said]) => said),
  ...czech.dropped,
  ...Object.keys(czech.phrases).flatMap((phrase) => phrase.split(' ')),
]);
/** Words the place groups read whole: the first of a phrase ("detskej izbe") or a second house ("na chatě"). */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(places.places).flat().filter((p) => p.includes(' ')).map((p) => p.split(' ')[0] ?? ''),
  ...sites.siteNouns,
].map((w) => withoutMarks(w.replace(/^=/, ''))));

function stemOf(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}
/** "kotel" → "kotl", "zamek" → "zamk": the stem its cases are built on when its last vowel drops. */
const fleeting = (stem: string): string => stem.replace(/e([^aeiouy])$/, '$1');

interface NameStems { readonly stems: ReadonlyMap<string, string>; readonly words: ReadonlySet<string> }
/** Letters only Czech and Slovak write (ě ř ů ť ď ň ľ ĺ ŕ; not ä or ô, which German, Swedish and French write too). */
const CZECH_LETTERS = /[ěřůťďňľĺŕ]/iu;
const NAMED_IN_CZECH = new WeakMap<HomeSnapshot, boolean>();
/** Does the home write a name with a letter only Czech or Slovak has? (Once per snapshot.) */
function namedInCzech(snapshot: HomeSnapshot): boolean {
  let named = NAMED_IN_CZECH.get(snapshot);
  if (named === undefined) NAMED_IN_CZECH.set(snapshot, (named = [...snapshot.byId.values()].some((e) => CZECH_LETTERS.test(e.name))));
  return named;
}

const STEMS = new WeakMap<HomeSnapshot, NameStems>();
/**
 * Each name word's stem and the word as the home writes it, and every word. Places and devices come first, so a stem
 * they share with an automation's word is theirs ("roletu" is the blind's "Roleta", not "Ranní rolety").
 */
function nameStems(snapshot: HomeSnapshot): NameStems {
  const known = STEMS.get(snapshot);
  if (known) return known;
  const stems = new Map<string, string>();
  const words = new Set<string>();
  const entities = [...snapshot.byId.values()];
  const first = (type: string): number => (FIRST.has(type) ? 0 : 1);
  for (const entity of entities.sort((a, b) => first(a.entity_type) - first(b.entity_type))) {
    for (const word of entity.name.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length < MIN_STEM + 1) continue;
      words.add(withoutMarks(word));
      const stem = stemOf(withoutMarks(word));
      for (const key of [stem, fleeting(stem)]) if (!stems.has(key)) stems.set(key, word);
    }
  }
  const out = { stems, words };
  STEMS.set(snapshot, out);
  return out;
}

/** The sentence with each case form of a name's word written as the name writes it (see above). */
export function withCzechNameForms(said: string, snapshot: HomeSnapshot): string {
  // A home named in Czech reads replies without a marker too ("a na lodžii", a Czech preposition); elsewhere, and in
  // English ("turn on the sauna" is no "Zámek sauny"), a Czech marker is needed.
  if (!saysMarker(said, GATE) && !(saysMarker(said, PREPOSITIONS) && namedInCzech(snapshot))) return said;
  const { stems, words } = nameStems(snapshot);
  return said.replace(/\p{L}+/gu, (word) => {
    const key = withoutMarks(word);
    if (key.length < MIN_STEM + 1 || words.has(key) || LEXICON_WORDS.has(key) || PLACE_WORDS.has(key)) return word;
    return stems.get(stemOf(key)) ?? word;
  });
}
