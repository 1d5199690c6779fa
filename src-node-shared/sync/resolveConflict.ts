// The Inbetweenies v2 conflict resolver (docs/inbetweenies-v2.md §3), pure so the server and the desktop's sync code
// decide the same way. "Local" is the stored row, "remote" the pushed one, as upstream names them.
import { compareVersions, parseVersion } from '../../src-shared/protocol/version';

export const CONFLICT_WINDOW_MS = 1000;

export interface StoredSide {
  version: string;
  /** When the server received the stored row (ms since the epoch). */
  receivedAtMs: number;
}

export interface ConflictDecision {
  winner: 'pushed' | 'stored';
  /** Human text for `resolution_strategy`. */
  strategy: string;
}

/**
 * Times within 1 s: the lexically greater version wins, a tie keeps the server's row. Otherwise the later time wins:
 * the pushed version's own timestamp against the stored row's receive time.
 */
export function resolveConflict(stored: StoredSide, pushedVersion: string): ConflictDecision {
  const pushed = parseVersion(pushedVersion);
  const pushedMs = pushed ? pushed.epochMicros / 1000 : Number.NaN;
  if (!Number.isFinite(pushedMs) || Math.abs(pushedMs - stored.receivedAtMs) < CONFLICT_WINDOW_MS) {
    const order = compareVersions(pushedVersion, stored.version);
    return order > 0
      ? { winner: 'pushed', strategy: 'versions within 1 s: lexically greater version wins (pushed)' }
      : { winner: 'stored', strategy: order === 0 ? 'versions within 1 s and equal: server wins' : 'versions within 1 s: lexically greater version wins (server)' };
  }
  return pushedMs > stored.receivedAtMs
    ? { winner: 'pushed', strategy: 'last write wins: pushed version is later' }
    : { winner: 'stored', strategy: 'last write wins: server version is later' };
}
