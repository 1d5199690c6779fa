// The capability lexicon (lexicon/capabilities.json): the spellings homes use for one capability ("brightness",
// "dim" → "dimming") and the everyday words for them ("be dimmed"). Re-exported by deviceKinds.ts.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import capabilityLexicon from './lexicon/capabilities.json';

const capabilitySchema = z.object({ capabilities: z.record(z.string(), z.array(z.string())), words: z.record(z.string(), z.string()) }).strict();
const CAPABILITIES = capabilitySchema.parse(capabilityLexicon);
/** Capability value (any spelling a home uses) → the canonical name ("brightness" → "dimming"). */
const CANONICAL_CAPABILITY = new Map<string, string>();
for (const [canonical, synonyms] of Object.entries(CAPABILITIES.capabilities)) {
  CANONICAL_CAPABILITY.set(canonical, canonical);
  for (const s of synonyms) if (!CANONICAL_CAPABILITY.has(s)) CANONICAL_CAPABILITY.set(s, canonical);
}
/** The canonical capability a word is a spelling of ("flood" → "leak"), if any. */
export function canonicalCapability(word: string): string | undefined {
  return CANONICAL_CAPABILITY.get(word);
}
/** Everyday words for capabilities ("be dimmed", "detect motion") → canonical capability. */
export const CAPABILITY_WORDS: Readonly<Record<string, string>> = CAPABILITIES.words;

/** The capabilities a device declares, plus the canonical name of each ("brightness" also counts as "dimming"). */
export function capabilitiesOf(entity: Entity): string[] {
  const caps = entity.content['capabilities'];
  if (!Array.isArray(caps)) return [];
  // Entities are immutable values (a change is a new object), so the canonical list is kept per object: filters
  // over 20 000 devices ask for it on every question.
  const memo = CAPABILITY_MEMO.get(entity);
  if (memo) return memo;
  const out = new Set<string>();
  for (const c of caps) {
    if (typeof c !== 'string') continue;
    // "on/off", "open/close", "on-off": one spelling.
    const raw = c.trim().toLowerCase().replace(/[\s/-]+/g, '_');
    out.add(raw);
    const canonical = CANONICAL_CAPABILITY.get(raw);
    // A pressure pump's "setpoint" is the pressure it holds (`setpoint_pressure: "3.0 bar"`): no thermostat's.
    if (canonical && !(raw === 'setpoint' && setpointOfOtherQuantity(entity))) out.add(canonical);
  }
  const list = [...out];
  CAPABILITY_MEMO.set(entity, list);
  return list;
}

const CAPABILITY_MEMO = new WeakMap<Entity, string[]>();

/** Does the state name its setpoint after a quantity other than temperature, with no plain or temperature setpoint? */
function setpointOfOtherQuantity(entity: Entity): boolean {
  const state = entity.content['state'];
  if (!state || typeof state !== 'object') return false;
  const keys = Object.keys(state);
  return keys.some((k) => /^setpoint_(pressure|humidity|flow|level)$/.test(k)) && !keys.some((k) => k === 'setpoint' || /temp/.test(k));
}
