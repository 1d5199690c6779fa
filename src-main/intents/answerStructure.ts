// Structure questions: what is where, what connects to what, what controls what.
import { appInDescription } from './appInDescription';
import { appSaidAsDevice } from './appSaidAsDevice';
import { appThroughController, appThroughWatcher } from './appThroughController';
import { openingWatchedAsked } from './openingWatchers';
import { devicesThroughInnerZones, placeWithin } from './innerZoneDevices';
import type { Entity, RelationshipType } from '../../src-shared/protocol/entities';
import type { GetDevicesInRoomResult } from '../tools/getDevicesInRoom';
import type { FindDeviceControlsResult } from '../tools/findDeviceControls';
import type { GetAutomationsInRoomResult } from '../tools/getAutomationsInRoom';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { capital, joinNames, listOrSentence, placeName, plural } from './AnswerBuilder';
import { zoneInventory } from './zoneInventory';
import { partnerOf } from './deviceReadings';
import { standInDevice } from './standInDevice';
import { rulesActingOn } from './rulesActingOn';
import { automationsSetOffIn } from './placeTriggers';
import { automationsThroughController, alsoThroughController, controlledByNote, automationsSetOffFor, managersOf, networkLinksOf, monitorsOf, oversightSentence, overseenBy, roomWatchersOf } from './deviceOversight';
import { describeTrigger } from './triggerText';
import { whereObjectFor } from './whereObjectFor';
import { devicesWithin, onlyDevices, spokenlyWithin } from './placeClaims';
import { entitySlot, type IntentAnswerInput } from './IntentAnswerInput';
import { kindEvidenceNote } from './kindEvidence';
import { isOutsideWord, isPlaceWord } from './placeVocabulary';
import { phraseKey } from './deviceKinds';
import { controllersWithin } from './placeControllers';

export async function devicesInPlace(input: IntentAnswerInput): Promise<string> {
  const place = entitySlot(input.match, 'place');
  if (!place || place.entity_type === 'home') return devicesInHome(input);
  const result = await input.answer.read<GetDevicesInRoomResult>('get_devices_in_room', { room_id: place.id }, (r) => `${r.count} devices`);
  // The tool covers one level (zone → rooms); deeper nesting (a building's floors) the snapshot adds.
  const deeper = onlyDevices(devicesThroughInnerZones(input.snapshot, place, new Set(result.devices.map((d) => d.id))));
  const listed = result.devices.length > 0 || place.entity_type === 'room' ? [...result.devices, ...deeper] : onlyDevices(devicesWithin(input.snapshot, place));
  const devices = [...listed, ...spokenlyWithin(input.snapshot, place).filter((d) => !listed.some((l) => l.id === d.id))];
  // "what's upstairs", "what's in the pilotis": a floor or area that holds rooms is answered with its rooms when
  // no device word was said; the devices are counted, not listed ("what devices are upstairs" lists them).
  const rooms = isFloorAskedAlone(input, place)
    ? roomsDirectlyIn(input, place)
    : [];
  if (rooms.length > 0) return zoneInventory(input, place, rooms, devices);
  input.answer.cite(place, ...devices);
  if (devices.length === 0) return `There are no devices in ${placeName(place)}.`;
  return listOrSentence(`${capital(placeName(place))} has ${plural(devices.length, 'device', 'devices')}:`, devices.map((d) => d.name));
}

/** A floor zone asked about with no device word and no other place word ("whats in the bedroom downstairs"). */
function isFloorAskedAlone(input: IntentAnswerInput, place: Entity): boolean {
  if (place.entity_type !== 'zone') return false; // any area of rooms: "whats downstairs", "what's outside" (not only kind floor)
  const own = (w: string): boolean => [w, phraseKey(w)].some((k) => phraseKey(place.name).split(' ').includes(k) || (input.snapshot.aliases.get(k) ?? []).includes(place));
  return !input.match.words.some((w) => DEVICE_WORDS.has(w) || (isPlaceWord(w) && !own(w)));
}

