// One normalisation for both sides of a match: template words and what people type go through the same steps, so a
// template only has to spell a word once (lowercase, US spelling, singular, contractions expanded).
import { singular } from '../graph/nameTokens';
import { rememberRecent } from './recentResults';
import { THAI, thaiWords } from './languages/thaiSegments';
export { THAI, thaiKindPhrase } from './languages/thaiSegments';

// Name resolution and intent matching must agree on what a singular is, so they share one rule.
export { singular };

const CONTRACTIONS: Record<string, string> = {
  "what's": 'what is', whats: 'what is', "where's": 'where is', wheres: 'where is', "how's": 'how is', hows: 'how is',
  "who's": 'who is', "that's": 'that is', "it's": 'it is', "there's": 'there is', "here's": 'here is',
  "isn't": 'is not', isnt: 'is not', "aren't": 'are not', arent: 'are not', "don't": 'do not', dont: 'do not',
  "doesn't": 'does not', doesnt: 'does not', "can't": 'can not', cant: 'can not', cannot: 'can not',
  "won't": 'will not', "i'm": 'i am', "i'd": 'i would', "i've": 'i have', "let's": 'let us', "what're": 'what are',
  "which're": 'which are', "where're": 'where are', "where'd": 'where did', "they're": 'they are', "we're": 'we are', "you're": 'you are',
};

/** British → US spellings (and a few common variants); applied word by word. */
const SPELLINGS: Record<string, string> = {
  colour: 'color', colours: 'colors', coloured: 'colored', centre: 'center', grey: 'gray', favourite: 'favorite',
  programme: 'program', programmes: 'programs', metre: 'meter', litre: 'liter', aluminium: 'aluminum',
  organise: 'organize', authorise: 'authorize', dimmable: 'dimmable', storey: 'story', storeys: 'stories',
  theatre: 'theater', analyse: 'analyze', licence: 'license', behaviour: 'behavior', neighbour: 'neighbor',
  neighbours: 'neighbors', armour: 'armor', labelled: 'labeled', cancelled: 'canceled', travelled: 'traveled',
  tv: 'tv', tvs: 'tv', televisions: 'television', thermostats: 'thermostat', hoover: 'vacuum', acs: 'ac',
  // British short forms: "the front room rad".
  rad: 'radiator', rads: 'radiators',
  // "batt?" right after a question about the lock: the short form people type for its battery.
  batt: 'battery', batts: 'batteries',
  // Northern English "does owt happen if …", "there's nowt on".
  owt: 'anything', nowt: 'nothing',
};

export interface Token {
  /** Lowercased surface form (diacritics kept), used to show back and to resolve names. */
  text: string;
  /** Matching key: diacritics stripped, US spelling, singular. */
  key: string;
}

// A decimal ("22.5", "22,5") is one word, tried first: the letters-and-digits run would cut it at the point.
const WORD = /(?<![\p{L}\p{N}.,])\d+[.,]\d+(?![\p{L}\p{N}]|[.,]\d)|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\d+(?:[.,]\d+)?|%|°/gu;
// Tamil writes its vowels as combining marks: a run of Tamil letters and marks is one word ("ஹால்", not "ஹ" and "ல"),
// so a command finds a device named in Tamil. Keyed without its marks, as every word is. Gurmukhi (Punjabi) writes
// its vowels and its doubling sign as marks too ("ਬੱਤੀ" is one word, not "ਬ" and "ਤ"), and so does Bengali ("পাখা",
// not "প" and "খ"), and Devanagari (Nepali, Hindi: "बत्ती", not "बत" and "त"; its danda and digits are no letters), and
// Malayalam ("മോട്ടോർ", not "മ", "ട", "ട" and "ർ"; its joiners inside a word are part of it: "പാസ്‌വേഡ്").
const TAMIL_WORD = /[\u0a00-\u0a7f]+|[\u0b80-\u0bff]+|[\u0980-\u09ff]+|[\u0900-\u0963\u0970-\u097f]+|[\u0d00-\u0d7f](?:[\u0d00-\u0d7f\u200c\u200d]*[\u0d00-\u0d7f])?/u;

