// A home that says its temperatures are °F ("units": "fahrenheit" / "imperial") and writes none in °C: what its
// devices keep without a unit ("temperature": 68, "setpoint": 70) is °F, yet the reading formatters (stateQuantities,
// fieldMeanings, scheduleText, coldAppliance) print a bare temperature field as °C, so "71°C" was stated as fact. A
// wrong unit is a trust bug: the engine's own answer says °F there, for figures the home's state holds. A home that
// writes a °C value or a `_c`/`celsius` field anywhere keeps its answers as they were (its units are mixed).
import type { HomeSnapshot } from './HomeIndex';
import { stateOf } from './IntentAnswerInput';
import { homeTemperatureUnit } from './temperatureUnit';
import { numberIn } from './valueUnits';

/** Per snapshot: the numbers its devices' and automations' states hold, when the home is °F only; else undefined. */
const FAHRENHEIT_FIGURES = new WeakMap<HomeSnapshot, { figures: Set<number> | undefined }>();

function figuresOf(value: unknown, into: Set<number>, celsius: { seen: boolean }, field = ''): void {
  if (Array.isArray(value)) for (const v of value) figuresOf(v, into, celsius, field);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) figuresOf(v, into, celsius, k);
  else {
    const n = numberIn(value);
    if (!n) return;
    if (n.unit.toUpperCase() === '°C' || /(^|_)(c|celsius)$/i.test(field)) celsius.seen = true;
    into.add(n.value);
  }
}

function fahrenheitFigures(snapshot: HomeSnapshot): Set<number> | undefined {
  const known = FAHRENHEIT_FIGURES.get(snapshot);
  if (known) return known.figures;
  let figures: Set<number> | undefined;
  if (homeTemperatureUnit(snapshot) === '°F') {
    figures = new Set();
    const celsius = { seen: false };
    for (const entity of [...snapshot.devices, ...snapshot.automations]) figuresOf(entity.entity_type === 'device' || entity.entity_type === 'window' ? stateOf(entity) : entity.content, figures, celsius);
    if (celsius.seen) figures = undefined;
  }
  FAHRENHEIT_FIGURES.set(snapshot, { figures });
  return figures;
}

/** "Freezer Sensor (Garage): 5°C" → "5°F" in a °F-only home, for a figure its state holds; any other text as it was. */
export function inHomeUnit(text: string, snapshot: HomeSnapshot): string {
  if (!text.includes('°C')) return text;
  const figures = fahrenheitFigures(snapshot);
  if (!figures) return text;
  return text.replace(/(-?\d+(?:\.\d+)?)\s?°C(?![A-Za-z])/g, (all: string, n: string) => (figures.has(Number(n)) ? `${n}°F` : all));
}
