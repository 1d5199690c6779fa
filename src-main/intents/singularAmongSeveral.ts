// "turn on the lamp there" in a room with two lamps: a lamp said once, in the singular, is one device; read as every
// light there it proposed switching the one a last reading left off, a guess. With several there that can take the
// command, the question asks which; "the lamps", "all the lights", "both" still mean them all, and "the light" (a mass
// word for a room's lighting in many languages: Licht, lyset, luz) stays the room's lights.
import type { Entity } from '../../src-shared/protocol/entities';
import { actionSpec } from './controlActions';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { membersOfKind } from './kindMembers';
import lexicon from './lexicon/oneThingWords.json';

const ONE_THING: readonly string[] = lexicon.words;

/** Words that make a kind said once mean more than one ("all the lights", "both lamps", "turn them off"). */
const MANY = /\b(all|both|every|everything|each|them|those|these|ones|em|they)\b/i;

/** `said`: the turn as typed (read in English) and as understood (a reply read into the question it answers). */
export function singularAmongSeveral(match: IntentMatch, said: readonly string[], snapshot: HomeSnapshot): IntentMatch {
  const target = match.slots['target'];
  if (match.category !== 'control' || target?.type !== 'group' || !target.kind || !target.place || target.devices || target.offered) return match;
  const { phrases } = target.kind;
  if (said.some((s) => MANY.test(s)) || !said.some((s) => saidOnce(s, phrases))) return match;
  const spec = actionSpec(match.intent, { match, snapshot });
  if (typeof spec === 'string') return match;
  const there = new Set(devicesWithin(snapshot, target.place));
  const able: Entity[] = membersOfKind(snapshot, target.kind).filter((d) => there.has(d) && spec.can(d));
  if (able.length < 2) return match;
  return { ...match, slots: { ...match.slots, target: { type: 'ambiguous', text: target.text, expected: 'device', candidates: able } } };
}

/** A word of the kind that names one thing (lexicon/oneThingWords.json), said as typed. */
function saidOnce(said: string, phrases: readonly string[]): boolean {
  const text = ` ${said.toLowerCase().replace(/[^\p{L}\p{N}\s'-]/gu, ' ').replace(/\s+/g, ' ')} `;
  return ONE_THING.some((w) => phrases.includes(w) && text.includes(` ${w} `));
}
