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

/** The unit a home entity says for all of it: `units`, `unit`, `temperature_unit` ("fahrenheit", "imperial", "°F"). */
function homeUnit(home: Entity): TemperatureUnit | undefined {
  const content: Record<string, unknown> = home.content;
  for (const field of ['units', 'unit', 'temperature_unit', 'temperature_units', 'unit_system']) {
    const raw = content[field];
    if (typeof raw !== 'string') continue;
    if (/^\s*(°?\s*f|fahrenheit|imperial|us|us customary)\s*$/i.test(raw)) return '°F';
    if (/^\s*(°?\s*c|celsius|metric|si)\s*$/i.test(raw)) return '°C';
  }
  return undefined;
}

export function homeTemperatureUnit(snapshot: HomeSnapshot): TemperatureUnit {
  const known = HOME_UNIT.get(snapshot);
  if (known) return known;
  let f = 0;
  let c = 0;
  // The home itself may say its units once ("units": "fahrenheit" / "imperial"): that outweighs any device count.
  for (const home of snapshot.homes) {
    const said = homeUnit(home);
    if (said === '°F') f += 1000;
    else if (said === '°C') c += 1000;
  }
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
