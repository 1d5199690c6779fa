// "arm the alarm away", "set the alarm to night mode": the mode an alarm is armed in is said after the panel, and is
// no word of its name or description. The closed class of arming modes alarm panels use.
import type { Entity } from '../../src-shared/protocol/entities';
import { armStateKey } from './alarmControl';
import type { Token } from './normalizeText';

const ARM_MODES: ReadonlySet<string> = new Set(['away', 'home', 'stay', 'night', 'full', 'full set', 'part', 'part set', 'partial', 'perimeter', 'vacation', 'holiday', 'instant', 'max', 'day']);
const LEADS: ReadonlySet<string> = new Set(['in', 'on', 'to', 'for']);
/** "disarm the alarm im home": a mode word after a subject or verb is part of a reason, not the mode. */
const SAID_OF_SOMEONE: ReadonlySet<string> = new Set(['i', 'im', "i'm", 'we', 'were', "we're", 'you', 'they', 'he', 'she', 'am', 'are', 'is', 'be', 'back', 'at', 'get', 'got', 'not', 'going', 'gone', 'leaving', 'left']);

/** The target words without a trailing arming mode ("alarm away" → "alarm"); unchanged when nothing else is left. */
export function withoutArmMode(tokens: readonly Token[]): readonly Token[] {
  let end = tokens.length;
  if (tokens[end - 1]?.key === 'mode') end--;
  const two = end >= 2 ? `${tokens[end - 2]?.key ?? ''} ${tokens[end - 1]?.key ?? ''}` : '';
  const size = ARM_MODES.has(two) ? 2 : ARM_MODES.has(tokens[end - 1]?.key ?? '') ? 1 : 0;
  if (size === 0 || SAID_OF_SOMEONE.has(tokens[end - size - 1]?.key ?? '')) return tokens;
  end -= size;
  while (end > 1 && LEADS.has(tokens[end - 1]?.key ?? '')) end--;
  return end >= 1 && end < tokens.length ? tokens.slice(0, end) : tokens;
}

/** A read target as the slot resolver gives it (only what the check below looks at). */
interface ReadTarget {
  value: { type: string; entity?: Entity; candidates?: Entity[]; kind?: { id: string } | undefined; devices?: Entity[] };
  score: number;
}

/**
 * "set the alarm", "put the alarm on night": verbs that set many things arm only an alarm. The target is kept when it
 * is something that can be armed (by its own state), or the alarms as a kind; anything else is no reading of the
 * words ("set the heating to 20", "put the kettle on" go to their own templates).
 */
export function armableOnly<T extends ReadTarget>(read: T): T {
  const v = read.value;
  const armable = (d: Entity | undefined): boolean => d !== undefined && armStateKey(d) !== undefined;
  const fits = v.type === 'entity' ? armable(v.entity)
    : v.type === 'ambiguous' ? (v.candidates ?? []).some(armable)
    : v.type === 'group' ? v.kind?.id === 'alarm' && (v.devices ?? []).every(armable)
    : false;
  return fits ? read : { ...read, score: 0 };
}

/**
 * The arming mode a command says ("arm it in night mode", "arm the alarm away"): a mode word followed by "mode", or
 * after "in"/"to"/"on", never one said of someone ("we're home"). Undefined when none is said.
 */
export function armModeSaid(words: readonly string[]): string | undefined {
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!ARM_MODES.has(word) || SAID_OF_SOMEONE.has(words[i - 1] ?? '')) continue;
    if (words[i + 1] === 'mode' || LEADS.has(words[i - 1] ?? '')) return word;
  }
  return undefined;
}

