// The three JSON imports open the same hidden file picker from their own button (useJsonFilePicker): the demo banner's
// "Import your home…", the home browser's "Import…" and the conversations' "Import JSON…" each open a chooser for one
// JSON file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

let app: BrowserModeApp;
beforeAll(async () => {
  app = await startBrowserMode();
});
afterAll(async () => {
  await app?.close();
});

describe('JSON file pickers (browser mode, headless Chromium)', () => {
  it('each import button opens a chooser for one JSON file', async () => {
    const page = await app.newPage();
    await page.getByTestId('demo-banner').waitFor();
    await page.getByText('Export / import').click();
    for (const button of ['demo-import', 'import-home', 'import-conversations']) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId(button).click();
      const opened = await chooser;
      expect(opened.isMultiple(), button).toBe(false);
      expect(await opened.element().getAttribute('accept'), button).toBe('application/json,.json');
    }
    await page.context().close();
  });
});
