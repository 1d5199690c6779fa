// "is the door locked" → "the front one"; "fridge temp?" → "the dirty kitchen one"; "did we lock the front door?" →
// "and the back?": a follow-up that only says which thing reads, on its own, as a list of a kind ("There is 1 lock in
// the Front porch: Front door lock."). When that list is one device, the household asked the last question of it, so
// the last question is asked again of that device. Two or more stay the list (which one is not ours to pick), and a
// turn that asks for a list itself ("which ones", "any", "how many") is left as read.
import type { Entity } from '../../src-shared/protocol/entities';
import { substitutions, type Focus } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentEngine, IntentMatch } from './IntentEngine';
import { membersOfKindAmong } from './kindMembers';
import { tokenize } from './normalizeText';

/** Questions about what one thing (or each thing of a kind) reads or is: asked again of the one the follow-up names. */
const ASKED_OF_THINGS: ReadonlySet<string> = new Set(['state_on', 'state_open', 'state_locked', 'kind_on', 'device_state', 'setpoint', 'readings']);
/** Readings of a turn that only name things: a list of a kind, a count of it. */
const LISTS: ReadonlySet<string> = new Set(['list_kind', 'count_kind']);
/** What the answer to the question asked again may be: about the thing, never a list, a search or a command. */
const ABOUT_ONE: ReadonlySet<string> = new Set([...ASKED_OF_THINGS, 'battery_devices', 'by_capability']);
/** Openings that only say "the same, for this one". */
const LEAD = /^(?:(?:and|ok|okay|so|or|also|oh|ah|then)\s+)*(?:(?:what|how)\s+about\s+)?/i;
/** Words of a turn that asks for a list or a count itself ("and which ones upstairs", "any in the barn?"). */
const ASKS_A_LIST: ReadonlySet<string> = new Set(['which', 'what', 'whats', 'list', 'many', 'any', 'anything', 'all', 'every', 'show', 'there', 'have', 'got', 'ones', 'them', 'those', 'else', 'other', 'others']);
/** The question as a state question, when the last one's words can't take the name. */
const STATE_QUESTION: Readonly<Record<string, (name: string) => string>> = {
  state_on: (name) => `is ${name} on`,
  kind_on: (name) => `is ${name} on`,
  state_open: (name) => `is ${name} open`,
  state_locked: (name) => `is ${name} locked`,
};

export interface AskedAgain {
  match: IntentMatch;
  text: string;
}

/** The last question asked of the one device a list-shaped follow-up names, or nothing. */
export async function askedOfTheOne(engine: IntentEngine, read: IntentMatch | undefined, typed: string, focus: Focus, snapshot: HomeSnapshot): Promise<AskedAgain | undefined> {
  if (!read || !LISTS.has(read.intent) || !ASKED_OF_THINGS.has(focus.intent) || focus.clarify) return undefined;
  const said = tokenize(typed.replace(LEAD, '')).map((t) => t.key);
  if (said.length === 0 || said.some((k) => ASKS_A_LIST.has(k))) return undefined;
  const one = theOneListed(read, snapshot);
  if (!one) return undefined;
  const questions = [...substitutions(focus, one.name), ...(STATE_QUESTION[focus.intent] ? [STATE_QUESTION[focus.intent]!(one.name)] : [])];
  for (const question of questions) {
    const match = await engine.match(question);
    if (match && ABOUT_ONE.has(match.intent) && namesOnly(match, one)) return { match, text: question };
  }
  return undefined;
}

/** The one device a list of a kind (in a place) holds, when the list has no qualifier and exactly one member. */
function theOneListed(read: IntentMatch, snapshot: HomeSnapshot): Entity | undefined {
  const kind = read.slots['kind'];
  if (kind?.type !== 'kind' || !kind.kind || read.slots['qualifier']) return undefined;
  const place = read.slots['place'];
  if (place && place.type !== 'entity') return undefined;
  const pool = place?.type === 'entity' ? devicesWithin(snapshot, place.entity) : snapshot.devices;
  const members = membersOfKindAmong(snapshot, pool, kind.kind);
  return members.length === 1 ? members[0] : undefined;
}

/** The question asked again is about that device: every entity it holds is the device (or its place), nothing unsure. */
function namesOnly(match: IntentMatch, one: Entity): boolean {
  let named = false;
  for (const slot of Object.values(match.slots)) {
    if (slot.type === 'ambiguous' || slot.type === 'missing') return false;
    if (slot.type === 'entity' && slot.entity.id === one.id) named = true;
    if (slot.type === 'group' && slot.devices?.length === 1 && slot.devices[0]?.id === one.id) named = true;
  }
  return named;
}
