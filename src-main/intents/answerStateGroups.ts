import { joinNames, placeName } from './AnswerBuilder';
import { withFreshness } from './answerText';
import { DEVICE_KINDS } from './deviceKinds';
import { powerStateOf } from './deviceReadings';
import { devicesOfKind, noneOfKind, qualifiedNone } from './answerSearch';
import { entitySlot, stateOf, type IntentAnswerInput } from './IntentAnswerInput';

/** "which lights are on [in the kitchen]?" / "what is on upstairs?": devices with a power state, filtered by it. */
export async function answerDevicesOfKind(input: IntentAnswerInput, wanted: 'on' | 'off'): Promise<string> {
  const slot = input.match.slots['kind'];
  const kind = slot?.type === 'kind' ? slot.kind : undefined;
  const place = entitySlot(input.match, 'place');
  const ofKind = await devicesOfKind(input, kind, place);
  const candidates = ofKind.filter((d) => onOffOf(d) !== undefined);
  const matching = candidates.filter((d) => onOffOf(d) === wanted);
  input.answer.cite(place, ...matching);
  const noun = kind ?? DEVICE_KINDS[0];
  const what = kind ? noun?.plural ?? 'devices' : 'devices';
  const where = place && place.entity_type !== 'home' ? ` in ${placeName(place)}` : '';
  if (kind && ofKind.length === 0) return noneOfKind(input, kind, place, `There are no ${what}${where}.`);
  if (candidates.length === 0) return withFreshness(`There are no ${what}${where} with an on/off state.`, input.context.freshness.label);
  if (matching.length === 0 && !kind) return withFreshness(`No ${what}${where} are ${wanted}.`, input.context.freshness.label);
  if (matching.length === 0) {
    // The ones of the kind looked at are the evidence for "none are on" ("is the oven on?" → the oven, off).
    input.answer.cite(...candidates.slice(0, 12));
    const names = candidates.length <= 6 ? ` (${joinNames(candidates.map((d) => `${d.name}: ${onOffOf(d) ?? '?'}`))})` : '';
    return withFreshness(`No ${what}${where} are ${wanted}${names}.`, input.context.freshness.label);
  }
  const names = matching.map((d) => {
    const level = stateOf(d)['level'];
    return wanted === 'on' && typeof level === 'number' ? `${d.name} (${level}%)` : d.name;
  });
  const verb = matching.length === 1 ? 'is' : 'are';
  return withFreshness(`${kind ? qualifiedNone(input, kind) : ''}${matching.length} of ${candidates.length} ${what}${where} ${verb} ${wanted}: ${joinNames(names, 20)}.`, input.context.freshness.label);
}

/** "power": "on" | "standby" …, "on": true|false or a relay's "switch" (homes write it several ways). */
function onOffOf(device: Parameters<typeof stateOf>[0]): string | undefined {
  // `state: "ON"` (Zigbee2MQTT), `relay: "off"`: whatever field says on or off, in any case.
  const said = powerStateOf(device)?.trim().toLowerCase();
  if (said === 'on' || said === 'off') return said;
  const state = stateOf(device);
  if (typeof state['power'] === 'string') return state['power'];
  if (typeof state['on'] === 'boolean') return state['on'] ? 'on' : 'off';
  // A relay's "switch": "on" | "off" (or true/false) is its power state too.
  const relay = state['switch'];
  if (relay === 'on' || relay === 'off') return relay;
  if (typeof relay === 'boolean') return relay ? 'on' : 'off';
  return undefined;
}
