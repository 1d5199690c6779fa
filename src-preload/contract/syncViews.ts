// What the UI sees of home-server sync (status bar, /sync, Settings → Home server, the conflicts list).

export type SyncStateName = 'not_configured' | 'idle' | 'syncing' | 'synced' | 'offline' | 'error' | 'not_logged_in';

export interface SyncStatusView {
  state: SyncStateName;
  serverUrl: string | null;
  role: 'admin' | 'user' | 'guest' | null;
  userId: string | null;
  online: boolean;
  lastSyncAt: string | null;
  lastError: { type: string; message: string; retryable: boolean } | null;
  /** Unpushed local changes, and the outbox by kind (queued + parked). */
  pending: { entities: number; relationships: number; byKind: Record<string, { queued: number; parked: number }> };
  conflicts: number;
  parked: number;
  digestMatched: boolean | null;
  progress: { phase: string; done: number; total: number | null } | null;
  /** Whether the token sits in the OS keychain (false: a 0600 file in the data folder). */
  secretsEncrypted: boolean;
}

export interface SyncReportView {
  full: boolean;
  pushed: { entities: number; relationships: number };
  pulled: { entities: number; relationships: number };
  conflicts: number;
  parked: { id: string; error: string }[];
  digest: { local: string; server: string; matched: boolean; repaired: boolean };
  finishedAt: string;
}

export interface SyncConflictView {
  id: number;
  entityId: string;
  entityName: string;
  localVersion: string;
  remoteVersion: string;
  winner: 'local' | 'remote';
  strategy: string;
  recordedAt: string;
  resolved: boolean;
  /** Side by side: our content and the server's, when both versions are still known locally. */
  mine: Record<string, unknown> | null;
  theirs: Record<string, unknown> | null;
}

export interface SyncConnectionTestView {
  reachable: boolean;
  loggedIn: boolean;
  message: string;
}
