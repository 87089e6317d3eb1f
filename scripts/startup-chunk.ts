/**
 * One chunk for everything the side panel needs before its first paint.
 *
 * Left to itself the bundler splits the code the four pages share into a chunk per combination of
 * pages, and the panel then starts with thirteen modules. Each is a separate request to the
 * extension's resource loader, and on a busy agent desktop those requests, not the code, are most
 * of the time between opening the panel and the greeting on screen (scripts/bench.mjs measures it).
 *
 * This plugin walks the panel entry's static imports after the build and puts exactly those modules
 * in one chunk; what the panel imports on demand (the call, the speller, protocols, the database)
 * stays split and loads when needed. The other pages load that chunk too when they share its
 * modules, which costs them a little unused code and saves them requests.
 */
import type { Plugin } from 'vite';

/** WXT's plugin start-up, which every page runs first (empty here): one request fewer. */
const SHARED_AT_START = /virtual:wxt-(html-)?plugins/;
const PANEL_ENTRY = /[\\/]entrypoints[\\/]sidepanel[\\/]main\.tsx$/;

export function panelStartupChunk(): Plugin {
  let startup = new Set<string>();
  return {
    name: 'call-guide:panel-startup-chunk',
    apply: 'build',
    buildEnd() {
      const entry = [...this.getModuleIds()].find((id) => PANEL_ENTRY.test(id));
      startup = new Set<string>();
      if (!entry) return; // a build without the panel (the background, the content script)
      const queue = [entry];
      while (queue.length > 0) {
        const id = queue.pop()!;
        if (startup.has(id)) continue;
        startup.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      startup.delete(entry); // the entry stays the page's own chunk
    },
    outputOptions(options) {
      // Only the pages' ES module build is split; the worker and content script are single files.
      if (options.format && options.format !== 'es') return null;
      return {
        ...options,
        codeSplitting: { groups: [{ name: 'panel-startup', test: (id: string) => startup.has(id) || SHARED_AT_START.test(id) }] },
      };
    },
  };
}
