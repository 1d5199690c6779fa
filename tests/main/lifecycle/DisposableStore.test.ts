// Shutdown must finish: one failing disposable used to stop the loop and skip closing the database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DisposableStore, toDisposable } from '../../../src-main/lifecycle/Disposable';
import { openDatabase } from '../../../src-main/store/openDatabase';

describe('DisposableStore', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('releases in reverse order of registration', async () => {
    const order: string[] = [];
    const store = new DisposableStore();
    store.add(toDisposable(() => void order.push('first')));
    store.add(toDisposable(async () => void order.push('second')));
    await store.dispose();
    expect(order).toEqual(['second', 'first']);
  });

  it('keeps disposing after an error, closes the real database, and reports every error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goodies-dispose-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'test.db'));
    const store = new DisposableStore();
    store.add(toDisposable(() => db.close()));
    store.add(toDisposable(() => {
      throw new Error('timer failed');
    }));
    store.add(toDisposable(async () => {
      throw new Error('server failed');
    }));
    const error = await store.dispose().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).errors.map((e: Error) => e.message)).toEqual(['server failed', 'timer failed']);
    expect(db.isOpen).toBe(false);
  });

  it('rethrows a single error as it is', async () => {
    const store = new DisposableStore();
    let closed = false;
    store.add(toDisposable(() => void (closed = true)));
    store.add(toDisposable(() => {
      throw new Error('only one');
    }));
    await expect(store.dispose()).rejects.toThrow('only one');
    expect(closed).toBe(true);
  });

  it('disposes once, however often it is asked, and refuses new items afterwards', async () => {
    let count = 0;
    const store = new DisposableStore();
    store.add(toDisposable(() => void (count += 1)));
    await Promise.all([store.dispose(), store.dispose()]);
    await store.dispose();
    expect(count).toBe(1);
    expect(() => store.add(toDisposable(() => undefined))).toThrow(/already disposed/);
  });
});
