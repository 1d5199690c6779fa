import type { ReplyEnvelope } from '../../../src-preload/contract';
import { useAppStores, useSlice } from '../../app/AppContext';
import { isInterruptedReply } from './describeEnvelope';

/**
 * Under the last answer only (regenerate works on the last question): Regenerate, or, when that answer was
 * interrupted, Continue locally (the local model answers the same question) and Retry (the configured route again).
 * Hidden while another reply is on its way.
 */
export function ReplyActions({ envelope, messageId, isLast }: { envelope: ReplyEnvelope; messageId: string; isLast: boolean }) {
  const { chat } = useAppStores();
  const busy = useSlice(chat, (s) => s.pending !== null);
  const interrupted = isInterruptedReply(envelope);
  if (busy || !isLast) return null;
  return (
    <>
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
