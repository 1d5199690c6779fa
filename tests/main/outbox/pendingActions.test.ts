// Issue 11, "Done when": an action approved offline whose target changed asks again; an expired one never runs; a
// poisoned one is parked while the rest go on. Real demo home, real approval service, real outbox, one SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvalMigrations } from '../../../src-main/approvals/approvalMigrations';
import { auditMigrations } from '../../../src-main/audit/auditMigrations';
import { approvalPendingActions } from '../../../src-main/outbox/approvalPendingActions';
import { outboxMigrations } from '../../../src-main/outbox/outboxMigrations';
import type { PendingActionPayload } from '../../../src-main/outbox/outboxPayloads';
import { compareTargets, pendingActionItem, revalidatePendingActions } from '../../../src-main/outbox/pendingActions';
import { SqliteOutbox } from '../../../src-main/outbox/SqliteOutbox';
import { graphMigrations } from '../../../src-main/store/migrations';
import { runMigrations } from '../../../src-main/store/runMigrations';
import type { Entity } from '../../../src-shared/protocol/entities';
import { openHarness, type Harness } from '../intents/intentHarness';

let h: Harness;
let outbox: SqliteOutbox;
const TTL_MS = 60 * 60 * 1000;

beforeEach(async () => {
  h = await openHarness();
  runMigrations(h.db, [...graphMigrations, ...approvalMigrations, ...auditMigrations, ...outboxMigrations]);
  outbox = new SqliteOutbox(h.db, { now: () => new Date(h.clock.nowMs) });
});
afterEach(() => {
  outbox.dispose();
  h.dispose();
});

const power = (e: Entity): unknown => (e.content['state'] as Record<string, unknown>)['power'];

/** What the app records when a person approves "turn off <name>" while offline. */
async function approvedOffline(name: string, options: { proposalId?: string | null; ttlMs?: number } = {}): Promise<string> {
  const target = await h.byName(name);
  const action: PendingActionPayload = {
    tool: 'update_entity', proposal_id: options.proposalId ?? null, conversation_id: 'conv-1', correlation_id: `offline-${name}`, proposer: 'intent-engine',
    approved_by: 'sam', approved_at: new Date(h.clock.nowMs).toISOString(), summary: { verb: 'Turn off' },
    targets: [{ entity_id: target.id, version: target.version, patch: { state: { power: 'off' } } }],
  };
  return (await outbox.enqueue(pendingActionItem(action, { now: new Date(h.clock.nowMs), ttlMs: options.ttlMs ?? TTL_MS }))).id;
}

/** Another client's edit arriving with a pull: a new server version of the entity. */
async function changedElsewhere(name: string, state: Record<string, unknown>): Promise<void> {
  const e = await h.byName(name);
  await h.store.applyChanges({
    entities: [{ ...e, version: `${e.version}-remote`, parent_versions: [e.version], user_id: 'alex', content: { ...e.content, state: { ...(e.content['state'] as object), ...state } } }],
    pending: false,
  });
}

