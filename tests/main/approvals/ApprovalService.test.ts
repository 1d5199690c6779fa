import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionProposalView } from '../../../src-preload/contract/views';
import { AppError } from '../../../src-shared/errors';
import { openHarness, type Harness } from '../intents/intentHarness';

function state(entity: { content: Record<string, unknown> }): Record<string, unknown> {
  return entity.content['state'] as Record<string, unknown>;
}

describe('ApprovalService', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness();
  });
  afterEach(() => h.dispose());

  async function propose(text: string, overrides: Parameters<Harness['context']>[0] = {}): Promise<ActionProposalView> {
    const answer = await h.responder.respond(text, h.context(overrides));
    if (!answer?.proposal) throw new Error(`no proposal for "${text}": ${answer?.text ?? 'declined'}`);
    return answer.proposal;
  }

  it('tier 2: one-click approve writes a new pending version with the whole new state', async () => {
    const before = await h.byName('Bedside Lamp');
    const proposal = await propose('turn off the bedside lamp');
    expect(proposal.tier).toBe(2);
    expect(proposal.can_remember).toBe(true);
    expect(proposal.description).toBe('Turn off Bedside Lamp');
    expect(proposal.changes[0]?.changes).toEqual({ content: { state: { power: 'off', level: 20 } } });
    expect(proposal.changes[0]?.base_version).toBe(before.version);

    const done = await h.approvals.decide(proposal.id, 'approve', { userId: 'sam' });
    expect(done.status).toBe('executed');
    const after = await h.byName('Bedside Lamp');
    expect(after.version).not.toBe(before.version);
    expect(after.parent_versions).toEqual([before.version]);
    expect(state(after)).toEqual({ power: 'off', level: 20 });
    expect(done.result?.new_versions).toEqual([{ entity_id: after.id, version: after.version }]);
    const row = h.db.prepare('SELECT pending FROM entity_versions WHERE id = ? AND version = ?').get(after.id, after.version) as { pending: number };
    expect(row.pending).toBe(1);
    // Edges were re-pinned to the new version by update_entity.
    const edge = h.db.prepare("SELECT from_version FROM relationships WHERE from_id = ? AND type = 'located_in'").get(after.id) as { from_version: string };
    expect(edge.from_version).toBe(after.version);
  });

  it('group proposal describes the targets and changes each one', async () => {
    const proposal = await propose('turn off all lights in the living room');
    expect(proposal.description).toBe('Turn off 2 lights in the Living Room: Living Room Ceiling Light, Living Room Floor Lamp');
    await h.approvals.decide(proposal.id, 'approve', { userId: 'sam' });
    expect(state(await h.byName('Living Room Ceiling Light'))['power']).toBe('off');
    expect(state(await h.byName('Living Room Floor Lamp'))['power']).toBe('off');
  });

  it('tier 3 (unlock the front door) cannot be remembered, and nothing changes when refused', async () => {
    const proposal = await propose('unlock the front door');
    expect(proposal.tier).toBe(3);
    expect(proposal.can_remember).toBe(false);
    await expect(h.approvals.decide(proposal.id, 'approve', { userId: 'sam', remember: true })).rejects.toMatchObject({ type: 'forbidden' });
    expect(h.approvals.get(proposal.id).status).toBe('pending');
    expect(state(await h.byName('Front Door Lock'))['lock']).toBe('locked');
    expect(h.approvals.isRemembered('update_entity', (await h.byName('Front Door Lock')).id)).toBe(false);
    const done = await h.approvals.decide(proposal.id, 'approve', { userId: 'sam' });
    expect(done.status).toBe('executed');
    expect(state(await h.byName('Front Door Lock'))['lock']).toBe('unlocked');
  });

  it('bulk changes over 5 entities are tier 3', async () => {
    const proposal = await propose('turn on all the lights'); // 5 are off → not bulk
    expect(proposal.tier).toBe(2);
    await h.approvals.decide(proposal.id, 'approve', { userId: 'sam' });
    const bulk = await propose('turn off all the lights'); // now all 10 are on
    expect(bulk.targets).toHaveLength(10);
    expect(bulk.tier).toBe(3);
  });

  it('remembered tier-2 rules auto-approve later proposals for the same entity, still audited', async () => {
    const first = await propose('turn off the bedside lamp');
    await h.approvals.decide(first.id, 'approve', { userId: 'sam', remember: true });
    const second = await propose('turn on the bedside lamp');
    expect(second.status).toBe('executed');
    expect(state(await h.byName('Bedside Lamp'))['power']).toBe('on');
    const kinds = h.audit.list({ proposalId: second.id }).map((e) => e.kind).reverse();
    expect(kinds).toEqual(['proposal', 'decision', 'execution']);
    // A different entity is not covered by the rule.
    const other = await propose('turn on the porch light');
    expect(other.status).toBe('pending');
  });

  it('expired proposals are refused and nothing is written', async () => {
    const before = await h.byName('Porch Light');
    const proposal = await propose('turn on the porch light');
    h.clock.nowMs += 10 * 60 * 1000 + 1;
    await expect(h.approvals.decide(proposal.id, 'approve', { userId: 'sam' })).rejects.toBeInstanceOf(AppError);
    expect(h.approvals.get(proposal.id).status).toBe('expired');
    expect((await h.byName('Porch Light')).version).toBe(before.version);
    expect(h.audit.list({ proposalId: proposal.id, kind: 'failure' })).toHaveLength(1);
  });

  it('re-validates: a concurrent change marks it needs_reapproval, writes nothing and offers a fresh proposal', async () => {
    const proposal = await propose('dim the bedside lamp to 30%');
    // Someone else changes the lamp in between (a sync pull, another window).
    const lamp = await h.byName('Bedside Lamp');
    await h.registry.run('update_entity', { entity_id: lamp.id, changes: { content: { state: { power: 'on', level: 80 } } } }, h.toolContext('priya', 'other'));
    const changed = await h.byName('Bedside Lamp');
    const result = await h.approvals.decide(proposal.id, 'approve', { userId: 'sam' });
    expect(result.status).toBe('needs_reapproval');
    expect((await h.byName('Bedside Lamp')).version).toBe(changed.version);
    const fresh = h.approvals.replacementOf(proposal.id);
    expect(fresh?.status).toBe('pending');
    expect(fresh?.changes[0]?.base_version).toBe(changed.version);
    expect(fresh?.changes[0]?.changes).toEqual({ content: { state: { power: 'on', level: 30 } } });
    const executed = await h.approvals.decide(fresh?.id ?? '', 'approve', { userId: 'sam' });
    expect(executed.status).toBe('executed');
    expect(state(await h.byName('Bedside Lamp'))['level']).toBe(30);
  });

  it('deny writes nothing', async () => {
    const before = await h.byName('Garage Door');
    const proposal = await propose('open the garage door');
    const denied = await h.approvals.decide(proposal.id, 'deny', { userId: 'sam' });
    expect(denied.status).toBe('denied');
    expect(denied.decided_by).toBe('sam');
    expect((await h.byName('Garage Door')).version).toBe(before.version);
    await expect(h.approvals.decide(proposal.id, 'approve', { userId: 'sam' })).rejects.toMatchObject({ type: 'conflict' });
  });

  it('guests get an explanation, never a proposal, and cannot decide', async () => {
    const answer = await h.responder.respond('turn off the kitchen lights', h.context({ role: 'guest', userId: 'visitor' }));
    expect(answer?.proposal).toBeNull();
    expect(answer?.text).toMatch(/guest/);
    expect(h.approvals.list()).toHaveLength(0);
    const proposal = await propose('turn off the bedside lamp');
    await expect(h.approvals.decide(proposal.id, 'approve', { userId: 'visitor', role: 'guest' })).rejects.toMatchObject({ type: 'forbidden' });
  });

  it('the audit log shows proposal → decision → execution in order with the same correlation id', async () => {
    const context = h.context({ correlationId: 'turn-audit-1' });
    const answer = await h.responder.respond('turn on the porch light', context);
    const proposal = answer?.proposal;
    if (!proposal) throw new Error('no proposal');
    await h.approvals.decide(proposal.id, 'approve', { userId: 'sam' });
    const entries = h.audit.list({ proposalId: proposal.id });
    expect(entries.map((e) => e.kind)).toEqual(['execution', 'decision', 'proposal']); // newest first
    expect(new Set(entries.map((e) => e.correlation_id))).toEqual(new Set(['turn-audit-1']));
    const [execution, decision, proposed] = entries;
    expect(proposed?.actor).toBe('intent-engine');
    expect(proposed?.proposer).toBe('intent-engine');
    expect(decision?.actor).toBe('sam');
    expect(execution?.actor).toBe('app');
    expect(execution?.result).toMatchObject({ error: null });
  });

  it('fires onDidChange for creation and every status change', async () => {
    const seen: string[] = [];
    const sub = h.approvals.onDidChange((p) => seen.push(p.status));
    const proposal = await propose('turn on the porch light');
    await h.approvals.decide(proposal.id, 'approve', { userId: 'sam' });
    sub.dispose();
    expect(seen).toEqual(['pending', 'executed']);
    expect(h.approvals.list('executed').map((p) => p.id)).toEqual([proposal.id]);
  });
});
