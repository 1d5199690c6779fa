// A small Czech home for the issue-12 evidence tests: the lexicon knows no Czech, so what each device is can only be
// read from its description, model or capabilities ("built-in dishwasher", "1PM (extractor fan)", "arm_disarm"), and
// its state uses the field names real exporters use (`current` next to `setpoint`, `freezer_c`, `watts`, `humidity`
// on a fan). Names and layout are invented for these tests.
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';

const AT = '2026-05-01T08:00:00Z';

const ENTITIES: RawEntity[] = [
  { id: 'cz-home', entity_type: 'home', name: 'Chalupa Novákovi', content: {} },
  { id: 'cz-kuchyne', entity_type: 'room', name: 'Kuchyně', content: {} },
  { id: 'cz-pradelna', entity_type: 'room', name: 'Prádelna', content: {} },
  { id: 'cz-koupelna', entity_type: 'room', name: 'Koupelna', content: {} },
  { id: 'cz-obyvak', entity_type: 'room', name: 'Obývák', content: {} },
  { id: 'cz-loznice', entity_type: 'room', name: 'Ložnice', content: {} },
  { id: 'cz-chodba', entity_type: 'room', name: 'Chodba', content: {} },
  { id: 'cz-dvur', entity_type: 'room', name: 'Dvůr', content: {} },
  { id: 'cz-mycka', entity_type: 'device', name: 'Myčka', content: { type: 'appliance', model: 'SMV 4', description: 'built-in dishwasher', capabilities: ['remote_start', 'cycle_status'], state: { cycle: 'finished', remaining_min: 0 }, state_updated_at: AT } },
  { id: 'cz-pracka', entity_type: 'device', name: 'Pračka', content: { type: 'appliance', model: 'W1 Classic', description: 'washing machine', capabilities: ['remote_start', 'cycle_status'], state: { cycle: 'running', program: 'Cottons 40', remaining_min: 47 }, state_updated_at: AT } },
  { id: 'cz-susicka', entity_type: 'device', name: 'Sušička', content: { type: 'appliance', model: 'T1 Eco', description: 'heat-pump tumble dryer', capabilities: ['cycle_status'], state: { cycle: 'idle' }, state_updated_at: AT } },
  { id: 'cz-lednice', entity_type: 'device', name: 'Lednice', content: { type: 'appliance', model: 'KGN 39', description: 'fridge-freezer', capabilities: ['temperature_monitoring', 'door_alarm'], state: { temperature_c: 4, freezer_c: -19, door_open: false }, state_updated_at: AT } },
  { id: 'cz-truhla', entity_type: 'device', name: 'Truhla', content: { type: 'appliance', model: 'LCB 3', description: 'chest freezer', capabilities: ['temperature_monitoring', 'door_alarm'], state: { freezer_c: -21, door_open: false }, state_updated_at: AT } },
  { id: 'cz-trouba', entity_type: 'device', name: 'Trouba', content: { type: 'appliance', model: 'EOD 6', description: 'oven with microwave function', capabilities: ['timer'], state: { power: 'off' }, state_updated_at: AT } },
  { id: 'cz-kavovar', entity_type: 'device', name: 'Kávovar', content: { type: 'appliance', model: 'E8', description: 'bean-to-cup coffee machine', capabilities: ['on_off'], state: { power: 'off', descale_due: true }, state_updated_at: AT } },
  { id: 'cz-ustredna', entity_type: 'device', name: 'Ústředna', content: { type: 'security', model: 'Central 3 alarm panel', capabilities: ['arm_disarm', 'siren'], state: { mode: 'disarmed' }, state_updated_at: AT } },
  { id: 'cz-brana', entity_type: 'device', name: 'Vjezdová brána', content: { type: 'security', model: 'SL-400 sliding gate operator', capabilities: ['open_close'], state: { open: false }, state_updated_at: AT } },
  { id: 'cz-zamek-vchod', entity_type: 'device', name: 'Zámek vchod', content: { type: 'security', model: 'Smart Lock Mini', capabilities: ['lock_unlock', 'battery'], state: { lock: 'locked', battery: 80 }, state_updated_at: AT } },
  // "Lampárna" (a lamp room): a kind word inside a compound name word, which the model and capability outweigh.
  { id: 'cz-zamek-lamparna', entity_type: 'device', name: 'Lampárna', content: { type: 'security', capabilities: ['lock_unlock'], state: { locked: true }, state_updated_at: AT } },
  { id: 'cz-odsavani', entity_type: 'device', name: 'Odsávání', content: { type: 'appliance', model: '1PM (extractor fan)', capabilities: ['on_off', 'humidity_sensing'], state: { power: 'off', humidity: 64 }, state_updated_at: AT } },
  { id: 'cz-podlaha', entity_type: 'device', name: 'Podlahové topení', content: { type: 'climate', model: 'Icon floor heating thermostat', description: 'underfloor heating', capabilities: ['temperature_control', 'schedule'], state: { setpoint: 24, current: 23.5 }, state_updated_at: AT } },
  { id: 'cz-regulator', entity_type: 'device', name: 'Regulátor', content: { type: 'climate', model: 'Icon2 room thermostat', capabilities: ['temperature_control', 'humidity_sensing'], state: { mode: 'heat', setpoint: 22, current: 21.4, humidity: 38 }, state_updated_at: AT } },
  { id: 'cz-hlavice', entity_type: 'device', name: 'Hlavice', content: { type: 'climate', model: 'Ally radiator thermostat', capabilities: ['temperature_control'], state: { target: 19 }, state_updated_at: AT } },
  { id: 'cz-bojler', entity_type: 'device', name: 'Bojler', content: { type: 'climate', model: 'Velis 80', description: '80 L electric water heater', capabilities: ['on_off', 'temperature_control'], state: { power: 'on', setpoint: 60, current: 57 }, state_updated_at: AT } },
  { id: 'cz-zasuvka', entity_type: 'device', name: 'Zásuvka', content: { type: 'electrical', model: 'P110 mini smart plug (desk lamp)', capabilities: ['on_off', 'energy_monitoring'], state: { power: 'on', watts: 9 }, state_updated_at: AT } },
  { id: 'cz-cisticka', entity_type: 'device', name: 'Čistička', content: { type: 'appliance', model: 'Air 4 Pro', capabilities: ['on_off', 'air_quality'], state: { power: 'on', pm25: 7 }, state_updated_at: AT } },
  { id: 'cz-mrazak', entity_type: 'device', name: 'Mrazák', content: { type: 'appliance', model: 'UF 2', description: 'upright freezer', capabilities: ['temperature_monitoring'], state: { freezer_c: -18 }, state_updated_at: AT } },
  { id: 'cz-oko', entity_type: 'device', name: 'Oko dvůr', content: { type: 'security', model: 'RLC 8', capabilities: ['video_streaming', 'motion_detection', 'night_vision'] } },
  { id: 'cz-cidlo', entity_type: 'device', name: 'Čidlo chodba', content: { type: 'sensor', model: 'P2', capabilities: ['motion_detection', 'battery'], state: { motion: false, battery: 70 }, state_updated_at: AT } },
  { id: 'cz-hlidac', entity_type: 'device', name: 'Hlídač vody', content: { type: 'sensor', model: 'T1', capabilities: ['leak_detection'], state: { leak: false }, state_updated_at: AT } },
  { id: 'cz-centrala', entity_type: 'device', name: 'Centrála', content: { type: 'network', model: 'BSB002', ip: '192.168.7.20' } },
];

