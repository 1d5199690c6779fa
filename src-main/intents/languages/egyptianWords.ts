// Egyptian Arabic words as a Cairo household types them (lexicon/egyptian.json, checked here): in Arabic script
// ("التكييف اللي في الصالة شغال؟") or in Arabizi, Latin letters with digits for the letters Latin lacks ("2" ء/ق,
// "3" ع, "3'" غ, "5" خ, "7" ح: "efta7 el takyeef", "el kalon ma2fool?"). Each word gets its job in a sentence (a
// question word, a state, a command, "في" in, "بتاع" of …) and the English of it; the home's own names stay as typed.
// Egyptian writes its letters as Arabic does (ي, ك, ة), never Persian's or Urdu's (ی, ک, پ, گ, ے …), so a sentence in
// the script with those is left to the Persian and Urdu readers. An Arabizi word that names no Latin name of the home
// is matched to the home's Arabic-script names by its consonants ("el shalih" is "الشاليه", "el tor2a" is "الطرقة"),
// the way the Urdu reader finds a Latin name typed in its script (urduWords.ts), with Egyptian's sounds (ج is g, ق a
// glottal stop, ة said t before the word it belongs to). Moroccan Darija ("ch3el dou f kuzina", "واش الشرجم محلول") is
// read with the same roles: its words join Egyptian's in arabicDialectWords.ts.
import { DIALECT_WORDS } from './arabicDialectWords';
import type { HomeSnapshot } from '../HomeIndex';
import { englishByPhrase } from '../lexiconTable';
import { roleTable } from '../roleTable';
import { phraseKey } from '../deviceKinds';

const LEXICON = DIALECT_WORDS;

export type EgyptianRole = 'softener' | 'and' | 'too' | 'question' | 'state' | 'still' | 'command' | 'in' | 'of' | 'my' | 'that' | 'to' | 'on' | 'from'
  | 'have' | 'all' | 'devices' | 'rooms' | 'measure' | 'manual' | 'app' | 'automation' | 'last' | 'runs' | 'go' | 'says' | 'how' | 'reason' | 'condition' | 'kind' | 'there' | 'controls' | 'maker' | 'low';
export interface EgyptianToken {
  kind: EgyptianRole | 'name' | 'word' | 'number';
  /** The words as typed (a name: as the home writes it). */
  said: string;
  english: string;
  /** A verb with its object joined ("خليه" = set it). */
  it?: boolean;
}

/** Arabic script folded the way people type it: no vowel marks or tatweel, one alef, ى as ي, ة as ه. */
export function egyptianFold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .toLowerCase();
}

const { table: TABLE, put } = roleTable<EgyptianRole>();
const fold = (phrases: readonly string[]): string[] => phrases.map(egyptianFold);
const foldBy = (by: Record<string, string[]>): Record<string, string[]> => Object.fromEntries(Object.entries(by).map(([k, v]) => [k, fold(v)]));
put('softener', fold(LEXICON.softeners));
put('reason', fold(LEXICON.reasons));
put('condition', fold(LEXICON.conditions));
put('how', foldBy(LEXICON.hows));
put('last', fold(LEXICON.lastTime));
put('says', fold(LEXICON.manualSays));
put('kind', foldBy(LEXICON.kinds));
put('kind', foldBy(LEXICON.spokenKinds ?? {}));
put('there', fold(LEXICON.theres ?? []));
put('controls', fold(LEXICON.controls ?? []));
put('maker', fold(LEXICON.makers ?? []));
put('low', fold(LEXICON.lows ?? []));
put('measure', foldBy(LEXICON.measures));
put('question', foldBy(LEXICON.questions));
put('state', foldBy(LEXICON.states));
put('still', fold(LEXICON.stillWords));
put('command', foldBy(LEXICON.commands));
put('runs', fold(LEXICON.runs));
put('go', fold(LEXICON.wayGo));
put('and', fold(LEXICON.ands));
put('too', fold(LEXICON.too));
put('my', fold(LEXICON.mys));
put('that', fold(LEXICON.thats));
put('in', fold(LEXICON.ins));
put('of', fold(LEXICON.ofs));
put('to', fold(LEXICON.tos));
put('on', fold(LEXICON.ons));
put('from', fold(LEXICON.froms));
put('have', fold(LEXICON.haves));
put('all', fold(LEXICON.alls));
put('devices', fold(LEXICON.devices));
put('rooms', fold(LEXICON.rooms));
put('manual', fold(LEXICON.manuals));
put('app', fold(LEXICON.apps));
put('automation', fold(LEXICON.automations));

