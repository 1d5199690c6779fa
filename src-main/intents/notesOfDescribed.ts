// "notes about spirit house" where "house" made the home the thing asked about: the words said are no name of the
// home, but a device or room describes itself with them ("spirit house light ศาลพระภูมิ"), and its notes are the ones
// asked for. Without this the answer is "There are no notes about <home>", a confident none with such a note there.
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import type { IntentAnswerInput } from './IntentAnswerInput';

/** At most this many described things are read (a word every description says is no thing of its own). */
const MAX_DESCRIBED = 4;
/** Words before the home's word that say nothing of another thing ("about the house", "our house"). */
const FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'my', 'about', 'on', 'for', 'of', 'whole', 'this', 'that', 'at', 'in']);

/** The notes linked to the devices and rooms whose description says the word before the home's word and that word. */
export async function notesOfDescribed(input: IntentAnswerInput, slotText: string): Promise<Entity[]> {
  const last = slotText.toLowerCase().split(/\s+/).pop() ?? '';
  const at = input.match.words.lastIndexOf(last);
  const before = at > 0 ? input.match.words[at - 1] : undefined;
  if (!before || FILLERS.has(before)) return [];
  const said = `${before} ${last}`;
  const described = [...input.snapshot.byId.values()].filter((e) => (e.entity_type === 'device' || e.entity_type === 'room') && typeof e.content['description'] === 'string' && ` ${String(e.content['description']).toLowerCase()} `.includes(` ${said} `));
  if (described.length === 0 || described.length > MAX_DESCRIBED) return [];
  const notes = new Map<string, Entity>();
  for (const entity of described) {
    const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: entity.id, include_connected: true }, (r) => `${r.relationships.incoming.length + r.relationships.outgoing.length} links`);
    for (const e of details.connected_entities ?? []) if (e.entity_type === 'note') notes.set(e.id, e);
  }
  return [...notes.values()];
}
