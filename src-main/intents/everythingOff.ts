// "turn off everything in the kitchen", "apagá todo lo de Valen", "off everything for the BQ except the fan": a
// switch-off over all of a place's or a person's things. The slot parse reads "everything" as a device name and finds
// none (or one), so the request is read here, on the English reading, before it. What "everything" covers is what a
// household switches off when it leaves a room (lights, plugs, screens, speakers, fans, heaters, air conditioning),
// never what is meant to stay on (a fridge, the router, an alarm, a lock, a camera, a running wash): those are named
// as left on, so that nothing is switched off that the asker would not have listed. The proposal names every target
// and bulk switching goes to the approval tier the policy sets.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { powerStateOf } from './deviceReadings';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { kindForPhrase } from './deviceKinds';
import { EXCEPT_CLAUSE } from './listedGroupMeant';
import { tokenize } from './normalizeText';
import { sameNameWord } from './placeNameForms';

/** "turn off everything …", "switch everything off …", "shut it all off …", pidgin "off everything …", and the heading
 *  "everything off for the BQ" (a request: stateWordAsked.ts's switchHeading). */
const SWITCH_ALL_OFF = /^(?:(?:please|pls|can\s+you|could\s+you|just)\s+)*(?:(?:turn|switch|shut|power)\s+(?:off\s+(?:everything|all)|(?:everything|it\s+all|all)\s+off)|off\s+(?:everything|all)|(?:everything|all)\s+off)(?=\s|$)\s*(.*)$/i;
/** Words between "everything" and the place or person: "in the", "of", "for", "the devices in". */
const LEADING = /^(?:(?:in|inside|of|for|at|from|on|the|that'?s|that\s+is|belonging\s+to|devices|things|stuff|gadgets)\s+)*/i;
/** Kinds a household switches off when it leaves ("everything off"), read from the kinds lexicon's ids. */
const EVERYDAY = new Set([
  'light', 'switch', 'speaker', 'tv', 'streaming_box', 'game_console', 'fan', 'air_conditioner', 'heat_pump', 'heater',
  'towel_warmer', 'floor_heating', 'sauna_heater', 'air_purifier', 'dehumidifier', 'humidifier', 'coffee_maker', 'kettle',
  'printer', 'entertainment', 'climate',
]);
/** Kinds meant to stay on, or whose switching off mid-job does harm: never in "everything" unless named. */
const KEPT_ON = new Set([
  'fridge', 'freezer', 'router', 'hub', 'network', 'lock', 'alarm', 'security', 'camera', 'doorbell', 'baby_monitor',
  'panic_button', 'sensor', 'motion_sensor', 'contact_sensor', 'leak_sensor', 'humidity_sensor', 'smoke_alarm', 'co_alarm',
  'gas_detector', 'air_quality_sensor', 'washing_machine', 'dryer', 'dishwasher', 'oven', 'microwave', 'water_heater',
  'water_valve', 'pool_pump', 'irrigation', 'ev_charger', 'home_battery', 'solar_inverter', 'energy_meter',
  'video_recorder', 'vacuum', 'pet_feeder', 'ventilation_unit',
]);

/** Words around a person's name that are no part of it ("all of Mia's stuff", "everything in her room"). */
const NOT_A_NAME = new Set(['room', 'rooms', 'bedroom', 'stuff', 'things', 'thing', 'devices', 'gadgets', 'own', 'her', 'his', 'their', 'the']);

export interface EverythingOff {
  match: IntentMatch;
  /** What was left on though it is there and on, said after the proposal. */
  keptOn: Entity[];
}

type MatchText = (text: string) => Promise<IntentMatch | undefined>;

/** The switch-off over everything the request names, or undefined when it is not such a request or names nothing. */
export async function everythingOff(english: string, snapshot: HomeSnapshot, match: MatchText, inConversation: boolean): Promise<EverythingOff | undefined> {
  // "everything off upstairs?" asks.
  if (english.includes('?')) return undefined;
  const said = SWITCH_ALL_OFF.exec(english.trim().replace(/[.!]+$/, ''));
  if (!said) return undefined;
  // "switch off all except Anaya's", "patayin mo lahat" after a list: "all" is all of them (listedGroupMeant.ts).
  if (inConversation && !/\beverything\b/i.test(english.slice(0, english.length - (said[1] ?? '').length))) return undefined;
  const clause = (said[1] ?? '').split(/\s*[,;]\s*/)[0] ?? '';
  const except = EXCEPT_CLAUSE.exec(` ${clause}`);
  const named = (except ? ` ${clause}`.slice(0, except.index) : clause).trim().replace(LEADING, '').trim();
  const keys = tokenize(named).map((t) => t.key);
  // "turn off all the lights in the kitchen" is a kind's command, read by the slot parse.
  if ([1, 2, 3].some((n) => keys.length >= n && kindForPhrase(keys.slice(0, n).join(' ')) !== undefined)) return undefined;
  const found = keys.length === 0 ? { devices: snapshot.devices, place: snapshot.homes[0] } : await ownedOrWithin(named, keys, snapshot, match);
  if (!found || found.devices.length === 0) return undefined;
  const owned = found.devices;
  const exceptKeys = except?.[1] ? tokenize(except[1]).map((t) => t.key).filter((k) => k !== 'the') : [];
  const left = owned.filter((d) => d.entity_type === 'device' && !excepted(d, exceptKeys, snapshot));
  const everyday = left.filter((d) => switchedOffWithTheRest(d, snapshot));
  if (everyday.length === 0) return undefined;
  const place = found.place;
  const keptOn = left.filter((d) => !everyday.includes(d) && powerStateOf(d) === 'on');
  return {
    match: {
      intent: 'turn_off', category: 'control', confidence: 0.9, alternatives: [], template: 'turn off everything {target}', words: tokenize(english).map((t) => t.key),
      slots: { target: { type: 'group', text: named || 'everything', kind: undefined, place, devices: everyday } },
    },
    keptOn,
  };
}

/** " Left on: Fridge and Router — say their names to switch them off too." */
export function keptOnNote(keptOn: readonly Entity[]): string {
  if (keptOn.length === 0) return '';
  const them = keptOn.length > 1 ? 'them' : 'it';
  return `Left on, as things meant to stay on: ${joinNames(keptOn.map((d) => d.name), 6)}; name ${them} to switch ${them} off too.`;
}

/** A place named ("in the kitchen", "pieza de Valen") through the slot parse; else a person's things by name word. */
async function ownedOrWithin(named: string, keys: string[], snapshot: HomeSnapshot, match: MatchText): Promise<{ devices: Entity[]; place?: Entity } | undefined> {
  const asPlace = await match(`what is in ${named}`);
  const slot = asPlace?.intent === 'devices_in_place' ? asPlace.slots['place'] : undefined;
  if (slot?.type === 'entity' && ['room', 'zone', 'home'].includes(slot.entity.entity_type)) return { devices: devicesWithin(snapshot, slot.entity), place: slot.entity };
  if (slot?.type === 'ambiguous') return undefined;
  // "todo lo de Valen", "all of Oisín's": a person's name word in device names, or in the name of the room they are in.
  const person = keys.filter((k) => k.length >= 3 && !NOT_A_NAME.has(k));
  if (person.length !== 1 || !person[0]) return undefined;
  const word = person[0];
  const says = (e: Entity): boolean => tokenize(e.name).some((t) => sameNameWord(t.key, word));
  const out = snapshot.devices.filter((d) => says(d) || (() => {
    const room = snapshot.placeOfDevice.get(d.id);
    return room !== undefined && says(room);
  })());
  return { devices: out };
}

function excepted(device: Entity, keys: readonly string[], snapshot: HomeSnapshot): boolean {
  if (keys.length === 0) return false;
  const kind = kindForPhrase(keys.join(' '));
  if (kind) return snapshot.kindsOfDevice.get(device.id)?.has(kind.id) === true;
  const words = tokenize(device.name).map((t) => t.key);
  return keys.every((k) => words.some((w) => sameNameWord(w, k)));
}

function switchedOffWithTheRest(device: Entity, snapshot: HomeSnapshot): boolean {
  const kinds = [...(snapshot.kindsOfDevice.get(device.id)?.keys() ?? [])];
  return kinds.some((k) => EVERYDAY.has(k)) && !kinds.some((k) => KEPT_ON.has(k));
}
