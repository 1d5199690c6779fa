// "which app runs the hue lights?" / "what app do I use for the cameras?": the apps linked to a group of devices (a
// kind, a maker, a place), read from their `controlled_by_app` edges, plus apps whose vendor is the maker named.
import { appInDescription } from './appInDescription';
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames, placeName } from './AnswerBuilder';
import { devicesOfKind, noneOfKind } from './answerSearch';
import { phraseKey } from './deviceKinds';
import { makerKeyOf } from './kindClaims';
import { appForDevice } from './answerStructure';
import { entitySlot, type IntentAnswerInput } from './IntentAnswerInput';
import { linkedOutOf } from './linkedInto';
import { nameKeyOf } from './entityNameKey';

/** Devices looked up one by one (a tool read each); a group bigger than this is answered from its first ones. */
const MAX_DEVICES = 30;

export async function appsForDevices(input: IntentAnswerInput): Promise<string> {
  const kindSlot = input.match.slots['kind'];
  const kind = kindSlot?.type === 'kind' ? kindSlot.kind : undefined;
  const makerSlot = input.match.slots['manufacturer'];
  const maker = makerSlot?.type === 'manufacturer' ? makerKeyOf(makerSlot.value) : undefined;
  const place = entitySlot(input.match, 'place');
  // "app for the oil tank" read as the yard (its description says "oil tank") where one device is named by those words
  // ("Oil tank gauge"): that device's own app, not every app of the yard.
  const named = place && !kind && !maker ? deviceNamedInPlace(input, place) : undefined;
  if (named) return appForDevice({ ...input, match: { ...input.match, slots: { ...input.match.slots, device: { type: 'entity', text: named.name, entity: named, how: 'exact' } } } });
  const devices = (await devicesOfKind(input, kind, place)).filter((d) => {
    if (!maker) return true;
    const k = input.snapshot.makerKeyOfDevice.get(d.id);
    return k !== undefined && ` ${k} `.includes(` ${maker} `);
  });
  const what = [makerSlot?.type === 'manufacturer' ? makerSlot.value : '', kind ? kind.plural : 'devices'].filter(Boolean).join(' ');
  const where = place && place.entity_type !== 'home' ? ` in ${placeName(place)}` : '';
  const appsOf = await appsOfDevices(input, devices.slice(0, MAX_DEVICES));
  // An app by the maker itself ("Philips Hue app", vendor "Philips Hue") is the maker's app even without edges.
  if (maker && appsOf.size === 0) {
    for (const app of input.snapshot.byId.values()) {
      if (app.entity_type !== 'app') continue;
      const vendor = typeof app.content['vendor'] === 'string' ? phraseKey(app.content['vendor']) : '';
      if (` ${vendor} `.includes(` ${maker} `) || ` ${phraseKey(app.name)} `.includes(` ${maker} `)) appsOf.set(app.id, { app, devices: [] });
    }
  }
  const found = [...appsOf.values()].sort((a, b) => b.devices.length - a.devices.length);
  // One app named ("what does the Kasa app control in the barnyard"): only what that app controls there (round 37).
  const app = entitySlot(input.match, 'app');
  if (app) {
    const own = found.find((f) => f.app.id === app.id)?.devices ?? [];
    input.answer.cite(place, app, ...own);
    if (own.length === 0) return `No ${what}${where} ${devices.length === 1 ? 'is' : 'are'} linked to ${app.name} in the home graph.`;
    return `${app.name} controls ${own.length === 1 ? 'one of the' : own.length} ${what}${where}: ${joinNames(own.map((d) => d.name), MAX_DEVICES)}.`;
  }
  input.answer.cite(place, ...found.map((f) => f.app), ...found.flatMap((f) => f.devices));
  if (found.length === 0) {
    // "which app for the radiators" where the radiators have none but the radiator thermostats ("Smart Radiator
    // Thermostat X") do: the devices whose own model or description says the word asked, said as such.
    const word = kindSlot?.type === 'kind' ? phraseKey(kindSlot.text.replace(/^(the|a|an|our|my)\s+/i, '')) : '';
    const saying = word.length >= 4 && !word.includes(' ') ? input.snapshot.devices.filter((d) => !devices.includes(d) && ownWordsSay(d, word) && (!place || input.snapshot.placeOfDevice.get(d.id)?.id === place.id)) : [];
    const related = [...(await appsOfDevices(input, saying.slice(0, MAX_DEVICES))).values()];
    input.answer.cite(...devices.slice(0, MAX_DEVICES), ...related.map((f) => f.app), ...related.flatMap((f) => f.devices));
    const also = related.length ? ` Devices whose model or description says “${word}” use ${joinNames(related.map((f) => `${f.app.name} (${joinNames(f.devices.map((d) => d.name), 6)})`))}.` : '';
    // "what app is the washing machine in" where nothing is classified as one: never a flat "none" before the weaker
    // evidence (a name or text that mentions it, devices nothing classifies) has been looked at.
    if (devices.length === 0) {
      return (kind && !maker ? await noneOfKind(input, kind, place, `I found no ${what}${where} in this home.`) : `I found no ${what}${where} in this home.`) + also;
    }
    return `No app is linked to the ${what}${where} in the home graph (${joinNames(devices.map((d) => d.name), 6)}).${also}`;
  }
  const lines = found.map((f) => (f.devices.length ? `${f.app.name} (${joinNames(f.devices.map((d) => d.name), 6)})` : `${f.app.name} (by ${String(f.app.content['vendor'] ?? 'the maker')})`));
  // Said plainly, so that "the locks use Danalock app" is never read as covering a lock that has no app.
  const withApp = new Set(found.flatMap((f) => f.devices.map((d) => d.id)));
  const without = found.some((f) => f.devices.length > 0) ? devices.slice(0, MAX_DEVICES).filter((d) => !withApp.has(d.id)) : [];
  input.answer.cite(...without);
  // A device without an app edge whose description says it runs through one: that description is said (appInDescription.ts).
  const rest = without.length > 0 ? ` No app is linked to ${joinNames(without.map((d) => d.name), 6)}.${without.map(appInDescription).join('')}` : '';
  return `The ${what}${where} ${found.length === 1 ? 'use' : 'use these apps:'} ${joinNames(lines)}.${rest}`;
}

