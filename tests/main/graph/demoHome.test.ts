// The demo home ships with the app and every test that talks about "the kitchen" relies on it.
// The committed JSON must equal what the generator builds, so nobody hand-edits one and forgets the other.
// To rewrite the JSON after editing scripts/build-demo-home.ts:
//   WRITE_DEMO_HOME=1 npx vitest run tests/main/graph/demoHome.test.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoHome, serializeDemoHome, writeDemoHome } from '../../../scripts/build-demo-home';
import {
  ENTITY_TYPES,
  RELATIONSHIP_TYPES,
  homeFileSchema,
  type Entity,
  type HomeFile,
} from '../../../src-shared/protocol/entities';
import { isValidVersion, canonicalVersion } from '../../../src-shared/protocol/version';
import { SqliteGraphStore, openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import { importHomeFile, parseHomeFile } from '../../../src-main/graph/homeFile';

const DEMO_HOME_PATH = fileURLToPath(new URL('../../../resources/demo-home.json', import.meta.url));
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let committedText: string;
let home: HomeFile;

beforeAll(() => {
  if (process.env['WRITE_DEMO_HOME'] === '1') writeDemoHome(DEMO_HOME_PATH);
  committedText = readFileSync(DEMO_HOME_PATH, 'utf8');
  home = homeFileSchema.parse(JSON.parse(committedText));
});

function currentVersions(file: HomeFile): Map<string, Entity> {
  const current = new Map<string, Entity>();
  for (const entity of file.entities) {
    const seen = current.get(entity.id);
    if (!seen || seen.version < entity.version) current.set(entity.id, entity);
  }
  return current;
}

describe('demo home', () => {
  it('is exactly what the generator builds, and the generator is deterministic', () => {
    expect(serializeDemoHome(buildDemoHome())).toBe(serializeDemoHome(buildDemoHome()));
    expect(committedText).toBe(serializeDemoHome(buildDemoHome()));
    expect(home.format).toBe('goodies-home');
    expect(home.format_version).toBe(1);
  });

  it('has at least 40 entities covering all 12 entity types', () => {
    const current = currentVersions(home);
    expect(current.size).toBeGreaterThanOrEqual(40);
    const types = new Set([...current.values()].map((e) => e.entity_type));
    expect([...types].sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('uses all 14 relationship types', () => {
    const types = new Set(home.relationships.map((r) => r.relationship_type));
    expect([...types].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('has unique UUIDv4 entity ids, unique versions and unique edge ids', () => {
    const current = currentVersions(home);
    for (const id of current.keys()) expect(id).toMatch(UUID_V4);
    const keys = home.entities.map((e) => `${e.id}|${e.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    const names = [...current.values()].map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    const edgeIds = home.relationships.map((r) => r.id);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
    for (const id of edgeIds) expect(id).toMatch(UUID_V4);
  });

  it('writes only canonical version strings by user "demo", and parent chains point at older stored versions', () => {
    const byKey = new Map(home.entities.map((e) => [`${e.id}|${e.version}`, e]));
    for (const entity of home.entities) {
      expect(isValidVersion(entity.version)).toBe(true);
      expect(canonicalVersion(entity.version)).toBe(entity.version);
      expect(entity.version.endsWith('-demo')).toBe(true);
      expect(entity.user_id).toBe('demo');
      for (const parent of entity.parent_versions) {
        expect(byKey.has(`${entity.id}|${parent}`)).toBe(true);
        expect(parent < entity.version).toBe(true);
      }
    }
    const withHistory = new Set(home.entities.filter((e) => e.parent_versions.length > 0).map((e) => e.id));
    expect(withHistory.size).toBeGreaterThanOrEqual(2);
  });

  it('pins every relationship to the current version of both endpoints', () => {
    const current = currentVersions(home);
    for (const rel of home.relationships) {
      expect(current.get(rel.from_entity_id)?.version, `${rel.id} from`).toBe(rel.from_entity_version);
      expect(current.get(rel.to_entity_id)?.version, `${rel.id} to`).toBe(rel.to_entity_version);
    }
  });

  it('follows the protocol direction conventions', () => {
    const current = currentVersions(home);
    const typeOf = (id: string): string | undefined => current.get(id)?.entity_type;
    const allowed: Record<string, { from: string[]; to: string[] }> = {
      procedure_for: { from: ['procedure'], to: ['device'] },
      documented_by: { from: ['device'], to: ['manual'] },
      automates: { from: ['automation'], to: ['device'] },
      manages: { from: ['schedule'], to: ['device'] },
      triggered_by: { from: ['automation'], to: ['device'] },
      controlled_by_app: { from: ['device'], to: ['app'] },
      controls: { from: ['device', 'automation'], to: ['device'] },
    };
    for (const rel of home.relationships) {
      const rule = allowed[rel.relationship_type];
      if (rule) {
        expect(rule.from, `${rel.relationship_type} from`).toContain(typeOf(rel.from_entity_id));
        expect(rule.to, `${rel.relationship_type} to`).toContain(typeOf(rel.to_entity_id));
      }
      if (rel.relationship_type === 'located_in' && typeOf(rel.from_entity_id) === 'device') {
        expect(typeOf(rel.to_entity_id)).toBe('room');
      }
      if (rel.relationship_type === 'connects_to' && typeOf(rel.from_entity_id) === 'room') {
        expect(typeOf(rel.to_entity_id)).toBe('room');
        expect(typeof rel.properties['via']).toBe('string');
      }
    }
  });

  it('has every room placed on a zone, several floors, and at least two rooms without devices', () => {
    const current = currentVersions(home);
    const rooms = [...current.values()].filter((e) => e.entity_type === 'room');
    const floors = [...current.values()].filter((e) => e.entity_type === 'zone' && e.content['kind'] === 'floor');
    expect(floors.length).toBeGreaterThanOrEqual(2);
    const located = home.relationships.filter((r) => r.relationship_type === 'located_in');
    for (const room of rooms) {
      const zone = located.find((r) => r.from_entity_id === room.id);
      expect(zone && typeOf(current, zone.to_entity_id), room.name).toBe('zone');
    }
    const roomsWithDevices = new Set(
      located.filter((r) => typeOf(current, r.from_entity_id) === 'device').map((r) => r.to_entity_id),
    );
    const empty = rooms.filter((r) => !roomsWithDevices.has(r.id)).map((r) => r.name);
    expect(empty.length).toBeGreaterThanOrEqual(2);
    expect(empty).toEqual(expect.arrayContaining(['Pantry', 'Guest Bedroom']));
  });

  it('has the devices, procedures, notes and automations the rest of the app talks about', () => {
    const current = [...currentVersions(home).values()];
    const byName = new Map(current.map((e) => [e.name, e]));
    const lights = current.filter((e) => e.content['type'] === 'light');
    expect(lights.length).toBeGreaterThanOrEqual(5);
    for (const l of lights) {
      expect(l.content['capabilities']).toEqual(expect.arrayContaining(['on_off', 'dimming']));
      expect(['on', 'off']).toContain((l.content['state'] as { power: string }).power);
      expect(typeof l.content['manufacturer']).toBe('string');
      expect(typeof l.content['model']).toBe('string');
    }
    const types = new Set(current.map((e) => e.content['type']));
    for (const t of ['lock', 'garage_door', 'thermostat', 'tv', 'speaker', 'camera', 'oven', 'alarm_panel', 'vacuum']) {
      expect(types.has(t), t).toBe(true);
    }
    expect((byName.get('Garage Door')?.content['state'] as { door: string }).door).toMatch(/^(open|closed)$/);
    expect((byName.get('Front Door Lock')?.content['state'] as { lock: string }).lock).toMatch(/^(locked|unlocked)$/);
    const thermostat = byName.get('Hallway Thermostat')?.content['state'] as Record<string, unknown>;
    expect(Object.keys(thermostat).sort()).toEqual(['current_c', 'mode', 'setpoint_c']);
    const battery = current.filter((e) => e.content['power_source'] === 'battery');
    expect(battery.length).toBeGreaterThanOrEqual(3);
    for (const b of battery) expect(typeof b.content['battery_pct']).toBe('number');
    for (const p of current.filter((e) => e.entity_type === 'procedure')) {
      expect(Array.isArray(p.content['steps'])).toBe(true);
      expect(typeof p.content['duration']).toBe('string');
      expect(typeof p.content['difficulty']).toBe('string');
    }
    for (const a of current.filter((e) => e.entity_type === 'automation')) {
      expect(a.content['trigger']).toBeTypeOf('object');
      expect(Array.isArray(a.content['actions'])).toBe(true);
    }
    expect(current.filter((e) => e.entity_type === 'note' && e.content['private'] === true).length).toBeGreaterThanOrEqual(1);
  });
});

describe('demo home in the graph store', () => {
  it('imports into SQLite with every relationship visible and the history kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-home-'));
    const db = openGraphDatabase(join(dir, 'graph.db'));
    const store = new SqliteGraphStore(db);
    try {
      const file = parseHomeFile(committedText);
      await importHomeFile(store, file, { pending: false });
      const current = currentVersions(file);
      const stats = await store.getStats();
      expect(stats.entityCount).toBe(current.size);
      expect(stats.pendingEntityCount).toBe(0);
      expect((await store.getRelationships()).length).toBe(file.relationships.length);
      const tv = [...current.values()].find((e) => e.name === 'Living Room TV');
      const versions = await store.getVersions(tv?.id ?? '');
      expect(versions.map((v) => v.name)).toEqual(['TV', 'Living Room TV']);
      const kitchen = [...current.values()].find((e) => e.name === 'Kitchen');
      const inKitchen = await store.getRelationships({ toId: kitchen?.id ?? '', types: ['located_in'] });
      const names = [...(await store.getEntities(inKitchen.map((r) => r.from_entity_id))).values()].map((e) => e.name).sort();
      expect(names).toEqual(['Back Door Lock', 'Fridge Freezer', 'Kitchen Ceiling Light', 'Kitchen Smoke Alarm', 'Kitchen Speaker', 'Kitchen Under-Cabinet Lights', 'Oven']);
    } finally {
      store.dispose();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function typeOf(current: Map<string, Entity>, id: string): string | undefined {
  return current.get(id)?.entity_type;
}
