// "any note on the Truck 102 block heater" where the note says "102 block heater outlet trips the GFCI": people write a
// device by the end of its name ("102 block heater" of "Truck 102 block heater") when that end names nothing else. The
// notes answer looked for the whole name only and said there are no notes about it. The ends of two or more words
// that no other entity's name has count as the name.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';

/** Per snapshot: every name's phrase key (the ends are checked against them). */
const nameKeys = perSnapshot((snapshot: HomeSnapshot): Array<{ entity: Entity; key: string }> =>
  [...snapshot.byId.values()].filter((e) => e.entity_type !== 'note').map((entity) => ({ entity, key: ` ${phraseKey(entity.name)} ` })));

/** The notes that say an end of the thing's name no other name has (never the whole name: that is looked for already). */
export function notesNamingTail(snapshot: HomeSnapshot, thing: Entity): Entity[] {
  const words = phraseKey(thing.name).split(' ').filter(Boolean);
  if (words.length < 3) return [];
  const names = nameKeys(snapshot);
  const tails: string[] = [];
  for (let start = 1; start <= words.length - 2; start++) {
    const tail = words.slice(start).join(' ');
    if (names.every((n) => n.entity === thing || !n.key.includes(` ${tail} `))) tails.push(tail);
  }
  if (tails.length === 0) return [];
  return snapshot.notes.filter((note) => {
    const said = ` ${phraseKey(`${note.name} ${typeof note.content['text'] === 'string' ? note.content['text'] : ''}`)} `;
    return tails.some((tail) => said.includes(` ${tail} `));
  });
}
