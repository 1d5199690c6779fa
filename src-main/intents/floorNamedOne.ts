// "y el de abajo a cuánto está" (read "and the one of abajo to how much is") where a device is called "Termostato de
// abajo" and a zone "Casa - abajo": "the one of <floor word>" stands for a device, and a device whose own name ends in
// that floor ("… de abajo", "… downstairs") is the one meant, not the whole floor ("The Casa - abajo has 38 devices").
// Only when exactly one device's name ends so, and, in a conversation about a kind, that device is of it ("and the
// one of abajo" after the upstairs lights is the downstairs light, never the thermostat).
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { floorOfWord } from './placeVocabulary';
import { sharedKind } from './sharedKind';

/** "the one of abajo", "the one from downstairs", "the downstairs one": the floor said, at its place in the sentence. */
const ONE_OF = /\bthe one (?:of|from) (?:the )?(\p{L}+(?: \p{L}+)?)\b|\bthe (\p{L}+) one\b/iu;
/** Words that join a name's head to the floor it is on ("Termostato de abajo", "Light of the ground floor"). */
const JOINERS = new Set(['de', 'del', 'of', 'on', 'da', 'do', 'di', 'du']);

/** Floor (group head) → devices whose own name ends in a word of that floor. */
const devicesByFloor = perSnapshot((snapshot: HomeSnapshot): Map<string, Entity[]> => {
  const byFloor = new Map<string, Entity[]>();
  for (const device of snapshot.devices) {
    const words = phraseKey(device.name).split(' ');
    for (const len of [2, 1]) {
      const tail = words.slice(-len);
      const before = words[words.length - len - 1];
      const floor = words.length > len && before !== undefined && (JOINERS.has(before) || len === 1) ? floorOfWord(tail.join(' ')) : undefined;
      if (!floor) continue;
      byFloor.set(floor, [...(byFloor.get(floor) ?? []), device]);
      break;
    }
  }
  return byFloor;
});

/** The sentence with "the one of <floor>" as the one device named for that floor; undefined when it says none. */
export function floorNamedOne(text: string, focus: Focus | undefined, snapshot: HomeSnapshot): string | undefined {
  const said = ONE_OF.exec(text);
  const words = said?.[1] ?? said?.[2];
  if (!said || !words) return undefined;
  // "the one of arriba" or "the one of the arriba": the floor word alone (two words only as one floor phrase).
  const floor = floorOfWord(words) ?? (said[1] ? floorOfWord(words.split(' ')[0] ?? '') : undefined);
  if (!floor) return undefined;
  const [device, other] = devicesByFloor(snapshot).get(floor) ?? [];
  if (!device || other) return undefined;
  if (!fitsFocus(device, focus, snapshot)) return undefined;
  const whole = floorOfWord(words) ? said[0] : said[0].replace(/ \p{L}+$/u, '');
  return text.replace(whole, device.name);
}

/** A conversation about a kind keeps to it: the device is of the kind the focus is about, or the focus has none. */
function fitsFocus(device: Entity, focus: Focus | undefined, snapshot: HomeSnapshot): boolean {
  const kindSlot = focus?.slots['kind'];
  const devices = [...(focus?.subjects ?? []), ...(focus?.listed ?? [])].filter((e) => e.entity_type === 'device');
  const kind = kindSlot?.type === 'kind' ? kindSlot.kind : sharedKind(devices, snapshot);
  if (!kind) return devices.length === 0 || devices.includes(device);
  return snapshot.kindsOfDevice.get(device.id)?.has(kind.id) === true;
}
