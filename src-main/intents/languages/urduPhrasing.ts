// Roman Urdu (typed so, or written so from Urdu script by urduWords.ts) in the forms the engine's Hindi reader reads
// (verbFinalCues.ts: "X chalu kar do", "X kahan hai", "P mein kya kya hai"), and the shapes Urdu says its own way in
// English: "kaun kaun se AC chal rahe hain" (which ACs are on), "treadmill hai ghar mein?" (do we have a treadmill),
// "hania ke kamre mein TV hai?" (is there a TV in Hania's room), "X 26 darje par kar do" (set X to 26), "P mein
// kitni garmi hai" (how hot is it in P). Urdu's own verbs are read as the Hindi ones: "chala do"/"jala do"/"roshan kar
// do" turn on, "bujha do" turns off, "laga hai"/"rakha hai" (is put, is kept) is "hai", "chal raha hai" (is running) is
// "chalu hai". An oblique form of a home's name ("bare kamre" of "Bara kamra") is read as the name. A phrase the home
// names something with stays as typed.
import { phraseKey } from '../deviceKinds';
import type { HomeSnapshot } from '../HomeIndex';
import { markerSet, saysMarker } from '../saidWordSet';
import { URDU } from './urduWords';
import { urduQuestion } from './urduQuestions';

const FORMS = Object.entries(URDU.forms).map(([said, read]) => ({ parts: said.split(' '), read: read.split(' ').filter(Boolean) }));
const WHICH = URDU.which.map((p) => p.split(' '));
const HAVE = URDU.have.map((p) => p.split(' '));
const SOME = new Set(URDU.some);
const AT = new Set(URDU.at);
const DEGREES = new Set(URDU.degrees);
const SAID_BY = markerSet([...URDU.markers, ...FORMS.map((f) => f.parts[0] ?? ''), ...WHICH.map((w) => w[0] ?? '')]);
const STATE: Record<string, string> = { chalu: 'on', on: 'on', band: 'off', off: 'off', khula: 'open', khuli: 'open', khule: 'open' };
const IS = new Set(['hai', 'hain']);
const IN = new Set(['mein', 'me', 'main']);
const NUMBER = /^\d+(?:[.,]\d+)?$/;
const DO = ['kar do', 'karo', 'kar dijiye', 'kar de'].map((p) => p.split(' '));
const NOW = URDU.now.map((p) => p.split(' '));
const OF = new Set(['ka', 'ki', 'ke']);
const GRAMMAR = new Set([...OF, 'da', 'di', 'de', 'te', 'ch', 'vich', 'ya', 'to', 'se', 'ko', 'ne', 'pe', 'par']);
const VOCATIVES = new Set(URDU.vocatives);
const ACKS = URDU.acknowledgements.map((a) => a.split(' '));
const HINDI_CUES = new Set(['kar', 'do', 'karo', 'hai', 'hain', 'ka', 'ki', 'ke', 'mein', 'wala', 'wali', 'wale', 'kya', 'kahan', 'kitna', 'kitni', 'kitne']);
/** "kamre": rooms, unless the home names something with the word. */
const inEnglish = (ws: readonly string[], snapshot: HomeSnapshot): string => ws.map((w) => (URDU.nouns[w] && !snapshot.phrases.has(w) ? URDU.nouns[w] : w)).join(' ');
const LEVEL = new Set([...URDU.softer, ...URDU.louder, 'chalu']);

