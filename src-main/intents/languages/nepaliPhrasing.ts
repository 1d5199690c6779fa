// Nepali read in the Roman Hindi forms the engine's Hindi reader knows (verbFinalCues.ts, urduPhrasing.ts): Nepali is
// Hindi's order (the thing first, "ko" of, "ma" in, the verb last) with its own words, so "pasal ko pankha
// chalaideu" is read "pasal ko pankha chala do", "geyser on chha?" "geyser on hai?", "kausi ma k k cha" "kausi mein
// kya kya hai", "kun kun batti baleko cha" "kaun kaun se batti on hai" (lexicon/nepali.json). Devanagari is first
// written in Latin letters, the home's Devanagari names kept (nepaliWords.ts). Particles of politeness ("hajur", "ni",
// "na") are no words of the request; of a request and its reason ("pankha chalaideu, garmi bhayo") the request is
// read. A phrase the home names something with stays as typed ("Tank bharne").
// Speed: a sentence with no Devanagari and none of the words only Nepali says returns at once.
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { DEVANAGARI, NEPALI, devanagariInLatin, withDevanagariNames } from './nepaliWords';
import { nepaliQuestion } from './nepaliQuestions';
import { nepaliAsking } from './nepaliAsking';

const SURE = markerSet(NEPALI.sure);
const CUES = markerSet([...NEPALI.sure, ...NEPALI.weak]);
const WEAK = new Set(NEPALI.weak);
const FORMS = Object.entries(NEPALI.forms)
  .map(([said, read]) => ({ parts: said.split(' '), read }))
  .sort((a, b) => b.parts.length - a.parts.length);
const PARTICLES = new Set(NEPALI.particles);
const GREETINGS = new Set(NEPALI.greetings);
const ACKS = NEPALI.acknowledgements.map((a) => a.split(' '));
/** "kausi ko ni?": the thing, "of" maybe, and "ni" last. */
const AND_THIS = /^\s*(?:ani\s+|अनि\s+)?([\p{L}\p{M}\d'-]+(?:\s+[\p{L}\p{M}\d'-]+){0,2}?)(?:\s+ko)?\s+ni\s*\??\s*$/iu;
/** A clause nepaliQuestions.ts or nepaliAsking.ts read in English. */
const ENGLISH_QUESTION = /^(?:what|which|how|where|when|set|lock|unlock|turn on|turn off) /;
/** "pankha chalirako cha ki nai": "or not" said last asks. */
const ASKED_LAST = /\s(?:ki nai|ki hoina|ki)\s*[?]?\s*$/i;
/** A request's verb as read ("chala do", "kar do"): a clause with one is the request, another its reason. */
const REQUEST = /\b(?:do|kar do)$|^(?:lock|unlock|set|turn on|turn off) /;

/** The gate: Devanagari, or a word Nepali says (a necessary condition of `saysNepali`). */
export function maySayNepali(text: string): boolean {
  return DEVANAGARI.test(text) || saysMarker(text, CUES);
}

/** Romanised Nepali: a word only Nepali says, or two words Nepali shares with other languages ("aangan ko batti bal ta"). */
function saysNepali(text: string): boolean {
  if (saysMarker(text, SURE)) return true;
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => WEAK.has(w)));
  return words.size >= 2;
}

/** The sentence in Roman Hindi forms, or undefined when it says nothing Nepali. */
export function nepaliPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!maySayNepali(text)) return undefined;
  const latin = devanagariInLatin(text, snapshot) ?? text;
  // "solar ko ni?", "goth camera ni": and what of this one (the question before asked again).
  const andThis = AND_THIS.exec(latin);
  if (andThis && (andThis[1] ?? '').split(/\s+/).length <= 3) return `and the ${andThis[1] ?? ''}?`;
  if (latin === text && !saysNepali(text)) return undefined;
  const asked = /\?\s*$/.test(latin) || ASKED_LAST.test(latin);
  const clauses = withNumberJoined(latin.split(/[,;]|\.\s/)).map((c) => readClause(c, snapshot)).filter((c) => c.length > 0);
  if (!clauses.length) return undefined;
  // "hamro kativata motor chan, yaha ra dhulikhel ma": the one clause read as an English question is the question.
  const questions = clauses.filter((c) => ENGLISH_QUESTION.test(c));
  if (questions.length === 1 && !clauses.some((c) => REQUEST.test(c) && !ENGLISH_QUESTION.test(c))) return `${questions[0] ?? ''}${asked ? '?' : ''}`;
  // "pasal ko pankha chalaideu, garmi bhayo": the request, not its reason; "alikati kam garidinus, 50 ma" is one request.
  const requests = clauses.filter((c) => REQUEST.test(c));
  const numbered = clauses.some((c) => /^\d+\b/.test(c) && !REQUEST.test(c));
  const read = requests.length === 1 && !numbered ? requests[0] ?? '' : clauses.join(', ');
  const out = `${read}${asked ? '?' : ''}`;
  return out === text ? undefined : out;
}

