// On start, a proposal left `approved` without an execution (an older build killed between decision and execution) is
// resolved: carried out when every target is still at its base version, otherwise failed; audited either way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../intents/intentHarness';

describe('ApprovalService.recoverInterrupted', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness();
  });
  afterEach(() => h.dispose());

  async function leftApproved(text: string): Promise<string> {
    const answer = await h.responder.respond(text, h.context());
    const id = answer?.proposal?.id ?? '';
    h.db.prepare("UPDATE action_proposals SET status = 'approved', decided_by = 'sam' WHERE id = ?").run(id);
    return id;
  }

  it('executes an untouched one, with the execution audited', async () => {
    const id = await leftApproved('turn on the porch light');
    const [recovered] = h.approvals.recoverInterrupted();
    expect(recovered?.status).toBe('executed');
    expect((await h.byName('Porch Light')).content['state']).toMatchObject({ power: 'on' });
    expect(h.audit.list({ proposalId: id, kind: 'execution' })).toHaveLength(1);
    expect(h.approvals.list('approved')).toEqual([]);
  });

  it('fails a half-applied one without writing more, and says so in the audit log', async () => {
    const id = await leftApproved('turn off all lights in the living room');
    const lamp = await h.byName('Living Room Floor Lamp');
    await h.registry.run('update_entity', { entity_id: lamp.id, changes: { content: { state: { power: 'off', level: 35 } } } }, h.toolContext('sam', 'half'));
    const [recovered] = h.approvals.recoverInterrupted();
    expect(recovered?.status).toBe('needs_reapproval');
    expect((await h.byName('Living Room Ceiling Light')).content['state']).toMatchObject({ power: 'on' });
    expect(h.audit.list({ proposalId: id, kind: 'failure' }).map((e) => e.message).join('\n')).toMatch(/Interrupted before it finished/);
    expect(h.approvals.list('approved')).toEqual([]);
  });
});
