// "what happens when tutu presses her button", "what happens if theres a leak under the sink", "is there an alert if
// the pit fills up": the question names an event, not a device the engine can resolve, and the answer is the
// automation whose trigger (or description of it) speaks of that event ("Tutu's help button", "Leak sensor kouzina
// wet", `event: "unlocked"`). Only one automation that fits best is said; two that fit equally, or none, leave the
// question to the rest of the engine, which declines or answers honestly.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { STOP_WORDS } from './mentions';
import { tokenize, type Token } from './normalizeText';
import lexicon from './lexicon/eventQuestions.json';

const ASKS: ReadonlySet<string> = new Set(lexicon.asks);
const CONDITIONS: ReadonlySet<string> = new Set(lexicon.conditions);
const VAGUE: ReadonlySet<string> = new Set(lexicon.vague);

/** All strings under a trigger (keys and values), underscores as spaces: `{event: "rain_detected"}` → "event rain detected". */
function said(value: unknown): string {
  if (typeof value === 'string') return value.replace(/_/g, ' ');
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(said).join(' ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k.replace(/_/g, ' ')} ${said(v)}`).join(' ');
  return '';
}

/** The same word in another form: "unlock"/"unlocked", "presses"/"pressed", "leak"/"leaking". */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 5 || (n >= 4 && (n === a.length || n === b.length));
}

function matched(words: readonly string[], keys: readonly string[]): number {
  return words.filter((w) => keys.some((k) => sameStem(w, k))).length;
}

/** The words of the event: after the first "if"/"when" of a question that asks what follows from it. */
export function eventWords(tokens: readonly Token[]): string[] | undefined {
  const keys = tokens.map((t) => t.key);
  if (!keys.some((k) => ASKS.has(k))) return undefined;
  const at = keys.findIndex((k) => CONDITIONS.has(k));
  if (at < 0) return undefined;
  const words = keys.slice(at + 1).filter((k) => k.length >= 3 && !STOP_WORDS.has(k) && !VAGUE.has(k) && !ASKS.has(k) && !/^\d+$/.test(k));
  return words.length > 0 ? words : undefined;
}

/** The one automation whose trigger fits the event best (trigger words count twice its description's), if one does. */
export function automationForEvent(snapshot: HomeSnapshot, words: readonly string[]): Entity | undefined {
  const scored = snapshot.automations.filter((a) => a.entity_type === 'automation').map((a) => {
    const trigger = a.content['trigger'];
    const triggerText = said(trigger);
    // "Sensore perdita cucina wet" is a leak: the capabilities of the devices the trigger names speak of the event too.
    const lower = triggerText.toLowerCase();
    const sensed = snapshot.devices.filter((d) => d.name.length >= 3 && lower.includes(d.name.toLowerCase())).flatMap((d) => capabilitiesOf(d));
    const triggerKeys = tokenize(`${triggerText} ${sensed.join(' ').replace(/_/g, ' ')}`).map((t) => t.key);
    const description = a.content['description'];
    const describedKeys = tokenize(typeof description === 'string' ? description : '').map((t) => t.key);
    return { a, score: 2 * matched(words, triggerKeys) + matched(words, describedKeys) };
  }).filter((s) => s.score >= 2).sort((x, y) => y.score - x.score);
  const [best, next] = scored;
  return best && (!next || next.score < best.score) ? best.a : undefined;
}

export function eventAutomation(text: string, snapshot: HomeSnapshot): IntentMatch | undefined {
  const tokens = tokenize(text);
  const words = eventWords(tokens);
  const only = words ? automationForEvent(snapshot, words) : undefined;
  if (!only) return undefined;
  return {
    intent: 'automation_targets',
    category: 'structure',
    slots: { automation: { type: 'entity', text: only.name, entity: only, how: 'synonym' } },
    confidence: 0.8,
    alternatives: [],
    template: 'slots:event-automation',
    words: tokens.map((t) => t.key),
  };
}
