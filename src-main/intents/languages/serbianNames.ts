// Serbian (and Croatian) say a name in its case: "u dnevnoj sobi" of "Дневна соба", "Dedinu lampu" of "Дедина лампа",
// "u kupatilu na vikendici" of "Kupatilo na vikendici", "smederevcu" of "Смедеревац" (the fleeting "a"), and drop a
// room's "soba" ("u spavaćoj" is the Spavaća soba). The home writes its names in Cyrillic or Latin letters, the asker
// in either, with or without marks. In a Serbian sentence (a marker of lexicon/serbianSpoken.json, or a Serbian
// preposition in a home named in Serbian), read in Latin letters (serbianScript.ts), words whose stems are a name's
// stems in order are written as the home writes that name, so the readers after it find the name in its own script;
// a word the lexicon reads ("bojler" is the water heater, "svetlo" a light) stays the lexicon's, as in English.
import serbian from '../lexicon/serbianSpoken.json';
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { withoutMarks } from '../normalizeText';
import { namedInSerbianCyrillic, serbianInLatin, serbianLatin } from './serbianScript';
import { spokenFormsReader, spokenFormsSchema } from './spokenForms';

const fold = (word: string): string => withoutMarks(serbianLatin(word)).replace(/đ/g, 'd');
const GATE = markerSet(serbian.markers.filter((m) => !m.includes(' ')));
const PHRASE_MARKERS = serbian.markers.filter((m) => m.includes(' '));
const PREPOSITIONS = markerSet(['u', 'na', 'kod', 'iz', 'sa', 'od', 'do', 'za', 'pored', 'kraj', 'preko']);
/** Case endings, longest first: nouns (-ama, -ima, -om, -u, -e, -i, -a) and adjectives (-oga, -oj, -og, -im, -ih). */
const ENDINGS = ['ama', 'ima', 'oga', 'ome', 'emu', 'ovi', 'ove', 'om', 'em', 'og', 'oj', 'ih', 'im', 'u', 'a', 'e', 'i', 'o'];
const MIN_STEM = 3;
/** Words the lexicon reads itself (its words, left-out words and the words of its phrases) are never a name's. */
const LEXICON_WORDS: ReadonlySet<string> = new Set([...Object.keys(serbian.words), ...serbian.dropped, ...Object.keys(serbian.phrases).flatMap((p) => p.split(' '))].map(fold));
/** A room's own word, left out after its adjective ("u spavaćoj" = in the Spavaća soba). */
const ROOM_WORDS: ReadonlySet<string> = new Set(['soba']);
const LATIN_WORD = /\p{Script=Latin}/u;
const FIRST: ReadonlySet<string> = new Set(['room', 'zone', 'device', 'door', 'window']);
/** Names longer than this many words are not looked for as a whole. */
const LONGEST = 4;

/** The stems a word's cases share ("sobi", "soba" → "sob"; "smederevcu", "smederevac" → "smederevc"). */
function stemsOf(key: string): string[] {
  if (key.length <= MIN_STEM) return [key];
  const ending = ENDINGS.find((e) => key.endsWith(e) && key.length - e.length >= MIN_STEM);
  const stem = ending ? key.slice(0, -ending.length) : key;
  const fleeting = stem.replace(/a([^aeiou])$/, '$1');
  return fleeting === stem ? [stem] : [stem, fleeting];
}
const sameWord = (said: string, named: string): boolean =>
  said.length <= MIN_STEM || named.length <= MIN_STEM ? said === named : stemsOf(said).some((s) => stemsOf(named).includes(s));

interface Named { readonly name: string; readonly keys: readonly string[]; readonly room: boolean }
interface Names { readonly names: readonly Named[]; readonly words: ReadonlyMap<string, string>; readonly written: ReadonlyMap<string, string> }
const NAMES = new WeakMap<HomeSnapshot, Names>();
/** Each name with its words' keys (places and devices first), each name word by its stem, and every word as folded. */
function homeNames(snapshot: HomeSnapshot): Names {
  const known = NAMES.get(snapshot);
  if (known) return known;
  const first = (type: string): number => (FIRST.has(type) ? 0 : 1);
  const entities = [...snapshot.byId.values()].sort((a, b) => first(a.entity_type) - first(b.entity_type));
  const names: Named[] = [];
  const words = new Map<string, string>();
  const written = new Map<string, string>();
  for (const entity of entities) {
    const parts = entity.name.split(/[^\p{L}\d]+/u).filter(Boolean);
    names.push({ name: entity.name, keys: parts.map(fold), room: entity.entity_type === 'room' });
    for (const part of parts) {
      const key = fold(part);
      if (!written.has(key) || !LATIN_WORD.test(written.get(key) ?? '')) written.set(key, part);
      if (key.length <= MIN_STEM) continue;
      for (const stem of stemsOf(key)) if (!words.has(stem)) words.set(stem, part);
    }
  }
  const out = { names, words, written };
  NAMES.set(snapshot, out);
  return out;
}

