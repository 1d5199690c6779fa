// "is the battery ok on that valve" right after "make it 21" (the radiator valve): "that valve" is the device the
// conversation is about when the word is one of the words of a kind that device is. Read as its name, so the question
// is asked of it, never of every valve in the home (whose "none runs on batteries" would be a wrong none).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { kindById, phraseKey } from './deviceKinds';
import { STOP_WORDS } from './mentions';

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
  const put = (name: string): string => `${text.slice(0, found.index)}${name}${text.slice(found.index + found[0].length)}`;
  if (devices.length === 1 && one) return put(one.name);
  if (devices.length > 1) return undefined;
  // "battery on that pump house sensor?": "that" opens a name of its own, so it is no pronoun for the subject.
  const after = text.slice(found.index + (found[1] ?? '').length).trimStart();
  if (namesOneDevice(after, snapshot)) return `${text.slice(0, found.index)}the ${after}`;
  // "battery on that sensor?" right after the big freezer: the one sensor in its room that shares a word of its name
  // ("Freezer Sensor"), which is what watches it.
  const [subject] = held;
  const beside = subject?.entity_type === 'device' ? besideSubject(subject, fits, snapshot) : undefined;
  return beside ? put(beside.name) : undefined;
}

/** True when the words after "that" (two or more, up to a stop word) are all words of exactly one device's name. */
function namesOneDevice(words: string, snapshot: HomeSnapshot): boolean {
  const keys: string[] = [];
  for (const key of phraseKey(words).split(' ')) {
    if (!key || STOP_WORDS.has(key)) break;
    keys.push(key);
  }
  if (keys.length < 2) return false;
  let named = 0;
  for (const d of snapshot.devices) {
    const own = phraseKey(d.name).split(' ');
    if (keys.every((k) => own.includes(k)) && ++named > 1) return false;
  }
  return named === 1;
}

/** The one device of the kind in the subject's room whose name shares a word (4+ letters) with the subject's. */
function besideSubject(subject: Entity, fits: (d: Entity) => boolean, snapshot: HomeSnapshot): Entity | undefined {
  const room = snapshot.placeOfDevice.get(subject.id);
  if (!room) return undefined;
  const own = new Set(phraseKey(subject.name).split(' ').filter((w) => w.length >= 4));
  const near = snapshot.devices.filter((d) => d.id !== subject.id && snapshot.placeOfDevice.get(d.id)?.id === room.id && fits(d) && phraseKey(d.name).split(' ').some((w) => own.has(w)));
  return near.length === 1 ? near[0] : undefined;
}
