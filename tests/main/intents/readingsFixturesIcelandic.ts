// An Icelandic house for the round-10 readings tests (issue 12): names the lexicon cannot read, an alarm whose mode
// is in a field of its own, leak sensors under two exporters' field names, plugs and a ventilation unit read by their
// own fields, and the notes, manual, procedure and schedule a household writes. Invented for these tests.
import type { RawEdge, RawEntity } from './homeExportJson';
import { roomAndDeviceEdges } from './homeExportJson';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({
  id, entity_type: 'device', name, content: { state_updated_at: '2026-05-01T08:30:00Z', ...content },
});

const IS_ROOMS: RawEntity[] = [
  { id: 'is-home', entity_type: 'home', name: 'Hús við Sjávargötu', content: {} },
  { id: 'is-stofa', entity_type: 'room', name: 'Stofa', content: { description: 'living room' } },
  { id: 'is-eldhus', entity_type: 'room', name: 'Eldhús', content: { description: 'kitchen' } },
  { id: 'is-thvotta', entity_type: 'room', name: 'Þvottahús', content: { description: 'laundry room' } },
  { id: 'is-taekni', entity_type: 'room', name: 'Tæknirými', content: { description: 'plant room' } },
  { id: 'is-and', entity_type: 'room', name: 'Anddyri', content: { description: 'entrance hall' } },
  { id: 'is-kjallari', entity_type: 'room', name: 'Kjallari', content: { description: 'cellar: the aquarium and the tools' } },
];

const IS_DEVICES: RawEntity[] = [
  device('is-vorn', 'Öryggiskerfi', { type: 'security', description: 'alarm panel (þjófavörn)', capabilities: ['arm/disarm', 'zones'], state: { alarm_mode: 'disarmed', zones_open: 0 } }),
  device('is-leki1', 'Lekanemi þvottahús', { type: 'sensor', model: 'Water Leak Sensor W1', capabilities: ['water_leak', 'battery'], state: { water_leak: false, battery: 64 } }),
  device('is-leki2', 'Lekanemi eldhús', { type: 'sensor', description: 'under the sink', capabilities: ['water_leak'], state: { flood: false } }),
  device('is-leki3', 'Lekanemi tæknirými', { type: 'sensor', capabilities: ['water_leak'], state: { flood: false } }),
  device('is-thvottavel', 'Þvottavél', { type: 'appliance', description: 'washing machine', state: { status: 'running', program: 'Bómull 40', time_left: '0:37' } }),
  device('is-hitadaela', 'Hitadæla', { type: 'climate', description: 'heat pump for the floors and the hot water', state: { compressor: 'running', cop: 3.4, supply_temp: '34 °C' } }),
  device('is-loftskipti', 'Loftskiptikerfi', { type: 'climate', description: 'ventilation unit with heat recovery', state: { mode: 'Heima', fan_pct: 40, supply_air_c: 17.5, extract_air_c: 21.5 } }),
  device('is-skapur', 'Ísskápur', { type: 'appliance', state: { temp_c: 4, door: 'closed' } }),
  device('is-tengill', 'Tengill leikjatölvu', { type: 'switch', description: "smart plug for Gunnar's PC and screen", state: { on: true, power_w: 143 } }),
  device('is-reykur', 'Reykskynjari', { type: 'sensor', capabilities: ['smoke'], state: { smoke: 'clear', battery: 'ok' } }),
  device('is-kolsyr', 'Kolsýringsnemi', { type: 'sensor', description: 'carbon monoxide detector by the boiler', state: { co: 'normal', battery: 90 } }),
  device('is-frystir', 'Tengill fiskabúrs', { type: 'switch', capabilities: ['on/off', 'energy'], state: { on: true, power: '74 W', today: '1.1 kWh' } }),
  device('is-loki', 'Aðalloki', { type: 'plumbing', description: 'smart shut-off valve on the main stopcock', capabilities: ['valve', 'pressure'], state: { valve: 'open' } }),
  device('is-stod', 'Heimastöð Pro', { type: 'hub', description: 'smart home hub', state: { status: 'online', devices: 14 } }),
  device('is-loftljos', 'Loftljós stofu', { type: 'lighting', description: 'ceiling light', state: { on: true, dim_pct: 60 } }),
];

const PLACE_OF: Readonly<Record<string, string>> = {
  'is-vorn': 'is-and', 'is-leki1': 'is-thvotta', 'is-leki2': 'is-eldhus', 'is-leki3': 'is-taekni', 'is-thvottavel': 'is-thvotta',
  'is-hitadaela': 'is-taekni', 'is-loftskipti': 'is-taekni', 'is-skapur': 'is-eldhus', 'is-tengill': 'is-stofa',
  'is-reykur': 'is-and', 'is-kolsyr': 'is-taekni', 'is-loftljos': 'is-stofa', 'is-loki': 'is-taekni', 'is-frystir': 'is-kjallari',
};

const IS_KNOWLEDGE: RawEntity[] = [
  { id: 'is-sorp', entity_type: 'note', name: 'Sorphirða', content: { text: 'Grey bin (almennt sorp) every other Wednesday; blue paper bin on the first Monday of the month.' } },
  { id: 'is-pipari', entity_type: 'note', name: 'Pípari', content: { text: 'Our plumber (pípari) fixed the laundry drain in 2025. Lagnaþjónusta Ara, 555 4321.' } },
  { id: 'is-hitinote', entity_type: 'note', name: 'Hitakerfi', content: { text: 'Heat pump serviced by Varmi ehf every second year. Heating circuit pressure should stay between 1.2 and 1.8 bar.' } },
  { id: 'is-app', entity_type: 'app', name: 'Heimastöð', content: { vendor: 'Norðurljós' } },
  { id: 'is-handbok', entity_type: 'manual', name: 'Þvottavél handbók', content: { title: 'Washer user manual', content: 'F:21 villa: the drain pump is blocked, clean the pump filter. Error 5: the door is not closed.' } },
];

export const IS_ENTITIES: RawEntity[] = [...IS_ROOMS, ...IS_DEVICES, ...IS_KNOWLEDGE];
export const IS_EDGES: RawEdge[] = roomAndDeviceEdges('is-home', IS_ROOMS, IS_DEVICES, PLACE_OF, 'is-stofa');
