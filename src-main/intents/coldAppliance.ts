// "do we have a fridge" in a home whose fridge is called "Jääkaappi" or "Kjøl" (no kind word we know) and typed
// "appliance": what it reads says what it is. A device with a door whose every temperature is fridge-cold (4 °C) is a
// fridge, freezer-cold (-18 °C) a freezer; a temperature field named for a compartment ("freezer_c" of a fridge
// freezer) is that compartment's kind. Read from the data, in any language of names.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf } from './capabilityLexicon';
import { stateOf } from './IntentAnswerInput';
import { readingsOf } from './stateQuantities';

/** Fridge compartments hold 0–8 °C; a little either way for a door left open or a reading mid-defrost. */
const FRIDGE_COLD = { min: -2, max: 10 };
/** Freezers hold -18 °C; anything at -10 or below is frozen. */
const FREEZER_COLD = -10;
/** Field words that name a compartment: the kind each one is. */
const COMPARTMENTS: Readonly<Record<string, 'fridge' | 'freezer'>> = { fridge: 'fridge', refrigerator: 'fridge', freezer: 'freezer' };
/** Fields that are the air around a device, never what is inside it ("outdoor_temp" of a unit outside). */
const SURROUNDINGS = /(^|_)(outdoor|outside|room|indoor|ambient|water|floor|air)(_|$)/;

function hasDoor(entity: Entity): boolean {
  return capabilitiesOf(entity).some((c) => /(^|_)door(_|$)/.test(c)) || Object.keys(stateOf(entity)).some((k) => /(^|_)door(_|$)/i.test(k));
}

/**
 * The cold kinds ("fridge", "freezer") the device's readings show. `specific`: something else already says what the
 * device is, so only a compartment's own field name adds a kind (a fridge's "freezer_c" makes it a fridge freezer).
 */
export function coldKindsOf(entity: Entity, specific: boolean): Array<'fridge' | 'freezer'> {
  if (entity.entity_type !== 'device') return [];
  const readings = readingsOf(entity, 'temperature').filter((r) => r.role === 'measured');
  const out = new Set<'fridge' | 'freezer'>();
  for (const r of readings) {
    const kind = r.field.toLowerCase().split(/[_\s-]+/).map((p) => COMPARTMENTS[p]).find((k) => k !== undefined);
    if (kind && (kind === 'freezer' ? r.value <= FREEZER_COLD : r.value <= FRIDGE_COLD.max)) out.add(kind);
  }
  if (specific || out.size > 0 || readings.length === 0 || !hasDoor(entity)) return [...out];
  const inside = readings.filter((r) => !SURROUNDINGS.test(r.field.toLowerCase()));
  if (inside.length === 0 || inside.length !== readings.length) return [];
  for (const r of inside) {
    if (r.value <= FREEZER_COLD) out.add('freezer');
    else if (r.value >= FRIDGE_COLD.min && r.value <= FRIDGE_COLD.max) out.add('fridge');
    else return [];
  }
  return [...out];
}

/** "4°C", "3°C (fridge c), -18°C (freezer c)": the temperatures a cold kind was read from, said as the reason. */
export function coldReadingText(entity: Entity): string {
  const readings = readingsOf(entity, 'temperature').filter((r) => r.role === 'measured');
  const one = readings.length === 1;
  return readings.map((r) => `${r.value}${r.unit.trim() || '°C'}${one ? '' : ` (${r.field.replace(/_/g, ' ')})`}`).join(', ');
}
