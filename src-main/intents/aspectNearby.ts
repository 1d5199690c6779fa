// "how often should i clean the heat pump filters": the procedure the words find ("Clean the Heat Pump Filters") has
// no frequency, but the manual of the same device does ("Clean the filters every two weeks"). When the best hit does
// not say what the question asks (how often, how long, who …), the documents of the devices it is about are read for
// a sentence that says it with words of the question.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { tokenize } from './normalizeText';

export interface NearbySentence {
  doc: Entity;
  sentence: string;
}

/** The sentence of a document linked to the hit's devices that matches the aspect and says most of the words asked. */
export function aspectNearby(snapshot: HomeSnapshot, hit: Entity, wanted: readonly string[], aspect: RegExp, textOf: (e: Entity) => string, admin: boolean): NearbySentence | undefined {
  const devices = new Set((hit.entity_type === 'device' ? [hit] : snapshot.devicesOfDoc.get(hit.id) ?? []).map((d) => d.id));
  if (devices.size === 0) return undefined;
  let best: (NearbySentence & { said: number }) | undefined;
  for (const [docId, linked] of snapshot.devicesOfDoc) {
    const doc = snapshot.byId.get(docId);
    if (!doc || doc.id === hit.id || !linked.some((d) => devices.has(d.id))) continue;
    if (!admin && doc.content['private'] === true) continue;
    for (const sentence of textOf(doc).split(/(?<=[.!?])\s+|\n/)) {
      if (!aspect.test(sentence)) continue;
      const keys = new Set(tokenize(sentence).map((t) => t.key));
      const said = wanted.filter((k) => keys.has(k)).length;
      if (said > 0 && (!best || said > best.said)) best = { doc, sentence: sentence.trim(), said };
    }
  }
  return best ? { doc: best.doc, sentence: best.sentence } : undefined;
}
