// Issue 12, round 44, speed. Two costs of the bench's slowest questions are now made once per home instead of per
// question, and each gives what the per-question work gave:
// - "what automations run in the hallway" read every device's links from the store (get_entity_details) to find the
//   automations a `triggered_by` edge says it sets off; the snapshot reads those edges once (setOffByDevice.ts).
// - a typo search built a new fuse.js instance over the names the trigram prefilter kept; the records fuse.js makes
//   of those names are made once per name index, with one instance (namesFuse.ts).
// - a containment tier of the name search sorted every name with the word said by locale to keep the first eight
//   (thousands of "thermostat" names in a big home): the first eight are picked in one pass (firstWithinMargin).
// - "the thermostat schedule" checked every device that says "thermostat" for a description saying both words; only
//   those that say the rarer word, in their own words or a state field, can (describedDevice.ts, a field-word index
//   made once per snapshot).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src-main/graph/nameIndex';
import { FUSE_OPTIONS, fuseOf } from '../../../src-main/graph/namesFuse';
import { byScoreThenName, firstWithinMargin, searchFuse, trigramCandidates } from '../../../src-main/graph/rankNameCandidates';
import type { IndexEntry } from '../../../src-main/graph/nameIndex';
import { deviceDescribedAs } from '../../../src-main/intents/describedDevice';
import { tokenize } from '../../../src-main/intents/normalizeText';
import { linkedInto } from '../../../src-main/intents/linkedInto';
import type { GetEntityDetailsResult } from '../../../src-main/tools/getEntityDetails';
import { openHarness, type Harness } from './intentHarness';
import { fixtureQuestions } from './skippedReaders';
import { device, openSmallHome, room } from './smallHome';

const FIXTURES = join(import.meta.dirname, '../../fixtures/homes');
const fixtureHome = (name: string): string => readFileSync(join(FIXTURES, `${name}.home.json`), 'utf8');

describe('round 44: the automations each device sets off are read once per snapshot', () => {
  // Homes with automations that several devices set off (a leak shutoff, a smoke response).
  for (const home of ['toronto', 'edinburgh', 'zurich']) {
    it(`gives, for every device of ${home}, what its get_entity_details read gave`, async () => {
      const h = await openHarness({ homeJson: fixtureHome(home) });
      try {
        const snapshot = await h.engine.index.get();
        let found = 0;
        for (const d of snapshot.devices) {
          const { result } = await h.registry.run('get_entity_details', { entity_id: d.id, include_connected: true }, h.toolContext('test', 'test'));
          const read = linkedInto(result as GetEntityDetailsResult, new Set(['triggered_by']), new Set(['automation']));
          expect((snapshot.setOffBy.get(d.id) ?? []).map((e) => e.id)).toEqual(read.map((e) => e.id));
          found += read.length;
        }
        expect(found).toBeGreaterThan(1);
        // Kept with the snapshot: the next question finds the same map.
        expect((await h.engine.index.get()).setOffBy).toBe(snapshot.setOffBy);
      } finally {
        h.dispose();
      }
    });
  }

  describe('a room whose two sensors set off one automation', () => {
    let h: Harness;
    beforeAll(async () => {
      h = await openSmallHome({
        entities: [
          { id: 'r44s-home', entity_type: 'home', name: 'Pine Cottage', content: {} },
          room('r44s-utility', 'Utility room'),
          room('r44s-hall', 'Hall'),
          device('r44s-leak1', 'Washer leak sensor', { type: 'sensor', capabilities: ['leak'], state: { leak: 'dry' } }),
          device('r44s-leak2', 'Boiler leak sensor', { type: 'sensor', capabilities: ['leak'], state: { leak: 'dry' } }),
          device('r44s-valve', 'Water main valve', { type: 'valve', capabilities: ['open_close'], state: { position: 'open' } }),
          { id: 'r44s-rule', entity_type: 'automation', name: 'Leak shutoff', content: { trigger: 'a leak sensor reports water', action: 'close the water main' } },
        ],
        placeOf: { 'r44s-leak1': 'r44s-utility', 'r44s-leak2': 'r44s-utility', 'r44s-valve': 'r44s-hall' },
        fallbackRoom: 'r44s-hall',
        edges: [
          { from: 'r44s-rule', to: 'r44s-leak1', type: 'triggered_by' },
          { from: 'r44s-rule', to: 'r44s-leak2', type: 'triggered_by' },
          { from: 'r44s-rule', to: 'r44s-valve', type: 'automates' },
        ],
        edgePrefix: 'r44s-edge',
      });
    });
    afterAll(() => h.dispose());

    it('says the automation once with both sensors (round 45: it was said twice and counted as two), without reading each device from the store', async () => {
      const answer = await h.responder.respond('what automations are in the utility room?', h.context());
      expect(answer?.text).toBe('No automation acts on the Utility room itself, but devices there set off this automation: Leak shutoff (set off by Boiler leak sensor and Washer leak sensor).');
      expect(answer?.citations.map((c) => c.name)).toEqual(['Utility room', 'Leak shutoff', 'Boiler leak sensor', 'Washer leak sensor']);
      expect(answer?.tool_calls.map((c) => c.name)).toEqual(['get_automations_in_room']);
    });

    it('reads a new edge after a graph change (a new snapshot)', async () => {
      const before = await h.engine.index.get();
      const rule = await h.byName('Leak shutoff');
      const hall = await h.byName('Water main valve');
      await h.store.applyChanges({ entities: [], relationships: [{ id: 'r44s-new', from_entity_id: rule.id, from_entity_version: rule.version, to_entity_id: hall.id, to_entity_version: hall.version, relationship_type: 'triggered_by', properties: {} }], pending: false });
      const after = await h.engine.index.get();
      expect(after).not.toBe(before);
      expect(after.setOffBy.get(hall.id)?.map((e) => e.name)).toEqual(['Leak shutoff']);
      expect(before.setOffBy.get(hall.id)).toBeUndefined();
    });
  });
});

