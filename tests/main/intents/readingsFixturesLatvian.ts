// A Latvian house for the round-6 readings tests (issue 12): names the lexicon cannot read, kinds said in English
// descriptions or models, and state fields under exporters' own names (`set_temp` next to `room_temp`,
// `pellet_level_pct`, `playing: true`, a garage opener's `light`). Invented for these tests.
import type { RawEdge, RawEntity } from './homeExportJson';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({
  id, entity_type: 'device', name, content: { state_updated_at: '2026-05-01T08:30:00Z', ...content },
});

export const LV_ENTITIES: RawEntity[] = [
  { id: 'lv-home', entity_type: 'home', name: 'Māja Ozoli', content: {} },
  { id: 'lv-virtuve', entity_type: 'room', name: 'Virtuve', content: { description: 'kitchen' } },
  { id: 'lv-gulam', entity_type: 'room', name: 'Guļamistaba', content: { description: 'bedroom' } },
  { id: 'lv-viesi', entity_type: 'room', name: 'Viesistaba', content: { description: 'living room' } },
  { id: 'lv-katli', entity_type: 'room', name: 'Katlu telpa', content: { description: 'boiler room' } },
  { id: 'lv-garaza', entity_type: 'room', name: 'Garāža', content: { description: 'garage' } },
  { id: 'lv-terase', entity_type: 'room', name: 'Terase', content: { description: 'terrace' } },
  { id: 'lv-prieksnams', entity_type: 'room', name: 'Priekšnams', content: { description: 'entrance hall' } },
  { id: 'lv-kapnes', entity_type: 'room', name: 'Kāpņu halle', content: { description: 'upstairs hallway' } },
  { id: 'lv-skunis', entity_type: 'room', name: 'Šķūnis', content: { description: 'shed' } },
  { id: 'lv-ardurvis', entity_type: 'door', name: 'Ārdurvis', content: { state: { open: false } } },
  { id: 'lv-pagrabs', entity_type: 'door', name: 'Pagraba durvis', content: { state: { open: true } } },
  device('lv-katls', 'Granulu katls', { type: 'climate', description: 'wood-pellet boiler for the radiators', capabilities: ['heating', 'pellet_level'], state: { status: 'running', boiler_temp: 71, pellet_level_pct: 41 } }),
  device('lv-vela', 'Veļas mašīna', { type: 'appliance', description: 'washing machine', capabilities: ['cycle_status'], state: { status: 'running', program: 'Kokvilna 40', remaining_min: 37 } }),
  device('lv-kondi', 'Kondicionieris guļamistabā', { type: 'climate', description: 'split air conditioner', capabilities: ['cool', 'heat', 'set_temperature'], state: { power: 'off', set_temp: 22, room_temp: 18.7 } }),
  device('lv-kondi2', 'Kondicionieris viesistabā', { type: 'climate', description: 'split air conditioner', capabilities: ['cool', 'heat', 'set_temperature'], state: { power: 'on', set_temp: 23, room_temp: 21.9 } }),
  device('lv-termo', 'Telpas termostats', { type: 'climate', capabilities: ['setpoint', 'temperature'], state: { setpoint: 21, temperature: 20.6 } }),
  device('lv-josla', 'Skaņas josla', { type: 'entertainment', description: 'soundbar', capabilities: ['audio_playback', 'volume'], state: { playing: true, source: 'Radio SWH' } }),
  device('lv-tv', 'Televizors', { type: 'entertainment', model: 'QE55 smart TV', capabilities: ['on_off', 'volume', 'source'], state: { power: 'off', source: 'HDMI 2' } }),
  device('lv-rullo1', 'Rullo viesistabā', { type: 'shading', model: 'Plus 2PM (roller shutter)', capabilities: ['open_close', 'position'], state: { position: 0, state: 'closed' } }),
  device('lv-rullo2', 'Rullo guļamistabā', { type: 'shading', model: 'Plus 2PM (roller shutter)', capabilities: ['open_close', 'position'], state: { position: 100, state: 'open' } }),
  device('lv-markize', 'Markīze', { type: 'shading', description: 'terrace awning', capabilities: ['extend_retract', 'position'], state: { position: 0 } }),
  device('lv-varti', 'Garāžas vārti', { type: 'security', model: 'SupraMatic garage door opener', capabilities: ['open/close', 'light'], state: { door: 'closed', light: 'off' } }),
  device('lv-saldetava', 'Saldētava', { type: 'appliance', description: 'chest freezer', capabilities: ['temperature_monitoring'], state: { temperature: -20, alarm: false } }),
  device('lv-signal', 'Signalizācija', { type: 'security', description: 'burglar alarm panel', capabilities: ['arm_away', 'disarm'], state: { status: 'disarmed' } }),
  device('lv-co', 'CO sensors', { type: 'security', description: 'carbon monoxide detector', capabilities: ['co_detection', 'battery'], state: { co_ppm: 0, battery: 90 } }),
  device('lv-cepeskrasns', 'Cepeškrāsns', { type: 'appliance', description: 'built-in oven', capabilities: ['on_off', 'oven_temperature'], state: { power: 'on', temp: 200 } }),
  device('lv-trauki', 'Trauku mašīna', { type: 'appliance', description: 'dishwasher', capabilities: ['cycle_status'], state: { status: 'finished', remaining_min: 0 } }),
  device('lv-mitrums', 'Mitruma sensors', { type: 'sensor', capabilities: ['humidity', 'temperature'], state: { humidity: 48, temperature: 22.6 } }),
  device('lv-kustiba', 'Kustības sensors', { type: 'security', capabilities: ['motion', 'battery'], state: { motion: false, battery: 14 } }),
  device('lv-slotene', 'Durvju slēdzene', { type: 'security', description: 'smart lock', capabilities: ['lock_unlock', 'battery'], state: { lock: 'locked', battery: 26 } }),
  device('lv-zvans', 'Durvju zvans', { type: 'security', description: 'video doorbell', capabilities: ['video'] }),
  device('lv-nopludes', 'Noplūdes sensors', { type: 'sensor', capabilities: ['water_leak', 'battery'], state: { water_leak: false, battery: 93 } }),
  device('lv-kapnu-kust', 'Kāpņu kustības sensors', { type: 'security', capabilities: ['motion', 'battery'], state: { motion: true, battery: 70 } }),
  device('lv-skaititajs', 'Elektrības skaitītājs', { type: 'energy', description: 'smart meter reader', capabilities: ['energy_monitoring'], state: { import_w: 1850, export_w: 0 } }),
  device('lv-attiritajs', 'Gaisa attīrītājs', { type: 'appliance', description: 'air purifier', capabilities: ['on_off', 'air_quality'], state: { on: true, pm2_5: 7 } }),
  device('lv-rozete', 'Rozete velosipēdam', { type: 'electrical', description: 'smart plug for the e-bike charger', capabilities: ['switch', 'power_metering'], state: { relay: 'on', power_w: 85 } }),
  device('lv-skuna-slot', 'Šķūņa slēdzene', { type: 'security', description: 'bike-shed lock', capabilities: ['lock_unlock'], state: { lock: 'locked' } }),
  device('lv-ledus', 'Ledusskapis', { type: 'appliance', description: 'fridge', capabilities: ['temperature_monitoring'], state: { temp_c: 4 } }),
  device('lv-appletv', 'Apple TV', { type: 'entertainment', model: 'Apple TV 4K', capabilities: ['power', 'media_playback'], state: { power: 'off' } }),
  device('lv-siltumsuknis', 'Siltumsūknis', { type: 'climate', description: 'heat pump for hot water and underfloor heating', capabilities: ['water_heating', 'temperature_control'], state: { tank_temp: 49, target: 50 } }),
  device('lv-lampa1', 'Naktslampa Anna', { type: 'lighting', capabilities: ['on_off'], state: { on: true } }),
  device('lv-lampa2', 'Naktslampa Jānis', { type: 'lighting', capabilities: ['on_off'], state: { on: false } }),
  device('lv-griesti', 'Griestu gaisma virtuvē', { type: 'lighting', capabilities: ['on_off'], state: { on: true } }),
];