const LONGEST = Math.max(...[...TABLE.keys()].map((k) => k.split(' ').length));
const MINE_PLACES: ReadonlySet<string> = new Set(fold(Object.values(LEXICON.places).flat().map((p) => p.replace(/^=/, ''))));
const THERE_IS: ReadonlySet<string> = new Set(fold(LEXICON.thereIs));
const IT_ENDINGS = fold(LEXICON.itEndings);
const MARKERS: ReadonlySet<string> = new Set(LEXICON.markers);
const ARABIC = /[\u0600-\u06ff]/u;
const PLACE_TYPES = new Set(['room', 'zone', 'home']);
/** Letters of Persian and Urdu that Egyptian never writes. */
const NOT_EGYPTIAN = /[\u067e\u0686\u0698\u06a9\u06af\u06cc\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]/u;
/** Letters Arabic writes and Persian and Urdu do not (ة ى ي ك), or the alef with hamza Persian rarely types. */
const ARABIC_ONLY = /[\u0629\u0649\u064a\u0643\u0623\u0625]/u;
/** An Arabizi word: Latin letters with a digit standing for a letter ("2odet", "sha3'al", "7amam", "ma2fool"). */
const ARABIZI_WORD = /^(?:[a-z]+[2357](?:'?[a-z]+)?|[2357]'?[a-z]+)[a-z2357']*$/;

const COMMAND_OF = englishByPhrase(foldBy(LEXICON.commands));
/** What a word says to do when it opens a sentence ("shaghal el TV" = turn on the TV, "el receiver shaghal" = is it on). */
export function commandOf(said: string): string | undefined {
  return COMMAND_OF.get(said);
}

/** "أوضتي" (my room), "دفايتي" (my heater): a kind or room word with "my" joined ("ي", its ة said "ت" before it). */
export function saysMine(said: string): boolean {
  const word = egyptianFold(said);
  if (!/[^ت]ي$|تي$/u.test(word)) return false;
  const stem = word.endsWith('تي') ? `${word.slice(0, -2)}ه` : word.slice(0, -1);
  return TABLE.get(stem)?.kind === 'kind' || TABLE.get(`ال${stem}`)?.kind === 'kind' || MINE_PLACES.has(stem);
}

const ROOM_WORDS: ReadonlySet<string> = new Set(fold((LEXICON.places['room'] ?? []).map((p) => p.replace(/^=/, ''))));
/** A dialect's word for a room ("bit", "أوضة"), which names no one room of a home. */
export function isPlaceWord(said: string): boolean {
  return ROOM_WORDS.has(egyptianFold(said));
}

export function isThereIs(said: string): boolean {
  return THERE_IS.has(egyptianFold(said));
}

/** The cheap check: Egyptian Arabic script, or a Latin sentence with an Arabizi word or marker. */
export function mayBeEgyptian(text: string): boolean {
  if (ARABIC.test(text)) return !NOT_EGYPTIAN.test(text) && (ARABIC_ONLY.test(text) || egyptianFold(text).split(/[\s؟?،,]+/).some((w) => TABLE.has(w)));
  if (!/[a-z]/i.test(text)) return false;
  return text.toLowerCase().split(/[^a-z0-9']+/).some((w) => MARKERS.has(w) || ARABIZI_WORD.test(w));
}

interface Names {
  /** Folded whole name → the name as the home writes it. */
  whole: Map<string, string>;
  /** Folded name words (an Arabic word also without its article). */
  words: Set<string>;
  /** Consonant skeleton of an Arabic-script name (its articles left out) → the names. */
  skeletons: Map<string, string[]>;
  /** Consonant skeleton of an Arabic-script name word → the words as the home writes them. */
  wordSkeletons: Map<string, string[]>;
  /** Skeletons of the words of the home's Latin names ("Dafaya Salma" has "dfy"). */
  latinSkeletons: Set<string>;
  /** Folded name word (also without its article) → the word as the home writes it (without the article). */
  spelled: Map<string, string>;
  /** Folded first word of a name, without its article → the names. */
  heads: Map<string, string[]>;
}
const NAMES = new WeakMap<HomeSnapshot, Names>();
const withoutArticle = (w: string): string => (/^ال./u.test(w) && w.length > 3 ? w.slice(2) : w);
/** The consonants of an Arabic-script name as Egyptian says them, in the letters Arabizi writes them with. */
const CONSONANTS: Record<string, string> = {
  ب: 'b', ت: 't', ث: 't', ج: 'g', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 'x', ص: 's', ض: 'd', ط: 't', ظ: 'z',
  غ: 'g', ف: 'f', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
};
const dedupe = (s: string): string => s.replace(/(.)\1+/g, '$1');
function arabicSkeleton(name: string): string {
  const named = name.split(' ').map(withoutArticle);
  // "أوضة تيتا" is said "2odet teta": a ه (ة) before the word it belongs to is a t, a last one a vowel.
  return named.map((w, i) => dedupe([...w.replace(/ه$/, i < named.length - 1 ? 'ت' : '')].map((c) => CONSONANTS[c] ?? '').join(''))).join(' ');
}
/** The long vowels an Arabic word writes (ا a, و o/u, ي i/e), which an Arabizi spelling of it says too. */
function longVowels(word: string): string {
  return [...withoutArticle(word).slice(1)].map((c) => ({ ا: 'a', و: 'o', ي: 'i' } as Record<string, string>)[c] ?? '').join('');
}
function saysVowels(arabic: string, arabizi: string): boolean {
  const said = arabizi.replace(/[ue]/g, (v) => (v === 'u' ? 'o' : 'i')).replace(/y/g, 'i').replace(/w/g, 'o');
  return [...longVowels(arabic)].every((v) => said.includes(v));
}
function arabiziSkeleton(word: string): string {
  const sounds = word.replace(/h$/, '').replace(/c(?=[ei])/g, 's').replace(/c/g, 'k').replace(/v/g, 'f').replace(/p/g, 'b').replace(/3'|gh/g, 'g').replace(/sh|ch/g, 'x').replace(/kh|5/g, 'k').replace(/th|6/g, 't').replace(/7/g, 'h').replace(/9/g, 's').replace(/j/g, 'g')
    .replace(/[2389'q]/g, '');
  return dedupe(sounds.replace(/[aeiouyw]/g, ''));
}

function namesOf(snapshot: HomeSnapshot): Names {
  let names = NAMES.get(snapshot);
  if (names) return names;
  names = { whole: new Map(), words: new Set(), skeletons: new Map(), wordSkeletons: new Map(), latinSkeletons: new Set(), heads: new Map(), spelled: new Map() };
  for (const entity of snapshot.byId.values()) {
    const folded = egyptianFold(entity.name).replace(/\s+/g, ' ').trim();
    names.whole.set(folded, entity.name);
    for (const w of folded.split(' ')) {
      names.words.add(w);
      names.words.add(withoutArticle(w));
    }
    for (const typed of entity.name.split(/\s+/)) {
      const bare = withoutArticle(egyptianFold(typed));
      if (ARABIC.test(bare) && !names.spelled.has(bare)) names.spelled.set(bare, /^ال./u.test(typed) && typed.length > 3 ? typed.slice(2) : typed);
    }
    const head = withoutArticle(folded.split(' ')[0] ?? '');
    names.heads.set(head, [...(names.heads.get(head) ?? []), entity.name]);
    if (ARABIC.test(folded) && !/[a-z]/.test(folded)) {
      const key = arabicSkeleton(folded);
      if (key.length >= 2) names.skeletons.set(key, [...(names.skeletons.get(key) ?? []), entity.name]);
      for (const typed of entity.name.split(/\s+/)) {
        const word = /^ال./u.test(typed) && typed.length > 3 ? typed.slice(2) : typed;
        const wordKey = arabicSkeleton(egyptianFold(word));
        const had = names.wordSkeletons.get(wordKey) ?? [];
        if (wordKey.length >= 2 && !had.includes(word)) names.wordSkeletons.set(wordKey, [...had, word]);
      }
    } else for (const word of folded.split(' ')) if (/^[a-z0-9']+$/.test(word)) names.latinSkeletons.add(arabiziSkeleton(word));
  }
  NAMES.set(snapshot, names);
  return names;
}

/** The home's name a run of words says (folded, with or without an article on its first word), if any. */
export function egyptianName(words: readonly string[], snapshot: HomeSnapshot): string | undefined {
  const { whole, skeletons } = namesOf(snapshot);
  const said = words.join(' ');
  const found = whole.get(said) ?? whole.get(`ال${said}`) ?? whole.get(words.map(withoutArticle).join(' ')) ?? whole.get([withoutArticle(words[0] ?? ''), ...words.slice(1)].join(' '));
  if (found) return found;
  // Arabizi: "sakhan el shalih" is "سخان الشاليه" when exactly one Arabic-script name has its consonants.
  if (!words.every((w) => /^[a-z0-9']+$/.test(w))) return undefined;
  // "bab l'kbir": Darija's article joined with an apostrophe, as "el" apart.
  const content = words.filter((w) => w !== 'el' && w !== 'l').map((w) => w.replace(/^l'(?=[a-z0-9])/, ''));
  // A lexicon word ("3ala", "fen") is no part of a name.
  if (content.length === 0 || content.some((w) => !/[a-z]/.test(w) || TABLE.has(w))) return undefined;
  const key = content.map(arabiziSkeleton).join(' ');
  const named = key.replace(/ /g, '').length >= 2 ? skeletons.get(key) ?? [] : [];
  // "sat7" is "السطح", not "السطوح": of the names with its consonants, those whose long vowels it says.
  const voiced = named.filter((n) => egyptianFold(n).split(' ').every((w, i) => saysVowels(w, content[i] ?? '')));
  return named.length === 1 ? named[0] : voiced.length === 1 ? voiced[0] : undefined;
}


/**
 * The home's name made of a kind word and an owner ("سخان الشاليه" for "el sakhan bta3 el shalih", the water heater
 * of the chalet): the one name whose first word is a word of that kind and whose other words are the owner's.
 */
export function kindOwnerName(kind: string, owner: string, snapshot: HomeSnapshot): string | undefined {
  const rest = egyptianFold(owner);
  const found = [...namesOf(snapshot).whole].filter(([folded]) => {
    const [head, ...tail] = folded.split(' ');
    const cue = TABLE.get(head ?? '') ?? TABLE.get(`ال${head ?? ''}`);
    return cue?.kind === 'kind' && cue.english === kind && tail.join(' ') === rest;
  });
  return found.length === 1 ? found[0]?.[1] : undefined;
}

/**
 * An Arabizi or English word for a word of the home's Arabic-script names ("yafta" for "يافطة", "tras" for "تراس",
 * "receiver" for "الريسيفر"): the one word with its consonants (of several, the one whose long vowels it says), at
 * least three of them, or two for a word written with a digit.
 */
export function arabicNameWord(word: string, snapshot: HomeSnapshot): string | undefined {
  if (!/^[a-z0-9']+$/.test(word) || TABLE.has(word) || !/[a-z]/.test(word)) return undefined;
  const key = arabiziSkeleton(word);
  if (key.length < (/\d/.test(word) ? 2 : 3)) return undefined;
  const words = namesOf(snapshot).wordSkeletons.get(key) ?? [];
  const voiced = words.filter((w) => saysVowels(egyptianFold(w), word));
  return words.length === 1 ? words[0] : voiced.length === 1 ? voiced[0] : undefined;
}

/**
 * The one device name a kind word heads ("السبيكر" → "سبيكر الصالة" when no other name starts with "سبيكر" and no
 * Latin name says it), else undefined.
 */
export function onlyNamedBy(word: string, snapshot: HomeSnapshot): string | undefined {
  const head = withoutArticle(egyptianFold(word));
  if (!ARABIC.test(head)) return undefined;
  const named = namesOf(snapshot).heads.get(head) ?? [];
  const devices = named.filter((n) => (snapshot.phrases.get(phraseKey(n)) ?? []).some((e) => e.entity_type === 'device'));
  if (named.length !== 1 || devices.length !== 1 || namesOf(snapshot).latinSkeletons.has(arabicSkeleton(head))) return undefined;
  return devices[0];
}

/** A word as the home writes it in its names ("اليافطه" → "يافطة", "الموتور" → "موتور"), or an Arabizi word's. */
function homeSpelling(word: string, snapshot: HomeSnapshot): string {
  if (!ARABIC.test(word)) return namesOf(snapshot).words.has(word) ? word : arabicNameWord(word, snapshot) ?? word;
  const bare = withoutArticle(word);
  return namesOf(snapshot).spelled.get(bare) ?? namesOf(snapshot).spelled.get(word) ?? bare;
}

export function isNameWord(word: string, snapshot: HomeSnapshot): boolean {
  return namesOf(snapshot).words.has(egyptianFold(word));
}

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

export const EGYPTIAN_FORMS = { places: LEXICON.places, kinds: LEXICON.kinds };
