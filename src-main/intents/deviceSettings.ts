// What a device is set to when it takes no temperature: "what's the ceiling fan set to" (`speed: 3`), "what's the
// dehumidifier set to" (`target_humidity: 50`), "what's the pump at" (`mode: eco`). Read from the state the device
// keeps: a target of another quantity, a speed, a mode or programme, a brightness, a position, a volume. A reading
// (`humidity: 55`, `level_pct` of a tank) is never said as a setting; the target's own reading follows it ("55% now").
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './deviceKinds';
import { isBatteryField, readingPhrase } from './deviceReadings';
import { fieldLabel } from './fieldMeanings';
import { stateOf } from './IntentAnswerInput';
import { measured, quantityOfField } from './stateQuantities';
import { numberIn } from './valueUnits';

export interface DeviceSetting {
  field: string;
  /** "50% humidity", "speed 3", "mode cool", "brightness 70%". */
  phrase: string;
  /** What the device reads now of the same quantity, for a target ("humidity 55%"). */
  now?: string;
}

/** Field words that make a target ("target_humidity", "humidity_setpoint", "set_level", "desired_rh"). */
const TARGET_PART = new Set(['target', 'setpoint', 'desired', 'set']);
/** Field words of a setting the user chooses (a fan's speed, a mode, a programme, a volume). */
const SETTING_PART = new Set(['speed', 'mode', 'preset', 'program', 'programme', 'profile', 'volume', 'swing', 'fan']);
/** Field words of a brightness (a dimmer's level is a setting; a tank's level is not). */
const BRIGHTNESS_PART = new Set(['bri', 'brightness', 'dim']);
/** Field words of a cover's position. */
const POSITION_PART = new Set(['position', 'pos', 'tilt']);
/** Capabilities that make a bare `level` a setting (a dimmer, a fan's steps), not an amount held. */
const LEVEL_SET_BY = /dim|bright|speed|level_control|fan/;
/** Words of a question that ask for a temperature: then a setting of another kind is no answer on its own. */
const TEMPERATURE_WORDS = ['temperature', 'temp', 'degree', 'celsius', 'fahrenheit', 'hot', 'warm', 'cold', 'heat'];

export function asksTemperature(words: readonly string[]): boolean {
  return TEMPERATURE_WORDS.some((w) => words.includes(w));
}

/** The settings of a device that takes no temperature, targets first, then speeds and modes, then level and position. */
export function settingsOf(device: Entity): DeviceSetting[] {
  const targets: DeviceSetting[] = [];
  const others: DeviceSetting[] = [];
  const caps = capabilitiesOf(device).join(' ').toLowerCase();
  for (const [field, value] of Object.entries(stateOf(device))) {
    if (typeof value === 'boolean' || value === null || typeof value === 'object' || isBatteryField(field)) continue;
    // "fan": "on" is whether it runs, not what it is set to.
    if (typeof value === 'string' && /^(on|off|true|false)$/i.test(value.trim())) continue;
    const parts = field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_\s-]+/);
    const quantity = quantityOfField(device, field, value);
    if (quantity?.quantity === 'temperature') continue;
    if (parts.some((p) => TARGET_PART.has(p)) && numberIn(value) !== undefined) {
      const label = fieldLabel(field).split(' ').filter((w) => !TARGET_PART.has(w.toLowerCase())).join(' ');
      const amount = numberIn(value);
      const unit = amount?.unit ? '' : (quantity?.unit ?? '');
      const phrase = `${String(value)}${unit}${label ? ` ${label}` : ''}`;
      const reading = quantity ? measured(device, quantity.quantity) : undefined;
      targets.push({ field, phrase, ...(reading ? { now: `${reading.value}${reading.unit}` } : {}) });
      continue;
    }
    const setting = parts.some((p) => SETTING_PART.has(p) || BRIGHTNESS_PART.has(p) || POSITION_PART.has(p))
      || (parts.length === 1 && parts[0] === 'level' && LEVEL_SET_BY.test(caps));
    if (!setting || quantity !== undefined) continue;
    const phrase = readingPhrase(field, value);
    if (phrase) others.push({ field, phrase });
  }
  return [...targets, ...others];
}

/** "Deumidificatore is set to 50% humidity (55% now)", "Ceiling fan is set to speed 3", or undefined with no setting. */
export function settingsSentence(device: Entity, name = device.name): string | undefined {
  const settings = settingsOf(device).slice(0, 3);
  if (settings.length === 0) return undefined;
  const phrases = settings.map((s) => (s.now !== undefined ? `${s.phrase} (${s.now} now)` : s.phrase));
  return `${name} is set to ${phrases.join(', ')}`;
}
