// Settings helpers for E2E tests: set the app up the way a person would, through the Settings dialog.
import type { Page } from 'playwright-core';

/** Points the app at a remote OpenAI-compatible provider from Settings, saves, and closes the dialog again. */
export async function useRemoteModel(page: Page, provider: { baseURL: string; model: string; apiKey?: string }): Promise<void> {
  await page.getByTestId('settings-button').click();
  const dialog = page.getByTestId('settings-dialog');
  await dialog.getByTestId('llm-base-url').fill(provider.baseURL);
  await dialog.getByTestId('llm-model').fill(provider.model);
  if (provider.apiKey !== undefined) await dialog.getByTestId('llm-api-key').fill(provider.apiKey);
  await dialog.getByTestId('settings-save').click();
  await dialog.getByTestId('settings-save-status').getByText('Saved').waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}
