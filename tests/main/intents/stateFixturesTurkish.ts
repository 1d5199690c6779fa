// A Turkish house for the state/where tests (issue 12): room and device names the lexicon cannot read, floors as
// zones, an outdoor zone with nothing that measures the weather in it, and state fields as exporters write them
// (`outdoor_temp` on a heat pump, `playing: false`, `last_ring`, a roof window listing `rain_sensor`). Invented.
import type { RawEdge, RawEntity } from './homeExportJson';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({
  id, entity_type: 'device', name, content: { state_updated_at: '2026-05-01T08:30:00Z', ...content },
});

export const TR_ENTITIES: RawEntity[] = [
  { id: 'tr-home', entity_type: 'home', name: 'Ev Moda', content: {} },
  { id: 'tr-zemin', entity_type: 'zone', name: 'Zemin Kat', content: { kind: 'floor', level: 0, description: 'ground floor' } },
  { id: 'tr-ust', entity_type: 'zone', name: 'Üst Kat', content: { kind: 'floor', level: 1, description: 'upstairs' } },
  { id: 'tr-dis', entity_type: 'zone', name: 'Dışarısı', content: { kind: 'outdoor', description: 'garden behind the house' } },
  { id: 'tr-salon', entity_type: 'room', name: 'Salon', content: { description: 'living room' } },
  { id: 'tr-mutfak', entity_type: 'room', name: 'Mutfak', content: { description: 'kitchen' } },
  { id: 'tr-misafir', entity_type: 'room', name: 'Misafir Odası', content: { description: 'guest room' } },
  { id: 'tr-calisma', entity_type: 'room', name: 'Çalışma Odası', content: { description: 'study' } },
  { id: 'tr-bahce', entity_type: 'room', name: 'Bahçe', content: { description: 'back garden' } },
  { id: 'tr-kulube', entity_type: 'room', name: 'Kulübe', content: { description: 'garden shed' } },
  device('tr-rain', 'Yağmur Ölçer', { type: 'sensor', capabilities: ['rain', 'battery'], state: { raining: true, rain_mm_today: 3.2, battery: 47 } }),
  device('tr-window', 'Çatı Penceresi', { type: 'shading', description: 'electric roof window with built-in rain sensor', capabilities: ['open_close', 'position', 'rain_sensor'], state: { position: 0, open: false } }),
  device('tr-bar', 'Ses Çubuğu', { type: 'entertainment', manufacturer: 'Sonos', description: 'soundbar', capabilities: ['audio_playback', 'volume'], state: { playing: false, volume: 25 } }),
  device('tr-pump', 'Isı Pompası', { type: 'climate', description: 'air-to-water heat pump', capabilities: ['space_heating', 'domestic_hot_water'], state: { mode: 'heating', outdoor_temp: 4.5, flow_temperature: 35 } }),
  device('tr-bell', 'Kapı Zili', { type: 'security', capabilities: ['video', 'chime', 'battery'], state: { battery: 38, last_ring: '2026-05-01T06:12:00Z' } }),
  device('tr-motion', 'Hareket Algılayıcı', { type: 'sensor', capabilities: ['motion', 'battery'], state: { motion: false, battery: 90 } }),
  device('tr-door', 'Kapı Algılayıcı', { type: 'sensor', capabilities: ['contact', 'battery'], state: { contact: 'closed', battery: 80 } }),
  device('tr-valve1', 'Radyatör Vanası Salon', { type: 'climate', manufacturer: 'tado°', capabilities: ['target_temperature', 'battery'], state: { setpoint: 20, measured: 19.5, battery: 'low' } }),
  device('tr-valve2', 'Radyatör Vanası Mutfak', { type: 'climate', manufacturer: 'tado°', capabilities: ['target_temperature', 'battery'], state: { setpoint: 19, measured: 19.1, battery: 'ok' } }),
  device('tr-spk', 'Mutfak Hoparlörü', { type: 'entertainment', manufacturer: 'Google', model: 'Nest Audio', capabilities: ['audio_playback', 'volume', 'voice_assistant'], state: { volume: 30 } }),
  device('tr-plug1', 'Priz Masa', { type: 'electrical', description: 'smart plug for the desk lamp', capabilities: ['switch', 'power_metering'], state: { relay: 'on', power_w: 7.5 } }),
  device('tr-plug2', 'Priz Bisiklet', { type: 'electrical', description: 'smart plug for the e-bike charger', capabilities: ['switch', 'power_metering'], state: { relay: 'off', power_w: 0 } }),
  device('tr-lamp', 'Tavan Lambası', { type: 'lighting', model: 'Luna XL ceiling', capabilities: ['on_off', 'brightness'], state: { on: true, brightness: 70 } }),
  device('tr-lamp2', 'Köşe Lambası', { type: 'lighting', model: 'Arco floor', capabilities: ['on_off', 'brightness'], state: { on: false, brightness: 0 } }),
];

const IN: Array<[string, string]> = [
  ['tr-salon', 'tr-zemin'], ['tr-mutfak', 'tr-zemin'], ['tr-misafir', 'tr-ust'], ['tr-calisma', 'tr-ust'], ['tr-bahce', 'tr-dis'], ['tr-kulube', 'tr-dis'],
  ['tr-rain', 'tr-bahce'], ['tr-window', 'tr-calisma'], ['tr-bar', 'tr-salon'], ['tr-pump', 'tr-mutfak'], ['tr-bell', 'tr-salon'], ['tr-lamp', 'tr-salon'], ['tr-plug1', 'tr-calisma'], ['tr-plug2', 'tr-bahce'], ['tr-lamp2', 'tr-salon'], ['tr-motion', 'tr-salon'], ['tr-door', 'tr-mutfak'], ['tr-valve1', 'tr-salon'], ['tr-valve2', 'tr-mutfak'], ['tr-spk', 'tr-mutfak'],
];

export const TR_EDGES: RawEdge[] = [
  ...['tr-zemin', 'tr-ust', 'tr-dis'].map((id) => ({ from: id, to: 'tr-home', type: 'part_of' })),
  ...IN.map(([from, to]) => ({ from, to, type: 'located_in' })),
];
