// "majlis door goes between which rooms", "which rooms does the patio door connect", "where does the cellar door
// lead": a question about a door of the home (an entity of type door, not the lock on it) and the rooms it joins. The
// templates read "majlis door" as the lock of that name and said its state, and the room-connection reader leaves a
// sentence that names a device to the device answers; so a door named whole with a word for joining and one that asks for
// places (between, where, rooms) is answered from the door itself: its `connects` rooms, or the rooms joined by a `connects_to` edge via it.
// Words are data (lexicon/doorWays.json).
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { phraseKey } from './deviceKinds';
import { tokenize } from './normalizeText';
import { placeName } from './AnswerBuilder';
import lexicon from './lexicon/doorWays.json';
import { nameKeyOf } from './entityNameKey';

const LEXICON = z.object({ connectWords: z.array(z.string().min(2)), placeAskWords: z.array(z.string().min(2)) }).strict().parse(lexicon);
const keys = (words: readonly string[]): Set<string> => new Set(words.flatMap((w) => tokenize(w).map((t) => t.key)));
const CONNECT = keys(LEXICON.connectWords);
const ASK = keys(LEXICON.placeAskWords);

export interface DoorJoins { door: Entity; rooms: Entity[]; text: string }

/** The door the sentence asks the rooms of, with those rooms and the answer, or undefined. */
export function doorConnects(said: string, snapshot: HomeSnapshot): DoorJoins | undefined {
  const words = tokenize(said).map((t) => t.key);
  if (!words.some((k) => CONNECT.has(k)) || !words.some((k) => ASK.has(k))) return undefined;
  const joined = ` ${words.join(' ')} `;
  const doors = [...snapshot.byId.values()].filter((e) => e.entity_type === 'door' && joined.includes(` ${nameKeyOf(e)} `));
  // The longest name said ("majlis inner door" over "majlis door"); two doors said whole is no question about one.
  const longest = Math.max(0, ...doors.map((d) => phraseKey(d.name).length));
  const named = doors.filter((d) => phraseKey(d.name).length === longest);
  const [door] = named;
  if (!door || named.length !== 1) return undefined;
  const rooms = roomsOf(door, snapshot);
  if (rooms.length < 2) return undefined;
  const names = rooms.map((r) => placeName(r));
  return { door, rooms, text: `${door.name} connects ${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}.` };
}

/** The places a door joins: by the edges that say they connect via it, else by the names its content lists. */
function roomsOf(door: Entity, snapshot: HomeSnapshot): Entity[] {
  const viaEdges = snapshot.placesByWay.get(phraseKey(door.name)) ?? [];
  if (viaEdges.length >= 2) return viaEdges;
  const listed = door.content['connects'];
  if (!Array.isArray(listed)) return viaEdges;
  const places = [...snapshot.byId.values()].filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
  return listed.flatMap((name) => places.filter((p) => typeof name === 'string' && p.name === name).slice(0, 1));
}
