// Name resolution over the shipped demo home (resources/README.md lists its names) in a real SQLite store.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import type { Entity, EntityType } from '../../../src-shared/protocol/entities';
import { formatVersion } from '../../../src-shared/protocol/version';
import { EntityNameResolver, resolveOrThrow, type NameResolution } from '../../../src-main/graph/EntityNameResolver';
import { SqliteGraphStore, openGraphDatabase } from '../../../src-main/graph/SqliteGraphStore';
import { importHomeFile, parseHomeFile } from '../../../src-main/graph/homeFile';

const DEMO_HOME = readFileSync(fileURLToPath(new URL('../../../resources/demo-home.json', import.meta.url)), 'utf8');

let dir: string;
let db: ReturnType<typeof openGraphDatabase>;
let store: SqliteGraphStore;
let resolver: EntityNameResolver;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'resolver-'));
  db = openGraphDatabase(join(dir, 'graph.db'));
  store = new SqliteGraphStore(db);
  await importHomeFile(store, parseHomeFile(DEMO_HOME), { pending: false });
  resolver = new EntityNameResolver(store);
});

afterEach(() => {
  resolver.dispose();
  store.dispose();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function matched(result: NameResolution): { name: string; how: string } {
  if (result.kind !== 'match') throw new Error(`expected a match, got ${JSON.stringify(summary(result))}`);
  return { name: result.entity.name, how: result.how };
}

function summary(result: NameResolution): unknown {
  if (result.kind === 'match') return { match: result.entity.name };
  if (result.kind === 'ambiguous') return { ambiguous: result.candidates.map((c) => c.entity.name) };
  return { none: result.suggestions.map((s) => s.entity.name) };
}

function names(result: NameResolution): string[] {
  if (result.kind === 'ambiguous') return result.candidates.map((c) => c.entity.name);
  if (result.kind === 'none') return result.suggestions.map((s) => s.entity.name);
  return [result.entity.name];
}

async function entityNamed(name: string): Promise<Entity> {
  const found = (await store.listEntities()).find((e) => e.name === name);
  if (!found) throw new Error(`no ${name} in the demo home`);
  return found;
}

describe('EntityNameResolver over the demo home', () => {
  it('matches ids, exact names and names in any case', async () => {
    const kitchen = await entityNamed('Kitchen');
    expect(await resolver.resolve(kitchen.id)).toMatchObject({ kind: 'match', how: 'id', entity: { name: 'Kitchen' } });
    expect(matched(await resolver.resolve('Kitchen'))).toEqual({ name: 'Kitchen', how: 'exact' });
    expect(matched(await resolver.resolve('  kitchen '))).toEqual({ name: 'Kitchen', how: 'case' });
    expect(matched(await resolver.resolve('LIVING ROOM TV'))).toEqual({ name: 'Living Room TV', how: 'case' });
  });

  it('ignores articles, possessives, punctuation and plurals', async () => {
    expect(matched(await resolver.resolve('the kitchen')).name).toBe('Kitchen');
    expect(matched(await resolver.resolve('our Master Bedroom')).name).toBe('Master Bedroom');
    expect(matched(await resolver.resolve('kids room')).name).toBe("Kids' Room");
    expect(matched(await resolver.resolve('my hallway lights')).name).toBe('Hallway Light');
    expect(matched(await resolver.resolve('kitchen under cabinet light')).name).toBe('Kitchen Under-Cabinet Lights');
    expect(matched(await resolver.resolve('the front-door lock!')).name).toBe('Front Door Lock');
  });

  it('understands synonyms and British/US spellings', async () => {
    expect(matched(await resolver.resolve('the TV'))).toMatchObject({ name: 'Living Room TV', how: 'synonym' });
    expect(matched(await resolver.resolve('television')).name).toBe('Living Room TV');
    expect(matched(await resolver.resolve('the lounge')).name).toBe('Living Room');
    expect(matched(await resolver.resolve('lounge tv')).name).toBe('Living Room TV');
    expect(matched(await resolver.resolve('refrigerator')).name).toBe('Fridge Freezer');
    expect(matched(await resolver.resolve('the AC')).name).toBe('Master Bedroom Air Conditioner');
    expect(matched(await resolver.resolve('downstairs')).name).toBe('Ground Floor');
    expect(matched(await resolver.resolve('primary bedroom')).name).toBe('Master Bedroom');
    expect(matched(await resolver.resolve('bedside light')).name).toBe('Bedside Lamp');
  });

  it('corrects typos with fuzzy matching', async () => {
    expect(matched(await resolver.resolve('kitchn'))).toEqual({ name: 'Kitchen', how: 'fuzzy' });
    expect(matched(await resolver.resolve('livng room')).name).toBe('Living Room');
    expect(matched(await resolver.resolve('livingroom')).name).toBe('Living Room');
    expect(matched(await resolver.resolve('garage dor')).name).toBe('Garage Door');
    expect(matched(await resolver.resolve('hallway thermostst')).name).toBe('Hallway Thermostat');
  });

  it('answers ambiguous, sorted by score, when a name fits several things equally', async () => {
    const bedroom = await resolver.resolve('bedroom');
    expect(bedroom.kind).toBe('ambiguous');
    expect(names(bedroom)).toEqual(['Guest Bedroom', 'Master Bedroom']);
    const lights = await resolver.resolve('living room lights', { types: ['device'] });
    expect(lights.kind).toBe('ambiguous');
    expect(names(lights)).toEqual(['Living Room Ceiling Light', 'Living Room Floor Lamp']);
    const thermostat = await resolver.resolve('thermostat');
    expect(names(thermostat)).toEqual(['Hallway Thermostat', 'Upstairs Thermostat']);
    const front = await resolver.resolve('front door', { types: ['device'] });
    expect(front.kind).toBe('ambiguous');
    expect(names(front)).toEqual(expect.arrayContaining(['Front Door Lock', 'Front Door Camera', 'Front Door Contact Sensor']));
    if (front.kind === 'ambiguous') {
      const scores = front.candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const all = await resolver.resolve('light', { limit: 3 });
    expect(all.kind === 'ambiguous' && all.candidates.length).toBe(3);
  });

  it('matches a partial name when only one thing fits (bedroom → the only bedroom)', async () => {
    expect(matched(await resolver.resolve('camera')).name).toBe('Front Door Camera');
    expect(matched(await resolver.resolve('garage')).name).toBe('Garage');
    // With the rooms filtered to upstairs-only types, "bedroom" is still ambiguous; with one bedroom left it is not.
    const guest = await entityNamed('Guest Bedroom');
    await store.applyChanges({
      entities: [{ ...guest, version: formatVersion(Date.UTC(2026, 5, 1) * 1000, 1, 'test'), content: { ...guest.content, deleted: true }, parent_versions: [guest.version] }],
      pending: true,
    });
    expect(matched(await resolver.resolve('bedroom', { types: ['room'] })).name).toBe('Master Bedroom');
  });

  it('answers none with suggestions when nothing fits', async () => {
    const typo = await resolver.resolve('bedrom');
    expect(typo.kind).toBe('none');
    expect(names(typo).slice(0, 2)).toEqual(['Guest Bedroom', 'Master Bedroom']);
    const nothing = await resolver.resolve('spaceship hangar');
    expect(nothing).toEqual({ kind: 'none', suggestions: [] });
    expect(await resolver.resolve('   ')).toEqual({ kind: 'none', suggestions: [] });
  });

  it('filters by entity type', async () => {
    const manual = await resolver.resolve('oven', { types: ['manual'] });
    expect(matched(manual).name).toBe('Oven Manual');
    expect(matched(await resolver.resolve('oven', { types: ['device'] })).name).toBe('Oven');
    expect(matched(await resolver.resolve('vacuum', { types: ['procedure'] })).name).toBe('Empty the Robot Vacuum');
    const kitchen = await entityNamed('Kitchen');
    expect((await resolver.resolve(kitchen.id, { types: ['device'] })).kind).toBe('none');
    expect((await resolver.resolve('Kitchen', { types: ['app'] as EntityType[] })).kind).toBe('none');
  });

  it('never resolves tombstoned entities, and sees changes after onDidChange', async () => {
    expect(matched(await resolver.resolve('Oven')).name).toBe('Oven');
    const oven = await entityNamed('Oven');
    await store.applyChanges({
      entities: [{ ...oven, version: formatVersion(Date.UTC(2026, 5, 1) * 1000, 1, 'test'), content: { ...oven.content, deleted: true }, parent_versions: [oven.version] }],
      pending: true,
    });
    const after = await resolver.resolve('Oven');
    expect(after.kind === 'match' ? after.entity.id : undefined).not.toBe(oven.id);
    expect(names(await resolver.resolve('oven', { types: ['device'] }))).not.toContain('Oven');
    expect((await resolver.resolve(oven.id)).kind).toBe('none');

    await store.applyChanges({
      entities: [{ id: 'c1d9b0e4-0a43-4c3e-9d55-2f9f3c6b7a10', version: formatVersion(Date.UTC(2026, 5, 2) * 1000, 2, 'test'), entity_type: 'room', name: 'Wine Cellar', content: {}, source_type: 'manual', user_id: 'test', parent_versions: [] }],
      pending: true,
    });
    expect(matched(await resolver.resolve('the wine cellar')).name).toBe('Wine Cellar');
  });

  it('resolveOrThrow returns the entity or throws not_found / ambiguous AppErrors', async () => {
    expect((await resolveOrThrow(resolver, 'the TV')).name).toBe('Living Room TV');
    const notFound = await resolveOrThrow(resolver, 'bedrom').catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(AppError);
    expect(notFound).toMatchObject({ type: 'not_found' });
    expect((notFound as AppError).message).toBe("I couldn't find 'bedrom'. Did you mean Guest Bedroom, Master Bedroom or Master Bedroom Window?");
    const ambiguous = await resolveOrThrow(resolver, 'bedroom').catch((e: unknown) => e);
    expect(ambiguous).toMatchObject({ type: 'ambiguous', message: "'bedroom' could mean: Guest Bedroom, Master Bedroom." });
    const details = (ambiguous as AppError).options.details as { candidates: Array<{ id: string; name: string; entity_type: string }> };
    expect(details.candidates.map((c) => [c.name, c.entity_type])).toEqual([['Guest Bedroom', 'room'], ['Master Bedroom', 'room']]);
    expect(details.candidates[0]?.id).toBe((await entityNamed('Guest Bedroom')).id);
    await expect(resolveOrThrow(resolver, 'spaceship')).rejects.toMatchObject({ type: 'not_found', message: "I couldn't find 'spaceship'." });
    await expect(resolveOrThrow(resolver, 'oven', ['app'])).rejects.toMatchObject({ type: 'not_found' });
  });
});

describe('EntityNameResolver at scale', () => {
  it('still resolves exact, plural and misspelt names among 20 000 entities', async () => {
    const rooms = ['Kitchen', 'Office', 'Attic', 'Basement', 'Porch', 'Loft', 'Den', 'Gym', 'Studio', 'Library'];
    const kinds = ['Light', 'Lamp', 'Sensor', 'Plug', 'Speaker', 'Camera', 'Blind', 'Fan', 'Heater', 'Switch'];
    const entities: Entity[] = [];
    for (let i = 0; i < 20_000; i++) {
      const n = i.toString(16).padStart(8, '0');
      entities.push({
        id: `${n}-0000-4000-8000-${n.padStart(12, '0')}`,
        version: formatVersion(Date.UTC(2026, 2, 1) * 1000 + i, i % 1_000_000, 'bench'),
        entity_type: 'device',
        name: `Building ${Math.floor(i / 100)} ${rooms[i % 10]} ${kinds[Math.floor(i / 10) % 10]} ${i}`,
        content: {},
        source_type: 'generated',
        user_id: 'bench',
        parent_versions: [],
      });
    }
    await store.applyChanges({ entities, pending: false });
    // Speed is measured by bench/intents (name resolution is on every intent's path over a 20k-entity home); this test
    // checks that the answers stay right at that size.
    expect(matched(await resolver.resolve('the building 57 basement lights 5703')).name).toBe('Building 57 Basement Light 5703');
    expect(matched(await resolver.resolve('bilding 57 basment light 5703')).name).toBe('Building 57 Basement Light 5703');
    expect(matched(await resolver.resolve('kitchn')).name).toBe('Kitchen');
  });
});
