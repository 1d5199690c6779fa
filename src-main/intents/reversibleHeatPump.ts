// A ductless mini-split or other air conditioner that heats is a heat pump: that is what a reversible one is, and what a
// household that heats with mini-splits calls them ("set the upstairs heat pump to 21", "the manual for the heat
// pumps"). Its name says "mini-split" and no word says "heat pump", so the aspect kind is read from what it does: a
// mode, or a list of modes, in its state or content that says it heats.
import type { Entity } from '../../src-shared/protocol/entities';
import type { KindEvidence } from './deviceKinds';

const MODE_FIELDS = ['mode', 'hvac_mode', 'modes', 'hvac_modes', 'supported_modes'] as const;
const HEATS = /^(heat|heating|heat_cool|heat-cool|auto_heat)$/i;

/** Adds the heat pump aspect to an air conditioner whose modes say it heats. */
export function reversibleHeatPump(entity: Entity, _capabilities: readonly string[], found: Map<string, KindEvidence>): void {
  const why = found.get('air_conditioner');
  if (!why || found.has('heat_pump')) return;
  const state = entity.content['state'];
  const sources = [entity.content, ...(state && typeof state === 'object' ? [state as Record<string, unknown>] : [])];
  const heats = sources.some((source) => MODE_FIELDS.some((field) => {
    const value = source[field];
    return Array.isArray(value) ? value.some((v) => typeof v === 'string' && HEATS.test(v)) : typeof value === 'string' && HEATS.test(value);
  }));
  if (heats) found.set('heat_pump', why);
}