describe('revalidatePendingActions', () => {
  it('unchanged target: runs through the approval path (decision and execution audited) and leaves the queue', async () => {
    const itemId = await approvedOffline('Bedside Lamp');
    const outcomes = await revalidatePendingActions(outbox, h.store, approvalPendingActions(h.approvals));
    expect(outcomes).toEqual([{ itemId, outcome: 'executed', proposalId: expect.any(String) }]);
    expect(power(await h.byName('Bedside Lamp'))).toBe('off');
    const proposalId = (outcomes[0] as { proposalId: string }).proposalId;
    expect(h.approvals.get(proposalId)).toMatchObject({ status: 'executed', decided_by: 'sam' });
    expect(h.audit.list({ proposalId }).map((e) => e.kind).sort()).toEqual(['decision', 'execution', 'proposal']);
    expect(await outbox.get(itemId)).toMatchObject({ status: 'done' });
  });

  it('changed target: nothing runs; a fresh card against now, linked from the card approved offline', async () => {
    const lamp = await h.byName('Bedside Lamp');
    const old = await h.approvals.create({ conversationId: 'conv-1', correlationId: 'c-1', proposer: 'intent-engine', userId: 'sam', summary: { verb: 'Turn off' }, targets: [{ entity: lamp, patch: { state: { power: 'off' } } }] });
    const itemId = await approvedOffline('Bedside Lamp', { proposalId: old.id });
    await changedElsewhere('Bedside Lamp', { level: 80 });
    const before = await h.byName('Bedside Lamp');

    const outcomes = await revalidatePendingActions(outbox, h.store, approvalPendingActions(h.approvals));
    expect(outcomes).toEqual([{ itemId, outcome: 'reapproval', proposalId: expect.any(String), changed: ['Bedside Lamp'] }]);
    const fresh = h.approvals.get((outcomes[0] as { proposalId: string }).proposalId);
    expect(fresh).toMatchObject({ status: 'pending' });
    expect(fresh.changes[0]).toMatchObject({ base_version: before.version, changes: { content: { state: { power: 'off', level: 80 } } } });
    expect(h.approvals.replacementOf(old.id)?.id).toBe(fresh.id);
    expect(await h.byName('Bedside Lamp')).toEqual(before);
    expect(await outbox.get(itemId)).toMatchObject({ status: 'done' });
  });

  it('a remembered rule never approves the fresh card of a changed target', async () => {
    const lamp = await h.byName('Bedside Lamp');
    const first = await h.approvals.create({ conversationId: null, correlationId: 'c-0', proposer: 'intent-engine', userId: 'sam', summary: { verb: 'Turn on' }, targets: [{ entity: lamp, patch: { state: { power: 'on' } } }] });
    await h.approvals.decide(first.id, 'approve', { userId: 'sam', remember: true });
    // Sync pushes before it pulls: the first approval's edit is acknowledged before another client's edit arrives.
    const turnedOn = await h.byName('Bedside Lamp');
    await h.store.markPushed('test-server', { entities: [{ id: turnedOn.id, version: turnedOn.version }], relationships: [] });
    await approvedOffline('Bedside Lamp');
    await changedElsewhere('Bedside Lamp', { level: 5 });
    const [outcome] = await revalidatePendingActions(outbox, h.store, approvalPendingActions(h.approvals));
    expect(outcome).toMatchObject({ outcome: 'reapproval' });
    expect(h.approvals.get((outcome as { proposalId: string }).proposalId).status).toBe('pending');
  });

  it('expired: never runs, shows as expired; a vanished target is parked; the others still run', async () => {
    const expiring = await approvedOffline('Bedside Lamp', { ttlMs: 60_000 });
    const gone = await outbox.enqueue(pendingActionItem({
      tool: 'update_entity', proposal_id: null, conversation_id: null, correlation_id: 'x', proposer: 'intent-engine', approved_by: 'sam', approved_at: 'now',
      summary: { verb: 'Turn off' }, targets: [{ entity_id: 'no-such-thing', version: 'v1', patch: { state: { power: 'off' } } }],
    }, { now: new Date(h.clock.nowMs), ttlMs: TTL_MS }));
    const fine = await approvedOffline('Living Room Floor Lamp');
    const lampBefore = await h.byName('Bedside Lamp');
    h.clock.nowMs += 2 * 60_000;

    const outcomes = await revalidatePendingActions(outbox, h.store, approvalPendingActions(h.approvals));
    expect(outcomes.map((o) => [o.itemId, o.outcome])).toEqual([[expiring, 'expired'], [gone.id, 'parked'], [fine, 'executed']]);
    expect(await h.byName('Bedside Lamp')).toEqual(lampBefore);
    expect(power(await h.byName('Living Room Floor Lamp'))).toBe('off');
    expect(await outbox.get(expiring)).toMatchObject({ status: 'expired' });
    expect(await outbox.get(gone.id)).toMatchObject({ status: 'parked', lastError: 'no-such-thing no longer exists in the home; nothing was changed.' });
    // A second pass has nothing left to do.
    expect(await revalidatePendingActions(outbox, h.store, approvalPendingActions(h.approvals))).toEqual([]);
  });

  it('compareTargets tells changed from missing', async () => {
    const lamp = await h.byName('Bedside Lamp');
    const action = { targets: [{ entity_id: lamp.id, version: 'old', patch: {} }, { entity_id: 'gone', version: 'v', patch: {} }] } as unknown as PendingActionPayload;
    expect(compareTargets(action, new Map([[lamp.id, lamp]]))).toEqual({ changed: ['Bedside Lamp'], missing: ['gone'] });
  });
});
