// A door is locked or opened through what is on it: the lock that is part of it, the lock or opener in its room, or
// a device named after it (never a pet door in it). Split out of answerControl.ts.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { opensAndCloses } from './controlActions';
import { isOfKind, kindById } from './deviceKinds';
import { deviceNamingDoor } from './deviceNamingDoor';
import { lockStateOf, partnerOf } from './deviceReadings';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { releaseControlling } from './doorRelease';

const LOCK = kindById('lock');
const PET_DOOR = kindById('pet_door');
const isPetDoor = (device: Entity): boolean => PET_DOOR !== undefined && isOfKind(device, PET_DOOR);

/** The one lock linked to a device that has none, or in its room (what a lock question about it answered through). */
export function lockNextTo(input: IntentAnswerInput, device: Entity, intent: string): Entity | undefined {
  if ((intent !== 'lock' && intent !== 'unlock') || device.entity_type !== 'device') return undefined;
  return partnerOf(input.snapshot, [], device, 'lock');
}

/** "lock the front door": the door itself has no state, the lock that is part of it does. */
export async function redirectDoor(input: IntentAnswerInput, entity: Entity, intent: string): Promise<Entity> {
  if (entity.entity_type === 'device' || !['lock', 'unlock', 'open', 'close'].includes(intent)) return entity;
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: entity.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  for (const edge of details.relationships.incoming) {
    const part = byId.get(edge.from_entity_id);
    if (edge.relationship_type === 'part_of' && part?.entity_type === 'device' && !isPetDoor(part) && (intent === 'lock' || intent === 'unlock' ? LOCK && isOfKind(part, LOCK) : opensAndCloses(part))) {
      return part;
    }
  }
  // "open the building door": the intercom that `controls` it and opens it on command (doorRelease.ts).
  const release = intent === 'open' ? releaseControlling(details.relationships.incoming, byId) : undefined;
  if (release) return release;
  // No part_of edge: the lock (or opener) in the same room as the door.
  const locking = intent === 'lock' || intent === 'unlock';
  // A pet door in the door ("Microchip dog flap in the back door") locks the pet's way through, never the door.
  // A contact sensor in the window's room reads it open or closed but moves nothing: it is no opener to command.
  // "open the Small gate" beside the car gate's motor: a lock named after the door ("Small gate lock", an electric
  // strike) is what opens it, before an opener that is only in the same yard.
  const ownLock = intent === 'open' ? deviceNamingDoor(input.snapshot, entity, (d) => lockStateOf(d) !== undefined && LOCK !== undefined && isOfKind(d, LOCK)) : undefined;
  if (ownLock) return ownLock;
  const partner = partnerOf(input.snapshot, [], entity, locking ? 'lock' : 'open');
  return (partner && (locking || opensAndCloses(partner)) ? partner : undefined) ?? deviceNamingDoor(input.snapshot, entity, (d) => !isPetDoor(d) && (locking ? lockStateOf(d) !== undefined && LOCK !== undefined && isOfKind(d, LOCK) : opensAndCloses(d))) ?? entity;
}
