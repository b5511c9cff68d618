/**
 * A browser page that keeps what the site logged as errors, for tests that fail on any.
 *
 *   const { page, errors } = await pageKeepingErrors(browser)   → errors: ["Uncaught TypeError: …"] once one is logged
 */
import type { Browser, Page } from 'playwright-core';

export async function pageKeepingErrors(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}
