// The shape of the home snapshot the intent engine reads every turn (built by HomeIndex.ts): the maps that make a
// question over 20 000 entities a lookup. Kept apart from the index's building code so the shape reads on one screen.
import type { Entity } from '../../src-shared/protocol/entities';
import type { KindEvidence } from './deviceKinds';

export interface HomeSnapshot {
  byId: Map<string, Entity>;
  devices: Entity[];
  /** Device id → the room (or zone/home) it is located in. */
  placeOfDevice: Map<string, Entity>;
  /** Place id → the zone or home it is located in / part of. */
  parentOfPlace: Map<string, Entity>;
  /** Devices the data puts only at the home, placed in the room their spot names ("monitors home {location: terrace}"). */
  spokenlyPlaced: Entity[];
  /** Sensor id → the door or window its `monitors` edge watches (a list of what is open names the opening). */
  watchedOpening: Map<string, Entity>;
  /** Device id → phrase key of its manufacturer (precomputed: tokenising 15 000 names per question is not free). */
  makerKeyOfDevice: Map<string, string>;
  /** Word keys of device, door and window names: a task phrase is only looked up if its words occur here. */
  deviceNameKeys: Set<string>;
  /** Manufacturer phrase key → display name. */
  manufacturers: Map<string, string>;
  /** Capability phrase key (e.g. "on off", "dimming") → capability value. */
  capabilities: Map<string, string>;
  /** `content.aliases` phrase key → entities. */
  aliases: Map<string, Entity[]>;
  procedures: Entity[];
  notes: Entity[];
  homes: Entity[];
  /** Device id → its kinds with the evidence (name, alias, type, capability): the home's own vocabulary. */
  kindsOfDevice: Map<string, Map<string, KindEvidence>>;
  /** Phrase key of every name and alias → entities, for finding mentions in a question with map lookups. */
  phrases: Map<string, Entity[]>;
  /** Longest name phrase in words (bounds the mention scan). */
  longestPhrase: number;
  automations: Entity[];
  /**
   * Spoken spots ("front entrance", "driveway") → the devices there: a `location`/`where`/`position` on a device's
   * edges or in its content. Also phrases of those devices, unless the words already name something.
   */
  spots: Map<string, Entity[]>;
  /** Procedure, manual or note id → the devices it is for (either direction of procedure_for/documented_by/has_manual …). */
  devicesOfDoc: Map<string, Entity[]>;
  /** Battery-powered devices with their level (101 when unknown), lowest first: read once per graph version. */
  batteryDevices: Array<{ device: Entity; level: number }>;
  /** Place aliases read from a name's letters ("garage" for "Garaaž"): good for questions, too weak for a command. */
  guessedPlaceWords: Set<string>;
  /** A floor's words ('attic', 'loft') → the rooms on that floor of one building (floorMates.ts). */
  floorWords: Map<string, Entity[]>;
  /** Owner words of room names by their stems ("ev" → "Pokoj Evy"): "eva's room" when the ending differs. */
  roomOwners: Map<string, Entity[]>;
  /** Ways between places by what they are (`connects_to` "via": "stairs") → the places they join ("on the stairs"). */
  placesByWay: Map<string, Entity[]>;
  /** Place id → the doors and windows a `connects_to` edge joins it by ("is the door to the shed open"). */
  openingsOfPlace: Map<string, Entity[]>;
  /** Place id → the rooms a `connects_to` edge joins it to directly ("the yard" beside "the veranda"). */
  placesBeside: Map<string, Entity[]>;
  /** Device id → the schedules and automations that manage or automate it ("when does the watering run"). */
  runnersOfDevice: Map<string, Entity[]>;
  /** Device id → the automations a `triggered_by` edge says it sets off, by name (setOffByDevice.ts). */
  setOffBy: Map<string, Entity[]>;
}
