// "where's the velux" where Velux made the window and a blind, "where's the telly" with "Telly" and "Nana's telly",
// "where's the kettle" with "Kettle plug" and "Ouma's kettle": the words fit several devices equally, so the answer
// asks which rather than placing the one the resolver happened to pick.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';
import { nameKeyOf } from './entityNameKey';
import { perSnapshot } from './perSnapshot';

const MAX_ASKED = 6;

export function whereAmongNamesakes(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const slot = match.slots['thing'];
  if (match.intent !== 'where_is' || slot?.type !== 'entity') return match;
  const chosen = deviceById(snapshot).get(slot.entity.id);
  if (!chosen) return match;
  const said = phraseKey(slot.text).replace(/^(the|a|an|my|our) /, '');
  if (!said || said.split(' ').length > 3) return match;
  const exact = nameKeyOf(chosen) === said;
  const holds = (key: string | undefined): boolean => key !== undefined && ` ${key} `.includes(` ${said} `);
  // A name or maker holding the words said holds their first word as one of its words: only those are tried.
  const first = said.split(' ')[0] ?? '';
  const namesakes = (namesByWord(snapshot).get(first) ?? []).filter((d) => d !== chosen && holds(nameKeyOf(d)));
  // An exact name stays the answer unless another is the same thing of someone's ("Nana's telly" beside "Telly").
  const others = exact ? namesakes.filter(ownedName) : [...namesakes, ...(makersByWord(snapshot).get(first) ?? []).filter((d) => d !== chosen && !namesakes.includes(d) && holds(snapshot.makerKeyOfDevice.get(d.id)))];
  if (others.length === 0 || others.length + 1 > MAX_ASKED) return match;
  const candidates = [chosen, ...others].sort((a, b) => a.name.localeCompare(b.name));
  return { ...match, slots: { ...match.slots, thing: { type: 'ambiguous', text: slot.text, expected: 'device', candidates } } };
}

/** Device by id (the first of an id), once per snapshot. */
const deviceById = perSnapshot((snapshot: HomeSnapshot): ReadonlyMap<string, Entity> => {
  const byId = new Map<string, Entity>();
  for (const d of snapshot.devices) if (!byId.has(d.id)) byId.set(d.id, d);
  return byId;
});

/** Word → the devices whose key (`of`) has it as a word, in the snapshot's order. */
function byWord(snapshot: HomeSnapshot, of: (device: Entity) => string | undefined): ReadonlyMap<string, readonly Entity[]> {
  const index = new Map<string, Entity[]>();
  for (const d of snapshot.devices) {
    const key = of(d);
    if (key === undefined) continue;
    for (const word of new Set(key.split(' '))) {
      const list = index.get(word);
      if (list) list.push(d);
      else index.set(word, [d]);
    }
  }
  return index;
}

/** Once per snapshot: the devices by their name's words, and by their maker's words (tokenising 20 000 names per question is not free). */
const namesByWord = perSnapshot((snapshot: HomeSnapshot) => byWord(snapshot, nameKeyOf));
const makersByWord = perSnapshot((snapshot: HomeSnapshot) => byWord(snapshot, (d) => snapshot.makerKeyOfDevice.get(d.id)));

/** A name saying whose it is: a possessive word ("Nana's", "Aoife’s"). */
function ownedName(device: Entity): boolean {
  return /\p{L}['’]s?(\s|$)/u.test(device.name);
}
