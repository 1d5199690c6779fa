// "the solar heater" where "Solar" is the battery maker's word and the heater is named "Solar water heater": a maker
// word said before a kind that maker made nothing of is the word of the one device of that kind whose name holds it,
// never the maker's own device (which answered "Battery bank has no temperature setting").
import type { HomeSnapshot } from './HomeIndex';
import { phraseKey } from './deviceKinds';
import { kindMatch } from './kindClaims';
import type { Mention } from './mentions';

/** The device of `found`'s kind (or with its word in the name) whose name holds `before`'s maker word, when `before` is a maker only and exactly one fits. */
export function makerWordNamingKind(before: Mention, found: Mention, snapshot: HomeSnapshot): Mention | undefined {
  const kind = found.kind;
  if (!kind || !before.maker || before.kind || Object.keys(before.entities).length > 0 || Object.keys(found.entities).length > 0 || found.maker) return undefined;
  const makerKey = phraseKey(before.maker);
  const ofKind = snapshot.devices.filter((d) => kindMatch(snapshot, d, kind) !== undefined);
  if (ofKind.some((d) => ` ${snapshot.makerKeyOfDevice.get(d.id) ?? ''} `.includes(` ${makerKey} `))) return undefined;
  // The kind said or its word in the name ("heater" of "Solar water heater", a water heater rather than a heater).
  const word = ` ${phraseKey(before.text)} `;
  const kindWord = ` ${phraseKey(found.text)} `;
  const named = snapshot.devices.filter((d) => {
    const name = ` ${phraseKey(d.name)} `;
    return name.includes(word) && (name.includes(kindWord) || ofKind.includes(d));
  });
  const [one] = named;
  if (named.length !== 1 || !one) return undefined;
  return { start: before.start, end: found.end, text: `${before.text} ${found.text}`, entities: { device: [one] } };
}
