// What every command gets: the io, the global options, and a session opened on demand and always closed.
import type { Role } from '../api/callPolicy';
import type { CliIo } from './CliIo';
import { CliSession } from './CliSession';

export interface GlobalOptions {
  dataDir?: string;
  json: boolean;
  /** `--as guest`: every call goes through the policy table as that role. */
  role?: Role;
}

export class CliContext {
  constructor(
    readonly io: CliIo,
    private readonly readGlobals: () => GlobalOptions,
  ) {}

  get globals(): GlobalOptions {
    return this.readGlobals();
  }

  async withSession<T>(runtime: 'cli' | 'browser', run: (session: CliSession) => Promise<T>): Promise<T> {
    const { dataDir, role } = this.globals;
    const session = await CliSession.open({ runtime, ...(dataDir ? { dataDir } : {}), ...(role ? { role } : {}) });
    try {
      return await run(session);
    } finally {
      await session.dispose();
    }
  }
}
