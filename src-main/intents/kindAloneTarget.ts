// "turn off the ac" in a home with "Noa's AC" and four ACs named "מזגן …"; "turn on the geyser" beside "கீசர்": the
// kind word said alone is a word of one device's name only because that one was named in English, so the command
// proposed that one of several. A command is the place where a wrong pick costs most: as for questions
// (kindWordInOneName.ts), the kind said alone over devices of it named in other words asks which one.
import type { DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { othersOfKindNamedElse } from './kindWordInOneName';
import type { Token } from './normalizeText';
import type { ScoredSlot } from './SlotResolver';

/** Which of the kind's devices, when the words are the kind alone and one name holds them; otherwise undefined. */
export function kindAloneOverNames(snapshot: HomeSnapshot, kind: DeviceKind | undefined, body: readonly Token[], text: string, plural: boolean): ScoredSlot | undefined {
  if (!kind || plural) return undefined;
  const typed = ` ${body.map((t) => t.text.toLowerCase()).join(' ')} `;
  const named = snapshot.devices.filter((d) => ` ${d.name.toLowerCase()} `.includes(typed));
  const all = named.length > 0 ? othersOfKindNamedElse(snapshot, kind, body, named) : undefined;
  return all && all.length > named.length ? { value: { type: 'ambiguous', text, expected: 'device', candidates: all, withPlaces: true }, score: 0.6 } : undefined;
}
