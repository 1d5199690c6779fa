// The approvals and audit side of conversation sync on real SQLite (the two-client run through our server is in
// tests/main/sync/conversationSync.test.ts): any local change of a proposal makes it pending again, an ack clears only
// the pushed version, a later pulled version replaces a synced row but never a pending one, audit entries once by id.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteRecordSyncStore } from '../../../src-main/approvals/SqliteRecordSyncStore';
import { settingsMigrations } from '../../../src-main/settings/settingsMigrations';
import { SqliteSettingsStore } from '../../../src-main/settings/SqliteSettingsStore';
import { runMigrations } from '../../../src-main/store/runMigrations';
import { VersionClock } from '../../../src-shared/protocol/version';
import { openHarness, type Harness } from '../intents/intentHarness';

describe('SqliteRecordSyncStore', () => {
  let h: Harness;
  let records: SqliteRecordSyncStore;
  const clock = new VersionClock();
  beforeEach(async () => {
    h = await openHarness();
    runMigrations(h.db, settingsMigrations);
    records = new SqliteRecordSyncStore(h.db, () => clock.next('me'), new SqliteSettingsStore(h.db));
  });
  afterEach(() => {
    records.dispose();
    h.dispose();
  });

  async function propose(text: string): Promise<string> {
    const answer = await h.responder.respond(text, h.context());
    if (!answer?.proposal) throw new Error(`no proposal for "${text}"`);
    return answer.proposal.id;
  }

  it('a proposal changed after the push was read stays pending at a new version; an ack clears only what was pushed', async () => {
    const id = await propose('turn off the bedside lamp');
    const first = await records.pendingRecords(100);
    expect(first.approvals.map((a) => [a.id, a.body['status']])).toEqual([[id, 'pending']]);
    // Re-reading before an answer re-sends the same version.
    expect((await records.pendingRecords(100)).approvals[0]?.version).toBe(first.approvals[0]?.version);
    await h.approvals.decide(id, 'approve', { userId: 'sam' });
    await records.markRecordsPushed({ approvals: first.approvals.map((a) => ({ id: a.id, version: a.version })), audit: [], settings: [] });
    const second = await records.pendingRecords(100);
    expect(second.approvals.map((a) => a.body['status'])).toEqual(['executed']);
    expect(second.approvals[0]?.version).not.toBe(first.approvals[0]?.version);
    await records.markRecordsPushed({ approvals: second.approvals.map((a) => ({ id: a.id, version: a.version })), audit: second.audit.map((e) => e.id), settings: [] });
    expect(await records.pendingRecords(100)).toEqual({ approvals: [], audit: [], settings: [] });
  });

  it('a pulled approval replaces a synced row when later, never a pending one; pulled audit entries are stored once', async () => {
    const id = await propose('turn off the bedside lamp');
    const pushed = await records.pendingRecords(100);
    await records.markRecordsPushed({ approvals: pushed.approvals.map((a) => ({ id: a.id, version: a.version })), audit: pushed.audit.map((e) => e.id), settings: [] });
    const body = pushed.approvals[0]!.body;
    const denied = { id, version: clock.next('other'), body: { ...body, status: 'denied', decided_by: 'other' } };
    const older = { id, version: pushed.approvals[0]!.version, body: { ...body, status: 'expired' } };
    expect(await records.applyPulledRecords({ approvals: [denied, older], audit: [], settings: [] })).toMatchObject({ approvals: 1 });
    expect(h.approvals.get(id)).toMatchObject({ status: 'denied', decided_by: 'other' });
    // Pulled is not pending.
    expect((await records.pendingRecords(100)).approvals).toEqual([]);

    const mine = await propose('turn off the bedside lamp');
    const theirs = { id: mine, version: clock.next('other'), body: { ...body, id: mine, status: 'denied' } };
    expect(await records.applyPulledRecords({ approvals: [theirs], audit: [], settings: [] })).toMatchObject({ approvals: 0 });
    expect(h.approvals.get(mine).status).toBe('pending');

    const entry = { id: 'audit-remote-1', body: { ...pushed.audit[0]!.body, id: 'ignored', message: 'from another device' } };
    expect(await records.applyPulledRecords({ approvals: [], audit: [entry, entry], settings: [] })).toMatchObject({ audit: 1, refused: 0 });
    expect(await records.applyPulledRecords({ approvals: [], audit: [entry], settings: [] })).toMatchObject({ audit: 0 });
    expect(h.audit.list({ limit: 500 }).filter((e) => e.id === 'audit-remote-1').map((e) => e.message)).toEqual(['from another device']);
    expect((await records.pendingRecords(100)).audit.map((e) => e.id)).not.toContain('audit-remote-1');
    // A body this client cannot store is refused, not thrown.
    expect(await records.applyPulledRecords({ approvals: [], audit: [{ id: 'bad', body: { kind: 'nonsense' } }], settings: [] })).toMatchObject({ audit: 0, refused: 1 });
  });
});
