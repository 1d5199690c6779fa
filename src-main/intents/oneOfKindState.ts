// "is the roller shutter closed", "is the bedroom lamp on": a state question about *the* one device of a kind (a
// definite singular) is about one device, not the kind. When several devices of that kind (there) have the state, it
// asks which one; when one has it, it is that device. "are the lights on", "any blinds open", "is a lamp on" and a
// kind with more than a handful of devices keep the answer over the kind.
import type { Entity } from '../../src-shared/protocol/entities';
import { singular } from '../graph/nameTokens';
import { onOffOf } from './answerStateGroups';
import { openStateOf } from './deviceReadings';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { devicesSaying } from './kindEvidence';
import { membersOfKind } from './kindMembers';

/** The device intent a kind's state question becomes, and the state it needs. */
const STATES: Readonly<Record<string, { intent: string; has: (d: Entity) => boolean }>> = {
  kind_on: { intent: 'state_on', has: (d) => onOffOf(d) !== undefined },
  state_open: { intent: 'state_open', has: (d) => openStateOf(d) !== undefined },
};

/** Words that make the question about some or all of the kind ("any", "which", "all"). */
const OVER_KIND = new Set(['any', 'all', 'every', 'each', 'which', 'what', 'how', 'many', 'some', 'anything', 'both', 'a', 'an']);

/** More than this many to choose from is a question about the kind, not a question back. */
const MAX_CHOICES = 6;

export function oneOfKindState(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const state = STATES[match.intent];
  const slot = match.slots['kind'];
  // "is the beer fridge on" with a word the home never uses: that one is said not to exist (the kind answer does).
  if (!state || slot?.type !== 'kind' || match.slots['device'] || match.slots['qualifier']) return match;
  if (!match.words.includes('the') || match.words.some((w) => OVER_KIND.has(w))) return match;
  const typed = slot.text.trim().toLowerCase().split(/\s+/);
  const head = typed[typed.length - 1] ?? '';
  if (head !== singular(head) || head === slot.kind.plural.toLowerCase()) return match;
  const place = match.slots['place'];
  const at = place?.type === 'entity' && place.entity.entity_type !== 'home' ? new Set(devicesWithin(snapshot, place.entity).map((d) => d.id)) : undefined;
  const ofKind = membersOfKind(snapshot, slot.kind).filter((d) => !at || at.has(d.id));
  // "the roller shutter" among blinds and an awning: those that say the whole phrase (with the word before the kind
  // word, which the kind slot leaves out), when some do.
  const before = match.words[match.words.indexOf(head) - 1];
  const wider = before && before !== 'the' ? devicesSaying(ofKind, `${before} ${slot.text}`) : [];
  const saying = wider.length > 0 ? wider : devicesSaying(ofKind, slot.text);
  const candidates = (saying.length > 0 ? saying : ofKind).filter(state.has);
  const [one] = candidates;
  if (!one || candidates.length > MAX_CHOICES) return match;
  const { kind: _kind, place: _place, ...rest } = match.slots;
  const device = candidates.length === 1
    ? { type: 'entity' as const, text: slot.text, entity: one, how: 'synonym' as const }
    : { type: 'ambiguous' as const, text: slot.text, expected: 'device', candidates: [...candidates], withPlaces: true };
  return { ...match, intent: state.intent, slots: { ...rest, device } };
}
