// Personas as a person uses them in browser mode: pick "Concise" in the header and the assistant's own answers get
// shorter; define, edit and delete a persona in Settings and pick it. Real server, headless Chromium, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, newConversation } from './support/chat';
import { screenshotDir, startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

let app: BrowserModeApp;
beforeAll(async () => {
  app = await startBrowserMode();
});
afterAll(async () => {
  await app?.close();
});

describe('personas (browser mode, headless Chromium)', () => {
  it('picking "Concise" in the header changes the answer style; back to "Home assistant" changes it back', async () => {
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await newConversation(page);
    const picker = page.getByRole('combobox', { name: 'Persona' });
    await expect.poll(() => picker.inputValue()).toBe('home-assistant');
    expect((await (await ask(page, 'add milk to the shopping list')).innerText()).trim()).toMatch(/^Added “milk” to the shopping list\./);
    expect((await (await ask(page, 'remind me to call the bank tomorrow at 9')).innerText()).trim()).toMatch(/^Reminder set for .*09:00: “call the bank”\./);

    await picker.selectOption({ label: 'Concise' });
    await expect.poll(() => picker.inputValue()).toBe('concise');
    expect((await (await ask(page, 'add eggs to the shopping list')).innerText()).trim()).toMatch(/^Added “eggs” \(shopping\)\./);
    expect((await (await ask(page, 'remind me to pay the rent tomorrow at 9')).innerText()).trim()).toMatch(/^Reminder set for \w{3} \d{1,2} \w{3}, 09:00\./);
    expect((await (await ask(page, "what's on the shopping list?")).innerText()).trim()).toMatch(/^shopping:\s*• milk\s*• eggs\s/);
    await page.screenshot({ path: `${screenshotDir}/persona-concise-light.png` });
    await page.setViewportSize({ width: 800, height: 600 });
    await page.screenshot({ path: `${screenshotDir}/persona-concise-light-800.png` });

    // The choice is stored in main: a reload keeps it.
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Persona' }).inputValue()).toBe('concise');
    await page.getByRole('combobox', { name: 'Persona' }).selectOption('home-assistant');
    await expect.poll(() => page.getByRole('combobox', { name: 'Persona' }).inputValue()).toBe('home-assistant');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Settings: add, edit and delete a persona; a new one is offered in the header (dark mode)', async () => {
    const page = await app.newPage({ colorScheme: 'dark' });
    await page.getByTestId('settings-button').click();
    const section = page.getByTestId('personas-settings');
    await section.waitFor();
    await expect.poll(() => section.getByTestId('persona-row').count()).toBe(3);
    await section.getByTestId('persona-add').click();
    await section.getByLabel('Name').fill('Grandma mode');
    await section.getByLabel('Answer style').selectOption('teacher');
    await section.getByLabel('Instructions for models (system prompt)').fill('Explain everything slowly, in short sentences.');
    await page.screenshot({ path: `${screenshotDir}/persona-settings-dark.png` });
    await section.getByTestId('persona-save').click();
    await expect.poll(() => section.getByTestId('persona-row').allInnerTexts()).toContainEqual(expect.stringMatching(/Grandma mode\s*yours · teacher/));

    await section.getByRole('button', { name: 'Edit persona Grandma mode' }).click();
    await section.getByLabel('Name').fill('Grandpa mode');
    await section.getByLabel('Answer style').selectOption('concise');
    await section.getByTestId('persona-save').click();
    await expect.poll(() => section.getByTestId('persona-row').allInnerTexts()).toContainEqual(expect.stringMatching(/Grandpa mode\s*yours · concise/));
    await page.keyboard.press('Escape');

    const picker = page.getByRole('combobox', { name: 'Persona' });
    await expect.poll(() => picker.locator('option').allInnerTexts()).toEqual(['Home assistant', 'Concise', 'Teacher', 'Grandpa mode']);
    await picker.selectOption({ label: 'Grandpa mode' });
    await newConversation(page);
    expect((await (await ask(page, 'add tea to the shopping list')).innerText()).trim()).toMatch(/^Added “tea” \(shopping\)\./);
    await page.screenshot({ path: `${screenshotDir}/persona-picker-dark.png` });

    // Deleting the active persona hands over to the default one.
    await page.getByTestId('settings-button').click();
    await section.getByRole('button', { name: 'Delete persona Grandpa mode' }).click();
    await expect.poll(() => section.getByTestId('persona-row').count()).toBe(3);
    await page.keyboard.press('Escape');
    await expect.poll(() => picker.inputValue()).toBe('home-assistant');
    await page.context().close();
  });
});