/** The sentence in English or in the Hindi reader's forms, or undefined when it says nothing Urdu. */
export function urduPhrasing(text: string, snapshot: HomeSnapshot): string | undefined {
  if (!saysMarker(text, SAID_BY)) return undefined;
  const asked = /\?\s*$/.test(text) || /^\s*kya\b/i.test(text);
  const said = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[?!]+/g, ' ').split(/\s+/).filter(Boolean);
  // "aur AC bhi chala do": "and" first and "too" are no words of the request; the request is said as another.
  const typed = withoutAcknowledgement(said);
  const and = typed.length > 1 && typed[0] === 'aur';
  // "bhai motor chala do": who is spoken to, first, is no word of the request.
  const first = and ? 1 : 0;
  const called = typed.length > first + 2 && VOCATIVES.has(typed[first] ?? '') && !OF.has(typed[first + 1] ?? '') && !snapshot.phrases.has(typed[first] ?? '') ? 1 : 0;
  const ws = withoutNow(directForms(withForms(typed.slice((and ? 1 : 0) + called), snapshot), snapshot), snapshot).filter((w, i) => w !== 'bhi' || i === 0);
  const of = (part: readonly string[]): string => possessive(part, snapshot);
  const kind = (part: readonly string[]): string => inEnglish(part, snapshot);
  const english = bareCommand(ws) ?? urduQuestion(ws, snapshot, of) ?? kindInState(ws, of, kind) ?? setTo(ws, of) ?? warmthIn(ws, of) ?? counted(ws, of, kind) ?? haveAsked(ws, asked, snapshot, of);
  if (english) return `${and ? 'and ' : ''}${english}`;
  // The Hindi reader reads a request with its cue words; "and" before them would be read as part of the thing.
  const read = ws.join(' ');
  const andSaid = and && !ws.some((w) => HINDI_CUES.has(w));
  return read !== typed.join(' ') ? `${andSaid ? 'and ' : ''}${read}${asked ? '?' : ''}` : undefined;
}

/** "theek hai motor chala do": the request after the acknowledgement. */
function withoutAcknowledgement(ws: readonly string[]): string[] {
  const bare = ws.map((w) => w.replace(/,$/, ''));
  const ack = ACKS.filter((a) => a.length < ws.length && startsAt(bare, 0, a)).reduce((n, a) => Math.max(n, a.length), 0);
  return ws.slice(ack);
}

/** "is waqt kaun se AC", "abhi chala do": the words of now, unless the home names something with them. */
function withoutNow(ws: readonly string[], snapshot: HomeSnapshot): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const now = NOW.find((p) => startsAt(ws, i, p) && !snapshot.phrases.has(phraseKey(p.join(' '))));
    if (now && ws.length > now.length) i += now.length;
    else out.push(ws[i++] ?? '');
  }
  return out;
}

/** "ammi ke room": "ammi's room", unless the words are (part of) a name of the home ("Saad ka AC"). */
function possessive(ws: readonly string[], snapshot: HomeSnapshot): string {
  if (snapshot.phrases.has(phraseKey(ws.join(' ')))) return ws.join(' ');
  const out: string[] = [];
  for (const [i, w] of ws.entries()) {
    const prev = out[out.length - 1];
    const named = [2, 3, 4].some((n) => [0, 1, 2].some((back) => i - 1 - back >= 0 && i - 1 - back + n > i && snapshot.phrases.has(phraseKey(ws.slice(i - 1 - back, i - 1 - back + n).join(' ')))));
    if (prev && i < ws.length - 1 && OF.has(w) && !named) out[out.length - 1] = prev.endsWith("'s") ? prev : `${prev}'s`;
    else out.push(w);
  }
  return out.join(' ');
}

/** "chalu kar do", "band kar dijiye": the device in the conversation. */
function bareCommand(ws: readonly string[]): string | undefined {
  const verb = DO.find((p) => p.length + 1 === ws.length && startsAt(ws, 1, p));
  const state = verb ? STATE[ws[0] ?? ''] : undefined;
  return state === 'on' || state === 'off' ? `turn it ${state}` : undefined;
}

/** "flat mein kitne AC hain", "kitne devices hain Hyderabad wala ghar mein": how many of a kind are in the place. */
function counted(ws: readonly string[], of: (p: readonly string[]) => string, inWords: (p: readonly string[]) => string): string | undefined {
  const many = ws.indexOf('kitne');
  const is = ws.findIndex((w, i) => i > many && IS.has(w));
  if (many < 0 || is < many + 2) return undefined;
  const kind = ws.slice(many + 1, is);
  const before = ws.slice(0, many);
  const after = ws.slice(is + 1);
  if (kind.some((w) => STATE[w] || IN.has(w))) return undefined;
  if (before.length === 0 && after.length === 0) return `how many ${inWords(kind)} are there`;
  const place = before.length > 1 && after.length === 0 && IN.has(before[before.length - 1] ?? '') ? before.slice(0, -1) : before.length === 0 && after.length > 1 && IN.has(after[after.length - 1] ?? '') ? after.slice(0, -1) : undefined;
  return place ? `how many ${inWords(kind)} are in ${of(place)}` : undefined;
}

