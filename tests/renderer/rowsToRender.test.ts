import { expect, it } from 'vitest';
import { rowsToFillView, rowsToRender } from '../../src-renderer/features/chat/rowsToRender';

it('renders the newest rows while the list follows the conversation, else the virtualizer\'s range', () => {
  // A just-opened list: the virtualizer still thinks it is at the top; the rows there are not on screen.
  const range = { startIndex: 0, endIndex: 3, overscan: 2, count: 60 };
  expect(rowsToRender(range, 0)).toEqual([0, 1, 2, 3, 4, 5]);
  expect(rowsToRender(range, 4)).toEqual([56, 57, 58, 59]);
  // Scrolled up to read: the virtualizer's own range.
  expect(rowsToRender({ startIndex: 20, endIndex: 24, overscan: 2, count: 60 }, 0)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26]);
  expect(rowsToRender({ startIndex: 0, endIndex: 2, overscan: 2, count: 3 }, 10)).toEqual([0, 1, 2]);
  expect(rowsToRender({ startIndex: 0, endIndex: -1, overscan: 2, count: 0 }, 10)).toEqual([]);
});

it('counts enough rows to fill the view with the smallest rows', () => {
  expect(rowsToFillView(800, 6)).toBe(26);
  expect(rowsToFillView(0, 6)).toBe(6);
});