/** The rooms a zone holds directly (not through a zone inside it). */
function roomsDirectlyIn(input: IntentAnswerInput, zone: Entity): Entity[] {
  return [...input.snapshot.byId.values()].filter((e) => e.entity_type === 'room' && input.snapshot.parentOfPlace.get(e.id)?.id === zone.id);
}

const DEVICE_WORDS = new Set(['device', 'devices', 'thing', 'things', 'gadget', 'gadgets', 'equipment', 'appliance', 'appliances', 'stuff']);

export async function devicesInHome(input: IntentAnswerInput): Promise<string> {
  const devices = onlyDevices(input.snapshot.devices);
  const home = input.snapshot.homes[0];
  input.answer.cite(home, ...devices);
  if (devices.length === 0) return 'There are no devices in this home yet.';
  const lines = devices.map((d) => {
    const where = input.snapshot.placeOfDevice.get(d.id);
    return where ? `${d.name} (${where.name})` : d.name;
  });
  return listOrSentence(`${home ? home.name : 'The home'} has ${plural(devices.length, 'device', 'devices')}:`, lines);
}

export async function roomsInPlace(input: IntentAnswerInput): Promise<string> {
  const place = entitySlot(input.match, 'place');
  if (!place || place.entity_type === 'home') return roomsInHome(input);
  if (place.entity_type === 'room') {
    input.answer.cite(place);
    // "what rooms are outside" answered for each outdoor room.
    const said = input.match.slots['place'];
    const itself = said && 'text' in said && isOutsideWord(said.text) ? `${place.name} is outdoors.` : `${place.name} is a room itself.`;
    // "what rooms are in the garden area" where the words name the garden: the area it is part of, with its rooms.
    const zone = input.snapshot.parentOfPlace.get(place.id);
    if (!zone || zone.entity_type !== 'zone') return itself;
    const siblings = roomsDirectlyIn(input, zone).filter((r) => r.id !== place.id);
    input.answer.cite(zone, ...siblings);
    return siblings.length ? `${itself} It is part of ${zone.name}, which also has ${joinNames(siblings.map((r) => r.name))}.` : itself;
  }
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: place.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const roomIds = new Set(details.relationships.incoming.filter((r) => r.relationship_type === 'located_in' || r.relationship_type === 'part_of').map((r) => r.from_entity_id));
  const direct = (details.connected_entities ?? []).filter((e) => e.entity_type === 'room' && roomIds.has(e.id));
  // …and the rooms of a zone inside it ("Mas primer pis" of "Mas Empordà"), from the snapshot.
  const rooms = [...direct, ...[...input.snapshot.byId.values()].filter((e) => e.entity_type === 'room' && !roomIds.has(e.id) && placeWithin(input.snapshot, e, place))];
  input.answer.cite(place, ...rooms);
  if (rooms.length === 0) return `There are no rooms in ${placeName(place)}.`;
  return listOrSentence(`${capital(placeName(place))} has ${plural(rooms.length, 'room', 'rooms')}:`, rooms.map((r) => r.name));
}

export async function roomsInHome(input: IntentAnswerInput): Promise<string> {
  const rooms = [...input.snapshot.byId.values()].filter((e) => e.entity_type === 'room').sort((a, b) => a.name.localeCompare(b.name));
  const home = input.snapshot.homes[0];
  input.answer.cite(home, ...rooms);
  if (rooms.length === 0) return 'There are no rooms in this home yet.';
  return listOrSentence(`${home ? home.name : 'The home'} has ${plural(rooms.length, 'room', 'rooms')}:`, rooms.map((r) => r.name));
}

