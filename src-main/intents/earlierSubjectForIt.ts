// "is the extractor fan on in the shower room" … "what's the humidity in there" … "okay turn it off now": the last
// answer was the humidity sensor, which can't be switched, so "it" is the fan asked about the turn before, in the
// same room, which can. Only one earlier device, only when it can do what is asked and the last one cannot, and only
// in the same place: otherwise the command is answered about the last subject as before ("can't be switched off").
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { resolveSetIntent } from './resolveSetIntent';
import { actionSpec } from './controlActions';

export function earlierSubjectForIt(match: IntentMatch, focus: Focus | undefined, byPronoun: boolean, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['target'];
  if (!byPronoun || match.category !== 'control' || slot?.type !== 'entity' || focus?.clarify) return match;
  const last = slot.entity;
  const earlier = (focus?.earlier ?? []).filter((e) => e.entity_type === 'device' && e.id !== last.id);
  const [before] = earlier;
  if (earlier.length !== 1 || !before || focus?.subjects[0]?.id !== last.id) return match;
  const as = (entity: Entity): IntentMatch => ({ ...match, slots: { ...match.slots, target: { ...slot, entity } } });
  const can = (entity: Entity): boolean => {
    const reading = { match: as(entity), snapshot };
    const spec = actionSpec(resolveSetIntent(reading), reading);
    return typeof spec !== 'string' && spec.can(entity);
  };
  const place = (e: Entity): string | undefined => snapshot.placeOfDevice.get(e.id)?.id;
  if (can(last) || !can(before) || place(before) === undefined || place(before) !== place(last)) return match;
  return as(before);
}
