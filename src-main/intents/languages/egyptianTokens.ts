// An Egyptian or Darija sentence cut into tokens (split from egyptianWords.ts, a pure move): the home's names first
// (longest), lexicon phrases longest first, a joined "و", "ل", "ف" or object pronoun, numbers, else words as the home
// spells them. egyptianPhrasing.ts builds the English from these tokens.
import type { HomeSnapshot } from '../HomeIndex';
import { phraseKey } from '../deviceKinds';
import { ARABIC, LEXICON, TABLE, egyptianFold, fold, type EgyptianToken } from './egyptianWords';
import { egyptianName, homeSpelling, namesOf, withoutArticle } from './egyptianNames';

const LONGEST = Math.max(...[...TABLE.keys()].map((k) => k.split(' ').length));
const IT_ENDINGS = fold(LEXICON.itEndings);
const PLACE_TYPES = new Set(['room', 'zone', 'home']);

/** The sentence's words: Arabic punctuation as Latin, "fel"/"lel"/"3al" split into their preposition and "el". */
function words(text: string): string[] {
  return egyptianFold(text)
    .replace(/[؟?!،,؛;"«»()]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => {
      const joined = /^(fel|fil|lel|mel|bel|3al)$/.exec(w);
      if (joined) return [({ fel: 'fe', fil: 'fe', lel: 'le', mel: 'men', bel: 'b', '3al': '3ala' } as Record<string, string>)[w] ?? w, 'el'];
      // "ma6bakh": Levantine Arabizi writes ط with a 6 (Egyptian's "t"), inside a word only.
      if (/[a-z]6[a-z]/.test(w)) return [w.replace(/(?<=[a-z])6(?=[a-z])/g, 't')];
      // "الـ UPS": the article typed apart from a Latin word.
      if (w === 'ال' || w === 'الـ') return [];
      return [w];
    });
}

/** The sentence's tokens: the home's names first (longest), lexicon phrases longest first, numbers, else words. */
export function egyptianTokens(text: string, snapshot: HomeSnapshot): EgyptianToken[] {
  const all = words(text);
  const out: EgyptianToken[] = [];
  for (let i = 0; i < all.length; ) {
    const taken = nameAt(all, i, snapshot, out) || phraseAt(all, i, out) || prefixedAt(all, i, snapshot, out);
    if (taken) {
      i += taken;
      continue;
    }
    const word = all[i] ?? '';
    // "l'clim", "l'onduleur": French's article joined to a word the reader or the home knows without it.
    if (/^l'[a-z0-9]/.test(word)) {
      all[i] = word.slice(2);
      continue;
    }
    i += 1;
    if (/^\d+(\.\d+)?%?$/.test(word)) out.push({ kind: 'number', said: word.replace('%', ''), english: '' });
    else if (word === 'el' || word === '%') continue;
    else out.push({ kind: 'word', said: homeSpelling(word, snapshot), english: '' });
  }
  return out;
}

function nameAt(all: readonly string[], at: number, snapshot: HomeSnapshot, out: EgyptianToken[]): number {
  for (let n = Math.min(6, all.length - at); n >= 1; n--) {
    const run = all.slice(at, at + n);
    // A one-word name that is also a lexicon word ("الصالة" is a room and a kind word) stays a name only in the script.
    if (n === 1 && TABLE.has(run[0] ?? '') && !ARABIC.test(run[0] ?? '')) continue;
    if (run[0] === 'el' && n > 1) continue;
    const name = egyptianName(run, snapshot);
    if (name && !(n === 1 && /^[a-z]+$/.test(run[0] ?? '') && run[0]!.length < 3)) {
      out.push({ kind: 'name', said: n === 1 ? placeFor(name, snapshot) : name, english: '' });
      return n;
    }
  }
  return 0;
}

/**
 * "الشاليه" names a note, and the chalet is "شاليه السخنة": a one-word name of no place, said where one place's name
 * starts with it, is that place.
 */
export function placeFor(name: string, snapshot: HomeSnapshot): string {
  const isPlace = (n: string): boolean => (snapshot.phrases.get(phraseKey(n)) ?? []).some((e) => PLACE_TYPES.has(e.entity_type));
  if (isPlace(name) || name.includes(' ')) return name;
  const places = (namesOf(snapshot).heads.get(withoutArticle(egyptianFold(name))) ?? []).filter(isPlace);
  return places.length === 1 ? places[0] ?? name : name;
}

