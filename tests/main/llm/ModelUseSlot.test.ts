import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelUseSlot } from '../../../src-main/llm/ModelUseSlot';

describe('ModelUseSlot', () => {
  afterEach(() => vi.useRealTimers());

  it('lets users in one at a time, in arrival order', async () => {
    const slot = new ModelUseSlot(() => 0, () => undefined);
    const order: string[] = [];
    const use = async (name: string, steps: number): Promise<void> => {
      const release = await slot.enter();
      order.push(`${name} in`);
      for (let i = 0; i < steps; i++) await Promise.resolve();
      order.push(`${name} out`);
      release();
    };
    await Promise.all([use('a', 3), use('b', 1), use('c', 2)]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
    expect(slot.busy).toBe(false);
  });

  it('calls onIdle after the countdown only when nobody came back, and never while held', async () => {
    vi.useFakeTimers();
    let held = false;
    const onIdle = vi.fn();
    const slot = new ModelUseSlot(() => (held ? 0 : 1000), onIdle);
    (await slot.enter())();
    vi.advanceTimersByTime(500);
    const release = await slot.enter(); // back before the countdown ran out
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
    held = true;
    release();
    vi.advanceTimersByTime(5000);
    expect(onIdle).not.toHaveBeenCalled();
    held = false;
    slot.startIdle();
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('drained() waits for everyone who entered so far; a second release is ignored', async () => {
    const slot = new ModelUseSlot(() => 0, () => undefined);
    const first = await slot.enter();
    const second = slot.enter();
    let drained = false;
    void slot.drained().then(() => (drained = true));
    first();
    first();
    (await second)();
    await slot.drained();
    expect(drained).toBe(true);
    expect(slot.busy).toBe(false);
  });
});
