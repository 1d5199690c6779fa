// "is there any leak?", "is there water in the laundry?", "any smoke?": asked of the home (or a place), the answer is
// what every detector of that reads, all of them in one line: "No: none of the 4 reports a water leak". A detector is
// known by its state field (`leak`, `water_leak`, `flood`, `wet`, `smoke`) whatever the device is called, so homes in
// any language answer; with no such field anywhere the question goes on to the search as before.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { askedDetectors, asksADetector, detectorReading } from './fieldMeanings';
import { stateOf } from './IntentAnswerInput';

/** "is there water in …": standing water is what a leak sensor detects (only said of an existence question). */
const SAID_AS: Readonly<Record<string, string>> = { water: 'leak', wet: 'leak', flooded: 'flood', puddle: 'leak' };

/** Said values of a detector's status that are the all-clear, or that it detects (`status: "normal"`, `smoke: "clear"`). */
const CLEAR = /^(normal|ok|okay|clear|all clear|none|no|no alarm|idle|dry|safe|standby|inactive|quiet|false)$/i;
const ALARMED = /\b(alarm|alarming|alert|detected|triggered|tripped|fire|smoke|leak|leaking|wet|flood|flooded|emergency|danger|motion)\b/i;

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
  const read: Array<{ device: Entity; detected: boolean | undefined; phrase: string }> = [];
  for (const device of devices) {
    const reading = booleanReading(device, asked) ?? saidReading(device, asked);
    if (reading) read.push({ device, ...reading });
  }
  if (read.length === 0) return undefined;
  const detected = read.filter((r) => r.detected === true);
  const clear = read.filter((r) => r.detected === false);
  // A status that says neither ("low battery chirp") is quoted, never counted as clear.
  const unsure = read.filter((r) => r.detected === undefined);
  const unsureText = unsure.length > 0 ? ` ${joinNames(unsure.map((r) => `${r.device.name} reads ${r.phrase}`))}.` : '';
  if (detected.length === 0) {
    const [only] = clear;
    if (!only) return { devices: read.map((r) => r.device), text: `I can't tell: ${unsureText.trim()}` };
    const text = clear.length === 1 && read.length === 1
      ? `No: ${only.device.name} reads ${only.phrase}.`
      : unsure.length > 0
        ? `No ${only.phrase.replace(/^no /, '')} by ${clear.length} of ${read.length} (${joinNames(clear.map((r) => r.device.name))}).${unsureText}`
        : `No: all ${read.length} read ${only.phrase}: ${joinNames(read.map((r) => r.device.name))}.`;
    return { devices: read.map((r) => r.device), text };
  }
  const others = clear.length > 0 ? ` The other ${clear.length === 1 ? 'one' : clear.length} (${joinNames(clear.map((r) => r.device.name))}) ${clear.length === 1 ? 'reads' : 'read'} clear.` : '';
  return { devices: [...detected, ...clear, ...unsure].map((r) => r.device), text: `Yes: ${joinNames(detected.map((r) => `${r.device.name} reports ${r.phrase}`))}.${others}${unsureText}` };
}

/** A detector's true/false field asked about (`wet: false`, `smoke: true`). */
/**
 * A leak sensor's `water` field ("water": "dry", "water": false) is its leak reading; on any other device "water" is no
 * detector (a kettle's or a tank's water). Known by the device's type saying leak or flood.
 */
const LEAK_TYPE = /leak|flood/i;
function fieldOf(device: Entity, field: string): string {
  const type = device.content['type'];
  return field.toLowerCase() === 'water' && typeof type === 'string' && LEAK_TYPE.test(type) ? 'leak' : field.toLowerCase();
}

function booleanReading(device: Entity, asked: readonly string[]): { detected: boolean; phrase: string } | undefined {
  for (const [field, value] of Object.entries(stateOf(device))) {
    const reading = detectorReading(fieldOf(device, field), value, asked);
    if (reading) return reading;
  }
  return undefined;
}

/**
 * A detector that says its state in words: a field named as what it detects (`smoke: "clear"`), or, on a device whose
 * capabilities say it detects that, its `status`/`state`/`alarm` (`status: "normal"`, `alarm: "none"`).
 */
function saidReading(device: Entity, asked: readonly string[]): { detected: boolean | undefined; phrase: string } | undefined {
  const state = stateOf(device);
  const raw = device.content['capabilities'];
  const capabilities = Array.isArray(raw) ? raw.filter((c): c is string => typeof c === 'string').map((c) => c.toLowerCase().replace(/[\s-]+/g, '_')) : [];
  for (const detector of askedDetectors(asked)) {
    const own = Object.entries(state).find(([k, v]) => typeof v === 'string' && detector.parts.includes(fieldOf(device, k)));
    // A camera "with motion" records; only a smoke, leak or CO detector's status is what it detects.
    const general = !detector.parts.includes('motion') && capabilities.some((c) => detector.parts.includes(c))
      ? Object.entries(state).find(([k, v]) => typeof v === 'string' && /^(status|state|alarm|alarm_state)$/i.test(k))
      : undefined;
    const value = String((own ?? general)?.[1] ?? '').trim();
    if (!value) continue;
    if (CLEAR.test(value)) return { detected: false, phrase: detector.no };
    if (ALARMED.test(value)) return { detected: true, phrase: `${detector.yes} (${value})` };
    return { detected: undefined, phrase: `“${value}”` };
  }
  return undefined;
}
