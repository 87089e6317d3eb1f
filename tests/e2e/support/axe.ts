import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * axe-core, run in the page itself. The script is put into a page once (about half a second) and
 * run as often as needed (a tenth of a second); @axe-core/playwright puts it in again on every
 * check and opens a page of its own for each result, which made each check several seconds on a
 * busy machine. The extension's pages have no frames, which is what that extra work is for.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules a colour scheme can change; the page's structure is the same in light and dark. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** The violations axe finds on what is on screen now, with the WCAG 2.2 AA rules or the ones named. */
export async function axeViolations(page: Page, rules?: string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_22_AA };
  return page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: options, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, runOnly);
}

/** axe-core's WCAG 2.2 AA checks on what is on screen now; the message lists what failed. */
export async function expectNoViolations(page: Page, where: string, rules?: string[]): Promise<void> {
  const violations = await axeViolations(page, rules);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.targets.slice(0, 3).join('; ')})`);
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
