// Screenshots of one view in both themes at 1280×800 and 800×600: `<name>-light.png`, `<name>-dark.png`,
// `<name>-light-800.png`, `<name>-dark-800.png`. The page is left as it was found (light, 1280×800).
import type { Page } from 'playwright-core';
import { screenshotDir } from './startBrowserMode';

export async function screenshotAllThemes(page: Page, name: string, prepare?: () => Promise<void>): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  for (const size of [{ width: 1280, height: 800, suffix: '' }, { width: 800, height: 600, suffix: '-800' }]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await prepare?.();
      // Two frames: media-query listeners re-render and the virtualized list measures.
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
      await page.screenshot({ path: `${screenshotDir}/${name}-${scheme}${size.suffix}.png` });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(original);
}
