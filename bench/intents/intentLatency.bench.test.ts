// Latency of answering with the intent engine (match + slot resolution + tool reads + composing the reply) over the
// demo home and over a generated 20 000-entity home. Targets: p95 ≤ 5 ms (demo) and ≤ 25 ms (20k). Writes
// bench/results/intents.json. Control phrasings are measured up to the proposal (a row in the approvals table).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Entity, Relationship } from '../../src-shared/protocol/entities';
import { formatVersion } from '../../src-shared/protocol/version';
import { forgetRecentResults } from '../../src-main/intents/recentResults';
import { openHarness, type Harness } from '../../tests/main/intents/intentHarness';

const QUERIES = [
  'what devices are in the kitchen?', 'what connects to the kitchen', 'which lights are on?', 'find all lights', 'Philips devices',
  'what can dim?', 'battery-powered devices', 'how many lights are there?', 'how do I reset the thermostat schedule?',
  'is the garage door open?', "what's the hallway thermostat set to?", 'what controls the front door lock?',
  'which app controls the front door lock?', 'what automations run in the hallway?', 'where is the robot vacuum?',
  'turn off the kitchen lights', 'unlock the front door', 'what devices are in the bedrom', 'tell me a joke',
  // A kind the home has none of: the none guard searches every device's fields before saying so.
  'any baby monitors?',
];
const RUNS_PER_QUERY = 30;

interface Figures {
  p50Ms: number; p95Ms: number; maxMs: number; samples: number; slowestIntent: string; slowestIntentP95Ms: number; entities: number;
  /** Baseline in the same run: the one tool call that "what devices are in the kitchen?" needs, called directly by id. */
  baseline: { toolCallP50Ms: number; intentAnswerP50Ms: number; ratio: number };
}

/** What the engine adds on top of the graph read itself: the same question answered vs the tool called directly. */
async function baseline(h: Harness): Promise<Figures['baseline']> {
  const kitchen = await h.byName('Kitchen');
  const question = 'what devices are in the kitchen?';
  const direct: number[] = [];
  const viaEngine: number[] = [];
  for (let i = 0; i < 10; i++) await h.registry.run('get_devices_in_room', { room_id: kitchen.id }, h.toolContext('bench', 'bench'));
  for (let run = 0; run < RUNS_PER_QUERY * 3; run++) {
    let started = performance.now();
    await h.registry.run('get_devices_in_room', { room_id: kitchen.id }, h.toolContext('bench', 'bench'));
    direct.push(performance.now() - started);
    forgetRecentResults();
    started = performance.now();
    await h.responder.respond(question, h.context());
    viaEngine.push(performance.now() - started);
  }
  const toolCallP50Ms = percentile(direct, 50);
  const intentAnswerP50Ms = percentile(viaEngine, 50);
  return { toolCallP50Ms: round(toolCallP50Ms), intentAnswerP50Ms: round(intentAnswerP50Ms), ratio: round(intentAnswerP50Ms / toolCallP50Ms) };
}

async function measure(h: Harness): Promise<Figures> {
  const all: number[] = [];
  const byIntent = new Map<string, number[]>();
  for (const q of QUERIES) await h.responder.respond(q, h.context()); // warm-up: snapshot + name index
  for (let run = 0; run < RUNS_PER_QUERY; run++) {
    for (const q of QUERIES) {
      // Each question is measured as if asked for the first time: the memos of recent tokens and folded text would
      // otherwise answer the repeats of this loop (a person rarely types the same sentence twice).
      forgetRecentResults();
      const started = performance.now();
      const answer = await h.responder.respond(q, h.context());
      const ms = performance.now() - started;
      all.push(ms);
      const key = answer?.model ?? '(declined)';
      const list = byIntent.get(key) ?? [];
      list.push(ms);
      byIntent.set(key, list);
      // Pending proposals are never approved here, so the graph (and its caches) stay warm.
    }
  }
  let slowest = { intent: '', p95: 0 };
  for (const [intent, samples] of byIntent) {
    const p = percentile(samples, 95);
    if (p > slowest.p95) slowest = { intent, p95: p };
  }
  const stats = await h.store.getStats();
  return { baseline: await baseline(h), p50Ms: round(percentile(all, 50)), p95Ms: round(percentile(all, 95)), maxMs: round(Math.max(...all)), samples: all.length, slowestIntent: slowest.intent, slowestIntentP95Ms: round(slowest.p95), entities: stats.entityCount };
}

it('intent engine latency', async () => {
  const demo = await openHarness();
  const demoFigures = await measure(demo);
  demo.dispose();

  const big = await openHarness();
  await big.store.applyChanges({ ...generateHome(20_000, await big.byName('Hartley House')), pending: false });
  const bigFigures = await measure(big);
  big.dispose();

  const result = { measuredAt: new Date().toISOString(), node: process.version, targets: { demoP95Ms: 5, bigP95Ms: 25 }, demo: demoFigures, big: bigFigures };
  console.log(JSON.stringify(result, null, 2));
  const dir = join(import.meta.dirname, '../results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'intents.json'), `${JSON.stringify(result, null, 2)}\n`);
  expect(demoFigures.samples).toBe(QUERIES.length * RUNS_PER_QUERY);
});

/** Adds about `count` entities to the demo home: zones of rooms full of devices, plus procedures and notes. */
function generateHome(count: number, home: Entity): { entities: Entity[]; relationships: Relationship[] } {
  const entities: Entity[] = [];
  const relationships: Relationship[] = [];
  let n = 0;
  const make = (type: Entity['entity_type'], name: string, content: Record<string, unknown>): Entity => {
    n++;
    const e: Entity = { id: `gen-${n}`, version: formatVersion(Date.UTC(2026, 0, 1) * 1000 + n, n % 1_000_000, 'gen'), entity_type: type, name, content, source_type: 'generated', user_id: 'gen', parent_versions: [] };
    entities.push(e);
    return e;
  };
  const link = (from: Entity, to: Entity, type: Relationship['relationship_type']): void => {
    relationships.push({ id: `gen-edge-${relationships.length}`, from_entity_id: from.id, from_entity_version: from.version, to_entity_id: to.id, to_entity_version: to.version, relationship_type: type, properties: {} });
  };
  const types = ['light', 'contact_sensor', 'speaker', 'switch', 'thermostat', 'camera', 'lock'];
  const makers = ['Philips Hue', 'Acme', 'Globex', 'Initech', 'Umbrella', 'Aqara'];
  for (let z = 0; n < count; z++) {
    const zone = make('zone', `Wing ${z}`, { kind: 'floor' });
    link(zone, home, 'part_of');
    for (let r = 0; r < 20 && n < count; r++) {
      const room = make('room', `Wing ${z} Room ${r}`, { floor: z });
      link(room, zone, 'located_in');
      for (let d = 0; d < 8 && n < count; d++) {
        const type = types[(z + r + d) % types.length] ?? 'light';
        const device = make('device', `W${z} R${r} ${type.replace('_', ' ')} ${d}`, { type, manufacturer: makers[(z + d) % makers.length], capabilities: type === 'light' ? ['on_off', 'dimming'] : ['on_off'], power_source: d % 3 === 0 ? 'battery' : 'mains', battery_pct: 50 + d, state: { power: d % 2 ? 'on' : 'off', level: 40 } });
        link(device, room, 'located_in');
      }
      if (r % 5 === 0) make('note', `Wing ${z} note ${r}`, { text: `Maintenance log for wing ${z}` });
    }
  }
  return { entities, relationships };
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
