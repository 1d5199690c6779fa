// "Condizionatore camera", "Tapparelle camera": in a home whose rooms are called "Camera matrimoniale" and "Camera di
// Nonno Enzo", the word "camera" in a device name says where the device is (a bedroom), not that it is a camera. The
// name's kind is set aside when the word that gave it is a word of the home's room or zone names and the rest of the
// device's data (the rest of its name, its type, description, model, capabilities) does not say that kind; the kinds
// those say stand instead. A camera called "Camera ingresso" keeps its kind: its type or capabilities say camera.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { coveredKinds, headOfName, kindById, kindsOfEntity, phraseKey, type KindEvidence } from './deviceKinds';

/** Word keys of every room and zone name. */
export function placeNameWords(entities: Iterable<Entity>): Set<string> {
  const words = new Set<string>();
  for (const e of entities) if (e.entity_type === 'room' || e.entity_type === 'zone') for (const w of phraseKey(e.name).split(' ')) if (w) words.add(w);
  return words;
}

/** Word keys of the home's room and zone names, once per snapshot. */
export const placeNameWordsOf = perSnapshot((snapshot: HomeSnapshot): Set<string> => placeNameWords(snapshot.byId.values()));

/** The device's kinds, without a kind only a place word of its name gave; the kinds as found otherwise. */
export function kindsBesidePlaceWords(device: Entity, found: Map<string, KindEvidence>, placeWords: ReadonlySet<string>): Map<string, KindEvidence> {
  const named = [...found].find(([, why]) => why === 'name');
  if (!named || placeWords.size === 0) return found;
  const words = phraseKey(device.name).split(' ');
  const placeKindWords = words.filter((w) => placeWords.has(w) && headOfName(w)?.kind.id === named[0]);
  if (placeKindWords.length === 0) return found;
  const rest = words.filter((w) => !placeKindWords.includes(w));
  if (rest.length === 0) return found;
  const without = kindsOfEntity({ ...device, name: rest.join(' ') });
  // The rest of the data says the kind too (or a kind that covers it): the word was both.
  for (const id of without.keys()) {
    const kind = kindById(id);
    if (id === named[0] || (kind && coveredKinds(kind).has(named[0]))) return found;
  }
  return without;
}
