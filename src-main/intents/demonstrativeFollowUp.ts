// "is the battery ok on that valve" right after "make it 21" (the radiator valve): "that valve" is the device the
// conversation is about when the word is one of the words of a kind that device is. Read as its name, so the question
// is asked of it, never of every valve in the home (whose "none runs on batteries" would be a wrong none).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { kindById, phraseKey } from './deviceKinds';

const THAT_WORD = /\b(that|this)\s+(\p{L}{3,})\b/iu;

/**
 * The text with "that <word>" said as the name of the one device the focus holds (its subject or what the last
 * answer cited) that the word is a kind of; undefined when none or several fit.
 */
export function demonstrativeAsSubject(text: string, held: readonly Entity[], snapshot: HomeSnapshot): string | undefined {
  const found = THAT_WORD.exec(text);
  const word = found?.[2];
  if (!found || !word) return undefined;
  const key = phraseKey(word);
  const fits = (device: Entity): boolean => [...(snapshot.kindsOfDevice.get(device.id)?.keys() ?? [])]
    .map((id) => kindById(id))
    .some((kind) => kind !== undefined && [kind.singular, kind.plural, ...kind.phrases].some((p) => ` ${phraseKey(p)} `.includes(` ${key} `)));
  const devices = [...new Set(held.filter((e) => e.entity_type === 'device' && fits(e)))];
  const [one] = devices;
  if (devices.length !== 1 || !one) return undefined;
  return `${text.slice(0, found.index)}${one.name}${text.slice(found.index + found[0].length)}`;
}
