// "backyard light on?" answered for the three lights of the outdoor zone, then "put it on": the follow-up put the
// whole group in place of "it" and proposed turning on three lights. "it" is one thing: a command whose target came
// from the conversation as a group of several, said with a singular pronoun and no word of the group, asks which one.
// "turn them on", "all of them", "put the lights on" keep the group.
import type { Entity } from '../../src-shared/protocol/entities';
import { devicesWithin, type HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { membersOfKind } from './kindMembers';
import { tokenize } from './normalizeText';

/** Words that say several ("them", "all", "both"): the group is meant. */
const SEVERAL: ReadonlySet<string> = new Set(['them', 'they', 'all', 'both', 'those', 'these', 'em', 'every', 'each', 'everything']);
/** Most devices offered in a question back. */
const MAX_OFFERED = 6;

/** The match with a group target asked back as one of its devices; the same match when that is not so. */
export function singularItGroup(typed: string, match: IntentMatch, snapshot: HomeSnapshot, recent: readonly Entity[]): IntentMatch {
  const target = match.slots['target'];
  if (match.category !== 'control' || target?.type !== 'group') return match;
  const said = tokenize(typed).map((t) => t.key);
  if (!said.includes('it') || said.some((w) => SEVERAL.has(w))) return match;
  // The group's own words said ("put the light on"): the group was asked for, not taken from the conversation.
  const groupWords = tokenize(target.text).map((t) => t.key).filter((w) => w.length > 2 && !['the', 'and'].includes(w));
  if (groupWords.some((w) => said.includes(w) || said.includes(w.replace(/s$/, '')))) return match;
  const there = target.place ? new Set(devicesWithin(snapshot, target.place)) : undefined;
  // A group of a place alone ("outside") is what the last answer was about there: its devices.
  const group: Entity[] = target.devices ?? (target.kind ? membersOfKind(snapshot, target.kind) : recent.filter((e) => e.entity_type === 'device')).filter((d) => !there || there.has(d));
  if (group.length < 2) return match;
  return { ...match, slots: { ...match.slots, target: { type: 'ambiguous', text: 'it', expected: 'device', candidates: group.slice(0, MAX_OFFERED) } } };
}
