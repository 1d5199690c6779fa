// "Which devices monitor the bike shed door?": the door's name was read as the shed's contact sensor (a "door
// sensor" in the shed), and the answer "Nothing in the home graph controls Bike shed sensor" was a wrong none while
// the sensor and the padlock both `monitors` the door. A watching question whose words are a door's or window's
// whole name asks about that opening: what monitors it is said.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { phraseKey } from './deviceKinds';
import { monitorsOf } from './deviceOversight';
import { said, type IntentAnswerInput } from './IntentAnswerInput';
import { nameKeyOf } from './entityNameKey';

const WATCH_WORDS = ['monitor', 'monitors', 'monitoring', 'watch', 'watches', 'watching', 'guard', 'guards', 'guarding'];
const OPENINGS: ReadonlySet<string> = new Set(['door', 'window']);

/** "Bike shed door is monitored by Bike shed lock and Bike shed sensor." — undefined when the question is not one. */
export async function openingWatchedAsked(input: IntentAnswerInput, device: Entity): Promise<string | undefined> {
  if (!said(input.match, ...WATCH_WORDS)) return undefined;
  if (OPENINGS.has(device.entity_type)) return watchedOpening(input, device);
  if (device.entity_type !== 'device') return undefined;
  // The opening's whole name among the words asked (the slot may hold the device a kind word found there instead).
  const asked = ` ${input.match.words.join(' ')} `;
  const openings = [...input.snapshot.byId.values()].filter((e) => OPENINGS.has(e.entity_type) && asked.includes(` ${nameKeyOf(e)} `));
  const [opening] = openings;
  if (!opening || openings.length > 1 || asked.includes(` ${phraseKey(device.name)} `)) return undefined;
  return watchedOpening(input, opening);
}

async function watchedOpening(input: IntentAnswerInput, opening: Entity): Promise<string | undefined> {
  const watchers = (await monitorsOf(input, opening)).sort((a, b) => a.name.localeCompare(b.name));
  if (watchers.length === 0) return undefined;
  input.answer.cite(opening, ...watchers);
  return `${opening.name} is monitored by ${joinNames(watchers.map((w) => w.name))}.`;
}
