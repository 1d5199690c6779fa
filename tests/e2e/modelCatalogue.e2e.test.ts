// Settings' local-model catalogue: picking an entry fills the existing download (URL and sha256), and the download
// from a local HTTP server (the tiny test model) is verified and becomes the local model.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueJson, serveFile } from '../support/serveFile';
import { TINY_MODEL_PATH } from '../support/testModel';
import { screenshotAllThemes } from './support/screenshots';
import { startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

const TINY_SHA = '270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d';
let app: BrowserModeApp;
let site: { url: string; close(): Promise<void> };
let dir: string;

beforeAll(async () => {
  site = await serveFile(TINY_MODEL_PATH, 'stories.gguf');
  dir = mkdtempSync(join(tmpdir(), 'goodies-catalogue-e2e-'));
  writeFileSync(join(dir, 'catalogue.json'), catalogueJson(site.url, TINY_SHA, statSync(TINY_MODEL_PATH).size));
  app = await startBrowserMode([], { GOODIES_MODEL_CATALOGUE: join(dir, 'catalogue.json') });
});
afterAll(async () => {
  await app?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('local-model catalogue', () => {
  it('fills the download from a picked entry and verifies the downloaded file', async () => {
    const page = await app.newPage();
    await page.getByTestId('settings-button').click();
    const dialog = page.getByTestId('settings-dialog');
    await dialog.locator('details.download > summary').click();
    await dialog.getByTestId('catalogue-pick-tiny').click();
    expect(await dialog.getByTestId('llm-download-url').inputValue()).toBe(site.url);
    expect(await dialog.getByTestId('llm-download-sha256').inputValue()).toBe(TINY_SHA);
    await dialog.getByTestId('model-catalogue').scrollIntoViewIfNeeded();
    await screenshotAllThemes(page, 'settings-model-catalogue', () => dialog.getByTestId('model-catalogue').scrollIntoViewIfNeeded());
    await dialog.getByTestId('llm-download-button').click();
    await expect.poll(() => dialog.locator('details.download').innerText(), { timeout: 30_000 }).toMatch(/Downloaded 1\.\d MB to .*stories\.gguf.*now the local model/);
    await page.context().close();
  });
});