function phraseAt(all: readonly string[], at: number, out: EgyptianToken[]): number {
  for (let n = Math.min(LONGEST, all.length - at); n >= 1; n--) {
    const cue = TABLE.get(all.slice(at, at + n).join(' '));
    if (cue) {
      out.push({ kind: cue.kind, said: all.slice(at, at + n).join(' '), english: cue.english });
      return n;
    }
  }
  return 0;
}

/**
 * "والحرارة" (and the temperature), "للبلكونة" (to the balcony), "بالليل", "نزله" (lower it): a joined "و", "ل", "ب"
 * or a joined object pronoun, when what is left is a lexicon word or a name.
 */
function prefixedAt(all: readonly string[], at: number, snapshot: HomeSnapshot, out: EgyptianToken[]): number {
  const word = all[at] ?? '';
  if (!ARABIC.test(word)) return 0;
  const known = (w: string): boolean => TABLE.has(w) || namesOf(snapshot).whole.has(w) || namesOf(snapshot).words.has(w);
  if (word.startsWith('و') && word.length > 2 && known(word.slice(1))) {
    out.push({ kind: 'and', said: 'و', english: '' });
    const rest = [word.slice(1), ...all.slice(at + 1)];
    return (nameAt(rest, 0, snapshot, out) || phraseAt(rest, 0, out) || (out.push({ kind: 'word', said: homeSpelling(word.slice(1), snapshot), english: '' }), 1));
  }
  // "فالصالون", "فبيتي": Moroccan's "ف" (in) joined to its noun.
  if (word.startsWith('ف') && word.length > 3 && !TABLE.has(word) && known(word.slice(1))) {
    out.push({ kind: 'in', said: 'ف', english: '' });
    const rest = [word.slice(1), ...all.slice(at + 1)];
    return nameAt(rest, 0, snapshot, out) || phraseAt(rest, 0, out) || (out.push({ kind: 'word', said: homeSpelling(word.slice(1), snapshot), english: '' }), 1);
  }
  // "بالليوان", "بغرفتي", "عالسطح": Levantine's "ب" (in) or "ع" (on) joined to its noun, which the home names.
  const joinedIn = /^ب./u.test(word) ? word.slice(1) : /^عال./u.test(word) ? word.slice(1) : undefined;
  if (joinedIn && joinedIn.length > 2 && !TABLE.has(word) && (known(joinedIn) || egyptianName([joinedIn], snapshot))) {
    out.push({ kind: 'in', said: word.slice(0, 1), english: '' });
    const rest = [joinedIn, ...all.slice(at + 1)];
    return nameAt(rest, 0, snapshot, out) || phraseAt(rest, 0, out) || (out.push({ kind: 'word', said: homeSpelling(joinedIn, snapshot), english: '' }), 1);
  }
  if (word.startsWith('لل') && word.length > 3 && known(`ال${word.slice(2)}`)) {
    out.push({ kind: 'to', said: 'ل', english: '' });
    const rest = [`ال${word.slice(2)}`, ...all.slice(at + 1)];
    return nameAt(rest, 0, snapshot, out) || phraseAt(rest, 0, out) || (out.push({ kind: 'word', said: homeSpelling(word.slice(2), snapshot), english: '' }), 1);
  }
  for (const ending of IT_ENDINGS) {
    const stem = word.slice(0, -ending.length);
    const cue = word.endsWith(ending) && stem.length >= 2 ? TABLE.get(stem) : undefined;
    if (cue && cue.kind === 'command') {
      out.push({ kind: 'command', said: stem, english: cue.english, it: true });
      return 1;
    }
  }
  return 0;
}

/** Whether a command word carries its object ("7elha", "tfiha": a verb of the lists with an "it" ending). */
export function saysItOnVerb(command: EgyptianToken): boolean {
  return command.it === true || IT_ENDINGS.some((ending) => command.said.endsWith(ending) && TABLE.get(command.said.slice(0, -ending.length))?.kind === 'command');
}
