// The quick-ask window in browser mode (#/quick-ask), as a person uses it: offline (no remote provider), a question
// streams in place from the local model with its mode badge; "turn off the kitchen lights" shows an action card that
// is approved right there; Esc clears first, then asks the shell to hide (browser mode shows that it would);
// "Open in app" continues the one "Quick ask" conversation in the main view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TINY_MODEL_PATH } from '../support/testModel';
import { callBrowserMode } from './support/callBrowserMode';
import { screenshotDir, startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

let app: BrowserModeApp;
let page: Page;
/** Questions the Stop test asked beyond its first (it asks until an answer is still running). */
let extraQuestions = 0;

beforeAll(async () => {
  app = await startBrowserMode();
  // Offline: no remote provider at all, only the tiny local model.
  await callBrowserMode(app.url, 'llm.saveSettings', { mode: 'local', local: { modelPath: TINY_MODEL_PATH, threads: 1 } });
  page = await app.newPage({ viewport: { width: 640, height: 420 } });
  await page.evaluate("window.location.hash = '#/quick-ask'");
  await page.getByTestId('quick-ask').waitFor();
});
afterAll(async () => {
  await app?.close();
});

async function askQuick(question: string): Promise<void> {
  await page.getByTestId('quick-input').fill(question);
  await page.getByTestId('quick-input').press('Enter');
  await expect.poll(() => page.getByTestId('quick-answer').getAttribute('data-streaming'), { timeout: 60_000 }).toBe('false');
}

describe('quick ask (browser mode)', () => {
  it('has the focus in the input', async () => {
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-testid')")).toBe('quick-input');
  });

  // The tiny model runs on one thread; on a loaded 2-core machine its first tokens can take a minute.
  it('asks offline: the local answer streams in place with its mode badge, and Stop keeps the partial answer', { timeout: 180_000 }, async () => {
    // Record every partial text the streaming paragraph shows: proof that the answer arrives in pieces.
    // (Browser-side code as a string: this file is type-checked for Node, without the DOM.)
    await page.evaluate(`(() => {
      const seen = [];
      const observer = new MutationObserver(() => {
        const text = document.querySelector('[data-testid="quick-streaming"]')?.textContent ?? '';
        if (text && text !== 'Thinking…' && seen.at(-1) !== text) seen.push(text.slice(0, 300));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      Object.assign(window, { __partials: seen, __observer: observer });
    })()`);
    const partials = () => page.evaluate('window.__partials') as Promise<string[]>;
    const streaming = async () => (await page.getByTestId('quick-answer').getAttribute('data-streaming')) === 'true';
    // How long the tiny story model rambles depends on the prompt it is given, which changes with the prompt layout,
    // and it ends by itself within a second on an idle machine. So: ask, press Stop after a few pieces, and if the
    // answer ended by itself before the Stop landed (no "stopped" notice), ask the next question (bounded).
    let stopped = false;
    let asked = 0;
    for (const question of ['write a short poem please', 'write a story please', 'tell me a story about the kitchen', 'write a long poem about the garden', 'tell me a long story', 'write a poem about the lights']) {
      await page.evaluate('window.__partials.length = 0');
      if (asked++ > 0) extraQuestions++;
      await page.getByTestId('quick-input').fill(question);
      await page.getByTestId('quick-input').press('Enter');
      await expect.poll(async () => (await partials()).length > 3 || !(await streaming()), { timeout: 150_000 }).toBe(true);
      if (!(await streaming())) continue;
      const stoppedAt = Date.now();
      const clicked = await page.getByTestId('quick-stop').click({ timeout: 2_000 }).then(() => true, () => false);
      await expect.poll(() => page.getByTestId('quick-answer').getAttribute('data-streaming'), { timeout: 20_000 }).toBe('false');
      if (!clicked || !(await page.getByTestId('quick-notice').isVisible())) continue;
      // A whole answer takes seconds to minutes under load; a real stop ends it at once.
      expect(Date.now() - stoppedAt).toBeLessThan(10_000);
      stopped = true;
      break;
    }
    expect(stopped, 'no answer of the tiny model was still running when Stop was pressed').toBe(true);
    await page.evaluate('window.__observer.disconnect()');
    const seen = await partials();
    const answer = await page.getByTestId('quick-answer-text').innerText();
    expect(answer.startsWith(seen[0]!.replace(/\s+$/, ''))).toBe(true);
    expect(await page.getByTestId('quick-notice').innerText()).toMatch(/interrupted|stopped/i);
    expect(await page.getByTestId('quick-mode').getAttribute('data-mode')).toBe('local');
    expect(await page.getByTestId('quick-mode').innerText()).toMatch(/^Local · stories260K/);
  });

  it('"turn off the kitchen lights" → action card → approve, in the quick window', async () => {
    await askQuick('turn off the kitchen lights');
    const card = page.getByTestId('proposal-card');
    await card.waitFor();
    expect(await card.getAttribute('data-tier')).toBe('2');
    expect(await card.innerText()).toMatch(/kitchen/i);
    await page.screenshot({ path: `${screenshotDir}/quick-ask-card.png` });
    await card.getByTestId('approve-button').click();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 10_000 }).toBe('executed');
  });

  it('Esc clears the input first, then hides (the shell call is made; browser mode shows it)', async () => {
    await page.getByTestId('quick-input').fill('half a question');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('quick-input').inputValue()).toBe('');
    expect(await page.getByTestId('quick-answer-text').count()).toBe(0);
    expect(await page.getByTestId('quick-hidden').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('quick-hidden').waitFor();
    expect(await page.getByTestId('quick-ask').getAttribute('data-hidden')).toBe('true');
  });

  it('dark mode: the quick window reads well', async () => {
    const dark = await app.newPage({ colorScheme: 'dark', viewport: { width: 640, height: 420 } });
    await dark.evaluate("window.location.hash = '#/quick-ask'");
    await dark.getByTestId('quick-input').fill('what is in the kitchen?');
    await dark.getByTestId('quick-input').press('Enter');
    await dark.getByTestId('quick-answer-text').waitFor({ timeout: 30_000 });
    await dark.screenshot({ path: `${screenshotDir}/quick-ask-dark.png` });
    await dark.close();
  });

  it('every question went to one "Quick ask" conversation, and "Open in app" continues it in the main view', async () => {
    await page.getByTestId('quick-input').fill('what is in the kitchen?');
    await page.getByTestId('quick-input').press('Enter');
    await page.getByTestId('quick-answer-text').waitFor({ timeout: 30_000 });
    const conversations = (await callBrowserMode(app.url, 'chat.listConversations', {})) as Array<{ title: string; message_count: number }>;
    const quick = conversations.filter((c) => c.title === 'Quick ask');
    expect(quick).toHaveLength(1);
    // Four questions from two quick windows (light and dark), four answers: all in the one conversation.
    expect(quick[0]!.message_count).toBe(8 + 2 * extraQuestions);
    await page.getByTestId('quick-open-in-app').click();
    // The list is virtualized (older messages off screen are not in the DOM): the count is checked above through the
    // contract; here the main view shows the conversation ending with the last quick question.
    await page.getByTestId('message-user').first().waitFor();
    await expect.poll(() => page.getByTestId('message-user').last().innerText()).toBe('what is in the kitchen?');
  });

  it('Settings → Desktop: the shortcut (and that browser mode has none), and "Open logs folder" shows where the logs are', async () => {
    const main = await app.newPage();
    await main.getByTestId('settings-button').click();
    const section = main.getByTestId('desktop-settings');
    await section.waitFor();
    expect(await section.getByTestId('quick-ask-shortcut').inputValue()).toBe('CommandOrControl+Shift+G');
    expect(await section.getByTestId('quick-ask-shortcut-status').innerText()).toMatch(/only in the desktop app/);
    expect(await section.getByTestId('auto-update').isChecked()).toBe(false);
    await section.getByTestId('open-logs-folder').click();
    await expect.poll(() => section.getByTestId('logs-folder-path').innerText()).toBe(`Logs are in ${app.dataDir}/logs`);
    await section.screenshot({ path: `${screenshotDir}/settings-desktop.png` });
    await main.close();
  });
});
