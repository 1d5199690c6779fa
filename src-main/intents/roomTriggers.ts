// "which automations are in the bathroom" where the one automation there is set off by the bathroom's humidity sensor
// and acts on the ventilation in the laundry: the room's automations were only those acting on its devices, so the
// answer was "No automations act on the bathroom", a none the home contradicts. Automations a device of the room
// sets off are named with it instead.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { placeName } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';

const MAX_DEVICES = 12;

/** "No automation acts on X; set off there: A (by its sensor)", or undefined when no device of the room sets one off. */
export async function triggeredInRoom(input: IntentAnswerInput, place: Entity): Promise<string | undefined> {
  const devices = input.snapshot.devices.filter((d) => input.snapshot.placeOfDevice.get(d.id)?.id === place.id).slice(0, MAX_DEVICES);
  const lines: string[] = [];
  for (const device of devices) {
    const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id }, (r) => `${r.relationships.incoming.length} incoming links`);
    for (const link of details.relationships.incoming) {
      const automation = link.relationship_type === 'triggered_by' ? input.snapshot.byId.get(link.from_entity_id) : undefined;
      if (!automation) continue;
      input.answer.cite(automation, device);
      lines.push(`${automation.name} (set off by ${device.name})`);
    }
  }
  return lines.length ? `No automation acts on a device in ${placeName(place)}, but ${lines.length === 1 ? 'one is' : 'these are'} set off there: ${lines.join(', ')}.` : undefined;
}
