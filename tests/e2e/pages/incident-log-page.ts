import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The incident log (incidents.html) in a tab, found by role and name as a team leader would. */
export class IncidentLogPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  /** Opens the log in front (PanelPage.open says why). */
  async open(hash = ''): Promise<void> {
    await this.page.bringToFront();
    await this.page.goto(`chrome-extension://${this.extensionId}/incidents.html${hash}`);
    await expect(this.page.getByRole('heading', { name: 'Incident log', level: 1 })).toBeVisible();
  }

  view(name: 'Incidents' | 'Overview' | 'Repeat callers' | 'Export, backup and retention'): Promise<void> {
    return this.page.getByRole('navigation', { name: 'Incident log' }).getByRole('link', { name, exact: true }).click();
  }

  list(): Locator {
    return this.page.getByRole('table').first();
  }

  /** Chooses a backup file to import, as the file picker would. */
  async importBackup(name: string, content: string): Promise<void> {
    await this.page.getByLabel('Import a backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  /** Clicks a button that saves a file, and returns the file's name and text. */
  async download(button: Locator): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
  }
}
