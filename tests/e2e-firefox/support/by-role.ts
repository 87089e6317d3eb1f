import type { FirefoxSession } from './firefox-session';

/**
 * The page in the tab, driven as the agent would: controls found by role and accessible name,
 * clicked with the pointer and typed into with the keyboard, over BiDi. Puppeteer's own ARIA
 * selectors need a script it cannot add to extension pages, and BiDi's accessibility locator
 * reads Firefox's accessibility tree, which can lag the page by seconds (a button on screen not
 * yet found), so roles and names are worked out in the page, for the roles these tests use.
 */
const BY_ROLE = `(role, name, inside) => {
  const selectors = {
    button: 'button, input[type=button], input[type=submit], [role=button]',
    textbox: 'textarea, input:not([type]):not([list]), input[type=text]:not([list]), input[type=email], input[type=tel], input[type=search], [role=textbox]',
    combobox: 'select, input[list], [role=combobox]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    navigation: 'nav, [role=navigation]',
    region: 'section[aria-label], section[aria-labelledby], [role=region]',
    list: 'ul, ol, [role=list]',
    link: 'a[href], [role=link]',
  };
  const text = (element) => (element?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const nameOf = (element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const by = element.getAttribute('aria-labelledby');
    if (by) return by.split(/\\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
    if (element.labels?.length) return text(element.labels[0]);
    return ['textbox', 'combobox', 'navigation', 'region', 'list'].includes(role) ? '' : text(element);
  };
  const scope = inside ?? document;
  return [...scope.querySelectorAll(selectors[role])].find((element) => element.checkVisibility() && nameOf(element) === name) ?? null;
}`;

/**
 * Resolves once the element is enabled and has stopped moving (the same box on two frames running,
 * as Playwright waits for): a line the page adds above it would otherwise move it under the click.
 */
const ENABLED_ON_SCREEN = `(element) => new Promise((resolve) => {
  let last = '';
  const ready = () => {
    element.scrollIntoView({ block: 'center' });
    const box = JSON.stringify(element.getBoundingClientRect());
    if (!element.disabled && box === last) return resolve(true);
    last = box;
    requestAnimationFrame(ready);
  };
  ready();
})`;

export class Ui {
  constructor(readonly firefox: FirefoxSession) {}

  private get page() {
    return this.firefox.page;
  }

  /**
   * The element with this role and name (the first on screen, if several), waiting for it to
   * appear; `inside` is the BiDi id of an element to look in.
   */
  async find(role: string, name: string, inside?: string): Promise<string> {
    const until = Date.now() + 10_000;
    for (;;) {
      const result = await this.firefox.bidi<{ type: string; result?: { type: string; sharedId?: string }; exceptionDetails?: { text: string } }>(
        'script.callFunction',
        {
          functionDeclaration: BY_ROLE,
          target: { context: this.firefox.tab },
          arguments: [{ type: 'string', value: role }, { type: 'string', value: name }, inside ? { sharedId: inside } : { type: 'null' }],
          awaitPromise: false,
        },
      );
      if (result.type !== 'success') throw new Error(result.exceptionDetails?.text ?? result.type);
      if (result.result?.sharedId) return result.result.sharedId;
      if (Date.now() > until) {
        const shown = await this.page.evaluate(() => document.body.innerText).catch(() => '(unreadable)');
        throw new Error(`no ${role} named "${name}" appeared. The page shows:\n${shown.slice(0, 2000)}`);
      }
      await this.page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
    }
  }

  /** Runs `body` on the element (by its BiDi id) in the page; `body` is a function's source. */
  async on<T>(sharedId: string, body: string): Promise<T> {
    const result = await this.firefox.bidi<{ type: string; result?: { value: T }; exceptionDetails?: { text: string } }>('script.callFunction', {
      functionDeclaration: body,
      target: { context: this.firefox.tab },
      arguments: [{ sharedId }],
      awaitPromise: true,
    });
    if (result.type !== 'success') throw new Error(result.exceptionDetails?.text ?? result.type);
    return result.result?.value as T;
  }

  /** Waits until the control is there and enabled, brings it on screen and clicks its centre. */
  async click(role: string, name: string, inside?: string): Promise<void> {
    const id = await this.find(role, name, inside);
    await this.on(id, ENABLED_ON_SCREEN);
    await this.firefox.bidi('input.performActions', {
      context: this.firefox.tab,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: id } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  /** Types into a text field found by its label (emptied first); one with suggestions is a combobox. */
  async fill(label: string, text: string, role: 'textbox' | 'combobox' = 'textbox'): Promise<void> {
    const id = await this.find(role, label);
    await this.on(id, '(element) => { element.scrollIntoView({ block: "center" }); element.focus(); element.select(); }');
    await this.page.keyboard.type(text);
  }

  /** Chooses an option, by its value, in a list box found by its label. */
  async choose(label: string, value: string): Promise<void> {
    const id = await this.find('combobox', label);
    // Disabled until the browser has said whether a policy sets it (first-run set-up).
    await this.on(id, ENABLED_ON_SCREEN);
    await this.on(
      id,
      `(element) => { element.value = ${JSON.stringify(value)}; element.dispatchEvent(new Event('input', { bubbles: true })); element.dispatchEvent(new Event('change', { bubbles: true })); }`,
    );
  }

  /** The text shown in the element with this role and name. */
  async text(role: string, name: string): Promise<string> {
    return this.on<string>(await this.find(role, name), '(element) => element.innerText');
  }

  /** Ticks the checkbox whose label starts with `label` (the rest says where the item comes from), with Space. */
  async tick(label: string): Promise<void> {
    await this.page.waitForFunction(
      (label) => {
        const box = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((input) => input.labels?.[0]?.innerText.trim().startsWith(label));
        box?.focus();
        return box !== undefined && document.activeElement === box;
      },
      { polling: 100, timeout: 10_000 },
      label,
    );
    await this.page.keyboard.press(' ');
  }

  /** Waits until the page shows this text (as rendered: hidden text does not count). */
  async see(text: string | RegExp): Promise<void> {
    const [source, flags] = typeof text === 'string' ? [text, null] : [text.source, text.flags];
    try {
      await this.page.waitForFunction(
        (source, flags) => (flags === null ? document.body.innerText.includes(source) : new RegExp(source, flags).test(document.body.innerText)),
        { polling: 100, timeout: 10_000 },
        source,
        flags,
      );
    } catch (error) {
      const shown = await this.page.evaluate(() => document.body.innerText).catch(() => '(unreadable)');
      throw new Error(`${String(text)} is not on the page. It shows:\n${shown.slice(0, 2000)}`, { cause: error });
    }
  }
}