// The language layer's readers each tokenize the sentence again (about twenty passes per question, a tenth of an
// answer's time), and name keys repeat across a home; both are pure, so recent results are kept (recentResults.ts).
// Callers get their own array (some pop or sort it) of frozen tokens: a caller that changed a token would fail
// loudly instead of changing the next caller's.
// A run of Thai letters and marks, taken whole before the word pattern.
const WORD_OR_THAI = new RegExp(`[\\u0e00-\\u0e7f]+|${WORD.source}`, 'gu');
const WORD_OR_TAMIL = new RegExp(`${TAMIL_WORD.source}|${WORD.source}`, 'gu');

const tokenizeRemembered = rememberRecent((input: string): readonly Token[] => tokenizeNow(input).map((t) => Object.freeze(t)), 512);
const keyRemembered = rememberRecent(keyNow, 8192);

export function tokenize(input: string): Token[] {
  return tokenizeRemembered(input).slice();
}

/** The matching keys of the text's words, in order ("the kitchen lights" → the, kitchen, light). */
export function wordKeys(input: string): string[] {
  return tokenizeRemembered(input).map((t) => t.key);
}

function tokenizeNow(input: string): Token[] {
  // "pm2.5" is one word (the fine-dust reading), not "pm2" and a number; "Wi-Fi" is the "wifi" people type.
  const lowered = input.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/\bpm ?2[.,]5\b/g, 'pm25').replace(/\bwi[- ]fi\b/g, 'wifi');
  const tokens: Token[] = [];
  // Thai has no spaces and its marks are no letters to WORD: a run of it is one word as typed, keyed by its words
  // (thaiSegments.ts: "ห้องนอนพ่อแม่" is keyed "หองนอน พอ แม", so a place word "ห้องนอน" is found in it).
  const thai = THAI.test(lowered);
  for (const match of lowered.matchAll(thai ? WORD_OR_THAI : TAMIL_WORD.test(lowered) ? WORD_OR_TAMIL : WORD)) {
    if (thai && THAI.test(match[0])) {
      tokens.push({ text: match[0], key: thaiWords(match[0]).map(keyOf).join(' ') });
      continue;
    }
    const raw = match[0];
    const expanded = CONTRACTIONS[raw];
    if (expanded) {
      for (const part of expanded.split(' ')) tokens.push({ text: part, key: keyOf(part) });
      continue;
    }
    if (raw === '%') {
      tokens.push({ text: '%', key: 'percent' });
      continue;
    }
    if (raw === '°') {
      tokens.push({ text: '°', key: 'degree' });
      continue;
    }
    // Possessives ("kids'", "sam's") are matched without the 's; names keep their surface text for the resolver.
    const base = raw.replace(/'s$/, '').replace(/'$/, '');
    tokens.push({ text: raw, key: keyOf(base) });
  }
  return tokens;
}

export function keyOf(word: string): string {
  return keyRemembered(word);
}

function keyNow(word: string): string {
  // "đ" has no combining form: Vietnamese typed without diacritics writes it "d" ("den" = "đèn").
  const plain = word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/'/g, '').replace(/đ/g, 'd');
  const spelled = SPELLINGS[plain] ?? plain;
  return singular(spelled);
}

/** Lower case without marks in the compatibility form ("ﬁ" → "fi", "²" → "2", "Ø" kept): how the readers that match
 * typed words against the home's words see both (describedDevice, qualifiedKind, homeWords, lexiconWords …). */
export function plainLetters(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Lower case without diacritics ("Pivniță" → "pivnita", "Obývák" → "obyvak"), for readers that accept either typing. */
export function withoutMarks(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
}
