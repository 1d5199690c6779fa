// create_entity, create_relationship and update_entity: new immutable versions, pending, re-pinned edges; and
// tombstones they produce are invisible to every read tool.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalVersion, parseVersion } from '../../../src-shared/protocol/version';
import type { CreateEntityResult } from '../../../src-main/tools/createEntity';
import type { CreateRelationshipResult } from '../../../src-main/tools/createRelationship';
import type { FindDeviceControlsResult } from '../../../src-main/tools/findDeviceControls';
import type { FindPathResult } from '../../../src-main/tools/findPath';
import type { FindSimilarEntitiesResult } from '../../../src-main/tools/findSimilarEntities';
import type { GetAutomationsInRoomResult } from '../../../src-main/tools/getAutomationsInRoom';
import type { GetDevicesInRoomResult } from '../../../src-main/tools/getDevicesInRoom';
import type { GetProceduresForDeviceResult } from '../../../src-main/tools/getProceduresForDevice';
import type { GetRoomConnectionsResult } from '../../../src-main/tools/getRoomConnections';
import type { SearchEntitiesResult } from '../../../src-main/tools/searchEntities';
import type { UpdateEntityResult } from '../../../src-main/tools/updateEntity';
import { openToolTestHome, type ToolTestHome } from './toolTestHome';

let h: ToolTestHome;
beforeEach(async () => {
  h = await openToolTestHome({ userId: 'alice' });
});
afterEach(() => h.close());

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('create_entity', () => {
  it('mints a UUIDv4 entity with a fresh canonical version by the user, pending for sync', async () => {
    const r = await h.run<CreateEntityResult>('create_entity', { entity_type: 'note', name: 'Filter change', content: { text: 'HVAC filter, Friday 9:00' } });
    expect(r.created).toBe(true);
    expect(r.entity.id).toMatch(UUID_V4);
    expect(r.entity).toMatchObject({ entity_type: 'note', name: 'Filter change', content: { text: 'HVAC filter, Friday 9:00' }, user_id: 'alice', parent_versions: [] });
    expect(parseVersion(r.entity.version)?.userId).toBe('alice');
    expect(canonicalVersion(r.entity.version)).toBe(r.entity.version);
    expect(await h.store.getEntity(r.entity.id)).toEqual(r.entity);
    expect((await h.store.listPending()).entities.map((e) => e.id)).toEqual([r.entity.id]);
  });
});

describe('create_relationship', () => {
  it('links by names, pins current versions, is pending, and does not duplicate an existing link', async () => {
    const lamp = await h.run<CreateEntityResult>('create_entity', { entity_type: 'device', name: 'Desk Lamp', content: { type: 'light' } });
    const r = await h.run<CreateRelationshipResult>('create_relationship', { from_entity_id: 'Desk Lamp', to_entity_id: 'the study', relationship_type: 'located_in' });
    const study = (await h.store.getEntity(await h.idOf('Study')))!;
    expect(r.created).toBe(true);
    expect(r.relationship).toMatchObject({
      from_entity_id: lamp.entity.id, from_entity_version: lamp.entity.version,
      to_entity_id: study.id, to_entity_version: study.version, relationship_type: 'located_in', properties: {},
    });
    expect(r.relationship.id).toMatch(UUID_V4);
    expect((await h.store.listPending()).relationships.map((e) => e.id)).toEqual([r.relationship.id]);
    const inStudy = await h.run<GetDevicesInRoomResult>('get_devices_in_room', { room_id: 'Study' });
    expect(inStudy.devices.map((d) => d.name).sort()).toEqual(['Desk Lamp', 'Hue Bridge', 'Wi-Fi Router']);

    const again = await h.run<CreateRelationshipResult>('create_relationship', { from_entity_id: 'Desk Lamp', to_entity_id: 'Study', relationship_type: 'located_in' });
    expect(again).toEqual({ relationship: r.relationship, created: false });
    // connects_to is symmetric: the reverse of an existing connection is the same connection.
    const reverse = await h.run<CreateRelationshipResult>('create_relationship', { from_entity_id: 'Kitchen', to_entity_id: 'Hallway', relationship_type: 'connects_to' });
    expect(reverse.created).toBe(false);
    expect((await h.store.listPending()).relationships).toHaveLength(1);
  });

  it('refuses a link from a thing to itself and unknown names, changing nothing', async () => {
    expect((await h.error('create_relationship', { from_entity_id: 'Oven', to_entity_id: 'Oven', relationship_type: 'controls' })).type).toBe('validation');
    expect((await h.error('create_relationship', { from_entity_id: 'Oven', to_entity_id: 'Ballroom', relationship_type: 'located_in' })).type).toBe('not_found');
    expect(await h.store.listPending()).toEqual({ entities: [], relationships: [] });
  });
});

