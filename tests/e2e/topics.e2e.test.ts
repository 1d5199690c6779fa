// Topic chips: the entities a conversation's replies cited show as chips above the chat, and a chip opens that entity
// in the home browser. Answers come from the built-in intents (no model), which cite what they used.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ask, newConversation } from './support/chat';
import { screenshotAllThemes } from './support/screenshots';
import { startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

let app: BrowserModeApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserMode();
  page = await app.newPage();
});
afterAll(async () => {
  await app?.close();
});

it('shows the entities the replies cited as chips that open them in the home browser', async () => {
  await newConversation(page);
  expect(await page.getByTestId('topic-chips').count()).toBe(0);
  await ask(page, 'When is the boiler service due?');
  const strip = page.getByTestId('topic-chips');
  await expect.poll(() => strip.getByTestId('topic-chip').allInnerTexts()).toEqual([expect.stringContaining('Boiler Service Record')]);
  await ask(page, 'Which devices are in the study?');
  await expect.poll(() => strip.getByTestId('topic-chip').count()).toBeGreaterThan(1);
  const study = strip.getByRole('button', { name: /Study/ });
  await screenshotAllThemes(page, 'chat-topics');
  await study.click();
  await expect.poll(() => page.getByTestId('entity-detail').innerText()).toContain('Study');

  // Another conversation has its own topics (none yet); coming back shows these again.
  await newConversation(page);
  await expect.poll(() => page.getByTestId('topic-chips').count()).toBe(0);
});
