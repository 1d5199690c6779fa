// What the home snapshot says a device is and what its words name: a device's evidence for a kind, a maker's key, and
// whether a word names something in the home. Kept apart from HomeIndex.ts, which builds the snapshot.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { coveredKinds, phraseKey, type DeviceKind, type KindEvidence } from './deviceKinds';

/**
 * A word the home names something with (a one-word name, a word of a device's name, or a maker): the language readers
 * leave such a word as typed, never reading it as grammar ("When" the device, a room "Lor 3", a maker "Zappa").
 */
export function namesSomething(snapshot: HomeSnapshot, word: string): boolean {
  const key = phraseKey(word);
  return key !== '' && (snapshot.deviceNameKeys.has(key) || snapshot.phrases.has(key) || snapshot.manufacturers.has(key));
}

/** A maker's name as a key: "tado°", "Eve®" without the mark, which is no part of what people say. */
export function makerKeyOf(maker: string): string {
  return phraseKey(maker.replace(/[°®™©]/g, ' '));
}

/** Why a device counts as a kind (the strongest evidence), or undefined when it does not. */
export function kindMatch(snapshot: HomeSnapshot, device: Entity, kind: DeviceKind): KindEvidence | undefined {
  const kinds = snapshot.kindsOfDevice.get(device.id);
  if (!kinds) return undefined;
  const covered = coveredKinds(kind);
  let best: KindEvidence | undefined;
  for (const [id, why] of kinds) {
    if (!covered.has(id)) continue;
    if (why === 'name' || why === 'alias') return why;
    if (!best || EVIDENCE_RANK[why] < EVIDENCE_RANK[best]) best = why;
  }
  return best;
}

/** Evidence ranked strongest first: what the device is called, its type, what the export says it is, what it can do. */
const EVIDENCE_RANK: Record<KindEvidence, number> = { name: 0, alias: 1, type: 2, description: 3, model: 4, capability: 5, reading: 6 };
