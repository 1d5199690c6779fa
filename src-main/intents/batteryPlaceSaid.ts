// "is the battery low in the thermometer in the conservatory": a room said with "in"/"at" narrows a battery question
// to what runs on batteries there. A room no word of the question puts it in ("na ya askari?" after a question about
// the master bedroom) is the turn before's, carried over by the follow-up reader: no narrowing, and no subject of the
// turn ("iko wapi hiyo" then asked where the bedroom is).
import type { Mention } from './mentions';

const PLACE_WORDS = new Set(['in', 'at']);

/** The mention holds only rooms and the question says "in" or "at". */
export function batteryPlaceSaid(place: Mention | undefined, keys: ReadonlySet<string>): place is Mention {
  const rooms = place?.entities.place ?? [];
  return rooms.length > 0 && rooms.every((e) => e.entity_type === 'room') && [...PLACE_WORDS].some((w) => keys.has(w));
}
