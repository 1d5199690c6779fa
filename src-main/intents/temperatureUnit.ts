// The temperature unit a device speaks in. A US home writes "76 °F" (or "target_f"): its setpoints are answered and
// proposed in °F, never as "76°C". A device that writes no unit takes its home's: the unit most of the home's devices
// write, read once per snapshot.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { stateOf } from './IntentAnswerInput';
import { numberIn } from './valueUnits';

export type TemperatureUnit = '°C' | '°F';

const HOME_UNIT = new WeakMap<HomeSnapshot, TemperatureUnit>();

/** The unit the device's own state writes its temperatures in, when it writes one. */
function writtenUnit(device: Entity): TemperatureUnit | undefined {
  for (const [field, raw] of Object.entries(stateOf(device))) {
    // `unit: "F"`, `temperature_unit: "fahrenheit"`: the unit said once for every reading.
    if (/^(temperature_)?units?$/i.test(field) && typeof raw === 'string') {
      if (/^°?\s*f(ahrenheit)?$/i.test(raw.trim())) return '°F';
      if (/^°?\s*c(elsius)?$/i.test(raw.trim())) return '°C';
    }
    const unit = numberIn(raw)?.unit.toUpperCase();
    if (unit === '°F') return '°F';
    if (unit === '°C') return '°C';
    if (typeof raw === 'number' && /(temp|temperature|setpoint|target)_f$/i.test(field)) return '°F';
  }
  return undefined;
}

export function homeTemperatureUnit(snapshot: HomeSnapshot): TemperatureUnit {
  const known = HOME_UNIT.get(snapshot);
  if (known) return known;
  let f = 0;
  let c = 0;
  for (const d of snapshot.devices) {
    const unit = writtenUnit(d);
    if (unit === '°F') f++;
    else if (unit === '°C') c++;
  }
  const unit: TemperatureUnit = f > c ? '°F' : '°C';
  HOME_UNIT.set(snapshot, unit);
  return unit;
}

export function temperatureUnitOf(device: Entity, snapshot: HomeSnapshot): TemperatureUnit {
  return writtenUnit(device) ?? homeTemperatureUnit(snapshot);
}