export async function deviceControls(input: IntentAnswerInput): Promise<string> {
  const device = entitySlot(input.match, 'device');
  if (!device) return '';
  if (device.entity_type !== 'device') return linked(input, device, 'controls', 'out', 'controls');
  const result = await input.answer.read<FindDeviceControlsResult>('find_device_controls', { device_id: device.id }, (r) => `${r.controlled_devices.length} controlled`);
  input.answer.cite(device, ...result.controlled_devices.map((c) => input.snapshot.byId.get(c.id)));
  // A hub, panel or recorder also manages or monitors devices (deviceOversight.ts): never "controls nothing" then.
  const more = await overseenBy(input, device, new Set(result.controlled_devices.map((c) => c.id)));
  input.answer.cite(...more.flatMap((m) => m.entities));
  const n = result.controlled_devices.length;
  // "what does Tibber control": the app of that name, not the device named after it (appSaidAsDevice.ts).
  const app = n === 0 && more.length === 0 ? await appSaidAsDevice(input, device) : undefined;
  if (app) return `${app}\n${device.name} itself controls no other device.`;
  // The home may write the link either way: to the router it goes through, or from the bridge to what it feeds.
  const { inward: linkedUp, onwards } = n === 0 && more.length === 0 ? await networkLinksOf(input, device) : { inward: [], onwards: [] };
  input.answer.cite(...linkedUp, ...onwards);
  const upstream = linkedUp.length > 0 ? ` ${joinNames(linkedUp.map((d) => d.name))} ${linkedUp.length === 1 ? 'connects' : 'connect'} to it.` : '';
  if (onwards.length > 0) {
    const list = listOrSentence(`${device.name} connects to ${onwards.length === 1 ? '1 device' : `${onwards.length} devices`}:`, onwards.map((d) => d.name));
    return `${list}${list.includes('\n') && upstream ? '\n' : ''}${upstream}`;
  }
  if (linkedUp.length > 0) return listOrSentence(`${linkedUp.length === 1 ? '1 device connects' : `${linkedUp.length} devices connect`} to ${device.name}:`, linkedUp.map((d) => d.name));
  if (n === 0) return more.length > 0 ? oversightSentence(device.name, more) : `${device.name} doesn't control any other device.${await controlledByNote(input, device)}`;
  const controls = listOrSentence(`${device.name} controls ${n === 1 ? 'one device' : `${n} devices`}:`, result.controlled_devices.map((c) => c.name));
  return more.length > 0 ? `${controls}${controls.includes('\n') ? '\n' : ' '}${oversightSentence('It also', more)}` : controls;
}

/** "is monitored by Smoke alarm gateway." */
const monitoredBy = (watchers: readonly Entity[], also = ''): string => `is ${also}monitored by ${joinNames(watchers.map((m) => m.name))}.`;

/** The templates that ask what watches a thing rather than what controls it. */
const WATCHING = /monitor|watch|eye on|oversee|looks after/;

