// "any smoke?", "any leaks", "is there any smoke detected upstairs": asked of the home (or a place), the question is
// what every detector of that reads (detectorReport.ts), not the list of smoke alarms, one of the leak sensors named
// "leak …", or a search for the word. Known by its words only: an existence opening ("any", "is there any") and
// nothing else but detector words ("smoke", "leak", "flooding", "co"), detecting verbs and the place; and some
// detector there that reads it.
import type { IntentMatch } from './IntentEngine';
import { asksDetectorsOnly, detectorReport } from './detectorReport';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import { membersOfKind } from './kindMembers';
import { keyOf } from './normalizeText';

/** Words around the detector word that do not change what is asked. */
const FRAME = new Set(['any', 'anything', 'is', 'are', 'was', 'there', 'a', 'an', 'the', 'some', 'detected', 'detect', 'sensed', 'reported', 'going', 'off', 'anywhere', 'now', 'right', 'at', 'moment', 'in', 'on', 'home', 'house', 'today']);

/** Intents a detector question is misread as; commands and questions about a named device stay as they are. */
const MISREAD = new Set(['list_kind', 'count_kind', 'device_state', 'search_graph', 'state_on', 'kind_on']);

function placeWords(place: IntentMatch['slots'][string] | undefined): Set<string> {
  return new Set(place?.type === 'entity' ? place.text.toLowerCase().split(/\s+/) : []);
}

export function detectorQuestion(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  if (!MISREAD.has(match.intent)) return match;
  const words = match.words;
  const opening = words[0] === 'any' || (['is', 'are', 'was'].includes(words[0] ?? '') && ['there', 'any'].includes(words[1] ?? ''));
  if (!opening) return match;
  const place = match.slots['place'];
  // "are any leak sensors wet": the detectors' own kind word frames the question as a place does.
  const kind = match.slots['kind']?.type === 'kind' ? match.slots['kind'] : undefined;
  const framing = new Set([...(place?.type === 'entity' ? place.text : '').toLowerCase().split(/\s+/), ...(kind?.text ?? '').toLowerCase().split(/\s+/).map(keyOf)]);
  // The kind's words are dropped only when they are not the detector word itself ("any smoke" reads the smoke alarms).
  const plain = words.filter((w) => !FRAME.has(w) && !placeWords(place).has(w));
  const asked = asksDetectorsOnly(plain) ? plain : words.filter((w) => !FRAME.has(w) && !framing.has(w));
  if (asked.length === 0 || !asksDetectorsOnly(asked)) return match;
  // Only where some detector there reads it (`co_ppm: 0` is a reading the device's own answer says better).
  const there = place?.type === 'entity' && place.entity.entity_type !== 'home' ? devicesWithin(snapshot, place.entity) : snapshot.devices;
  const report = detectorReport(there, words);
  if (!report) return match;
  // Said with a kind, only when that kind's devices are the detectors ("are any lights wet" is not about the leak sensors).
  if (asked !== plain && kind?.type === 'kind' && !report.devices.some((d) => membersOfKind(snapshot, kind.kind).includes(d))) return match;
  // One detector there: its own state answer (as the reading routes give it), which says the reading and the rest.
  const [only] = report.devices;
  if (report.devices.length === 1 && only) return { ...match, intent: 'device_state', category: 'state', slots: { device: { type: 'entity', text: only.name, entity: only, how: 'synonym' } }, template: `${match.template}+detector` };
  const slots: IntentMatch['slots'] = { query: { type: 'text', text: asked.join(' ') }, existence: { type: 'text', text: 'yes' } };
  if (place?.type === 'entity') slots['place'] = place;
  return { ...match, intent: 'search_graph', category: 'search', slots, template: `${match.template}+detectors` };
}
