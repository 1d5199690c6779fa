// The action registry in the running app: the command palette runs an action, /help and "?" show the commands and
// shortcuts generated from the registry, a shortcut rebound in Settings works (and survives a reload), and a
// combination another action holds is refused.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotAllThemes } from './support/screenshots';
import { startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

let app: BrowserModeApp;
beforeAll(async () => {
  app = await startBrowserMode();
});
afterAll(async () => {
  await app?.close();
});

const focusedTestId = (page: Page): Promise<string | null> => page.evaluate("document.activeElement?.getAttribute('data-testid') ?? null");

describe('the action registry', () => {
  it('opens the command palette on Ctrl+K, filters as you type and runs the picked action', async () => {
    const page = await app.newPage();
    await page.getByTestId('status-bar').waitFor();
    await page.keyboard.press('Control+k');
    await page.getByTestId('command-palette').waitFor();
    await expect.poll(() => focusedTestId(page)).toBe('palette-input');
    await screenshotAllThemes(page, 'command-palette');
    await page.keyboard.type('activity');
    await expect.poll(() => page.getByTestId('palette-list').getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByTestId('command-palette').waitFor({ state: 'detached' });
    await page.getByTestId('audit-view').waitFor();
    await page.context().close();
  });

  it('shows the commands and shortcuts on /help and on "?", from the same registry', async () => {
    const page = await app.newPage();
    await page.getByTestId('status-bar').waitFor();
    await page.getByTestId('composer-input').fill('/he');
    await page.getByTestId('slash-suggestions').getByRole('button', { name: /\/help/ }).waitFor();
    await page.getByTestId('composer-input').fill('/help');
    await page.getByTestId('composer-input').press('Enter');
    await page.getByTestId('help-overlay').waitFor();
    expect(await page.getByTestId('help-commands').innerText()).toMatch(/\/new[\s\S]*\/settings/);
    expect(await page.getByTestId('help-overlay').innerText()).toMatch(/Ctrl\+K\s*Command palette/);
    // Nothing was sent to the conversation.
    expect(await page.getByTestId('message-user').count()).toBe(0);
    await screenshotAllThemes(page, 'help-overlay');
    await page.keyboard.press('Escape');
    await page.getByTestId('help-overlay').waitFor({ state: 'detached' });
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press('?');
    await page.getByTestId('help-overlay').waitFor();
    await page.context().close();
  });

  it('rebinds a shortcut in Settings: the new keys work, the old ones stop, a taken combination is refused', async () => {
    const page = await app.newPage();
    await page.getByTestId('status-bar').waitFor();
    await page.getByTestId('settings-button').click();
    const row = page.getByTestId('shortcut-settings').locator('[data-action="composer.focus"]');
    await row.getByTestId('shortcut-change').click();
    await page.getByTestId('shortcut-capture').press('Control+k');
    expect(await row.getByTestId('shortcut-problem').innerText()).toMatch(/already used by “Command palette”/);
    await page.getByTestId('shortcut-capture').press('Control+j');
    await expect.poll(() => row.locator('.shortcut-keys').innerText()).toBe('Ctrl+J');
    await row.scrollIntoViewIfNeeded();
    await screenshotAllThemes(page, 'settings-shortcuts', () => row.scrollIntoViewIfNeeded());
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });

    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await page.keyboard.press('Control+l');
    expect(await focusedTestId(page)).not.toBe('composer-input');
    await page.keyboard.press('Control+j');
    await expect.poll(() => focusedTestId(page)).toBe('composer-input');

    // Kept in this window's storage across a reload.
    await page.reload();
    await page.getByTestId('status-bar').waitFor();
    await page.locator('body').click({ position: { x: 640, y: 300 } });
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+j');
        return focusedTestId(page);
      })
      .toBe('composer-input');
    await page.context().close();
  });
});
