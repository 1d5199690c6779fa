// A small Hungarian home for the kind-mismatch trust test (issue 12): the lexicon knows no Hungarian, so "front door
// lock" can only reach the locks through their type/capabilities/model, while the doorbell's name fragments and its
// model ("Video Doorbell") pull the resolver towards it. Names and layout are invented for these tests.
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';

const ENTITIES: RawEntity[] = [
  { id: 'hu-home', entity_type: 'home', name: 'Kertes ház', content: {} },
  { id: 'hu-eloszoba', entity_type: 'room', name: 'Előszoba', content: {} },
  { id: 'hu-kamra', entity_type: 'room', name: 'Kamra', content: {} },
  { id: 'hu-garazs', entity_type: 'room', name: 'Garázs', content: {} },
  { id: 'hu-bell', entity_type: 'device', name: 'Ajtócsengő', content: { type: 'security', manufacturer: 'Ring', model: 'Video Doorbell', capabilities: ['camera', 'doorbell'] } },
  { id: 'hu-frontlock', entity_type: 'device', name: 'Bejárati ajtó zár', content: { type: 'security', manufacturer: 'Nuki', model: 'Nuki Smart Lock', capabilities: ['lock'], state: { lock: 'locked' } } },
  { id: 'hu-backlock', entity_type: 'device', name: 'Hátsó ajtó zár', content: { type: 'security', capabilities: ['lock'], state: { lock: 'unlocked' } } },
  { id: 'hu-garagelock', entity_type: 'device', name: 'Garázs zár', content: { type: 'security', capabilities: ['lock'], state: { lock: 'locked' } } },
  { id: 'hu-app-nuki', entity_type: 'app', name: 'Nuki app', content: { vendor: 'Nuki' } },
  { id: 'hu-app-ring', entity_type: 'app', name: 'Ring', content: { vendor: 'Ring' } },
  { id: 'hu-manual-nuki', entity_type: 'manual', name: 'Nuki juhend', content: { summary: 'Párosítás és elemcsere.' } },
];

const EDGES: RawEdge[] = [
  { from: 'hu-eloszoba', to: 'hu-home', type: 'part_of' },
  { from: 'hu-kamra', to: 'hu-home', type: 'part_of' },
  { from: 'hu-garazs', to: 'hu-home', type: 'part_of' },
  { from: 'hu-bell', to: 'hu-eloszoba', type: 'located_in' },
  { from: 'hu-frontlock', to: 'hu-eloszoba', type: 'located_in' },
  { from: 'hu-backlock', to: 'hu-kamra', type: 'located_in' },
  { from: 'hu-garagelock', to: 'hu-garazs', type: 'located_in' },
  { from: 'hu-bell', to: 'hu-app-ring', type: 'controlled_by_app' },
  { from: 'hu-frontlock', to: 'hu-app-nuki', type: 'controlled_by_app' },
  { from: 'hu-frontlock', to: 'hu-manual-nuki', type: 'documented_by' },
];

/**
 * The home as an export file (the same format `importHomeFile` reads). `doorbellAlias` gives the doorbell an English
 * alias, `doorbellName` an English name (a vendor default such as "Front Doorbell"): both pull "front door" words
 * towards it even harder.
 */
export function hungarianTrustHome(options: { doorbellAlias?: string; doorbellName?: string } = {}): string {
  const bell = (e: RawEntity): RawEntity => ({
    ...e,
    ...(options.doorbellName ? { name: options.doorbellName } : {}),
    content: { ...e.content, ...(options.doorbellAlias ? { aliases: [options.doorbellAlias] } : {}) },
  });
  return homeExportJson(ENTITIES.map((e) => (e.id === 'hu-bell' ? bell(e) : e)), EDGES, 'hu-rel');
}
