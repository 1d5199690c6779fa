// The eight read-only tools over the demo home (resources/demo-home.json) in a real SQLite store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FindDeviceControlsResult } from '../../../src-main/tools/findDeviceControls';
import type { FindPathResult } from '../../../src-main/tools/findPath';
import type { FindSimilarEntitiesResult } from '../../../src-main/tools/findSimilarEntities';
import type { GetAutomationsInRoomResult } from '../../../src-main/tools/getAutomationsInRoom';
import type { GetDevicesInRoomResult } from '../../../src-main/tools/getDevicesInRoom';
import type { GetEntityDetailsResult } from '../../../src-main/tools/getEntityDetails';
import type { GetProceduresForDeviceResult } from '../../../src-main/tools/getProceduresForDevice';
import type { GetRoomConnectionsResult } from '../../../src-main/tools/getRoomConnections';
import type { SearchEntitiesResult } from '../../../src-main/tools/searchEntities';
import { openToolTestHome, type ToolTestHome } from './toolTestHome';

let h: ToolTestHome;
beforeEach(async () => {
  h = await openToolTestHome();
});
afterEach(() => h.close());

const ids = async (names: string[]): Promise<string[]> => (await Promise.all(names.map((n) => h.idOf(n)))).sort();
const sorted = (xs: { id: string }[]): string[] => xs.map((x) => x.id).sort();

describe('get_devices_in_room', () => {
  it('lists exactly the devices located in the kitchen, by id or by a spoken name', async () => {
    const kitchen = await h.idOf('Kitchen');
    const expected = await ids([
      'Back Door Lock', 'Fridge Freezer', 'Kitchen Ceiling Light', 'Kitchen Smoke Alarm', 'Kitchen Speaker',
      'Kitchen Under-Cabinet Lights', 'Oven',
    ]);
    for (const ref of [kitchen, 'the kitchen', 'kitchn']) {
      const r = await h.run<GetDevicesInRoomResult>('get_devices_in_room', { room_id: ref });
      expect(r.room_id).toBe(kitchen);
      expect(sorted(r.devices)).toEqual(expected);
      expect(r.count).toBe(7);
    }
  });

  it('answers an empty room with an empty list, not an error', async () => {
    const r = await h.run<GetDevicesInRoomResult>('get_devices_in_room', { room_id: 'Pantry' });
    expect(r).toEqual({ room_id: await h.idOf('Pantry'), devices: [], count: 0 });
  });

  it('collects the devices of every room of a zone', async () => {
    const r = await h.run<GetDevicesInRoomResult>('get_devices_in_room', { room_id: 'Upstairs' });
    expect(sorted(r.devices)).toEqual(
      await ids([
        'Bathroom Extractor Fan', 'Bathroom Humidity Sensor', "Kids' Room Night Light", 'Landing Smoke Alarm',
        'Upstairs Thermostat', 'Bedside Lamp', 'Master Bedroom Air Conditioner', 'Master Bedroom Ceiling Light',
      ]),
    );
  });

  it('asks back for an ambiguous name with the candidates', async () => {
    const e = await h.error('get_devices_in_room', { room_id: 'bedroom' });
    expect(e.type).toBe('ambiguous');
    const candidates = (e.options.details as { candidates: { id: string }[] }).candidates;
    expect(candidates.map((c) => c.id).sort()).toEqual(await ids(['Guest Bedroom', 'Master Bedroom']));
  });

  it('says clearly when a room does not exist and suggests close names', async () => {
    const e = await h.error('get_devices_in_room', { room_id: 'Bathrm' });
    expect(e.type).toBe('not_found');
    expect(e.message).toContain("couldn't find 'Bathrm'");
    expect(e.message).toContain('Family Bathroom');
    const suggestions = (e.options.details as { suggestions: { id: string }[] }).suggestions;
    expect(suggestions.map((s) => s.id)).toContain(await h.idOf('Family Bathroom'));
  });

  it('refuses an id of the wrong type, naming the field', async () => {
    const e = await h.error('get_devices_in_room', { room_id: await h.idOf('Oven') });
    expect(e.type).toBe('validation');
    expect(e.message).toContain('room_id');
    expect(e.message).toContain('"Oven" is a device');
  });
});

