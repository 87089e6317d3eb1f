import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's map of the code ("How it works", the first code block) names every folder of the
// product and of the tests, and names no folder that is not there.
const root = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## How it works'));
const map = section.slice(section.indexOf('```') + 3, section.indexOf('```', section.indexOf('```') + 3));

const TOP = ['entrypoints', 'app', 'components', 'content', 'lib', 'scripts', 'tests', 'public'];
const folders = (dir: string) =>
  readdirSync(resolve(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

describe("the README's map of the code", () => {
  it('starts a line with each top-level folder', () => {
    const missing = TOP.filter((name) => !new RegExp(`^${name}/`, 'm').test(map));
    expect(missing).toEqual([]);
  });

  it('names every folder inside components, content, lib and tests, and the tests mirror lib and components', () => {
    const missing = ['components', 'content', 'lib', 'tests']
      .flatMap((top) => folders(top).map((name) => `${top}/${name}`))
      .filter((path) => !map.includes(`${path.split('/')[1]}/`));
    expect(missing).toEqual([]);
    const unitOnly = folders('tests/unit').filter((name) => !['content', 'robustness', 'repo', 'fixtures'].includes(name));
    expect(unitOnly.filter((name) => !folders('lib').includes(name))).toEqual([]);
    expect(folders('tests/components').filter((name) => !folders('components').includes(name))).toEqual([]);
  });

  it('names no folder that is not in the tree', () => {
    const named = [...map.matchAll(/(?<![\w.-])([a-z][\w-]*)\/(?![\w])/g)].map((match) => match[1]!);
    const known = new Set([...TOP, ...['components', 'content', 'lib', 'tests', 'tests/unit', 'tests/components', 'content/playbooks', 'scripts', 'entrypoints'].flatMap(folders)]);
    expect([...new Set(named)].filter((name) => !known.has(name))).toEqual([]);
  });
});
