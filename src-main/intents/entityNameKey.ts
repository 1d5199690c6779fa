// An entity's name as phrase keys ("Nana's Telly" → "nana telly"), made once per entity object (entities are immutable
// values: a renamed one is a new object in a new snapshot). Many answers scan every device's or place's name against
// what was said, once per question; keying 20 000 names on each scan cost more than the rest of the answer (round 42,
// speed). The same key `phraseKey(entity.name)` gives, so a scan reads the same with it.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import { perSnapshot } from './perSnapshot';

/** `phraseKey(entity.name)`, kept per entity. */
export const nameKeyOf = perSnapshot((entity: Entity): string => phraseKey(entity.name));
