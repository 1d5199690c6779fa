// A small Danish home written for the trust tests (issue 12): a doorbell whose name holds the word for "door" next to
// the door lock, a sauna with a sensor and a heater (only the heater has an app), a washing machine with no app and a
// dishwasher with a running cycle. Names and layout are invented for these tests.
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';

const ENTITIES: RawEntity[] = [
  { id: 'dk-home', entity_type: 'home', name: 'Hus Skovbrynet', content: {} },
  { id: 'dk-entre', entity_type: 'room', name: 'Entré', content: {} },
  { id: 'dk-sauna', entity_type: 'room', name: 'Kælder', content: {} },
  { id: 'dk-koekken', entity_type: 'room', name: 'Køkken', content: {} },
  { id: 'dk-bryggers', entity_type: 'room', name: 'Bryggers', content: {} },
  { id: 'dk-garage', entity_type: 'room', name: 'Garage', content: {} },
  { id: 'dk-bell', entity_type: 'device', name: 'Dørklokke', content: { type: 'security', manufacturer: 'Ring', capabilities: ['video', 'motion_detection', 'chime'] } },
  { id: 'dk-lock', entity_type: 'device', name: 'Hoveddør lås', content: { type: 'security', manufacturer: 'Danalock', capabilities: ['lock'], state: { lock: 'locked', battery: 64 } } },
  { id: 'dk-backlock', entity_type: 'device', name: 'Bagdør lås', content: { type: 'security', manufacturer: 'Yale', capabilities: ['lock'], state: { lock: 'unlocked' } } },
  { id: 'dk-saunasensor', entity_type: 'device', name: 'Sauna føler', content: { type: 'climate', capabilities: ['temperature_sensor', 'humidity_sensor'], state: { temperature: 71, humidity: 12 } } },
  { id: 'dk-saunaheater', entity_type: 'device', name: 'Sauna varmer', content: { type: 'climate', manufacturer: 'Harvia', capabilities: ['temperature_control', 'power'], state: { power: 'on', setpoint: 80 } } },
  { id: 'dk-washer', entity_type: 'device', name: 'Vaskemaskine', content: { type: 'appliance', manufacturer: 'Miele', capabilities: ['cycle_status'], state: { cycle: 'idle' } } },
  { id: 'dk-dishwasher', entity_type: 'device', name: 'Opvaskemaskine', content: { type: 'appliance', manufacturer: 'Bosch', capabilities: ['remote_start', 'cycle_status'], state: { cycle: 'running', remaining_min: 27 } } },
  { id: 'dk-fridge', entity_type: 'device', name: 'Køleskab', content: { type: 'appliance', manufacturer: 'Gram', capabilities: ['temperature_sensor'] } },
  { id: 'dk-carport', entity_type: 'device', name: 'Garageport', content: { type: 'security', capabilities: ['open_close'], state: { open: false } } },
  { id: 'dk-garagelight', entity_type: 'device', name: 'Garage lampe', content: { type: 'lighting', capabilities: ['power'], state: { power: 'off' } } },
  { id: 'dk-app-ring', entity_type: 'app', name: 'Ring', content: { vendor: 'Ring' } },
  { id: 'dk-app-lock', entity_type: 'app', name: 'Danalock app', content: { vendor: 'Danalock' } },
  { id: 'dk-app-harvia', entity_type: 'app', name: 'MyHarvia', content: { vendor: 'Harvia' } },
  { id: 'dk-app-bosch', entity_type: 'app', name: 'Home Connect', content: { vendor: 'Bosch' } },
];

const EDGES: RawEdge[] = [
  { from: 'dk-entre', to: 'dk-home', type: 'part_of' },
  { from: 'dk-sauna', to: 'dk-home', type: 'part_of' },
  { from: 'dk-koekken', to: 'dk-home', type: 'part_of' },
  { from: 'dk-bryggers', to: 'dk-home', type: 'part_of' },
  { from: 'dk-garage', to: 'dk-home', type: 'part_of' },
  { from: 'dk-bell', to: 'dk-entre', type: 'located_in' },
  { from: 'dk-lock', to: 'dk-entre', type: 'located_in' },
  { from: 'dk-backlock', to: 'dk-bryggers', type: 'located_in' },
  { from: 'dk-saunasensor', to: 'dk-sauna', type: 'located_in' },
  { from: 'dk-saunaheater', to: 'dk-sauna', type: 'located_in' },
  { from: 'dk-washer', to: 'dk-bryggers', type: 'located_in' },
  { from: 'dk-dishwasher', to: 'dk-koekken', type: 'located_in' },
  { from: 'dk-fridge', to: 'dk-koekken', type: 'located_in' },
  { from: 'dk-carport', to: 'dk-garage', type: 'located_in' },
  { from: 'dk-garagelight', to: 'dk-garage', type: 'located_in' },
  { from: 'dk-bell', to: 'dk-app-ring', type: 'controlled_by_app' },
  { from: 'dk-lock', to: 'dk-app-lock', type: 'controlled_by_app' },
  { from: 'dk-saunaheater', to: 'dk-app-harvia', type: 'controlled_by_app' },
  { from: 'dk-dishwasher', to: 'dk-app-bosch', type: 'controlled_by_app' },
];

/** The home as an export file (the same format `importHomeFile` reads). */
export function danishTrustHome(): string {
  return homeExportJson(ENTITIES, EDGES, 'dk-rel');
}
