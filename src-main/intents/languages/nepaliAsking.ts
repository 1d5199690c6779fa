// Nepali questions about what a thing is run by, runs, or where it is, read in English (nepaliQuestions.ts reads
// settings and times; nepaliPhrasing.ts the rest, in Roman Hindi): "geyser kun app bata chalaune" (which app controls
// X), "echo dot le k k control garcha" (what does X control), "geyser lai kun kun automation cha" (which automations
// run X), "pasal bata kausi jane bato" (how do I get from A to B), "gate lock ko battery kasari ferne" (how do I change
// X), "inverter bare ma k k note cha" (notes about X), "dehumidifier kun kotha ma chha" (where is X), "kati ota camera
// cha" (how many). The words come romanised, particles out; the lexicon's "asking" table names the verbs
// (lexicon/nepali.json).
import { NEPALI } from './nepaliWords';

const A = NEPALI.asking;
const IS = new Set(NEPALI.questions.copulas);
const WHAT = (ws: readonly string[], i: number): number => (ws[i] === 'k' && ws[i + 1] === 'k') || (ws[i] === 'ke' && ws[i + 1] === 'ke') || (ws[i] === 'kun' && ws[i + 1] === 'kun') ? 2 : ws[i] === 'k' || ws[i] === 'kun' || ws[i] === 'ke' ? 1 : 0;
const the = (thing: readonly string[]): string => `the ${thing.join(' ')}`;
const restIs = (ws: readonly string[], words: readonly string[]): boolean => ws.every((w) => IS.has(w) || words.includes(w));

/** The sentence's words (romanised, particles out) as an English question, or undefined. */
export function nepaliAsking(ws: readonly string[]): string | undefined {
  return appAsked(ws) ?? controlsAsked(ws) ?? automationsAsked(ws) ?? wayAsked(ws) ?? howToAsked(ws) ?? notesAsked(ws) ?? whereAsked(ws) ?? countAsked(ws) ?? makerAsked(ws);
}

/** "geyser kun app bata chalaune", "signboard ko app k ho": which app controls it. */
function appAsked(ws: readonly string[]): string | undefined {
  const app = ws.indexOf('app');
  if (app < 1) return undefined;
  const asked = WHAT(ws, app - 1) ? app - 1 : WHAT(ws, app + 1) ? app : -1;
  if (asked < 0 || !restIs(ws.slice(asked === app ? app + 2 : app + 1), [...A.run, 'bata', 'le'])) return undefined;
  const thing = ws.slice(0, asked === app ? app : app - 1).filter((w, i, all) => !(w === 'ko' && i === all.length - 1));
  return thing.length ? `which app controls ${the(thing)}` : undefined;
}

/** "echo dot le k k control garcha", "Tapo app le k k chalaucha": what it controls; "X lai k le control garcha": what controls X. */
function controlsAsked(ws: readonly string[]): string | undefined {
  const le = ws.indexOf('le');
  const lai = ws.indexOf('lai');
  if (lai > 0 && WHAT(ws, lai + 1) && ws[lai + 1 + WHAT(ws, lai + 1)] === 'le' && restIs(ws.slice(lai + 2 + WHAT(ws, lai + 1)), A.run)) return `what controls ${the(ws.slice(0, lai))}`;
  if (le < 1 || WHAT(ws, le + 1) !== 2 || !restIs(ws.slice(le + 3), A.run)) return undefined;
  return `what does ${the(ws.slice(0, le))} control`;
}

/** "geyser lai kun kun automation cha", "greenhouse pankha kun automation le chalaucha", "kun kun automation disabled cha". */
function automationsAsked(ws: readonly string[]): string | undefined {
  const at = ws.findIndex((w) => w === 'automation' || w === 'automations');
  if (at < 1) return undefined;
  const n = WHAT(ws, at - 2) === 2 ? 2 : WHAT(ws, at - 1) ? 1 : 0;
  if (!n) return undefined;
  const thing = ws.slice(0, at - n).filter((w, i, all) => !(w === 'lai' && i === all.length - 1));
  const rest = ws.slice(at + 1);
  if (!thing.length) {
    const state = rest.find((w) => !IS.has(w));
    return state && A.states.includes(state) && restIs(rest, [state]) ? `which automations are ${state}` : undefined;
  }
  return restIs(rest, [...A.run, 'le']) ? `which automations run ${the(thing)}` : undefined;
}

