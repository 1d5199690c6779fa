// "cabin furnace", "casita fridge": a heading of a place and a singular kind, nothing else said, with exactly one such
// device there, is about that device: its state answers it, as "the fridge" with one fridge in the home does. A plural
// ("kitchen lights") or a place with several of the kind keeps the list.
import { singular } from '../graph/nameTokens';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { membersOfKind } from './kindMembers';
import { devicesWithin } from './placeClaims';

const HEADING = '{place} {kind}';

export function placeKindHeading(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  if (match.intent !== 'list_kind' || match.template !== HEADING) return match;
  const kind = match.slots['kind'];
  const place = match.slots['place'];
  if (kind?.type !== 'kind' || place?.type !== 'entity' || place.entity.entity_type === 'home') return match;
  const typed = kind.text.trim().toLowerCase().split(/\s+/);
  const head = typed[typed.length - 1] ?? '';
  if (head !== singular(head) || head === kind.kind.plural.toLowerCase()) return match;
  const there = new Set(devicesWithin(snapshot, place.entity).map((d) => d.id));
  const ofKind = membersOfKind(snapshot, kind.kind).filter((d) => there.has(d.id));
  const [one] = ofKind;
  if (!one || ofKind.length !== 1) return match;
  return { ...match, intent: 'device_state', category: 'state', slots: { device: { type: 'entity', text: `${place.text} ${kind.text}`, entity: one, how: 'synonym' } }, template: `${HEADING}+one` };
}
