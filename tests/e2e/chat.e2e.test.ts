// Chat as people use it daily, against the fake OpenAI-compatible server: Markdown (a table and highlighted code),
// copy, Regenerate → versions, edit → branches, Esc stops, examples on the empty screen, search that jumps to an old
// message, export and re-import, delete with undo. Screenshots in both themes at 1280×800 and 800×600.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FakeOpenAiServer } from '../fakes/FakeOpenAiServer';
import { ask, newConversation } from './support/chat';
import { screenshotAllThemes } from './support/screenshots';
import { startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';
import { useRemoteModel } from './support/settings';

const MARKDOWN_REPLY = [
  '## Lights by room\n\n',
  '| Room | Lights |\n|---|---|\n| Kitchen | 2 |\n| Study | 1 |\n\n',
  'Turn them off with:\n\n```js\n',
  "const off = (room) => setLights(room, 'off');\n",
  '```\n\nSee [the manual](https://example.com/manual) and <script>alert(1)</script>**done**.',
];

let app: BrowserModeApp;
let provider: FakeOpenAiServer;
let page: Page;

beforeAll(async () => {
  provider = await FakeOpenAiServer.start({ models: ['house-model', 'house-model-large'], defaultChatReply: { kind: 'stream', tokens: ['Plain ', 'answer.'] } });
  app = await startBrowserMode();
  page = await app.newPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await useRemoteModel(page, { baseURL: provider.baseURL, model: 'house-model' });
});
afterAll(async () => {
  await app?.close();
  await provider?.stop();
});

const clipboard = (): Promise<string> => page.evaluate('navigator.clipboard.readText()');

describe('chat messages', () => {
  it('renders Markdown from the model: a table, highlighted code, a safe link, no raw HTML', async () => {
    await newConversation(page);
    provider.scriptChat({ kind: 'stream', tokens: MARKDOWN_REPLY, chunkDelayMs: 20 });
    const reply = await ask(page, 'tell me about the lights as a table');
    await expect.poll(() => reply.locator('table').count()).toBe(1);
    expect(await reply.locator('th').allInnerTexts()).toEqual(['Room', 'Lights']);
    expect(await reply.locator('td').allInnerTexts()).toEqual(['Kitchen', '2', 'Study', '1']);
    expect(await reply.locator('h2').innerText()).toBe('Lights by room');
    const code = reply.getByTestId('code-block');
    expect(await code.locator('.hljs-keyword').first().innerText()).toBe('const');
    const link = reply.getByRole('link', { name: 'the manual' });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await reply.locator('script').count()).toBe(0);
    expect(await reply.locator('strong').innerText()).toBe('done');
    // Copy the code block, then the whole answer (its Markdown source).
    await code.getByTestId('copy-code').click();
    await expect.poll(clipboard).toBe("const off = (room) => setLights(room, 'off');");
    await reply.getByTestId('copy-message').click();
    await expect.poll(clipboard).toContain('| Kitchen | 2 |');
    await screenshotAllThemes(page, 'chat-markdown');
  });

  it('Regenerate makes a new version of the reply with a switcher; the question is never duplicated', async () => {
    provider.scriptChat({ kind: 'stream', tokens: ['Second ', 'version.'] });
    await page.getByTestId('regenerate-button').click();
    const last = page.getByTestId('message-assistant').last();
    await expect.poll(() => last.innerText()).toContain('Second version.');
    await expect.poll(() => last.getByTestId('version-count').innerText()).toBe('2 / 2');
    expect(await page.getByTestId('message-user').count()).toBe(1);
    await last.getByTestId('version-previous').click();
    await expect.poll(() => page.getByTestId('message-assistant').last().locator('table').count()).toBe(1);
    await expect.poll(() => page.getByTestId('message-assistant').last().getByTestId('version-count').innerText()).toBe('1 / 2');
    await page.getByTestId('message-assistant').last().getByTestId('version-next').click();
    await expect.poll(() => page.getByTestId('message-assistant').last().innerText()).toContain('Second version.');
  });

  it('editing a question starts a branch with a switcher, and the model sees only that branch', async () => {
    provider.scriptChat({ kind: 'stream', tokens: ['Study ', 'poem.'] });
    await ask(page, 'write a haiku about the study');
    provider.scriptChat({ kind: 'stream', tokens: ['The ', 'garage ', 'has ', 'one.'] });
    const question = page.locator('.message-user').last();
    await question.getByTestId('edit-question').click();
    await page.getByTestId('edit-question-input').fill('write a haiku about the garage');
    const requestsBefore = provider.chatRequests.length;
    await page.getByTestId('edit-question-send').click();
    await expect.poll(() => page.getByTestId('message-assistant').last().innerText()).toContain('The garage has one.');
    const sent = provider.chatRequests[requestsBefore]?.body as { messages: Array<{ content: string }> };
    expect(sent.messages.map((m) => m.content)).not.toContain('write a haiku about the study');
    await expect.poll(() => page.locator('.message-user').last().getByTestId('branch-count').innerText()).toBe('2 / 2');
    await screenshotAllThemes(page, 'chat-branches');
    await page.locator('.message-user').last().getByTestId('branch-previous').click();
    await expect.poll(() => page.getByTestId('message-user').last().innerText()).toBe('write a haiku about the study');
    expect(await page.getByTestId('message-user').count()).toBe(2);
  });

  it('Esc stops an answer and keeps what arrived', async () => {
    provider.scriptChat({ kind: 'stream', tokens: ['One ', 'two ', 'three ', 'four ', 'five ', 'six ', 'seven ', 'eight.'], chunkDelayMs: 400 });
    await page.getByTestId('composer-input').fill('count slowly to eight');
    await page.getByTestId('composer-input').press('Enter');
    await expect.poll(async () => ((await page.locator('[data-streaming="true"]').count()) ? page.locator('[data-streaming="true"]').innerText() : '')).toContain('One');
    await page.keyboard.press('Escape');
    const last = page.getByTestId('message-assistant').last();
    await expect.poll(() => last.getAttribute('data-streaming')).toBeNull();
    await expect.poll(() => last.innerText()).toMatch(/Stopped/);
    expect(await last.innerText()).not.toContain('eight.');
  });
});

