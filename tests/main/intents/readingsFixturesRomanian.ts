// A Romanian flat for the readings tests (issue 12): device and place names the lexicon cannot read, kinds said only in
// English descriptions, and state fields under the names exporters really use (`bri`, `current_pos`, `valve_state`,
// `flood`, `occupancy`, `co_ppm`, `power_w`, `dhw_temp`, `temp_out`, `food_level`). Invented for these tests.
import type { RawEdge, RawEntity } from './homeExportJson';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({
  id, entity_type: 'device', name, content: { state_updated_at: '2026-05-01T08:30:00Z', ...content },
});

export const RO_ENTITIES: RawEntity[] = [
  { id: 'ro-home', entity_type: 'home', name: 'Apartament Cluj', content: {} },
  { id: 'ro-out', entity_type: 'zone', name: 'Afară', content: { kind: 'outdoor' } },
  { id: 'ro-bucatarie', entity_type: 'room', name: 'Bucătărie', content: { description: 'kitchen' } },
  { id: 'ro-sufragerie', entity_type: 'room', name: 'Sufragerie', content: { description: 'living room' } },
  { id: 'ro-dormitor', entity_type: 'room', name: 'Dormitor', content: { description: 'bedroom' } },
  { id: 'ro-hol', entity_type: 'room', name: 'Hol', content: { description: 'hallway' } },
  { id: 'ro-baie', entity_type: 'room', name: 'Baie', content: { description: 'bathroom' } },
  { id: 'ro-ioana', entity_type: 'room', name: 'Camera Ioanei', content: {} },
  { id: 'ro-birou', entity_type: 'room', name: 'Birou', content: { description: 'study' } },
  { id: 'ro-balcon', entity_type: 'room', name: 'Balcon', content: { description: 'balcony' } },
  device('ro-dish', 'Mașină de Spălat Vase', { type: 'appliance', description: 'dishwasher', capabilities: ['remote_start', 'cycle_status'], state: { program: 'Eco 50', phase: 'drying', remaining_min: 25 } }),
  device('ro-wash', 'Mașină de Spălat Rufe', { type: 'appliance', description: 'washing machine', capabilities: ['cycle_status'], state: { status: 'spinning', remaining_min: 6 } }),
  device('ro-aq', 'Senzor Aer Sufragerie', { type: 'climate', capabilities: ['co2', 'pm25', 'temperature', 'humidity'], state: { co2_ppm: 870, pm25: 9, temperature: 22.1, humidity: 41 } }),
  device('ro-aq2', 'Senzor Aer Ioana', { type: 'climate', capabilities: ['voc', 'temperature', 'humidity'], state: { voc_ppb: 180, temperature: 20.4, humidity: 52 } }),
  device('ro-meteo', 'Stație Meteo', { type: 'sensor', capabilities: ['temperature', 'humidity'], state: { temp_out: -1.5, humidity_out: 88 } }),
  device('ro-speaker', 'Boxă Sufragerie', { type: 'entertainment', model: 'smart speaker', capabilities: ['audio_playback', 'volume'], state: { status: 'paused', volume: 30, source: 'Radio Cluj' } }),
  device('ro-ceiling', 'Lustră Sufragerie', { type: 'lighting', description: 'ceiling light', capabilities: ['on_off', 'brightness'], state: { on: true, bri: 60 } }),
  device('ro-blind1', 'Jaluzele Sufragerie', { type: 'appliance', description: 'roller blinds motor', capabilities: ['open_close', 'position'], state: { current_pos: 100 } }),
  device('ro-blind2', 'Jaluzele Dormitor', { type: 'appliance', description: 'roller blinds motor', capabilities: ['open_close', 'position'], state: { current_pos: 0 } }),
  device('ro-motion', 'Senzor Mișcare Hol', { type: 'security', capabilities: ['motion', 'battery'], state: { occupancy: false, battery: 80 } }),
  device('ro-co', 'Detector Monoxid', { type: 'security', description: 'carbon monoxide detector next to the boiler', capabilities: ['co_detection'], state: { co_ppm: 0 } }),
  device('ro-leak', 'Senzor Inundație', { type: 'security', description: 'under the sink', capabilities: ['water_leak', 'battery'], state: { flood: false, battery: 90 } }),
  device('ro-strip', 'Prelungitor Birou', { type: 'appliance', description: 'smart power strip for the computer and monitor', capabilities: ['on_off', 'energy_monitoring'], state: { on: true, power_w: 120 } }),
  device('ro-bike', 'Priză Bicicletă', { type: 'appliance', description: 'plug for the e-bike charger', capabilities: ['on_off', 'energy_monitoring'], state: { on: true, power_w: 70 } }),
  device('ro-boiler', 'Centrală Termică', { type: 'climate', description: 'gas combi boiler (central heating + hot water)', capabilities: ['heating', 'hot_water'], state: { status: 'heating', flow_temp: 60, dhw_temp: 45 } }),
  device('ro-thermostat', 'Termostat Cameră', { type: 'climate', description: 'room thermostat for the gas boiler', capabilities: ['temperature_control'], state: { room_temp: 21.3, target_temp: 22 } }),
  device('ro-valve', 'Robinet Apă', { type: 'appliance', description: 'main water shut-off valve', capabilities: ['open_close'], state: { valve_state: 'open' } }),
  device('ro-feeder', 'Hrănitor Pisică', { type: 'appliance', description: 'automatic cat feeder', capabilities: ['food_level', 'schedule'], state: { food_level: 'low', portions_today: 2 } }),
  device('ro-purifier', 'Purificator Aer', { type: 'appliance', description: 'air purifier', capabilities: ['on_off', 'fan_speed'], state: { power: 'on', speed: 'auto', pm2_5: 8 } }),
  device('ro-humid', 'Umidificator', { type: 'appliance', description: 'humidifier', capabilities: ['on_off', 'humidity'], state: { on: false, humidity: 45 } }),
  device('ro-tv', 'Televizor', { type: 'entertainment', capabilities: ['on_off', 'volume'], state: { power: 'off' } }),
  device('ro-mvhr', 'Recuperator', { type: 'climate', description: 'heat recovery ventilation', capabilities: ['fan_speed', 'bypass', 'filter_status'], state: { fan_level: 2, bypass: 'closed', filter_days_left: 20 } }),
  device('ro-smoke1', 'Detector Fum Hol', { type: 'security', model: 'smoke detector', capabilities: ['smoke', 'battery'], state: { smoke: false, battery: 15 } }),
  device('ro-smoke2', 'Detector Fum Bucătărie', { type: 'security', model: 'smoke detector', capabilities: ['smoke', 'battery'], state: { smoke: false, battery: 88 } }),
  device('ro-dryer', 'Uscător', { type: 'appliance', capabilities: ['cycle_status'], state: { status: 'idle' } }),
  device('ro-fridge', 'Frigider', { type: 'appliance', description: 'fridge', capabilities: ['temperature_monitoring', 'door_alarm'], state: { door: 'closed', temp_c: 4 } }),
  device('ro-lock', 'Yală Intrare', { type: 'security', model: 'smart lock', capabilities: ['lock_unlock'], state: { locked: true } }),
  device('ro-balcony-temp', 'Termometru Balcon', { type: 'sensor', description: 'water butt thermometer', capabilities: ['temperature'], state: { water_temp_c: 12.5 } }),
];