const inRoom = (device: string, room: string): RawEdge => ({ from: device, to: room, type: 'located_in' });

export const LV_EDGES: RawEdge[] = [
  ...['lv-virtuve', 'lv-gulam', 'lv-viesi', 'lv-katli', 'lv-garaza', 'lv-terase', 'lv-prieksnams', 'lv-kapnes', 'lv-skunis'].map((room): RawEdge => ({ from: room, to: 'lv-home', type: 'part_of' })),
  inRoom('lv-katls', 'lv-katli'), inRoom('lv-vela', 'lv-katli'), inRoom('lv-kondi', 'lv-gulam'), inRoom('lv-kondi2', 'lv-viesi'), inRoom('lv-termo', 'lv-viesi'),
  inRoom('lv-josla', 'lv-viesi'), inRoom('lv-tv', 'lv-viesi'), inRoom('lv-rullo1', 'lv-viesi'), inRoom('lv-rullo2', 'lv-gulam'),
  inRoom('lv-markize', 'lv-terase'), inRoom('lv-varti', 'lv-garaza'), inRoom('lv-lampa1', 'lv-gulam'), inRoom('lv-lampa2', 'lv-gulam'),
  inRoom('lv-griesti', 'lv-virtuve'), inRoom('lv-saldetava', 'lv-garaza'), inRoom('lv-signal', 'lv-garaza'), inRoom('lv-co', 'lv-katli'),
  inRoom('lv-cepeskrasns', 'lv-virtuve'), inRoom('lv-trauki', 'lv-virtuve'), inRoom('lv-mitrums', 'lv-virtuve'), inRoom('lv-kustiba', 'lv-prieksnams'),
  inRoom('lv-slotene', 'lv-prieksnams'), inRoom('lv-zvans', 'lv-prieksnams'), inRoom('lv-nopludes', 'lv-katli'), inRoom('lv-ardurvis', 'lv-prieksnams'),
  inRoom('lv-kapnu-kust', 'lv-kapnes'), inRoom('lv-skaititajs', 'lv-prieksnams'), inRoom('lv-attiritajs', 'lv-gulam'), inRoom('lv-rozete', 'lv-skunis'),
  inRoom('lv-skuna-slot', 'lv-skunis'), inRoom('lv-ledus', 'lv-virtuve'), inRoom('lv-appletv', 'lv-viesi'), inRoom('lv-siltumsuknis', 'lv-katli'),
];
