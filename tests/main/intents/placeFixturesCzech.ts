// A small Czech home written for the place and follow-up tests (issue 12): room names the place lexicon has no word
// for ("Garáž", "Terasa", "Saunadomek", "Pokoj Petra"), devices whose names start like their room ("Garážová vrata"),
// two kids' rooms, a hallway on each floor, an outdoor zone and doors between rooms. Names and layout are invented for these tests; the lexicon
// has no Czech entries.
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';

const ENTITIES: RawEntity[] = [
  { id: 'cz-home', entity_type: 'home', name: 'Dům Dvořákových', content: {} },
  { id: 'cz-ground', entity_type: 'zone', name: 'Přízemí', content: { kind: 'floor', description: 'ground floor' } },
  { id: 'cz-upper', entity_type: 'zone', name: 'Patro', content: { kind: 'floor', description: 'upstairs' } },
  { id: 'cz-out', entity_type: 'zone', name: 'Venku', content: { kind: 'outdoor' } },
  { id: 'cz-kitchen', entity_type: 'room', name: 'Kuchyně', content: { description: 'kitchen' } },
  { id: 'cz-living', entity_type: 'room', name: 'Obývák', content: { description: 'living room' } },
  { id: 'cz-hall', entity_type: 'room', name: 'Chodba', content: { description: 'hallway' } },
  { id: 'cz-garage', entity_type: 'room', name: 'Garáž', content: {} },
  { id: 'cz-landing', entity_type: 'room', name: 'Horní chodba', content: { description: 'hallway' } },
  { id: 'cz-petr', entity_type: 'room', name: 'Pokoj Petra', content: { description: 'kids room' } },
  { id: 'cz-eva', entity_type: 'room', name: 'Pokoj Evy', content: { description: 'kids room' } },
  { id: 'cz-garden', entity_type: 'room', name: 'Zahrada', content: { description: 'garden' } },
  { id: 'cz-terrace', entity_type: 'room', name: 'Terasa', content: {} },
  { id: 'cz-sauna', entity_type: 'room', name: 'Saunadomek', content: {} },
  { id: 'cz-fridge', entity_type: 'device', name: 'Lednice', content: { type: 'appliance', capabilities: ['temperature_sensor'], state: { temperature: 4 } } },
  { id: 'cz-kitchenlight', entity_type: 'device', name: 'Kuchyňské světlo', content: { type: 'lighting', capabilities: ['power'], state: { power: 'on' } } },
  { id: 'cz-tv', entity_type: 'device', name: 'Televize', content: { type: 'entertainment', capabilities: ['power'] } },
  { id: 'cz-gate', entity_type: 'device', name: 'Garážová vrata', content: { type: 'security', capabilities: ['open_close'], state: { open: false } } },
  { id: 'cz-garagelight', entity_type: 'device', name: 'Garážové světlo', content: { type: 'lighting', capabilities: ['power'], state: { power: 'off' } } },
  { id: 'cz-freezer', entity_type: 'device', name: 'Mraznička', content: { type: 'appliance', capabilities: ['temperature_sensor'], state: { temperature: -20 } } },
  { id: 'cz-stove', entity_type: 'device', name: 'Saunová kamna', content: { type: 'climate', capabilities: ['temperature_control', 'power'], state: { power: 'off', setpoint: 80 } } },
  { id: 'cz-saunalock', entity_type: 'device', name: 'Zámek dveří', content: { type: 'security', capabilities: ['lock_unlock'], state: { lock: 'locked' } } },
  { id: 'cz-saunalight', entity_type: 'device', name: 'Saunové světlo', content: { type: 'lighting', capabilities: ['power'], state: { power: 'off' } } },
  { id: 'cz-terracelight', entity_type: 'device', name: 'Terasové světlo', content: { type: 'lighting', capabilities: ['power'], state: { power: 'off' } } },
  { id: 'cz-camera', entity_type: 'device', name: 'Zahradní kamera', content: { type: 'security', capabilities: ['video', 'motion_detection'] } },
  { id: 'cz-landinglight', entity_type: 'device', name: 'Světlo nahoře', content: { type: 'lighting', capabilities: ['power'] } },
  { id: 'cz-petrlamp', entity_type: 'device', name: 'Lampička Petr', content: { type: 'lighting', capabilities: ['power'], state: { power: 'off' } } },
  { id: 'cz-evalamp', entity_type: 'device', name: 'Lampička Eva', content: { type: 'lighting', capabilities: ['power'], state: { power: 'on' } } },
  { id: 'cz-app-harvia', entity_type: 'app', name: 'MyHarvia', content: { vendor: 'Harvia' } },
  { id: 'cz-night', entity_type: 'automation', name: 'Dobrou noc', content: { trigger: { time: '23:00' } } },
  { id: 'cz-morning', entity_type: 'automation', name: 'Ráno', content: { trigger: { time: '06:30' } } },
];