describe('update_entity', () => {
  it('writes a new version (parent = previous, by the user, pending), merges content shallowly and re-pins edges', async () => {
    const id = await h.idOf('Kitchen Ceiling Light');
    const before = (await h.store.getEntity(id))!;
    const edgesBefore = await h.store.getRelationships({ anyId: id });
    const untouched = await h.store.getRelationships();

    const r = await h.run<UpdateEntityResult>('update_entity', { entity_id: 'kitchen ceiling light', changes: { content: { state: { power: 'off' } } } });
    expect(r).toEqual({ entity_id: id, new_version: r.new_version, changes_applied: { content: { state: { power: 'off' } } }, parent_versions: [before.version] });
    expect(r.new_version > before.version).toBe(true);
    expect(canonicalVersion(r.new_version)).toBe(r.new_version);
    expect(parseVersion(r.new_version)?.userId).toBe('alice');

    const after = (await h.store.getEntity(id))!;
    expect(after).toEqual({
      ...before, version: r.new_version, user_id: 'alice', parent_versions: [before.version],
      content: { ...before.content, state: { power: 'off' } },
    });
    expect(after.content['manufacturer']).toBe('Philips Hue');
    expect(await h.store.getVersions(id)).toHaveLength(2);

    const edgesAfter = await h.store.getRelationships({ anyId: id });
    expect(edgesAfter.map((e) => e.id).sort()).toEqual(edgesBefore.map((e) => e.id).sort());
    expect(edgesBefore.length).toBeGreaterThan(0);
    for (const edge of edgesAfter) {
      if (edge.from_entity_id === id) expect(edge.from_entity_version).toBe(r.new_version);
      if (edge.to_entity_id === id) expect(edge.to_entity_version).toBe(r.new_version);
      const old = edgesBefore.find((e) => e.id === edge.id)!;
      expect({ ...edge, from_entity_version: old.from_entity_version, to_entity_version: old.to_entity_version }).toEqual(old);
    }
    const pending = await h.store.listPending();
    expect(pending.entities.map((e) => e.version)).toEqual([r.new_version]);
    expect(pending.relationships.map((e) => e.id).sort()).toEqual(edgesBefore.map((e) => e.id).sort());
    const otherEdges = (await h.store.getRelationships()).filter((e) => e.from_entity_id !== id && e.to_entity_id !== id);
    expect(otherEdges).toEqual(untouched.filter((e) => e.from_entity_id !== id && e.to_entity_id !== id));
  });

  it('renames without touching content', async () => {
    const id = await h.idOf('Hallway Light');
    const before = (await h.store.getEntity(id))!;
    await h.run('update_entity', { entity_id: id, changes: { name: 'Hall Light' } });
    expect(await h.store.getEntity(id)).toMatchObject({ name: 'Hall Light', content: before.content });
  });

  it('supersedes a current version stamped ahead of the local clock (no greatest-version rule: the edit is the local head)', async () => {
    const past = await openToolTestHome({ nowMs: () => Date.parse('2020-01-01T00:00:00Z') });
    try {
      const id = await past.idOf('Oven');
      const before = (await past.store.getEntity(id))!;
      const r = await past.run<UpdateEntityResult>('update_entity', { entity_id: id, changes: { name: 'Main Oven' } });
      expect(r.new_version < before.version).toBe(true);
      expect(await past.store.getEntity(id)).toMatchObject({ name: 'Main Oven', version: r.new_version, parent_versions: [before.version] });
    } finally {
      past.close();
    }
  });
});

