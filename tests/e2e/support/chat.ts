// Chat helpers for E2E tests: they wait for what a person would see, not for timers.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Starts a fresh conversation so replies are not confused with earlier ones. */
export async function newConversation(page: Page): Promise<void> {
  await page.getByTestId('new-conversation').click();
  await expect.poll(() => page.getByTestId('message-user').count()).toBe(0);
}

/**
 * Sends a question from the composer and waits until its turn has ended (the reply has finished streaming). The
 * message list is virtualized (only messages near the viewport are in the DOM), so the new reply is found by its id
 * not being among the replies seen before, never by counting elements.
 */
export async function ask(page: Page, question: string, options: { timeoutMs?: number } = {}): Promise<Locator> {
  const timeout = options.timeoutMs ?? 20_000;
  const replies = page.locator('[data-testid="message-assistant"][data-message-id]');
  const seen = new Set(await replies.evaluateAll((els) => els.map((e) => e.getAttribute('data-message-id'))));
  await page.getByTestId('composer-input').fill(question);
  await page.getByTestId('composer-input').press('Enter');
  // A bounded read: an unbounded one waits 30 s per try for a message that never shows, and hides where it stuck.
  // The question may take as long to show as a reply on a loaded machine (it once took over 5 s on two busy cores).
  await expect
    .poll(() => page.getByTestId('message-user').last().innerText({ timeout: 1000 }).catch(() => '(no question shown)'), { timeout })
    .toBe(question);
  let id: string | null = null;
  await expect
    .poll(async () => {
      id = await replies.last().getAttribute('data-message-id', { timeout: 1000 }).catch(() => null);
      return id !== null && !seen.has(id);
    }, { timeout })
    .toBe(true);
  // The reply shows as soon as it starts streaming; the composer ignores Enter until the turn ends (Send is Stop
  // meanwhile), so the next question would be dropped if it were typed before then.
  await expect.poll(() => page.getByTestId('stop-button').count(), { timeout }).toBe(0);
  return page.locator(`[data-testid="message-assistant"][data-message-id="${id}"]`);
}
