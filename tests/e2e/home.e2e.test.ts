// The foundation, as a person uses it: browse the home, ask about a room, see cited devices, in both themes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, newConversation } from './support/chat';
import { screenshotDir, startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

const KITCHEN_DEVICES = ['Back Door Lock', 'Fridge Freezer', 'Kitchen Ceiling Light', 'Kitchen Smoke Alarm', 'Kitchen Speaker', 'Kitchen Under-Cabinet Lights', 'Oven'];

let app: BrowserModeApp;
beforeAll(async () => {
  app = await startBrowserMode();
});
afterAll(async () => {
  await app?.close();
});

describe('home browser and chat (browser mode, headless Chromium)', () => {
  it('shows a room’s devices when the room is picked in the home browser', async () => {
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const tree = page.getByRole('tree');
    await tree.getByRole('treeitem', { name: /^Kitchen\b/ }).first().click();
    const devices = page.getByTestId('room-devices');
    await devices.waitFor();
    for (const name of KITCHEN_DEVICES) await expect.poll(() => devices.innerText()).toContain(name);
    await expect.poll(() => page.getByTestId('entity-detail').innerText()).toContain('Kitchen');
    await expect.poll(() => page.getByTestId('status-bar').innerText()).toMatch(/84 entities/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers “what devices are in the Kitchen?” with the right devices as citation chips', async () => {
    const page = await app.newPage();
    await newConversation(page);
    const text = (await (await ask(page, 'What devices are in the Kitchen?')).innerText()).trim();
    for (const name of KITCHEN_DEVICES) expect(text).toContain(name);
    const reply = page.getByTestId('message-assistant').last();
    const more = reply.getByRole('button', { name: /more sources/ });
    if (await more.count()) await more.click();
    const chips = reply.getByTestId('citation-chip');
    const chipTexts = (await chips.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    for (const name of ['Kitchen', ...KITCHEN_DEVICES]) expect(chipTexts.some((t) => t.endsWith(name)), name).toBe(true);
    expect(chipTexts.length).toBe(KITCHEN_DEVICES.length + 1);
    // A chip opens the entity in the home browser.
    await chips.filter({ hasText: 'Oven' }).first().click();
    await expect.poll(() => page.getByTestId('entity-detail').innerText()).toContain('Oven');
    await page.screenshot({ path: `${screenshotDir}/home-light.png` });
    await page.context().close();
  });

  it('says there are no devices in an empty room instead of failing', async () => {
    const page = await app.newPage({ colorScheme: 'dark' });
    await newConversation(page);
    const text = await (await ask(page, 'what devices are in the pantry?')).innerText();
    expect(text).toMatch(/no devices in the Pantry/i);
    expect(await page.locator('[data-role="send-error"]').count()).toBe(0);
    await page.getByRole('tree').getByRole('treeitem', { name: /^Living Room\b/ }).first().click();
    await page.getByTestId('room-devices').waitFor();
    await page.screenshot({ path: `${screenshotDir}/home-dark.png` });
    await page.context().close();
  });

  it('works from the keyboard: Ctrl+L focuses the composer, Enter sends, Ctrl+Shift+K focuses home search', async () => {
    const page = await app.newPage();
    await page.getByTestId('status-bar').waitFor();
    await page.keyboard.press('Control+l');
    await expect.poll(() => page.locator(':focus').getAttribute('data-testid')).toBe('composer-input');
    await page.keyboard.type('how many lights are there?');
    await page.keyboard.press('Enter');
    await expect.poll(async () => page.getByTestId('message-user').last().innerText()).toBe('how many lights are there?');
    await expect.poll(async () => page.getByTestId('message-assistant').last().innerText(), { timeout: 10_000 }).toMatch(/light/i);
    await page.keyboard.press('Control+Shift+K');
    await expect.poll(() => page.locator(':focus').getAttribute('placeholder')).toMatch(/^Search/);
    await page.context().close();
  });

  it('gives every landmark and button an accessible name', async () => {
    const page = await app.newPage();
    await page.getByTestId('status-bar').waitFor();
    for (const [role, name] of [['navigation', 'Conversations'], ['main', 'Chat'], ['complementary', 'Home browser'], ['contentinfo', 'Status']] as const) {
      expect(await page.getByRole(role, { name }).count(), `${role} ${name}`).toBe(1);
    }
    const buttons = page.getByRole('button');
    const count = await buttons.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      const name = (await button.getAttribute('aria-label')) ?? (await button.innerText()).trim() ?? '';
      expect(name.length, await button.evaluate((b) => b.outerHTML)).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it('exports the home as a file, refuses a malformed file without changing anything, and re-imports the export', async () => {
    const page = await app.newPage();
    const downloadEvent = page.waitForEvent('download');
    await page.getByTestId('export-home').click();
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toMatch(/^goodies-home-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { entities: unknown[]; relationships: unknown[] };
    expect(exported.entities.length).toBe(84);
    await expect.poll(() => page.getByTestId('home-file-actions').innerText()).toMatch(/Exported 84 entities/);

    const input = page.getByTestId('import-home-file');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"entities": [{"id": 1}], "relationships": []}') });
    await expect.poll(() => page.getByTestId('home-file-actions').innerText()).toMatch(/does not match the format/);
    await expect.poll(() => page.getByTestId('status-bar').innerText()).toMatch(/84 entities/);

    await input.setInputFiles({ name: 'home.json', mimeType: 'application/json', buffer: readFileSync(path) });
    await expect.poll(() => page.getByTestId('home-file-actions').innerText()).toMatch(/Replaced the home with 84 entities and \d+ relationships/);
    await page.context().close();
  });

  it('keeps what is typed right after start, when the latest conversation gets selected under the person’s fingers', async () => {
    // Regression: the composer replaced typed text with the selected conversation's (empty) stored draft.
    const page = await app.newPage();
    const composer = page.getByTestId('composer-input');
    await composer.waitFor();
    await composer.pressSequentially('is the garage door open?', { delay: 15 });
    await expect.poll(() => page.getByTestId('conversation-list').getByRole('button').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(await composer.inputValue()).toBe('is the garage door open?');
    await page.context().close();
  });
});
