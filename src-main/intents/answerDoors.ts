// "what doors have we got": the home's doors are entities of their own (not devices: "the front door" is asked
// through its lock), listed with the room each is in and what the data says of it. "any doors open": the ones in that
// state, out of every door with an open/closed reading (pluralDoors.ts), garage doors included.
import { listOrSentence, plural } from './AnswerBuilder';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { openStateOf } from './deviceReadings';
import { doorsWithReading } from './pluralDoors';
import { withFreshness } from './answerText';
import { openMeaningOf } from './openingMeaning';

export function doorsInHome(input: IntentAnswerInput): Promise<string> {
  const asked = openAsked(input.match.words);
  if (asked) return Promise.resolve(doorsInState(input, asked));
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

/** "open" or "closed" when the question asks whether the doors are in that state. */
function openAsked(words: readonly string[]): 'open' | 'closed' | undefined {
  if (words.includes('open') || words.includes('opened')) return 'open';
  return words.includes('closed') || words.includes('shut') ? 'closed' : undefined;
}

/** The doors in the asked state, out of those with a reading; the others are counted, never called open or closed. */
function doorsInState(input: IntentAnswerInput, asked: 'open' | 'closed'): string {
  const read = doorsWithReading(input.snapshot, openStateOf).sort((a, b) => a.name.localeCompare(b.name));
  const all = [...input.snapshot.byId.values()].filter((e) => e.entity_type === 'door').length;
  if (read.length === 0) return `I have no open/closed reading for any door${all > 0 ? ` (the home has ${plural(all, 'door', 'doors')}, none with a sensor)` : ''}.`;
  const inState = read.filter((e) => openMeaningOf(e) === asked);
  const unread = all - read.filter((e) => e.entity_type === 'door').length;
  const others = unread > 0 ? ` ${plural(unread, 'other door has', 'other doors have')} no open/closed reading.` : '';
  const label = input.context.freshness.label;
  // "are all the doors shut": yes, or the ones that are not, named.
  if (input.match.words.includes('all')) {
    const other = asked === 'open' ? 'closed' : 'open';
    const not = read.filter((e) => openMeaningOf(e) !== asked);
    input.answer.cite(...(not.length > 0 ? not : inState));
    if (not.length === 0) return withFreshness(`Yes, all ${plural(read.length, 'door', 'doors')} with a reading ${read.length === 1 ? 'is' : 'are'} ${asked}.${others}`, label);
    return withFreshness(`${listOrSentence(`No, ${not.length} of ${plural(read.length, 'door', 'doors')} ${not.length === 1 ? 'is' : 'are'} ${other === 'open' ? 'open' : 'not open'}:`, not.map((e) => e.name))}${others}`, label);
  }
  input.answer.cite(...inState);
  if (inState.length === 0) return withFreshness(`No, none of the ${plural(read.length, 'door', 'doors')} with a reading is ${asked}.${others}`, label);
  const lead = listOrSentence(`${inState.length} of ${plural(read.length, 'door', 'doors')} ${inState.length === 1 ? 'is' : 'are'} ${asked}:`, inState.map((e) => e.name));
  return withFreshness(`${lead}${others}`, label);
}
