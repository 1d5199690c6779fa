// A device answer that leaves part of the question open ("what batteries does the front door lock take?" is more
// than its battery level): the sentence of a procedure, manual or note linked to the device that has the words the
// state answer did not cover ("Insert four new alkaline AA batteries").
import type { Entity } from '../../src-shared/protocol/entities';
import type { GetEntityDetailsResult } from '../tools/getEntityDetails';
import { ASPECTS, textOf } from './answerGraphSearch';
import { ALL_CUES, aspectOf, CUES } from './cueWords';
import { kindForPhrase, kindsNamedIn } from './deviceKinds';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import { sentencesOf } from './sentences';
import { inflectionStem } from './wordStem';

const KNOWLEDGE_TYPES = new Set(['procedure', 'manual', 'note']);
/** Cue words that are also what a document would say ("battery", "filter", "service"). */
const CONTENT_CUES = new Set([...CUES.battery, ...CUES.service, ...CUES.secret]);
const MAX_SNIPPET = 200;

/** "\nFrom Change the Lock Batteries: Insert four new alkaline AA batteries …", or '' when nothing linked says more. */
export async function relatedSentence(input: IntentAnswerInput, subjects: readonly Entity[]): Promise<string> {
  const named = new Set(subjects.flatMap((s) => tokenize(s.name).map((t) => t.key)));
  for (const slot of Object.values(input.match.slots)) if ('text' in slot) for (const t of tokenize(slot.text)) named.add(t.key);
  // Kind words ("lock", "fridge") say what the subject is, not what is asked about it.
  const asked = [...new Set(input.match.words)].filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !named.has(w) && !kindForPhrase(w) && (!ALL_CUES.has(w) || CONTENT_CUES.has(w)));
  const aspectName = aspectOf(input.match.words);
  const aspect = aspectName && aspectName !== 'temperature' ? ASPECTS[aspectName] : undefined;
  if (asked.length === 0 && !aspect) return '';
  const docs = new Map<string, Entity>();
  for (const subject of subjects) {
    const details = await input.answer.read<GetEntityDetailsResult>('get_entity_details', { entity_id: subject.id, include_connected: true }, (r) => `${r.relationships.incoming.length + r.relationships.outgoing.length} links`);
    for (const e of details.connected_entities ?? []) if (KNOWLEDGE_TYPES.has(e.entity_type)) docs.set(e.id, e);
  }
  // Homes without procedure_for edges: a procedure or note named after the device's kind, said any way
  // ("Klimaanlage Filter reinigen" is about the Klimagerät).
  const kinds = new Set(subjects.flatMap((s) => [...(input.snapshot.kindsOfDevice.get(s.id)?.keys() ?? [])]));
  if (kinds.size > 0) {
    for (const doc of [...input.snapshot.procedures, ...input.snapshot.notes]) {
      if (!docs.has(doc.id) && [...kindsNamedIn(doc.name).keys()].some((id) => kinds.has(id))) docs.set(doc.id, doc);
    }
  }
  let best: { doc: Entity; sentence: string; score: number } | undefined;
  for (const doc of docs.values()) {
    if (doc.entity_type === 'note' && doc.content['private'] === true && input.context.role !== 'admin') continue;
    const nameKeys = tokenize(doc.name).map((t) => t.key);
    const aboutName = asked.filter((w) => nameKeys.some((k) => sameStem(k, w))).length;
    for (const sentence of sentencesOf(textOf(doc))) {
      const keys = tokenize(sentence).map((t) => t.key);
      const words = asked.filter((w) => keys.some((k) => sameStem(k, w))).length;
      // What is asked ("how long") in a document about the words asked ("setting up") is the best sentence.
      // Of sentences with the same words, the one with a number is the fact ("should be 1.0-2.0 bar", "ePM1 (F7)").
      const score = (aspect ? (aspect.test(sentence) ? 2 + aboutName + words : 0) : words) + (words > 0 && /\d/.test(sentence) ? 0.25 : 0);
      if (score > 0 && (!best || score > best.score)) best = { doc, sentence: sentence.trim(), score };
    }
  }
  if (!best) return '';
  input.answer.cite(best.doc);
  const shown = best.sentence.length > MAX_SNIPPET ? `${best.sentence.slice(0, MAX_SNIPPET - 1)}…` : best.sentence;
  return `\nFrom ${best.doc.name}: ${shown}`;
}

/** The same word or the same first five letters ("setting" ~ "set" is not, "batteries" ~ "battery" is). */
export function sameStem(a: string, b: string): boolean {
  // "jammed" ~ "jams": the same word less its ending, either way round.
  const [bareA, bareB] = [inflectionStem(a), inflectionStem(b)];
  if ((bareA !== undefined && (b === bareA || bareB === bareA)) || (bareB !== undefined && a === bareB)) return true;
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}
