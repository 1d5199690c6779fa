// "what doors have we got": the home's doors are entities of their own (not devices: "the front door" is asked
// through its lock), listed with the room each is in and what the data says of it.
import { listOrSentence, plural } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';

export function doorsInHome(input: IntentAnswerInput): Promise<string> {
  const doors = [...input.snapshot.byId.values()].filter((e) => e.entity_type === 'door').sort((a, b) => a.name.localeCompare(b.name));
  input.answer.cite(...doors);
  if (doors.length === 0) return Promise.resolve('No doors are recorded in the home graph.');
  const lines = doors.map((door) => {
    const room = input.snapshot.placeOfDevice.get(door.id);
    const description = door.content['description'];
    const said = [room?.name, typeof description === 'string' && description.length <= 60 ? description : undefined].filter(Boolean);
    return said.length ? `${door.name} (${said.join('; ')})` : door.name;
  });
  return Promise.resolve(listOrSentence(`There ${doors.length === 1 ? 'is' : 'are'} ${plural(doors.length, 'door', 'doors')}:`, lines));
}
