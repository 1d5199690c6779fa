// Fits a conversation into the local context window: system messages and the newest turn always stay; older turns
// are dropped oldest-first until the token count fits. Pure, so it is tested without a model.

export interface TrimmableItem {
  role: 'system' | 'user' | 'assistant' | 'tool';
  text: string;
}

/** Chat templates add a few tokens around every message; counting them avoids overflowing by a hair. */
const PER_MESSAGE_OVERHEAD_TOKENS = 6;

export function trimHistory<T extends TrimmableItem>(
  items: T[],
  countTokens: (text: string) => number,
  budgetTokens: number,
): { items: T[]; droppedCount: number } {
  const cost = (item: T): number => countTokens(item.text) + PER_MESSAGE_OVERHEAD_TOKENS;
  const systems = items.filter((i) => i.role === 'system');
  const rest = items.filter((i) => i.role !== 'system');
  let used = systems.reduce((sum, item) => sum + cost(item), 0);
  const kept: T[] = [];
  for (let i = rest.length - 1; i >= 0; i--) {
    const item = rest[i] as T;
    const c = cost(item);
    // The newest message is kept even when it alone is too long: the model then sees a cut context, not nothing.
    if (kept.length > 0 && used + c > budgetTokens) break;
    kept.unshift(item);
    used += c;
  }
  // A tool result without the assistant call before it confuses every template: drop leading orphans.
  while (kept.length > 1 && kept[0]?.role === 'tool') kept.shift();
  return { items: [...systems, ...kept], droppedCount: rest.length - kept.length };
}
