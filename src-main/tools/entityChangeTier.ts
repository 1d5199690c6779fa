// The risk tier of a change to one entity (ARCHITECTURE.md "Actions, approvals, audit"), decided from evidence in
// ./riskEvidence.ts: what the thing can do (kind fields, capabilities, HomeKit/Matter types), which keys the change
// touches, what it controls, and what its description or model says it is or drives. Names are never evidence.
// Default high: tier 2 needs positive evidence of low risk.
import type { Entity, EntityContent, EntityType } from '../../src-shared/protocol/entities';
import { isClimateTypedFan } from './climateTypedFan';
import { isOwnHouseholdItem } from './householdItemOwnership';
import { withoutWherePhrases } from './locationPhrases';
import { evidenceWords, highPairWords, highRowsForKeys, KIND_FIELDS, NEUTRAL_WORDS, rowsForKinds } from './riskEvidence';
import type { RiskTier } from './ToolDefinition';

type Thing = Pick<Entity, 'content' | 'entity_type'> & { name?: string };

/** Entity types that describe or organise the home and cannot act on the world: content edits and renames are tier 2. */
const PASSIVE_TYPES: ReadonlySet<EntityType> = new Set(['home', 'room', 'zone', 'note', 'procedure', 'manual', 'app']);
/** Entity types that are physical openings: any change is tier 3. */
const OPENING_TYPES: ReadonlySet<EntityType> = new Set(['door', 'window']);

/** Kind words of a switched outlet, whose notes say what it drives. */
const PLUG_WORDS: ReadonlySet<string> = new Set(['plug', 'smartplug', 'outlet', 'socket', 'onoffpluginunit']);
/** Evidence rows of things whose description may say where they are without it being what they drive. */
const PLACED_KINDS: ReadonlySet<string> = new Set(['blinds', 'light']);
/** Entity types that act on the world through what they drive. */
const RULE_TYPES: ReadonlySet<EntityType> = new Set(['automation', 'schedule']);
/** The only keys of an automation that a tier-2 change may set: run it now, switch it on or off. */
const ACTIVATION_KEYS: ReadonlySet<string> = new Set(['last_run_requested_at', 'enabled']);

export interface EntityChange {
  name?: string | undefined;
  content?: EntityContent | undefined;
}

/** Machine words describing what an entity is and can do (never its name). */
export function entityKindWords(entity: Pick<Entity, 'content'>): Set<string> {
  const words = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') for (const w of evidenceWords(value)) words.add(w);
    else if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) {
      // {"capabilities": {"lock_unlock": true}} style maps: the keys are the evidence.
      for (const w of evidenceWords(k)) words.add(w);
      visit(v);
    }
  };
  for (const field of KIND_FIELDS) visit(entity.content[field]);
  for (const neutral of NEUTRAL_WORDS) words.delete(neutral);
  // A ceiling fan exported as `climate`: its own data says fan and nothing sets a temperature (climateTypedFan.ts).
  if (words.has('climate') && isClimateTypedFan(entity.content)) words.delete('climate');
  // A pump's `vacuum` is the suction it makes (a milking or sap-tubing vacuum pump), not a robot vacuum cleaner, and its
  // `speed` is its motor's (a variable-speed pool pump), not a fan's: neither word is low-risk evidence on a pump, which
  // stays tier 3 like every pump ("pumps, valves, anything else risky").
  if (words.has('pump') || words.has('vacuumpump')) {
    words.delete('vacuum');
    words.delete('speed');
  }
  return words;
}

/** Every part of every key a change sets, at any depth ({"state": {"lock_state": …}} → state, lock, state, lockstate). */
export function changedKeyWords(content: EntityContent | undefined): Set<string> {
  const words = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [key, item] of Object.entries(value)) {
      for (const w of evidenceWords(key)) words.add(w);
      visit(item, depth + 1);
    }
  };
  visit(content ?? {}, 0);
  return words;
}

/**
 * The words of a device's `description` and `model` ("smart plug for the aquarium light", "Sonesse 40 Roller Shade"):
 * what the thing is and what it drives, as the export says it. Any high word there makes it high ("plug for the
 * e-bike charger", "Smart Garage Door Opener"), so these can only lower the tier of a thing whose kind fields say
 * nothing high.
 */
