// "Welche Räume hat das Ferienhaus?", "che stanze ci sono al lago": rooms asked of a second house of the home
// (homeSites.ts) that no room or zone slot caught are that house's rooms, not every room of both houses. A house
// said by its site words ("lago" of "Casa al lago" and "Esterno lago") holds the rooms of all its zones.
import { listOrSentence, plural } from './AnswerBuilder';
import { siteOf, siteSaid } from './homeSites';
import type { IntentAnswerInput } from './IntentAnswerInput';

/** The rooms of the one site the question says, or undefined when it says none (the home's rooms are answered). */
export function roomsOfSiteSaid(input: IntentAnswerInput): string | undefined {
  const place = input.match.slots['place'];
  if (place && !(place.type === 'entity' && place.entity.entity_type === 'home')) return undefined;
  const site = siteSaid(input.snapshot, input.match.words);
  if (!site) return undefined;
  const rooms = [...input.snapshot.byId.values()].filter((e) => e.entity_type === 'room' && siteOf(input.snapshot, e) === site).sort((a, b) => a.name.localeCompare(b.name));
  if (rooms.length === 0) return undefined;
  input.answer.cite(...site.zones, ...rooms);
  return listOrSentence(`${site.name} has ${plural(rooms.length, 'room', 'rooms')}:`, rooms.map((r) => r.name));
}