/** The Roman Urdu forms read as the Hindi ones, longest first, unless the home names something with them. */
function withForms(ws: readonly string[], snapshot: HomeSnapshot): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let best: (typeof FORMS)[number] | undefined;
    for (const f of FORMS) if ((!best || f.parts.length > best.parts.length) && f.parts.every((p, j) => ws[i + j] === p)) best = f;
    if (best && !snapshot.phrases.has(phraseKey(best.parts.join(' ')))) {
      out.push(...best.read);
      i += best.parts.length;
    } else out.push(ws[i++] ?? '');
  }
  return out;
}

/** "bare kamre ka ac": "bara kamra ka ac" when the home's name says "Bara kamra" (Urdu's oblique -e of a -a word). */
function directForms(ws: readonly string[], snapshot: HomeSnapshot): string[] {
  const out = [...ws];
  // A word of a name the home says as typed ("Ammi ke kamre ka AC") keeps its form.
  const named = new Set<number>();
  for (let n = Math.min(snapshot.longestPhrase, ws.length); n >= 2; n--) {
    for (let i = 0; i + n <= ws.length; i++) if (snapshot.phrases.has(phraseKey(ws.slice(i, i + n).join(' ')))) for (let j = i; j < i + n; j++) named.add(j);
  }
  for (let n = 4; n >= 2; n--) {
    for (let i = 0; i + n <= out.length; i++) {
      const run = out.slice(i, i + n);
      if (!run.some((w) => /[^aeiou]e$/.test(w)) || run.some((_, j) => named.has(i + j))) continue;
      const direct = run.map((w) => w.replace(/([^aeiou])e$/, '$1a'));
      if (snapshot.phrases.has(phraseKey(direct.join(' ')))) out.splice(i, n, ...direct);
    }
  }
  return out;
}

const startsAt = (ws: readonly string[], at: number, parts: readonly string[]): boolean => parts.every((p, j) => ws[at + j] === p);

/** The longest "kaun kaun se" at `at` (words), 0 when none. */
function whichAt(ws: readonly string[], at: number): number {
  return WHICH.filter((p) => startsAt(ws, at, p)).reduce((n, p) => Math.max(n, p.length), 0);
}

/** "[P mein] kaun kaun se AC chalu hain": which of a kind are on (or off, open), in the place said before. */
function kindInState(ws: readonly string[], of: (p: readonly string[]) => string, inWords: (p: readonly string[]) => string): string | undefined {
  const at = ws.findIndex((_, i) => whichAt(ws, i) > 0);
  if (at < 0 || !IS.has(ws[ws.length - 1] ?? '')) return undefined;
  const state = STATE[ws[ws.length - 2] ?? ''];
  const kind = ws.slice(at + whichAt(ws, at), state ? -2 : -1);
  if (kind.length === 0 || kind.some((w) => IS.has(w) || IN.has(w))) return undefined;
  const before = ws.slice(0, at);
  const place = IN.has(before[before.length - 1] ?? '') ? before.slice(0, -1) : undefined;
  if (before.length > 0 && !place) return undefined;
  const where = place && place.length > 0 ? ` in ${of(place)}` : '';
  return state ? `which ${inWords(kind)} are ${state}${where}` : place ? `which ${inWords(kind)} are${where}` : undefined;
}

