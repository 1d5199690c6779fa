// A smoke detector listing `capabilities: ["smoke", "heat", "battery"]` detects heat; it does not heat. When a device's
// capabilities make it a detector of a hazard (smoke, carbon monoxide, water), a capability that names another hazard
// the same detectors sense ("heat", "fire") is what it detects too, so the kinds that only such a word gave (a heater
// by "heat") are not kinds of it: "which heaters are on" never lists smoke alarms.
import type { DeviceKind } from './deviceKinds';

/** Kinds that detect a hazard, read from their capabilities. */
const DETECTOR_KINDS: ReadonlySet<string> = new Set(['smoke_alarm', 'co_alarm', 'leak_sensor']);
/** Capability words that are a hazard a detector senses as well as something a device can do. */
const HAZARD_WORDS: ReadonlySet<string> = new Set(['heat', 'fire', 'flame']);

/** The kinds given by capabilities, without those only a detected hazard's word gave. */
export function withoutDetectedHazards(byCapability: readonly DeviceKind[], caps: readonly string[]): DeviceKind[] {
  if (!byCapability.some((k) => DETECTOR_KINDS.has(k.id))) return [...byCapability];
  const doing = caps.filter((c) => !HAZARD_WORDS.has(c));
  return byCapability.filter((k) => DETECTOR_KINDS.has(k.id) || k.capabilities.some((c) => doing.includes(c)) || k.capabilitySets.some((set) => set.every((c) => doing.includes(c))));
}