describe('first run and conversations', () => {
  it('says the home is a demo and asks an example question when clicked', async () => {
    await newConversation(page);
    await expect.poll(() => page.getByTestId('demo-banner').innerText()).toMatch(/This is a demo home — connect your home server or import your home/);
    await page.getByTestId('example-question').first().click();
    await expect.poll(() => page.getByTestId('message-user').last().innerText()).toBe('What’s in the kitchen?');
    await expect.poll(() => page.getByTestId('message-assistant').last().innerText(), { timeout: 20_000 }).toMatch(/Kitchen/);
  });

  it('search finds a word from an old message in another conversation and jumps to it', async () => {
    await page.getByTestId('conversation-search').fill('garag');
    const hit = page.getByTestId('search-hit').first();
    await hit.waitFor();
    expect(await hit.locator('mark').first().innerText()).toMatch(/^garag/i);
    await screenshotAllThemes(page, 'search', async () => {
      // A small window folds the conversation list away: open it to show the results.
      if ((page.viewportSize()?.width ?? 1280) < 960 && (await page.getByTestId('conversation-search').count()) === 0) await page.getByTestId('sidebar-toggle').click();
    });
    await hit.click();
    const focused = page.locator('.message[data-focused]');
    await focused.waitFor();
    expect(await focused.innerText()).toMatch(/garage/i);
    for (const q of ['"', '-lights', 'AND', '*']) {
      await page.getByTestId('conversation-search').fill(q);
      await expect.poll(() => page.getByTestId('conversation-search-results').innerText()).toMatch(/match/);
    }
    await page.getByTestId('conversation-search').fill('');
  });

  it('exports a conversation as Markdown and JSON and re-imports the JSON with identical content', async () => {
    const item = page.getByTestId('conversation-item').filter({ hasText: 'tell me about the lights' }).first();
    await item.getByTestId('conversation-actions').click();
    const [markdown] = await Promise.all([page.waitForEvent('download'), item.getByTestId('export-conversation-markdown').click()]);
    const md = readFileSync((await markdown.path()) ?? '', 'utf8');
    expect(md).toContain('# tell me about the lights as a table');
    expect(md).toContain('Second version.');
    const [json] = await Promise.all([page.waitForEvent('download'), item.getByTestId('export-conversation-json').click()]);
    const exported = readFileSync((await json.path()) ?? '', 'utf8');
    await page.getByText('Export / import').click();
    await page.getByTestId('import-conversations-file').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => page.getByTestId('transfer-message').innerText()).toMatch(/Imported 1 conversation/);
    const copies = page.getByTestId('conversation-item').filter({ hasText: 'tell me about the lights' });
    await expect.poll(() => copies.count()).toBe(2);
    // The copy (selected after import) exports to the same content: same messages, versions and branches.
    const copy = page.locator('.conversation-item.selected');
    expect(await copy.locator('.conversation-title').innerText()).toContain('tell me about the lights');
    await copy.getByTestId('conversation-actions').click();
    const [again] = await Promise.all([page.waitForEvent('download'), copy.getByTestId('export-conversation-json').click()]);
    const reimported = readFileSync((await again.path()) ?? '', 'utf8');
    const content = (text: string) =>
      (JSON.parse(text) as { conversations: Array<{ title: string; messages: Array<{ role: string; text: string; created_at: string }> }> }).conversations.map((c) => ({
        title: c.title,
        messages: c.messages.map((m) => [m.role, m.text, m.created_at]),
      }));
    expect(content(reimported)).toEqual(content(exported));
  });

  it('deletes a conversation with undo', async () => {
    const count = await page.getByTestId('conversation-item').count();
    const item = page.getByTestId('conversation-item').first();
    const title = await item.locator('.conversation-title').innerText();
    await item.getByTestId('conversation-actions').click();
    await item.getByTestId('delete-conversation').click();
    await expect.poll(() => page.getByTestId('conversation-item').count()).toBe(count - 1);
    await page.getByTestId('undo-delete').click();
    await expect.poll(() => page.getByTestId('conversation-item').count()).toBe(count);
    expect(await page.getByTestId('conversation-item').first().locator('.conversation-title').innerText()).toBe(title);
  });
});

