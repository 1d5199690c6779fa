// "what heating have we got": a word that commands one kind ("turn up the heating" is the thermostat) names, in a
// question listing or counting what the home has, a whole family of kinds (boilers, heat pumps, heaters …). The
// lexicon (lexicon/kindFamilies.json) says which words do and which kinds are the family's members; the family is a
// kind of its own only for that listing, so no device is classified by it.
import { z } from 'zod';
import lexicon from './lexicon/kindFamilies.json';
import { DEVICE_KINDS, phraseKey, type DeviceKind } from './deviceKinds';

const familySchema = z.object({ families: z.array(z.object({
  id: z.string().regex(/^[a-z_]+$/), singular: z.string(), plural: z.string(), words: z.array(z.string()).min(1), members: z.array(z.string()).min(1),
}).strict()) }).strict();

type Family = { id: string; singular: string; plural: string; members: readonly string[] };
const FAMILY_BY_WORD = new Map<string, Family>();
for (const family of familySchema.parse(lexicon).families) {
  for (const member of family.members) if (!DEVICE_KINDS.some((k) => k.id === member)) throw new Error(`Family "${family.id}" has unknown kind "${member}"`);
  for (const word of family.words) FAMILY_BY_WORD.set(phraseKey(word), family);
}
const LISTED = new Map<string, DeviceKind>();

/**
 * The family a listing or counting question means by the words it said for a kind, if they name one. The kind the
 * words command stays a member (a home whose only heating is its thermostat still has heating).
 */
export function familyListedAs(said: string, commanded: DeviceKind): DeviceKind | undefined {
  const family = FAMILY_BY_WORD.get(phraseKey(said));
  if (!family) return undefined;
  const id = `${family.id}_${commanded.id}`;
  let kind = LISTED.get(id);
  if (!kind) {
    kind = {
      id, singular: family.singular, plural: family.plural, phrases: [said], types: [], typeSuffixes: [], capabilities: [], capabilitySets: [],
      includes: [...new Set([...family.members, commanded.id])], covers: [], alwaysByCapability: false, aspect: false,
    };
    LISTED.set(id, kind);
  }
  return kind;
}
