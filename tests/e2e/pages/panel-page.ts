import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the panel's menu (who and where, the views, the incident log, training) if it is closed. */
export async function openMenu(page: Page): Promise<Locator> {
  const button = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const menu = page.locator('#panel-menu');
  await expect(menu).toBeVisible();
  return menu;
}

/** A view of the panel, chosen from its menu as the agent would. */
export async function showView(page: Page, name: 'Greeting' | 'Call' | 'Spell' | 'Settings'): Promise<void> {
  const menu = await openMenu(page);
  await menu.getByRole('navigation', { name: 'Guide' }).getByRole('button', { name, exact: true }).click();
  await expect(menu).toBeHidden();
}

/** The side panel, opened as a tab (Playwright cannot drive Chrome's real side panel). */
export class PanelPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  get url(): string {
    return `chrome-extension://${this.extensionId}/sidepanel.html`;
  }

  /**
   * Opens the panel in front. The real side panel is always in view beside the CRM; a tab behind
   * another is hidden, and Chromium then draws it no frames and slows its timers, so every step
   * there takes seconds.
   */
  async open(): Promise<void> {
    await this.page.bringToFront();
    await this.page.goto(this.url);
  }

  /** First-run set-up: the two essentials, then the greeting. */
  async setUp(name: string, organisation: string): Promise<void> {
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByLabel('Organisation').selectOption({ label: organisation });
    await this.page.getByRole('button', { name: 'Save and show greeting' }).click();
  }

  greeting(): Locator {
    return this.page.getByRole('region', { name: 'Greeting' }).getByTestId('greeting');
  }

  async expectGreeting(text: string | RegExp): Promise<void> {
    await expect(this.greeting()).toHaveText(text);
  }
}

/** The live call in the panel, found by role and name as the agent would. */
export class CallPage {
  constructor(readonly page: Page) {}

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  holdBar(): Locator {
    return this.page.getByRole('region', { name: 'Hold' });
  }

  async placeOnHoldWithAgreement(): Promise<void> {
    await this.button('Place on hold').click();
    await this.button('Caller agreed to hold').click();
  }

  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}

/** A safeguarding protocol open in the panel. */
export class ProtocolPage {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: /^Abusive call|Caller may attempt suicide or self-harm/ });
  }

  /** The protocol's own action buttons (not the step list's). */
  action(name: string): Locator {
    return this.region().getByRole('article').getByRole('button', { name, exact: true });
  }

  step(title: RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Protocol steps' }).getByRole('button', { name: title });
  }

  field(label: string): Locator {
    return this.region().getByLabel(label, { exact: true });
  }
}
