// A conversation's own persona and model (set from its actions, used by the next turn: the fake provider's request
// log is the proof), and the conversation search's filters (which side answered).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FakeOpenAiServer } from '../fakes/FakeOpenAiServer';
import { ask, newConversation } from './support/chat';
import { screenshotAllThemes } from './support/screenshots';
import { startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';
import { useRemoteModel } from './support/settings';

let app: BrowserModeApp;
let provider: FakeOpenAiServer;
let page: Page;

beforeAll(async () => {
  provider = await FakeOpenAiServer.start({ models: ['house-model', 'pirate-model'], defaultChatReply: { kind: 'stream', tokens: ['Arr, ', 'a story.'] } });
  app = await startBrowserMode();
  page = await app.newPage();
  await useRemoteModel(page, { baseURL: provider.baseURL, model: 'house-model' });
});
afterAll(async () => {
  await app?.close();
  await provider?.stop();
});

describe('per-conversation persona and model', () => {
  it('sets a persona and a model on one conversation; its next turn uses both', async () => {
    await newConversation(page);
    await ask(page, 'tell me a story about the kitchen');
    const item = page.getByTestId('conversation-item').first();
    await item.getByTestId('conversation-actions').click();
    await item.getByTestId('conversation-settings').click();
    const dialog = page.getByTestId('conversation-settings-dialog');
    await dialog.getByTestId('conversation-system-prompt').fill('Talk like a pirate.');
    await dialog.getByTestId('conversation-model').fill('pirate-model');
    await screenshotAllThemes(page, 'conversation-settings');
    await dialog.getByTestId('conversation-settings-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => item.getByTestId('conversation-own-settings').innerText()).toBe('own persona · pirate-model');

    await ask(page, 'tell me another story');
    const body = provider.chatRequests.at(-1)!.body as { model: string; messages: Array<{ content: string | null }> };
    expect(body.model).toBe('pirate-model');
    expect(body.messages[0]!.content).toContain('Talk like a pirate.');
  });
});

describe('search filters', () => {
  it('narrows the conversation search to what the remote model answered', async () => {
    await newConversation(page);
    await ask(page, 'what devices are in the kitchen?');
    await page.getByTestId('conversation-search').fill('kitchen');
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.count()).toBeGreaterThanOrEqual(3);
    await page.getByTestId('search-filters').locator('summary').click();
    await page.getByTestId('search-filter-source').selectOption('remote');
    // Only the questions answered remotely mention the kitchen (the fake model's replies do not).
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.first().innerText()).toMatch(/story about the kitchen/);
    await screenshotAllThemes(page, 'search-filters');
    await page.getByTestId('search-filter-source').selectOption('local');
    await expect.poll(async () => (await hits.allInnerTexts()).every((t) => !/story/.test(t))).toBe(true);
    await page.getByTestId('search-filters-clear').click();
    await expect.poll(() => hits.count()).toBeGreaterThanOrEqual(3);
  });
});
