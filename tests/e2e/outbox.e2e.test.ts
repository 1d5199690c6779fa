// A question answered locally while the remote model was down, as a person sees it: the reply says "answered
// locally"; once the remote model works again the reply offers "Ask the remote model again", which adds the remote
// answer as a new version and takes the question off the offline queue. Fake OpenAI-compatible server, no local model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FakeOpenAiServer } from '../fakes/FakeOpenAiServer';
import { callBrowserMode } from './support/callBrowserMode';
import { ask, newConversation } from './support/chat';
import { screenshotDir, startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

const STORY = ['The ', 'sea ', 'is ', 'calm.'];

let app: BrowserModeApp;
let provider: FakeOpenAiServer;
let page: Page;

beforeAll(async () => {
  provider = await FakeOpenAiServer.start({ models: ['house-model'], defaultChatReply: { kind: 'stream', tokens: STORY } });
  app = await startBrowserMode([], { GOODIES_LLM_HEALTH_INTERVAL_MS: '500' });
  page = await app.newPage();
  await callBrowserMode(app.url, 'llm.saveSettings', { remote: { baseUrl: provider.baseURL, model: 'house-model' } });
});
afterAll(async () => {
  await app?.close();
  await provider?.stop();
});

describe('questions answered offline', () => {
  it('offers "Ask the remote model again" once the remote model works, and the remote answer becomes a new version', { timeout: 120_000 }, async () => {
    await newConversation(page);
    // Every try of this turn fails at the socket: the turn is answered without the remote model.
    provider.scriptChat({ kind: 'reset' }, { kind: 'reset' }, { kind: 'reset' }, { kind: 'reset' });
    const reply = await ask(page, 'write me a poem about the sea', { timeoutMs: 60_000 });
    await expect.poll(() => reply.getByTestId('fallback-label').innerText()).toMatch(/answered locally/i);
    const queued = (await callBrowserMode(app.url, 'outbox.offlineAnswers', {})) as { answers: Array<{ text: string }> };
    expect(queued.answers.map((a) => a.text)).toEqual(['write me a poem about the sea']);

    // The health check finds the remote model working again; the reply offers to ask it.
    const chip = reply.getByTestId('reask-remote-button');
    await expect.poll(() => chip.count(), { timeout: 30_000 }).toBe(1);
    expect(await chip.innerText()).toBe('Ask the remote model again');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${screenshotDir}/outbox-reask-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: `${screenshotDir}/outbox-reask-light.png` });

    await chip.focus();
    await page.keyboard.press('Enter');
    const latest = page.locator('[data-testid="message-assistant"]').last();
    await expect.poll(() => latest.innerText(), { timeout: 30_000 }).toContain(STORY.join(''));
    await expect.poll(() => latest.getByTestId('fallback-label').count()).toBe(0);
    await expect.poll(async () => ((await callBrowserMode(app.url, 'outbox.offlineAnswers', {})) as { answers: unknown[] }).answers).toEqual([]);
  });
});
