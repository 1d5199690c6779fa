// A read-only snapshot of the home that the intent engine keeps between turns: devices with their room, rooms with
// their zone, the vocabulary of makers, capabilities and aliases. Rebuilt lazily after any graph change. The tools
// still answer the questions; this only makes "which lights are on?" over 20 000 entities a map lookup.
import { linkRunnersByName } from './namedRunners';
import type { Entity } from '../../src-shared/protocol/entities';
import { GraphDerivedCache } from '../graph/GraphDerivedCache';
import type { GraphStore } from '../graph/GraphStore';
import type { Disposable } from '../lifecycle/Disposable';
import { automationNicknames } from './automationNicknames';
import { batteryOf, runsOnBattery } from './deviceReadings';
import { linkNamedDevices } from './noteMentions';
import { placeWordsByDeviceNames } from './placeByDeviceNames';
import { floorWordsToFloorMates } from './floorMates';
import { deviceOwnHeads, openingAliases, placeVocabulary } from './placeVocabulary';
import { qualifierAliases } from './placeQualifiers';
import { addRoleOwners, residentRoles } from './residentRoles';
import { capabilitiesOf, kindForPhrase, kindsOfEntity, phraseKey } from './deviceKinds';
import { roomNamedInSpot } from './spotRoom';
import { makerKeyOf } from './kindClaims';
import { kindsBesidePlaceWords, placeNameWords } from './placeWordKinds';
import { zoneNicknames } from './zoneNicknames';
import { joinedZoneParts } from './joinedZoneParts';
import { otherNamesOf } from './otherNames';
import { withMongolianNames } from './languages/mongolianNames';
import { withKazakhNames } from './languages/kazakhNames';
import { withArmenianNames } from './languages/armenianNames';
import type { HomeSnapshot } from './homeSnapshot';
import { automationsSetOffBy, SET_OFF_EDGES } from './setOffByDevice';

// Notes too: a note documented_by a device ("Przegląd Kotła" of the boiler) speaks of it without its name.
const DOC_TYPES = new Set(['procedure', 'manual', 'note']);
/** Entities whose name a place alias must never take over. */
const PHYSICAL_NAMES = new Set(['device', 'door', 'window', 'room', 'zone', 'home']);
/** A description this short is what people call the thing ("holiday mode"), not a sentence about it. */
const MAX_DESCRIPTION_NAME_WORDS = 3;
/** Edges between a device and its procedures or manuals. */
const DOC_EDGES = ['procedure_for', 'documented_by'] as const;
const DOC_EDGE_SET: ReadonlySet<string> = new Set(DOC_EDGES);
/** Edges from a schedule or automation to the devices it runs. */
const RUN_EDGES = ['manages', 'automates'] as const;
const RUN_EDGE_SET: ReadonlySet<string> = new Set(RUN_EDGES);

// The snapshot's shape lives in homeSnapshot.ts; importers keep reading it from here.
export type { HomeSnapshot } from './homeSnapshot';

/** Words of maker names that name no maker on their own ("Mitsubishi Electric" is not "electric"); "battery" of
 *  "Battery Tender" and "controls" of "Arctic Controls" are what a question asks ("what needs new batteries"). */
const GENERIC_MAKER_WORDS = new Set(['new', 'general', 'national', 'digital', 'global', 'united', 'electric', 'electronic', 'home', 'smart', 'inc', 'ltd', 'gmbh', 'co', 'corp', 'company', 'group', 'the', 'and', 'technology', 'systems', 'labs', 'international', 'heat', 'easy', 'precision', 'power', 'battery', 'batteries', 'control', 'controls']);

/** The snapshot, built on first use and rebuilt after any graph change. */
export class HomeIndex implements Disposable {
  private readonly cache: GraphDerivedCache<HomeSnapshot>;

  constructor(store: GraphStore) {
    this.cache = new GraphDerivedCache(store, () => build(store));
  }

  get(): Promise<HomeSnapshot> {
    return this.cache.get();
  }

  dispose(): void {
    this.cache.dispose();
  }
}

