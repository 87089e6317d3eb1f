import { expect, type Locator, type Page } from '@playwright/test';
import { openMenu } from './panel-page';

/** Training mode in the panel (and any extension page), found by role and name. */
export class TrainingPage {
  constructor(readonly page: Page) {}

  switch(): Locator {
    return this.page.getByRole('switch', { name: 'Training mode' });
  }

  /** The switch is in the panel's menu. */
  async pressSwitch(): Promise<void> {
    await this.page.bringToFront(); // the trainer's panel, in view (PanelPage.open says why)
    await openMenu(this.page);
    await this.switch().click();
  }

  banner(page: Page = this.page): Locator {
    return page.getByRole('status').filter({ hasText: 'Training mode: practice only, nothing is kept with real incidents' });
  }

  /** Turns training on: every open extension page reloads into it. */
  async enter(): Promise<void> {
    await this.page.bringToFront(); // the trainer's panel, in view (PanelPage.open says why)
    await openMenu(this.page);
    await expect(this.switch()).toHaveAttribute('aria-checked', 'false');
    await this.switch().click();
    await expect(this.banner()).toBeVisible();
    await openMenu(this.page);
    await expect(this.switch()).toHaveAttribute('aria-checked', 'true');
  }

  async leave(choice: 'Clear practice data and leave' | 'Keep practice data and leave'): Promise<void> {
    await this.pressSwitch();
    await this.page.getByRole('dialog', { name: 'Leave training mode?' }).getByRole('button', { name: choice }).click();
    // The pages reload into real mode: the banner goes, then the switch (in the menu) reads off.
    await expect(this.banner()).toBeHidden();
    await openMenu(this.page);
    await expect(this.switch()).toHaveAttribute('aria-checked', 'false');
  }

  async startScenario(title: string, options: { speed?: string; showLines?: boolean } = {}): Promise<void> {
    await this.page.bringToFront(); // the trainer's panel, in view (PanelPage.open says why)
    await this.page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: title });
    await this.page.getByRole('radio', { name: options.speed ?? 'Real time (1x)' }).check();
    const lines = this.page.getByRole('checkbox', { name: 'Show the caller’s lines in the panel' });
    if (options.showLines === false) await lines.uncheck();
    else await lines.check();
    await this.page.getByRole('button', { name: 'Start scenario' }).click();
    await expect(this.page.getByRole('heading', { name: `Scenario: ${title}` })).toBeVisible();
  }

  callerLine(): Locator {
    return this.page.getByRole('figure', { name: 'The caller says' });
  }

  debrief(): Locator {
    return this.page.getByRole('region', { name: /^Debrief:/ });
  }

  findings(): Locator {
    return this.debrief().getByRole('list', { name: 'What to work on' }).getByRole('listitem');
  }

  /** The debrief names nothing to work on (and says which findings if it does). */
  async expectClean(): Promise<void> {
    await expect(this.debrief()).toBeVisible();
    expect(await this.findings().allTextContents(), 'the debrief names nothing to work on').toEqual([]);
    await expect(this.debrief().getByRole('status')).toHaveText(/^Clean: every step done in order/);
  }
}
