// The words of romanized Punjabi (lexicon/punjabi.json, checked here) and the one cheap check that a sentence is
// Punjabi at all: a word only Punjabi writes ("vich", "kithe", "kado", "bund"), Gurmukhi script, or a Punjabi copula
// last ("aa", "ne") with a word Punjabi shares with Hindi ("heat trace chalu aa"). Swiss German's "aa" (= an) comes
// after a German noun, never after chalu/band/theek, so "isch s Liecht aa?" is not taken.
import { z } from 'zod';
import raw from '../lexicon/punjabi.json';
import { markerSet, saysMarker } from '../saidWordSet';

const list = z.array(z.string().min(1));
export const PUNJABI = z.object({
  markers: list,
  copulas: list,
  shared: list,
  weak: list,
  predicates: list,
  gurmukhi: z.record(z.string().min(1), z.string().min(1)),
  words: z.record(z.string().min(1), z.string().min(1)),
  times: z.record(z.string().min(1), z.string().min(1)),
  acknowledgements: list,
  tags: list,
  and: list,
  too: list,
  or: list,
  when: list,
  whenVerbs: z.record(z.string().min(1), z.string().includes('{x}')),
  which: list,
  left: list,
  tell: list,
  doVerbs: list,
  openVerbs: list,
  onVerbs: list,
  offVerbs: list,
  louder: list,
  softer: list,
  warmth: z.record(z.string().min(1), z.string().min(1)),
  lit: list,
  become: list,
  done: z.record(z.string().min(1), z.string().min(1)),
  measures: list,
  // The questions punjabiQuestions.ts reads: words said for "which" first ("kis" = kehri), then the shapes' endings.
  questions: z.object({ rewrite: z.record(z.string().min(1), z.string().min(1)), whichApp: list, whichMaker: list, running: list, have: list, warmUp: list, locked: list }).strict(),
}).strict().parse(raw);

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const MARKERS = set(PUNJABI.markers);
const COPULAS = set(PUNJABI.copulas);
const SHARED = set([...PUNJABI.shared, ...PUNJABI.predicates]);
const WEAK = set(PUNJABI.weak);
const PREDICATES = set(PUNJABI.predicates);
const ACKS = PUNJABI.acknowledgements.map((a) => a.split(' '));
const GURMUKHI = /[\u0A00-\u0A7F]/;
/** Verbs of a request: "kar do", and "khol do", "chala do", "bujha do" ("garage da darwaza khol do"). */
const VERBS = [...PUNJABI.doVerbs, ...PUNJABI.openVerbs, ...PUNJABI.onVerbs, ...PUNJABI.offVerbs];
// The cheap check before the sentence is cut into words (README, "Speed of the language layer"): every way below of
// saying Punjabi needs one of these words (a marker, an acknowledgement's first word, a copula, a weak word, a word of
// "has become", an "and", "ch"/"vich"), or a word written in Gurmukhi (a key of the table, looked for by script).
const SAID_BY = markerSet(['kis', ...PUNJABI.markers, ...ACKS.map((a) => a[0] ?? ''), ...PUNJABI.copulas, ...PUNJABI.weak, ...PUNJABI.become.flatMap((p) => p.split(' ')), ...PUNJABI.and, 'ch', 'vich', ...Object.keys(PUNJABI.gurmukhi)]);

/** Lower-case words of a clause (Gurmukhi is in Latin letters already, gurmukhiWords.ts); a dot inside a word ("pm2.5") stays. */
export function punjabiWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\.(?=\s|$)/g, ' ').split(/[\s,!?;:"()]+/).filter(Boolean);
}

/** Whether the sentence is Punjabi (see the top of this file); one pass over its words. */
export function soundsPunjabi(text: string): boolean {
  if (GURMUKHI.test(text) || wasGurmukhi(text)) return true;
  if (!saysMarker(text, SAID_BY)) return false;
  const all = punjabiWords(text);
  if (all.some((w) => MARKERS.has(w))) return true;
  // "furnace kis company di", "ring doorbell kis app ch": which maker or app, asked the Punjabi way.
  if (asksWhichOf(all)) return true;
  if (ACKS.some((a) => a.length > 1 && a.every((w, i) => all[i] === w))) return true;
  const last = all[all.length - 1] ?? '';
  const before = all[all.length - 2] ?? '';
  // "heat trace chalu aa", "dock camera online aa": the copula after a state word.
  if (COPULAS.has(last) && last !== 'hai' && (all.some((w) => SHARED.has(w)) || PREDICATES.has(before))) return true;
  // "chai wali kettle vi on kar do", "thermostat 15 te kar do": a Hindi verb with a word only Punjabi says so.
  // (The word only Punjabi says is looked for first: one pass, where the verb is looked for at every word.)
  if (all.some((w) => WEAK.has(w)) && all.some((_, i) => endsWith(all.slice(0, i + 1), VERBS) > 0)) return true;
  // "car charge ho gayi", "pit da level?": a Punjabi "has become", or whose measure, last.
  if (endsWith(all, PUNJABI.become) > 0 || (all.length <= 5 && WEAK.has(before) && before !== 'te' && before !== 'vi' && PUNJABI.measures.includes(last))) return true;
  // "dryer vi system ch hai": "in" said as Punjabi's "ch" before the copula.
  if (COPULAS.has(last) && (before === 'ch' || before === 'vich')) return true;
  // "te ਹੀਟਰ vi", "basement apartment ch?": "and" first or "in" last.
  return (all.length > 1 && all.length <= 4 && PUNJABI.and.includes(all[0] ?? '') && all.some((w) => SHARED.has(w) || PUNJABI.too.includes(w))) || (all.length > 1 && (last === 'ch' || last === 'vich'));
}

/** How many words of the longest phrase of the list the words end with (0 when none). */
export function endsWith(ws: readonly string[], phrases: readonly string[]): number {
  let best = 0;
  for (const p of phrases) {
    const parts = p.split(' ');
    if (parts.length > best && parts.length <= ws.length && parts.every((w, i) => ws[ws.length - parts.length + i] === w)) best = parts.length;
  }
  return best;
}

/** How many words of the acknowledgement ("ok thik aa") the words open with. */
export function acknowledged(ws: readonly string[]): number {
  return ACKS.find((a) => a.every((w, i) => ws[i] === w))?.length ?? 0;
}

/** Whether the words end in a Punjabi "which app" or "which company" ("kis app ch", "kehri company da"). */
function asksWhichOf(ws: readonly string[]): boolean {
  const at = ws.findIndex((w) => w === 'kis' || w === 'kehri' || w === 'kehra');
  if (at < 0) return false;
  const rest = ['kehri', ...ws.slice(at + 1)].map((w) => (w === 'ch' ? 'vich' : w));
  return endsWith(rest, [...PUNJABI.questions.whichApp, ...PUNJABI.questions.whichMaker]) === rest.length;
}

/** The latest sentences gurmukhiWords.ts wrote from Gurmukhi: they are Punjabi whatever words they have. */
const FROM_GURMUKHI: string[] = [];
const FROM_GURMUKHI_SIZE = 32;

/** Remembers a sentence written in Latin letters from Gurmukhi ("tandoor garam kar do" of "ਤੰਦੂਰ ਗਰਮ ਕਰ ਦਿਓ"). */
export function rememberGurmukhi(latin: string): void {
  if (FROM_GURMUKHI.includes(latin)) return;
  FROM_GURMUKHI.push(latin);
  if (FROM_GURMUKHI.length > FROM_GURMUKHI_SIZE) FROM_GURMUKHI.shift();
}

const wasGurmukhi = (text: string): boolean => FROM_GURMUKHI.includes(text);
