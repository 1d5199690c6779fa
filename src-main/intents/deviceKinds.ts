// What people call kinds of device ("lights", "thermostats", "smoke detectors") and which `content.type` values each
// covers. A device can belong to several kinds (a motion sensor is a "sensor" and a "motion sensor").
import type { Entity } from '../../src-shared/protocol/entities';
import { tokenize } from './normalizeText';

export interface DeviceKind {
  id: string;
  /** For answers: "light" / "lights". */
  singular: string;
  plural: string;
  /** Phrases people use, matched after normalisation (so plurals and UK spellings come for free). */
  phrases: readonly string[];
  /** `content.type` values of the kind; a function for open-ended families. */
  types: readonly string[] | ((type: string) => boolean);
}

export const DEVICE_KINDS: readonly DeviceKind[] = [
  { id: 'light', singular: 'light', plural: 'lights', phrases: ['light', 'lights', 'lamp', 'lamps', 'bulb', 'bulbs', 'lighting', 'light bulb'], types: ['light', 'lamp', 'bulb', 'light_strip', 'dimmer'] },
  { id: 'lock', singular: 'lock', plural: 'locks', phrases: ['lock', 'door lock', 'smart lock', 'deadbolt'], types: ['lock', 'smart_lock', 'deadbolt'] },
  { id: 'thermostat', singular: 'thermostat', plural: 'thermostats', phrases: ['thermostat', 'heating', 'heating control', 'radiator valve'], types: ['thermostat', 'trv', 'radiator_valve'] },
  { id: 'camera', singular: 'camera', plural: 'cameras', phrases: ['camera', 'cam', 'security camera', 'cctv', 'video doorbell'], types: ['camera', 'doorbell_camera', 'video_doorbell'] },
  { id: 'sensor', singular: 'sensor', plural: 'sensors', phrases: ['sensor', 'detector'], types: (t) => t.endsWith('sensor') || t === 'smoke_alarm' || t === 'co_alarm' },
  { id: 'motion_sensor', singular: 'motion sensor', plural: 'motion sensors', phrases: ['motion sensor', 'motion detector', 'pir'], types: ['motion_sensor'] },
  { id: 'contact_sensor', singular: 'contact sensor', plural: 'contact sensors', phrases: ['contact sensor', 'door sensor', 'window sensor'], types: ['contact_sensor'] },
  { id: 'leak_sensor', singular: 'leak sensor', plural: 'leak sensors', phrases: ['leak sensor', 'water sensor', 'leak detector', 'flood sensor'], types: ['leak_sensor'] },
  { id: 'humidity_sensor', singular: 'humidity sensor', plural: 'humidity sensors', phrases: ['humidity sensor', 'temperature sensor'], types: ['humidity_sensor', 'temperature_sensor'] },
  { id: 'smoke_alarm', singular: 'smoke alarm', plural: 'smoke alarms', phrases: ['smoke alarm', 'smoke detector', 'fire alarm', 'co alarm', 'carbon monoxide alarm'], types: ['smoke_alarm', 'co_alarm'] },
  { id: 'speaker', singular: 'speaker', plural: 'speakers', phrases: ['speaker', 'smart speaker', 'sonos'], types: ['speaker'] },
  { id: 'tv', singular: 'TV', plural: 'TVs', phrases: ['tv', 'television', 'telly', 'smart tv'], types: ['tv', 'television'] },
  { id: 'garage_door', singular: 'garage door', plural: 'garage doors', phrases: ['garage door', 'garage door opener'], types: ['garage_door'] },
  { id: 'oven', singular: 'oven', plural: 'ovens', phrases: ['oven', 'cooker', 'stove'], types: ['oven', 'stove', 'cooktop'] },
  { id: 'fridge', singular: 'fridge', plural: 'fridges', phrases: ['fridge', 'refrigerator', 'freezer', 'fridge freezer'], types: ['refrigerator', 'fridge', 'freezer'] },
  { id: 'washing_machine', singular: 'washing machine', plural: 'washing machines', phrases: ['washing machine', 'washer', 'dryer', 'tumble dryer'], types: ['washing_machine', 'dryer'] },
  { id: 'vacuum', singular: 'vacuum', plural: 'vacuums', phrases: ['vacuum', 'robot vacuum', 'vacuum cleaner', 'robot'], types: ['vacuum', 'robot_vacuum'] },
  { id: 'hub', singular: 'hub', plural: 'hubs', phrases: ['hub', 'bridge', 'gateway'], types: ['hub', 'bridge', 'gateway'] },
  { id: 'router', singular: 'router', plural: 'routers', phrases: ['router', 'wifi router', 'access point'], types: ['router', 'access_point'] },
  { id: 'fan', singular: 'fan', plural: 'fans', phrases: ['fan', 'extractor fan', 'extractor'], types: ['fan'] },
  { id: 'air_conditioner', singular: 'air conditioner', plural: 'air conditioners', phrases: ['air conditioner', 'ac', 'aircon', 'air conditioning'], types: ['air_conditioner'] },
  { id: 'irrigation', singular: 'sprinkler controller', plural: 'sprinkler controllers', phrases: ['sprinkler', 'sprinkler controller', 'irrigation', 'watering system'], types: ['irrigation', 'sprinkler'] },
  { id: 'alarm', singular: 'alarm panel', plural: 'alarm panels', phrases: ['alarm', 'alarm panel', 'alarm system', 'security system', 'burglar alarm'], types: ['alarm_panel', 'alarm'] },
  { id: 'switch', singular: 'switch', plural: 'switches', phrases: ['switch', 'smart switch', 'plug', 'smart plug', 'outlet', 'socket'], types: ['switch', 'plug', 'outlet', 'smart_plug'] },
  { id: 'blind', singular: 'blind', plural: 'blinds', phrases: ['blind', 'shade', 'curtain', 'shutter', 'roller blind'], types: ['blind', 'shade', 'curtain', 'shutter'] },
  { id: 'doorbell', singular: 'doorbell', plural: 'doorbells', phrases: ['doorbell', 'door bell'], types: ['doorbell', 'video_doorbell'] },
  { id: 'dishwasher', singular: 'dishwasher', plural: 'dishwashers', phrases: ['dishwasher'], types: ['dishwasher'] },
  { id: 'water_heater', singular: 'water heater', plural: 'water heaters', phrases: ['water heater', 'boiler', 'hot water'], types: ['water_heater', 'boiler'] },
  { id: 'heater', singular: 'heater', plural: 'heaters', phrases: ['heater', 'space heater', 'radiator'], types: ['heater', 'radiator'] },
  { id: 'ev_charger', singular: 'EV charger', plural: 'EV chargers', phrases: ['ev charger', 'car charger', 'charger'], types: ['ev_charger'] },
];

const KIND_BY_PHRASE = new Map<string, DeviceKind>();
for (const kind of DEVICE_KINDS) {
  for (const phrase of kind.phrases) KIND_BY_PHRASE.set(phraseKey(phrase), kind);
}

export function phraseKey(text: string): string {
  return tokenize(text).map((t) => t.key).join(' ');
}

/** The kind a phrase names ("smoke detectors" → smoke_alarm), if any. */
export function kindForPhrase(keys: string): DeviceKind | undefined {
  return KIND_BY_PHRASE.get(keys);
}

export function deviceType(entity: Entity): string {
  const type = entity.content['type'];
  return typeof type === 'string' ? type.toLowerCase() : '';
}

export function isOfKind(entity: Entity, kind: DeviceKind): boolean {
  if (entity.entity_type !== 'device') return false;
  const type = deviceType(entity);
  if (!type) return false;
  return typeof kind.types === 'function' ? kind.types(type) : kind.types.includes(type);
}

export function capabilitiesOf(entity: Entity): string[] {
  const caps = entity.content['capabilities'];
  return Array.isArray(caps) ? caps.filter((c): c is string => typeof c === 'string') : [];
}
