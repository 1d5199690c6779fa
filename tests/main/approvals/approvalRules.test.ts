// Issue 8, finding 2: "always allow" was keyed by (tool, entity) only, so after one "turn on the porch light" a model
// proposal that renamed the light and rewrote its content ran with no card; rules could not be seen or revoked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionProposalView } from '../../../src-preload/contract/views';
import { createModelProposer } from '../../../src-main/chat/proposeModelToolCall';
import { openHarness, type Harness } from '../intents/intentHarness';

describe('remembered rules are narrow, visible and revocable', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness();
  });
  afterEach(() => h.dispose());

  async function propose(text: string): Promise<ActionProposalView> {
    const answer = await h.responder.respond(text, h.context());
    if (!answer?.proposal) throw new Error(`no proposal for "${text}": ${answer?.text ?? 'declined'}`);
    return answer.proposal;
  }
  const modelProposes = (args: Record<string, unknown>) =>
    createModelProposer(h.approvals, h.resolver)({ name: 'update_entity', arguments: args }, { ...h.context(), proposer: 'some-model' });

  async function rememberPorchLight(): Promise<void> {
    const first = await propose('turn on the porch light');
    expect(first.can_remember).toBe(true);
    await h.approvals.decide(first.id, 'approve', { userId: 'sam', remember: true });
  }

  it('the rule is "Porch Light: power on/off", listed, and covers exactly that', async () => {
    await rememberPorchLight();
    const rules = h.approvals.listRules();
    expect(rules.map((r) => r.description)).toEqual(['Porch Light: power on/off']);
    const off = await propose('turn off the porch light');
    expect(off.status).toBe('executed');
    expect(off.approved_by_rule).toEqual({ id: rules[0]?.id, description: 'Porch Light: power on/off' });
    const kinds = h.audit.list({ proposalId: off.id }).map((e) => e.kind).reverse();
    expect(kinds).toEqual(['proposal', 'decision', 'execution']);
    expect(h.audit.list({ kind: 'rule' })).toHaveLength(1);
  });

  it('a rename or a content rewrite of a remembered light is never auto-approved', async () => {
    await rememberPorchLight();
    const porch = await h.byName('Porch Light');
    const renamed = await modelProposes({ entity_id: porch.id, changes: { name: 'Haustür' } });
    expect(renamed.status).toBe('pending');
    const rewritten = await modelProposes({ entity_id: porch.id, changes: { content: { type: 'lock', capabilities: ['lock_unlock'] } } });
    expect(rewritten.status).toBe('pending');
    expect(rewritten.tier).toBe(3);
    const stateAndText = await modelProposes({ entity_id: porch.id, changes: { content: { state: { power: 'off' }, notes: 'x' } } });
    expect(stateAndText.status).toBe('pending');
    // A value outside the rule (dimming) also needs a click.
    const dim = await propose('dim the porch light to 30%');
    expect(dim.status).toBe('pending');
    expect((await h.byName('Porch Light')).name).toBe('Porch Light');
  });

  it('a model state change inside the rule is covered; the same on another entity is not', async () => {
    await rememberPorchLight();
    const porch = await h.byName('Porch Light');
    const inside = await modelProposes({ entity_id: porch.id, changes: { content: { state: { power: 'off' } } } });
    expect(inside.status).toBe('executed');
    const other = await propose('turn on the hallway light');
    expect(other.status).toBe('pending');
  });

  it('tier 3 is never remembered, and renames cannot be remembered', async () => {
    const unlock = await propose('unlock the front door');
    expect(unlock.can_remember).toBe(false);
    await expect(h.approvals.decide(unlock.id, 'approve', { userId: 'sam', remember: true })).rejects.toMatchObject({ type: 'forbidden' });
    const porch = await h.byName('Porch Light');
    const rename = await modelProposes({ entity_id: porch.id, changes: { name: 'Front Light' } });
    expect(rename.tier).toBe(2);
    expect(rename.can_remember).toBe(false);
    await expect(h.approvals.decide(rename.id, 'approve', { userId: 'sam', remember: true })).rejects.toMatchObject({ type: 'forbidden' });
    expect(h.approvals.listRules()).toEqual([]);
  });

  it('revoking a rule brings the card back, and is audited', async () => {
    await rememberPorchLight();
    const [rule] = h.approvals.listRules();
    expect(h.approvals.revokeRule(rule?.id ?? '', 'sam', 'turn-x')).toEqual({ revoked: true });
    expect(h.approvals.listRules()).toEqual([]);
    const off = await propose('turn off the porch light');
    expect(off.status).toBe('pending');
    expect(h.audit.list({ kind: 'rule' }).map((e) => e.message)).toEqual(['Revoked "always allow": Porch Light: power on/off', 'Always allow: Porch Light: power on/off']);
  });
});
