// A building door opened through the intercom or door release that `controls` it ("sadarbazos kari gaaghe", open the
// entrance door: the old street door has no motor, the intercom's `open_door` capability buzzes it open). The door
// had no opener in the graph's eyes ("has no motor or valve I can open"), a wrong none for a door the home opens every
// day. Only opening: a release lets the door be pushed, it never closes or locks it. The capability names what the
// device does (never its name); the proposal sets that capability, and its tier comes from the device as always.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './capabilityLexicon';

/**
 * Capabilities that open a door on command: "open_door", "door_release", "door_open", "release_door", and which door
 * said between ("open_street_door", "open_front_gate").
 */
const RELEASE = /(^|_)(open(_[a-z]+)?_(door|gate)|door_open|door_release|release_door)$/;

/** The capability by which a device opens a door, if it has one. */
export function doorReleaseOf(device: Entity): string | undefined {
  return device.entity_type === 'device' ? capabilitiesOf(device).find((c) => RELEASE.test(c)) : undefined;
}

/** The one device that `controls` the door and opens it on command (the intercom of a building door). */
export function releaseControlling(edges: ReadonlyArray<{ relationship_type: string; from_entity_id: string }>, byId: ReadonlyMap<string, Entity>): Entity | undefined {
  const releases = edges
    .filter((edge) => edge.relationship_type === 'controls')
    .map((edge) => byId.get(edge.from_entity_id))
    .filter((d): d is Entity => d !== undefined && doorReleaseOf(d) !== undefined);
  return releases.length === 1 ? releases[0] : undefined;
}