/** "X 24 pe kar do", "X 26 darje par kar do", "X chalu kar do 24 pe": set X to the number. */
function setTo(ws: readonly string[], of: (p: readonly string[]) => string): string | undefined {
  const verb = DO.find((p) => p.length < ws.length && startsAt(ws, ws.length - p.length, p));
  let rest = verb ? ws.slice(0, -verb.length) : [...ws];
  // "X chalu kar do 24 pe": the number said after the command.
  const after = !verb && ws.length > 4 && NUMBER.test(ws[ws.length - 2] ?? '') && AT.has(ws[ws.length - 1] ?? '') ? ws.slice(0, -2) : undefined;
  if (after) {
    const onVerb = DO.find((p) => startsAt(after, after.length - p.length, p));
    // ("chalu" too: "chala do 24 pe" turns it on at 24.)
    if (!onVerb || !LEVEL.has(after[after.length - onVerb.length - 1] ?? '') || after.length < onVerb.length + 2) return undefined;
    return `set the ${of(after.slice(0, -onVerb.length - 1))} to ${ws[ws.length - 2]}`;
  }
  if (!verb) return undefined;
  if (AT.has(rest[rest.length - 1] ?? '')) rest = rest.slice(0, -1);
  if (DEGREES.has(rest[rest.length - 1] ?? '')) rest = rest.slice(0, -1);
  const n = rest[rest.length - 1] ?? '';
  if (rest.length === ws.length - verb.length || !NUMBER.test(n)) return undefined;
  // "set the …": a name's "ka" before "to" reads as Norwegian ("ka" = what) without it.
  return rest.length > 1 ? `set the ${of(rest.slice(0, -1))} to ${n}` : `set it to ${n}`;
}

/** "ammi ke room mein kitni garmi hai": how hot it is in the place. */
function warmthIn(ws: readonly string[], of: (p: readonly string[]) => string): string | undefined {
  const much = ws.findIndex((w) => w === 'kitni' || w === 'kitna');
  const warmth = URDU.warmth[ws[much + 1] ?? ''];
  if (much < 1 || !warmth || !IS.has(ws[much + 2] ?? '') || ws.length !== much + 3) return undefined;
  const before = ws.slice(0, much);
  if (before.length === 1 && before[0] === 'wahan') return `how ${warmth} is it there`;
  return IN.has(before[before.length - 1] ?? '') ? `how ${warmth} is it in ${of(before.slice(0, -1))}` : `how ${warmth} is the ${of(before)}`;
}

/**
 * "treadmill hai ghar mein?", "ڈش واشر ہے ہمارے پاس؟", "hamare paas koi sprinkler hai?": do we have one; "hania ke
 * kamre mein TV hai?": is there one in the place. Only asked, and only when what is asked about is no state ("AC chalu
 * hai" asks whether it is on).
 */
function haveAsked(ws: readonly string[], asked: boolean, snapshot: HomeSnapshot, of: (p: readonly string[]) => string): string | undefined {
  if (!asked) return undefined;
  let q = ws[0] === 'kya' ? ws.slice(1) : [...ws];
  let have = false;
  for (const p of HAVE) {
    if (startsAt(q, 0, p)) { q = q.slice(p.length); have = true; }
    if (p.length < q.length && startsAt(q, q.length - p.length, p)) { q = q.slice(0, -p.length); have = true; }
  }
  if (!IS.has(q[q.length - 1] ?? '')) return undefined;
  q = q.slice(0, -1).filter((w) => !SOME.has(w));
  const inAt = q.findIndex((w) => IN.has(w));
  if (q.length === 0 || q.some((w) => STATE[w] || IS.has(w) || /^(kya|kahan|kidhar|kitn[aei]|kab|kaun|kaise|kis|kyun|kaunsa|kaunsi|konsa|konsi)$/.test(w))) return undefined;
  // The thing asked about is a few words of no grammar ("garage da door bund hai?" asks of a state).
  const plain = (thing: readonly string[]): boolean => thing.length > 0 && thing.length <= 3 && !thing.some((w) => GRAMMAR.has(w));
  if (inAt > 0 && !have && plain(q.slice(inAt + 1))) return `is there a ${q.slice(inAt + 1).join(' ')} in ${of(q.slice(0, inAt))}`;
  if (inAt >= 0 || !plain(q) || (!have && snapshot.phrases.has(phraseKey(q.join(' '))))) return undefined;
  return `do we have a ${q.join(' ')}`;
}
