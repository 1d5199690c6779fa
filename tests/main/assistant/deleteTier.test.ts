// Deleting your own todo or reminder is an everyday change: a tier-2 card that one click approves. Deleting another
// household member's item is tier 3, and the card's tier (from the approval gate's update_entity evidence) agrees
// with the tool's own tier.
import { afterEach, describe, expect, it } from 'vitest';
import { createItem } from '../../../src-main/assistant/householdWrites';
import { EntityNameResolver } from '../../../src-main/graph/EntityNameResolver';
import { VersionClock } from '../../../src-shared/protocol/version';
import { openAssistantHarness, type AssistantHarness } from './assistantHarness';

let h: AssistantHarness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

async function askerId(harness: AssistantHarness): Promise<string> {
  await harness.say('add oat milk to the shopping list');
  const [note] = (await harness.t.services.store.listEntities({ types: ['note'] })).filter((e) => e.name === 'oat milk');
  if (!note) throw new Error('the todo was not created');
  return note.user_id;
}

describe('deleting todos and reminders through the approval gate', () => {
  it('own todo: a tier-2 card; approving it deletes the todo', async () => {
    h = await openAssistantHarness();
    await askerId(h);
    const reply = await h.say('delete oat milk from the shopping list');
    expect(reply.response).toMatch(/Delete “oat milk” needs your approval/);
    expect(reply.proposal).toMatchObject({ status: 'pending', tier: 2, tool: 'update_entity' });
    const decided = await h.call('approvals.decide', { proposalId: reply.proposal!.id, decision: 'approve' });
    expect(decided.status).toBe('executed');
    const { todos } = await h.call('assistant.overview', {});
    expect(todos.map((t) => t.title)).not.toContain('oat milk');
  });

  it('own reminder: tier 2; another member\'s todo or reminder: tier 3', async () => {
    h = await openAssistantHarness();
    const asker = await askerId(h);
    const ctx = { store: h.t.services.store, clock: new VersionClock(), userId: asker };
    await createItem(ctx, 'note', 'mow the lawn', { kind: 'todo', done: false, priority: 'normal', due: null, assignee: 'alex', list: null, order: 1, completed_at: null });
    await createItem(ctx, 'schedule', 'dentist', { kind: 'reminder', at: '2026-10-30T09:00:00.000Z', recurrence: null, snoozed_until: null, done: false, fired_for: null, assignee: 'alex' });
    await createItem(ctx, 'schedule', 'call mom', { kind: 'reminder', at: '2026-10-30T09:00:00.000Z', recurrence: null, snoozed_until: null, done: false, fired_for: null, assignee: null });

    const own = await h.say('delete the reminder to call mom');
    expect(own.proposal).toMatchObject({ status: 'pending', tier: 2 });
    const othersTodo = await h.say('delete the todo mow the lawn');
    expect(othersTodo.proposal).toMatchObject({ status: 'pending', tier: 3, can_remember: false });
    const othersReminder = await h.say('delete the reminder about the dentist');
    expect(othersReminder.proposal).toMatchObject({ status: 'pending', tier: 3 });

    // The tools say the same as the gate.
    const registry = h.t.services.tools;
    const resolver = new EntityNameResolver(h.t.services.store);
    const toolCtx = { ...ctx, resolver, correlationId: 'c' };
    expect((await registry.prepare('delete_reminder', { reminder: 'call mom' }, toolCtx)).tier).toBe(2);
    expect((await registry.prepare('delete_todo', { todo: 'mow the lawn' }, toolCtx)).tier).toBe(3);
    expect((await registry.prepare('delete_reminder', { reminder: 'dentist' }, toolCtx)).tier).toBe(3);
  });
});