describe('settings', () => {
  it('tests what is typed (nothing saved), offers presets, and picks a model from the provider’s list', async () => {
    await page.getByTestId('settings-button').click();
    const dialog = page.getByTestId('settings-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('preset-ollama').click();
    expect(await dialog.getByTestId('llm-base-url').inputValue()).toBe('http://127.0.0.1:11434/v1');
    expect(await dialog.getByTestId('preset-hint').innerText()).toMatch(/Ollama.*No key/);
    // Typed, not saved: the test reaches the fake provider at the typed address.
    await dialog.getByTestId('llm-base-url').fill(provider.baseURL.replace('127.0.0.1', 'localhost'));
    await dialog.getByTestId('llm-model').fill('');
    const before = provider.requests.filter((r) => r.path === '/v1/models').length;
    await dialog.getByTestId('test-connection').click();
    await expect.poll(() => dialog.getByTestId('test-connection-result').innerText()).toMatch(/Connected in .* 2 models available/);
    expect(provider.requests.filter((r) => r.path === '/v1/models').length).toBe(before + 1);
    await dialog.getByTestId('model-picker').selectOption('house-model-large');
    expect(await dialog.getByTestId('llm-model').inputValue()).toBe('house-model-large');
    await screenshotAllThemes(page, 'settings', async () => {
      if ((await dialog.count()) === 0) await page.getByTestId('settings-button').click();
    });
    // Closing without saving keeps the saved provider.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('settings-button').click();
    expect(await dialog.getByTestId('llm-model').inputValue()).toBe('house-model');
    await page.keyboard.press('Escape');
  });
});
