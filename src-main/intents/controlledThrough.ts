// "turn the boiler off" where the boiler's data shows no switch but a thermostat `controls` it: the boiler may well be
// switched through that controller, so "Boiler can't be switched off" would be a confident none the data doesn't
// back. The answer says it is not sure and names what controls it; a device nothing controls keeps the plain "can't".
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { joinNames } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { linkedInto } from './linkedInto';

const CONTROLS: ReadonlySet<string> = new Set(['controls']);
const DEVICES: ReadonlySet<string> = new Set(['device']);

/** "I'm not sure Boiler can be switched off from here … Hive thermostat controls it.", or undefined when nothing does. */
export async function controlledThroughNote(input: IntentAnswerInput, device: Entity, power: string): Promise<string | undefined> {
  if (device.entity_type !== 'device') return undefined;
  const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: device.id, include_connected: true }, (r) => `${r.relationships.incoming.length} incoming links`);
  const controllers = linkedInto(details, CONTROLS, DEVICES).filter((c) => c.id !== device.id);
  if (controllers.length === 0) return undefined;
  input.answer.cite(...controllers);
  const names = joinNames(controllers.map((c) => c.name));
  return `I'm not sure ${device.name} can be switched ${power} from here: nothing in its own data says how, but ${names} ${controllers.length === 1 ? 'controls' : 'control'} it.`;
}
