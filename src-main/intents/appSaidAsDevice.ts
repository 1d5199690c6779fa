// "what does Tibber control", "what does the Tibber one control" (after a list of the apps): the name said is an
// app's whole name, which the name resolver took for the device that shares it ("Tibber Pulse"). That device controls
// nothing, and "Tibber Pulse doesn't control any other device" was a wrong none while the Tibber app runs the car
// charger too. When the words said hold the whole name of an app linked to the device, but not the device's whole
// name, the devices that app runs are said, as the app's.
import type { Entity } from '../../src-shared/protocol/entities';
import { listOrSentence } from './AnswerBuilder';
import { phraseKey } from './deviceKinds';
import { detailsOf } from './deviceOversight';
import type { IntentAnswerInput } from './IntentAnswerInput';
import { linkedInto, linkedOutOf } from './linkedInto';

const APP: ReadonlySet<string> = new Set(['app']);
const DEVICE: ReadonlySet<string> = new Set(['device']);

const wordsOf = (text: string): string[] => phraseKey(text).split(' ').filter(Boolean);

/** "Tibber controls 2 devices: Easee elbillader and Tibber Pulse." (cited), or undefined when no app was said. */
export async function appSaidAsDevice(input: IntentAnswerInput, device: Entity): Promise<string | undefined> {
  const slot = input.match.slots['device'];
  if (slot?.type !== 'entity') return undefined;
  const said = new Set(wordsOf(slot.text));
  const deviceWords = wordsOf(device.name);
  if (deviceWords.every((w) => said.has(w))) return undefined;
  const details = await detailsOf(input, device);
  const apps = [...linkedOutOf(details, new Set(['controlled_by_app']), APP), ...linkedInto(details, new Set(['manages', 'controls']), APP)];
  const app = [...new Map(apps.map((a) => [a.id, a])).values()].find((a) => {
    const words = wordsOf(a.name);
    return words.length > 0 && words.every((w) => said.has(w));
  });
  if (!app) return undefined;
  const appDetails = await detailsOf(input, app);
  const runs = [...linkedInto(appDetails, new Set(['controlled_by_app']), DEVICE), ...linkedOutOf(appDetails, new Set(['manages', 'controls']), DEVICE)];
  const devices = [...new Map(runs.map((d) => [d.id, d])).values()].sort((a, b) => a.name.localeCompare(b.name));
  if (devices.length === 0) return undefined;
  input.answer.cite(app, ...devices);
  return listOrSentence(`${app.name} (the app) controls ${devices.length === 1 ? 'one device' : `${devices.length} devices`}:`, devices.map((d) => d.name));
}
