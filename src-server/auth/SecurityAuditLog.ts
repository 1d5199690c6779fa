// Security events (logins, lockouts, tokens issued and revoked, refused writes) as JSON lines, appended to
// `security-audit.log` in the data folder. Separate from the request log so it can be kept longer and read by tools.
import { appendFile } from 'node:fs/promises';

export interface SecurityEvent {
  event: string;
  outcome: 'success' | 'failure' | 'refused' | 'info';
  ip?: string;
  subject?: string;
  correlation_id?: string;
  details?: Record<string, unknown>;
}

export class SecurityAuditLog {
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly filePath: string | undefined) {}

  record(event: SecurityEvent): void {
    if (!this.filePath) return;
    const line = `${JSON.stringify({ at: new Date().toISOString(), ...event })}\n`;
    const path = this.filePath;
    // Appends are chained so lines never interleave; a failing disk must not fail the request.
    this.pending = this.pending.then(() => appendFile(path, line, { mode: 0o600 })).catch(() => undefined);
  }

  flush(): Promise<void> {
    return this.pending;
  }
}
