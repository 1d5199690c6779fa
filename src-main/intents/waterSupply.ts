// "turn the water off", "turn the water back on": the water is turned off and on at the home's one water valve (the
// stopcock), never at a device whose model happens to say water ("Water Leak Sensor", which the name resolver finds
// for "the water"). With no water valve, or several, the words are left as they were read.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindById } from './deviceKinds';
import { opensAndCloses, type Reading } from './controlActions';
import { membersOfKind } from './kindMembers';
import type { IntentMatch } from './IntentEngine';
import type { HomeSnapshot } from './HomeIndex';
import type { SlotValue } from './SlotResolver';

const THE_WATER = /^(?:the\s+|our\s+|my\s+)?(?:mains\s+|main\s+)?water(?:\s+supply|\s+mains)?$/i;
const WATER_VALVE = kindById('water_valve');

export function waterSupplyTarget(reading: Reading): IntentMatch {
  const slot = reading.match.slots['target'];
  if (reading.match.category !== 'control' || !slot || !('text' in slot) || !THE_WATER.test(slot.text.trim()) || !WATER_VALVE) return reading.match;
  if (slot.type === 'entity' && isValve(slot.entity)) return reading.match;
  const valves = membersOfKind(reading.snapshot, WATER_VALVE).filter(opensAndCloses);
  const [valve] = valves;
  if (valves.length !== 1 || !valve) return reading.match;
  return { ...reading.match, slots: { ...reading.match.slots, target: { type: 'entity', text: slot.text, entity: valve, how: 'synonym' } } };
}

/** "is the water on": the home's one water valve when "the water" was read as another device (a leak sensor). */
export function waterValveAsked(snapshot: HomeSnapshot, slot: SlotValue | undefined): Entity | undefined {
  if (!slot || slot.type !== 'entity' || !THE_WATER.test(slot.text.trim()) || !WATER_VALVE || isValve(slot.entity)) return undefined;
  const valves = membersOfKind(snapshot, WATER_VALVE).filter(opensAndCloses);
  return valves.length === 1 ? valves[0] : undefined;
}

function isValve(entity: Entity): boolean {
  return entity.entity_type === 'device' && opensAndCloses(entity);
}
