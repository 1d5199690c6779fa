// The household assistant as a person uses it in browser mode: set a reminder in words, see the date echoed and the
// reminder in the Todos panel; keep a shopping list by chat; pick "which one?" with a click; a due reminder shows as a
// toast with snooze/done. Real server, real clock, headless Chromium.
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

describe('household assistant (browser mode, headless Chromium)', () => {
  it('“remind me to water the plants tomorrow at 8” → confirmation with the date → the panel shows it', async () => {
    const page = await app.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await newConversation(page);
    const reply = await ask(page, 'remind me to water the plants tomorrow at 8');
    expect((await reply.innerText()).trim()).toMatch(/Reminder set for \w{3} \d{1,2} \w{3}, 08:00: “water the plants”\./);
    const when = /Reminder set for (\w{3} \d{1,2} \w{3}, 08:00)/.exec(await reply.innerText())?.[1];

    await page.getByTestId('todos-button').click();
    const panel = page.getByTestId('todos-panel');
    await panel.waitFor();
    const item = panel.getByTestId('reminder-item').filter({ hasText: 'water the plants' });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toContain(when ?? 'missing date');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('“add milk to the shopping list” and “what’s on the shopping list?”; the panel checks it off', async () => {
    const page = await app.newPage();
    await newConversation(page);
    expect((await (await ask(page, 'add milk to the shopping list')).innerText()).trim()).toMatch(/^Added “milk” to the shopping list\./);
    await ask(page, 'add eggs to the shopping list, urgent');
    await ask(page, 'add prune the roses to the garden list');
    const listed = (await (await ask(page, "what's on the shopping list?")).innerText()).trim();
    expect(listed).toMatch(/On the shopping list \(2\):\s*• milk\s*• eggs, high priority/);

    await page.getByTestId('todos-button').click();
    const panel = page.getByTestId('todos-panel');
    await panel.getByTestId('todo-list-select').selectOption('shopping');
    const items = panel.getByTestId('todo-item');
    await expect.poll(() => items.allInnerTexts()).toEqual([expect.stringContaining('milk'), expect.stringContaining('eggs')]);
    await page.screenshot({ path: `${screenshotDir}/todos-light.png` });

    // Keyboard reorder: Alt+↓ on milk moves it below eggs.
    await items.first().getByRole('button', { name: 'milk', exact: true }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => items.allInnerTexts()).toEqual([expect.stringContaining('eggs'), expect.stringContaining('milk')]);

    await panel.getByRole('checkbox', { name: 'Done: milk' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await panel.getByTestId('todo-filter-done').click();
    await expect.poll(() => items.allInnerTexts()).toEqual([expect.stringContaining('milk')]);
    await page.keyboard.press('Escape');
    expect((await (await ask(page, "what's on the shopping list?")).innerText()).trim()).toMatch(/On the shopping list \(1\):\s*• eggs/);
    await page.context().close();
  });

  it('asks “which one?” with clickable choices, in dark mode too', async () => {
    const page = await app.newPage({ colorScheme: 'dark' });
    await newConversation(page);
    await ask(page, 'add call the plumber');
    await ask(page, 'add call the electrician');
    const question = await ask(page, 'complete call');
    expect((await question.innerText()).trim()).toMatch(/Which todo do you mean: “call the electrician” or “call the plumber”\?/);
    const choices = question.getByTestId('choice-button');
    expect(await choices.allInnerTexts()).toEqual(['call the electrician', 'call the plumber']);
    const before = await page.getByTestId('message-assistant').count();
    await choices.nth(1).click();
    await expect.poll(() => page.getByTestId('message-assistant').count()).toBe(before + 1);
    await expect.poll(() => page.getByTestId('message-assistant').last().innerText()).toMatch(/Ticked off “call the plumber”/);
    await page.getByTestId('todos-button').click();
    await page.getByTestId('todos-panel').getByTestId('todo-filter-all').click();
    await page.screenshot({ path: `${screenshotDir}/todos-dark.png` });
    await page.context().close();
  });

  it('a reminder due in 2 seconds shows a toast with snooze and done', async () => {
    const page = await app.newPage();
    await newConversation(page);
    const reply = await ask(page, 'remind me in 2 seconds to stretch');
    expect((await reply.innerText()).trim()).toMatch(/Reminder set for .*: “stretch”/);
    const toast = page.getByTestId('reminder-toast');
    await toast.waitFor({ timeout: 15_000 });
    expect(await toast.innerText()).toMatch(/Reminder:\s*stretch/);
    await page.screenshot({ path: `${screenshotDir}/reminder-toast.png` });
    await toast.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => toast.count()).toBe(0);
    await page.context().close();
  });
});
