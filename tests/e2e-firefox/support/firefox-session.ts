import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error plain ESM shared with the node scripts
import { FIREFOX_EXTENSION_ID, FIREFOX_EXTENSION_UUID, findFirefox, firefoxPrefs } from '../../../scripts/firefox.mjs';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
export const ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID as string}`;

/**
 * Firefox's own console.error lines on its output, not the extension's: the extension's pages log
 * a quoted string or an object first; Firefox's modules their own name (Remote Settings' loader).
 */
const FIREFOX_NOISE = [/^console\.error: RSLoader:/];

/**
 * Collects, in the browser window's own (privileged) scope, every uncaught error and unhandled
 * rejection that Firefox reports from the extension's pages: BiDi reports no console or error
 * events from moz-extension:// pages (Mozilla bug 1755014).
 */
const WATCH_ERRORS = `(() => {
  if (window.__callGuideErrors) return 'watching';
  window.__callGuideErrors = [];
  Services.console.registerListener({
    observe(message) {
      if (!(message instanceof Ci.nsIScriptError) || message.flags & Ci.nsIScriptError.warningFlag) return;
      if (!String(message.sourceName).startsWith(${JSON.stringify(ORIGIN)})) return;
      // Firefox's own report of an extension API call that answered after its page closed (a
      // sidebar closed while it was still reading storage): nothing a page can catch or handle.
      if (message.errorMessage.startsWith('Promise resolved after context unloaded')) return;
      window.__callGuideErrors.push(message.errorMessage + ' (' + message.sourceName + ':' + message.lineNumber + ':' + message.columnNumber + ')' + (message.stack ? '\\n' + message.stack : ''));
    },
  });
  return 'watching';
})()`;

/** Puppeteer's BiDi browser, whose connection sends raw commands (Firefox's own `moz:` ones included). */
interface Bidi {
  connection: { send(method: string, params: Record<string, unknown>): Promise<unknown> };
}

/** One Firefox with the built extension installed, driven over WebDriver BiDi. */
export class FirefoxSession {
  /** console.error lines from the extension's pages, read from Firefox's output. */
  private consoleErrors: string[] = [];

  private constructor(
    readonly browser: Browser,
    readonly page: Page,
    readonly profile: string,
    private readonly chromeContext: string,
  ) {
    browser.process()?.stdout?.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n')) {
        if (line.startsWith('console.error:') && !FIREFOX_NOISE.some((noise) => noise.test(line))) this.consoleErrors.push(line);
      }
    });
  }

  /**
   * Starts Firefox on `profile` (a new one if not given). With `install`, the unpacked build is
   * installed for this session only (as `about:debugging` does); its storage and address are kept
   * for the next session on the same profile (firefoxPrefs).
   */
  static async launch({ profile, install = false }: { profile?: string; install?: boolean } = {}): Promise<FirefoxSession> {
    const dir = profile ?? (await mkdtemp(join(tmpdir(), 'call-guide-firefox-')));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox() as string,
      headless: true,
      userDataDir: dir,
      // Lets the tests evaluate in the browser window itself: the toolbar button, the sidebar, the
      // clipboard and Firefox's error reports are there, not in any web page.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs() as Record<string, unknown>,
    });
    const tree = (await (browser as unknown as Bidi).connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string }[] };
    };
    const [page] = await browser.pages();
    const session = new FirefoxSession(browser, page!, dir, tree.result.contexts[0]!.context);
    await session.inBrowserWindow(WATCH_ERRORS);
    if (install) await browser.installExtension(FIREFOX_BUILD);
    return session;
  }

  /** Sends one WebDriver BiDi command and returns its result. */
  async bidi<T>(method: string, params: Record<string, unknown>): Promise<T> {
    const { result } = (await (this.browser as unknown as Bidi).connection.send(method, params)) as { result: T };
    return result;
  }

  /** The tab's browsing context, for BiDi commands. */
  get tab(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }

  /** Evaluates `expression` in the browser window (privileged code, with Services and the sidebar); JSON in, JSON out. */
  async inBrowserWindow<T = unknown>(expression: string): Promise<T> {
    const result = await this.bidi<{ type: string; result?: { value: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression: `Promise.resolve(${expression}).then((value) => JSON.stringify(value ?? null))`,
      target: { context: this.chromeContext },
      awaitPromise: true,
    });
    if (result.type !== 'success') throw new Error(`in the browser window: ${result.exceptionDetails?.text ?? result.type}`);
    return JSON.parse(result.result!.value) as T;
  }

  /**
   * Opens one of the extension's pages in the tab (the same one again is a reload). BiDi never
   * reports an extension page loaded, so this marks the old document, starts the navigation, and
   * waits in the page for a new, complete document at that address.
   */
  async open(path: string): Promise<Page> {
    const url = `${ORIGIN}/${path}`;
    const fromExtension = await this.page.evaluate((origin) => {
      (window as unknown as { __leaving: boolean }).__leaving = true;
      return location.origin === origin;
    }, ORIGIN);
    // From one of its pages, the page itself goes (as a link would): Firefox's BiDi navigation
    // between extension pages can fail with NS_ERROR_FILE_ACCESS_DENIED. From about:blank, BiDi.
    if (fromExtension) await this.page.evaluate((next) => setTimeout(() => location.assign(next)), url);
    else await this.bidi('browsingContext.navigate', { context: this.tab, url, wait: 'none' });
    await this.page
      .waitForFunction(
        (expected) => location.href === expected && document.readyState === 'complete' && !(window as unknown as { __leaving?: boolean }).__leaving,
        { polling: 100, timeout: 15_000 },
        url,
      )
      .catch(async (error: unknown) => {
        const where = await this.page.evaluate(() => `${location.href} (${document.readyState}): ${document.body.innerText.slice(0, 300)}`).catch(() => '?');
        throw new Error(`${path} did not open; the tab shows ${where}`, { cause: error });
      });
    return this.page;
  }

  /** Reloads the extension page in the tab. */
  async reload(): Promise<void> {
    // Puppeteer's page.url() is not told of navigations in extension pages; the page knows.
    const href = await this.page.evaluate(() => location.href);
    await this.open(href.slice(ORIGIN.length + 1));
  }

  /** Presses keys in the browser window as the agent's keyboard would (trusted events), e.g. Alt+Shift+G. */
  async pressInBrowser(keys: string): Promise<void> {
    const parts = keys.split('+');
    const key = parts.pop()!;
    const modifiers: Record<string, [string, number]> = { Alt: ['AltLeft', 18], Shift: ['ShiftLeft', 16], Control: ['ControlLeft', 17] };
    const steps = [
      ...parts.map((name) => `tip.keydown(new KeyboardEvent('', { key: '${name}', code: '${modifiers[name]![0]}', keyCode: ${modifiers[name]![1]} }));`),
      `tip.keydown(new KeyboardEvent('', { key: '${key}', code: 'Key${key}', keyCode: ${key.charCodeAt(0)} }));`,
      `tip.keyup(new KeyboardEvent('', { key: '${key}', code: 'Key${key}', keyCode: ${key.charCodeAt(0)} }));`,
      ...parts.reverse().map((name) => `tip.keyup(new KeyboardEvent('', { key: '${name}', code: '${modifiers[name]![0]}', keyCode: ${modifiers[name]![1]} }));`),
    ];
    await this.inBrowserWindow(`(() => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      tip.beginInputTransactionForTests(window);
      ${steps.join('\n')}
    })()`);
  }

  /** Clicks the extension's toolbar button (in Firefox's extensions menu, where MV3 puts it). */
  async clickToolbarButton(): Promise<void> {
    const widget = `${FIREFOX_EXTENSION_ID.replace(/[@.]/g, '_')}-browser-action`;
    const found = await this.inBrowserWindow<boolean>(`(async () => {
      await gUnifiedExtensions.togglePanel();
      const node = CustomizableUI.getWidget('${widget}')?.forWindow(window)?.node;
      const button = node?.querySelector('.unified-extensions-item-action-button');
      button?.click();
      return Boolean(button);
    })()`);
    if (!found) throw new Error('the extension has no button in the extensions menu');
  }

  /** What the sidebar shows: null when closed, else the page in it. */
  sidebarPage(): Promise<string | null> {
    return this.inBrowserWindow<string | null>(`SidebarController.isOpen
      ? SidebarController.browser.contentDocument?.getElementById('webext-panels-browser')?.currentURI?.spec ?? ''
      : null`);
  }

  /**
   * The names of the buttons the sidebar's page shows, read from Firefox's accessibility tree
   * (the page in the sidebar is not a browsing context BiDi can reach).
   */
  sidebarButtons(): Promise<string[]> {
    return this.inBrowserWindow<string[]>(`(() => {
      const inner = SidebarController.isOpen && SidebarController.browser.contentDocument?.getElementById('webext-panels-browser');
      const root = inner && Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService).getAccessibleFor(inner);
      const names = [];
      const walk = (node) => {
        if (node.role === Ci.nsIAccessibleRole.ROLE_PUSHBUTTON) names.push(node.name);
        for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
      };
      if (root) walk(root);
      return names.length ? names : ['(none: ' + Boolean(inner) + ' ' + Boolean(root) + ' ' + (root ? root.childCount : '') + ')'];
    })()`);
  }

  closeSidebar(): Promise<unknown> {
    return this.inBrowserWindow('SidebarController.hide()');
  }

  /** The text on the system clipboard (headless Firefox keeps its own). */
  clipboard(): Promise<string> {
    return this.inBrowserWindow<string>(`(() => {
      const transfer = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
      transfer.init(null);
      transfer.addDataFlavor('text/plain');
      Services.clipboard.getData(transfer, Services.clipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
      const data = {};
      try { transfer.getTransferData('text/plain', data); } catch { return ''; }
      return data.value.QueryInterface(Ci.nsISupportsString).data;
    })()`);
  }

  /** Every error the extension's pages reported since the last call, then forgets them. */
  async takeErrors(): Promise<string[]> {
    const uncaught = await this.inBrowserWindow<string[]>('window.__callGuideErrors.splice(0)');
    return [...uncaught, ...this.consoleErrors.splice(0)];
  }

  /** Closes Firefox; the profile stays unless `removeProfile`. */
  async close({ removeProfile = true } = {}): Promise<void> {
    await this.browser.close();
    if (removeProfile) await rm(this.profile, { recursive: true, force: true });
  }
}
