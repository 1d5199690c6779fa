// "is any music playing", "is anything playing", "is music on" (issue 12): no device is named, and "music" is no
// device: the question asks which of the home's players are playing now. Read as "which media devices are on",
// answered from each player's own `playing`/power state (a TV that is on may be what plays the music). Left alone when the home has no such player (its honest answer stays) or when
// the question names a device.
import { kindById, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { membersOfKind } from './kindMembers';
import { tokenize } from './normalizeText';

/** What players play. */
// Not "radio": a radio is a device ("what's the radio in the kitchen playing" asks for its station).
const SOUND_PLAYED = new Set(['music', 'song', 'songs', 'tune', 'tunes', 'podcast', 'podcasts', 'audio', 'playlist']);
/** "anything/something playing": whatever plays, a TV too. */
const ANY_PLAYED = new Set(['anything', 'something', 'anyone', 'anybody']);
/**
 * Yes/no openers (never a request: "play some music" is a command). Not "what": "what's playing in the den" asks for
 * a title, which askedReading.ts reads from the player's state.
 */
const ASKING = new Set(['is', 'are', 'any', 'anything', 'something', 'got']);
/** Intents that may have taken the question for a search of the word or a thing called "music". */
const OVERRIDABLE = new Set(['search_graph', 'state_on', 'kind_on', 'device_state', 'list_kind', 'devices_in_place']);

/** The question re-read as "which players are on", if it asks whether music (or anything) is playing. */
const PLACE_TYPES = new Set(['home', 'zone', 'room']);

export function playingAsked(match: IntentMatch | undefined, question: string, snapshot: HomeSnapshot): IntentMatch | undefined {
  if (match && (!OVERRIDABLE.has(match.intent) || match.category === 'control')) return undefined;
  const keys = tokenize(question).map((t) => t.key);
  if (!ASKING.has(keys[0] ?? '')) return undefined;
  const said = new Set(keys);
  const sound = keys.some((k) => SOUND_PLAYED.has(k));
  const playing = said.has('playing') || said.has('play') || (sound && (said.has('on') || said.has('going')));
  if (!playing || (!sound && !keys.some((k) => ANY_PLAYED.has(k)))) return undefined;
  // A device or kind the question names keeps its own reading ("is the den sonos playing").
  const device = match?.slots['device'];
  if (device?.type === 'entity' && device.entity.entity_type === 'device') return undefined;
  if (match?.slots['kind']?.type === 'kind') return undefined;
  const kind = playerKind(snapshot);
  if (!kind) return undefined;
  // A device slot stands for a place only when it holds one: a schedule or a note named after the place ("Heating
  // mas") is no place to list players in.
  const place = match?.slots['place'] ?? (device?.type === 'entity' && PLACE_TYPES.has(device.entity.entity_type) ? device : undefined);
  return {
    intent: 'kind_on',
    category: 'state',
    slots: { kind: { type: 'kind', text: kind.plural, kind }, ...(place ? { place } : {}) },
    confidence: Math.max(match?.confidence ?? 0, 0.8),
    alternatives: [],
    template: 'playing:players',
    words: keys,
  };
}

/**
 * Every media device, not the speakers alone: a player typed only "entertainment" with a `speaker` capability is no
 * speaker by kind, and leaving it out would say a wrong "no speakers are on". None in the home: undefined.
 */
function playerKind(snapshot: HomeSnapshot): DeviceKind | undefined {
  const kind = kindById('entertainment');
  return kind && membersOfKind(snapshot, kind).length > 0 ? kind : undefined;
}
