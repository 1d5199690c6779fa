// Fits a conversation into the local context window: system messages and the newest turn always stay; older turns
// are dropped oldest-first until the token count fits. Pure, so it is tested without a model.

export interface TrimmableItem {
  role: 'system' | 'user' | 'assistant' | 'tool';
  text: string;
}

/** Chat templates add a few tokens around every message; counting them avoids overflowing by a hair. */
const PER_MESSAGE_OVERHEAD_TOKENS = 6;
/**
 * System text (instructions, relevant entities, tool descriptions) may use at most this share of the budget; beyond
 * it the longest system message is cut from its end. Without this a small context (a 512-token model) overflows on
 * the system prompt alone and the local model cannot answer at all.
 */
const SYSTEM_SHARE = 0.6;
const TRIM_MARKER = ' …';
/** A system message is never cut below its opening (who the assistant is, what it may do). */
const MIN_SYSTEM_CHARS = 120;

function fitSystemMessages<T extends TrimmableItem>(systems: T[], countTokens: (text: string) => number, budgetTokens: number): T[] {
  const result = systems.map((s) => ({ ...s }));
  const total = (): number => result.reduce((sum, s) => sum + countTokens(s.text) + PER_MESSAGE_OVERHEAD_TOKENS, 0);
  for (let guard = 0; guard < 20 && result.length > 0; guard++) {
    const used = total();
    if (used <= budgetTokens) break;
    const longest = result.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    if (longest.text.length <= MIN_SYSTEM_CHARS + TRIM_MARKER.length) break;
    const keepRatio = Math.max(0, (budgetTokens / used) * 0.95);
    const keepChars = Math.max(MIN_SYSTEM_CHARS, Math.floor(longest.text.length * keepRatio));
    longest.text = longest.text.slice(0, keepChars) + TRIM_MARKER;
  }
  return result;
}

export function trimHistory<T extends TrimmableItem>(
  items: T[],
  countTokens: (text: string) => number,
  budgetTokens: number,
): { items: T[]; droppedCount: number } {
  const cost = (item: T): number => countTokens(item.text) + PER_MESSAGE_OVERHEAD_TOKENS;
  const systems = fitSystemMessages(items.filter((i) => i.role === 'system'), countTokens, Math.floor(budgetTokens * SYSTEM_SHARE));
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
