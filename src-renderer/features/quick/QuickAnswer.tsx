import type { ReplyEnvelope } from '../../../src-preload/contract';
import { ProposalCard } from '../approvals/ProposalCard';
import { TierBadge } from '../approvals/TierBadge';

/** "Local · intent-engine" or "Remote · gpt-4o-mini", and the fallback when hybrid answered locally. */
export function modeBadgeText(reply: Pick<ReplyEnvelope, 'mode' | 'provider' | 'model' | 'fallback_reason'>): string {
  const who = reply.model && reply.provider !== 'intent-engine' ? reply.model : reply.provider;
  const base = `${reply.mode === 'local' ? 'Local' : 'Remote'} · ${who}`;
  return reply.mode === 'local' && reply.fallback_reason ? `${base} (answered locally: ${reply.fallback_reason.split(':')[0]})` : base;
}

/**
 * The stored reply: text, mode badge, and its action card. Tier 3 is never decided in the small window: it is
 * confirmed in the main window, where the whole context is visible.
 */
export function QuickAnswer({ reply, onOpenInApp }: { reply: ReplyEnvelope; onOpenInApp(): void }) {
  const proposal = reply.proposal;
  return (
    <>
      <p className="message-text" data-testid="quick-answer-text">{reply.response || 'Stopped before any answer arrived.'}</p>
      {reply.notice && <p className="quick-notice muted small" data-testid="quick-notice">{reply.notice}</p>}
      <p className="quick-meta small">
        <span className="quick-mode" data-testid="quick-mode" data-mode={reply.mode}>{modeBadgeText(reply)}</span>
        <span className="muted"> · {reply.freshness.label}</span>
      </p>
      {proposal && proposal.tier < 3 && <ProposalCard proposal={proposal} onOpenEntity={() => onOpenInApp()} />}
      {proposal && proposal.tier === 3 && (
        <section className="proposal tier-3" aria-label={`Proposed action: ${proposal.description}`} data-testid="quick-tier3">
          <div className="proposal-head">
            <TierBadge tier={3} />
          </div>
          <p className="proposal-description">{proposal.description}</p>
          <div className="proposal-actions">
            <button type="button" className="btn btn-small btn-primary" data-testid="quick-confirm-in-app" onClick={onOpenInApp}>
              Confirm in Goodies…
            </button>
          </div>
        </section>
      )}
    </>
  );
}
