// How an opening's reading is said beyond open/closed: "(up)"/"(down)" when the question said so, and how far a blind
// or shutter stands when its data gives a position ("la tapparella è aperta?" with `open: true, position: 40` is open
// at 40%, not simply open; "how far open is the blind" is answered with the figure even when fully open).
import type { Entity } from '../../src-shared/protocol/entities';
import { said, stateOf } from './IntentAnswerInput';
import type { IntentMatch } from './IntentEngine';
import { POSITION_KEYS } from './deviceReadings';

/** The device's position in percent (100 fully open), from whichever field the home uses. */
function positionOf(device: Entity): number | undefined {
  const s = stateOf(device);
  for (const key of POSITION_KEYS) {
    const v = s[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return undefined;
}

/** " (up)", " (down)", " (40% open)", " (100%)" or nothing, after the reading `value` of `device`. */
export function openingNote(match: IntentMatch, value: string, device?: Entity): string {
  const upDown = said(match, 'up', 'down') ? (value === 'open' ? ' (up)' : value === 'closed' ? ' (down)' : '') : '';
  const pos = device ? positionOf(device) : undefined;
  if (pos === undefined || value.includes(`${pos}%`)) return upDown;
  // A partial position is always worth saying; a full one only when asked how far ("how far", "how much", "percent").
  if (pos > 0 && pos < 100) return `${upDown} (${pos}% open)`;
  return said(match, 'how', 'percent', 'far') ? `${upDown} (${pos}%)` : upDown;
}
