// "turn off the ac" in a home with "Noa's AC" and four ACs named "מזגן …"; "turn on the geyser" beside "கீசர்": the
// kind word said alone is a word of one device's name only because that one was named in English, so the command
// proposed that one of several. A command is the place where a wrong pick costs most: as for questions
// (kindWordInOneName.ts), the kind said alone over devices of it named in other words asks which one.
import type { DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { othersOfKindNamedElse } from './kindWordInOneName';
import type { Token } from './normalizeText';
import type { ScoredSlot } from './SlotResolver';

const LATIN = /\p{Script=Latin}/u;

/** Which of the kind's devices, when the words are the kind alone and one name holds them; otherwise undefined. */
export function kindAloneOverNames(snapshot: HomeSnapshot, kind: DeviceKind | undefined, body: readonly Token[], text: string, plural: boolean): ScoredSlot | undefined {
  if (!kind || plural) return undefined;
  const typed = ` ${body.map((t) => t.text.toLowerCase()).join(' ')} `;
  const named = snapshot.devices.filter((d) => ` ${d.name.toLowerCase()} `.includes(typed));
  // A name that is the words exactly ("Bojler", or "கீசர்" picked from a "which one") is that device.
  if (named.some((d) => ` ${d.name.toLowerCase()} ` === typed)) return undefined;
  const all = named.length > 0 ? othersOfKindNamedElse(snapshot, kind, body, named) : undefined;
  // Only a Latin word against names in another script: "لوستر" in "لوستر پذیرایی" beside "Cheragh Sara" is the
  // home's own word for that one (a chandelier among lamps), no accident of which name is English.
  const elsewhere = all?.filter((d) => !named.includes(d)) ?? [];
  if (!LATIN.test(typed) || elsewhere.some((d) => LATIN.test(d.name))) return undefined;
  return all && all.length > named.length ? { value: { type: 'ambiguous', text, expected: 'device', candidates: all, withPlaces: true }, score: 0.6 } : undefined;
}
