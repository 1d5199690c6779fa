// "What are the house rules about the tumble dryer?", "what's the rule about heaters": in a home with a note called
// "House rules" ("No beast after 10pm … Heaters off when you go out"), a rule about a device is the household's
// rule, not an automation. Read as "automations of the dryer", the answer was "The beast has none of its own" (a
// wrong none). When the asker says "rule" (and no word of automations), a note named with that word whose sentences
// name the device or the kind asked is the answer; otherwise the automations answer stays.
import type { Entity } from '../../src-shared/protocol/entities';
import { devicesOfKind } from './answerSearch';
import { entitySlot, said, type IntentAnswerInput } from './IntentAnswerInput';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';

const RULE_WORDS = ['rule', 'rules'];
/** Words that ask for automations outright: then "rule" is the home's automation rule. */
const AUTOMATION_WORDS = ['automation', 'routine', 'scene', 'trigger', 'triggered', 'automated', 'automatically'];
/** A word this short is matched whole; longer ones by their first five letters ("heaters" ~ "heater"). */
const STEM = 5;

const keysOf = (text: string): string[] => tokenize(text).map((t) => t.key).filter((k) => k.length >= 3 && !STOP_WORDS.has(k));
const same = (a: string, b: string): boolean => a === b || (a.length >= STEM && b.length >= STEM && a.slice(0, STEM) === b.slice(0, STEM));

/** The sentences of the home's rule notes about the device or kind asked, with the note named; undefined otherwise. */
export async function houseRulesNote(input: IntentAnswerInput): Promise<string | undefined> {
  if (!said(input.match, ...RULE_WORDS) || said(input.match, ...AUTOMATION_WORDS)) return undefined;
  const visible = (note: Entity): boolean => note.content['private'] !== true || input.context.role === 'admin';
  const notes = input.snapshot.notes.filter((n) => visible(n) && keysOf(n.name).some((k) => RULE_WORDS.includes(k)));
  if (notes.length === 0) return undefined;
  const device = entitySlot(input.match, 'device');
  const kind = input.match.slots['kind'];
  const devices = device ? [device] : kind?.type === 'kind' ? await devicesOfKind(input, kind.kind, entitySlot(input.match, 'place')) : [];
  // A kind asked ("heaters") is matched by its own word; a device by its name without its owner ("Tom's").
  const nameWords = (d: Entity): string[] => keysOf(d.name.replace(/\p{L}+['’]s\b/gu, ' '));
  const words = new Set(device ? [...nameWords(device), ...keysOf(input.match.slots['device']?.text ?? '')] : keysOf(kind?.text ?? ''));
  for (const rule of RULE_WORDS) words.delete(rule);
  if (words.size === 0) return undefined;
  const lines: string[] = [];
  for (const note of notes) {
    const text = typeof note.content['text'] === 'string' ? (note.content['text'] as string) : '';
    const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => keysOf(s).some((k) => [...words].some((w) => same(k, w))));
    if (sentences.length === 0) continue;
    input.answer.cite(note, ...devices.filter((d) => sentences.some((s) => keysOf(s).some((k) => nameWords(d).some((w) => same(k, w))))));
    lines.push(`${note.name}: ${sentences.join(' ')}`);
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}
