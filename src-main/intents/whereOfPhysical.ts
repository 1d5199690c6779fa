// "where's the Easee" with an app named Easee beside the charger it runs, "where's the heat pump" whose words the
// resolver found first in a procedure and a manual, "where's the rheem tank" read as "Drain the Rheem tank": "where"
// asks for a thing that stands somewhere. An app, a procedure, a manual, a note, a schedule or an automation stands
// nowhere, so "The home graph doesn't say where Easee is" answered a question nobody asked while the charger's place
// is known. The question is asked of the devices the words name instead: by their name, their maker or their kind,
// else the devices the document is for. One device is that device; a few are asked which; none leaves the answer.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { membersOfKind } from './kindMembers';
import { tokenize } from './normalizeText';
import { DOCUMENT_WORDS } from './slotWords';
import { nameKeyOf } from './entityNameKey';

/** Entities that have no place of their own: asked "where", the question means a device they name or serve. */
// Not a note: "where's the spare key" is answered by the note that says where it is kept.
const PLACELESS: ReadonlySet<string> = new Set(['app', 'procedure', 'manual', 'schedule', 'automation', 'document']);
/** More devices than this: the words are too broad to ask which. */
const MAX_ASKED = 6;
const ARTICLES = /^(the|a|an|my|our|your|this|that) /;

/** A where-question resolved to a placeless entity, re-asked of the devices its words name. */
export function whereOfPhysical(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['thing'];
  if (match.intent !== 'where_is' || !slot) return match;
  // "where's the nuki manual", "manual where": the document itself is asked for.
  if (tokenize(slot.text).some((t) => DOCUMENT_WORDS.has(t.key)) || match.words.some((w) => DOCUMENT_WORDS.has(w))) return match;
  const placeless = (e: Entity): boolean => PLACELESS.has(e.entity_type);
  // "which one: Daikin study, Mitsubishi lounge or Heat pump service?": a procedure is no place's answer.
  if (slot.type === 'ambiguous') {
    const standing = slot.candidates.filter((e) => !placeless(e));
    const [only] = standing;
    if (only && standing.length < slot.candidates.length) {
      const thing = standing.length === 1 ? { type: 'entity' as const, text: slot.text, entity: only, how: 'synonym' as const } : { ...slot, candidates: standing };
      return { ...match, slots: { ...match.slots, thing }, template: `${match.template} +physical` };
    }
  }
  const resolved = slot.type === 'entity' && placeless(slot.entity) ? [slot.entity] : slot.type === 'ambiguous' && slot.candidates.length > 0 && slot.candidates.every(placeless) ? slot.candidates : [];
  if (resolved.length === 0) return match;
  const said = phraseKey(slot.text).replace(ARTICLES, '');
  if (!said) return match;
  const named = devicesNamedBy(snapshot, said);
  // "where's the rheem tank" read as the procedure "Drain the Rheem tank": the device the procedure is for.
  const served = named.length ? named : [...new Set(resolved.flatMap((e) => snapshot.devicesOfDoc.get(e.id) ?? []))];
  const devices = served.sort((a, b) => a.name.localeCompare(b.name));
  const [one] = devices;
  if (!one || devices.length > MAX_ASKED) return match;
  const thing = devices.length === 1
    ? { type: 'entity' as const, text: slot.text, entity: one, how: 'synonym' as const }
    : { type: 'ambiguous' as const, text: slot.text, expected: 'device', candidates: devices, withPlaces: true };
  return { ...match, slots: { ...match.slots, thing }, template: `${match.template} +physical` };
}

/** Devices whose name or type holds the words whole, whose maker they are, or of the kind they name. */
function devicesNamedBy(snapshot: HomeSnapshot, said: string): Entity[] {
  const holds = (key: string | undefined): boolean => key !== undefined && ` ${key} `.includes(` ${said} `);
  const byName = snapshot.devices.filter((d) => holds(nameKeyOf(d)) || (Array.isArray(d.content['aliases']) && d.content['aliases'].some((a) => typeof a === 'string' && holds(phraseKey(a)))));
  const byMaker = snapshot.devices.filter((d) => snapshot.makerKeyOfDevice.get(d.id) === said);
  // "the immersion" of a device typed "immersion heater".
  const byType = snapshot.devices.filter((d) => typeof d.content['type'] === 'string' && holds(phraseKey(d.content['type'])));
  const kind = kindForPhrase(said);
  const byKind = kind ? membersOfKind(snapshot, kind) : [];
  return [...new Set([...byName, ...byMaker, ...byType, ...byKind])];
}
