// Readings written with their unit inside the value: `current: "19.6°C"`, `rh: "58%"`, `current_power: "0 W"`,
// `pressure: "2.9 bar"`, `battery: "73%"`. Many exporters (Hive, Tapo, smart-meter displays) write state this way, so a
// reading is a number whether the home wrote `19.6` or `"19.6°C"`; the unit in the value says what it measures when
// the field's name does not ("cylinder": "48°C" is a temperature).
import type { Quantity } from './stateQuantities';

export interface UnitValue {
  value: number;
  /** As printed after the number: "°C", "%", " W", " bar", "" when the value had none. */
  unit: string;
}

/** A number, then at most one unit word ("°C", "%", "kWh", "L/min", "p/kWh", "µg/m³": a power in the denominator
 *  too, or a PM2.5 reading of "52 µg/m³" is no number and its room "reports no air quality"); nothing else around it. */
const WITH_UNIT = /^\s*([-+]?\d+(?:[.,]\d+)?)\s*(°\s*[CF]|%|[A-Za-zµ³²]+(?:\/[A-Za-zµ³²]+)?)?\s*$/;

/** The number in a state value and its unit: 21 → 21, "19.6°C" → 19.6 °C, "0 W" → 0 W; "1h 05m", "low", "on" → none. */
export function numberIn(value: unknown): UnitValue | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, unit: '' } : undefined;
  if (typeof value !== 'string' || value.length > 24) return undefined;
  const m = WITH_UNIT.exec(value);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(',', '.'));
  if (!Number.isFinite(n)) return undefined;
  const unit = (m[2] ?? '').replace(/\s+/g, '');
  return { value: n, unit: unit === '' || unit === '%' || unit.startsWith('°') ? unit : ` ${unit}` };
}

/** What a unit measures, when the unit alone says it (a percentage or "bar" does not say temperature or power). */
const UNIT_QUANTITY: Readonly<Record<string, Quantity>> = {
  '°c': 'temperature', '°f': 'temperature', w: 'power', kw: 'power', kwh: 'energy', wh: 'energy', mwh: 'energy',
  bar: 'pressure', mbar: 'pressure', psi: 'pressure', hpa: 'pressure', kpa: 'pressure',
};

export function quantityOfUnit(unit: string): Quantity | undefined {
  return UNIT_QUANTITY[unit.trim().toLowerCase()];
}