describe('find_device_controls', () => {
  it('returns capabilities and exactly the devices the Hue Bridge controls', async () => {
    const r = await h.run<FindDeviceControlsResult>('find_device_controls', { device_id: 'Hue Bridge' });
    expect(r.device_id).toBe(await h.idOf('Hue Bridge'));
    expect(r.device_name).toBe('Hue Bridge');
    expect(r.capabilities).toEqual(['zigbee_coordinator']);
    expect(sorted(r.controlled_devices)).toEqual(
      await ids([
        'Bedside Lamp', 'Dining Room Pendant Light', 'Hallway Light', 'Kitchen Ceiling Light', 'Living Room Ceiling Light',
        'Living Room Floor Lamp', 'Master Bedroom Ceiling Light', 'Porch Light',
      ]),
    );
    expect(r.controlled_devices.every((d) => d.type === 'device')).toBe(true);
    expect(Array.isArray(r.services)).toBe(true);
  });

  it('answers a device that controls nothing with an empty list', async () => {
    const r = await h.run<FindDeviceControlsResult>('find_device_controls', { device_id: 'television' });
    expect(r.device_name).toBe('Living Room TV');
    expect(r.capabilities).toEqual(['on_off', 'volume', 'input']);
    expect(r.controlled_devices).toEqual([]);
  });

  it('asks back when "light" could be any of several devices', async () => {
    const e = await h.error('find_device_controls', { device_id: 'light' });
    expect(e.type).toBe('ambiguous');
    expect((e.options.details as { candidates: unknown[] }).candidates.length).toBeGreaterThan(1);
  });
});

describe('get_room_connections', () => {
  it('follows connects_to both ways and reports how rooms connect', async () => {
    const r = await h.run<GetRoomConnectionsResult>('get_room_connections', { room_id: 'Hallway' });
    expect(r.room_id).toBe(await h.idOf('Hallway'));
    expect(r.room_name).toBe('Hallway');
    const byName = Object.fromEntries(r.connections.map((c) => [c.name, c.connection_type]));
    expect(byName).toEqual({ 'Front Porch': 'door', Kitchen: 'archway', Landing: 'stairs', 'Living Room': 'door', Study: 'door' });
    expect(r.connection_count).toBe(5);
  });

  it('lists only rooms (no windows or door entities) and counts each neighbour once', async () => {
    const r = await h.run<GetRoomConnectionsResult>('get_room_connections', { room_id: 'Kitchen' });
    expect(sorted(r.connections)).toEqual(await ids(['Back Garden', 'Dining Room', 'Hallway', 'Pantry', 'Utility Room']));
  });
});

describe('search_entities', () => {
  it('finds by words in names and content, filtered by type, with previews', async () => {
    const r = await h.run<SearchEntitiesResult>('search_entities', { query: 'smoke alarm', entity_types: ['device'] });
    expect(r.query).toBe('smoke alarm');
    expect(sorted(r.results)).toEqual(await ids(['Kitchen Smoke Alarm', 'Landing Smoke Alarm']));
    expect(r.count).toBe(2);
    const hit = r.results[0]!;
    expect(hit.entity_type).toBe('device');
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.highlights.join(' ')).toContain('**Smoke**');
    expect(hit.content_preview).toContain('manufacturer: Kidde');
  });

  it('respects limit and answers no match with an empty list', async () => {
    const limited = await h.run<SearchEntitiesResult>('search_entities', { query: 'light', limit: 2 });
    expect(limited.results).toHaveLength(2);
    const none = await h.run<SearchEntitiesResult>('search_entities', { query: 'submarine' });
    expect(none).toEqual({ query: 'submarine', results: [], count: 0 });
  });
});

describe('find_path', () => {
  it('finds TV → Living Room → Ground Floor → Hartley House', async () => {
    const r = await h.run<FindPathResult>('find_path', { from_entity_id: 'the TV', to_entity_id: 'Hartley House' });
    expect(r.found).toBe(true);
    expect(r.from).toBe(await h.idOf('Living Room TV'));
    expect(r.to).toBe(await h.idOf('Hartley House'));
    expect(r.path.map((p) => [p.name, p.type])).toEqual([
      ['Living Room TV', 'device'], ['Living Room', 'room'], ['Ground Floor', 'zone'], ['Hartley House', 'home'],
    ]);
    expect(r.length).toBe(3);
  });

  it('reports not found when max_depth is too short, and a zero-length path to itself', async () => {
    const short = await h.run<FindPathResult>('find_path', { from_entity_id: 'Living Room TV', to_entity_id: 'Hartley House', max_depth: 2 });
    expect(short).toMatchObject({ path: [], length: 0, found: false });
    const self = await h.run<FindPathResult>('find_path', { from_entity_id: 'Pantry', to_entity_id: 'Pantry' });
    expect(self).toMatchObject({ found: true, length: 0, path: [{ name: 'Pantry', type: 'room' }] });
  });
});