export async function deviceControllers(input: IntentAnswerInput): Promise<string> {
  const none = (d: Entity): string => `Nothing in the home graph controls ${d.name}.`;
  const said = await linkedFromSlot(input, 'controls', 'in', (d, names) => (names.length ? `${d.name} is controlled by` : none(d)));
  // No device controls it: the automations and schedules that switch it, if any (rulesActingOn.ts).
  const device = entitySlot(input.match, 'device');
  const opening = device ? await openingWatchedAsked(input, device) : undefined;
  if (opening) return opening;
  if (!device || said !== none(device)) return said;
  // "what monitors the master bath": a room or zone is watched by what monitors it, else by what is in it.
  if ((device.entity_type === 'room' || device.entity_type === 'zone') && WATCHING.test(input.match.template)) {
    const watchers = await monitorsOf(input, device);
    input.answer.cite(...watchers);
    if (watchers.length > 0) return `${device.name} ${monitoredBy(watchers)}`;
    const slot = input.match.slots['device'];
    return slot ? devicesInPlace({ ...input, match: { ...input.match, slots: { ...input.match.slots, place: slot } } }) : said;
  }
  const inside = device.entity_type === 'room' || device.entity_type === 'zone' ? await controllersWithin(input, device) : undefined;
  if (inside) return inside; // "what controls it" of a place: what controls what in it (placeControllers.ts)
  // A gateway or panel that manages it ("what controls the Hilo thermostat": the Hilo gateway).
  const managers = device.entity_type === 'device' ? await managersOf(input, device) : [];
  input.answer.cite(...managers);
  const watchers = device.entity_type === 'device' ? await monitorsOf(input, device) : [];
  input.answer.cite(...watchers);
  if (managers.length > 0) return `${device.name} is managed by ${joinNames(managers.map((m) => m.name))}.${watchers.length > 0 ? ` It ${monitoredBy(watchers, 'also ')}` : ''}`;
  if (watchers.length > 0) return `${device.name} ${monitoredBy(watchers)}`;
  const nearby = device.entity_type === 'device' && WATCHING.test(input.match.template) ? await roomWatchersOf(input, device) : undefined; // its room's sensors
  if (nearby) return nearby;
  const rules = await rulesActingOn(input, device);
  // No device or rule, but an app controls it ("what's the mesh router controlled by": its app): not a "nothing".
  const app = await appForDevice(input);
  // "que controla el tahoma" (what the hub controls, in word order read the other way): nothing over it, but what it
  // manages is said too; an answer of only "nothing controls TaHoma" hides the devices the hub runs.
  // Also beside the rules that switch it ("qué controla la válvula del gas": the valve shuts the stove's gas).
  const own = device.entity_type === 'device' ? await overseenBy(input, device, new Set(), true) : [];
  input.answer.cite(...own.flatMap((o) => o.entities));
  const counted = (n: number, all: readonly Entity[]): string => (all.every((e) => e.entity_type === 'device') ? (n === 1 ? 'one device' : `${n} devices`) : `${n}`);
  const itself = own.map(({ edge, entities }) => ` ${device.name} itself ${edge} ${counted(entities.length, entities)}: ${joinNames(entities.map((e) => e.name))}.`).join('');
  if (rules) return `${app.startsWith('No app') ? rules : `${rules} ${app}`}${itself}`;
  return app.startsWith('No app') ? `${said}${itself}` : `No other device controls ${device.name}. ${app}${itself}`;
}

export async function automationsInRoom(input: IntentAnswerInput): Promise<string> {
  const place = entitySlot(input.match, 'place');
  if (!place) return '';
  if (place.entity_type === 'home') {
    const automations = [...input.snapshot.byId.values()].filter((e) => e.entity_type === 'automation');
    input.answer.cite(place, ...automations);
    return automations.length ? listOrSentence(`${place.name} has ${plural(automations.length, 'automation', 'automations')}:`, automations.map((a) => a.name)) : 'There are no automations in this home.';
  }
  const result = await input.answer.read<GetAutomationsInRoomResult>('get_automations_in_room', { room_id: place.id }, (r) => `${r.automation_count} automations`);
  input.answer.cite(place, ...result.automations.map((a) => input.snapshot.byId.get(a.id)));
  if (result.automation_count === 0) {
    const setOff = automationsSetOffIn(input, place);
    return setOff ? `No automation acts on ${placeName(place)} itself, but ${setOff}` : `No automations act on ${placeName(place)}.`;
  }
  const listed = listOrSentence(
    `${plural(result.automation_count, 'automation acts', 'automations act')} on ${placeName(place)}:`,
    result.automations.map((a) => (a.affects_devices.length ? `${a.name} (${joinNames(a.affects_devices.map((d) => d.name), 5)})` : a.name)),
  );
  // "engine room automations": those a device there sets off (the bilge pump's alert) are the room's too.
  const setOff = automationsSetOffIn(input, place, new Set(result.automations.map((a) => a.id)));
  return setOff ? `${listed}\nAlso, ${setOff}` : listed;
}

