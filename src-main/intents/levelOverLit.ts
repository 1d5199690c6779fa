// "set the salon lights to 70%" where the ceiling lights are lit and the floor lamp is off: a level said for a group
// adjusts the ones that are on; setting a lamp that reads off to 70% would switch it on, a change nobody asked for.
// With none of them on, or "all"/"both"/"every" said, every one takes the level (a level on a dark room lights it).
import type { Entity } from '../../src-shared/protocol/entities';
import { powerStateOf } from './deviceReadings';
import { said, type IntentAnswerInput } from './IntentAnswerInput';

/** Words that ask for every one of a group, lit or not. */
const EVERY = ['all', 'both', 'every', 'each', 'everything'];

/** The devices of a group a level is set on: those that read on, when some do and some read off. */
export function levelOverLit(input: Pick<IntentAnswerInput, 'match'>, devices: Entity[]): Entity[] {
  if (input.match.intent !== 'set_level' || said(input.match, ...EVERY)) return devices;
  const lit = devices.filter((d) => powerStateOf(d)?.toLowerCase() === 'on');
  const dark = devices.filter((d) => powerStateOf(d)?.toLowerCase() === 'off');
  return lit.length > 0 && dark.length > 0 && lit.length + dark.length === devices.length ? lit : devices;
}
