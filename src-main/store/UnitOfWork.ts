// One transaction that several features write in (ARCHITECTURE.md: an approval commits its targets, the proposal's
// status and the audit entry together). Each feature's store offers synchronous `…InTransaction(work)` methods that
// write on the shared connection; events they would fire wait in `afterCommit` so nobody hears about a change that a
// later step rolls back.
import type { SqliteDatabase } from './openDatabase';
import { transaction } from './transaction';

export interface UnitOfWork {
  /** Runs once the outermost transaction has committed; dropped if it rolls back. */
  afterCommit(callback: () => void): void;
}

export class SqliteUnitOfWork {
  constructor(private readonly db: SqliteDatabase) {}

  /** `work` must be synchronous (see transaction.ts); a throw rolls back every feature's writes. */
  run<T>(work: (unit: UnitOfWork) => T): T {
    const callbacks: Array<() => void> = [];
    const result = transaction(this.db, () => work({ afterCommit: (callback) => callbacks.push(callback) }));
    for (const callback of callbacks) callback();
    return result;
  }
}