describe('get_entity_details', () => {
  it('returns the entity, its edges both ways and its version count', async () => {
    const tv = await h.idOf('Living Room TV');
    const r = await h.run<GetEntityDetailsResult>('get_entity_details', { entity_id: tv });
    expect(r.entity.id).toBe(tv);
    expect(r.version_count).toBe(2);
    expect(r.current_version).toBe(r.entity.version);
    expect(r.relationships.outgoing.map((e) => `${e.relationship_type}:${e.to_entity_id}`).sort()).toEqual(
      [`depends_on:${await h.idOf('Wi-Fi Router')}`, `located_in:${await h.idOf('Living Room')}`].sort(),
    );
    expect(r.relationships.incoming.map((e) => `${e.relationship_type}:${e.from_entity_id}`)).toEqual([`controls:${await h.idOf('Kitchen Speaker')}`]);
    expect(r.connected_entities).toBeUndefined();
  });

  it('adds the connected entities on request', async () => {
    const r = await h.run<GetEntityDetailsResult>('get_entity_details', { entity_id: 'Living Room TV', include_connected: true });
    expect(sorted(r.connected_entities ?? [])).toEqual(await ids(['Kitchen Speaker', 'Living Room', 'Wi-Fi Router']));
  });
});

describe('find_similar_entities', () => {
  it('ranks same-model lights first, only same-type entities, above the threshold', async () => {
    const ref = await h.idOf('Hallway Light');
    const r = await h.run<FindSimilarEntitiesResult>('find_similar_entities', { entity_id: ref });
    expect(r.reference_entity_id).toBe(ref);
    expect(r.similar_entities.slice(0, 2).map((s) => s.entity.id).sort()).toEqual(await ids(['Kitchen Ceiling Light', 'Master Bedroom Ceiling Light']));
    expect(r.similar_entities.every((s) => s.entity.entity_type === 'device' && s.entity.id !== ref && s.similarity >= 0.3)).toBe(true);
    expect(r.similar_entities[0]!.shared).toContain('model lwa-017 white');
    expect(r.count).toBe(r.similar_entities.length);
    const scores = r.similar_entities.map((s) => s.similarity);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('honours threshold and limit', async () => {
    const strict = await h.run<FindSimilarEntitiesResult>('find_similar_entities', { entity_id: 'Hallway Light', threshold: 0.99 });
    expect(strict.similar_entities).toEqual([]);
    const one = await h.run<FindSimilarEntitiesResult>('find_similar_entities', { entity_id: 'Hallway Light', limit: 1 });
    expect(one.count).toBe(1);
  });
});

describe('get_procedures_for_device', () => {
  it('returns the procedures and manuals of the hallway thermostat', async () => {
    const r = await h.run<GetProceduresForDeviceResult>('get_procedures_for_device', { device_id: 'Hallway Thermostat' });
    expect(r.device_id).toBe(await h.idOf('Hallway Thermostat'));
    expect(r.device_name).toBe('Hallway Thermostat');
    expect(sorted(r.procedures)).toEqual(await ids(['Reset the Thermostat Schedule']));
    expect(sorted(r.manuals)).toEqual(await ids(['Thermostat Manual']));
    expect(r.total_documentation).toBe(2);
  });

  it('answers an undocumented device with empty lists', async () => {
    const r = await h.run<GetProceduresForDeviceResult>('get_procedures_for_device', { device_id: 'Living Room TV' });
    expect(r).toMatchObject({ procedures: [], manuals: [], total_documentation: 0 });
  });
});

describe('get_automations_in_room', () => {
  it('finds automations acting on the hallway devices, with all the devices each affects', async () => {
    const r = await h.run<GetAutomationsInRoomResult>('get_automations_in_room', { room_id: 'Hallway' });
    expect(r.room_name).toBe('Hallway');
    expect(sorted(r.automations)).toEqual(await ids(['Good Night', 'Hallway Motion Lights', 'Welcome Home']));
    expect(r.automation_count).toBe(3);
    const goodNight = r.automations.find((a) => a.name === 'Good Night')!;
    expect(goodNight.content['trigger']).toMatchObject({ type: 'state', device: 'Alarm Panel' });
    expect(goodNight.affects_devices.map((d) => d.id).sort()).toEqual(
      await ids(['Back Door Lock', 'Front Door Lock', 'Kitchen Ceiling Light', 'Living Room Ceiling Light', 'Living Room Floor Lamp']),
    );
  });

  it('answers a room without automations with an empty list', async () => {
    const r = await h.run<GetAutomationsInRoomResult>('get_automations_in_room', { room_id: 'Study' });
    expect(r).toEqual({ room_id: await h.idOf('Study'), room_name: 'Study', automations: [], automation_count: 0 });
  });
});