export async function automationsForDevice(input: IntentAnswerInput): Promise<string> {
  const none = (d: Entity): string => `No automations affect ${d.name}.`;
  const said = await linkedFromSlot(input, 'automates', 'in', (d, names) => (names.length ? `${plural(names.length, 'automation affects', 'automations affect')} ${d.name}:` : none(d)), ['automation']);
  // None on it, but on the controller that switches it (deviceOversight.ts): those, not a flat "none".
  const device = entitySlot(input.match, 'device');
  if (device?.entity_type !== 'device') return said;
  if (said !== none(device)) return `${said}${(await alsoThroughController(input, device, said)) ?? ''}`;
  return (await automationsThroughController(input, device)) ?? (await automationsSetOffFor(input, device)) ?? said;
}

export async function appForDevice(input: IntentAnswerInput): Promise<string> {
  const none = (d: Entity): string => `No app is linked to ${d.name} in the home graph.`;
  const said = await linkedFromSlot(input, 'controlled_by_app', 'out', (d, names) => (names.length ? `${d.name} is controlled with` : none(d)), ['app']);
  // No app of its own, but the device that controls it has one (appThroughController.ts).
  const device = entitySlot(input.match, 'device');
  if (device?.entity_type !== 'device' || said !== none(device)) return said;
  const through = (await appThroughController(input, device)) ?? (await appThroughWatcher(input, device));
  return through ? `No app is linked to ${device.name} itself.${through}` : `${said}${appInDescription(device)}`;
}

export async function whereIs(input: IntentAnswerInput): Promise<string> {
  const thing = entitySlot(input.match, 'thing');
  if (!thing) return '';
  if (thing.entity_type === 'note') {
    if (thing.content['private'] === true && input.context.role !== 'admin') return `I can't share ${thing.name}: it is a private note.`;
    input.answer.cite(thing);
    const text = thing.content['text'];
    return `${thing.name}: ${typeof text === 'string' ? text : 'no text'}`;
  }
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: thing.id, include_connected: true }, (r) => `${r.relationships.outgoing.length} outgoing links`);
  // "where's the key for the gate": a note of the gate that says where its key is answers before the gate's place.
  const objectSaid = ['device', 'room', 'zone'].includes(thing.entity_type) ? whereObjectFor(input, thing, details.connected_entities ?? []) : undefined;
  if (objectSaid) return objectSaid;
  const byId = new Map((details.connected_entities ?? []).map((e) => [e.id, e]));
  const containers = details.relationships.outgoing
    .filter((r) => ['located_in', 'contained_in', 'part_of'].includes(r.relationship_type))
    .map((r) => ({ entity: byId.get(r.to_entity_id), where: typeof r.properties['where'] === 'string' ? (r.properties['where'] as string) : undefined }))
    .filter((c): c is { entity: Entity; where: string | undefined } => c.entity !== undefined);
  // Where a home says it in words: a `location` on any of its edges ("monitors home {location: front_entrance}")
  // or in its content. Said as well as (or instead of) the room.
  const spot = spokenLocation(thing, details.relationships.outgoing.map((r) => r.properties));
  const first = containers.find((c) => c.entity.entity_type !== 'home') ?? containers[0];
  if (!first || (first.entity.entity_type === 'home' && spot)) {
    const home = first?.entity ?? details.relationships.outgoing.map((r) => byId.get(r.to_entity_id)).find((e) => e?.entity_type === 'home');
    input.answer.cite(thing, home);
    if (spot) return `${thing.name} is at the ${spot}${home ? ` (${home.name})` : ''}.`;
    return `The home graph doesn't say where ${thing.name} is.`;
  }
  const parent = input.snapshot.parentOfPlace.get(first.entity.id);
  input.answer.cite(thing, first.entity, parent);
  const extra = first.where ? `, ${first.where}` : spot ? `, at the ${spot}` : '';
  const floor = parent && parent.entity_type === 'zone' ? ` (${parent.name})` : '';
  const verb = thing.entity_type === 'room' || thing.entity_type === 'zone' ? 'is part of' : 'is in';
  return `${thing.name}${kindEvidenceNote(input.snapshot, thing, input.match.words)} ${verb} ${placeName(first.entity)}${floor}${extra}.`;
}

