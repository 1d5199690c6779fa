// The registry: listing with JSON Schemas, unknown tools, argument validation that changes nothing, and tiers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openToolTestHome, type ToolTestHome } from './toolTestHome';

let h: ToolTestHome;
beforeEach(async () => {
  h = await openToolTestHome();
});
afterEach(() => h.close());

const PROTOCOL_TOOLS = [
  'get_devices_in_room', 'find_device_controls', 'get_room_connections', 'search_entities', 'create_entity',
  'create_relationship', 'find_path', 'get_entity_details', 'find_similar_entities', 'get_procedures_for_device',
  'get_automations_in_room', 'update_entity',
];
const WRITE_TOOLS = ['create_entity', 'create_relationship', 'update_entity'];

describe('ToolRegistry.list', () => {
  it('describes the 12 protocol tools with JSON Schema parameters and listing tiers', () => {
    const list = h.registry.list();
    expect(list.map((t) => t.name)).toEqual(PROTOCOL_TOOLS);
    for (const tool of list) {
      expect(tool.description.length).toBeGreaterThan(40);
      expect(tool.tier).toBe(WRITE_TOOLS.includes(tool.name) ? 2 : 1);
      expect(tool.parameters['type']).toBe('object');
      expect(tool.parameters['additionalProperties']).toBe(false);
    }
    const search = list.find((t) => t.name === 'search_entities')!;
    expect(search.parameters['required']).toEqual(['query']); // limit has a default, so it is optional
    expect(Object.keys(search.parameters['properties'] as object).sort()).toEqual(['entity_types', 'limit', 'query']);
    const path = list.find((t) => t.name === 'find_path')!;
    expect(path.parameters['required']).toEqual(['from_entity_id', 'to_entity_id']);
    expect(h.registry.get('update_entity')?.readOnly).toBe(false);
    expect(h.registry.get('find_path')?.readOnly).toBe(true);
  });
});

describe('ToolRegistry.run errors', () => {
  it('names the available tools when a tool is unknown', async () => {
    const e = await h.error('turn_on_everything', {});
    expect(e.type).toBe('unknown_call');
    expect(e.message).toContain('Unknown tool "turn_on_everything"');
    expect(e.message).toContain('get_devices_in_room');
  });

  it('rejects wrong argument types naming the field, and leaves the store unchanged', async () => {
    const statsBefore = await h.store.getStats();
    const cases: [string, unknown, string][] = [
      ['get_devices_in_room', { room_id: 5 }, 'room_id'],
      ['get_devices_in_room', {}, 'room_id'],
      ['search_entities', { query: 'light', limit: 'ten' }, 'limit'],
      ['find_path', { from_entity_id: 'TV', to_entity_id: 'Hartley House', max_depth: 0 }, 'max_depth'],
      ['create_entity', { entity_type: 'spaceship', name: 'Enterprise' }, 'entity_type'],
      ['create_entity', { entity_type: 'note', name: 'x', content: { deleted: true } }, 'content'],
      ['create_relationship', { from_entity_id: 'Oven', to_entity_id: 'Kitchen', relationship_type: 'lives_in' }, 'relationship_type'],
      ['update_entity', { entity_id: 'Oven', changes: { content: 'hot' } }, 'changes.content'],
      ['update_entity', { entity_id: 'Oven', changes: {} }, 'changes'],
      ['update_entity', { entity_id: 'Oven', changes: { name: 'x' }, force: true }, 'force'],
    ];
    for (const [tool, args, field] of cases) {
      const e = await h.error(tool, args);
      expect(e.type, `${tool} ${JSON.stringify(args)}`).toBe('validation');
      expect(e.message, `${tool} ${JSON.stringify(args)}`).toContain(field);
      expect(e.message).toContain(tool);
    }
    expect(await h.store.getStats()).toEqual(statsBefore);
    expect(await h.store.listPending()).toEqual({ entities: [], relationships: [] });
  });
});

describe('tiers', () => {
  const tierOf = async (tool: string, args: unknown): Promise<number> => (await h.registry.prepare(tool, args, h.ctx)).tier;

  it('rates reads 1 and creates 2', async () => {
    expect(await tierOf('get_devices_in_room', { room_id: 'Kitchen' })).toBe(1);
    expect(await tierOf('find_path', { from_entity_id: 'TV', to_entity_id: 'Hartley House' })).toBe(1);
    expect(await tierOf('create_entity', { entity_type: 'note', name: 'Milk' })).toBe(2);
    expect(await tierOf('create_relationship', { from_entity_id: 'Oven', to_entity_id: 'Kitchen', relationship_type: 'located_in' })).toBe(2);
  });

  it('rates light, note and rename updates 2', async () => {
    expect(await tierOf('update_entity', { entity_id: 'Porch Light', changes: { content: { state: { power: 'on' } } } })).toBe(2);
    expect(await tierOf('update_entity', { entity_id: 'Bin Collection Days', changes: { content: { text: 'Wednesdays' } } })).toBe(2);
    expect(await tierOf('update_entity', { entity_id: 'Hallway Thermostat', changes: { name: 'Hall Thermostat' } })).toBe(2);
  });

  it('rates locks, garage door, alarm, oven, camera, heating setpoints, doors and deletes 3', async () => {
    const on = { content: { state: { power: 'on' } } };
    expect(await tierOf('update_entity', { entity_id: 'Front Door Lock', changes: { content: { state: { lock: 'unlocked' } } } })).toBe(3);
    expect(await tierOf('update_entity', { entity_id: 'Garage Door', changes: { content: { state: { door: 'open' } } } })).toBe(3);
    expect(await tierOf('update_entity', { entity_id: 'Alarm Panel', changes: { content: { state: { mode: 'disarmed' } } } })).toBe(3);
    expect(await tierOf('update_entity', { entity_id: 'Oven', changes: on })).toBe(3);
    expect(await tierOf('update_entity', { entity_id: 'Front Door Camera', changes: on })).toBe(3);
    expect(await tierOf('update_entity', { entity_id: 'Upstairs Thermostat', changes: { content: { state: { setpoint_c: 24 } } } })).toBe(3);
    expect(await tierOf('update_entity', { entity_id: 'Back Door', changes: { name: 'Kitchen Door' } })).toBe(3);
    expect(await tierOf('update_entity', { entity_id: 'Bin Collection Days', changes: { content: { deleted: true } } })).toBe(3);
    expect(await tierOf('update_entity', { entity_id: 'Porch Light', changes: { content: { deleted: true } } })).toBe(3);
  });

  it('reports the same tier from run as from prepare, and prepare changes nothing', async () => {
    const args = { entity_id: 'Front Door Lock', changes: { content: { state: { lock: 'locked' } } } };
    await h.registry.prepare('update_entity', args, h.ctx);
    expect(await h.store.listPending()).toEqual({ entities: [], relationships: [] });
    const r = await h.registry.run('update_entity', args, h.ctx);
    expect(r.tool).toBe('update_entity');
    expect(r.tier).toBe(3);
  });

  it('fails tier assessment on an unknown entity with not_found', async () => {
    const e = await h.registry.prepare('update_entity', { entity_id: 'Jacuzzi', changes: { name: 'Hot tub' } }, h.ctx).catch((err: unknown) => err);
    expect(e).toMatchObject({ type: 'not_found' });
  });
});
