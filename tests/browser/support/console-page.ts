import type { Page } from 'playwright-core';

/** Helpers for driving the staff console (/console) the way a clerk does: clicks and typing only. */

export async function signInWithToken(page: Page, origin: string, token: string): Promise<void> {
  await page.goto(`${origin}/console`);
  await page.waitForSelector('#token-input');
  await page.fill('#token-input', token);
  await page.click('#token-sign-in');
}

/** Opens an Element Plus select by the id of its input and clicks the option with this text. */
export async function pickOption(page: Page, selectId: string, text: string): Promise<void> {
  await page.click(`.el-select:has(#${selectId}) .el-select__wrapper`);
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click();
}

/** Closes an open select dropdown (multiple selects stay open after a pick). */
export async function closeDropdowns(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
}

export const queueShown = (page: Page) => page.waitForSelector('[data-test="queue-total"]');

/** The case numbers of the queue's current page, top to bottom. */
export const numbersInQueue = (page: Page) => page.$$eval('[data-test="case-number"]', (els) => els.map((e) => e.textContent!.trim()));

export async function openAction(page: Page, action: string): Promise<void> {
  await page.click(`button[data-action="${action}"]`);
  await page.waitForSelector('#action-confirm:visible');
}

/** Waits until the detail's status tag says exactly this (an error message of the page fails fast). */
export async function statusShown(page: Page, statusLabel: string): Promise<void> {
  const status = page.locator('[data-test="case-status"]', { hasText: exactly(statusLabel) });
  const error = page.locator('.el-message--error');
  await Promise.race([status.waitFor(), error.waitFor()]);
  if (await error.count()) throw new Error(`the page said: ${await error.first().textContent()}`);
}

/** Text that is exactly this, ignoring surrounding spaces (the pages run under a CSP without eval). */
export const exactly = (text: string): RegExp => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** Waits until the element's text is exactly this. */
export async function textShown(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector, { hasText: exactly(text) }).first().waitFor();
}

export async function confirmAction(page: Page, statusLabel: string): Promise<void> {
  await page.click('#action-confirm');
  await statusShown(page, statusLabel);
}