/** "pasal bata kausi jane bato", "pasal bata bhandar kasari jane": the way from A to B. */
function wayAsked(ws: readonly string[]): string | undefined {
  const from = ws.indexOf('bata');
  const go = ws.findIndex((w, i) => i > from + 1 && A.go.includes(w));
  if (from < 1 || go < 0 || !restIs(ws.slice(go + 1), A.way)) return undefined;
  const to = ws.slice(from + 1, go).filter((w) => w !== 'kasari');
  return to.length ? `how do I get from ${the(ws.slice(0, from))} to ${the(to)}` : undefined;
}

/** "gate lock ko battery kasari ferne", "inverter bypass kasari garne": how to do it. */
function howToAsked(ws: readonly string[]): string | undefined {
  const at = ws.indexOf('kasari');
  const verb = A.howVerbs[ws[at + 1] ?? ''];
  if (at < 1 || verb === undefined || !restIs(ws.slice(at + 2), [])) return undefined;
  // "gate lock ko battery": the gate lock battery.
  const thing = ws.slice(0, at).filter((w) => w !== 'ko');
  const last = thing[thing.length - 1] ?? '';
  if (!verb && A.englishVerbs.includes(last)) return thing.length > 1 ? `how do I ${last} ${the(thing.slice(0, -1))}` : undefined;
  return verb ? `how do I ${verb} ${the(thing)}` : undefined;
}

/** "inverter bare ma k k note cha": the notes about it. */
function notesAsked(ws: readonly string[]): string | undefined {
  const at = ws.indexOf('bare');
  if (at < 1 || (ws[at + 1] !== 'ma' && ws[at + 1] !== 'maa')) return undefined;
  const n = WHAT(ws, at + 2);
  if (!n || !restIs(ws.slice(at + 2 + n), ['note', 'notes', 'lekheko'])) return undefined;
  return `what notes are there about ${the(ws.slice(0, at))}`;
}

/** "dehumidifier kun kotha ma chha", "echo dot kaha rakheko": where it is. */
function whereAsked(ws: readonly string[]): string | undefined {
  const at = ws.findIndex((w, i) => (w === 'kun' && (ws[i + 1] === 'kotha' || ws[i + 1] === 'room') && ws[i + 2] === 'ma') || w === 'kaha' || w === 'kahaa');
  if (at < 1) return undefined;
  const rest = ws.slice(at + (ws[at] === 'kun' ? 3 : 1));
  return restIs(rest, ['rakheko', 'raakheko', 'chha', 'cha']) && rest.length <= 2 ? `where is ${the(ws.slice(0, at))}` : undefined;
}

/** "kati ota camera cha hamro", "hamro kativata motor chan": how many. */
function countAsked(ws: readonly string[]): string | undefined {
  const at = ws.findIndex((w, i) => w === 'kativata' || w === 'katiwata' || (w === 'kati' && (ws[i + 1] === 'ota' || ws[i + 1] === 'wota' || ws[i + 1] === 'wata' || ws[i + 1] === 'vata')));
  if (at < 0) return undefined;
  const after = ws.slice(at + (ws[at] === 'kati' ? 2 : 1)).filter((w) => w !== 'hamro' && w !== 'ghar' && w !== 'ma');
  const kind = after.filter((w) => !IS.has(w));
  if (!kind.length || kind.length > 2 || !ws.slice(0, at).every((w) => w === 'hamro' || w === 'ghar' || w === 'ma')) return undefined;
  const plural = kind.map((w, i) => (i === kind.length - 1 && !w.endsWith('s') ? `${w}s` : w)).join(' ');
  return `how many ${plural} are there`;
}

/** "Samsung ko k k saman cha ghar ma", "Xiaomi ko sensor haru kun kun": the maker's things. */
function makerAsked(ws: readonly string[]): string | undefined {
  const of = ws.indexOf('ko');
  if (of !== 1) return undefined;
  const n = WHAT(ws, 2);
  const noun = n ? ws[2 + n] : ws[2];
  const things = A.things[noun ?? ''];
  if (!things) return undefined;
  const rest = ws.slice(n ? 3 + n : 3).filter((w) => w !== 'haru' && w !== 'ghar' && w !== 'ma');
  const restAsked = n ? rest : rest.slice(WHAT(rest, 0));
  if (!n && !WHAT(rest, 0)) return undefined;
  return restIs(restAsked, []) ? `what ${ws[0] ?? ''} ${things} do we have` : undefined;
}
