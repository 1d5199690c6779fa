// "turn off the porch light and the landing light", "desliga a tv e a soundbar", "lock the front door, the back door
// and the garage door": one switch said over several devices named one by one. Read whole, the slot parse looked
// for one device called "porch light and the landing light" and declined or said it found no "and". Each name is read
// with the command's own words ("turn off the landing light"), and only when every one is one device that can do it
// is the command proposed over them all; anything else (a name that fits several, a second verb, a value) is left to
// the reading of the whole sentence, which asks back or declines as before. "kill it and the pc plug too" right after
// a turn about one device: "it" in the first part is that device (`itIs`), the others are read as before; what follows
// a closing "too" ("… too ngl im out") is an aside, no part of the last name.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { actionSpec } from './controlActions';
import { kindForPhrase } from './deviceKinds';
import { tokenize } from './normalizeText';
import { sameNameWord } from './placeNameForms';

/** Commands that take no value: a value ("set both to 20") belongs to the last name only as typed. */
const SWITCHES = new Set(['turn_on', 'turn_off', 'open', 'close', 'lock', 'unlock']);
const DEVICE_LIKE = new Set(['device', 'door', 'window']);
/** "A and B", "A, B and C", "A as well as B". */
const JOINS = /\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as|plus)\s+/i;
const MAX_NAMES = 6;
/** "it" as what the first part's verb acts on ("kill it", "turn it off"). */
const PRONOUN = /(^|\s)it(\s|$)/i;
const FILLER = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'one', 'in', 'of', 'on']);

type MatchText = (text: string) => Promise<IntentMatch | undefined>;

/** The command over each device named, or undefined when the sentence is not one switch over names read one by one. */
export async function commandOverEach(english: string, snapshot: HomeSnapshot, match: MatchText, itIs?: Entity): Promise<IntentMatch | undefined> {
  if (english.includes('?')) return undefined;
  // A list ends in "and": "turn on the rad, it's freezing" is a reason after a comma, no second name.
  if (!/\s(?:and|plus|as\s+well\s+as)\s/i.test(english)) return undefined;
  const parts = english.trim().replace(/[.!]+$/, '').split(JOINS).filter((p) => p.trim() !== '');
  if (parts.length < 2 || parts.length > MAX_NAMES) return undefined;
  const [said0, ...others] = parts;
  if (!said0) return undefined;
  // "kill it": the one device the conversation is about, said by its name.
  const first = itIs && DEVICE_LIKE.has(itIs.entity_type) ? said0.replace(PRONOUN, `$1${itIs.name}$2`) : said0;
  const lead = await match(first);
  const said = lead ? deviceSaid(lead) : undefined;
  if (!lead || !said || !SWITCHES.has(lead.intent)) return undefined;
  const at = first.toLowerCase().lastIndexOf(said.text.toLowerCase());
  if (at < 0) return undefined;
  const devices: Entity[] = [said.entity];
  for (const other of others) {
    const name = other.trim().replace(/\s+(?:too|as\s+well|also)(?:\s.*)?$/i, '');
    const read = await match(`${first.slice(0, at)}${name}${first.slice(at + said.text.length)}`);
    const one = read && read.intent === lead.intent ? deviceSaid(read) : undefined;
    if (!one || devices.some((d) => d.id === one.entity.id) || !namesIt(name, one.entity, snapshot)) return undefined;
    devices.push(one.entity);
  }
  const group: IntentMatch = {
    ...lead,
    template: `${lead.template} (each named)`,
    slots: { ...lead.slots, target: { type: 'group', text: parts.join(', '), kind: undefined, place: undefined, devices, offered: true } },
  };
  // Every device named must be able to do it: one that can't is never dropped from the proposal unsaid.
  const spec = actionSpec(lead.intent, { match: group, snapshot });
  return typeof spec !== 'string' && devices.every((d) => spec.can(d)) ? group : undefined;
}

/** Each word said is the device's name, its room's, or a kind it is of: "the landing lamp", "the tv", never a clause
 *  ("we're going out") that a loose reading matched to some device. */
function namesIt(said: string, device: Entity, snapshot: HomeSnapshot): boolean {
  const own = [device.name, snapshot.placeOfDevice.get(device.id)?.name ?? ''].flatMap((n) => tokenize(n).map((t) => t.key));
  const kinds = snapshot.kindsOfDevice.get(device.id);
  const words = tokenize(said).map((t) => t.key).filter((k) => !FILLER.has(k));
  return words.length > 0 && words.every((w) => own.some((o) => sameNameWord(o, w)) || kinds?.has(kindForPhrase(w)?.id ?? '') === true);
}

function deviceSaid(match: IntentMatch): { text: string; entity: Entity } | undefined {
  const slot = match.slots['target'];
  return slot?.type === 'entity' && DEVICE_LIKE.has(slot.entity.entity_type) ? { text: slot.text, entity: slot.entity } : undefined;
}
