// Acting on the home as a person does: ask, see an action card, approve, watch the home browser change, and find the
// proposal → decision → execution trail in Activity. Security actions are tier 3: confirmed every time, never remembered.
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

describe('approvals (browser mode, headless Chromium)', () => {
  it('“turn off the kitchen lights”: card → Approve → the home browser shows the lights off → Activity shows the trail', async () => {
    const page = await app.newPage();
    await page.getByRole('tree').getByRole('treeitem', { name: /^Kitchen\b/ }).first().click();
    const kitchen = page.getByTestId('room-devices');
    await expect.poll(() => kitchen.innerText()).toMatch(/Kitchen Ceiling Light[\s\S]*On 100%/);

    await newConversation(page);
    const reply = await ask(page, 'turn off the kitchen lights');
    const card = reply.getByTestId('proposal-card');
    await card.waitFor();
    expect(await card.getAttribute('data-tier')).toBe('2');
    expect(await card.getAttribute('data-status')).toBe('pending');
    expect(await card.innerText()).toMatch(/Turn off .*Kitchen Ceiling Light/s);
    expect(await card.getByTestId('remember-checkbox').count()).toBe(1);
    await page.screenshot({ path: `${screenshotDir}/approval-card.png` });

    await card.getByTestId('approve-button').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('executed');
    // Plain words, not a version string (issue 8).
    await expect.poll(() => card.getByTestId('new-versions').innerText()).toMatch(/Kitchen Ceiling Light is now off/);
    await expect.poll(() => kitchen.innerText()).not.toMatch(/Kitchen Ceiling Light[^\n]*\n?[^\n]*On 100%/);
    expect(await kitchen.innerText()).toMatch(/Kitchen Ceiling Light[\s\S]*Off/);

    const proposalId = await card.getAttribute('data-proposal-id');
    await page.getByTestId('activity-button').click();
    const audit = page.getByTestId('audit-view');
    await audit.waitFor();
    const rows = audit.locator(`[data-testid="audit-row"]`);
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    // Newest first: execution, decision, proposal.
    const kinds = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds.slice(0, 3)).toEqual(['execution', 'decision', 'proposal']);
    expect(proposalId).toBeTruthy();
    await page.screenshot({ path: `${screenshotDir}/activity.png` });
    await page.keyboard.press('Escape');

    // After a reload the done card still says done (it used to fall back to "pending").
    await page.reload();
    const again = page.locator(`[data-testid="proposal-card"][data-proposal-id="${proposalId}"]`);
    await again.waitFor();
    await expect.poll(() => again.getAttribute('data-status')).toBe('executed');
    expect(await again.getByTestId('new-versions').innerText()).toMatch(/Kitchen Ceiling Light is now off/);
    expect(await again.getByTestId('approve-button').count()).toBe(0);
    await page.context().close();
  });

  it('“unlock the front door” is tier 3: no “always allow”, and Approve needs an explicit confirmation', async () => {
    const page = await app.newPage({ colorScheme: 'dark' });
    await newConversation(page);
    const reply = await ask(page, 'unlock the front door');
    const card = reply.getByTestId('proposal-card');
    await card.waitFor();
    expect(await card.getAttribute('data-tier')).toBe('3');
    expect(await card.getByTestId('remember-checkbox').count()).toBe(0);
    // Enter on "Approve…" opens the confirmation with Cancel focused: a second Enter cancels, it never unlocks.
    await card.getByTestId('approve-button').focus();
    await page.keyboard.press('Enter');
    await card.getByTestId('confirm-approve-button').waitFor();
    expect(await card.getByTestId('confirm-cancel-button').evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByTestId('confirm-approve-button').count()).toBe(0);
    expect(await card.getAttribute('data-status')).toBe('pending');
    await card.getByTestId('approve-button').click();
    expect(await card.getByTestId('confirm-cancel-button').evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
    expect(await card.getAttribute('data-status')).toBe('pending');
    await page.screenshot({ path: `${screenshotDir}/approval-tier3-dark.png` });
    await page.getByTestId('confirm-approve-button').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('executed');
    await page.getByRole('tree').getByRole('treeitem', { name: /^Hallway\b/ }).first().click();
    await expect.poll(() => page.getByTestId('room-devices').innerText()).toMatch(/Front Door Lock[\s\S]*Unlocked/);
    await page.context().close();
  });

  it('Deny changes nothing', async () => {
    const page = await app.newPage();
    await newConversation(page);
    const reply = await ask(page, 'turn on the porch light');
    const card = reply.getByTestId('proposal-card');
    await card.waitFor();
    await card.getByTestId('deny-button').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('denied');
    await page.getByRole('tree').getByRole('treeitem', { name: /^Front Porch\b/ }).first().click();
    await expect.poll(() => page.getByTestId('room-devices').innerText()).toMatch(/Porch Light[\s\S]*Off/);
    await page.context().close();
  });

  it('a remembered light rule is used, listed in Settings and revoked there', async () => {
    const page = await app.newPage();
    await newConversation(page);
    const first = (await ask(page, 'turn on the porch light')).getByTestId('proposal-card');
    await first.waitFor();
    await first.getByTestId('remember-checkbox').check();
    await first.getByTestId('approve-button').click();
    await expect.poll(() => first.getAttribute('data-status')).toBe('executed');

    const second = (await ask(page, 'turn off the porch light')).getByTestId('proposal-card');
    await second.waitFor();
    await expect.poll(() => second.getAttribute('data-status')).toBe('executed');
    expect(await second.getByTestId('approved-by-rule').innerText()).toMatch(/approved by rule “Porch Light: power on\/off”/);

    await page.getByTestId('settings-button').click();
    const rules = page.getByTestId('remembered-rules');
    await expect.poll(() => rules.getByTestId('rule-row').count()).toBe(1);
    expect(await rules.getByTestId('rule-row').innerText()).toMatch(/Porch Light: power on\/off/);
    await rules.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDir}/settings-rules.png` });
    await rules.getByRole('button', { name: /Revoke rule: Porch Light/ }).click();
    await rules.getByTestId('no-rules').waitFor();
    await page.keyboard.press('Escape');

    const third = (await ask(page, 'turn on the porch light')).getByTestId('proposal-card');
    await third.waitFor();
    expect(await third.getAttribute('data-status')).toBe('pending');
    await page.context().close();
  });

  it('a guest session: read-only, private notes refused, and leaving needs the PIN', async () => {
    const page = await app.newPage({ colorScheme: 'dark' });
    await page.getByTestId('guest-session-button').click();
    await page.getByTestId('guest-pin').fill('2468');
    await page.getByTestId('guest-pin-submit').click();
    await page.getByTestId('guest-banner').waitFor();
    expect(await page.getByTestId('settings-button').count()).toBe(0);
    await newConversation(page);
    const reply = await ask(page, 'where is the spare key?');
    expect(await reply.innerText()).toMatch(/private note/);
    expect(await reply.innerText()).not.toMatch(/neighbours/);
    const action = await ask(page, 'turn off the kitchen lights');
    expect(await action.getByTestId('proposal-card').count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir}/guest-session-dark.png` });

    await page.getByTestId('leave-guest-button').click();
    await page.getByTestId('guest-pin').fill('1111');
    await page.getByTestId('guest-pin-submit').click();
    await page.getByTestId('guest-session-dialog').getByRole('alert').waitFor();
    await page.getByTestId('guest-pin').fill('2468');
    await page.getByTestId('guest-pin-submit').click();
    await page.getByTestId('guest-session-button').waitFor();
    await page.context().close();
  });
});
