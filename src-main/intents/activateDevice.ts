// "activá la alarma de la quinta", "activate the alarma quinta": "activate" is read as running an automation, and an
// alarm panel named exactly is no automation, so the answer was "I couldn't find 'alarma quinta'. Did you mean
// Llegamos a la quinta?" — a near automation offered for a device said by its full name. When the words name one
// device exactly and no automation, activating it is arming it when it arms, switching it on when it switches.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { nameKeyOf } from './entityNameKey';

const ARTICLES: ReadonlySet<string> = new Set(['the', 'my', 'our', 'la', 'el', 'le', 'a', 'o', 'de', 'del', 'da', 'do']);

export function activateDevice(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['automation'];
  if (match.intent !== 'run_automation' || slot?.type !== 'missing') return match;
  const said = phraseKey(slot.text).split(' ').filter((w) => w && !ARTICLES.has(w)).join(' ');
  if (!said) return match;
  const named = snapshot.devices.filter((d) => nameKeyOf(d).split(' ').filter((w) => !ARTICLES.has(w)).join(' ') === said);
  const [device] = named;
  if (named.length !== 1 || !device) return match;
  const intent = capable(device, 'arm') ? 'arm' : capable(device, 'on_off') ? 'turn_on' : undefined;
  if (!intent) return match;
  const { automation: _automation, ...rest } = match.slots;
  return { ...match, intent, slots: { ...rest, target: { type: 'entity', text: slot.text, entity: device, how: 'exact' } } };
}

function capable(device: Entity, capability: string): boolean {
  const capabilities = device.content['capabilities'];
  return Array.isArray(capabilities) && capabilities.includes(capability);
}
