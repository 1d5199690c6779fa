// "how many air conditioners": a heat pump named so ("Bomba de Calor AQS") is an air conditioner only when it moves
// air. One that heats water (a `water_heating`/`hot_water` capability, or "hot water"/"underfloor" in its description)
// and neither cools nor has a fan is an air-to-water heat pump: a water heater, never counted as an AC. One that keeps
// a flow temperature (the water it sends to radiators or underfloor, "Ecodan": `flow_temperature`) and neither cools
// nor moves air is a wet heating system: no AC either ("is the air con on" is answered that there is none).
import type { Entity } from '../../src-shared/protocol/entities';
import type { KindEvidence } from './deviceKinds';

const MOVES_AIR = /^(cool|cooling|fan|fan_speed|fan_mode|ac|air_conditioning|swing|dry)$/;
const HEATS_WATER = /(^|_)(water|dhw)(_|$)/;
const WATER_FLOW = /^flow_?temp(erature)?$/;

/** Drops the air conditioner a heat-pump name gave to a device that only heats water, which is a water heater. */
export function waterHeatPump(entity: Entity, capabilities: readonly string[], found: Map<string, KindEvidence>): void {
  const why = found.get('air_conditioner');
  if (!why || !found.has('heat_pump') || capabilities.some((c) => MOVES_AIR.test(c))) return;
  const description = entity.content['description'];
  const saysWater = typeof description === 'string' && /\b(hot[- ]water|underfloor|floor heating|radiators?)\b/i.test(description);
  if (!capabilities.some((c) => HEATS_WATER.test(c)) && !saysWater) {
    if (capabilities.some((c) => WATER_FLOW.test(c))) found.delete('air_conditioner');
    return;
  }
  found.delete('air_conditioner');
  if (!found.has('water_heater')) found.set('water_heater', why);
}
