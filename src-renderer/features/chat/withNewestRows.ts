// The message list is virtualized and follows the newest message. Left to itself, the virtualizer renders the rows
// at its last known scroll offset (the top, when a conversation opens) and only finds the newest ones after the
// scroll to the bottom has fired a scroll event: one or more frames showing nothing. While the view follows the
// conversation, the newest rows are rendered too, so the first frame after opening already shows them.
import { defaultRangeExtractor } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';

/** The smallest height a message row takes (a one-line question with its tools): how many rows fill the view. */
export const MIN_ROW_PX = 40;

/** The rows to render: the virtualizer's own, plus the `newest` last ones (ascending, each once). */
export function withNewestRows(range: Range, newest: number): number[] {
  const rows = defaultRangeExtractor(range);
  if (newest <= 0 || range.count === 0) return rows;
  const from = Math.max(0, range.count - newest);
  const tail = Array.from({ length: range.count - from }, (_, i) => from + i);
  return [...new Set([...rows, ...tail])].sort((a, b) => a - b);
}

/** How many rows can be visible at once in a view this high (overscan included). */
export function rowsToFillView(viewHeightPx: number, overscan: number): number {
  return Math.ceil(Math.max(viewHeightPx, 0) / MIN_ROW_PX) + overscan;
}
