// Notifications fire on edges only and carry the place a click opens: a new pending approval → its conversation,
// sync conflicts → the conflicts list, the home server back → the home. The approval case runs the real answer path.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchCall } from '../../../src-main/api/CallHandlers';
import { EventBus } from '../../../src-main/api/EventBus';
import { NotificationRouter, type DesktopNotification } from '../../../src-main/desktop/NotificationRouter';
import { NodePlatform } from '../../../src-main/platform/NodePlatform';
import { createMainServices } from '../../../src-main/services';
import type { NavigationTarget, StatusSnapshot } from '../../../src-preload/contract';

class RecordingPlatform extends NodePlatform {
  readonly shown: Array<{ title: string; body: string; target?: NavigationTarget }> = [];
  override notify(notification: { title: string; body: string; target?: NavigationTarget }): void {
    this.shown.push(notification);
  }
}

const status = (state: StatusSnapshot['homeServer']['state']): StatusSnapshot => ({
  network: 'online',
  homeServer: { state },
  llm: { mode: 'hybrid', remote: 'not_configured', local: 'not_configured' },
  graph: { entityCount: 1, relationshipCount: 0, pendingCount: 0, source: 'demo' },
});

describe('NotificationRouter', () => {
  it('"turn off the kitchen lights" → one "Approval waiting" notification that opens its conversation', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'goodies-notify-'));
    const platform = new RecordingPlatform({ dataDir, onlineCheckIntervalMs: 0 });
    const services = await createMainServices(platform, { runtime: 'electron', userId: 'tester' });
    try {
      const sent = await dispatchCall(services.handlers, 'chat.send', { text: 'turn off the kitchen lights' }, 'test');
      expect(sent.ok).toBe(true);
      if (!sent.ok) return;
      const { conversation, reply } = sent.value as { conversation: { id: string }; reply: { proposal: { id: string } | null } };
      expect(reply.proposal).not.toBeNull();
      expect(platform.shown).toEqual([{ title: 'Approval waiting', body: expect.stringMatching(/kitchen/i), target: { kind: 'conversation', id: conversation.id } }]);
      // Deciding it is not a new pending proposal: no second notification.
      await dispatchCall(services.handlers, 'approvals.decide', { proposalId: reply.proposal!.id, decision: 'approve' }, 'test');
      expect(platform.shown).toHaveLength(1);
    } finally {
      await services.dispose();
      platform.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('the home server back (offline → healthy) notifies once; steady states and first snapshots do not', () => {
    const events = new EventBus();
    const shown: DesktopNotification[] = [];
    const router = new NotificationRouter(events, (n) => shown.push(n));
    events.publish('status.didChange', status('healthy'));
    events.publish('status.didChange', status('offline'));
    events.publish('status.didChange', status('offline'));
    events.publish('status.didChange', status('healthy'));
    events.publish('status.didChange', status('healthy'));
    expect(shown).toEqual([{ title: 'Home server is back', body: expect.any(String), target: { kind: 'home' } }]);
    router.syncConflicts(0);
    router.syncConflicts(2);
    expect(shown.at(-1)).toMatchObject({ title: '2 sync conflicts need you', target: { kind: 'conflicts' } });
    router.dispose();
  });
});
