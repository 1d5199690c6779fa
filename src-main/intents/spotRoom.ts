// Round 41: a device the data links to no place, whose own `location` text names one room among other words ("cellar
// floor, next to the washer-dryer", "on the shelf on the attic landing"), stands in that room. Before, only a spot
// that was a room's whole name placed its device, so "what's the humidity in the cellar" said no device there reports
// it while the dehumidifier beside the washer-dryer does (a wrong none, sheffield sf171). The longest room name the
// text holds as whole words is the room ("attic landing", not "landing"); a text naming two rooms apart places nothing,
// nor one that puts the device outside the room it names ("ceiling above the scullery": the geyser is not in it).
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';

/** Words that put a thing outside the room named after them ("above the scullery", "outside the kitchen"). */
const OUTSIDE_OF = new Set(['above', 'below', 'under', 'underneath', 'beneath', 'over', 'outside', 'behind', 'beyond', 'beside', 'near', 'opposite', 'off', 'past', 'by']);

/** True when the word before the room's name (past a "the") puts the thing outside it. */
function outsideOf(spoken: string, key: string): boolean {
  const before = spoken.slice(0, spoken.indexOf(` ${key} `)).trim().split(' ').filter((w) => w !== 'the');
  return OUTSIDE_OF.has(before[before.length - 1] ?? '');
}

/** The one room whose name the spot's words hold (the longest such name), or undefined. */
export function roomNamedInSpot(spotKey: string, rooms: readonly Entity[]): Entity | undefined {
  const spoken = ` ${spotKey} `;
  const named = rooms.map((room) => ({ room, key: phraseKey(room.name) })).filter(({ key }) => key !== '' && spoken.includes(` ${key} `));
  if (named.some(({ key }) => outsideOf(spoken, key))) return undefined;
  if (named.length === 0) return undefined;
  const longest = named.reduce((a, b) => (b.key.length > a.key.length ? b : a));
  // Every other room it names is a part of the longest name ("landing" of "attic landing"), or two rooms are meant.
  return named.every(({ key }) => ` ${longest.key} `.includes(` ${key} `)) ? longest.room : undefined;
}
