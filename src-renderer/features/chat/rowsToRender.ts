// The message list is virtualized and follows the newest message. Left to itself, the virtualizer renders the rows
// at its last known scroll offset (the top, when a conversation opens) and only finds the newest ones after the
// scroll to the bottom has fired a scroll event: one or more frames showing nothing, after rendering rows nobody sees.
// While the view follows the conversation, the newest rows are the visible ones: only they are rendered, so the first
// frame after opening shows them and costs no more than they do.
import { defaultRangeExtractor } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';

/** The smallest height a message row takes (a one-line question with its tools): how many rows fill the view. */
export const MIN_ROW_PX = 40;

/** The rows to render: the `newest` last ones while following (newest > 0), else the virtualizer's own range. */
export function rowsToRender(range: Range, newest: number): number[] {
  if (newest <= 0) return defaultRangeExtractor(range);
  const from = Math.max(0, range.count - newest);
  return Array.from({ length: range.count - from }, (_, i) => from + i);
}

/** How many rows can be visible at once in a view this high (overscan included). */
export function rowsToFillView(viewHeightPx: number, overscan: number): number {
  return Math.ceil(Math.max(viewHeightPx, 0) / MIN_ROW_PX) + overscan;
}
