// Chat helpers for E2E tests: they wait for what a person would see, not for timers.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Starts a fresh conversation so replies are not confused with earlier ones. */
export async function newConversation(page: Page): Promise<void> {
  await page.getByTestId('new-conversation').click();
  await expect.poll(() => page.getByTestId('message-user').count()).toBe(0);
}

/** Sends a question from the composer and waits until its reply has finished streaming. */
export async function ask(page: Page, question: string, options: { timeoutMs?: number } = {}): Promise<Locator> {
  const before = await page.getByTestId('message-assistant').count();
  await page.getByTestId('composer-input').fill(question);
  await page.getByTestId('composer-input').press('Enter');
  await expect.poll(() => page.getByTestId('message-user').last().innerText()).toBe(question);
  const reply = page.getByTestId('message-assistant').nth(before);
  await reply.waitFor({ timeout: options.timeoutMs ?? 20_000 });
  await expect.poll(() => reply.getAttribute('data-streaming'), { timeout: options.timeoutMs ?? 20_000 }).not.toBe('true');
  return reply;
}