/** "front_entrance" → "front entrance", from an edge property or a content field. */
function spokenLocation(thing: Entity, edgeProperties: Array<Record<string, unknown>>): string | undefined {
  const values = [...edgeProperties.map((p) => p['location'] ?? p['where'] ?? p['position']), thing.content['location'], thing.content['mounted'], thing.content['position']];
  const found = values.find((v): v is string => typeof v === 'string' && v.trim().length > 0);
  return found?.replace(/_/g, ' ').trim();
}

/** Entities linked to the slot's entity by one relationship type, in one direction. */
async function linkedFromSlot(
  input: IntentAnswerInput,
  type: RelationshipType,
  direction: 'in' | 'out',
  lead: (subject: Entity, names: string[]) => string,
  types?: readonly string[],
  describe: (e: Entity) => string = (e) => e.name,
): Promise<string> {
  const said = entitySlot(input.match, 'device');
  if (!said) return '';
  const linkedTo = async (entity: Entity): Promise<Entity[]> => {
    const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: entity.id, include_connected: true }, (r) => `${r.relationships.incoming.length + r.relationships.outgoing.length} links`);
    const edges = direction === 'in' ? details.relationships.incoming : details.relationships.outgoing;
    // Automations that a device triggers act "on" it as much as the ones that switch it.
    const types2 = type === 'automates' ? ['automates', 'triggered_by'] : [type];
    const both = type === 'automates' ? [...edges, ...details.relationships.incoming.filter((r) => r.relationship_type === 'triggered_by')] : edges;
    const ids = new Set(both.filter((r) => types2.includes(r.relationship_type)).map((r) => (r.to_entity_id === entity.id ? r.from_entity_id : r.to_entity_id)));
    return (details.connected_entities ?? []).filter((e) => ids.has(e.id) && (!types || types.includes(e.entity_type)));
  };
  let subject = said;
  let linkedEntities = await linkedTo(said);
  // A door has no links of its own: its lock or opener in the same room has ("which app controls the garage door").
  if (linkedEntities.length === 0 && (said.entity_type === 'door' || said.entity_type === 'window')) {
    for (const want of ['open', 'lock'] as const) {
      const partner = partnerOf(input.snapshot, [], said, want);
      if (!partner) continue;
      const found = await linkedTo(partner);
      if (found.length > 0 || subject === said) {
        subject = partner;
        linkedEntities = found;
      }
      if (found.length > 0) break;
    }
  }
  // A device that isn't smart is linked through the one its description names ("not smart, see the stove sensor").
  const standIn = linkedEntities.length === 0 ? standInDevice(input.snapshot, said) : undefined;
  const throughIt = standIn ? await linkedTo(standIn) : [];
  if (standIn && throughIt.length > 0) {
    input.answer.cite(said, standIn, ...throughIt);
    const what = typeof standIn.content['description'] === 'string' ? ` (${String(standIn.content['description'])})` : '';
    const lines = throughIt.map((e) => (e.entity_type === 'automation' && describeTrigger(e) ? `${describe(e)} (${describeTrigger(e)})` : describe(e)));
    return listOrSentence(`${said.name} has none of its own; it is linked through ${standIn.name}${what}. ${lead(standIn, lines)}`, lines);
  }
  input.answer.cite(said, subject, ...linkedEntities);
  const names = linkedEntities.map(describe);
  const head = lead(subject, names);
  return names.length ? (head.endsWith(':') ? listOrSentence(head, names) : listOrSentence(head, names)) : head;
}

function linked(input: IntentAnswerInput, subject: Entity, type: RelationshipType, direction: 'in' | 'out', verb: string): Promise<string> {
  return linkedFromSlot(input, type, direction, (d, names) => (names.length ? `${d.name} ${verb}` : `${d.name} doesn't ${verb.replace(/s$/, '')} anything.`));
}

export { describeSchedule } from './scheduleText';
