import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { panelStartupChunk } from './scripts/startup-chunk';
import { manifestCommands } from './lib/call/shortcuts';

/**
 * The pages' CSP. `wxt dev` (command "serve") loads code from its own server and reloads over a
 * socket, and Vite injects CSS as <style> elements, so only the dev server's build opens those
 * (WXT itself adds the server to script-src); every build, `npm start`'s included, is strict.
 */
export function extensionPagesCsp(command: 'build' | 'serve'): string {
  const dev = command === 'serve';
  return [
    "default-src 'self'",
    "script-src 'self'",
    dev ? "connect-src 'self' ws://localhost:* http://localhost:*" : "connect-src 'none'",
    ...(dev ? ["style-src 'self' 'unsafe-inline'"] : []),
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

// Permissions are the fewest the current features use; tests/e2e/extension.spec.ts holds the allowlist.
export default defineConfig({
  imports: false,
  srcDir: '.',
  outDir: '.output',
  // Manifest V3 for both browsers: Firefox too gets MV3 (a sidebar_action and a background script).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), panelStartupChunk()],
    // Both browsers preload modules natively; the polyfill would be one more request at start.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, command }) => ({
    name: 'Call guide',
    description:
      'Guides contact-centre agents through live calls: greetings, hold check-ins, transfers and safeguarding protocols. Nothing leaves the machine.',
    // Firefox has no sidePanel API (it uses sidebar_action, which needs no permission).
    permissions: [...(browser === 'firefox' ? [] : ['sidePanel']), 'storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'scripting'],
    // Access to the organisation's CRM is asked for at run time, for that one site only.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The schema of the policy an organisation's IT can push (see README, Administrators).
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: 'Open the call guide' },
    commands: manifestCommands(),
    // "Nothing leaves the machine", enforced by the browser: no connections at all, images only
    // from the extension or made in the page, no form posts, no <base> redirecting links.
    content_security_policy: { extension_pages: extensionPagesCsp(command) },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'call-guide@example.org',
              // data_collection_permissions is read from Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
