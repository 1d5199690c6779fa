// "is the tv on" in a home with "TV Salon" and "טלוויזיה סבתא" (type tv, named in Hebrew at the other house): the kind
// word said alone is a word of one device's name only because that one was named in English, so the name search found
// it and the other TV was never a candidate (a confident "No — TV Salon is off" about one of two). When the words said
// are the kind word alone and other devices are that kind by what they are called or typed, all of them are asked
// about ("which one"), as "the television" (a word no name holds) already was. Only for a question about a device's
// state or a setting (a `device` slot): "where's the tv" still names the one the words name.
import type { Entity } from '../../src-shared/protocol/entities';
import { coveredKinds, kindById, kindForPhrase, kindsOfEntity, type DeviceKind } from './deviceKinds';
import type { Token } from './normalizeText';
import type { HomeSnapshot } from './HomeIndex';
import { MAX_WHICH, membersOfKind } from './kindMembers';
import { saysKindOnly } from './kindNamesake';

/** Evidence that a device is of the kind as surely as a name word says it: its own name, an alias or its type. */
const SURE = new Set(['name', 'alias', 'type']);

const SCRIPTS = ['Latin', 'Hebrew', 'Arabic', 'Cyrillic', 'Greek', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Devanagari'].map((name) => new RegExp(`\\p{Script=${name}}`, 'u'));

export function sharesScript(a: string, b: string): boolean {
  return SCRIPTS.some((script) => script.test(a) && script.test(b));
}

/** Whether what the device's data says it is (its type, model, capabilities; not its name) is not of the kind. */
function namedInOtherSense(device: Entity, kind: DeviceKind): boolean {
  const { aliases: _aliases, ...content } = device.content;
  const unnamed = [...kindsOfEntity({ ...device, name: '', content }).keys()];
  return unnamed.length > 0 && !unnamed.some((id) => id === kind.id || coveredKinds(kindById(id) ?? kind).has(kind.id));
}

/** The found devices and the others of the kind said alone, or undefined when the words say more than the kind. */
export function othersOfKindNamedElse(snapshot: HomeSnapshot, kind: DeviceKind | undefined, said: readonly Token[], found: readonly Entity[]): Entity[] | undefined {
  if (!kind || kindForPhrase(said.map((t) => t.key).join(' '))?.id !== kind.id || found.some((e) => e.entity_type !== 'device')) return undefined;
  // Only when the kind word is a word of the found name as typed ("TV Salon"), not a synonym of a word in it.
  const typed = said.map((t) => t.text.toLowerCase()).join(' ');
  if (!found.every((e) => ` ${e.name.toLowerCase()} `.includes(` ${typed} `))) return undefined;
  const ids = new Set(found.map((e) => e.id));
  const ofKind = membersOfKind(snapshot, kind);
  // "Wood stove" typed climate is a heater: "the stove" may well be the range, an oven by its own name.
  const otherSense = found.every((e) => namedInOtherSense(e, kind));
  if (!otherSense && !found.every((e) => ofKind.some((d) => d.id === e.id))) return undefined;
  // Of the kind itself, not of a kind it covers ("radiator" covers radiator valves and towel rails).
  // …and named in a script the words said are not written in: no name search in Latin letters finds "טלוויזיה סבתא", so
  // the hit on "TV Salon" says nothing about it ("Termo" beside "Caldera gasoil" is another word, and not asked of).
  // …or any script when the found one has the word in another sense.
  // A phrase that says no more than the kind ("the door lock" beside "Ohana door lock" and "Front door Kwikset") is
  // the kind said alone, whatever the others are called: every member of it is asked about.
  const plain = saysKindOnly(said.map((t) => t.key).join(' '));
  const others = ofKind.filter((d) => !ids.has(d.id) && (plain || (SURE.has(snapshot.kindsOfDevice.get(d.id)?.get(kind.id) ?? '') && (otherSense || !sharesScript(d.name, typed)))));
  if (others.length === 0 || found.length + others.length > MAX_WHICH) return undefined;
  return [...found, ...others];
}


/** The words that say a window and nothing more about which. */
const WINDOW_WORDS: ReadonlySet<string> = new Set(['window', 'windows']);

/**
 * "is my window open" where only "Lounge window" has the English word and "Saad ki khirki" is another window: the word
 * "window" alone named that one by its name, yet it says no more than the entity type; every window is asked about.
 */
export function otherWindowsNamedElse(snapshot: HomeSnapshot, said: readonly Token[], found: Entity): Entity[] | undefined {
  if (found.entity_type !== 'window' || said.length !== 1 || !WINDOW_WORDS.has(said[0]?.key ?? '')) return undefined;
  const others = [...snapshot.byId.values()].filter((e) => e.entity_type === 'window' && e.id !== found.id);
  if (others.length === 0 || others.length + 1 > MAX_WHICH) return undefined;
  return [found, ...others];
}
