// Voice controls as a person meets them in browser mode: the microphone in the composer only where the browser has
// speech recognition (with a label a screen reader says), and Settings → Voice where the provider voice waits for a
// remote model. Headless Chromium, light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, startBrowserMode, type BrowserModeApp } from './support/startBrowserMode';

let app: BrowserModeApp;
beforeAll(async () => {
  app = await startBrowserMode();
});
afterAll(async () => {
  await app?.close();
});

describe('voice (browser mode, headless Chromium)', () => {
  it('the microphone is shown where SpeechRecognition exists, labelled, and hidden where it does not', async () => {
    const page = await app.newPage();
    const hasRecognition = await page.evaluate(() => 'SpeechRecognition' in globalThis || 'webkitSpeechRecognition' in globalThis);
    const mic = page.getByRole('button', { name: 'Speak your question' });
    await page.getByTestId('composer-input').waitFor();
    expect(await mic.count()).toBe(hasRecognition ? 1 : 0);
    if (hasRecognition) expect(await mic.getAttribute('aria-pressed')).toBe('false');
    await page.screenshot({ path: `${screenshotDir}/voice-composer-light.png` });
    await page.context().close();

    // The same page where the platform has no recognition: no button at all.
    const without = await app.newPage();
    await without.addInitScript(() => {
      delete (globalThis as { SpeechRecognition?: unknown }).SpeechRecognition;
      delete (globalThis as { webkitSpeechRecognition?: unknown }).webkitSpeechRecognition;
    });
    await without.reload();
    await without.getByTestId('composer-input').waitFor();
    expect(await without.getByTestId('voice-input-button').count()).toBe(0);
    await without.context().close();
  });

  it('Settings → Voice: the system voice by default; the provider voice needs a remote model (dark mode)', async () => {
    const page = await app.newPage({ colorScheme: 'dark' });
    await page.getByTestId('settings-button').click();
    const section = page.getByTestId('voice-settings');
    await section.waitFor();
    expect(await section.getByRole('radio', { name: /System voice/ }).isChecked()).toBe(true);
    expect(await section.getByTestId('voice-source-provider').isDisabled()).toBe(true);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}/voice-settings-dark.png` });
    await page.context().close();
  });
});