export function describedKindWords(entity: Pick<Entity, 'content'>): string[] {
  // A plug drives whatever is plugged into it, and an export often says so only in its notes ("Jen's electric blanket").
  // A plug known by its model number ("Tapo P110") reads its notes too.
  const model = entity.content['model'];
  const plug = [...entityKindWords(entity)].some((w) => PLUG_WORDS.has(w)) || (typeof model === 'string' && rowsForKinds(evidenceWords(model)).some((r) => r.id === 'plug'));
  const words = (where: boolean): string[] => ['description', 'model', ...(plug ? ['notes'] : [])].flatMap((field) => {
    const text = entity.content[field];
    const said = typeof text === 'string' && field === 'description' && !where ? withoutWherePhrases(text) : text;
    if (typeof said !== 'string') return [];
    const parts = evidenceWords(said);
    // "rolling shop shutter motor": two words that together say a high-risk thing (riskEvidence.ts `saidAsTwo`).
    return [...parts, ...highPairWords(parts)].filter((w) => !NEUTRAL_WORDS.has(w));
  });
  // "the awning, 12V motor, wall switch by the sliding door": where a cover or a light is says nothing of what it
  // drives (locationPhrases.ts); a detector "next to the boiler" or a plug "by the heater" keeps every word.
  const placed = plug ? undefined : words(false);
  return placed && rowsForKinds([...entityKindWords(entity), ...placed]).some((r) => PLACED_KINDS.has(r.id)) ? placed : words(true);
}

/** What an entity is, before any change: 'high' with any high-risk evidence, 'low' with only low evidence, else 'none'. */
export function entityRisk(entity: Thing): 'high' | 'low' | 'none' {
  if (OPENING_TYPES.has(entity.entity_type)) return 'high';
  const rows = rowsForKinds([...entityKindWords(entity), ...describedKindWords(entity)]);
  if (rows.some((r) => r.risk === 'high')) return 'high';
  return rows.length > 0 ? 'low' : 'none';
}

/**
 * A delete is tier 3 unless it is the asker's own todo or reminder (a `note` with content.kind "todo" or a `schedule`
 * with content.kind "reminder", assigned to nobody or to the asker), the change does nothing but delete it, and nothing
 * about the item is high-risk or drives anything.
 */
export function deleteTier(entity: Thing, change: EntityChange, controlled: readonly Thing[], asker: string | undefined): RiskTier {
  const onlyDeletes = change.name === undefined && Object.keys(change.content ?? {}).every((k) => k === 'deleted');
  const low = onlyDeletes && controlled.length === 0 && isOwnHouseholdItem(entity, asker) && entityRisk(entity) !== 'high';
  return low ? 2 : 3;
}

/**
 * `controlled`: the entities this one `controls` or `automates` (a smart plug that powers a heater, a relay that opens a
 * door, a scene's lights). A thing that drives something not known to be low-risk is high-risk itself.
 * `asker`: the person the change is for; only their own todos and reminders can be deleted at tier 2.
 */
export function entityChangeTier(entity: Thing, change: EntityChange, controlled: readonly Thing[] = [], asker?: string): RiskTier {
  if (change.content?.['deleted'] === true) return deleteTier(entity, change, controlled, asker);
  // A change that touches a lock, door, alarm, heat or oven key is tier 3 on any entity, whatever it is called.
  if (highRowsForKeys(changedKeyWords(change.content)).length > 0) return 3;
  // Content may rewrite what the thing is ({"type": "lock"}): judge the thing before and after the change.
  const after: Thing = { entity_type: entity.entity_type, content: { ...entity.content, ...(change.content ?? {}) } };
  if (PASSIVE_TYPES.has(entity.entity_type)) {
    return entityRisk(after) === 'high' && change.content !== undefined ? 3 : 2;
  }
  if (controlled.some((c) => entityRisk(c) !== 'low')) return 3;
  if (RULE_TYPES.has(entity.entity_type)) {
    // An automation or schedule is as risky as what it drives (its `automates`/`controls` edges); editing what it does
    // (anything but running or enabling it) is tier 3.
    const keys = Object.keys(change.content ?? {});
    return controlled.length > 0 && change.name === undefined && keys.every((k) => ACTIVATION_KEYS.has(k)) ? 2 : 3;
  }
  const risks = [entityRisk(entity), entityRisk(after)];
  if (risks.includes('high')) {
    const renameOnly = change.content === undefined || Object.keys(change.content).length === 0;
    const highRows = rowsForKinds([...entityKindWords(entity), ...entityKindWords(after), ...describedKindWords(entity), ...describedKindWords(after)]).filter((r) => r.risk === 'high');
    const renameIsLow = !OPENING_TYPES.has(entity.entity_type) && highRows.length > 0 && highRows.every((r) => r.renameIsLow === true);
    return renameOnly && renameIsLow ? 2 : 3;
  }
  return risks.every((r) => r === 'low') ? 2 : 3;
}
