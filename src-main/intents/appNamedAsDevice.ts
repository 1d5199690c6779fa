// "what does smart life control", "what does iaqualink control": the name is an app's, not a device's. A device
// slot only resolves devices, so such a question would say "couldn't find 'smart life'"; it is the app's list of the
// devices linked to it (controlled_by_app edges, answerAppList.ts).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';

/** Device questions that, asked of an app, mean the devices the app controls. */
const APP_READINGS: ReadonlySet<string> = new Set(['device_controls']);

/** Letters and digits only: "iaqualink" meets "iAquaLink", "smartlife" meets "Smart Life". */
function squeezed(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The one app whose name (with or without a trailing "app") is the words said, or undefined. */
export function appNamed(snapshot: HomeSnapshot, said: string): Entity | undefined {
  const key = squeezed(said.replace(/\bapp\s*$/i, ''));
  if (!key) return undefined;
  const apps = [...snapshot.byId.values()].filter((e) => e.entity_type === 'app' && squeezed(e.name.replace(/\bapp\s*$/i, '')) === key);
  return apps.length === 1 ? apps[0] : undefined;
}

/** A device question whose name is no device but one app's name: that app's device list. */
export function appReadingOf(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['device'];
  if (!APP_READINGS.has(match.intent) || slot?.type !== 'missing') return match;
  const app = appNamed(snapshot, slot.text);
  if (!app) return match;
  const { device: _device, ...rest } = match.slots;
  return { ...match, intent: 'list_apps', slots: { ...rest, thing: { type: 'entity', text: slot.text, entity: app, how: 'exact' } } };
}
