// The kinds of device as data: the curated synonym lexicon (lexicon/kinds.json, with the language readers' kind words)
// loaded and checked once, the phrase tables a question or a name is looked up in, and what each kind covers. Split
// out of deviceKinds.ts so the lexicon has one small home; deviceKinds.ts re-exports it for its many callers.
import { z } from 'zod';
import lexicon from './lexicon/kinds.json';
import { withLanguageKinds } from './languages/languageKinds';
import { tokenize } from './normalizeText';

export interface DeviceKind {
  id: string;
  /** For answers: "light" / "lights". */
  singular: string;
  plural: string;
  /** Phrases people use, matched after normalisation (so plurals and UK spellings come for free). */
  phrases: readonly string[];
  /** `type`/`category`/`device_type` values that mean this kind. */
  types: readonly string[];
  /** Type values ending like this also count ("door_sensor" is a sensor). */
  typeSuffixes: readonly string[];
  /** Capabilities that, when nothing else says what a device is, suggest this kind. */
  capabilities: readonly string[];
  /** Sets of capabilities that together suggest this kind (temperature control + fan speed: an air conditioner). */
  capabilitySets: ReadonlyArray<readonly string[]>;
  /** Narrower kinds this one covers (every motion sensor is a sensor; a thermostat is a climate device). */
  includes: readonly string[];
  // Narrower kinds counted with this one although it is a kind of its own, not a broad family (a radiator valve is a
  // thermostat too): a device of this kind is still specific, so its name is not overruled.
  covers: readonly string[];
  // Its capabilities add the kind even to a device something else names (a smoke alarm that also senses CO is a
  // carbon monoxide detector too): safety sensing that no "none" may miss.
  alwaysByCapability: boolean;
  /**
   * A kind a device is besides what it is otherwise (a heat pump is an air conditioner or a heater too): its phrases
   * name it in questions, while a device keeps the kind its name gave it before and gains this one (aspectKinds.ts).
   */
  aspect: boolean;
}

/** Why a device counts as a kind, shown next to it when its name does not make it obvious. */
export type KindEvidence = 'name' | 'alias' | 'type' | 'model' | 'description' | 'capability' | 'reading';

const kindSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  singular: z.string().min(1),
  plural: z.string().min(1),
  phrases: z.array(z.string().min(1)).min(1),
  types: z.array(z.string()),
  typeSuffixes: z.array(z.string()).optional(),
  capabilities: z.array(z.string()).optional(),
  capabilitySets: z.array(z.array(z.string()).min(1)).optional(),
  includes: z.array(z.string()).optional(),
  covers: z.array(z.string()).optional(),
  alwaysByCapability: z.boolean().optional(),
  aspect: z.boolean().optional(),
}).strict();

export function loadKinds(raw: unknown): DeviceKind[] {
  const parsed = z.object({ kinds: z.array(kindSchema).min(1) }).strict().parse(raw);
  const ids = new Set(parsed.kinds.map((k) => k.id));
  for (const k of parsed.kinds) {
    for (const inc of [...(k.includes ?? []), ...(k.covers ?? [])]) if (!ids.has(inc)) throw new Error(`Kind "${k.id}" includes unknown kind "${inc}"`);
  }
  return parsed.kinds.map((k) => ({ ...k, typeSuffixes: k.typeSuffixes ?? [], capabilities: k.capabilities ?? [], capabilitySets: k.capabilitySets ?? [], includes: k.includes ?? [], covers: k.covers ?? [], alwaysByCapability: k.alwaysByCapability ?? false, aspect: k.aspect ?? false }));
}

export const DEVICE_KINDS: readonly DeviceKind[] = loadKinds(withLanguageKinds(lexicon));

export const KIND_BY_ID = new Map(DEVICE_KINDS.map((k) => [k.id, k]));

/** What a device's own words make it: aspect kinds are left out here, so a device keeps the kind its name gives. */
export const KIND_BY_PHRASE = new Map<string, DeviceKind>();
for (const kind of DEVICE_KINDS) {
  if (kind.aspect) continue;
  for (const phrase of kind.phrases) if (!KIND_BY_PHRASE.has(phraseKey(phrase))) KIND_BY_PHRASE.set(phraseKey(phrase), kind);
}
/** What a question's words name: an aspect kind's phrases first ("the heat pump" asks for heat pumps). */
export const ASKED_KIND_BY_PHRASE = new Map<string, DeviceKind>();
for (const kind of DEVICE_KINDS) {
  if (kind.aspect) for (const phrase of kind.phrases) if (!ASKED_KIND_BY_PHRASE.has(phraseKey(phrase))) ASKED_KIND_BY_PHRASE.set(phraseKey(phrase), kind);
}
for (const [key, kind] of KIND_BY_PHRASE) if (!ASKED_KIND_BY_PHRASE.has(key)) ASKED_KIND_BY_PHRASE.set(key, kind);
export const LONGEST_PHRASE = Math.max(...[...ASKED_KIND_BY_PHRASE.keys()].map((k) => k.split(' ').length));

export function phraseKey(text: string): string {
  return tokenize(text).map((t) => t.key).join(' ');
}

/** The kind a phrase names ("smoke detectors" → smoke_alarm), if any. */
export function kindForPhrase(keys: string): DeviceKind | undefined { return ASKED_KIND_BY_PHRASE.get(keys); }

export const kindById = (id: string): DeviceKind | undefined => KIND_BY_ID.get(id);

/** The lexicon is fixed at load, so what a kind covers is computed once per kind. */
const COVERED = new Map<string, Set<string>>();

/** Kind ids a kind covers, itself included (transitively: "security" → "lock", "camera", …). */
export function coveredKinds(kind: DeviceKind): Set<string> {
  const known = COVERED.get(kind.id);
  if (known) return known;
  const out = new Set<string>([kind.id]);
  COVERED.set(kind.id, out);
  const stack = [...kind.includes, ...kind.covers];
  while (stack.length) {
    const id = stack.pop() ?? '';
    if (out.has(id)) continue;
    out.add(id);
    const inner = KIND_BY_ID.get(id);
    stack.push(...(inner?.includes ?? []), ...(inner?.covers ?? []));
  }
  return out;
}
