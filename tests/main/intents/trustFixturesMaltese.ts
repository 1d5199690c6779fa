// A Maltese house for the round-11 trust tests (issue 12): a kitchen described as "open to" the sala, a gate of the
// home with no room, lights in several rooms with one named for its room, two kettles, a washing machine that reports
// "running", a home battery behind an inverter, an alarm with night/away modes, a door with a smart lock, and two
// water heaters. Invented for these tests.
import type { RawEntity } from './homeExportJson';
import { roomAndDeviceEdges } from './homeExportJson';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({
  id, entity_type: 'device', name, content: { state_updated_at: '2026-05-01T08:30:00Z', ...content },
});

const MT_ROOMS: RawEntity[] = [
  { id: 'mt-home', entity_type: 'home', name: 'Dar tal-Imdina', content: {} },
  { id: 'mt-dahla', entity_type: 'room', name: 'Daħla', content: { description: 'entrance hall' } },
  { id: 'mt-sala', entity_type: 'room', name: 'Sala', content: { description: 'living room' } },
  { id: 'mt-kcina', entity_type: 'room', name: 'Kċina', content: { description: 'kitchen, open to the sala' } },
  { id: 'mt-hasil', entity_type: 'room', name: 'Kamra tal-ħasil', content: { description: 'laundry + utility' } },
  { id: 'mt-banju', entity_type: 'room', name: 'Kamra tal-banju', content: { description: 'bathroom' } },
  { id: 'mt-garaxx', entity_type: 'room', name: 'Garaxx', content: { description: 'garage: the inverter and the batteries' } },
  { id: 'mt-bitha', entity_type: 'room', name: 'Bitħa', content: { description: 'back yard with the barbecue' } },
  { id: 'mt-bieb', entity_type: 'door', name: "Bieb ta' barra", content: { material: 'timber', has_lock: true } },
];

const MT_DEVICES: RawEntity[] = [
  device('mt-grada', 'Grada tal-karozzi', { type: 'security', model: 'sliding gate motor', capabilities: ['open/close'], state: { gate: 'closed' } }),
  device('mt-dwalsala', 'Sala lights', { type: 'lighting', capabilities: ['on/off', 'brightness'], state: { on: true, brightness: 70 } }),
  device('mt-qari', 'Lampa tal-qari', { type: 'lighting', description: 'reading lamp by the sofa', capabilities: ['on/off', 'brightness'], state: { on: false } }),
  device('mt-dwalkcina', 'Dwal tal-Kċina', { type: 'lighting', capabilities: ['on/off'], state: { on: false } }),
  device('mt-dawlbanju', 'Dawl tal-banju', { type: 'lighting', capabilities: ['on/off'], state: { on: false } }),
  device('mt-dwalbitha', 'Dwal tal-bitħa', { type: 'lighting', capabilities: ['on/off'], state: { on: false } }),
  device('mt-kamerabitha', 'Kamera tal-bitħa', { type: 'camera', capabilities: ['recording'], state: { recording: true } }),
  device('mt-kitla', 'Kettle socket', { type: 'switch', model: 'smart plug', capabilities: ['on/off'], state: { on: false } }),
  device('mt-kitlanonna', 'Kettle tan-Nanna', { type: 'switch', model: 'smart plug', description: 'kettle plug, switches off after 3 min', capabilities: ['on/off'], state: { on: false } }),
  device('mt-magna', 'Magna tal-ħasil', { type: 'appliance', description: 'washing machine', capabilities: ['remote_start', 'cycle'], state: { status: 'washing', time_left: '0:25' } }),
  device('mt-dawlhasil', 'Dawl tal-ħasil', { type: 'lighting', capabilities: ['on/off'], state: { on: false } }),
  device('mt-inverter', 'Inverter', { type: 'energy', capabilities: ['solar_production', 'battery', 'grid'], state: { pv_power: '2.1 kW', battery_soc: '71%' } }),
  device('mt-batterija', 'Batterija tal-litju', { type: 'energy', capabilities: ['soc', 'battery'], state: { soc: '71%', status: 'charging' } }),
  device('mt-allarm', 'Allarm', { type: 'security', capabilities: ['arm/disarm', 'night_mode', 'away', 'zones'], state: { status: 'disarmed', zones_open: 0 } }),
  device('mt-serratura', "Serratura tal-bieb ta' barra", { type: 'security', description: "smart lock on the Bieb ta' barra", capabilities: ['lock/unlock', 'battery'], state: { locked: true, battery: '80%' } }),
  device('mt-bojler', 'Bojler', { type: 'appliance', description: 'main hot water cylinder', capabilities: ['element_on/off', 'temperature'], state: { element: 'off', water_temp: 45 } }),
  device('mt-bojlerflat', 'Bojler tal-flat', { type: 'appliance', description: 'water heater in the flat', capabilities: ['on/off', 'temperature'], state: { on: false, water_temp: 40 } }),
  device('mt-dryer', 'Niexef', { type: 'appliance', description: 'tumble dryer', capabilities: ['remote_monitor', 'cycle'], state: { status: 'idle' } }),
];

const PLACE_OF: Readonly<Record<string, string>> = {
  'mt-dwalsala': 'mt-sala', 'mt-qari': 'mt-sala', 'mt-dwalkcina': 'mt-kcina', 'mt-dawlbanju': 'mt-banju', 'mt-dwalbitha': 'mt-bitha',
  'mt-kamerabitha': 'mt-bitha', 'mt-kitla': 'mt-kcina', 'mt-kitlanonna': 'mt-sala', 'mt-magna': 'mt-hasil', 'mt-dawlhasil': 'mt-hasil',
  'mt-inverter': 'mt-garaxx', 'mt-batterija': 'mt-garaxx', 'mt-allarm': 'mt-dahla', 'mt-serratura': 'mt-dahla', 'mt-bojler': 'mt-hasil',
  'mt-bojlerflat': 'mt-banju', 'mt-dryer': 'mt-hasil',
};

export const MT_ENTITIES: RawEntity[] = [...MT_ROOMS, ...MT_DEVICES];
export const MT_EDGES = [
  ...roomAndDeviceEdges('mt-home', MT_ROOMS, MT_DEVICES.filter((d) => d.id !== 'mt-grada'), PLACE_OF, 'mt-sala'),
  { from: 'mt-grada', to: 'mt-home', type: 'part_of', properties: { location: 'driveway' } },
  { from: 'mt-bieb', to: 'mt-dahla', type: 'located_in' },
];
