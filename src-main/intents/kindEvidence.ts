// Why a device answers for the kind a question names when its name doesn't say so: "where's the dishwasher" →
// "Myčka (described as a built-in dishwasher) is in Kuchyně". The evidence is the description, model or capability
// the home vocabulary classified it by (deviceKinds.ts), so the answer can be checked against the data.
import type { Entity } from '../../src-shared/protocol/entities';
import { describedAs, describingText } from './describedAs';
import { capabilitiesOf, kindById, kindsNamedIn, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { coldReadingText } from './coldAppliance';

/** " (described as a built-in dishwasher)", or "" when the question names no kind or the name already says it. */
export function kindEvidenceNote(snapshot: HomeSnapshot, device: Entity, words: readonly string[]): string {
  if (device.entity_type !== 'device') return '';
  for (const id of kindsNamedIn(words.join(' ')).keys()) {
    const kind = kindById(id);
    const why = kind ? kindMatch(snapshot, device, kind) : undefined;
    if (why === 'description') {
      const text = describingText(device);
      if (typeof text === 'string') return ` (described as ${describedAs(text)})`;
    } else if (why === 'model') {
      const model = device.content['model'];
      if (typeof model === 'string') return ` (model ${model})`;
    } else if (why === 'capability') {
      return ` (it can ${capabilitiesOf(device).slice(0, 3).map((c) => c.replace(/_/g, ' ')).join(', ')})`;
    } else if (why === 'reading') {
      return ` (it reads ${coldReadingText(device)})`;
    }
    if (why) return '';
  }
  return '';
}

/**
 * Of several devices of a kind, those whose own words say the whole phrase asked for ("the chest freezer" among an
 * upright and a chest freezer: the one described as "chest freezer"). Empty when the phrase is one word or none say it.
 */
export function devicesSaying(devices: readonly Entity[], said: string): Entity[] {
  const key = phraseKey(said.replace(/^(the|a|an|our|my)\s+/i, ''));
  if (!key.includes(' ')) return [];
  return devices.filter((d) => {
    const own = [d.name, ...['aliases', 'description', 'model'].flatMap((f) => {
      const v = d.content[f];
      return typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    })];
    return own.some((text) => ` ${phraseKey(text)} `.includes(` ${key} `));
  });
}
