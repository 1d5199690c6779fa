// The diagnostics panel and the plain-words breaker state: a provider that keeps failing opens the remote circuit;
// the status bar and Settings say "failing, retrying in N s" and count down; the panel lists the turns with their
// timings and the errors; the copied report has the health and no API key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FakeOpenAiServer } from '../fakes/FakeOpenAiServer';
import { ask, newConversation } from './support/chat';
import { screenshotAllThemes } from './support/screenshots';
import { startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';
import { useRemoteModel } from './support/settings';

const API_KEY = 'sk-e2e-NEVER-IN-A-REPORT-7d1c';
let app: BrowserModeApp;
let provider: FakeOpenAiServer;
let page: Page;

beforeAll(async () => {
  provider = await FakeOpenAiServer.start({ models: ['house-model'], defaultChatReply: { kind: 'error', status: 500 } });
  // A long cool-down: the countdown is still running when the test reads it.
  app = await startBrowserMode([], { GOODIES_LLM_HALF_OPEN_MS: '600000', GOODIES_LLM_HEALTH_INTERVAL_MS: '600000' });
  page = await app.newPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await useRemoteModel(page, { baseURL: provider.baseURL, model: 'house-model', apiKey: API_KEY });
});
afterAll(async () => {
  await app?.close();
  await provider?.stop();
});

const secondsLeft = async (text: Promise<string>) => Number(/retrying in (\d+) s/.exec(await text)?.[1] ?? NaN);

describe('diagnostics', () => {
  it('says "failing, retrying in N s" with a live countdown once the remote circuit opens', { timeout: 180_000 }, async () => {
    await newConversation(page);
    // Five failed turns (each with its retries) open the circuit.
    for (let i = 1; i <= 5; i++) await ask(page, `tell me story number ${i}`, { timeoutMs: 60_000 });
    await page.getByTestId('status-llm').getByText(/Remote model: failing, retrying in \d+ s/).waitFor();
    const first = await secondsLeft(page.getByTestId('status-llm').innerText());
    await expect.poll(() => secondsLeft(page.getByTestId('status-llm').innerText()), { timeout: 10_000 }).toBeLessThan(first);

    await page.getByTestId('settings-button').click();
    await expect.poll(() => page.getByTestId('settings-remote-state').innerText()).toMatch(/Remote model: failing, retrying in \d+ s/);
    await page.keyboard.press('Escape');
  });

  it('lists the turns with timings and the error counts, shows the sync state, and copies a report without the key', async () => {
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press('Control+Shift+D');
    const panel = page.getByTestId('telemetry-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('telemetry-turns').locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(await panel.getByTestId('telemetry-errors').innerText()).toMatch(/×/);
    expect(await panel.getByTestId('telemetry-health').innerText()).toMatch(/retrying in \d+ s/);
    // No home server set up in this run: the sync slot says so rather than staying empty.
    expect(await panel.getByTestId('telemetry-sync').innerText()).toMatch(/State\s+not configured[\s\S]*Last sync\s+–[\s\S]*Parked\s+0/);
    await panel.getByTestId('telemetry-copy-report').click();
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toMatch(/Remote circuit: open, next try at/);
    const report = (await page.evaluate('navigator.clipboard.readText()')) as string;
    expect(report).not.toContain(API_KEY);
    expect(report).not.toContain('story number');
    await screenshotAllThemes(page, 'telemetry');
  });
});