const IN: Array<[string, string]> = [
  ['ro-dish', 'ro-bucatarie'], ['ro-wash', 'ro-baie'], ['ro-aq', 'ro-sufragerie'], ['ro-aq2', 'ro-ioana'], ['ro-meteo', 'ro-out'],
  ['ro-speaker', 'ro-sufragerie'], ['ro-ceiling', 'ro-sufragerie'], ['ro-blind1', 'ro-sufragerie'], ['ro-blind2', 'ro-dormitor'],
  ['ro-motion', 'ro-hol'], ['ro-co', 'ro-baie'], ['ro-leak', 'ro-bucatarie'], ['ro-strip', 'ro-birou'], ['ro-bike', 'ro-hol'],
  ['ro-boiler', 'ro-baie'], ['ro-thermostat', 'ro-hol'], ['ro-valve', 'ro-bucatarie'], ['ro-feeder', 'ro-bucatarie'],
  ['ro-purifier', 'ro-sufragerie'], ['ro-humid', 'ro-dormitor'], ['ro-tv', 'ro-sufragerie'], ['ro-mvhr', 'ro-baie'], ['ro-balcony-temp', 'ro-balcon'], ['ro-smoke1', 'ro-hol'], ['ro-dryer', 'ro-baie'], ['ro-fridge', 'ro-bucatarie'], ['ro-lock', 'ro-hol'], ['ro-smoke2', 'ro-bucatarie'],
];

export const RO_EDGES: RawEdge[] = [
  { from: 'ro-out', to: 'ro-home', type: 'part_of' },
  ...['ro-bucatarie', 'ro-sufragerie', 'ro-dormitor', 'ro-hol', 'ro-baie', 'ro-ioana', 'ro-birou', 'ro-balcon'].map((id) => ({ from: id, to: 'ro-home', type: 'part_of' })),
  ...IN.map(([from, to]) => ({ from, to, type: 'located_in' })),
];