describe('round 44: a typo search keeps one fuse.js instance and its records per name index', () => {
  it('finds, for the words of the fixture questions, what a new fuse.js instance over the same names finds', async () => {
    const h = await openHarness({ homeJson: fixtureHome('toronto') });
    try {
      const index = buildIndex(await h.store.listEntities());
      const queries = [...new Set(fixtureQuestions(6).flatMap((q) => [q, ...q.split(/\s+/).filter((w) => w.length >= 4)]))].slice(0, 1500);
      const typeSets = [undefined, new Set(['device' as const]), new Set(['room' as const, 'zone' as const])];
      let hits = 0;
      for (const query of queries) {
        for (const allowed of typeSets) {
          const positions = trigramCandidates(index, query, allowed);
          const names = positions.flatMap((p) => index.entries[p] ?? []);
          const anew = names.length === 0 ? [] : new Fuse(names, FUSE_OPTIONS).search(query.toLowerCase(), { limit: 20 })
            .map((r) => ({ entry: r.item, fuseScore: r.score ?? 1 }))
            .sort((a, b) => a.fuseScore - b.fuseScore || a.entry.entity.name.localeCompare(b.entry.entity.name));
          const kept = searchFuse(index, query, allowed);
          expect(kept.map((k) => [k.entry.entity.id, k.fuseScore])).toEqual(anew.map((k) => [k.entry.entity.id, k.fuseScore]));
          hits += kept.length;
        }
      }
      expect(hits).toBeGreaterThan(1000);
    } finally {
      h.dispose();
    }
  }, 120_000);

  it('makes the records once per index, and anew for a new index', async () => {
    const h = await openHarness();
    try {
      const entities = await h.store.listEntities();
      const index = buildIndex(entities);
      const first = fuseOf(index);
      searchFuse(index, 'bedrom', undefined);
      searchFuse(index, 'kitchn lights', new Set(['device']));
      expect(fuseOf(index)).toBe(first);
      expect(first.records).toHaveLength(index.entries.length);
      expect(fuseOf(buildIndex(entities))).not.toBe(first);
    } finally {
      h.dispose();
    }
  });
});

describe('round 44: the first names within the margin are picked without sorting them all', () => {
  it('gives what sorting all, keeping those within the margin and cutting gives (ties of score and name included)', () => {
    const names = ['Thermostat', 'thermostat', 'Hall thermostat', 'Éclairage', 'eclairage', 'Zone 2 thermostat', 'Attic'];
    let seed = 44;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 400; round++) {
      const scored = Array.from({ length: Math.floor(random() * 40) }, (_, i) => ({
        entry: { entity: { id: `e${i}`, name: names[Math.floor(random() * names.length)] ?? '' } } as unknown as IndexEntry,
        score: [0.9, 0.8, 0.72, 0.6, 0.45][Math.floor(random() * 5)] ?? 0,
      }));
      const limit = 1 + Math.floor(random() * 9);
      const ranked = [...scored].sort(byScoreThenName);
      const top = ranked[0];
      const within = top ? ranked.filter((s) => s.score >= top.score - 0.25) : [];
      const picked = firstWithinMargin(scored, 0.25, limit);
      expect(picked.within).toBe(within.length);
      expect(picked.first).toEqual(within.slice(0, limit));
    }
  });
});

describe('round 44: a described device is looked for among those that say the rarest word', () => {
  for (const home of ['toronto', 'lisboa', 'tokyo', 'campervan', 'munich']) {
    it(`finds in ${home}, for every span of its questions, what checking every device finds`, async () => {
      const h = await openHarness({ homeJson: fixtureHome(home) });
      try {
        const snapshot = await h.engine.index.get();
        const questions = (JSON.parse(readFileSync(join(FIXTURES, `${home}.questions.json`), 'utf8')) as { questions: Array<{ text: string }> }).questions.map((q) => q.text);
        let found = 0;
        for (const question of questions) {
          const tokens = tokenize(question);
          for (let from = 0; from < tokens.length; from++) {
            for (let to = from + 1; to <= Math.min(tokens.length, from + 4); to++) {
              const span = tokens.slice(from, to);
              const kept = deviceDescribedAs(snapshot, span);
              expect(kept?.id).toBe(deviceDescribedAs(snapshot, span, 'every')?.id);
              if (kept) found++;
            }
          }
        }
        expect(found).toBeGreaterThan(0);
      } finally {
        h.dispose();
      }
    }, 120_000);
  }
});
