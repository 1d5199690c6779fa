// How long opening a conversation takes until its newest messages are on screen, as User Timing entries: the chat
// store marks the start, the view marks the first paint that shows the newest loaded message. bench/ui reads the
// measure; it also shows in DevTools' performance panel. Only the latest measure is kept (nothing accumulates).
import { OPEN_MARK, OPEN_MEASURE } from './openTimingNames';

export function markOpenStarted(conversationId: string): void {
  performance.clearMarks(OPEN_MARK);
  performance.mark(OPEN_MARK, { detail: { conversationId } });
}

/** Called when a commit shows the newest message; measures once per open, after the frame is painted. */
export function markNewestPainted(conversationId: string): void {
  const open = performance.getEntriesByName(OPEN_MARK, 'mark').at(-1) as PerformanceMark | undefined;
  if (!open || (open.detail as { conversationId?: string } | null)?.conversationId !== conversationId) return;
  performance.clearMarks(OPEN_MARK);
  // A frame callback runs just before the paint; a task queued from it runs once the frame is on screen.
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.clearMeasures(OPEN_MEASURE);
      performance.measure(OPEN_MEASURE, { start: open.startTime, end: performance.now(), detail: { conversationId } });
    }, 0),
  );
}