const SETTING = new Set([...NEPALI.questions.setVerbs, ...NEPALI.questions.doVerbs, ...NEPALI.particles]);

/** "bhansa ko batti alikati kam garidinus, 50 ma": the number said after the request is put before its verbs. */
function withNumberJoined(clauses: readonly string[]): string[] {
  const last = clauses[clauses.length - 1]?.trim().toLowerCase() ?? '';
  if (clauses.length < 2 || !/^\d+ (?:ma|maa)$/.test(last)) return [...clauses];
  const before = (clauses[clauses.length - 2] ?? '').trim().split(/\s+/);
  let verbs = before.length;
  while (verbs > 0 && SETTING.has((before[verbs - 1] ?? '').toLowerCase())) verbs--;
  if (verbs === before.length) return [...clauses];
  return [...clauses.slice(0, -2), [...before.slice(0, verbs), last, ...before.slice(verbs)].join(' ')];
}

/** One clause's words in Roman Hindi. */
function readClause(clause: string, snapshot: HomeSnapshot): string {
  const typed = clause.toLowerCase().replace(/[’‘`]/g, "'").replace(/[?!.]+/g, ' ').split(/\s+/).filter(Boolean);
  const unasked = typed.join(' ').replace(ASKED_LAST, '').split(' ').filter(Boolean);
  if (GREETINGS.has(unasked.join(' '))) return '';
  const ws = withDevanagariNames(withoutAcknowledgement(unasked).filter((w, i, all) => !PARTICLES.has(w) || all.length === 1 || snapshot.phrases.has(w)), snapshot);
  // "geyser 60 ma set gar", "signboard kati baje nibhcha": a shape the Hindi reader has no form for, in English.
  const english = nepaliQuestion(ws) ?? nepaliAsking(ws);
  if (english) return english;
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const form = FORMS.find((f) => f.parts.every((p, k) => ws[i + k] === p) && !namedAt(ws, i, f.parts.length, snapshot));
    if (form) {
      if (form.read) out.push(form.read);
      i += form.parts.length;
    } else out.push(ws[i++] ?? '');
  }
  // "radio pani bajaideu": "also" before the verb is no word of the request.
  return switched(out.filter((w, i) => !(w === 'bhi' || (w === 'pani' && /^(?:chala|jala|bujha|khol) do/.test(out.slice(i + 1).join(' '))))).join(' '));
}

const TURN = /^(.+?) (chala do|jala do|on kar do|bujha do|off kar do|band kar do)$/;
const NOT_A_THING = /\b(?:mein|se|aur|bhi|kya|kaun|kitna|kitne|hai|abhi|aaj)\b/;

/** "motor chala do": "turn on the motor", so the thing is a thing of the home, never the one asked of before. */
function switched(read: string): string {
  const turn = TURN.exec(read);
  if (!turn || NOT_A_THING.test(turn[1] ?? '')) return read;
  return `turn ${/bujha|off|band/.test(turn[2] ?? '') ? 'off' : 'on'} the ${turn[1] ?? ''}`;
}

/** "thik cha, geyser on gardeu": the words after an acknowledgement said first (the whole when it is all). */
function withoutAcknowledgement(ws: readonly string[]): readonly string[] {
  const ack = ACKS.find((a) => a.length < ws.length && a.every((w, k) => ws[k] === w));
  return ack ? ws.slice(ack.length) : ws;
}

/** Words i..i+n-1 are part of a phrase the home names something with (a name's words stay as typed). */
function namedAt(ws: readonly string[], i: number, n: number, snapshot: HomeSnapshot): boolean {
  for (let from = Math.max(0, i - 2); from <= i; from++) {
    for (let to = i + n; to <= Math.min(ws.length, i + n + 2); to++) {
      if (to - from >= 2 && snapshot.phrases.has(ws.slice(from, to).join(' '))) return true;
    }
  }
  return false;
}
