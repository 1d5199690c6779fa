import type { ReplyEnvelope } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { isInterruptedReply } from './describeEnvelope';

/**
 * Under the last answer only (regenerate works on the last question): Regenerate, or, when that answer was
 * interrupted, Continue locally (the local model answers the same question) and Retry (the configured route again).
 * An answer given locally because the remote model was down offers "Ask the remote model again" once the remote
 * model is working (a new version beside the local one; main then drops the question from the offline queue).
 * Hidden while another reply is on its way.
 */
export function ReplyActions({ envelope, messageId, isLast }: { envelope: ReplyEnvelope; messageId: string; isLast: boolean }) {
  const { chat, status } = useAppStores();
  const busy = useSlice(chat, (s) => s.pending !== null);
  const remoteWorking = useSlice(status, (s) => s.snapshot?.llm.remote === 'healthy');
  const interrupted = isInterruptedReply(envelope);
  if (busy || !isLast) return null;
  const answeredOffline = !interrupted && envelope.mode === 'local' && envelope.fallback_reason !== null && remoteWorking;
  return (
    <>
      {answeredOffline && (
        <button type="button" className="btn btn-small" data-testid="reask-remote-button" title="The remote model is working again: ask it this question (this answer stays as a version)" onClick={() => void chat.getState().regenerate(undefined, messageId)}>
          Ask the remote model again
        </button>
      )}
      {interrupted ? (
        <>
          <button type="button" className="btn btn-small" data-testid="continue-locally-button" onClick={() => void chat.getState().regenerate('local')}>
            Continue locally
          </button>
          <button type="button" className="btn btn-small btn-quiet" data-testid="retry-button" onClick={() => void chat.getState().regenerate()}>
            Retry
          </button>
        </>
      ) : (
        <button type="button" className="btn btn-small btn-quiet" data-testid="regenerate-button" title="Answer again: a new version of this reply (the current one stays)" onClick={() => void chat.getState().regenerate(undefined, messageId)}>
          Regenerate
        </button>
      )}
    </>
  );
}