/**
 * The one device whose name holds every word said for the place, when the place's own name does not (it was found by
 * its description: "back yard: oil tank, heat pump unit"). A device's name says more than a room's description.
 */
function deviceNamedInPlace(input: IntentAnswerInput, place: Entity): Entity | undefined {
  const slot = input.match.slots['place'];
  const said = slot ? phraseKey(slot.text.replace(/^(the|a|an|our|my)\s+/i, '')) : '';
  if (said.length < 3 || ` ${phraseKey(place.name)} `.includes(` ${said} `)) return undefined;
  // Only words some device's name has are looked for among the names (the name index, not every device).
  if (!said.split(' ').every((w) => input.snapshot.deviceNameKeys.has(w))) return undefined;
  const named = input.snapshot.devices.filter((d) => ` ${nameKeyOf(d)} `.includes(` ${said} `));
  return named.length === 1 ? named[0] : undefined;
}

const APP_EDGES: ReadonlySet<string> = new Set(['controlled_by_app']);
const APPS: ReadonlySet<string> = new Set(['app']);

/** The apps each device is controlled by (its `controlled_by_app` edges), with the devices of each. */
async function appsOfDevices(input: IntentAnswerInput, devices: readonly Entity[]): Promise<Map<string, { app: Entity; devices: Entity[] }>> {
  const appsOf = new Map<string, { app: Entity; devices: Entity[] }>();
  for (const device of devices) {
    const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.outgoing.length} outgoing links`);
    for (const app of linkedOutOf(details, APP_EDGES, APPS)) {
      const entry = appsOf.get(app.id) ?? { app, devices: [] };
      entry.devices.push(device);
      appsOf.set(app.id, entry);
    }
  }
  return appsOf;
}

/** Does a device's own model or description say the word ("radiator" in "Smart Radiator Thermostat X")? */
function ownWordsSay(device: Entity, word: string): boolean {
  return ['model', 'description'].some((f) => {
    const v = device.content[f];
    return typeof v === 'string' && ` ${phraseKey(v)} `.includes(` ${word} `);
  });
}
