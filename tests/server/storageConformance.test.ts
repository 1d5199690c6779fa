// The ServerStorage conformance suite: the same expectations for SQLite and PostgreSQL, below HTTP, so a storage
// difference shows up here with a clear name rather than as a protocol test failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServerStorage } from '../../src-server/storage/openServerStorage';
import type { ServerStorage } from '../../src-server/storage/ServerStorage';
import type { SyncChange } from '../../src-shared/protocol/inbetweeniesSync';
import { edge, entity, storageBackends, versionAt } from './support/testServer';

describe.each(storageBackends())('ServerStorage conformance ($name)', (backend) => {
  let storage: ServerStorage;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'goodies-storage-'));
    const url = await backend.databaseUrl();
    storage = await openServerStorage({ dataDir: dir, ...(url ? { databaseUrl: url } : {}) });
  });
  afterEach(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const open = { hidePrivate: false };

  it('applies a push and numbers current rows and edges in one sequence', async () => {
    const t = Date.now();
    const a = entity('a', versionAt(t));
    const b = entity('b', versionAt(t), { entity_type: 'room', content: { private: true } });
    const changes: SyncChange[] = [{ change_type: 'create', entity: a, relationships: [edge('ab', a, b)] }, { change_type: 'create', entity: b, relationships: [] }];
    const outcome = await storage.graph.applyPush(changes, t);
    expect(outcome).toMatchObject({ applied: ['a', 'b'], appliedRelationships: ['ab'], conflicts: [], skippedRelationships: [] });
    expect(await storage.graph.currentSequence()).toBe(3);
    const page = await storage.graph.pullPage({ ...open, includeRelationships: true, limit: 2 });
    expect(page).toMatchObject({ entityCount: 2, relationshipCount: 0, lastSeq: 2, hasMore: true });
    const next = await storage.graph.pullPage({ ...open, includeRelationships: true, limit: 2, afterSeq: 2 });
    expect(next.changes).toEqual([{ change_type: 'update', entity: null, relationships: [edge('ab', a, b)] }]);
    // Private rows and the edges touching them are hidden for guests.
    const guest = await storage.graph.pullPage({ hidePrivate: true, includeRelationships: true, limit: 10 });
    expect(guest.changes.map((c) => c.entity?.id ?? 'edges')).toEqual(['a']);
    expect((await storage.graph.currentVersions({ hidePrivate: true })).map((r) => r.id)).toEqual(['a']);
  });

  it('keeps a conflict loser as a stored, non-current version', async () => {
    const t = Date.now();
    await storage.graph.applyPush([{ change_type: 'create', entity: entity('x', versionAt(t + 60_000)), relationships: [] }], t);
    const loser = entity('x', versionAt(t - 60_000, 'bob'));
    const outcome = await storage.graph.applyPush([{ change_type: 'update', entity: loser, relationships: [] }], t + 10);
    expect(outcome.conflicts[0]?.resolved_version).toBe(versionAt(t + 60_000));
    expect((await storage.graph.getEntity('x', open))?.version).toBe(versionAt(t + 60_000));
    // Pinning an edge to the loser works because it is stored.
    const y = entity('y', versionAt(t));
    const pinned = await storage.graph.applyPush([{ change_type: 'create', entity: y, relationships: [edge('xy', loser, y)] }], t + 20);
    expect(pinned.appliedRelationships).toEqual(['xy']);
  });

  it('stores chat records per user with one cursor and renumbers history on sharing', async () => {
    const v = versionAt(Date.now(), 'ann');
    const pushed = await storage.chat.applyPush('ann', {
      conversations: [{ id: 'c', title: 't', pinned: false, archived: false, deleted: false, shared_with: [], version: v, created_at: 'a', updated_at: 'a' }],
      messages: [{ id: 'm', conversation_id: 'c', role: 'user', text: 'hello', created_at: 'a', envelope: null, deleted: false }],
      approvals: [], audit: [], settings: [{ key: 'k', value: { x: 1 }, version: v }],
    });
    expect(pushed.applied).toEqual({ conversations: ['c'], messages: ['m'], approvals: [], audit: [], settings: ['k'] });
    const annPage = await storage.chat.pullPage('ann', 0, 10);
    expect([annPage.changes.conversations.length, annPage.changes.messages.length, annPage.changes.settings.length]).toEqual([1, 1, 1]);
    expect(annPage.changes.settings[0]?.value).toEqual({ x: 1 });
    const benBefore = await storage.chat.pullPage('ben', 0, 10);
    expect(benBefore.changes.messages).toEqual([]);
    await storage.chat.applyPush('ann', { conversations: [{ id: 'c', title: 't', pinned: false, archived: false, deleted: false, shared_with: ['ben'], version: versionAt(Date.now() + 1, 'ann'), created_at: 'a', updated_at: 'b' }], messages: [], approvals: [], audit: [], settings: [] });
    const benAfter = await storage.chat.pullPage('ben', benBefore.lastSeq, 10);
    expect(benAfter.changes.messages.map((m) => m.id)).toEqual(['m']);
    expect(benAfter.changes.settings).toEqual([]);
    expect(await storage.chat.deleteConversation('ben', 'c', versionAt(Date.now() + 2, 'ben'))).toBe('forbidden');
    expect(await storage.chat.deleteConversation('ann', 'c', versionAt(Date.now() + 2, 'server'))).toBe('deleted');
  });

  it('stores users, guest tokens and single-use invites', async () => {
    await storage.auth.upsertUser({ id: 'u', role: 'user', passwordHash: 'h', disabled: false });
    expect(await storage.auth.getUser('u')).toEqual({ id: 'u', role: 'user', passwordHash: 'h', disabled: false });
    const now = Date.now();
    await storage.auth.createGuestToken({ id: 'g', tokenHash: 'th', created_by: 'admin', created_at_ms: now, expires_at_ms: now + 1000, revoked: false, redeemed_count: 0 });
    expect((await storage.auth.findGuestTokenByHash('th'))?.id).toBe('g');
    expect(await storage.auth.revokeGuestToken('g')).toBe(true);
    expect((await storage.auth.listGuestTokens())[0]?.revoked).toBe(true);
    await storage.auth.createInvite({ id: 'i', tokenHash: 'ih', user_id: 'v', expires_at_ms: now + 1000, redeemed_at_ms: null, createdBy: 'admin', createdAtMs: now });
    expect((await storage.auth.redeemInvite('ih', now))?.user_id).toBe('v');
    expect(await storage.auth.redeemInvite('ih', now)).toBeUndefined();
  });
});