const ROOM_OF: Record<string, string> = {
  'cz-mycka': 'cz-kuchyne', 'cz-lednice': 'cz-kuchyne', 'cz-trouba': 'cz-kuchyne', 'cz-kavovar': 'cz-kuchyne',
  'cz-pracka': 'cz-pradelna', 'cz-susicka': 'cz-pradelna', 'cz-bojler': 'cz-pradelna', 'cz-truhla': 'cz-pradelna',
  'cz-odsavani': 'cz-koupelna', 'cz-podlaha': 'cz-koupelna', 'cz-regulator': 'cz-obyvak', 'cz-cisticka': 'cz-obyvak',
  'cz-hlavice': 'cz-loznice', 'cz-zasuvka': 'cz-loznice', 'cz-ustredna': 'cz-chodba', 'cz-zamek-vchod': 'cz-chodba',
  'cz-brana': 'cz-dvur', 'cz-zamek-lamparna': 'cz-dvur', 'cz-oko': 'cz-dvur', 'cz-cidlo': 'cz-chodba', 'cz-hlidac': 'cz-pradelna',
  'cz-centrala': 'cz-chodba', 'cz-mrazak': 'cz-kuchyne',
};

const EDGES: RawEdge[] = [
  ...ENTITIES.filter((e) => e.entity_type === 'room').map((e) => ({ from: e.id, to: 'cz-home', type: 'part_of' })),
  ...Object.entries(ROOM_OF).map(([from, to]) => ({ from, to, type: 'located_in' })),
];

export function czechEvidenceHome(): string {
  return homeExportJson(ENTITIES, EDGES, 'cz-edge');
}
