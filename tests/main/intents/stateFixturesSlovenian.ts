// A Slovenian house for the round-7 state tests (issue 12): names the lexicon cannot read, and state written the way
// other exporters write it (`lockState` in camelCase, `battery_percent`, `batt`, `hvac_mode`, `ison`, `run_state`,
// `operationState`, `activity`), a battery given as a word, and a stove read by a thermometer clipped on it. Invented.
import type { RawEdge, RawEntity } from './homeExportJson';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({
  id, entity_type: 'device', name, content: { state_updated_at: '2026-05-01T08:30:00Z', ...content },
});

export const SL_ENTITIES: RawEntity[] = [
  { id: 'sl-home', entity_type: 'home', name: 'Hiša Novak', content: {} },
  { id: 'sl-hodnik', entity_type: 'room', name: 'Hodnik', content: {} },
  { id: 'sl-dnevna', entity_type: 'room', name: 'Dnevna soba', content: {} },
  { id: 'sl-spalnica', entity_type: 'room', name: 'Spalnica', content: {} },
  { id: 'sl-ana', entity_type: 'room', name: 'Anina soba', content: {} },
  { id: 'sl-pralnica', entity_type: 'room', name: 'Pralnica', content: {} },
  { id: 'sl-vrt', entity_type: 'room', name: 'Vrt', content: {} },
  { id: 'sl-vrata', entity_type: 'door', name: 'Vhodna vrata', content: { description: 'front door' } },
  device('sl-lock', 'Vhodna ključavnica', { type: 'security', capabilities: ['lock_unlock', 'battery'], state: { lockState: 'locked', doorSensor: 'closed', battery_percent: 17 } }),
  device('sl-pec', 'Krušna peč', { type: 'climate', description: 'wood-fired tiled stove (krušna peč), not smart', capabilities: ['wood_fired'] }),
  device('sl-tpec', 'Senzor Tomo', { type: 'sensor', description: 'surface thermometer clipped on the krušna peč', capabilities: ['temperature', 'battery'], state: { temperature_c: 52.5, batt: 66 } }),
  device('sl-ventil', 'Ventil Ana', { type: 'climate', description: 'smart radiator valve', capabilities: ['target_temperature', 'battery'], state: { setpoint_c: 20, room_c: 19.1, battery: 'low' } }),
  device('sl-klima1', 'Klima dnevna', { type: 'climate', description: 'split air conditioner', capabilities: ['cool', 'heat', 'set_temperature'], state: { hvac_mode: 'cool', set_temp: 24 } }),
  device('sl-klima2', 'Klima spalnica', { type: 'climate', description: 'split air conditioner', capabilities: ['cool', 'heat', 'set_temperature'], state: { mode: 'off', set_temp: 23 } }),
  device('sl-luc', 'Luč hodnik', { type: 'lighting', capabilities: ['on_off'], state: { ison: true } }),
  device('sl-luc2', 'Luč dnevna', { type: 'lighting', capabilities: ['on_off'], state: { on: false } }),
  device('sl-pralni', 'Pralni stroj', { type: 'appliance', description: 'washing machine', capabilities: ['remote_start'], state: { run_state: 'running', remain_time: '0:35' } }),
  device('sl-susilni', 'Sušilni stroj', { type: 'appliance', description: 'heat pump tumble dryer', capabilities: ['cycle_status'], state: { operationState: 'inactive' } }),
  device('sl-hladilnik', 'Hladilnik', { type: 'appliance', description: 'fridge-freezer', capabilities: ['temperature_monitoring'], state: { fridge_temp: 4, freezer_temp: -19 } }),
  device('sl-skrinja', 'Skrinja', { type: 'appliance', description: 'chest freezer', capabilities: ['temperature'], state: { temp: -18.5 } }),
  device('sl-kosilnica', 'Kosilnica', { type: 'garden', description: 'robot mower', capabilities: ['mowing', 'battery'], state: { activity: 'PARKED_IN_CS', battery_pct: 100 } }),
];

const IN: Array<[string, string]> = [
  ['sl-vrata', 'sl-hodnik'], ['sl-lock', 'sl-hodnik'], ['sl-luc', 'sl-hodnik'], ['sl-pec', 'sl-dnevna'], ['sl-tpec', 'sl-dnevna'], ['sl-klima1', 'sl-dnevna'],
  ['sl-luc2', 'sl-dnevna'], ['sl-klima2', 'sl-spalnica'], ['sl-ventil', 'sl-ana'], ['sl-pralni', 'sl-pralnica'], ['sl-susilni', 'sl-pralnica'], ['sl-kosilnica', 'sl-vrt'], ['sl-hladilnik', 'sl-hodnik'], ['sl-skrinja', 'sl-pralnica'],
];

export const SL_EDGES: RawEdge[] = [
  ...['sl-hodnik', 'sl-dnevna', 'sl-spalnica', 'sl-ana', 'sl-pralnica', 'sl-vrt'].map((id) => ({ from: id, to: 'sl-home', type: 'part_of' })),
  ...IN.map(([from, to]) => ({ from, to, type: 'located_in' })),
];
