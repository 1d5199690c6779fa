// "where's the velux" where Velux made the window and a blind, "where's the telly" with "Telly" and "Nana's telly",
// "where's the kettle" with "Kettle plug" and "Ouma's kettle": the words fit several devices equally, so the answer
// asks which rather than placing the one the resolver happened to pick.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';

const MAX_ASKED = 6;

export function whereAmongNamesakes(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['thing'];
  if (match.intent !== 'where_is' || slot?.type !== 'entity' || !snapshot.devices.some((d) => d.id === slot.entity.id)) return match;
  const said = phraseKey(slot.text).replace(/^(the|a|an|my|our) /, '');
  if (!said || said.split(' ').length > 3) return match;
  const chosen = snapshot.devices.find((d) => d.id === slot.entity.id) ?? slot.entity;
  const exact = phraseKey(chosen.name) === said;
  const holds = (key: string | undefined): boolean => key !== undefined && ` ${key} `.includes(` ${said} `);
  const keys = nameKeys(snapshot);
  const namesakes = snapshot.devices.filter((d) => d !== chosen && holds(keys.get(d.id)));
  // An exact name stays the answer unless another is the same thing of someone's ("Nana's telly" beside "Telly").
  const others = exact ? namesakes.filter(ownedName) : [...namesakes, ...snapshot.devices.filter((d) => d !== chosen && !namesakes.includes(d) && holds(snapshot.makerKeyOfDevice.get(d.id)))];
  if (others.length === 0 || others.length + 1 > MAX_ASKED) return match;
  const candidates = [chosen, ...others].sort((a, b) => a.name.localeCompare(b.name));
  return { ...match, slots: { ...match.slots, thing: { type: 'ambiguous', text: slot.text, expected: 'device', candidates } } };
}

/** Device id → its name's key, once per snapshot (tokenising every name per question is not free on a big home). */
const NAME_KEYS = new WeakMap<HomeSnapshot, Map<string, string>>();
function nameKeys(snapshot: HomeSnapshot): Map<string, string> {
  let keys = NAME_KEYS.get(snapshot);
  if (!keys) NAME_KEYS.set(snapshot, (keys = new Map(snapshot.devices.map((d) => [d.id, phraseKey(d.name)]))));
  return keys;
}

/** A name saying whose it is: a possessive word ("Nana's", "Aoife’s"). */
function ownedName(device: Entity): boolean {
  return /\p{L}['’]s?(\s|$)/u.test(device.name);
}