describe('tombstones are hidden from every read tool', () => {
  const del = (name: string): Promise<unknown> => h.run('update_entity', { entity_id: name, changes: { content: { deleted: true } } });

  it('hides a deleted entity from lookups, search, rooms, controls, procedures, automations, similarity and paths', async () => {
    const spareKey = await h.idOf('Spare Key');
    const search = async (): Promise<string[]> =>
      (await h.run<SearchEntitiesResult>('search_entities', { query: 'spare key neighbours' })).results.map((r) => r.id);
    expect(await search()).toContain(spareKey);
    await del('Spare Key');
    expect((await h.error('get_entity_details', { entity_id: spareKey })).type).toBe('not_found');
    expect((await h.error('get_entity_details', { entity_id: 'Spare Key' })).type).toBe('not_found');
    expect(await search()).not.toContain(spareKey);

    await del('Front Door Lock');
    const hallway = await h.run<GetDevicesInRoomResult>('get_devices_in_room', { room_id: 'Hallway' });
    expect(hallway.devices.map((d) => d.name)).not.toContain('Front Door Lock');
    expect(hallway.count).toBe(5);

    await del('Porch Light');
    const bridge = await h.run<FindDeviceControlsResult>('find_device_controls', { device_id: 'Hue Bridge' });
    expect(bridge.controlled_devices.map((d) => d.name)).not.toContain('Porch Light');
    expect(bridge.controlled_devices).toHaveLength(7);

    await del('Thermostat Manual');
    const docs = await h.run<GetProceduresForDeviceResult>('get_procedures_for_device', { device_id: 'Hallway Thermostat' });
    expect(docs.manuals).toEqual([]);
    expect(docs.total_documentation).toBe(1);

    await del('Good Night');
    const autos = await h.run<GetAutomationsInRoomResult>('get_automations_in_room', { room_id: 'Hallway' });
    expect(autos.automations.map((a) => a.name).sort()).toEqual(['Hallway Motion Lights', 'Welcome Home']);

    const kitchenLight = await h.idOf('Kitchen Ceiling Light');
    await del('Kitchen Ceiling Light');
    const similar = await h.run<FindSimilarEntitiesResult>('find_similar_entities', { entity_id: 'Hallway Light' });
    expect(similar.similar_entities.map((s) => s.entity.id)).not.toContain(kitchenLight);

    await del('Study');
    const conn = await h.run<GetRoomConnectionsResult>('get_room_connections', { room_id: 'Hallway' });
    expect(conn.connections.map((c) => c.name)).toEqual(['Front Porch', 'Kitchen', 'Landing', 'Living Room']);

    await del('Living Room');
    const path = await h.run<FindPathResult>('find_path', { from_entity_id: 'Living Room TV', to_entity_id: 'Hartley House' });
    expect(path.found).toBe(true);
    expect(path.path.map((p) => p.name)).not.toContain('Living Room');
    expect(path.length).toBeGreaterThan(3);
  });

  it('keeps a deleted entity\'s edges pinned to its old version (they die with it)', async () => {
    const id = await h.idOf('Oven');
    const before = (await h.store.getEntity(id))!;
    await del('Oven');
    const pending = await h.store.listPending();
    expect(pending.relationships).toEqual([]);
    expect(pending.entities).toHaveLength(1);
    expect(pending.entities[0]).toMatchObject({ id, content: { ...before.content, deleted: true }, parent_versions: [before.version] });
    expect(await h.store.getEntity(id)).toBeUndefined();
  });
});
