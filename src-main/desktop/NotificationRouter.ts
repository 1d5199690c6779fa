// Which events become desktop notifications, and where a click on each leads: approvals waiting (the conversation
// with the card, or the activity list), sync conflicts, the home server back online. Only edges notify (a new
// pending proposal, offline → healthy), never every status refresh.
import type { ActionProposalView, NavigationTarget, StatusSnapshot } from '../../src-preload/contract';
import type { EventBus } from '../api/EventBus';
import type { Disposable } from '../lifecycle/Disposable';

export interface DesktopNotification {
  title: string;
  body: string;
  /** Where a click leads. */
  target: NavigationTarget;
}

export class NotificationRouter implements Disposable {
  private readonly notified = new Set<string>();
  private lastServerState: StatusSnapshot['homeServer']['state'] | undefined;
  private readonly subscription: Disposable;

  constructor(
    events: EventBus,
    private readonly notify: (notification: DesktopNotification) => void,
  ) {
    this.subscription = events.onDidPublish(({ name, payload }) => {
      if (name === 'approvals.didChange') this.onProposal(payload as ActionProposalView);
      if (name === 'status.didChange') this.onStatus(payload as StatusSnapshot);
    });
  }

  /** Sync reports conflicts through here (the sync service calls it after a pull finds them). */
  syncConflicts(count: number): void {
    if (count <= 0) return;
    this.notify({
      title: count === 1 ? 'A sync conflict needs you' : `${count} sync conflicts need you`,
      body: 'Someone else changed the same thing. Open Goodies to choose which version to keep.',
      target: { kind: 'conflicts' },
    });
  }

  private onProposal(proposal: ActionProposalView): void {
    if (proposal.status !== 'pending' || this.notified.has(proposal.id)) return;
    this.notified.add(proposal.id);
    this.notify({
      title: proposal.tier === 3 ? 'Approval needed (safety)' : 'Approval waiting',
      body: proposal.description,
      target: proposal.conversation_id ? { kind: 'conversation', id: proposal.conversation_id } : { kind: 'approvals' },
    });
  }

  private onStatus(status: StatusSnapshot): void {
    const previous = this.lastServerState;
    this.lastServerState = status.homeServer.state;
    if ((previous === 'offline' || previous === 'degraded') && status.homeServer.state === 'healthy') {
      this.notify({ title: 'Home server is back', body: 'Goodies is syncing again.', target: { kind: 'home' } });
    }
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
