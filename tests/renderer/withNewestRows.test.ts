import { expect, it } from 'vitest';
import { rowsToFillView, withNewestRows } from '../../src-renderer/features/chat/withNewestRows';

it('renders the newest rows beside the visible ones while the list follows the conversation', () => {
  // A just-opened list: the virtualizer still thinks it is at the top.
  const range = { startIndex: 0, endIndex: 3, overscan: 2, count: 60 };
  expect(withNewestRows(range, 0)).toEqual([0, 1, 2, 3, 4, 5]);
  expect(withNewestRows(range, 4)).toEqual([0, 1, 2, 3, 4, 5, 56, 57, 58, 59]);
  // At the bottom: nothing twice.
  expect(withNewestRows({ startIndex: 55, endIndex: 59, overscan: 2, count: 60 }, 4)).toEqual([53, 54, 55, 56, 57, 58, 59]);
  expect(withNewestRows({ startIndex: 0, endIndex: 2, overscan: 2, count: 3 }, 10)).toEqual([0, 1, 2]);
  expect(withNewestRows({ startIndex: 0, endIndex: -1, overscan: 2, count: 0 }, 10)).toEqual([]);
});

it('counts enough rows to fill the view with the smallest rows', () => {
  expect(rowsToFillView(800, 6)).toBe(26);
  expect(rowsToFillView(0, 6)).toBe(6);
});
