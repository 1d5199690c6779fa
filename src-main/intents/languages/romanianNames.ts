// Romanian writes the article on the end of the noun and says a name's word in its case: "frigiderul"/"frigideru" of
// Frigider, "termostatul" of Termostat, "sufrageria" of Sufragerie, "centralei" of Centrala, "pivnița" of Pivniță. In a
// sentence with a Romanian marker (lexicon/romanianSpoken.json), a word that is no word of the home's names but shares
// its stem with one (article or case ending off, marks optional) is written as the name writes it, so the readers after
// it find the name. The same reading as czechNames.ts, with Romanian endings.
import romanian from '../lexicon/romanianSpoken.json';
import type { HomeSnapshot } from '../HomeIndex';
import { perSnapshot } from '../perSnapshot';
import places from '../lexicon/romanian.json';
import { markerSet, saysMarker } from '../saidWordSet';
import { withoutMarks } from '../normalizeText';

/** The article Romanian joins with a hyphen to a foreign word or an acronym: "PC-ul", "TV-ul", "device-uri" (texted "tv ul"). */
const HYPHEN_ARTICLES = ['ul', 'ului', 'uri', 'urile', 'urilor', 'u', 'ul-ul'];
const HYPHENED = /([\p{L}\d]{2,})(?:-(?:ului|urilor|urile|uri|ul|u)| (?:ului|urile|uri|ul))(?![\p{L}\d-])(?: lui\b)?/gu;
const GATE = markerSet([...romanian.markers.filter((m) => !m.includes(' ')), ...HYPHEN_ARTICLES]);
/** Courtesy said around a request ("Aprindeți, vă rog, lumina"): left out with its commas (lexicon/romanian.json). */
const COURTESY = new RegExp(`(?:^|,?\\s)(?:${places.courtesy.map(withoutMarks).sort((a, b) => b.length - a.length).join('|')})(?=$|[\\s,.?!])[,]?`, 'gu');
/** Article and case endings, longest first: -ului, -ilor, -elor, -ul, -ei, -ii, -le, -lui, -u, -a, -e, -i. */
const ENDINGS = ['ului', 'ilor', 'elor', 'ule', 'lui', 'ul', 'ei', 'ii', 'le', 'ua', 'u', 'a', 'e', 'i'];
const MIN_STEM = 3;
const FIRST: ReadonlySet<string> = new Set(['room', 'zone', 'device', 'door', 'window']);
/** The lexicon's own words and its phrases' words are never a name's ("unde", "pornit" of no "Pornire …"). */
const LEXICON_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(romanian.words),
  ...romanian.dropped,
  ...Object.keys(romanian.phrases).flatMap((phrase) => phrase.split(' ')),
].map(withoutMarks));/** Words the place and kind groups read whole ("dormitorul mare", "camera video"). */
const GROUP_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(places.places), ...Object.values(places.kinds), ...Object.values(places.openings)].flat().flatMap((p) => p.replace(/^=/, '').split(' ')).map(withoutMarks),
);

function stemOf(word: string): string {
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  return ending ? word.slice(0, -ending.length) : word;
}

interface NameStems { readonly stems: ReadonlyMap<string, string>; readonly words: ReadonlyMap<string, string> }
/** Each name word's stem and the word as the home writes it (places and devices first), and every word. */
const nameStems = perSnapshot((snapshot: HomeSnapshot): NameStems => {
  const stems = new Map<string, string>();
  const words = new Map<string, string>();
  const first = (type: string): number => (FIRST.has(type) ? 0 : 1);
  for (const entity of [...snapshot.byId.values()].sort((a, b) => first(a.entity_type) - first(b.entity_type))) {
    for (const word of entity.name.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length < MIN_STEM) continue;
      if (!words.has(withoutMarks(word))) words.set(withoutMarks(word), word);
      const stem = stemOf(withoutMarks(word));
      if (!stems.has(stem)) stems.set(stem, word);
    }
  }
  return { stems, words };
});

/** The sentence with each article or case form of a name's word written as the name writes it (see above). */
export function withRomanianNameForms(said: string, snapshot: HomeSnapshot): string {
  if (!saysMarker(said, GATE)) return said;
  const { stems, words } = nameStems(snapshot);
  const polite = withoutCourtesy(said);
  // "PC-ul lui Matei" is "PC Matei" (Matei's PC); "device-uri" stays for the lexicon, which reads it whole.
  return polite.replace(HYPHENED, (whole: string, word: string) => (LEXICON_WORDS.has(withoutMarks(whole)) ? whole : word)).replace(/[\p{L}\p{M}]+/gu, (word) => {
    const key = withoutMarks(word);
    if (key.length < MIN_STEM + 1) return word;
    // "teracota" typed without its marks is the name's "teracotă": the readers after this one match marks exactly.
    const spelled = words.get(key);
    if (spelled !== undefined) return withoutMarks(word) === word.toLowerCase() && spelled !== key ? spelled : word;
    // A kind or place word ("caloriferu", "aerul") stays one: read as a name's word it would pick the one device so named.
    if (LEXICON_WORDS.has(key) || GROUP_WORDS.has(key)) return word;
    return stems.get(stemOf(key)) ?? word;
  });
}

/** The sentence without its courtesy ("vă rog", "te rog"), found with or without marks; unchanged when it has none. */
function withoutCourtesy(said: string): string {
  // Folding keeps each letter in place (one mark per letter), so the spans found in the folded text cut the typed one.
  const folded = withoutMarks(said);
  if (folded.length !== said.length) return said;
  let out = '';
  let from = 0;
  for (const m of folded.matchAll(COURTESY)) {
    out += `${said.slice(from, m.index)} `;
    from = m.index + m[0].length;
  }
  return from === 0 ? said : (out + said.slice(from)).replace(/\s+([.,?!])/g, '$1').replace(/^[\s.,!?]+/, '').replace(/\s+/g, ' ').trim();
}