async function build(store: GraphStore): Promise<HomeSnapshot> {
  const [listed, edges, setOffEdges] = await Promise.all([
    store.listEntities(),
    store.getRelationships({ types: ['located_in', 'part_of', 'monitors', 'contained_in', 'connects_to', ...DOC_EDGES, ...RUN_EDGES] }),
    store.getRelationships({ types: [...SET_OFF_EDGES] }),
  ]);
  // A home named in Mongolian Cyrillic is known by the English of its names too (mongolianNames.ts); so is a home
  // named in Kazakh (kazakhNames.ts), and a home named in Armenian (armenianNames.ts).
  const entities = withArmenianNames(withKazakhNames(withMongolianNames(listed)));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const snapshot: HomeSnapshot = {
    byId,
    devices: [],
    placeOfDevice: new Map(),
    parentOfPlace: new Map(),
    spokenlyPlaced: [],
    watchedOpening: new Map(),
    makerKeyOfDevice: new Map(),
    deviceNameKeys: new Set(),
    manufacturers: new Map(),
    capabilities: new Map(),
    aliases: new Map(),
    procedures: [],
    notes: [],
    homes: [],
    kindsOfDevice: new Map(),
    phrases: new Map(),
    longestPhrase: 1,
    automations: [],
    spots: new Map(),
    devicesOfDoc: new Map(),
    batteryDevices: [],
    guessedPlaceWords: new Set(),
    floorWords: new Map(),
    roomOwners: new Map(),
    placesByWay: new Map(),
    openingsOfPlace: new Map(),
    placesBeside: new Map(),
    runnersOfDevice: new Map(),
    setOffBy: automationsSetOffBy(setOffEdges, byId),
  };
  const addSpot = (value: unknown, device: Entity): void => {
    if (typeof value !== 'string' || !value.trim() || value.length > 60) return;
    const key = phraseKey(value.replace(/_/g, ' '));
    if (!key) return;
    const list = snapshot.spots.get(key);
    if (!list) snapshot.spots.set(key, [device]);
    else if (!list.includes(device)) list.push(device);
  };
  const addPhrase = (text: string, entity: Entity): void => {
    const key = phraseKey(text);
    if (!key) return;
    const list = snapshot.phrases.get(key);
    if (list) {
      if (!list.includes(entity)) list.push(entity);
    } else snapshot.phrases.set(key, [entity]);
    const words = key.split(' ').length;
    if (words > snapshot.longestPhrase && words <= 8) snapshot.longestPhrase = words;
  };
  const placeKeys = entities.filter((e) => e.entity_type === 'room' || e.entity_type === 'zone').map((e) => phraseKey(e.name));
  const zoneKeys = entities.filter((e) => e.entity_type === 'zone').map((e) => phraseKey(e.name));
  for (const entity of entities) {
    if (entity.entity_type === 'device' || entity.entity_type === 'door' || entity.entity_type === 'window') {
      for (const key of phraseKey(entity.name).split(' ')) snapshot.deviceNameKeys.add(key);
    }
    if (entity.entity_type !== 'note') addPhrase(entity.name, entity);
    // A window is listed, counted and asked about like a device ("list all windows", "are any windows open"); doors
    // stay names, since "the front door" is asked through its lock.
    if (entity.entity_type === 'device' || entity.entity_type === 'window') {
      snapshot.devices.push(entity);
      snapshot.kindsOfDevice.set(entity.id, kindsOfEntity(entity));
      if (runsOnBattery(entity)) snapshot.batteryDevices.push({ device: entity, level: batteryOf(entity) ?? 101 });
      const maker = entity.content['manufacturer'];
      if (typeof maker === 'string' && maker.trim()) {
        const makerKey = makerKeyOf(maker);
        snapshot.makerKeyOfDevice.set(entity.id, makerKey);
        snapshot.manufacturers.set(makerKey, maker);
        // "Philips devices" should find "Philips Hue", "nest devices" "Google Nest": any distinctive word of a maker
        // name is what people say.
        for (const word of maker.replace(/[°®™©]/g, ' ').trim().split(/\s+/)) {
          const wordKey = phraseKey(word);
          if (word.length > 2 && !GENERIC_MAKER_WORDS.has(wordKey) && !snapshot.manufacturers.has(wordKey) && !kindWordOfMaker(wordKey, makerKey)) snapshot.manufacturers.set(wordKey, word);
        }
      }
      for (const cap of capabilitiesOf(entity)) snapshot.capabilities.set(phraseKey(cap.replace(/_/g, ' ')), cap);
      for (const field of ['location', 'mounted', 'position']) addSpot(entity.content[field], entity);
    } else if (entity.entity_type === 'procedure') snapshot.procedures.push(entity);
    else if (entity.entity_type === 'note') snapshot.notes.push(entity);
    else if (entity.entity_type === 'home') snapshot.homes.push(entity);
    else if (entity.entity_type === 'automation' || entity.entity_type === 'schedule') snapshot.automations.push(entity);
    {
      for (const alias of otherNamesOf(entity, placeKeys, zoneKeys)) {
        addPhrase(alias, entity);
        const key = phraseKey(alias);
        const list = snapshot.aliases.get(key);
        if (list) list.push(entity);
        else snapshot.aliases.set(key, [entity]);
      }
    }
  }
  const names = new Set(entities.map((e) => phraseKey(e.name)));
  // An automation named in the home's language is asked about by what its short description calls it ("Tryb
  // Wakacyjny" is "holiday mode", "Alarm Smogowy" the "smog alert"), unless that is another entity's name.
  for (const automation of snapshot.automations) {
    const said = automation.content['description'];
    if (typeof said !== 'string') continue;
    const key = phraseKey(said);
    const words = key.split(' ').length;
    if (!key || words > MAX_DESCRIPTION_NAME_WORDS || names.has(key) || snapshot.phrases.has(key)) continue;
    addPhrase(said, automation);
    snapshot.aliases.set(key, [automation]);
  }
  for (const [nickname, automation] of automationNicknames(snapshot.automations)) {
    const key = phraseKey(nickname);
    if (!key || names.has(key) || snapshot.phrases.has(key)) continue;
    addPhrase(nickname, automation);
    snapshot.aliases.set(key, [automation]);
  }
  // Rooms and zones are also known by their everyday and other-language names ("kitchen" for "Cocina").
  const placeList = entities.filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
  const openingList = entities.filter((e) => e.entity_type === 'door' || e.entity_type === 'window');
  // A device's name and what its description and model call it ("water pump from the line", "booster pump on a switch").
  // A device's type counts as what it is called ("battery" listed in "utility: washing machine, inverter and battery").
  // So are the doors and windows: "the kitchen; fridge, door to the backyard" lists the Kitchen door, and "door" said
  // alone is never the kitchen ("are any doors open" listed the kitchen's devices: soweto jo190).
  const deviceNames = [...entities.filter((e) => e.entity_type === 'device').flatMap((e) => [phraseKey(e.name), ...deviceOwnHeads(e), ...(typeof e.content['type'] === 'string' ? [phraseKey(e.content['type'])] : [])]), ...openingList.flatMap((e) => [phraseKey(e.name), e.entity_type])];
  const kindsHere = new Set([...snapshot.kindsOfDevice.values()].flatMap((kinds) => [...kinds.keys()]));
  // "family room" is no everyday name of the "ሳሎን (salon)" when another place is "ፎቅ ሳሎን (family room)": a name's
  // part in brackets (its other language) is taken as a name too. A place's only: a device's bracket says where it
  // is ("Leak sensor (press)"), and "the press" stays the everyday name of the "Hall press"; so does a bracket several
  // places share, which says where they are ("Bedroom (flat)", "Lounge (flat)": "the flat" is still the flat).
  const brackets = placeList.flatMap((e) => [...e.name.matchAll(/\(([^()]+)\)/g)].map((m) => phraseKey(m[1] ?? ''))).filter(Boolean);
  const bracketed = brackets.filter((b) => brackets.indexOf(b) === brackets.lastIndexOf(b));
  const vocabulary = placeVocabulary(placeList, new Set([...names, ...bracketed]), deviceNames, kindsHere);
  placeWordsByDeviceNames(entities, edges, vocabulary.aliases, vocabulary.shared, names);
  snapshot.floorWords = floorWordsToFloorMates(placeList, edges, vocabulary.aliases, vocabulary.shared);
  snapshot.guessedPlaceWords = vocabulary.guessed;
  snapshot.roomOwners = vocabulary.owners;
  addRoleOwners(snapshot.roomOwners, residentRoles(entities.filter((e) => e.entity_type === 'home')));
  for (const [place, aliases] of [...vocabulary.aliases, ...openingAliases(openingList, names)]) {
    for (const alias of aliases) {
      addPhrase(alias, place);
      const list = snapshot.aliases.get(alias);
      if (!list) snapshot.aliases.set(alias, [place]);
      else if (!list.includes(place)) list.push(place);
    }
  }
  // "the allotment" for "Allotment shed": also when a note is called so (a place question means the place).
  const thingNames = new Set(entities.filter((e) => PHYSICAL_NAMES.has(e.entity_type)).map((e) => phraseKey(e.name)));
  for (const [word, place] of qualifierAliases(placeList)) {
    if (thingNames.has(word) || snapshot.aliases.has(word)) continue;
    addPhrase(word, place);
    snapshot.aliases.set(word, [place]);
  }
  // A word several rooms share ("kids room") names each of them: a question with it asks back which one.
  for (const [word, places] of vocabulary.shared) if (!snapshot.phrases.has(word)) for (const place of places) addPhrase(word, place);
  // The home itself: "the house", "home" — unless a room or zone is named that word exactly (a farm's "House" zone
  // beside its barns: "the temperature in the house" is that zone's, not a question back between it and the farm).
  const namedSo = (word: string): boolean => (snapshot.phrases.get(word) ?? []).some((e) => (e.entity_type === 'zone' || e.entity_type === 'room') && phraseKey(e.name) === word);
  if (snapshot.homes.length === 1 && snapshot.homes[0]) for (const word of ['house', 'home', 'whole house', 'whole home']) if (!namedSo(word)) addPhrase(word, snapshot.homes[0]);
  snapshot.batteryDevices.sort((a, b) => a.level - b.level || (a.device.name < b.device.name ? -1 : a.device.name > b.device.name ? 1 : 0));
  for (const edge of edges) {
    const from = byId.get(edge.from_entity_id);
    const to = byId.get(edge.to_entity_id);
    if (!from || !to) continue;
    if (edge.relationship_type === 'connects_to') {
      const via = edge.properties['via'];
      const way = typeof via === 'string' ? phraseKey(via) : '';
      const joined = snapshot.placesByWay.get(way) ?? [];
      for (const place of [from, to]) if (way && !joined.includes(place)) joined.push(place);
      if (way) snapshot.placesByWay.set(way, joined);
      const [opening, place] = from.entity_type === 'door' || from.entity_type === 'window' ? [from, to] : [to, from];
      if (opening.entity_type === 'door' || opening.entity_type === 'window') snapshot.openingsOfPlace.set(place.id, [...(snapshot.openingsOfPlace.get(place.id) ?? []), opening]);
      if (from.entity_type === 'room' && to.entity_type === 'room') {
        snapshot.placesBeside.set(from.id, [...(snapshot.placesBeside.get(from.id) ?? []), to]);
        snapshot.placesBeside.set(to.id, [...(snapshot.placesBeside.get(to.id) ?? []), from]);
      }
      continue;
    }
    if (from.entity_type === 'device') for (const field of ['location', 'where', 'position']) addSpot(edge.properties[field], from);
    // A procedure named in the home's language ("Lufta elementen") is about the devices it is linked to.
    const doc = DOC_TYPES.has(from.entity_type) ? from : DOC_TYPES.has(to.entity_type) ? to : undefined;
    const forDevice = doc === from ? to : from;
    if (doc && forDevice.entity_type === 'device' && DOC_EDGE_SET.has(edge.relationship_type)) {
      const list = snapshot.devicesOfDoc.get(doc.id);
      if (!list) snapshot.devicesOfDoc.set(doc.id, [forDevice]);
      else if (!list.includes(forDevice)) list.push(forDevice);
    }
    if (RUN_EDGE_SET.has(edge.relationship_type) && to.entity_type === 'device' && (from.entity_type === 'schedule' || from.entity_type === 'automation')) {
      const list = snapshot.runnersOfDevice.get(to.id);
      if (!list) snapshot.runnersOfDevice.set(to.id, [from]);
      else if (!list.includes(from)) list.push(from);
    }
    if (RUN_EDGE_SET.has(edge.relationship_type)) continue;
    if (edge.relationship_type === 'monitors' && from.entity_type === 'device' && (to.entity_type === 'door' || to.entity_type === 'window')) snapshot.watchedOpening.set(from.id, to);
    if (edge.relationship_type === 'monitors' || edge.relationship_type === 'contained_in' || DOC_EDGE_SET.has(edge.relationship_type)) continue;
    if (['device', 'door', 'window'].includes(from.entity_type) && edge.relationship_type === 'located_in' && ['room', 'zone', 'home'].includes(to.entity_type)) {
      if (!snapshot.placeOfDevice.has(from.id)) snapshot.placeOfDevice.set(from.id, to);
    } else if (['room', 'zone'].includes(from.entity_type) && ['zone', 'home'].includes(to.entity_type)) {
      // A room linked both to its zone and to the home lies in the zone, whichever link the export lists first.
      if (!snapshot.parentOfPlace.has(from.id) || (snapshot.parentOfPlace.get(from.id)?.entity_type === 'home' && to.entity_type === 'zone')) snapshot.parentOfPlace.set(from.id, to);
    }
  }
  linkNamedDevices(snapshot.notes, snapshot.devices, snapshot.devicesOfDoc);
  linkRunnersByName(snapshot); // a schedule's own `devices: [...]` (namedRunners.ts)
  for (const [word, place] of joinedZoneParts(snapshot)) {
    snapshot.aliases.set(word, [place]); // "shop" of "Yard & shop" (joinedZoneParts.ts)
    addPhrase(word, place);
  }
  // "at the bach" for the zone "Raglan bach", "the caravan" for a zone of that kind (zoneNicknames.ts).
  for (const [word, zone] of zoneNicknames(snapshot)) snapshot.aliases.set(word, [zone]);
  // "Condizionatore camera" in a home of "Camera …" rooms: a room word in a name is no kind (placeWordKinds.ts).
  const placeWords = placeNameWords(snapshot.byId.values());
  for (const device of snapshot.devices) {
    const kinds = snapshot.kindsOfDevice.get(device.id);
    if (kinds) snapshot.kindsOfDevice.set(device.id, kindsBesidePlaceWords(device, kinds, placeWords));
  }
  // A spot is a way to name the devices there ("what is watching the front entrance"), unless its words already
  // name a room or thing ("garage" stays the Garage).
  const rooms = [...snapshot.byId.values()].filter((e) => e.entity_type === 'room');
  for (const [key, devices] of snapshot.spots) {
    // "monitors home {location: terrace}": a device the data puts only at the home is in the one room its spot names
    // by the room's own name (a word of a room's description, "garden and driveway", is no such name).
    const [named, other] = (snapshot.phrases.get(key) ?? []).filter((e) => e.entity_type === 'room' && phraseKey(e.name) === key);
    // "cellar floor, next to the washer-dryer": the one room a longer spot names (spotRoom.ts).
    const room = named ? (other ? undefined : named) : roomNamedInSpot(key, rooms);
    const atHomeOnly = room ? devices.filter((d) => (snapshot.placeOfDevice.get(d.id)?.entity_type ?? 'home') === 'home') : [];
    for (const d of atHomeOnly) if (room) snapshot.placeOfDevice.set(d.id, room);
    snapshot.spokenlyPlaced.push(...atHomeOnly);
    if (snapshot.phrases.has(key) || /^\d/.test(key)) continue;
    // "monitors {location: gate}" of a camera, where the gate is a device named in another script ("Капија"): the
    // spot's kind word names that device, not the camera watching it.
    const kind = kindForPhrase(key);
    if (kind && snapshot.devices.some((d) => !devices.includes(d) && snapshot.kindsOfDevice.get(d.id)?.has(kind.id))) continue;
    for (const device of devices) addPhrase(key, device);
  }
  return snapshot;
}

/** "Lock" of "Master Lock" is no maker said alone: "what locks have we got" asks for locks (a whole maker name stays). */
function kindWordOfMaker(wordKey: string, makerKey: string): boolean {
  return wordKey !== makerKey && kindForPhrase(wordKey) !== undefined;
}
