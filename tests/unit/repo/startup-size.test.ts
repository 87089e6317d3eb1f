import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM shared with the node scripts
import { STARTUP_BUDGET_KB, startupFiles } from '../../../scripts/startup-size.mjs';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the panel's start-up JavaScript, as npm test checks it after its build", () => {
  it('counts each script and modulepreload the page references once, gzipped, and nothing it loads later', () => {
    dir = mkdtempSync(join(tmpdir(), 'startup-size-'));
    mkdirSync(join(dir, 'chunks'));
    const code = (name: string) => `export const ${name} = ${JSON.stringify(name.repeat(200))};`;
    for (const name of ['entry', 'startup', 'later']) writeFileSync(join(dir, 'chunks', `${name}.js`), code(name));
    writeFileSync(
      join(dir, 'sidepanel.html'),
      `<script type="module" crossorigin src="/chunks/entry.js"></script>
       <link rel="modulepreload" crossorigin href="/chunks/startup.js">
       <link rel="modulepreload" crossorigin href="/chunks/startup.js">
       <link rel="stylesheet" crossorigin href="/assets/theme.css">`,
    );
    const gzip = (name: string) => gzipSync(code(name), { level: 9 }).length;
    expect(startupFiles(dir)).toEqual([
      { file: '/chunks/entry.js', gzip: gzip('entry') },
      { file: '/chunks/startup.js', gzip: gzip('startup') },
    ]);
    expect(STARTUP_BUDGET_KB).toBe(50);
  });
});
