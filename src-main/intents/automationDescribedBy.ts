// "what does the fireworks automation actually do" where the rule is "Lejl tal-murtali", described "festa fireworks
// nights: shutters down …": the word said right before "automation" (or "schedule") is no name here, but one rule of
// that sort says it in its description or its why. That rule is meant; listing every automation answered nothing.
// Two rules or none that say every such word keep the reading as it was, and so does a rule whose NAME says them
// ("Load-shedding mode" beside one described "load-shedding mein battery bachao": the names are read elsewhere). A
// state asked ("is the frost protection automation enabled") keeps its reading too: the follow-ups after a rule's
// state answer carry the device it switches, not the rule ("what triggers it" was then answered of the plug).
import type { Entity } from '../../src-shared/protocol/entities';
import { CUES } from './cueWords';
import type { HomeSnapshot } from './HomeIndex';
import { STOP_WORDS, type Mention } from './mentions';
import { tokenize, type Token } from './normalizeText';
import { stemMatch } from './procedureFit';

const RULE_WORDS: ReadonlySet<string> = new Set([...CUES.automation, ...CUES.schedule]);
const SAID_FIELDS = ['description', 'why', 'reason'];
const MAX_WORDS = 2;
const MIN_LETTERS = 4;
const STATE_ASKED: ReadonlySet<string> = new Set(['enabled', 'disabled', 'active', 'inactive', 'on', 'off', 'running']);

/** The automation mention for the words said right before "automation"/"schedule", when one rule's description says them. */
export function automationDescribedBy(snapshot: HomeSnapshot, tokens: readonly Token[], mentions: readonly Mention[]): Mention | undefined {
  const at = tokens.findIndex((t) => RULE_WORDS.has(t.key));
  if (at < 1 || tokens.some((t) => STATE_ASKED.has(t.key))) return undefined;
  let start = at;
  while (start > 0 && at - start < MAX_WORDS && !STOP_WORDS.has(tokens[start - 1]?.key ?? '') && !RULE_WORDS.has(tokens[start - 1]?.key ?? '')) start--;
  const words = tokens.slice(start, at).map((t) => t.key);
  if (words.length === 0 || words.some((w) => w.length < MIN_LETTERS) || mentions.some((m) => m.start < at && m.end > start)) return undefined;
  if (snapshot.automations.some((rule) => words.every((w) => tokenize(rule.name).some((t) => stemMatch(t.key, w))))) return undefined;
  const wanted = CUES.schedule.includes(tokens[at]?.key ?? '') ? 'schedule' : 'automation';
  const saying = snapshot.automations.filter((rule) => rule.entity_type === wanted && words.every((w) => saidOf(rule).some((k) => stemMatch(k, w))));
  const [rule] = saying;
  return saying.length === 1 && rule ? { start, end: at + 1, text: tokens.slice(start, at + 1).map((t) => t.text).join(' '), entities: { automation: [rule] } } : undefined;
}

function saidOf(rule: Entity): string[] {
  return SAID_FIELDS.map((f) => rule.content[f]).filter((v): v is string => typeof v === 'string').flatMap((v) => tokenize(v).map((t) => t.key));
}
