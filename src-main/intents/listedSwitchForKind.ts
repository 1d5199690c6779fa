// "is the fridge on?" right after the caravan kitchen's devices were listed (a CO alarm, "Caravan Fridge Plug", a leak
// sensor): the fridge meant is the one the listed plug powers, not the home's one fridge freezer back in the house,
// which read "can't be switched on" when asked to switch "it" on. A definite kind word ("the fridge") with no device of
// that kind among the devices just listed, but exactly one listed switch or plug whose name says that word, is that
// listed device. A kind some listed device is, two such names, or another device named with the word, stay as said.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { switchesForKind } from './plugsForKind';
import { nameKeyOf } from './entityNameKey';

/** "the fridge", "the fish tank": a definite article and one or two words. */
const THE_KIND = /\bthe\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)/iu;

/** The question with "the <kind word>" replaced by the one listed device named for that kind, or undefined. */
export function listedSwitchForKind(text: string, listed: readonly Entity[], snapshot: HomeSnapshot): string | undefined {
  const devices = listed.filter((e) => e.entity_type === 'device');
  if (devices.length < 2) return undefined;
  const said = THE_KIND.exec(text);
  if (!said?.[1]) return undefined;
  // The longest run of the words said that is a kind ("fish tank" before "fish").
  const words = phraseKey(said[1]).split(' ');
  const phrase = [words.join(' '), words[0] ?? ''].find((p) => p !== '' && kindForPhrase(p) !== undefined);
  const kind = phrase ? kindForPhrase(phrase) : undefined;
  if (!phrase || !kind || devices.some((d) => kindMatch(snapshot, d, kind) !== undefined)) return undefined;
  // A switch or plug whose own name says the word ("Caravan Fridge Plug"), never another device named with it (a
  // "Cabin CO Alarm" is no alarm panel).
  const named = switchesForKind(snapshot, devices, kind).filter((d) => ` ${nameKeyOf(d)} `.includes(` ${phrase} `));
  const [one] = named;
  if (!one || named.length !== 1) return undefined;
  const spoken = phrase === words.join(' ') ? said[0] : `the ${said[1].split(/\s+/)[0] ?? ''}`;
  return text.replace(spoken, one.name);
}
