// "ferme la lumière", "close the heater": open or close said of what has no motor or valve but can be switched is
// read as off or on (or asked about). Split out of answerControl.ts.
import type { Entity } from '../../src-shared/protocol/entities';
import { devicesOfKind } from './answerSearch';
import { actionSpec, opensAndCloses } from './controlActions';
import type { IntentAnswerInput } from './IntentAnswerInput';

/** Kinds that open/close never moves but that "ferme la lumière", "ouvre la télé" switch. */
const SWITCHED_BY_OPENING = new Set(['light', 'tv', 'heater', 'thermostat', 'climate', 'air_conditioner', 'floor_heating', 'water_heater']);

/**
 * "ferme la lumière" (Québec French), "close the heater": open or close said of what has no motor or valve but can be
 * switched is off or on; never "can't do that" for a light.
 */
export async function switchingForOpening(input: IntentAnswerInput, intent: string): Promise<string | { ask: string } | undefined> {
  if (intent !== 'open' && intent !== 'close') return undefined;
  const slot = input.match.slots['target'];
  const devices = slot?.type === 'entity' ? [slot.entity] : slot?.type === 'group' ? (slot.devices ?? (await devicesOfKind(input, slot.kind, slot.place))) : [];
  if (devices.length === 0 || devices.some(opensAndCloses)) return undefined;
  const turn = intent === 'open' ? 'turn_on' : 'turn_off';
  const spec = actionSpec(turn, input);
  const switched = typeof spec === 'string' ? [] : devices.filter(spec.can);
  if (switched.length === 0) return undefined;
  // A place said with no kind ("open it" about a room): which of its switched devices is meant is asked, not guessed.
  if (slot?.type === 'group' && !slot.kind && !slot.devices) {
    input.answer.cite(...switched);
    const names = switched.slice(0, 6).map((d) => d.name);
    return { ask: `Which one do you mean: ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0]}? Nothing there opens or closes, so I would turn it ${turn === 'turn_on' ? 'on' : 'off'}.` };
  }
  // Lights, heaters and screens are what "ferme/ouvre" switches; for anything else (a hood, a fan) it is asked.
  // Said by the device's name, type or description, not only read from a capability (a hood with a lamp is no light).
  const plainly = (d: Entity): boolean => [...(input.snapshot.kindsOfDevice.get(d.id) ?? [])].some(([k, how]) => SWITCHED_BY_OPENING.has(k) && how !== 'capability' && how !== 'reading');
  if (!switched.every(plainly)) return undefined;
  return turn;
}

/** " Did you mean to turn it on?" after "open the hood": what has no motor or valve but a switch is asked about. */
export function switchInstead(input: IntentAnswerInput, device: Entity, intent: string): string {
  if (intent !== 'open' && intent !== 'close') return '';
  const turn = actionSpec(intent === 'open' ? 'turn_on' : 'turn_off', input);
  return typeof turn !== 'string' && turn.can(device) ? ` Did you mean to turn it ${intent === 'open' ? 'on' : 'off'}?` : '';
}
