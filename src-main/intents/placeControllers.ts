// "what controls it" where "it" is a place (the last answer was about the Dingle Cottage): nothing controls a place
// as such, but things in it are controlled (a Climote unit over the cottage's immersion, a bridge over its lights).
// "Nothing in the home graph controls Dingle Cottage" is a wrong none then; what controls what there is the answer.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames } from './AnswerBuilder';
import { devicesWithin, onlyDevices } from './placeClaims';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { linkedInto } from './linkedInto';

const CONTROL_EDGES: ReadonlySet<string> = new Set(['controls', 'manages']);
const DEVICE: ReadonlySet<string> = new Set(['device']);
/** A place with more devices than this is asked about too broadly for one sentence per controller. */
const MAX_DEVICES = 40;

/** "In Dingle Cottage, Climote Cottage controls Cottage Immersion." — or undefined when nothing there is controlled. */
export async function controllersWithin(input: IntentAnswerInput, place: Entity): Promise<string | undefined> {
  const devices = onlyDevices(devicesWithin(input.snapshot, place));
  if (devices.length === 0 || devices.length > MAX_DEVICES) return undefined;
  const byController = new Map<string, { controller: Entity; controlled: Entity[] }>();
  for (const device of devices) {
    const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
    for (const controller of linkedInto(details, CONTROL_EDGES, DEVICE)) {
      if (controller.id === device.id) continue;
      const entry = byController.get(controller.id) ?? { controller, controlled: [] };
      entry.controlled.push(device);
      byController.set(controller.id, entry);
    }
  }
  if (byController.size === 0) return undefined;
  const entries = [...byController.values()].sort((a, b) => a.controller.name.localeCompare(b.controller.name));
  input.answer.cite(place, ...entries.flatMap((e) => [e.controller, ...e.controlled]));
  return `In ${place.name}: ${joinNames(entries.map((e) => `${e.controller.name} controls ${joinNames(e.controlled.map((d) => d.name))}`))}.`;
}