const NAMED_IN_SERBIAN = new WeakMap<HomeSnapshot, boolean>();
/** Letters of Serbian Latin no nearby language the engine reads writes together: đ, or ć without Polish letters. */
// Vietnamese writes "đ" too ("đèn", "điều hòa"), beside letters Serbian never has.
const VIETNAMESE_LETTERS = /[ăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;

function namedInSerbian(snapshot: HomeSnapshot): boolean {
  let named = NAMED_IN_SERBIAN.get(snapshot);
  if (named === undefined) {
    const all = [...snapshot.byId.values()].map((e) => e.name.toLowerCase()).join(' ');
    named = namedInSerbianCyrillic(snapshot) || ((/đ/u.test(all) || (/ć/u.test(all) && !/[ąęłńóśźż]/u.test(all))) && !VIETNAMESE_LETTERS.test(all));
    NAMED_IN_SERBIAN.set(snapshot, named);
  }
  return named;
}

const punctuation = (word: string): { lead: string; core: string; tail: string } => {
  const m = /^([^\p{L}\d]*)(.*?)([^\p{L}\d]*)$/u.exec(word);
  return { lead: m?.[1] ?? '', core: m?.[2] ?? word, tail: m?.[3] ?? '' };
};

/** English words no Serbian sentence has: "can u tell me" is English as texted, not Serbian "u". */
const ENGLISH = markerSet(['the', 'is', 'are', 'what', 'whats', 'where', 'can', 'you', 'me', 'my', 'please', 'how', 'which', 'does', 'there', 'it', 'its', 'turn', 'and', 'of', 'in', 'on', 'at', 'ist', 'der', 'die', 'das', 'im']);
/** Words the lexicon reads as another word (not "alarm" = alarm), long enough to be no other language's small word. */
const SERBIAN_WORDS = markerSet(Object.entries(serbian.words).filter(([said, meant]) => said.length >= 4 && fold(said) !== meant).map(([said]) => said));

/**
 * Does the sentence (in Latin letters) say a Serbian marker; or, in a home named in Serbian, a Serbian preposition or
 * a word of the lexicon and no English word?
 */
function saysSerbian(latin: string, snapshot: HomeSnapshot): boolean {
  const folded = fold(latin);
  if (saysMarker(folded, GATE) || PHRASE_MARKERS.some((m) => ` ${folded.replace(/[^\p{L}\d]+/gu, ' ')} `.includes(` ${m} `))) return true;
  return (saysMarker(folded, PREPOSITIONS) || saysMarker(folded, SERBIAN_WORDS)) && !saysMarker(folded, ENGLISH) && namedInSerbian(snapshot);
}

const reader = spokenFormsReader(spokenFormsSchema.parse({ ...serbian, markers: undefined }));

/**
 * A Serbian sentence, in either script, read: its case forms of the home's names as the home writes them, then its
 * words in English (lexicon/serbianSpoken.json); undefined for any other sentence.
 */
export function readSerbian(said: string, snapshot: HomeSnapshot): string | undefined {
  const latin = serbianInLatin(said, snapshot) ?? said;
  if (!saysSerbian(latin, snapshot)) return undefined;
  // "stavi na 22", "svi radijatori na 20": a number after "na" is what to set, "to 22".
  return reader(withSerbianNameForms(said, snapshot), snapshot).replace(/\bat (\d)/g, 'to $1');
}

/**
 * The sentence in Latin letters with each case form of a name written as the home writes the name (see above);
 * unchanged when it is no Serbian sentence.
 */
export function withSerbianNameForms(said: string, snapshot: HomeSnapshot): string {
  const latin = serbianInLatin(said, snapshot) ?? said;
  if (!saysSerbian(latin, snapshot)) return said;
  const { names, words, written } = homeNames(snapshot);
  const typed = latin.trim().split(/\s+/).filter(Boolean).map(punctuation);
  const keys = typed.map((w) => fold(w.core));
  const out: string[] = [];
  for (let at = 0; at < typed.length; at++) {
    const match = wholeName(keys, at, names);
    if (match) {
      const lastTyped = typed[at + match.words - 1];
      out.push((typed[at]?.lead ?? '') + match.name + (lastTyped?.tail ?? ''));
      at += match.words - 1;
      continue;
    }
    const word = typed[at] ?? { lead: '', core: '', tail: '' };
    const key = keys[at] ?? '';
    if (key.length <= MIN_STEM || LEXICON_WORDS.has(key)) {
      out.push(word.lead + word.core + word.tail);
      continue;
    }
    // "u spavaćoj": the adjective of a room named "<adjective> soba", with no "soba" after it, is the room.
    const nextIsRoomWord = [...ROOM_WORDS].some((r) => sameWord(keys[at + 1] ?? '', r));
    const room = nextIsRoomWord ? undefined : names.find((n) => n.room && n.keys.length === 2 && ROOM_WORDS.has(n.keys[1] ?? '') && sameWord(key, n.keys[0] ?? ''));
    // A word the home writes is written as the home does ("luster" → "Лустер", "decija" → "Dečija"), Latin first.
    const asWritten = room?.name ?? written.get(key) ?? stemsOf(key).map((s) => words.get(s)).find(Boolean);
    out.push(word.lead + (asWritten ?? word.core) + word.tail);
  }
  return out.join(' ');
}

/** The longest name said from `at` on in its cases, whole or (two words or more) its unique start. */
function wholeName(keys: readonly string[], at: number, names: readonly Named[]): { name: string; words: number } | undefined {
  for (let len = Math.min(LONGEST, keys.length - at); len >= 1; len--) {
    const said = keys.slice(at, at + len);
    const fits = (n: Named, whole: boolean): boolean => (whole ? n.keys.length === len : n.keys.length > len) && said.every((k, i) => sameWord(k, n.keys[i] ?? ''));
    // A lone word the lexicon reads ("bojler") is its kind, as in English, not the one device named so.
    if (len === 1 && LEXICON_WORDS.has(said[0] ?? '')) continue;
    if (len === 1 && (said[0] ?? '').length <= MIN_STEM) continue;
    const whole = names.find((n) => fits(n, true));
    if (whole) return { name: whole.name, words: len };
    if (len < 2) continue;
    const starts = names.filter((n) => fits(n, false));
    if (starts.length > 0 && starts.every((n) => n.name === starts[0]?.name)) return { name: starts[0]?.name ?? '', words: len };
  }
  return undefined;
}
