// "is the chest freezer alarm going off", "the boiler pressure": a word right after a device's name (or a kind that is
// one device here) that is one of that device's own state fields (`alarm: false`) is what is asked about it, not a
// second device ("Alarmna centrala", the alarm panel). The word then asks for that field of the first device.
// Likewise "any low batteries?" in a home whose storeroom is described "inverter, batteries": a battery word is what
// is asked of devices, never a place by its description (only a place whose own name says it is one).
import type { Entity } from '../../src-shared/protocol/entities';
import { CUES } from './cueWords';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { stateOf } from './IntentAnswerInput';
import { membersOfKind } from './kindMembers';
import type { Mention } from './mentions';

export function dropFieldWords(mentions: Mention[], snapshot: HomeSnapshot): Mention[] {
  for (const m of [...mentions]) {
    // One span read as a kind by its last word ("chest freezer alarm" → alarm): the words before it name the device.
    const words = m.text.trim().split(/\s+/);
    const field = words.length >= 2 && m.kind ? words[words.length - 1]?.toLowerCase() : undefined;
    const kind = field ? kindForPhrase(phraseKey(words.slice(0, -1).join(' '))) : undefined;
    const owner = kind ? oneDevice({ ...m, kind, entities: {} }, snapshot) : undefined;
    if (owner && field && hasField(owner, field)) mentions.splice(mentions.indexOf(m), 1, { start: m.start, end: m.end - 1, text: words.slice(0, -1).join(' '), entities: {}, kind });
  }
  for (const m of [...mentions]) {
    const owner = oneDevice(m, snapshot);
    const next = owner ? mentions.find((n) => n !== m && n.start === m.end && n.end === m.end + 1) : undefined;
    if (!owner || !next) continue;
    if (hasField(owner, next.text.toLowerCase())) mentions.splice(mentions.indexOf(next), 1);
  }
  for (const m of [...mentions]) {
    const places = m.entities.place;
    const key = phraseKey(m.text);
    if (!places || !CUES.battery.includes(key) || places.some((p) => ` ${phraseKey(p.name)} `.includes(` ${key} `))) continue;
    const { place: _place, ...rest } = m.entities;
    if (Object.keys(rest).length > 0 || m.kind || m.maker) mentions.splice(mentions.indexOf(m), 1, { ...m, entities: rest });
    else mentions.splice(mentions.indexOf(m), 1);
  }
  return mentions;
}

function hasField(device: Entity, word: string): boolean {
  return Object.keys(stateOf(device)).some((field) => field.toLowerCase() === word);
}

/** The one device a mention names: a device name, or a kind with one device here. */
function oneDevice(m: Mention, snapshot: HomeSnapshot): Entity | undefined {
  const devices = m.entities.device ?? (m.kind ? membersOfKind(snapshot, m.kind) : []);
  return devices.length === 1 ? devices[0] : undefined;
}
