import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules a colour scheme can change; the page's structure is the same in light and dark. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's WCAG 2.2 AA checks on what is on screen now; the message lists what failed. */
export async function expectNoViolations(page: Page, where: string, rules?: string[]): Promise<void> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_22_AA)).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  expect(summary, `accessibility violations on ${where}`).toEqual([]);
}

/**
 * Every WCAG 2.2 AA rule in the light scheme, then the colour rules again in the dark one, on the
 * same screen: what a change of scheme can break, without walking every screen twice.
 */
export async function expectNoViolationsLightAndDark(page: Page, where: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoViolations(page, `${where} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, `${where} (dark)`, COLOUR_RULES);
  await page.emulateMedia({ colorScheme: 'light' });
}
