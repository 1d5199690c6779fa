// "is there any leak?", "is there water in the laundry?", "any smoke?": asked of the home (or a place), the answer is
// what every detector of that reads, all of them in one line: "No: none of the 4 reports a water leak". A detector is
// known by its state field (`leak`, `water_leak`, `flood`, `wet`, `smoke`) whatever the device is called, so homes in
// any language answer; with no such field anywhere the question goes on to the search as before.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { asksADetector, detectorReading } from './fieldMeanings';
import { stateOf } from './IntentAnswerInput';

/** "is there water in …": standing water is what a leak sensor detects (only said of an existence question). */
const SAID_AS: Readonly<Record<string, string>> = { water: 'leak', wet: 'leak', flooded: 'flood', puddle: 'leak' };

export interface DetectorReport {
  devices: Entity[];
  text: string;
}

/** Content words that are all detector words ("leak", "water", "smoke"): the question asks what detectors read. */
export function asksDetectorsOnly(keys: readonly string[]): boolean {
  return keys.length > 0 && keys.every((k) => SAID_AS[k] !== undefined || asksADetector(k));
}

/** What each device's detector field asked about reads, said as yes/no; undefined when no device has one. */
export function detectorReport(devices: readonly Entity[], keys: readonly string[]): DetectorReport | undefined {
  const asked = keys.map((k) => SAID_AS[k] ?? k);
  const read: Array<{ device: Entity; detected: boolean; phrase: string }> = [];
  for (const device of devices) {
    for (const [field, value] of Object.entries(stateOf(device))) {
      const reading = detectorReading(field, value, asked);
      if (reading) {
        read.push({ device, ...reading });
        break;
      }
    }
  }
  if (read.length === 0) return undefined;
  const detected = read.filter((r) => r.detected);
  const clear = read.filter((r) => !r.detected);
  if (detected.length === 0) {
    const [only] = read;
    const text = read.length === 1 && only
      ? `No: ${only.device.name} reads ${only.phrase}.`
      : `No: all ${read.length} read ${only?.phrase ?? ''}: ${joinNames(read.map((r) => r.device.name))}.`;
    return { devices: read.map((r) => r.device), text };
  }
  const others = clear.length > 0 ? ` The other ${clear.length === 1 ? 'one' : clear.length} (${joinNames(clear.map((r) => r.device.name))}) ${clear.length === 1 ? 'reads' : 'read'} clear.` : '';
  return { devices: [...detected, ...clear].map((r) => r.device), text: `Yes: ${joinNames(detected.map((r) => `${r.device.name} reports ${r.phrase}`))}.${others}` };
}
