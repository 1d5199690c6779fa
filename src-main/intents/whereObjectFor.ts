// "Where's the key for the gate motor": the question asks where a *thing for* a device is (a key, a remote, a spare
// fob), not where the device is. A note, procedure or manual of that device that says where that thing is answers
// it, in its own words ("Take the triangular release key from the hook in the Przedpokój"), before the device's place.
import type { Entity } from '../../src-shared/protocol/entities';
import { placeName } from './AnswerBuilder';
import { ALL_CUES } from './cueWords';
import { kindForPhrase } from './deviceKinds';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { STOP_WORDS } from './mentions';
import { tokenize, type Token } from './normalizeText';
import type { HomeSnapshot } from './HomeIndex';
import type { SlotValue } from './SlotResolver';

/** Words that link the thing asked to the device it belongs to ("key *for* the gate", "remote *of* the TV"). */
const LINKS = new Set(['for', 'to', 'of']);
/** A sentence says where something is when a place preposition or a keeping verb follows the thing's word. */
const PLACE_AFTER = /\b(in|on|from|under|behind|inside|at|by|beside|next to|above|below|hangs?|hanging|kept|stored|lives)\b/i;

/** What may say where a device's things are: its notes, procedures and manuals. */
const KNOWLEDGE = new Set(['note', 'procedure', 'manual']);

/** The head word of the thing asked for, when the question is "where is the <thing> for <device>". */
export function objectAskedFor(words: readonly string[], device: Entity): string | undefined {
  const where = words.findIndex((w) => w === 'where' || w === 'wheres');
  if (where < 0) return undefined;
  const link = words.findIndex((w, i) => i > where && LINKS.has(w));
  if (link < 0) return undefined;
  const named = new Set(tokenize(device.name).map((t) => t.key));
  // A kind word is the device asked about in other words ("where is the thermostat for the kitchen"), not a thing of it.
  const object = words.slice(where + 1, link).filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !ALL_CUES.has(w) && !named.has(w) && !kindForPhrase(w));
  return object[object.length - 1];
}

/**
 * "where's the key for the gate motor" about a device with notes, procedures or manuals of its own: where_is reads them
 * (whereObjectFor) before a search of the whole home, which would rank the device's own fields over its documents.
 */
export function askedOfItsDocs(snapshot: HomeSnapshot, tokens: readonly Token[], thing: SlotValue | undefined): boolean {
  const device = thing?.type === 'entity' && thing.entity.entity_type === 'device' ? thing.entity : undefined;
  if (!device || !objectAskedFor(tokens.map((t) => t.key), device)) return false;
  for (const devices of snapshot.devicesOfDoc.values()) if (devices.includes(device)) return true;
  return false;
}

/** Sentences of a knowledge entity: its text, its steps, a manual's content. */
function sentencesOf(doc: Entity): string[] {
  const parts: string[] = [];
  for (const field of ['text', 'content', 'description', 'steps']) {
    const v = doc.content[field];
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) for (const s of v) if (typeof s === 'string') parts.push(s);
  }
  return parts.flatMap((p) => p.split(/(?<=[.!?])\s+|\n/)).map((s) => s.trim()).filter(Boolean);
}

/**
 * The sentence of a device's linked notes/procedures/manuals that says where the thing asked for is, if one does. Of a
 * room ("where's the spare key for the bike shed"), the documents of the devices in it. A guest hears that a private
 * note says it, never the sentence.
 */
export function whereObjectFor(input: IntentAnswerInput, device: Entity, connected: readonly Entity[]): string | undefined {
  const object = objectAskedFor(input.match.words, device);
  if (!object) return undefined;
  const guest = input.context.role !== 'admin';
  const docs = device.entity_type === 'device' ? connected : documentsIn(input.snapshot, device);
  for (const doc of docs) {
    if (!KNOWLEDGE.has(doc.entity_type)) continue;
    for (const sentence of sentencesOf(doc)) {
      const keys = tokenize(sentence).map((t) => t.key);
      const at = keys.indexOf(object);
      if (at < 0) continue;
      // The place must come after the thing's word ("the key hangs on the hook"), not only before it.
      if (!PLACE_AFTER.test(keys.slice(at + 1).join(' '))) continue;
      if (guest && doc.content['private'] === true) {
        input.answer.cite(doc);
        return `That is in a private note (${doc.name}); only an admin can see private notes.`;
      }
      const place = input.snapshot.placeOfDevice.get(device.id);
      input.answer.cite(doc, device, place);
      return `${doc.name} (about ${device.name}) says: “${sentence}”${place ? ` ${device.name} itself is in ${placeName(place)}.` : ''}`;
    }
  }
  return undefined;
}

/** Notes, procedures and manuals of the devices in a room or zone. */
function documentsIn(snapshot: HomeSnapshot, place: Entity): Entity[] {
  if (place.entity_type !== 'room' && place.entity_type !== 'zone') return [];
  const docs: Entity[] = [];
  for (const [docId, devices] of snapshot.devicesOfDoc) {
    const doc = snapshot.byId.get(docId);
    if (doc && devices.some((d) => snapshot.placeOfDevice.get(d.id)?.id === place.id)) docs.push(doc);
  }
  return docs;
}