const EDGES: RawEdge[] = [
  ...['cz-ground', 'cz-upper', 'cz-out'].map((id) => ({ from: id, to: 'cz-home', type: 'part_of' })),
  ...['cz-kitchen', 'cz-living', 'cz-hall', 'cz-garage'].map((id) => ({ from: id, to: 'cz-ground', type: 'located_in' })),
  ...['cz-petr', 'cz-eva', 'cz-landing'].map((id) => ({ from: id, to: 'cz-upper', type: 'located_in' })),
  ...['cz-garden', 'cz-terrace', 'cz-sauna'].map((id) => ({ from: id, to: 'cz-out', type: 'located_in' })),
  { from: 'cz-fridge', to: 'cz-kitchen', type: 'located_in' },
  { from: 'cz-kitchenlight', to: 'cz-kitchen', type: 'located_in' },
  { from: 'cz-tv', to: 'cz-living', type: 'located_in' },
  { from: 'cz-gate', to: 'cz-garage', type: 'located_in' },
  { from: 'cz-garagelight', to: 'cz-garage', type: 'located_in' },
  { from: 'cz-freezer', to: 'cz-garage', type: 'located_in' },
  { from: 'cz-stove', to: 'cz-sauna', type: 'located_in' },
  { from: 'cz-saunalight', to: 'cz-sauna', type: 'located_in' },
  { from: 'cz-saunalock', to: 'cz-sauna', type: 'located_in' },
  { from: 'cz-terracelight', to: 'cz-terrace', type: 'located_in' },
  { from: 'cz-camera', to: 'cz-garden', type: 'located_in' },
  { from: 'cz-landinglight', to: 'cz-landing', type: 'located_in' },
  { from: 'cz-petrlamp', to: 'cz-petr', type: 'located_in' },
  { from: 'cz-evalamp', to: 'cz-eva', type: 'located_in' },
  { from: 'cz-stove', to: 'cz-app-harvia', type: 'controlled_by_app' },
  { from: 'cz-night', to: 'cz-gate', type: 'automates' },
  { from: 'cz-night', to: 'cz-kitchenlight', type: 'automates' },
  { from: 'cz-morning', to: 'cz-kitchenlight', type: 'automates' },
  { from: 'cz-hall', to: 'cz-kitchen', type: 'connects_to', properties: { via: 'door' } },
  { from: 'cz-hall', to: 'cz-living', type: 'connects_to', properties: { via: 'doorway' } },
  { from: 'cz-hall', to: 'cz-garage', type: 'connects_to', properties: { via: 'door' } },
  { from: 'cz-hall', to: 'cz-petr', type: 'connects_to', properties: { via: 'stairs' } },
  { from: 'cz-hall', to: 'cz-eva', type: 'connects_to', properties: { via: 'stairs' } },
  { from: 'cz-living', to: 'cz-terrace', type: 'connects_to', properties: { via: 'sliding_door' } },
  { from: 'cz-terrace', to: 'cz-garden', type: 'connects_to', properties: { via: 'steps' } },
  { from: 'cz-garden', to: 'cz-sauna', type: 'connects_to', properties: { via: 'path' } },
  { from: 'cz-garage', to: 'cz-garden', type: 'connects_to', properties: { via: 'garage_door' } },
];

/** The home as an export file (the same format `importHomeFile` reads). */
export function czechPlacesHome(): string {
  return homeExportJson(ENTITIES, EDGES, 'cz-rel');
}
